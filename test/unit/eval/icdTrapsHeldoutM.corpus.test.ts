// Trap batch M (session 13's examiner, scored once unseen in session 13; issue 10 §4): the checks every held-out batch
// passes (test/helpers/heldOutTrapBatch.ts); a training file of the statement model since session 14 (inject21). Scored by the lead with
// `npm run eval -- --icd-traps test/fixtures/icd-traps/s13-heldout-m.jsonl --setting-from-note`.
import { TRAINING_TRAP_FILES } from '../../../src/eval/injection/trainStatement';
import { heldOutTrapBatchChecks } from '../../helpers/heldOutTrapBatch';

const FILE = 's13-heldout-m.jsonl';

describe('trap batch M (s13-heldout-m.jsonl, held out)', () => {
  heldOutTrapBatchChecks(FILE, 's13hm');

  it('is a training file of the statement model since session 14, and no session-14 batch is', () => {
    expect(TRAINING_TRAP_FILES).toContain(FILE);
    expect(TRAINING_TRAP_FILES.some((f) => f.startsWith('s15'))).toBe(false);
  });
});
