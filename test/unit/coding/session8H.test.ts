import { ClinicalEngine } from '../../../src/engine/engine';
import { mentionContext } from '../../../src/engine/context';
import { analyzeText } from '../../../src/engine/text';

// Synthetic notes (invented), each written for one general pattern of the Official Guidelines or the Index.
const engine = new ClinicalEngine();
const codes = (text: string, setting: 'inpatient' | 'outpatient' = 'outpatient') => engine.process(text, { setting }).codes.map((c) => c.code);

describe('IV.H / II.H: a hedge after a comma that opens a new phrase qualifies that phrase, not the stated diagnosis', () => {
  it('"X due to type 1 diabetes, likely pump error": the combination is stated (I.C.4.a), only the cause is hedged', () => {
    const out = codes('ED note\nFingerstick 41, confused, better after glucose.\nImpression: hypoglycemia due to type 1 diabetes, likely missed meal. Discharged.');
    expect(out).toContain('E10.649');
    expect(out).not.toContain('E10.9');
  });
  it('"bacteremia, probably from a line": the bacteremia is stated', () => {
    expect(codes('Clinic callback\nOne of two culture bottles grew coagulase-negative staph.\nImpression: bacteremia, probably from the PICC line. Repeat cultures.')).toContain('R78.81');
  });
  it('the hedge at the clause end, with no comma, or before "given" still looks back (outpatient: not coded)', () => {
    for (const text of [
      'Urgent care\nFever and cough.\nImpression: pneumonia, likely.',
      'Urgent care\nFever and cough.\nImpression: pneumonia likely given crackles.',
      'Urgent care\nFever and cough.\nImpression: pneumonia, likely given crackles.',
    ]) expect(codes(text).some((c) => c.startsWith('J18'))).toBe(false);
  });
  it('the context reader marks the phrase after the hedge uncertain and the one before it not', () => {
    const text = 'Impression: chest pain, possible reflux esophagitis.';
    const analysis = analyzeText(text);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    expect(mentionContext(analysis, at('chest pain')).uncertain).toBe(false);
    expect(mentionContext(analysis, at('reflux esophagitis')).uncertain).toBe(true);
  });
});

describe('I.B.2 specificity the note states: "w/o", the charting abbreviation of "without", negates a qualifier', () => {
  it('migraine w/o aura is G43.0- (without aura), not G43.1- (with aura)', () => {
    const out = codes('PCP visit\nEpisodic headaches, triptan works.\nA: migraine w/o aura, not intractable.');
    expect(out).toContain('G43.009');
    expect(out.some((c) => c.startsWith('G43.1'))).toBe(false);
  });
  it('"w/ aura" stays with aura', () => {
    expect(codes('PCP visit\nVisual zigzags before headaches.\nA: migraine w/ aura, not intractable.').some((c) => c.startsWith('G43.1'))).toBe(true);
  });
});

describe('I.B.13 / Tabular H66.01-: the tympanic membrane is the "ear drum" of otitis media with spontaneous rupture', () => {
  it('acute suppurative otitis media with rupture of the tympanic membrane, left: H66.012, not H66.002 nor H72', () => {
    const out = codes('Urgent care\nDx: acute suppurative otitis media, left, with spontaneous rupture of tympanic membrane.\nAmoxicillin.');
    expect(out).toContain('H66.012');
    expect(out).not.toContain('H66.002');
    expect(out.some((c) => c.startsWith('H72'))).toBe(false);
  });
});

describe('I.C.21.c.5 screening named on a labelled title line ("Procedure:", "EXAM:")', () => {
  it('"Procedure: screening colonoscopy" is the encounter\'s screening: Z12.11 with the family history', () => {
    const out = codes('Procedure: screening colonoscopy\n52 yo, no GI symptoms. Mother had colon cancer at 61.\nFindings: normal colon, no polyps.\nImpression: normal colonoscopy.');
    expect(out).toEqual(expect.arrayContaining(['Z12.11', 'Z80.0']));
    expect(out.some((c) => c.startsWith('C18'))).toBe(false);
  });
  it('"EXAM: low-dose CT chest for lung cancer screening" is Z12.2, never the cancer', () => {
    const out = codes('EXAM: Low-dose CT chest for lung cancer screening.\nCLINICAL: 61 yo, former smoker.\nIMPRESSION: Lung-RADS 2, benign appearance.');
    expect(out).toContain('Z12.2');
    expect(out.some((c) => c.startsWith('C34'))).toBe(false);
  });
  it('a labelled line that is not the title, or a screening only planned, adds no screening code', () => {
    expect(codes('Clinic visit\nEXAM: colonoscopy screening due next year.\nA: hypertension, controlled.')).not.toContain('Z12.11');
    expect(codes('Clinic visit\nLungs clear.\nProcedure: lung cancer screening discussed, will schedule.\nA: hypertension.')).not.toContain('Z12.2');
  });
});

describe('I.C.19.e.5.a adverse effect of a correctly taken drug the FY2023 Table omits: its class row (calcium channel blockers, T46.1)', () => {
  it('hypotension, adverse effect of amlodipine: the drug-induced nature I95.2 with T46.1X5A', () => {
    const out = codes('PCP\nOn amlodipine, taken as prescribed; dizzy, BP 90/56.\nA: hypotension, adverse effect of amlodipine. Dose reduced.');
    expect(out).toEqual(expect.arrayContaining(['I95.2', 'T46.1X5A']));
    expect(out).not.toContain('I95.9');
    expect(out).not.toContain('T46.1X1A');
  });
  it('amlodipine merely listed, with no relationship cue, adds no T code', () => {
    expect(codes('PCP\nA: hypertension, controlled on amlodipine 5 mg daily.').some((c) => c.startsWith('T46'))).toBe(false);
  });
});

describe('I.B.2 / Tabular I21.0-–I21.2-: a STEMI is coded to the culprit artery the note names', () => {
  it('inferior STEMI with the RCA occluded: I21.11, not "other artery of inferior wall" I21.19', () => {
    const out = codes('Discharge summary\nCath: 100% mid RCA occlusion, DES placed.\nFinal diagnosis: acute inferior STEMI.', 'inpatient');
    expect(out).toContain('I21.11');
    expect(out).not.toContain('I21.19');
  });
  it('anterior STEMI with the LAD stented: I21.02', () => {
    expect(codes('Discharge summary\nCath: occluded proximal LAD, stented.\nFinal diagnosis: acute anterior wall STEMI.', 'inpatient')).toContain('I21.02');
  });
  it('several arteries diseased, an artery of another wall, or an NSTEMI: no artery is chosen', () => {
    expect(codes('Discharge summary\nCath: LAD 70%, RCA 100% occluded, LCx 80%.\nFinal diagnosis: acute inferior STEMI.', 'inpatient')).toContain('I21.19');
    expect(codes('Discharge summary\nCath: RCA occluded.\nFinal diagnosis: acute anterior STEMI.', 'inpatient')).toContain('I21.09');
    expect(codes('Discharge summary\nFinal diagnosis: NSTEMI. Cath: RCA 100% occlusion, DES placed.', 'inpatient')).toContain('I21.4');
  });
});
