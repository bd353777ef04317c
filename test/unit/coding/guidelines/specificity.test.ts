// Guidelines I.B.2 / I.A.9 (code to the highest specificity documented) and I.B.13 (laterality).
import { codes, sections } from './helpers';

describe('I.B.2 specificity: never the unspecified code when the note states type, episode, acuity or severity', () => {
  it.each([
    ['Assessment: Major depressive disorder, recurrent, moderate.', 'F33.1', ['F32.9', 'F32.A']],
    ['Assessment: Major depressive disorder, single episode, severe.', 'F32.2', ['F32.9']],
    ['Assessment: Congestive heart failure, chronic diastolic.', 'I50.32', ['I50.9']],
    ['Assessment: Heart failure, acute on chronic systolic.', 'I50.23', ['I50.9']],
    ['Assessment: Type 2 diabetes with diabetic retinopathy of the right eye with macular edema.', 'E11.311', ['E11.319']],
  ])('%s → %s', (note, want, never) => {
    const out = codes(note);
    expect(out).toContain(want);
    for (const c of never) expect(out).not.toContain(c);
  });

  it('keeps the code a specific synonym found (no move to a less specific sibling)', () => {
    expect(codes('Assessment: Diabetic peripheral neuropathy. Type 2 diabetes.')).toContain('E11.42');
  });

  it('records I.B.2 on the refined code', () => {
    expect(sections('Assessment: Major depressive disorder, recurrent, moderate.', 'F33.1')).toContain('I.B.2');
  });

  it('does not borrow a qualifier from another finding in the sentence', () => {
    // "acute" belongs to the kidney injury, not the heart failure.
    expect(codes('Assessment: Heart failure and acute kidney injury.')).not.toContain('I50.21');
  });
});

describe('I.B.13 laterality from the words around the mention', () => {
  it.each([
    ['Assessment: Right carpal tunnel syndrome.', 'G56.01'],
    ['Assessment: Left carpal tunnel syndrome.', 'G56.02'],
    ['Assessment: Otitis media, right ear.', 'H66.91'],
    ['Assessment: Bilateral carpal tunnel syndrome.', 'G56.03'],
    ['Assessment: Otitis media, both ears.', 'H66.93'],
    ['Assessment: Otitis media AU.', 'H66.93'],
    ['Assessment: Acute otitis media, left ear.', 'H66.92'],
    ['Assessment: Otitis media AD.', 'H66.91'],
  ])('%s → %s', (note, want) => {
    expect(codes(note)).toContain(want);
  });

  it('uses the unspecified side only when the note does not say', () => {
    expect(codes('Assessment: Otitis media.')).toContain('H66.90');
  });

  // I.B.13: an Index term whose codes differ only by side yields the unspecified-side leaf when no side is written.
  it.each([
    ['Assessment: carpal tunnel syndrome. Plan: wrist splint.', 'G56.00', ['G56.01', 'G56.02', 'G56.03']],
    ['Impression: carpal tunnel syndrome, bilateral, left worse than right.', 'G56.03', ['G56.00', 'G56.01', 'G56.02']],
    ['Tinel positive at both wrists. Impression: carpal tunnel syndrome of both wrists.', 'G56.03', ['G56.00']],
    ['Diagnosis: benign paroxysmal positional vertigo, left posterior canal.', 'H81.12', ['H81.10']],
  ])('%s → %s', (note, want, never) => {
    const out = codes(note);
    expect(out).toContain(want);
    for (const c of never) expect(out).not.toContain(c);
  });

  // I.B.13 with the Index's site subterms: "Osteoarthritis, hip, unilateral M16.1-", "knee, bilateral M17.0".
  it.each([
    ['Assessment: primary osteoarthritis, left hip.', 'M16.12'],
    ['My diagnosis is primary osteoarthritis of the right hip.', 'M16.11'],
    ['Radiographs are consistent with primary osteoarthritis of both hips.', 'M16.0'],
    ['Assessment: primary osteoarthritis, bilateral knees.', 'M17.0'],
  ])('%s → %s', (note, want) => {
    const out = codes(note);
    expect(out).toContain(want);
    expect(out).not.toContain('M19.91');
  });

  it('osteoarthritis of a stated side stays secondary when the note says so (no primary default)', () => {
    expect(codes('Assessment: post-traumatic osteoarthritis of the right knee.')).not.toContain('M17.11');
  });

  it('cites I.B.13', () => {
    // ", left ear" now joins the clause (the lexicon's sided term codes it); a parenthesis still sets the side apart.
    expect(sections('Assessment: Otitis media (left ear).', 'H66.92')).toContain('I.B.13');
  });
});

