// Guidelines I.C.13.d.1 (a fracture from minor trauma in known osteoporosis is M80 by site and side,
// not a traumatic S code) and I.B.5 (the pain of the injured site is integral to the injury); the
// side written after a comma or around an aside belongs to the condition (I.B.13). Notes are synthetic.
import { Coder } from '../../../../src/engine/coding';
import { tokenize } from '../../../../src/engine/coding/normalize';
import { analyzeText } from '../../../../src/engine/text';
import { codeSet } from './helpers';

const coder = new Coder(codeSet);
function codes(text: string): string[] {
  return coder.code(text, analyzeText(text), { setting: 'inpatient' }).map((c) => c.code);
}

describe('I.C.13.d.1 osteoporosis with a fracture from minor trauma', () => {
  it('a fragility hip fracture is M80.0 with site and side, neither M81.0 nor the S code', () => {
    const out = codes('Discharge diagnosis: age-related osteoporosis. Fragility fracture of the neck of the right femur after a fall from standing height.');
    expect(out).toContain('M80.051A');
    expect(out).not.toContain('M81.0');
    expect(out.some((c) => c.startsWith('S72'))).toBe(false);
  });
  it('a vertebral compression fracture in osteoporosis is M80.08', () => {
    expect(codes('Assessment: age-related osteoporosis with an osteoporotic compression fracture of T12.')).toContain('M80.08XA');
  });
  it('a high-energy fracture in an osteoporotic patient stays a traumatic fracture', () => {
    const out = codes('Assessment: fracture of the neck of the right femur in a motor vehicle collision at highway speed. Age-related osteoporosis.');
    expect(out.some((c) => c.startsWith('M80'))).toBe(false);
  });
});

describe('I.B.5 pain of the injured site', () => {
  it.each([
    ['Assessment: cervical sprain (whiplash injury). Neck pain.', 'S13.4XXA', 'M54.2'],
    ['Assessment: left ankle sprain with pain in the left ankle.', 'S93.402A', 'M25.572'],
  ])('%s → %s without %s', (note, injury, pain) => {
    const out = codes(note);
    expect(out).toContain(injury);
    expect(out).not.toContain(pain);
  });
  it('pain of another site stays coded', () => {
    const out = codes('Assessment: left ankle sprain. Chronic pain in the right shoulder.');
    expect(out).toContain('S93.402A');
    expect(out).toContain('M25.511');
  });
});

describe('I.B.13 a side after a comma or around an aside', () => {
  it('a comma before a side word does not end the clause', () => {
    const t = tokenize('foreign body, left cornea; right eye normal');
    expect(t.find((x) => x.raw === 'left')!.clause).toBe(t[0].clause);
    expect(t.find((x) => x.raw === 'right')!.clause).not.toBe(t[0].clause);
  });
  it('the words around a parenthesis are one clause, the aside its own', () => {
    const t = tokenize('anterior (subcoracoid) dislocation');
    expect(t[0].clause).toBe(t[2].clause);
    expect(t[1].clause).not.toBe(t[0].clause);
  });
  it.each([
    ['Dx: foreign body, right cornea.', 'T15.01XA'],
    ['Dx: closed displaced trimalleolar fracture, right ankle.', 'S82.851A'],
  ])('%s → %s', (note, want) => {
    expect(codes(note)).toContain(want);
  });
});

describe('I.C.19.c.1 healing stated at follow-up', () => {
  it.each([
    ['Fracture clinic follow-up visit. Impression: malunited fracture of the left femur.', 'S72.92XP'],
    ['Follow-up appointment. Assessment: fracture of the left femur with delayed healing, not yet a nonunion.', 'S72.92XG'],
    ['Week 6 after a fracture of the left femur treated in a cast. Assessment: fracture of the left femur.', 'S72.92XD'],
  ])('%s → %s', (note, want) => {
    expect(codes(note)).toContain(want);
  });
});

describe('injury wording notes use (adjective bone names, "midshaft", "muscle strain")', () => {
  it.each([
    ['Assessment: displaced midshaft fracture of the left clavicle.', 'S42.022A'],
    ['Preoperative and postoperative diagnosis: open displaced transverse fracture of the left radial shaft, Gustilo type I.', 'S52.322B'],
    ['Assessment: muscle strain of the lower back after lifting.', 'S39.012A'],
  ])('%s → %s', (note, want) => {
    expect(codes(note)).toContain(want);
  });
});
