// Trap batch L (session 12's examiner, held out; issue 10 §4): the checks every held-out batch passes
// (test/helpers/heldOutTrapBatch.ts) and its training status (a candidate training file of the statement model since
// session 13, inject19, after it was scored unseen in session 12: read with --new-training, not by the shipped weights).
// Scored by the lead with
// `npm run eval -- --icd-traps test/fixtures/icd-traps/s12-heldout-l.jsonl --setting-from-note`.
import { TRAINING_TRAP_FILES } from '../../../src/eval/injection/trainStatement';
import { heldOutTrapBatchChecks } from '../../helpers/heldOutTrapBatch';

const FILE = 's12-heldout-l.jsonl';

describe('trap batch L (s12-heldout-l.jsonl, held out)', () => {
  heldOutTrapBatchChecks(FILE, 's12hl');

  it('is a candidate training file of the statement model since session 13 (scored once unseen in session 12), never a session-14 batch', () => {
    expect(TRAINING_TRAP_FILES).toContain(FILE);
    expect(TRAINING_TRAP_FILES.some((f) => f.startsWith('s15'))).toBe(false);
  });
});
