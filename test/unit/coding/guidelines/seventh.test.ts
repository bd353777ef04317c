// Guidelines I.C.19.a / I.C.19.c.1 (7th characters of injuries and fractures, placeholder X) and
// I.C.13.c (pathological fractures): the character follows the encounter the note describes.
import { Coder } from '../../../../src/engine/coding';
import { analyzeText } from '../../../../src/engine/text';
import { codeSet } from './helpers';

// Injury candidates sit below the reporting threshold today (the lexicon finds few): the rule is
// tested on every candidate the coder builds.
const coder = new Coder(codeSet, { minConfidence: 0 });
function codes(text: string): string[] {
  return coder.code(text, analyzeText(text)).map((c) => c.code);
}

describe('I.C.19.a 7th character from the encounter', () => {
  it.each([
    ['Assessment: fracture of the left femur.', 'S72.92XA'],
    ['ED visit. Assessment: fracture of the left femur.', 'S72.92XA'],
    ['Assessment: open fracture of the left femur.', 'S72.92XB'],
    ['Seen for follow-up visit for fracture of the left femur, healing well.', 'S72.92XD'],
    ['Here for cast change. Fracture of the left femur.', 'S72.92XD'],
    ['Follow-up appointment for fracture of the left femur with nonunion.', 'S72.92XK'],
    ['Follow-up appointment for fracture of the left femur, delayed healing.', 'S72.92XG'],
    ['Follow-up appointment for fracture of the left femur with malunion.', 'S72.92XP'],
    ['Laceration of scalp, here for suture removal.', 'S01.01XD'],
    ['Assessment: age-related osteoporosis with current pathological fracture of right femur. Here for cast change.', 'M80.051D'],
  ])('%s → %s', (note, want) => {
    expect(codes(note)).toContain(want);
  });

  it('a plan to follow up is not a subsequent encounter', () => {
    const out = codes('Fracture of the left femur. Follow up in 2 weeks with orthopedics.');
    expect(out).toContain('S72.92XA');
    expect(out).not.toContain('S72.92XD');
  });

  it('records I.C.19.a on the changed code', () => {
    const text = 'Seen for follow-up visit for fracture of the left femur, healing well.';
    const c = coder.code(text, analyzeText(text)).find((x) => x.code === 'S72.92XD');
    expect(c?.guideline.map((g) => g.section)).toEqual(expect.arrayContaining(['I.C.19.a', 'I.C.19.c.1']));
  });
});