describe('I.B.2 specificity through Index subterms and organ parts', () => {
  it.each([
    ['Assessment: Depression, single episode, severe without psychotic features.', 'F32.2'],
    ['Assessment: Depression, recurrent, mild.', 'F33.0'],
    ["Assessment: Crohn's disease of the terminal ileum.", 'K50.00'],
    ['Assessment: Crohn disease involving the ileum and colon.', 'K50.80'],
  ])('%s → %s', (note, want) => {
    expect(codes(note)).toContain(want);
  });

  it('a severity stated as absent is not coded as present', () => {
    expect(codes('Assessment: Major depressive disorder, single episode, severe without psychotic features.')).not.toContain('F32.3');
  });

  it('keeps the Index default when nothing more is stated', () => {
    expect(codes('Assessment: Depression.')).toContain('F32.A');
    expect(codes("Assessment: Crohn's disease.")).toContain('K50.90');
  });
});

describe('I.B.2 never a complication the note does not state', () => {
  it('ulcerative colitis stays without complications unless one is named', () => {
    const out = codes('Assessment: ulcerative colitis, in remission on mesalamine.');
    expect(out.filter((c) => /^K51\.91[1-9]/.test(c))).toEqual([]);
  });
});

describe('I.B.13 bilateral where the category has no bilateral code: one code per side', () => {
  it('trigger thumbs of both hands → right and left thumb codes', () => {
    const out = codes('Both thumbs catch and lock.\nAssessment: trigger thumb, bilateral.');
    expect(out).toEqual(expect.arrayContaining(['M65.311', 'M65.312']));
    expect(out).not.toContain('M65.319');
    expect(sections('Assessment: trigger thumb, bilateral.', 'M65.311')).toContain('I.B.13');
  });

  it('a single stated side still gives one code', () => {
    const out = codes('Assessment: trigger thumb, left.');
    expect(out).toContain('M65.312');
    expect(out).not.toContain('M65.311');
  });
});

describe('I.B.2 the site words notes use for the Tabular limbs, and sibling categories', () => {
  it('strep pharyngitis → streptococcal pharyngitis', () => {
    const out = codes('Rapid strep antigen positive.\nA: strep pharyngitis.');
    expect(out).toContain('J02.0');
    expect(out).not.toContain('J02.9');
  });

  it('cellulitis of the right lower leg → right lower limb', () => {
    expect(codes('Assessment: cellulitis of the right lower leg.')).toContain('L03.115');
  });

  it('an unspecified cataract beside an age-related cataract of the same note gives way', () => {
    const out = codes('Dx: age-related cortical cataract OD, visually significant.\nPlan: cataract extraction with IOL OD.');
    expect(out).toContain('H25.011');
    expect(out).not.toContain('H26.9');
  });
});

describe('I.B.2 a qualifier the note denies is never coded as present', () => {
  it.each([
    ['Impression: acute cystitis without hematuria.', 'N30.00', 'N30.01'],
    ['Assessment: migraine without aura, not intractable.', 'G43.009', 'G43.109'],
    ['Impression: chronic migraine without aura, intractable, without status migrainosus.', 'G43.719', 'G43.709'],
  ])('%s → %s, not %s', (note, want, never) => {
    const out = codes(note);
    expect(out).toContain(want);
    expect(out).not.toContain(never);
  });

  it('a stated qualifier still gives the "with" code', () => {
    expect(codes('Assessment: acute cystitis with hematuria.')).toContain('N30.01');
    expect(codes('Assessment: migraine with aura, intractable.')).toContain('G43.119');
  });
});

