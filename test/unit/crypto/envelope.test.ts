// Unit: AES-256-GCM envelope encryption round trip, tamper detection, context binding, key file handling.

import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DecryptionError, EncryptedBlob, EnvelopeCipher } from '../../../src/crypto/envelope';
import { LocalKeyWrapper } from '../../../src/crypto/localKeyWrapper';
import { ConfigError } from '../../../src/errors';
import { EnvelopeNoteSealer } from '../../../src/crypto/noteSealer';
import { classifyError } from '../../../workers/errors';

const PLAINTEXT = Buffer.from('Jane Doe, SSN 123-45-6789, seen 03/04/2026 for chest pain.', 'utf8');
const CONTEXT = { purpose: 'raw-note', tenant: 'acme', job: '01JCXG8Z9Q4W7N3V5T2R1PKHMB' };

function flip(buffer: Buffer, index = 0): Buffer {
  const copy = Buffer.from(buffer);
  copy[index] ^= 0x01;
  return copy;
}

describe('EnvelopeCipher', () => {
  const cipher = new EnvelopeCipher(LocalKeyWrapper.fromKey(randomBytes(32)));

  it('round-trips and never stores the plaintext', async () => {
    const blob = await cipher.encrypt(PLAINTEXT, CONTEXT);
    expect(blob.ciphertext.includes(Buffer.from('Jane'))).toBe(false);
    expect(blob.iv).toHaveLength(12);
    expect(blob.authTag).toHaveLength(16);
    expect(blob.keyId).toMatch(/^local:[0-9a-f]{16}$/);
    await expect(cipher.decrypt(blob, CONTEXT)).resolves.toEqual(PLAINTEXT);
  });

  it('uses a fresh data key and IV per message', async () => {
    const [a, b] = await Promise.all([cipher.encrypt(PLAINTEXT, CONTEXT), cipher.encrypt(PLAINTEXT, CONTEXT)]);
    expect(a.wrappedKey.equals(b.wrappedKey)).toBe(false);
    expect(a.iv.equals(b.iv)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
  });

  it.each<[string, (blob: EncryptedBlob) => EncryptedBlob]>([
    ['ciphertext', (b) => ({ ...b, ciphertext: flip(b.ciphertext, 5) })],
    ['auth tag', (b) => ({ ...b, authTag: flip(b.authTag) })],
    ['iv', (b) => ({ ...b, iv: flip(b.iv) })],
    ['wrapped key', (b) => ({ ...b, wrappedKey: flip(b.wrappedKey, 40) })],
    ['truncated ciphertext', (b) => ({ ...b, ciphertext: b.ciphertext.subarray(1) })],
    ['short auth tag', (b) => ({ ...b, authTag: b.authTag.subarray(0, 8) })],
  ])('detects a tampered %s', async (_name, tamper) => {
    const blob = await cipher.encrypt(PLAINTEXT, CONTEXT);
    await expect(cipher.decrypt(tamper(blob), CONTEXT)).rejects.toBeInstanceOf(DecryptionError);
  });

  it("refuses a blob moved to another job (context is authenticated)", async () => {
    const blob = await cipher.encrypt(PLAINTEXT, CONTEXT);
    const other = { ...CONTEXT, job: '01JCXG8Z9Q4W7N3V5T2R1PKHMC' };
    await expect(cipher.decrypt(blob, other)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('cannot be decrypted with another key-encryption key', async () => {
    const blob = await cipher.encrypt(PLAINTEXT, CONTEXT);
    const stranger = new EnvelopeCipher(LocalKeyWrapper.fromKey(randomBytes(32)));
    await expect(stranger.decrypt(blob, CONTEXT)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('cannot be decrypted with another key-encryption key even when the blob names it', async () => {
    const blob = await cipher.encrypt(PLAINTEXT, CONTEXT);
    const strangerKeys = LocalKeyWrapper.fromKey(randomBytes(32));
    await expect(new EnvelopeCipher(strangerKeys).decrypt({ ...blob, keyId: strangerKeys.keyId }, CONTEXT)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('treats the context as a map: key order does not matter, every value does', async () => {
    const blob = await cipher.encrypt(PLAINTEXT, CONTEXT);
    const reordered = { job: CONTEXT.job, tenant: CONTEXT.tenant, purpose: CONTEXT.purpose };
    await expect(cipher.decrypt(blob, reordered)).resolves.toEqual(PLAINTEXT);
    await expect(cipher.decrypt(blob, { ...CONTEXT, tenant: 'globex' })).rejects.toBeInstanceOf(DecryptionError);
    await expect(cipher.decrypt(blob, { ...CONTEXT, extra: 'x' })).rejects.toBeInstanceOf(DecryptionError);
  });

  it('marks a decryption failure permanent for the worker (the same blob never opens on a retry)', () => {
    expect(classifyError(new DecryptionError())).toEqual({ kind: 'permanent', code: 'DECRYPTION_FAILED' });
  });

  it('keeps error messages free of the plaintext', async () => {
    const blob = await cipher.encrypt(PLAINTEXT, CONTEXT);
    const err = await cipher.decrypt({ ...blob, authTag: flip(blob.authTag) }, CONTEXT).catch((e: Error) => e);
    expect(String((err as Error).message)).not.toMatch(/Jane|123-45/);
  });
});

describe('LocalKeyWrapper key file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cc-kek-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the key file with 0600 and reuses it', async () => {
    const file = path.join(dir, 'keys', 'note-kek');
    const first = await LocalKeyWrapper.loadOrCreate(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const blob = await new EnvelopeCipher(first).encrypt(PLAINTEXT, CONTEXT);
    const second = await LocalKeyWrapper.loadOrCreate(file);
    expect(second.keyId).toBe(first.keyId);
    await expect(new EnvelopeCipher(second).decrypt(blob, CONTEXT)).resolves.toEqual(PLAINTEXT);
  });

  it('agrees on one key when two processes create it at once', async () => {
    const file = path.join(dir, 'note-kek');
    const wrappers = await Promise.all([1, 2, 3, 4].map(() => LocalKeyWrapper.loadOrCreate(file)));
    expect(new Set(wrappers.map((w) => w.keyId)).size).toBe(1);
  });

  it('refuses a key file readable by others, and a corrupt one', async () => {
    const file = path.join(dir, 'note-kek');
    await LocalKeyWrapper.loadOrCreate(file);
    chmodSync(file, 0o644);
    await expect(LocalKeyWrapper.loadOrCreate(file)).rejects.toBeInstanceOf(ConfigError);
    chmodSync(file, 0o600);
    writeFileSync(file, 'chartcoder-kek-v1:dG9vc2hvcnQ=\n');
    await expect(LocalKeyWrapper.loadOrCreate(file)).rejects.toBeInstanceOf(ConfigError);
    expect(readFileSync(file, 'utf8')).toContain('chartcoder-kek-v1');
  });
});

describe('EnvelopeNoteSealer (the NoteSealer port)', () => {
  const sealer = new EnvelopeNoteSealer(LocalKeyWrapper.fromKey(randomBytes(32)));
  const owner = { tenantId: 'acme', jobId: '01JCXG8Z9Q4W7N3V5T2R1PKHMB' };
  const note = 'Jane Doe, SSN 123-45-6789. '.repeat(400);

  it('seals a note so that only the same tenant and job can open it', async () => {
    const sealed = await sealer.seal(note, owner);
    expect(Buffer.from(sealed.ciphertext).includes(Buffer.from('Jane'))).toBe(false);
    // Compressed before encryption: a repetitive note seals far below its own size.
    expect(sealed.ciphertext.length).toBeLessThan(note.length / 10);
    await expect(sealer.open(sealed, owner)).resolves.toBe(note);
    await expect(sealer.open(sealed, { ...owner, tenantId: 'globex' })).rejects.toBeInstanceOf(DecryptionError);
    await expect(sealer.open(sealed, { ...owner, jobId: '01JCXG8Z9Q4W7N3V5T2R1PKHMC' })).rejects.toBeInstanceOf(DecryptionError);
  });

  it('opens what the store hands back as plain Uint8Arrays (DynamoDB binary attributes)', async () => {
    const sealed = await sealer.seal('Asthma.', owner);
    const fromStore = {
      keyId: sealed.keyId,
      wrappedKey: new Uint8Array(sealed.wrappedKey),
      iv: new Uint8Array(sealed.iv),
      ciphertext: new Uint8Array(sealed.ciphertext),
      authTag: new Uint8Array(sealed.authTag),
    };
    await expect(sealer.open(fromStore, owner)).resolves.toBe('Asthma.');
  });
});
