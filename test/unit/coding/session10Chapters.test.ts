// Session 10 chapter rules on notes worded as the trap suite does not (issue 10): the encounter character from
// I.C.19.a's own examples of the healing phase and of a sequela, Gustilo type III open fractures, pathological
// fractures by site and never beside a traumatic code of the same bone (I.C.13.d), and poisoning vs adverse effect
// vs underdosing wordings (I.C.19.e.5). Each test names the guideline it serves; every note is invented.
import { DRUG_CLASS_MEMBERS, loadDrugTable, substancesIn } from '../../../src/engine/coding/drugs';
import { codes } from './guidelines/helpers';

const outpatient = { setting: 'outpatient' as const, noteType: 'PROGRESS_NOTE' };
const emergency = { setting: 'outpatient' as const, noteType: 'EMERGENCY_NOTE' };

describe('I.C.19.a: subsequent encounter (D) for the healing phase named by its activity', () => {
  it('removal of sutures from a laceration repaired earlier is the laceration with D, not an aftercare Z code', () => {
    const out = codes('Wound check\nLaceration of the left hand (no foreign body) repaired 12 days ago.\nSutures removed today; wound closed, no signs of infection.', outpatient);
    expect(out).toContain('S61.412D');
    expect(out).not.toContain('S61.412A');
    expect(out).not.toContain('Z48.02');
  });
  it('rehabilitation therapy for an injury is a subsequent encounter', () => {
    const out = codes('Physical therapy progress note\nSprain of the left ankle (anterior talofibular ligament) 4 weeks ago.\nBalance and strengthening program continued; swelling resolved.', outpatient);
    expect(out.some((c) => /^S93\.4\d2D$/.test(c))).toBe(true);
    expect(out.some((c) => /^S93\.4\d2A$/.test(c))).toBe(false);
  });
  it('an injury still in active treatment in the emergency department stays initial (A)', () => {
    const out = codes('ED note\nCut the left hand on a broken glass tonight: 3 cm laceration of the left hand, no foreign body.\nRepaired with 5 sutures. Suture removal in 10 days.', emergency);
    expect(out).toContain('S61.412A');
    expect(out).not.toContain('S61.412D');
  });
});

describe('I.C.19.a: the guideline\'s own examples of subsequent care (fixation device removal, x-ray to check healing)', () => {
  it('removal of an external fixator from a fracture is a subsequent encounter', () => {
    const out = codes('Ortho clinic\nExternal fixator removed today from the right distal radius fracture (displaced, closed), placed 6 weeks ago. Alignment maintained.', outpatient);
    expect(out).toContain('S52.501D');
    expect(out).not.toContain('S52.501A');
  });
  it('an x-ray to check the healing of a fracture treated weeks ago is a subsequent encounter', () => {
    const out = codes('Fracture clinic\nX-ray to check healing status of the left clavicle shaft fracture (displaced) sustained 4 weeks ago; managed in a sling.', outpatient);
    expect(out).toContain('S42.022D');
    expect(out).not.toContain('Z87.828');
  });
});

describe('I.C.19.a: sequela (S) for a residual condition tied to an injury of the past', () => {
  it('a scar from an old laceration is the scar, then the laceration with S', () => {
    const out = codes('Dermatology\nWidened scar on the right forearm from a laceration of the right forearm 3 years ago.\nA: scar of the right forearm after the old laceration. Discussed revision.', outpatient);
    expect(out).toContain('L90.5');
    expect(out).toContain('S51.811S');
    expect(out).not.toContain('S51.811A');
    expect(out).not.toContain('Z87.828');
  });
});

describe('I.C.19.c.1: open fracture type III takes its own 7th character (C for the initial encounter)', () => {
  it('Gustilo IIIB open fracture is C, not B', () => {
    const out = codes('OPERATIVE NOTE\nDiagnosis: open displaced transverse fracture of the left tibial shaft, Gustilo type IIIB.\nProcedure: debridement, external fixation.', { setting: 'inpatient' as const, noteType: 'OPERATIVE_NOTE' });
    expect(out).toContain('S82.222C');
    expect(out).not.toContain('S82.222B');
  });
});

describe('I.C.13.d: pathological fractures by site, never beside a traumatic code of the same fracture', () => {
  it('a stress fracture of a named bone is coded to its site and side', () => {
    const out = codes('Sports clinic\nCross-country runner, 4 weeks of right shin pain, no injury.\nMRI: stress fracture of the right tibia.\nPlan: rest, boot.', outpatient);
    expect(out).toContain('M84.361A');
    expect(out).not.toContain('M84.30XA');
  });
});

