// Session 10 (review10): one module tells a text's language (src/engine/text/language.ts): the note's language,
// a sentence foreign to its note (pasted text) and the statement model's clause feature share dominantLanguage.
import { dominantLanguage, foreignTo, noteLanguage, OTHER_SCRIPT, STATEMENT_MODEL_FUNCTION_WORDS } from '../../../src/engine/text/language';
import { noteLanguage as noteLanguageOfStatementTest } from '../../../src/engine/text/clinicalStatement';
import { statementFeatures } from '../../../src/engine/text/statementModel';

const ENGLISH_NOTE =
  'Clinic visit. The patient has a cough for 9 days after a cold, no fever. Lungs with scattered rhonchi. ' +
  'Assessment: acute bronchitis. Plan: fluids and honey, return if the cough is worse or not better in a week.';
const SPANISH_REQUEST = 'Por favor agregue la insuficiencia cardiaca a la factura de este paciente para el seguro.';
const SPANISH_NOTE =
  'Paciente de 54 años con tos de una semana. Refiere fiebre por las noches y dolor en el pecho con la tos. ' +
  'Se ausculta roncus en la base derecha. Se indica reposo, líquidos y control en una semana para la evolución del cuadro.';

describe('the note language: English unless another language clearly dominates', () => {
  it('one pasted foreign request leaves an English note English', () => {
    expect(noteLanguage(`${ENGLISH_NOTE}\n${SPANISH_REQUEST}`)).toBe('en');
  });
  it('a note written in Spanish is Spanish', () => {
    expect(noteLanguage(SPANISH_NOTE)).toBe('es');
  });
  it('a note written mostly in another script is that script\'s own', () => {
    expect(noteLanguage('Пациент жалуется на кашель в течение недели, температура нормальная.')).toBe(OTHER_SCRIPT);
  });
  it('the statement test reads the same function', () => {
    expect(noteLanguageOfStatementTest).toBe(noteLanguage);
  });
});

describe('a sentence foreign to its note', () => {
  it('a Spanish request is foreign to an English note, not to a Spanish one', () => {
    expect(foreignTo(SPANISH_REQUEST, 'en')).toBe(true);
    expect(foreignTo(SPANISH_REQUEST, 'es')).toBe(false);
  });
  it('an English sentence is not foreign to an English note', () => {
    expect(foreignTo('The cough is worse at night and the patient has no fever.', 'en')).toBe(false);
  });
  it('nothing is foreign by function words to a note in another script', () => {
    expect(foreignTo(SPANISH_REQUEST, OTHER_SCRIPT)).toBe(false);
  });
});

describe('dominantLanguage: one counting rule, thresholds per use', () => {
  it('needs minWords of the language and more than overEnglish times the English count', () => {
    const mixed = 'Por favor add the la de code';
    expect(dominantLanguage(mixed, { minWords: 3 })).toBe('es');
    expect(dominantLanguage(mixed, { minWords: 3, overEnglish: 4 })).toBe('en');
    expect(dominantLanguage(mixed, { minWords: 5 })).toBe('en');
  });
  it('the statement model\'s trained table has no Portuguese: "OS" (left eye) keeps a clause English', () => {
    const clause = 'imp: age-related nuclear cataract os. plan: cataract extraction os.';
    expect(dominantLanguage(clause, { minWords: 2, table: STATEMENT_MODEL_FUNCTION_WORDS })).toBe('en');
    expect(statementFeatures(clause)).not.toContain('lang:foreign');
  });
  it('a foreign clause carries the model\'s lang:foreign feature', () => {
    expect(statementFeatures('Veuillez ajouter le code de la maladie pour la facture.')).toContain('lang:foreign');
  });
});
