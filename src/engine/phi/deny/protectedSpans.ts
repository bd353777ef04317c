// Owns the one protected-clinical-term step after every voter: a name or place candidate made only of words that the
// protected-term grammar (protectedTerms.ts: an eponym or proper noun before a clinical head noun, a named scale, sign,
// test or criteria, the lexicon's eponyms, a brand in a medication slot) or the clinical-service rules
// (clinicalServiceWords.ts: a dose unit after its number, a service before its clinic) read as clinical is dropped,
// whichever voter proposed it. Recognizers need not each check the mark: one that forgets ("Montgomery" as a major city
// before "tubercles") is caught here. A person slot outranks the eponym reading: "Dr. Parkinson saw the patient" stays.
import type { PhiSpan } from '../../types';
import { WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { PROTECTED_POSSESSIVE_OWNER } from '../protectedTerms';
import { firstWordEndingAfter } from '../tokens';
import { clinicalServiceWordsIn } from './clinicalServiceWords';

/** A title, role noun or relative right before a span makes it a person whatever the words ("Dr. Graves", "wife Bell"). */
const PERSON_SLOT_BITS = WORD_TITLE | WORD_ROLE | WORD_RELATIVE;
/** Between a person cue and its name: spaces and a title's own full stop, never a line or sentence break. */
const SLOT_GAP_RE = /^\.?[ \t\u00a0]{1,2}$/;

/**
 * Institution slots outrank the eponym reading as person slots do: a facility or university name a place grammar read
 * from its own head noun or short form, or after a movement cue, ("Sacred Heart" before a sentence run on without its full stop, "U Maryland" before
 * its insulin scale) is the institution. Those recognizers check the protected mark themselves where the head noun is theirs.
 */
function institutionSlot(s: PhiSpan): boolean {
  // A place a movement or place cue introduced ("go to Wendlemoor Calderquist Vital signs") is a place slot likewise.
  return (s.recognizers ?? []).some((r) => r.startsWith('facility.') || r.startsWith('location.university') || /movement|after-cue/.test(r));
}

/** The word is read as clinical by the protected-term grammar firmly (not only as a possessive owner's guess). */
function firmlyProtected(c: NameContext, i: number): boolean {
  return c.protectedTerm[i] !== 0 && c.protectedTerm[i] !== PROTECTED_POSSESSIVE_OWNER;
}

/** The span stands in a person slot: a title, role or relative right before its first word on the same line. */
export function inPersonSlot(c: NameContext, lo: number): boolean {
  return lo > 0 && c.is(lo - 1, PERSON_SLOT_BITS) && SLOT_GAP_RE.test(c.words[lo].gapBefore);
}

/**
 * Drops from `candidates` every NAME or LOCATION span lying inside protected clinical words (see the module comment),
 * and the clinical service words' spans (clinicalServiceWords.ts decides which, with its own rule for words touching a
 * kept name). Other types (dates, numbers) are never touched: a protected phrase holds no identifier.
 */
export function dropProtectedSpans(c: NameContext, candidates: PhiSpan[]): void {
  const { words } = c;
  const service = clinicalServiceWordsIn(c.text, words, candidates);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const s = candidates[k];
    if (s.type !== 'NAME' && s.type !== 'LOCATION') continue;
    if (service.has(s)) {
      candidates.splice(k, 1);
      continue;
    }
    const lo = firstWordEndingAfter(words, s.start);
    if (lo >= words.length || words[lo].start >= s.end || inPersonSlot(c, lo) || institutionSlot(s)) continue;
    let all = true;
    let letters = false;
    for (let i = lo; all && i < words.length && words[i].start < s.end; i++) {
      if (!words[i].alpha) continue;
      letters = true;
      if (!firmlyProtected(c, i)) all = false;
    }
    if (all && letters) candidates.splice(k, 1);
  }
}