describe('I.C.19.e.5: poisoning, adverse effect and underdosing wordings', () => {
  it('a drug mixed with alcohol is a poisoning by each, intent accidental when self-harm is denied', () => {
    const out = codes('ED note\nMixed his usual alprazolam dose with several glasses of whiskey tonight. Denies self-harm or extra tablets.\nDrowsy but arousable.', emergency);
    expect(out).toContain('T42.4X1A');
    expect(out).toContain('T51.0X1A');
    expect(out).not.toContain('T42.4X2A');
  });
  it('a drink spiked by another person is a poisoning, assault', () => {
    const out = codes('ED note\nStates her drink was spiked at a party; urine positive for benzodiazepines; lorazepam found in her drink per police.\nImp: lorazepam poisoning.', emergency);
    expect(out).toContain('T42.4X3A');
  });
  it('a drug the patient quit on his own is underdosing with the intentional reason', () => {
    const out = codes('Clinic\nEssential hypertension. He quit taking his lisinopril on his own; BP 172/100.\nA: hypertension, uncontrolled after stopping lisinopril.', outpatient);
    expect(out).toContain('T46.4X6A');
    expect(out).toContain('Z91.128');
  });
  it('a substance named inside a condition ("serotonin syndrome") is no exposure to that substance', () => {
    const out = codes('Psychiatry\nOn citalopram 20 mg and tramadol for knee pain.\nA: serotonin syndrome from the interaction of citalopram and tramadol, both properly taken. Tramadol stopped.', outpatient);
    expect(out.some((c) => c.startsWith('T50.99'))).toBe(false);
    expect(out).toContain('T40.425A');
    expect(out).toContain('T43.225A');
  });
});

describe('I.C.19.e: drugs the vendored Table omits are coded through the Table row of their ATC group', () => {
  it('every class and group name points at a row the Table has', () => {
    const table = loadDrugTable();
    const unresolved = DRUG_CLASS_MEMBERS.filter(([words, row]) => !table.byName.has(row) || !substancesIn(table, new Set([words])).length);
    expect(unresolved).toEqual([]);
  });
  it('an intentional sertraline overdose is an SSRI poisoning, self-harm', () => {
    const out = codes('ED note\nSwallowed 30 sertraline 50 mg tablets in a suicide attempt 3 hours ago. Tremor, HR 118.\nA: intentional sertraline overdose.', emergency);
    expect(out).toContain('T43.222A');
  });
  it('a drug interaction with alcohol is a poisoning by both, not an adverse effect', () => {
    const out = codes('ED note\nTakes clonazepam 0.5 mg as prescribed; drank a six-pack tonight.\nImpression: somnolence from the interaction of clonazepam with alcohol.', emergency);
    expect(out).toContain('T42.4X1A');
    expect(out).toContain('T51.0X1A');
    expect(out).not.toContain('T42.4X5A');
  });
});

describe('I.C.19.e.5.a: side effects only spoken of (counseling, a question) are no adverse effect', () => {
  it('counseling about the side effects of a new drug codes no adverse effect', () => {
    const out = codes('Clinic\nGeneralized anxiety disorder. Start escitalopram 10 mg daily; discussed possible side effects of escitalopram.\nReturn in 4 weeks.', outpatient);
    expect(out.some((c) => c.startsWith('T43.22'))).toBe(false);
    expect(out).toContain('F41.1');
  });
});

describe('I.C.19.e.5: the nature of an adverse effect or poisoning is coded, and a medicine is its medicinal row', () => {
  it('a bleeding sign caused by a properly taken anticoagulant is coded with the adverse effect, not explained away', () => {
    const out = codes('Clinic\nAtrial fibrillation on warfarin, taking it exactly as prescribed. INR 2.6. Epistaxis for 2 days, controlled with pressure.\nA: epistaxis due to warfarin, adverse effect.', outpatient);
    expect(out).toContain('T45.515A');
    expect(out).toContain('R04.0');
  });
  it('lithium tablets taken in excess are a poisoning by lithium salts (T43.59-), not by the metal (T56.89-)', () => {
    const out = codes('ED\nBipolar disorder on lithium carbonate. She took extra lithium tablets over 3 days, not to harm herself. Level 2.4, coarse tremor.\nA: lithium toxicity from taking more than prescribed.', emergency);
    expect(out).toContain('T43.591A');
    expect(out).not.toContain('T56.891A');
  });
});
