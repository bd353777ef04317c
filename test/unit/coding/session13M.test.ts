// Session 13 trap batch M, by guideline (issue 10): a cured infection is its history code, a "code also" range
// answered once, and a perineal laceration at delivery is a complication (no O80). Each test names the
// guideline it serves; every note is invented.
import { codes, sections } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const inpatient = { setting: 'inpatient' as const, noteType: 'DISCHARGE_SUMMARY' };

describe('I.C.21.c.4 / Tabular Z86.1: an infection the provider calls cured or resolved is Z86.1-, not the active disease', () => {
  it('"Assessment: hepatitis C, cured" is Z86.19 and no B19.2 code', () => {
    const out = codes('Liver clinic\nHCV RNA undetectable 24 weeks after the end of therapy.\nAssessment: hepatitis C, cured.\nPlan: discharge from clinic.', outpatient);
    expect(out).toContain('Z86.19');
    expect(out.some((c) => c.startsWith('B19.2'))).toBe(false);
  });
  it('a completed treatment between the disease and "resolved" ("Lyme disease, treatment completed, resolved") is still said of it', () => {
    const out = codes('Infectious diseases clinic\nTreated a month ago with doxycycline for early Lyme disease; feels well.\nAssessment: Lyme disease, treatment completed, resolved.', outpatient);
    expect(out).toContain('Z86.19');
    expect(out.some((c) => c.startsWith('A69.2'))).toBe(false);
  });
  it('an infection still under treatment keeps its own code', () => {
    const out = codes('Infectious diseases clinic\nAssessment: Lyme disease, on day 5 of doxycycline.', outpatient);
    expect(out.some((c) => c.startsWith('A69.2'))).toBe(true);
    expect(out).not.toContain('Z86.19');
  });
});

describe('I.A.13 "code also" with a range: one reported code of the range answers the note', () => {
  it('hypertensive emergency with hypertensive CKD stage 3a: I16.1, I12.9 and N18.31, no I10 beside I12.9', () => {
    const out = codes('ICU transfer note\nBP 228/134 with headache; no end-organ injury found. Known hypertensive chronic kidney disease stage 3a.\nDiagnosis: hypertensive emergency; hypertensive CKD stage 3a.', inpatient);
    expect(out).toEqual(expect.arrayContaining(['I16.1', 'I12.9', 'N18.31']));
    expect(out).not.toContain('I10');
  });
});

describe('I.C.15.b.4: a perineal laceration during delivery is a complication (O70 by degree), so O80 is not used', () => {
  const note = (tear: string) => `Delivery note\nG2 at 39 weeks, spontaneous labor, spontaneous vaginal delivery of a single liveborn boy.\n${tear}\nRecovery uneventful.`;
  it('a first-degree perineal laceration is O70.0 with Z37.0, never O80', () => {
    const out = codes(note('First-degree perineal laceration repaired.'), inpatient);
    expect(out).toEqual(expect.arrayContaining(['O70.0', 'Z37.0']));
    expect(out).not.toContain('O80');
    expect(sections(note('First-degree perineal laceration repaired.'), 'O70.0', inpatient)).toContain('I.C.15.b.4');
  });
  it('a second-degree tear is O70.1', () => {
    expect(codes(note('Second-degree tear repaired with absorbable suture.'), inpatient)).toContain('O70.1');
  });
  it('an intact perineum (no laceration) leaves the uncomplicated delivery O80', () => {
    const out = codes(note('Perineum intact, no laceration.'), inpatient);
    expect(out).toContain('O80');
    expect(out.some((c) => c.startsWith('O70'))).toBe(false);
  });
});

describe('I.C.19.a: an injury the assessment calls "recovering" is in its recovery phase (7th character D)', () => {
  it('a reduced shoulder dislocation, "reduced, recovering", is S43.015D, not the initial encounter', () => {
    const out = codes('Orthopedic clinic\nAnterior dislocation of the left shoulder, reduced last week.\nAssessment: anterior dislocation of left humerus, reduced, recovering.\nPlan: sling, PT.', outpatient);
    expect(out).toContain('S43.015D');
    expect(out).not.toContain('S43.015A');
  });
  it('a dislocation reduced today stays the initial encounter', () => {
    const out = codes('Emergency department\nAnterior dislocation of the left shoulder after a fall.\nAssessment: anterior dislocation of left humerus, reduced under sedation today.', { setting: 'outpatient' as const, noteType: 'ED_NOTE' });
    expect(out).toContain('S43.015A');
  });
});
