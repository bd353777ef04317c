// Owns telling which language a text is written in: the function words of English and of the languages notes are
// most often pasted in, the scripts other than Latin, and one counting rule (dominantLanguage) that the note's
// language, a sentence foreign to its note and the learned statement model's clause feature all use.

/** Function words per language; counted with String.match, so each pattern is global and case-insensitive. */
export type FunctionWordTable = Readonly<Record<string, RegExp>>;

/** Function words that mark a sentence's or a note's language (noteLanguage, foreignTo). */
export const FUNCTION_WORDS: FunctionWordTable = {
  en: /\b(?:the|and|of|to|with|for|is|was|on|in|has|her|his|by|at|no|not|be|this|a|an)\b/gi,
  es: /\b(?:el|la|los|las|de|del|por|para|que|con|una|se|en|esta|este|agregue|favor|puede|las)\b/gi,
  fr: /\b(?:le|la|les|des|du|de|pour|avec|cette|une|est|d'|à|merci|au|aux)\b/gi,
  de: /\b(?:der|die|das|und|für|mit|bitte|ist|nicht|den|dem|ein|eine|zur|zum)\b/gi,
  pt: /\b(?:os|da|dos|das|para|com|uma|não|por favor)\b/gi,
};

/**
 * The table the learned statement model's `lang:foreign` feature was trained on (statementWeights.ts). It differs
 * from FUNCTION_WORDS (Spanish "su"/"cada" instead of "agregue"/"favor"/"puede", no Portuguese, no French "d'"/"à"),
 * and one table for both changes 13 clauses' feature and 31 sentences' foreign test over the notes, CodiEsp, deid
 * dev, trap notes and the model's training lines (among them "cataract OS" read as Portuguese and Spanish patient
 * instructions read as pasted text): merging them waits for a retrained model and its leave-one-out figures.
 */
export const STATEMENT_MODEL_FUNCTION_WORDS: FunctionWordTable = {
  en: FUNCTION_WORDS.en,
  es: /\b(?:el|la|los|las|de|del|por|para|que|con|una|se|en|esta|este|su|cada)\b/gi,
  fr: /\b(?:le|la|les|des|du|de|pour|avec|cette|une|est|au|aux|merci)\b/gi,
  de: FUNCTION_WORDS.de,
};

function count(text: string, words: RegExp | undefined): number {
  return words ? (text.match(words) ?? []).length : 0;
}

/**
 * The language whose function words dominate `text`: English unless another language has at least `minWords` of
 * its own, more than `overEnglish` times the English count and more than any other language.
 */
export function dominantLanguage(text: string, options: { minWords: number; overEnglish?: number; table?: FunctionWordTable }): string {
  const table = options.table ?? FUNCTION_WORDS;
  const english = count(text, table.en);
  const overEnglish = options.overEnglish ?? 1;
  let best = 'en';
  let bestCount = english;
  for (const [lang, words] of Object.entries(table)) {
    if (lang === 'en') continue;
    const n = count(text, words);
    if (n >= options.minWords && n > overEnglish * english && n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

/** Letters of scripts other than Latin (Greek letters as symbols stay below the share that counts); session 13 added
 * the Brahmic scripts of South and Southeast Asia (Gujarati, Telugu, Kannada, Malayalam, Odia, Sinhala, Khmer, Lao,
 * Myanmar, Tibetan; session 15 Thaana and Canadian Aboriginal syllabics), which a line pasted from a family message or a billing office may be written in. */
export const NON_LATIN_LETTER = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Thai}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Ethiopic}\p{Script=Gujarati}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Oriya}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Thaana}\p{Script=Canadian_Aboriginal}]/gu;
/** A line is in another script when at least this share of its letters are, and at least this many. */
export const MIN_OTHER_SCRIPT_SHARE = 0.4;
export const MIN_OTHER_SCRIPT_LETTERS = 4;

/** noteLanguage's answer for a note written mostly in a script other than Latin. */
export const OTHER_SCRIPT = 'other-script';

/** A note is in another language than English only with this many of its function words. */
const MIN_NOTE_LANGUAGE_WORDS = 8;
/** A foreign sentence needs this many function words of its language (and more than twice its note's). */
const MIN_FOREIGN_FUNCTION_WORDS = 3;

/**
 * Which language the note's own text is in (by function words). English unless another language clearly
 * dominates: one pasted foreign request must not make a short English note foreign to itself.
 */
export function noteLanguage(text: string): string {
  // The analysis and the original-wording pass both ask for the same redacted note's language: read it once.
  if (text === lastLanguage.text) return lastLanguage.language;
  const language = readNoteLanguage(text);
  lastLanguage = { text, language };
  return language;
}

let lastLanguage = { text: '', language: 'en' };

function readNoteLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  // A note written in another script is that script's own: none of its lines is foreign to it by script.
  const otherScript = (sample.match(NON_LATIN_LETTER) ?? []).length;
  if (otherScript >= MIN_OTHER_SCRIPT_LETTERS && otherScript >= MIN_OTHER_SCRIPT_SHARE * (sample.match(/\p{L}/gu) ?? []).length) return OTHER_SCRIPT;
  return dominantLanguage(sample, { minWords: MIN_NOTE_LANGUAGE_WORDS, overEnglish: 2 });
}

/** Whether a sentence is written in another language than its note's (noteLanguage). */
export function foreignTo(sentence: string, language: string): boolean {
  if (language === OTHER_SCRIPT) return false;
  const own = count(sentence, FUNCTION_WORDS[language]);
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    if (lang === language) continue;
    const n = count(sentence, words);
    if (n >= MIN_FOREIGN_FUNCTION_WORDS && n > 2 * own) return true;
  }
  return false;
}
