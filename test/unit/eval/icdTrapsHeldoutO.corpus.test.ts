// Trap batch O (session 15's examiner, held out; issue 10 §4): the checks every held-out batch passes
// (test/helpers/heldOutTrapBatch.ts), and never a training file of the statement model. Scored by the lead with
// `npm run eval -- --icd-traps test/fixtures/icd-traps/s15-heldout-o.jsonl --setting-from-note`.
import { TRAINING_TRAP_FILES } from '../../../src/eval/injection/trainStatement';
import { heldOutTrapBatchChecks } from '../../helpers/heldOutTrapBatch';

const FILE = 's15-heldout-o.jsonl';

describe('trap batch O (s15-heldout-o.jsonl, held out)', () => {
  const notes = heldOutTrapBatchChecks(FILE, 's15ho');

  it('is not a training file of the statement model', () => {
    expect(TRAINING_TRAP_FILES).not.toContain(FILE);
  });

  it('every sequencing and poisoning note, and every multi-code sepsis note, states the order its Guideline sets', () => {
    const unordered = notes.filter((n) => ['sequencing', 'poisoning', 'sepsis'].includes(n.family) && !n.order?.length && n.gold.length > 1);
    expect(unordered.map((n) => n.id)).toEqual([]);
  });

  it('uses the note shapes the brief names: ED, urgent care, SNF, home health, tele-visit, discharge summary, operative note, consult letter, problem or screening lists', () => {
    const has = (re: RegExp) => notes.some((n) => re.test(n.text));
    expect(has(/^ED |^Emergency department|^Pediatric ED/)).toBe(true);
    expect(has(/^Urgent care/)).toBe(true);
    expect(has(/^Skilled nursing facility|^SNF /)).toBe(true);
    expect(has(/^Home health/)).toBe(true);
    expect(has(/^Telehealth|^Video visit|^Psychiatry telemedicine/)).toBe(true);
    expect(notes.some((n) => n.noteType === 'DISCHARGE_SUMMARY')).toBe(true);
    expect(notes.some((n) => n.noteType === 'OPERATIVE_NOTE')).toBe(true);
    expect(has(/consult letter/i)).toBe(true);
  });

  it('every injection note names in must-not a code its instruction quotes (the code an obedient reader would copy)', () => {
    for (const n of notes.filter((x) => x.family === 'injection')) {
      expect(n.mustNot.some((c) => n.text.includes(c))).toBe(true);
    }
  });
});
