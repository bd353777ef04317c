// The KMS key provider through the REAL @aws-sdk/client-kms client over HTTP against the KMS
// wire-protocol test double: data keys made and opened per note with the note's encryption context,
// the key ARN recorded even when configured by alias, a seal moved to another job refused by KMS,
// and KMS faults mapped to typed errors (permanent for an unopenable blob, retryable otherwise).
import type { KMSClient } from '@aws-sdk/client-kms';
import { createKmsClient } from '../../src/adapters/awsClients';
import { KmsKeyProvider } from '../../src/adapters/kms/kmsKeyProvider';
import { loadConfig } from '../../src/config';
import { DecryptionError } from '../../src/crypto/envelope';
import { EnvelopeNoteSealer } from '../../src/crypto/noteSealer';
import { UpstreamUnavailableError } from '../../src/errors';
import { classifyError } from '../../workers/errors';
import { KmsTestServer } from '../helpers/kmsServer';

const NOTE = 'Jane Doe, MRN 884213, seen 03/04/2026. Type 2 diabetes mellitus without complications.';
const OWNER = { tenantId: 'acme', jobId: '01JCXG8Z9Q4W7N3V5T2R1PKHMB' };

describe('KmsKeyProvider over the real SDK', () => {
  let kms: KmsTestServer;
  let keyArn: string;
  const clients: KMSClient[] = [];

  beforeAll(async () => {
    kms = await KmsTestServer.start('eu-west-1');
    keyArn = kms.createKey('alias/chartcoder-notes');
  });
  afterEach(() => kms.reset());
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await kms.close();
  });

  /** The sealer the composition root builds from KMS_KEY_ID / KMS_ENDPOINT. */
  function sealerFor(keyId: string): EnvelopeNoteSealer {
    const config = loadConfig({ AWS_REGION: 'eu-west-1', KMS_KEY_ID: keyId, KMS_ENDPOINT: kms.url, DATA_DIR: '/tmp/unused' });
    if (config.encryption.kind !== 'kms') throw new Error('expected KMS encryption');
    const client = createKmsClient(config.encryption);
    clients.push(client);
    return new EnvelopeNoteSealer(new KmsKeyProvider({ client, keyId: config.encryption.keyId }));
  }

  it('seals with a fresh KMS data key bound to tenant and job, and opens with the pinned key ARN', async () => {
    const sealer = sealerFor('alias/chartcoder-notes');
    const sealed = await sealer.seal(NOTE, OWNER);
    expect(sealed.keyId).toBe(keyArn); // the ARN KMS answered with, not the alias
    expect(Buffer.from(sealed.ciphertext).includes(Buffer.from('Jane'))).toBe(false);
    await expect(sealer.open(sealed, OWNER)).resolves.toBe(NOTE);

    const [generate, decrypt] = kms.calls;
    const context = { purpose: 'raw-note', tenant: 'acme', job: OWNER.jobId };
    expect(generate).toEqual({ operation: 'GenerateDataKey', keyId: 'alias/chartcoder-notes', keySpec: 'AES_256', encryptionContext: context, signed: true });
    expect(decrypt).toMatchObject({ operation: 'Decrypt', keyId: keyArn, encryptionContext: context, signed: true });
    // Context values are ids only: KMS logs them in CloudTrail.
    expect(JSON.stringify(kms.calls)).not.toMatch(/Jane|884213/);
  });

  it('gives every note its own data key', async () => {
    const sealer = sealerFor(keyArn);
    const [a, b] = await Promise.all([sealer.seal(NOTE, OWNER), sealer.seal(NOTE, OWNER)]);
    expect(Buffer.from(a.wrappedKey).equals(Buffer.from(b.wrappedKey))).toBe(false);
    expect(kms.calls.filter((c) => c.operation === 'GenerateDataKey')).toHaveLength(2);
  });

  it.each([
    ['another job', { ...OWNER, jobId: '01JCXG8Z9Q4W7N3V5T2R1PKHMC' }],
    ['another tenant', { ...OWNER, tenantId: 'globex' }],
  ])('KMS refuses a seal presented for %s: DecryptionError, a permanent failure', async (_name, owner) => {
    const sealer = sealerFor(keyArn);
    const sealed = await sealer.seal(NOTE, OWNER);
    const err = await sealer.open(sealed, owner).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DecryptionError);
    expect(classifyError(err).kind).toBe('permanent');
    expect(kms.calls.at(-1)).toMatchObject({ operation: 'Decrypt', encryptionContext: { tenant: owner.tenantId, job: owner.jobId } });
  });

  it('refuses a tampered wrapped key and a blob that names another key', async () => {
    const sealer = sealerFor(keyArn);
    const sealed = await sealer.seal(NOTE, OWNER);
    const tampered = Buffer.from(sealed.wrappedKey);
    tampered[tampered.length - 1] ^= 1;
    await expect(sealer.open({ ...sealed, wrappedKey: tampered }, OWNER)).rejects.toBeInstanceOf(DecryptionError);
    const otherKey = kms.createKey();
    await expect(sealer.open({ ...sealed, keyId: otherKey }, OWNER)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('maps a disabled or unknown key to UPSTREAM_UNAVAILABLE (retryable), naming the KMS error only', async () => {
    const disabled = kms.createKey();
    kms.setEnabled(disabled, false);
    const err = await sealerFor(disabled).seal(NOTE, OWNER).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamUnavailableError);
    expect(err).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', details: { operation: 'GenerateDataKey', reason: 'DisabledException' } });
    expect(classifyError(err).kind).toBe('retryable');
    const missing = await sealerFor('alias/no-such-key').seal(NOTE, OWNER).catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', details: { reason: 'NotFoundException' } });
  });

  it('checks at start that the key can seal, and names KMS_KEY_ID when it cannot', async () => {
    const config = (keyId: string) => loadConfig({ AWS_REGION: 'eu-west-1', KMS_KEY_ID: keyId, KMS_ENDPOINT: kms.url, DATA_DIR: '/tmp/unused' }).encryption as { region: string; keyId: string; endpoint: string };
    const provider = (keyId: string) => {
      const client = createKmsClient(config(keyId));
      clients.push(client);
      return new KmsKeyProvider({ client, keyId });
    };
    await expect(provider('alias/chartcoder-notes').checkCanSeal()).resolves.toBeUndefined();
    expect(kms.calls.at(-1)).toMatchObject({ operation: 'GenerateDataKey', encryptionContext: { purpose: 'raw-note', tenant: '~startup-check' } });
    const err = await provider('alias/missing').checkCanSeal().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONFIG_INVALID', details: { variable: 'KMS_KEY_ID', reason: 'NotFoundException' } });
  });

  it('rides out one throttled call with the SDK retry, and reports persistent throttling as UPSTREAM_UNAVAILABLE', async () => {
    const sealer = sealerFor(keyArn);
    kms.failNext('ThrottlingException');
    const sealed = await sealer.seal(NOTE, OWNER);
    expect(kms.calls.map((c) => c.operation)).toEqual(['GenerateDataKey', 'GenerateDataKey']);
    kms.failNext('ThrottlingException', 10);
    const err = await sealer.open(sealed, OWNER).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', details: { operation: 'Decrypt', reason: 'ThrottlingException' } });
  });
});
