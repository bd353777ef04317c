// Trap batch M (session 13's examiner, held out; issue 10 §4): the checks every held-out batch passes
// (test/helpers/heldOutTrapBatch.ts), and never a training file of the statement model. Scored by the lead with
// `npm run eval -- --icd-traps test/fixtures/icd-traps/s13-heldout-m.jsonl --setting-from-note`.
import { TRAINING_TRAP_FILES } from '../../../src/eval/injection/trainStatement';
import { heldOutTrapBatchChecks } from '../../helpers/heldOutTrapBatch';

const FILE = 's13-heldout-m.jsonl';

describe('trap batch M (s13-heldout-m.jsonl, held out)', () => {
  heldOutTrapBatchChecks(FILE, 's13hm');

  it('is not a training file of the statement model', () => {
    expect(TRAINING_TRAP_FILES).not.toContain(FILE);
  });
});
