// Owns the KeyProvider on AWS KMS: GenerateDataKey (AES_256) for every sealed note and Decrypt to
// open one, both with the note's encryption context, so KMS refuses a wrapped key presented for
// another tenant or job and CloudTrail records which job each decrypt was for. The data key in
// clear never leaves this process; only the KMS-wrapped copy is stored.

import {
  DecryptCommand,
  GenerateDataKeyCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import type { EncryptionContext, KeyProvider } from '../../domain/ports';
import { DATA_KEY_BYTES, DecryptionError } from '../../crypto/envelope';
import { ConfigError, UpstreamUnavailableError } from '../../errors';

export interface KmsKeyProviderOptions {
  client: KMSClient;
  /** Key id, key ARN, alias name (`alias/…`) or alias ARN of a symmetric encryption key. */
  keyId: string;
}

/** KMS says the wrapped key is not one it made for this key and context: the blob cannot open, ever. */
const UNOPENABLE = new Set(['InvalidCiphertextException', 'IncorrectKeyException']);

export class KmsKeyProvider implements KeyProvider {
  private readonly client: KMSClient;
  private readonly keyId: string;

  constructor(options: KmsKeyProviderOptions) {
    if (!options.keyId) throw new Error('KmsKeyProvider needs a key id');
    this.client = options.client;
    this.keyId = options.keyId;
  }

  async generateDataKey(context: EncryptionContext): Promise<{ plaintextKey: Buffer; wrappedKey: Buffer; keyId: string }> {
    const out = await this.call('GenerateDataKey', () =>
      this.client.send(new GenerateDataKeyCommand({ KeyId: this.keyId, KeySpec: 'AES_256', EncryptionContext: { ...context } })),
    );
    if (!out.Plaintext || !out.CiphertextBlob || out.Plaintext.length !== DATA_KEY_BYTES) {
      throw new UpstreamUnavailableError('KMS returned no usable data key', { operation: 'GenerateDataKey' });
    }
    // The ARN KMS answers with, not the alias we asked for: an alias may later point at another key.
    return { plaintextKey: Buffer.from(out.Plaintext), wrappedKey: Buffer.from(out.CiphertextBlob), keyId: out.KeyId ?? this.keyId };
  }

  async unwrapDataKey(wrappedKey: Uint8Array, context: EncryptionContext, keyId: string): Promise<Buffer> {
    const out = await this.call('Decrypt', () =>
      this.client.send(
        new DecryptCommand({
          CiphertextBlob: wrappedKey,
          EncryptionContext: { ...context },
          // Pinning the key stops a forged blob from making us decrypt under a key someone else chose.
          KeyId: keyId || this.keyId,
        }),
      ),
    );
    if (!out.Plaintext || out.Plaintext.length !== DATA_KEY_BYTES) throw new DecryptionError();
    return Buffer.from(out.Plaintext);
  }

  /**
   * Fails fast at start when the key cannot make data keys (wrong id or region, disabled, no
   * kms:GenerateDataKey): a ConfigError naming KMS_KEY_ID instead of every submission failing later.
   * The context is a real raw-note context, so IAM conditions on `purpose` still allow it.
   */
  async checkCanSeal(): Promise<void> {
    try {
      const { plaintextKey } = await this.generateDataKey({ purpose: 'raw-note', tenant: '~startup-check', job: '-' });
      plaintextKey.fill(0);
    } catch (err) {
      const reason = (err as { details?: { reason?: string } }).details?.reason ?? 'Error';
      throw new ConfigError(`KMS_KEY_ID ${this.keyId} cannot generate data keys (${reason})`, { variable: 'KMS_KEY_ID', reason });
    }
  }

  private async call<T>(operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (err) {
      const name = (err as { name?: string }).name ?? 'Error';
      if (UNOPENABLE.has(name)) throw new DecryptionError();
      // Throttling, a disabled or missing key, access denied, network: the note cannot be sealed or
      // opened now; the API answers UPSTREAM_UNAVAILABLE and the worker retries (then DLQ).
      throw new UpstreamUnavailableError('The key service is unavailable', { operation, reason: /^[A-Za-z]{1,64}$/.test(name) ? name : 'Error' });
    }
  }
}
