// Trap batch K (session 11's examiner, held out; issue 10 §4): the checks every held-out batch passes
// (test/helpers/heldOutTrapBatch.ts) and its training status. Scored by the lead with
// `npm run eval -- --icd-traps test/fixtures/icd-traps/s11-heldout-k.jsonl --setting-from-note`.
import { TRAINING_TRAP_FILES } from '../../../src/eval/injection/trainStatement';
import { heldOutTrapBatchChecks } from '../../helpers/heldOutTrapBatch';

const FILE = 's11-heldout-k.jsonl';

describe('trap batch K (s11-heldout-k.jsonl, held out)', () => {
  heldOutTrapBatchChecks(FILE, 's11hk');

  it('is a training file of the statement model since session 12 (scored once unseen in session 11), never a session-15 held-out batch', () => {
    expect(TRAINING_TRAP_FILES).toContain(FILE);
    expect(TRAINING_TRAP_FILES.some((f) => f.startsWith('s15'))).toBe(false);
  });
});
