// Tests candidate generation from the official Alphabetic Index and inclusion terms (issue 10 §5):
// Index conventions (Official Guidelines I.A.9 nonessential modifiers, I.A.15 "with", I.A.12 see/see also
// cross-references), and the specificity filter that keeps generic words from coding alone.
// Corpus-scale: its phrases come from a walk of every entry of the FY2027 Index with this file's own predicates
// (seconds of CPU, nothing a cached lexicon can stand in for), so it runs in the `corpus` project (npm test).
import { loadCodeSet, loadKnowledge } from '../../../src/engine/icd10';
import { analyzeText } from '../../../src/engine/text';
import { Coder } from '../../../src/engine/coding';
import { headVariants, indexTargetCode, officialPhrases, requiredQualifiers, sidedLeaves, type OfficialPhrase } from '../../../src/engine/coding/official';

const codeSet = loadCodeSet(2027);
const knowledge = loadKnowledge(2027);
const coder = new Coder(codeSet);
let phrases: OfficialPhrase[];

beforeAll(() => {
  phrases = officialPhrases(codeSet, knowledge, () => true, (t) => ['disease', 'disorder', 'lesion', 'sinus'].includes(t), (t) => t === 'sinus');
});

function codes(text: string): string[] {
  return coder.code(text, analyzeText(text)).map((c) => c.code);
}

function mentionCodes(text: string): string[] {
  return coder.mentionsOf(text, analyzeText(text)).filter((m) => m.maximal).map((m) => m.code);
}

describe('Index phrases for candidate generation', () => {
  it('main term + subterm read in either order: "Pneumonia, aspiration" codes "aspiration pneumonia" and "pneumonia due to aspiration"', () => {
    expect(codes('Aspiration pneumonia.')).toContain('J69.0');
    expect(codes('Pneumonia due to aspiration of gastric contents.')).toContain('J69.0');
  });

  it('I.A.9 nonessential modifiers are optional: "Hypertension, with heart failure (congestive)" needs only its essential words', () => {
    const withHf = phrases.find((p) => p.code === 'I11.0' && p.phrase.startsWith('hypertension with heart failure'));
    expect(withHf?.tokens).not.toContain('congestive');
    expect(codes('He has hypertension and congestive heart failure.')).toContain('I11.0');
  });

  it('I.A.15 a "with" subterm codes only when both conditions are in the same sentence', () => {
    const withHf = phrases.find((p) => p.code === 'I11.0' && p.phrase.startsWith('hypertension with heart failure'));
    expect(withHf?.contiguous).toBe(false);
    expect(mentionCodes('He has hypertension and congestive heart failure.')).toContain('I11.0');
    expect(mentionCodes('Hypertension. Heart failure was noted last year.')).not.toContain('I11.0');
  });

  it('a printed Index phrase must stand together: scattered words in a clause do not code it', () => {
    expect(codes('Ankylosing spondylitis.')).toContain('M45.9');
    expect(mentionCodes('Spondylitis of the cervical spine, treated with a brace; gait ankylosing')).not.toContain('M45.9');
  });

  it('context still decides: a negated Index phrase is not coded', () => {
    expect(codes('No evidence of aspiration pneumonia.')).not.toContain('J69.0');
  });

  it('generic heads need a modifier that names the condition: "lesion of sinus" yields no phrase', () => {
    expect(phrases.some((p) => p.tokens.length === 2 && p.tokens.includes('lesion') && p.tokens.includes('sinus'))).toBe(false);
    expect(phrases.some((p) => p.tokens.length === 1 && p.tokens[0] === 'disease')).toBe(false);
  });

  it('a subterm marked NEC (not elsewhere classified) opens a residual branch and yields no phrase; NEC on a main term qualifies only the bare term', () => {
    expect(phrases.some((p) => /\bnec$/.test(p.phrase))).toBe(false);
    expect(phrases.some((p) => p.code === 'E13.319')).toBe(false);
    expect(codes('Type 2 diabetes with diabetic retinopathy.')).not.toContain('E13.319');
    expect(phrases.some((p) => p.code === 'K71.0' && p.phrase === 'cholestasis nec pure')).toBe(true);
  });

  it('a cross-reference ("see") is followed, but a term printed with its own code wins on the same words', () => {
    const sameWords = phrases.filter((p) => [...p.tokens].sort().join(' ') === 'failure heart hypertension');
    expect(sameWords[0]?.code).toBe('I11.0');
  });

  it('inclusion terms printed under a billable code are phrases for it; those under a header are not', () => {
    expect(phrases.some((p) => p.kind === 'inclusion' && p.code === 'A00.0' && p.phrase === 'classical cholera')).toBe(true);
    // "Fracture of hip NOS" is printed under S72.00, a header that needs laterality and a 7th character.
    expect(phrases.some((p) => p.kind === 'inclusion' && p.phrase === 'fracture of hip')).toBe(false);
  });

  it('I.B.13 laterality: an Index header whose leaves differ by side codes the side the note states, never a guessed side', () => {
    expect(sidedLeaves('H66.9-', codeSet, knowledge)).toEqual([['right', 'H66.91'], ['left', 'H66.92'], ['bilateral', 'H66.93']]);
    expect(codes('Left otitis media.')).toContain('H66.92');
    expect(codes('Bilateral carpal tunnel syndrome.')).toContain('G56.03');
    // Leaves that differ by more than the side (type, site) are not a laterality choice.
    expect(sidedLeaves('I11.-', codeSet, knowledge)).toEqual([]);
  });

  it('a disease or organism naming a vaccine or a screening is the service, not the condition (I.C.21.c.2 immunization, I.C.21.c.5 screening)', () => {
    expect(codes('First dose of the human papillomavirus vaccine given today.')).not.toContain('B97.7');
    expect(codes('Hepatitis C screening was offered.')).not.toContain('B19.20');
    expect(codes('Human papillomavirus infection of the cervix.')).toContain('B97.7');
  });

  it('I.A.13 etiology/manifestation: an Index term printed "E85.4 [I43]" codes both from the same words', () => {
    expect(phrases.find((p) => p.phrase === 'cardiomyopathy amyloid')?.manifestation).toBe('I43');
    expect(codes('Diagnosis: amyloid cardiomyopathy.')).toEqual(expect.arrayContaining(['E85.4', 'I43']));
    expect(codes('No evidence of amyloid cardiomyopathy.')).not.toContain('I43');
  });

  it('I.A.5 an Index header that takes a 7th character stands for its initial encounter, with placeholder X', () => {
    expect(indexTargetCode('S32.9-', codeSet, knowledge)).toBe('S32.9XXA');
    expect(indexTargetCode('I10', codeSet, knowledge)).toBe('I10');
    // A header with several leaves is the coder's choice from the note, not a guessed unspecified member.
    expect(indexTargetCode('I11.-', codeSet, knowledge)).toBeUndefined();
  });

  it('a main term printed in several noun forms ("Infarct, infarction") reads its subterms under every form', () => {
    expect(headVariants('Infarct, infarction')).toEqual(['infarction']);
    expect(headVariants('Diverticula, diverticulitis, diverticulosis')).toEqual(['diverticulitis', 'diverticulosis']);
    // Qualifiers are not word forms, and adjective forms qualify other nouns in a note.
    expect(headVariants('Abruption, placenta')).toEqual([]);
    expect(headVariants('Ulcer, ulcerated, ulcerating, ulceration, ulcerative')).toEqual(['ulceration']);
    expect(phrases.some((p) => p.code === 'N50.1' && p.tokens.includes('infarction'))).toBe(true);
    expect(codes('The surgical specimen confirmed testicular infarction.')).toContain('N50.1');
  });
});

