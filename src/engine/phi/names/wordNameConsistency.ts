// Owns `name.word-name-consistency`: document-level consistency for names that are everyday words. Once a unit has
// found a word as a person ("Daughter Hope called", "per rn sky"), its other mentions are that person where they stand
// as a person does — the subject of a person verb or a modal ("Hope agrees", "Joy will bring clothes"), a possessive
// ("Sky's husband"), after a contact cue, title, staff role or kinship noun ("spoke with Joy"), a chat sender ("Sky:")
// — written in the case the note gave the name. Its ordinary uses stay ("we hope to discharge", "patient expresses joy",
// "the sky is clear"): propagation proper (propagate.ts) takes such a word only capitalised mid-sentence.
import { WORD_COMMON, WORD_CONTACT, WORD_CREDENTIAL, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { Word } from '../tokens';
import type { WordMarks } from '../wordMarks';

export const WORD_NAME_CONSISTENCY = 'name.word-name-consistency';

/**
 * Modals and wanting verbs a person is the subject of ("Joy will bring", "Will wants to go home"). A copula or "has" is
 * not enough: "Hope is important", "Grace has been shown" read as the word as often as the person.
 */
const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set('will would can could should might must wants needs'.split(' '));

/** The casing class of a word as written: 1 capitalised, 2 all capitals, 3 lower case. */
function caseClass(w: Word): number {
  return w.capitalized ? 1 : w.upper ? 2 : 3;
}

/** Within one phrase: no line break and no sentence punctuation between two words. */
function samePhrase(gap: string): boolean {
  return !/[\r\n.;!?()]/.test(gap);
}

export function detectWordNameMentions(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  // Found word-names by their lower-case form, with the casing classes the note wrote them in.
  const found = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!marks.isName(i) || !w.alpha || w.lower.length < 3 || !c.is(i, WORD_COMMON) || c.protectedTerm[i]) continue;
    found.set(w.lower, (found.get(w.lower) ?? 0) | (1 << caseClass(w)));
  }
  if (found.size === 0) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const cases = found.get(w.lower);
    if (cases === undefined || !marks.free(i) || c.protectedTerm[i] || c.eponymPhrase[i]) continue;
    // In a mixed-case note the mention keeps a case the name was written in ("Hope" ≠ "hope" unless the note wrote "hope").
    if (c.mode === 'mixed' && (cases & (1 << caseClass(w))) === 0) continue;
    if (!personPosition(c, i)) continue;
    marks.add(i, i, 'NAME', WORD_NAME_CONSISTENCY);
  }
}

function personPosition(c: NameContext, i: number): boolean {
  const { words } = c;
  const w = words[i];
  const next = words[i + 1];
  if (next && samePhrase(next.gapBefore) && /^[ \t\u00a0]+$/.test(next.gapBefore)) {
    if (c.is(i + 1, WORD_PERSON_VERB) || SUBJECT_AUXILIARIES.has(next.lower)) return true;
  }
  if (w.end > w.baseEnd && next && c.is(i + 1, WORD_RELATIVE | WORD_ROLE)) return true;
  if (i > 0 && samePhrase(w.gapBefore) && c.is(i - 1, WORD_CONTACT | WORD_TITLE | WORD_ROLE | WORD_RELATIVE | WORD_CREDENTIAL)) {
    // "with joy" is a contact cue only when the word is no everyday noun after it: keep the case test above for that.
    return !(c.is(i - 1, WORD_CONTACT) && c.mode !== 'mixed');
  }
  // A chat sender or a vocative opening its line: "Sky: ok", "Hope, call me back".
  return (i === 0 || /\n[ \t\u00a0]*$/.test(w.gapBefore)) && next !== undefined && /^[:,]/.test(next.gapBefore);
}
