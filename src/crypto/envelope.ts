// Owns envelope encryption of PHI at rest: AES-256-GCM with a fresh data key per message, the data
// key wrapped by a key-encryption key behind the KeyWrapper interface (local key file now, KMS later).
// The additional authenticated data binds a ciphertext to its owner (tenant + job) so a blob copied
// onto another job fails to decrypt.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const DATA_KEY_BYTES = 32;
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';

/** KMS-shaped: GenerateDataKey returns the key in clear and wrapped; Decrypt unwraps it. */
export interface KeyWrapper {
  readonly keyId: string;
  generateDataKey(context: string): Promise<{ plaintextKey: Buffer; wrappedKey: Buffer }>;
  unwrapDataKey(wrappedKey: Buffer, context: string): Promise<Buffer>;
}

export interface EncryptedBlob {
  /** Identifies the key-encryption key, so a rotated KEK can still unwrap old blobs. */
  keyId: string;
  wrappedKey: Buffer;
  iv: Buffer;
  ciphertext: Buffer;
  authTag: Buffer;
}

/** Thrown when a blob does not authenticate: tampered, truncated, wrong key or wrong context. */
export class DecryptionError extends Error {
  constructor() {
    super('Ciphertext failed authentication');
    this.name = 'DecryptionError';
  }
}

export class EnvelopeCipher {
  constructor(private readonly keys: KeyWrapper) {}

  async encrypt(plaintext: Buffer, context: string): Promise<EncryptedBlob> {
    const { plaintextKey, wrappedKey } = await this.keys.generateDataKey(context);
    try {
      const iv = randomBytes(GCM_IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, plaintextKey, iv, { authTagLength: GCM_TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return { keyId: this.keys.keyId, wrappedKey, iv, ciphertext, authTag: cipher.getAuthTag() };
    } finally {
      plaintextKey.fill(0);
    }
  }

  async decrypt(blob: EncryptedBlob, context: string): Promise<Buffer> {
    if (blob.iv.length !== GCM_IV_BYTES || blob.authTag.length !== GCM_TAG_BYTES) throw new DecryptionError();
    const dataKey = await this.keys.unwrapDataKey(blob.wrappedKey, context);
    try {
      const decipher = createDecipheriv(ALGORITHM, dataKey, blob.iv, { authTagLength: GCM_TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(blob.authTag);
      return Buffer.concat([decipher.update(blob.ciphertext), decipher.final()]);
    } catch {
      throw new DecryptionError();
    } finally {
      dataKey.fill(0);
    }
  }
}
