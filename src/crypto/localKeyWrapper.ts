// Owns the embedded mode's key-encryption key: 32 random bytes in a file under DATA_DIR, created
// with 0600 permissions, used to wrap per-message data keys with AES-256-GCM. Production plugs the
// KMS KeyProvider (src/adapters/kms) in instead; nothing else changes.

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../errors';
import type { EncryptionContext, KeyProvider } from '../domain/ports';
import { canonicalContext, DATA_KEY_BYTES, DecryptionError, GCM_IV_BYTES, GCM_TAG_BYTES } from './envelope';

const KEY_FILE_MODE = 0o600;
const KEY_FILE_VERSION = 'chartcoder-kek-v1';

export class LocalKeyWrapper implements KeyProvider {
  readonly keyId: string;

  private constructor(private readonly kek: Buffer) {
    this.keyId = `local:${createHash('sha256').update(kek).digest('hex').slice(0, 16)}`;
  }

  static fromKey(kek: Buffer): LocalKeyWrapper {
    if (kek.length !== DATA_KEY_BYTES) throw new ConfigError(`A key-encryption key must be ${DATA_KEY_BYTES} bytes`);
    return new LocalKeyWrapper(Buffer.from(kek));
  }

  /**
   * Reads the key file, or creates it (0600, exclusive create so two processes starting together
   * agree on one key). A file readable by group or others is refused: it guards every stored note.
   */
  static async loadOrCreate(keyFile: string): Promise<LocalKeyWrapper> {
    await fs.mkdir(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    try {
      const fresh = randomBytes(DATA_KEY_BYTES);
      await fs.writeFile(keyFile, `${KEY_FILE_VERSION}:${fresh.toString('base64')}\n`, {
        mode: KEY_FILE_MODE,
        flag: 'wx',
      });
      return new LocalKeyWrapper(fresh);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const stat = await fs.stat(keyFile);
    if ((stat.mode & 0o077) !== 0) {
      throw new ConfigError(`Key file ${keyFile} must not be readable by group or others (chmod 600 it)`, {
        variable: 'DATA_DIR',
      });
    }
    const content = (await fs.readFile(keyFile, 'utf8')).trim();
    const [version, encoded] = content.split(':');
    const kek = Buffer.from(encoded ?? '', 'base64');
    if (version !== KEY_FILE_VERSION || kek.length !== DATA_KEY_BYTES) {
      throw new ConfigError(`Key file ${keyFile} is not a ${KEY_FILE_VERSION} key`, { variable: 'DATA_DIR' });
    }
    return new LocalKeyWrapper(kek);
  }

  async generateDataKey(context: EncryptionContext): Promise<{ plaintextKey: Buffer; wrappedKey: Buffer; keyId: string }> {
    const plaintextKey = randomBytes(DATA_KEY_BYTES);
    return { plaintextKey, wrappedKey: this.wrap(plaintextKey, context), keyId: this.keyId };
  }

  async unwrapDataKey(wrapped: Uint8Array, context: EncryptionContext, keyId: string): Promise<Buffer> {
    // Another key file's blob: fail like any other unauthenticated blob.
    if (keyId !== this.keyId) throw new DecryptionError();
    const wrappedKey = Buffer.from(wrapped);
    // Layout: iv (12) | tag (16) | encrypted key (32).
    if (wrappedKey.length !== GCM_IV_BYTES + GCM_TAG_BYTES + DATA_KEY_BYTES) throw new DecryptionError();
    const iv = wrappedKey.subarray(0, GCM_IV_BYTES);
    const tag = wrappedKey.subarray(GCM_IV_BYTES, GCM_IV_BYTES + GCM_TAG_BYTES);
    const body = wrappedKey.subarray(GCM_IV_BYTES + GCM_TAG_BYTES);
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.kek, iv, { authTagLength: GCM_TAG_BYTES });
      decipher.setAAD(canonicalContext(context));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]);
    } catch {
      throw new DecryptionError();
    }
  }

  private wrap(dataKey: Buffer, context: EncryptionContext): Buffer {
    const iv = randomBytes(GCM_IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.kek, iv, { authTagLength: GCM_TAG_BYTES });
    cipher.setAAD(canonicalContext(context));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }
}
