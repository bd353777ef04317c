// Owns the note sealer tests use when they write jobs straight into a store: the production
// envelope sealer with a throwaway local key, and a helper that seals a submission for create().
import { randomBytes } from 'node:crypto';
import { EnvelopeNoteSealer } from '../../src/crypto/noteSealer';
import { LocalKeyWrapper } from '../../src/crypto/localKeyWrapper';
import type { NewJob, Submission } from '../../src/domain/job';
import type { NoteSealer } from '../../src/domain/ports';
import { sealSubmission } from '../../src/services/noteIntake';

export function testSealer(): EnvelopeNoteSealer {
  return new EnvelopeNoteSealer(LocalKeyWrapper.fromKey(randomBytes(32)));
}

export function sealed(sealer: NoteSealer, submission: Submission, nowMs = Date.now()): Promise<NewJob> {
  return sealSubmission(sealer, submission, nowMs);
}
