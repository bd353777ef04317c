// Trap batch N (session 14's examiner, held out; issue 10 §4): the checks every held-out batch passes
// (test/helpers/heldOutTrapBatch.ts), a training file of the statement model since session 15. Scored by the lead with
// `npm run eval -- --icd-traps test/fixtures/icd-traps/s14-heldout-n.jsonl --setting-from-note`.
import { TRAINING_TRAP_FILES } from '../../../src/eval/injection/trainStatement';
import { heldOutTrapBatchChecks } from '../../helpers/heldOutTrapBatch';

const FILE = 's14-heldout-n.jsonl';

describe('trap batch N (s14-heldout-n.jsonl, held out)', () => {
  const notes = heldOutTrapBatchChecks(FILE, 's14hn');

  it('is a training file of the statement model since session 15 (inject23; scored once unseen in session 14), never a session-15 batch', () => {
    expect(TRAINING_TRAP_FILES).toContain(FILE);
    expect(TRAINING_TRAP_FILES.some((f) => f.startsWith('s15'))).toBe(false);
  });

  it('every sequencing and poisoning note states the order its Guideline sets', () => {
    const unordered = notes.filter((n) => (n.family === 'sequencing' || n.family === 'poisoning') && !n.order?.length && n.gold.length > 1);
    expect(unordered.map((n) => n.id)).toEqual([]);
  });
});
