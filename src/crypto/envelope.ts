// Owns envelope encryption of PHI at rest: AES-256-GCM with a fresh data key per message, the data
// key wrapped by a key-encryption key behind the KeyProvider port (local key file or AWS KMS).
// The additional authenticated data binds a ciphertext to its context (tenant + job) so a blob
// copied onto another job fails to decrypt.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EncryptionContext, KeyProvider } from '../domain/ports';

export const DATA_KEY_BYTES = 32;
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';

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
  /** The same blob fails the same way on every attempt: the worker fails the job instead of retrying. */
  readonly retryable = false;
  readonly code = 'DECRYPTION_FAILED';
  constructor() {
    super('Ciphertext failed authentication');
    this.name = 'DecryptionError';
  }
}

/**
 * One byte string for a context, independent of key order: the AES-GCM additional data. KMS
 * compares encryption contexts as maps, so the local key file must not depend on insertion order either.
 */
export function canonicalContext(context: EncryptionContext): Buffer {
  const entries = Object.keys(context)
    .sort()
    .map((k) => [k, context[k]]);
  return Buffer.from(JSON.stringify(entries), 'utf8');
}

export class EnvelopeCipher {
  constructor(private readonly keys: KeyProvider) {}

  async encrypt(plaintext: Buffer, context: EncryptionContext): Promise<EncryptedBlob> {
    const { plaintextKey, wrappedKey, keyId } = await this.keys.generateDataKey(context);
    try {
      if (plaintextKey.length !== DATA_KEY_BYTES) throw new Error(`A data key must be ${DATA_KEY_BYTES} bytes`);
      const iv = randomBytes(GCM_IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, plaintextKey, iv, { authTagLength: GCM_TAG_BYTES });
      cipher.setAAD(canonicalContext(context));
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return { keyId, wrappedKey, iv, ciphertext, authTag: cipher.getAuthTag() };
    } finally {
      plaintextKey.fill(0);
    }
  }

  async decrypt(blob: EncryptedBlob, context: EncryptionContext): Promise<Buffer> {
    if (blob.iv.length !== GCM_IV_BYTES || blob.authTag.length !== GCM_TAG_BYTES) throw new DecryptionError();
    const dataKey = await this.keys.unwrapDataKey(blob.wrappedKey, context, blob.keyId);
    try {
      const decipher = createDecipheriv(ALGORITHM, dataKey, blob.iv, { authTagLength: GCM_TAG_BYTES });
      decipher.setAAD(canonicalContext(context));
      decipher.setAuthTag(blob.authTag);
      return Buffer.concat([decipher.update(blob.ciphertext), decipher.final()]);
    } catch {
      throw new DecryptionError();
    } finally {
      dataKey.fill(0);
    }
  }
}