describe('main-term titles that name a kind of the condition (I.C.13.c: a fracture is pathological only when documented)', () => {
  it('keeps the qualifier of a non-default title, not of the default or of a word-form variant', () => {
    const q = requiredQualifiers(['Fracture, traumatic', 'Fracture, traumatic', 'Fracture, pathological', 'Fracture, nontraumatic, NEC', 'Gout, gouty', 'Gout, chronic', 'Wound, open', 'Infarct, infarction']);
    expect(q.get('Fracture, pathological')).toBe('pathological');
    expect(q.get('Fracture, nontraumatic, NEC')).toBe('nontraumatic');
    expect(q.get('Gout, chronic')).toBe('chronic');
    // The head's default reading, a head printed under one title only, and word-form variants keep no qualifier.
    for (const t of ['Fracture, traumatic', 'Gout, gouty', 'Wound, open', 'Infarct, infarction']) expect(q.has(t)).toBe(false);
  });

  it('an unqualified fracture at a bare site is never the pathological code; a stated pathological one is', () => {
    expect(mentionCodes('X-ray: hip fracture after a fall from standing.')).not.toContain('M84.459A');
    expect(mentionCodes('X-ray showed a fracture of the pelvis.')).not.toContain('M84.454A');
    expect(mentionCodes('Pathological fracture of the hip.')).toContain('M84.459A');
  });

  it('a subterm that names the kind itself still reads without the qualifier (a fracture due to osteoporosis is pathological)', () => {
    // "Fracture, pathological, due to, osteoporosis M80.0-"
    expect(phrases.filter((p) => p.code === 'M80.00XA').map((p) => p.tokens.join(' '))).toContain('fracture osteoporosis');
  });
});
