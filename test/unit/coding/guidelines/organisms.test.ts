// Guidelines I.C.1.d.1.a and I.C.1.d.4 (sepsis is coded to the systemic infection's organism when the note
// names it; sepsis criteria, screens and protocols are no diagnosis), I.A.13 (an agent code B95-B97 only where
// the infection's own code does not name the organism) and I.B.2 (B99.9 only when no infection is coded).
// Notes invented.
import { codes, sections } from './helpers';

const inpatient = { setting: 'inpatient', noteType: 'DISCHARGE_SUMMARY' } as const;

describe('I.C.1.d.1.a sepsis with a named organism is the organism\'s sepsis code', () => {
  it.each([
    ['Final diagnosis: sepsis. Blood cultures grew Enterococcus faecium; no source found.', 'A41.81'],
    ['Diagnosis: sepsis due to group B streptococcus, bacteremia on two sets, no focus.', 'A40.1'],
    ['Assessment: sepsis. Blood cultures: MRSA in 3 of 4 bottles. Vancomycin.', 'A41.02'],
    ['Sepsis from a perirectal collection; blood cultures grew anaerobes (Bacteroides).', 'A41.4'],
    ['Gram-negative sepsis; blood cultures positive for Pseudomonas aeruginosa.', 'A41.52'],
  ])('%s', (note, organismSepsis) => {
    const out = codes(note, inpatient);
    expect(out).toContain(organismSepsis);
    expect(out).not.toContain('A41.9');
  });

  it('records the guideline on the refined code', () => {
    expect(sections('Final diagnosis: sepsis. Blood cultures grew Enterococcus faecium; no source found.', 'A41.81', inpatient)).toContain('I.C.1.d.1.a');
  });

  it('an organism named only for another infection (a urine culture) does not make the sepsis its own', () => {
    const out = codes('Urine culture grew Klebsiella oxytoca.\nDiagnosis: sepsis secondary to urinary tract infection; blood cultures negative.', inpatient);
    expect(out).toContain('A41.9');
    expect(out.filter((c) => /^A4[01]\./.test(c) && c !== 'A41.9')).toEqual([]);
  });

  it('two different organisms leave the unspecified sepsis code (the provider must say which)', () => {
    const out = codes('Diagnosis: sepsis. Blood cultures grew Enterococcus faecalis in one set and anaerobes in another.', inpatient);
    expect(out).toContain('A41.9');
    expect(out).not.toContain('A41.81');
    expect(out).not.toContain('A41.4');
  });
});

describe('I.C.1.d sepsis criteria, screens and protocols are not a diagnosis of sepsis', () => {
  it.each([
    'Admitted for pyelonephritis; sepsis criteria were not met at any point. Final diagnosis: acute pyelonephritis.',
    'ED: sepsis screen triggered by heart rate, lactate normal. Dx: acute pyelonephritis.',
  ])('%s', (note) => {
    const out = codes(note, inpatient);
    expect(out).toContain('N10');
    expect(out.filter((c) => /^(A4[01]|R65)/.test(c))).toEqual([]);
  });
});

describe('I.A.13 an agent code is not added when the infection code names the organism', () => {
  it('MSSA sepsis: A41.01 already names Staphylococcus aureus, so no B95.61', () => {
    const note = 'Diagnosis: MSSA sepsis. Blood cultures grew methicillin-susceptible Staphylococcus aureus.';
    const out = codes(note, inpatient);
    expect(out).toContain('A41.01');
    expect(out).not.toContain('B95.61');
  });

  it('pneumococcal pneumonia: J13 names the organism, so no B95.3', () => {
    const out = codes('Sputum and urinary antigen: Streptococcus pneumoniae.\nFinal diagnosis: pneumonia due to Streptococcus pneumoniae.', inpatient);
    expect(out).toContain('J13');
    expect(out).not.toContain('B95.3');
  });

  it('keeps the agent code of an infection whose code names no organism', () => {
    const out = codes('Assessment: urinary tract infection due to Escherichia coli. Nitrofurantoin for 5 days.');
    expect(out).toContain('N39.0');
    expect(out).toContain('B96.20');
  });
});

describe('I.B.2 unspecified infectious disease (B99.9) gives way', () => {
  it('never from "non-infectious"', () => {
    const out = codes('Diagnosis: acute idiopathic pancreatitis with SIRS of non-infectious origin.', inpatient);
    expect(out).toContain('K85.00');
    expect(out).not.toContain('B99.9');
  });
});

describe('I.B.2 the word "infection" inside a coded infection is not B99.9', () => {
  it('urinary tract infection: N39.0, no B99.9', () => {
    const out = codes('Assessment: urinary tract infection. Nitrofurantoin for 5 days.');
    expect(out).toContain('N39.0');
    expect(out).not.toContain('B99.9');
  });
});

describe('Index "Colitis, Clostridium difficile": colitis attributed to C. difficile is A04.7-', () => {
  it('C. difficile colitis is A04.72, not the noninfective K52.9', () => {
    const out = codes('Watery diarrhea after antibiotics; stool PCR positive.\nAssessment: colitis due to C. difficile, first episode. Oral vancomycin.');
    expect(out).toContain('A04.72');
    expect(out).not.toContain('K52.9');
  });

  it('a colitis with C. difficile testing negative stays noninfective', () => {
    const out = codes('Assessment: colitis; C. diff negative, likely ischemic vs NSAID related. Follow-up colonoscopy.');
    expect(out.filter((c) => c.startsWith('A04.7'))).toEqual([]);
  });
});

describe('an unknown organism does not negate its infection (pseudo-trigger "organism not identified")', () => {
  it.each([
    ['Final diagnosis: left lower lobe pneumonia, organism not identified.', 'J18.9'],
    ['Diagnosis: septic shock secondary to urinary tract infection, organism not identified.', 'N39.0'],
  ])('%s', (note, code) => {
    expect(codes(note, inpatient)).toContain(code);
  });

  it('"no organism identified" on culture still reads as a negative culture, not a negated infection code', () => {
    expect(codes('Pleural fluid culture: no organism identified. Assessment: parapneumonic effusion, improving.', inpatient)).not.toContain('B99.9');
  });
});

describe('I.C.1.d.4 "Source:" naming the focus of an infection is clinical text', () => {
  it('codes the localized infection a sepsis note gives as its source', () => {
    const out = codes('Principal diagnosis: sepsis due to E. coli. Source: urinary tract infection.', inpatient);
    expect(out).toContain('A41.51');
    expect(out).toContain('N39.0');
  });

  it('a source citing reference material stays non-clinical', () => {
    const out = codes('Assessment: cough for 2 days, well appearing.\nSource: UpToDate - pneumonia is a common cause of cough in adults.');
    expect(out).not.toContain('J18.9');
  });
});
