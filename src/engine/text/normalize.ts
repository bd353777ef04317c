// Owns the normalisation every provenance test reads through: Unicode NFKC (full-width and styled letters to
// plain ones), zero-width and bidi control characters removed, and look-alike letters from other scripts
// folded to Latin inside words that already hold Latin letters, so a disguised verb ("ϲоde", "c\u200bode",
// "ｃｏｄｅ") is seen as the word it imitates. Only tests read it: offsets of the note are never changed.

/** Zero-width, joiner, soft-hyphen, word-joiner, bidi and BOM characters: invisible in a rendered note. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;

/**
 * Cyrillic, Greek and Armenian letters that render like Latin ones (Unicode confusables, the lower- and
 * upper-case letters a disguise uses). Folded only inside a word that also holds a Latin letter, so a
 * sentence written in Russian or Greek stays what it is.
 */
const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x', '\u0456': 'i', '\u0458': 'j',
  '\u0455': 's', '\u0501': 'd', '\u051b': 'q', '\u051d': 'w', '\u04bb': 'h', '\u0493': 'f', '\u0475': 'v', '\u043a': 'k', '\u043c': 'm',
  '\u043d': 'h', '\u0442': 't', '\u0432': 'b', '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H',
  '\u041e': 'O', '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0423': 'Y', '\u0425': 'X', '\u0406': 'I', '\u0408': 'J', '\u0405': 'S',
  // Greek
  '\u03bf': 'o', '\u03b1': 'a', '\u03b5': 'e', '\u03b9': 'i', '\u03ba': 'k', '\u03bd': 'v', '\u03c1': 'p', '\u03c4': 't', '\u03c5': 'u',
  '\u03c7': 'x', '\u03f2': 'c', '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z', '\u0397': 'H', '\u0399': 'I', '\u039a': 'K',
  '\u039c': 'M', '\u039d': 'N', '\u039f': 'O', '\u03a1': 'P', '\u03a4': 'T', '\u03a5': 'Y', '\u03a7': 'X',
  // Armenian
  '\u0585': 'o', '\u0570': 'h', '\u0578': 'n', '\u057d': 'u', '\u0561': 'w',
};

const HOMOGLYPH_CLASS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'u');
const WORD = /[\p{L}\p{M}\p{N}'’-]+/gu;
const LATIN = /[A-Za-z]/;

/** The text a provenance test reads: NFKC, invisible characters removed, look-alike letters folded. */
export function normalizeForTests(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  const plain = text.normalize('NFKC').replace(INVISIBLE, '');
  if (!HOMOGLYPH_CLASS.test(plain)) return plain;
  return plain.replace(WORD, (w) => (LATIN.test(w) || allConfusable(w) ? [...w].map((ch) => HOMOGLYPHS[ch] ?? ch).join('') : w));
}

/** A short upper-case word made only of look-alikes and digits ("АІ", "ВОТ") imitates a Latin acronym. */
function allConfusable(word: string): boolean {
  return word.length <= 6 && word === word.toUpperCase() && [...word].every((ch) => ch in HOMOGLYPHS || /[0-9]/.test(ch));
}
