// Index conventions read in note text: the "postprocedural" subterm written as "after <procedure>", the
// "see" cross-reference to a term coded by site, the stage written after a comma, and a negation trigger
// between the words of an order-free match. Examples are synthetic.
import { loadCodeSet } from '../../../src/engine/icd10';
import { analyzeText } from '../../../src/engine/text';
import { Coder } from '../../../src/engine/coding';

const codeSet = loadCodeSet(2027);
const coder = new Coder(codeSet);

function codes(text: string): string[] {
  return coder.code(text, analyzeText(text)).map((c) => c.code);
}

describe('Index "postprocedural" subterm written as a condition after a procedure (Index: Hypothyroidism, postprocedural)', () => {
  it('reads "after/following/due to <-ectomy|surgery>" as the postprocedural subterm, not the unspecified condition', () => {
    expect(codes('Assessment: hypothyroidism after total thyroidectomy, on levothyroxine.')).toContain('E89.0');
    const para = codes('Assessment: hypoparathyroidism following parathyroidectomy.');
    expect(para).toContain('E89.2');
    expect(para).not.toContain('E20.9');
    expect(codes('Assessment: hypopituitarism due to pituitary surgery.')).toContain('E89.3');
  });

  it('keeps the plain condition when no procedure is named or the cause is not a procedure', () => {
    expect(codes('Assessment: primary hypothyroidism, on levothyroxine.')).not.toContain('E89.0');
    expect(codes('Assessment: hypothyroidism after starting amiodarone.')).not.toContain('E89.0');
  });
});

describe('Index "see" cross-reference to a term coded by site (Index: Bedsore — see Ulcer, pressure, by site)', () => {
  it('codes the referring word with the site and stage of the target term', () => {
    expect(codes('Assessment: bedsore of the right hip, stage 2.')).toContain('L89.212');
    expect(codes('Assessment: decubitus ulcer of the left buttock, stage 4.')).toContain('L89.324');
  });

  it('the Index cross-reference wins over the generic injury code (Injury, pressure — see Ulcer, pressure)', () => {
    const out = codes('Assessment: pressure injury of the right elbow, stage 3.');
    expect(out).toContain('L89.013');
    expect(out).not.toContain('T14.90XA');
  });
});

describe('stage written after a comma stays with its condition (I.B.2 specificity)', () => {
  it('reads "<condition>, stage N" like "stage N <condition>"', () => {
    expect(codes('Assessment: pressure ulcer of left heel, stage 3.')).toContain('L89.623');
    expect(codes('Problem list: chronic kidney disease, stage 4.')).toContain('N18.4');
  });
});

describe('a negation trigger between the words of an order-free match negates the finding after it (NegEx scope)', () => {
  it('"<site> without <finding>" is no finding', () => {
    expect(codes('Exam: skin without rash. Assessment: viral pharyngitis.')).not.toContain('R21');
    expect(codes('Exam: skin with a rash. Assessment: viral exanthem.')).toContain('R21');
  });

  it('a term that itself says "without" owns that word', () => {
    expect(codes('Assessment: type 2 diabetes mellitus without complications.')).toContain('E11.9');
  });

  it('a negation after the term, in its own clause, leaves the term affirmed', () => {
    expect(codes('Assessment: hypertension with chronic kidney disease stage 3a; no diabetes.')).toContain('I12.9');
  });
});

describe('a complication written as a participle is the Tabular\'s "with <noun>" (I.A.15, I.B.2 specificity)', () => {
  it('"perforated" is "with perforation", also when the code already names another complication', () => {
    expect(codes('Postoperative diagnosis: perforated chronic duodenal ulcer.')).toContain('K26.5');
    const both = codes('Diagnosis: perforated chronic gastric ulcer with hemorrhage.');
    expect(both).toContain('K25.6');
    expect(both).not.toContain('K25.4');
  });

  it('keeps the code when the complication is not stated or is denied', () => {
    expect(codes('Diagnosis: chronic gastric ulcer with hemorrhage.')).toContain('K25.4');
    expect(codes('Diagnosis: chronic gastric ulcer with hemorrhage, not perforated.')).not.toContain('K25.6');
  });
});

describe('refinements read only affirmed modifiers (I.B.2): a word said to be unremarkable qualifies nothing', () => {
  it('"<organ> not dilated / normal" does not move a code to the site of that organ', () => {
    const out = codes('Ultrasound: gallstones; common bile duct not dilated. Assessment: symptomatic cholelithiasis.');
    expect(out).toContain('K80.20');
    expect(out).not.toContain('K80.70');
  });

  it('the same organ stated as the site of the finding still refines', () => {
    expect(codes('Ultrasound: stones in the gallbladder and in the common bile duct. Assessment: cholelithiasis.')).toContain('K80.70');
  });
});

describe('a finding joined with "with" is the combination code\'s component (I.A.15), though it is a finding of its own', () => {
  it('reads severity and the joined behaviour or complication into the one code', () => {
    const dementia = codes('Assessment: Alzheimer disease with late onset; dementia, severe, with anxiety.');
    expect(dementia).toContain('F02.C4');
    expect(codes('Diagnosis: descending colon diverticulitis with perforation and abscess.')).toContain('K57.20');
  });

  it('a joined finding the note denies qualifies nothing', () => {
    expect(codes('Diagnosis: diverticulitis of the sigmoid colon with no perforation or abscess.')).toContain('K57.32');
  });
});

describe('morphological negation: a hyphened "non-" prefix negates its stem (Tabular "Nontraumatic", "Nondisplaced")', () => {
  it('"non-hemorrhagic" is not hemorrhagic', () => {
    const out = codes('Assessment: non-hemorrhagic stroke.');
    expect(out).not.toContain('I61.9');
    expect(out).toContain('I63.9');
  });

  it('the Tabular\'s own "non-" words still match as written', () => {
    expect(codes('Assessment: non-ST elevation myocardial infarction.')).toContain('I21.4');
    expect(codes('Assessment: non-Hodgkin lymphoma.')).toContain('C85.90');
  });
});

describe('a hypo- "-emic" adjective is the Index noun under "with" (I.A.15, Diabetes, with, hypoglycemia, with coma)', () => {
  it('"hypoglycemic coma" in a diabetic is the combination code', () => {
    const out = codes('Discharge diagnosis: type 1 diabetes mellitus with hypoglycemic coma.');
    expect(out).toContain('E10.641');
    expect(out).not.toContain('R40.20');
  });

  it('the adjective alone still names the state', () => {
    expect(codes('Assessment: hyponatremic, sodium 124, due to SIADH.')).toContain('E87.1');
  });
});

describe('"hyper-" adjectives of a named state are not read as a separate complication (I.A.15)', () => {
  it('a hyperosmolar hyperglycemic state is not "with hyperglycemia"', () => {
    expect(codes('Final diagnosis: type 1 diabetes with hyperosmolar hyperglycemic state.')).not.toContain('E10.65');
  });
});