describe('I.B.2 qualifiers of manifestation codes and adjectives of the Tabular nouns', () => {
  it('dementia in another disease takes the stated severity (F02 is a manifestation, not a residual "other" code)', () => {
    const out = codes('Assessment: Parkinson disease with dementia, moderate.');
    expect(out).toContain('F02.B0');
    expect(out).not.toContain('F02.80');
  });

  it('"hypoxic" respiratory failure is the code "with hypoxia"', () => {
    const out = codes('Final diagnosis: acute hypoxic respiratory failure from COVID-19 pneumonia.', { setting: 'inpatient', noteType: 'DISCHARGE_SUMMARY' });
    expect(out).toContain('J96.01');
    expect(out).not.toContain('J96.00');
  });
});

describe('I.B.2 residual codes of a block and limbs written as extremities', () => {
  it('unspecified anemia beside iron deficiency anemia gives way', () => {
    const out = codes('Referred for anemia. Ferritin 5.\nImpression: iron deficiency anemia.');
    expect(out).toContain('D50.9');
    expect(out).not.toContain('D64.9');
  });

  it('"left lower extremity" is the left lower limb', () => {
    expect(codes('A/P: cellulitis of the left lower extremity, oral cephalexin.')).toContain('L03.116');
  });
});

describe('I.B.2 an unspecified code named more fully elsewhere in the note gives way; "with" beats "uncomplicated"', () => {
  it('"intestinal obstruction" inside "Crohn disease … with intestinal obstruction" is not also K56.609', () => {
    const note = 'Known Crohn disease of the ileum. Now vomiting; CT: Crohn disease of the small intestine with intestinal obstruction.';
    const out = codes(note);
    expect(out).toContain('K50.012');
    expect(out).not.toContain('K56.609');
    expect(sections(note, 'K50.012')).toContain('I.B.2');
  });

  it('an unrelated condition sharing a word stays (hypertension beside pulmonary hypertension)', () => {
    const out = codes('Assessment: 1) essential hypertension, controlled on amlodipine. 2) pulmonary hypertension on echo, refer to cardiology.');
    expect(out).toContain('I10');
  });

  it('asthma with a stated exacerbation is the exacerbation code, not the uncomplicated one', () => {
    const out = codes('Diagnosis: moderate persistent asthma with acute exacerbation. Prednisone burst.');
    expect(out).toContain('J45.41');
    expect(out).not.toContain('J45.40');
  });
});

describe('I.B.2 unspecified colitis beside inflammatory bowel disease', () => {
  it('biopsy "colitis" in ulcerative proctitis is not also K52.9', () => {
    const out = codes('Biopsies: chronic active colitis of the rectum.\nImpression: ulcerative proctitis without complications.');
    expect(out).toContain('K51.20');
    expect(out).not.toContain('K52.9');
  });
});

describe('I.B.2 Index subterms refine an unspecified default ("Pain, chest R07.9" → "wall R07.89")', () => {
  it('chest wall pain is R07.89, as the Index gives it', () => {
    const note = 'Sharp pain on pressing the sternum after moving furniture.\nImpression: musculoskeletal chest wall pain.';
    const out = codes(note);
    expect(out).toContain('R07.89');
    expect(out).not.toContain('R07.9');
    expect(sections(note, 'R07.89')).toContain('I.B.2');
  });

  it('never from a residual "specified … NEC" subterm or a connective one', () => {
    const out = codes('Final diagnosis: sepsis, organism not identified. Source: pneumonia.', { setting: 'inpatient', noteType: 'DISCHARGE_SUMMARY' });
    expect(out).toContain('A41.9');
    expect(out).not.toContain('A41.89');
  });
});

describe('I.B.13 gout of a stated site is the Index default "Gout, idiopathic" for that site', () => {
  it('gout of the right great toe is M10.071 (toe → ankle and foot)', () => {
    expect(codes('Assessment: acute gout flare of the left great toe. Colchicine.')).toContain('M10.072');
  });

  it('drug-induced gout of a site is not idiopathic', () => {
    expect(codes('Assessment: gout of the right knee induced by hydrochlorothiazide, drug stopped.')).not.toContain('M10.061');
  });
});

describe('I.B.2 a scar named also as hypertrophic is one scar', () => {
  it('L91.0 without L90.5', () => {
    const out = codes('Thick raised scar on the chest after surgery 2 years ago.\nAssessment: hypertrophic scar of the chest wall.');
    expect(out).toContain('L91.0');
    expect(out).not.toContain('L90.5');
  });
});
