// Owns turning a submission into a storable job: the job id is chosen first and the note sealed for
// that (tenant, job) at once, so the clear text goes no further than this function.
import type { NewJob, Submission } from '../domain/job';
import { newJobId } from '../domain/ids';
import type { NoteSealer } from '../domain/ports';

export async function sealSubmission(sealer: NoteSealer, submission: Submission, nowMs: number): Promise<NewJob> {
  const { text, ...rest } = submission;
  const jobId = newJobId(nowMs);
  const sealedNote = await sealer.seal(text, { tenantId: submission.tenantId, jobId });
  return { ...rest, jobId, noteChars: text.length, sealedNote };
}
