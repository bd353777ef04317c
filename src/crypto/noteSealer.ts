// Owns the NoteSealer: the submitted note compressed, then envelope-encrypted for one (tenant, job)
// with whichever KeyProvider the composition root chose (local key file or AWS KMS).

import { gunzipSync, gzipSync } from 'node:zlib';
import type { EncryptionContext, KeyProvider, NoteOwner, NoteSealer, SealedNote } from '../domain/ports';
import { EnvelopeCipher } from './envelope';

/** Ids only (KMS logs the context in CloudTrail): which tenant and job a data key was made for. */
export const rawNoteContext = (owner: NoteOwner): EncryptionContext => ({
  purpose: 'raw-note',
  tenant: owner.tenantId,
  job: owner.jobId,
});

export class EnvelopeNoteSealer implements NoteSealer {
  private readonly cipher: EnvelopeCipher;

  constructor(keys: KeyProvider) {
    this.cipher = new EnvelopeCipher(keys);
  }

  async seal(text: string, owner: NoteOwner): Promise<SealedNote> {
    // Compress before encrypting (ciphertext does not compress): keeps a 200k-character note well
    // inside DynamoDB's 400 KB item limit.
    return this.cipher.encrypt(gzipSync(Buffer.from(text, 'utf8')), rawNoteContext(owner));
  }

  async open(sealed: SealedNote, owner: NoteOwner): Promise<string> {
    const compressed = await this.cipher.decrypt(
      {
        keyId: sealed.keyId,
        wrappedKey: Buffer.from(sealed.wrappedKey),
        iv: Buffer.from(sealed.iv),
        ciphertext: Buffer.from(sealed.ciphertext),
        authTag: Buffer.from(sealed.authTag),
      },
      rawNoteContext(owner),
    );
    return gunzipSync(compressed).toString('utf8');
  }
}
