// Owns the protected clinical terms of the PHI detector: words that look like a person's or a place's name
// but name a disease, sign, scale, test, virus or brand drug ("Bethesda system", "Wells score", "Keppra").
// Data in vocab.ts; one rule: a protected word, or a capitalised run right before a clinical head noun.
import {
  WORD_CONTACT, WORD_FIRST, WORD_HEADER, WORD_LAST, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE, type Lexicon,
} from './lexicon';
import type { CaseMode, Word } from './tokens';
import { UNIT_CLINICAL_HEAD, UNIT_PROTECTED } from './unitWords';
import { tokenize } from './tokens';
import { BRAND_DRUGS, FUNCTION_WORDS, HISTORY_VERBS, PROTECTED_PHRASES, PROTECTED_TERMS } from './vocab';

export const PROTECTED_WORDS: ReadonlySet<string> = new Set([...PROTECTED_TERMS, ...BRAND_DRUGS]);
/** Words before "system" that make it a health system, not a clinical head noun (kept equal to facilityGrammar's owners). */
const HEALTH_SYSTEM_WORDS: ReadonlySet<string> = new Set(['health', 'healthcare', 'hospital', 'hospitals', 'medical', 'care', 'clinic', 'clinics']);
/** Longest run of words a head noun protects: "Columbia Suicide Severity Rating Scale". */
const MAX_RUN_WORDS = 4;
// One space or a hyphen: two spaces separate the columns of a table line ("PROVIDER JORGE CROGHAN  BAERVELDT IMPLANT").
const RUN_GAP_RE = /^(?:[ \t\u00a0]?-?[ \t\u00a0]?)$/;
const COLUMN_GAP_RE = /^[ \t\u00a0]{2,}$/;
/**
 * Head nouns a person's full name never stands before: a first name and a surname before them are an eponym
 * ("Marcus Gunn pupil", "Mary Allen Walker syndrome"), unlike "test" or "assessment" ("Mary Smith test results").
 */
const EPONYM_ONLY_HEADS: ReadonlySet<string> = new Set(['virus', 'encephalitis', 'typhus', 'disease', 'diseases', 'syndrome', 'syndromes', 'sign', 'signs', 'reflex', 'palsy',
  'phenomenon', 'triad', 'pupil', 'pupils', 'valve', 'reservoir', 'implant', 'shunt', 'catheter', 'stent', 'angina', 'dystrophy',
  'encephalopathy', 'thyroiditis', 'macroglobulinemia', 'nodule', 'nodules', 'node', 'fracture', 'aneurysm', 'ulcer', 'cyst',
  // Classifications and indices are named after their authors or the city of their consensus ("Ann Arbor stage",
  // "Charlson index"); a patient's name is never followed by them.
  'index', 'stage', 'staging', 'classification', 'criteria', 'chair', 'chairs']);
const MAX_LOWER_INSIDE = 2;
/**
 * Head nouns beside vocab.ts's list, read here only (the learned model's features never see them): named methods,
 * techniques, approaches and flaps ("Seldinger technique", "Kocher approach", "Westergren method"), prognostic models
 * ("Seattle Heart Failure Model"), a tumour's
 * named depth ("Breslow depth"), and rickettsial typhus named by its region ("Queensland tick typhus").
 */
// Not "tool", "repair", "block" or "solution": businesses are named so ("Kessler Tool & Die", "Ortega Auto Repair").
// Named seating and transfer equipment of nursing and rehabilitation notes ("Broda chair", "Geri chair") is a product, like "lift".
const MORE_HEAD_NOUNS: ReadonlySet<string> = new Set(['method', 'methods', 'technique', 'approach', 'flap', 'model', 'depth', 'typhus',
  'fundoplication', 'agar', 'chair', 'chairs']);
/** Head nouns of tools as often owned by a person ("Jones chart", "Smith device"): they protect only a longer or acronym run. */
const WEAK_EPONYM_HEADS: ReadonlySet<string> = new Set(['chart', 'device', 'devices', 'battery']);
/** Cue words that announce a person: a run of capitals never extends over them. */
const PERSON_CUE_BITS = WORD_TITLE | WORD_RELATIVE | WORD_ROLE | WORD_CONTACT | WORD_PERSON_VERB | WORD_HEADER;
/** Procedure words by their form: named operations ("... osteotomy", "... fundoplication" has its own list entry). */
const PROCEDURE_FORM_RE = /(?:otomy|ectomy|ostomy|plasty|pexy|rrhaphy|oscopy)$/;

/**
 * A device's remote-monitoring service written as its web domain ("Housemark.net", "CareHub.com"): a capitalised single
 * label, no path, in a device-clinic note (a device word anywhere before it: the header names the clinic). People's and practices' web addresses are written in lower case or with a
 * path; the product's name is not the patient's URL.
 */
export const PRODUCT_DOMAIN_RE = /^[A-Z][a-z]+(?:[A-Z][a-z]*)*\.(?:net|com)$/;
export const DEVICE_CLINIC_CONTEXT_RE = /\b(?:remote|transmission|transmitted|transmitter|interrogat\w*|pacemaker|defibrillator|icd|crt-?[dp]?|loop recorder|implantable|device|monitor(?:ing)?)\b/i;

/** The mark of a word inside a listed protected phrase: no place or name rule may start from it ("St. Louis encephalitis"). */
export const PROTECTED_BY_PHRASE = 2;
/**
 * The mark of an unlisted possessive word right before an eponym head ("Okafor's disease"): the eponym reading holds
 * unless the note names a person so elsewhere, where propagation takes it ("my patient, A. Okafor … Okafor's disease").
 */
export const PROTECTED_POSSESSIVE_OWNER = 3;
/** Between two words of a protected phrase: spaces, a hyphen, a full stop ("St. Louis"), never a line break. */
const PHRASE_GAP_RE = /^[ \t\u00a0.\-]{1,3}$/;
/** Protected phrases by their first word, each as its words' lower-case bases (possessives dropped like the tokenizer does). */
const PHRASES_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const out = new Map<string, string[][]>();
  for (const p of PROTECTED_PHRASES) {
    const seq = tokenize(p).map((w) => w.lower);
    const list = out.get(seq[0]) ?? [];
    list.push(seq);
    out.set(seq[0], list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
})();

/** Marks the words of every protected phrase in the note ("Sister Mary Joseph nodule", "Jackson-Pratt drain", "Kcentra"). */
function markPhrases(words: readonly Word[], out: Uint8Array): void {
  for (let i = 0; i < words.length; i++) {
    const candidates = PHRASES_BY_FIRST.get(words[i].lower);
    if (!candidates) continue;
    for (const seq of candidates) {
      if (i + seq.length > words.length) continue;
      let k = 1;
      while (k < seq.length && words[i + k].lower === seq[k] && PHRASE_GAP_RE.test(words[i + k].gapBefore)) k++;
      if (k < seq.length) continue;
      for (let x = i; x < i + k; x++) out[x] = PROTECTED_BY_PHRASE;
      break;
    }
  }
}

/** Marks the label of a device's product domain ("Housemark" of "Housemark.net") so no name rule takes it. */
function markProductDomains(words: readonly Word[], out: Uint8Array): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const tld = words[i + 1];
    if (!w.capitalized || !w.alpha || tld.gapBefore !== '.' || (tld.lower !== 'net' && tld.lower !== 'com')) continue;
    const after = words[i + 2];
    if (after !== undefined && after.gapBefore === '/') continue;
    if (!PRODUCT_DOMAIN_RE.test(`${w.lower.charAt(0).toUpperCase()}${w.lower.slice(1)}.${tld.lower}`)) continue;
    if (!words.slice(0, i).some((q) => DEVICE_CLINIC_CONTEXT_RE.test(q.lower))) continue;
    out[i] = 1;
  }
}

/** Non-zero for every word of the note that is a protected clinical term (PROTECTED_BY_PHRASE inside a listed phrase). Linear in tokens. */
export function markProtected(
  words: readonly Word[], flags: Uint32Array, unit: Uint8Array, mode: CaseMode, lex: Lexicon,
): Uint8Array {
  const out = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const bits = unit[i];
    // A listed word alone is protected only when no census list has it as a person's name: "Finkelstein" and "Kelly"
    // are people until a head noun says otherwise ("Finkelstein test").
    if ((bits & UNIT_PROTECTED) !== 0 && (flags[i] & (WORD_FIRST | WORD_LAST)) === 0 && !((flags[i - 1] ?? 0) & WORD_TITLE)) out[i] = 1;
    // A procedure named by its form after a capitalised word is a head noun too ("Youngswick osteotomy", "Kasai portoenterostomy").
    const head = (bits & UNIT_CLINICAL_HEAD) !== 0 || MORE_HEAD_NOUNS.has(w.lower) ||
      (i > 0 && words[i - 1].capitalized && w.lower.length >= 7 && PROCEDURE_FORM_RE.test(w.lower));
    if (!head || i === 0) continue;
    // "Ardon Health System" is an organisation of care, not a classification system: the facility grammar types it.
    if ((w.lower === 'system' || w.lower === 'network') && HEALTH_SYSTEM_WORDS.has(words[i - 1].lower)) continue;
    // Walk back over the capitalised run before the head noun ("Denver Developmental Screening Test"); in mixed text a
    // lower-case word may sit inside it when a capitalised word opens it ("Ottawa ankle rules").
    let s = i;
    let lowerInside = 0;
    while (s > 0 && i - s < MAX_RUN_WORDS) {
      const q = words[s - 1];
      // "Lund and Browder chart", "Hunt and Hess scale": two capitalised eponyms joined by "and" are one eponym.
      if (q.lower === 'and' && s >= 2 && i - s >= 1 && mode !== 'lower' && (words[s].capitalized || words[s].upper) &&
        (words[s - 2].capitalized || words[s - 2].upper) && words[s - 2].alpha && RUN_GAP_RE.test(q.gapBefore) &&
        RUN_GAP_RE.test(words[s].gapBefore)) {
        s--;
        continue;
      }
      if (!RUN_GAP_RE.test(words[s].gapBefore) || COLUMN_GAP_RE.test(words[s].gapBefore) || !q.alpha || FUNCTION_WORDS.has(q.lower)) break;
      const capital = q.capitalized || q.upper;
      if (mode === 'mixed' && !capital && (lowerInside >= MAX_LOWER_INSIDE || !lex.common.has(q.lower))) break;
      if (!capital) lowerInside++;
      if ((unit[s - 1] & UNIT_CLINICAL_HEAD) !== 0 && capital) break;
      if (mode === 'upper' && (flags[s - 1] & PERSON_CUE_BITS) !== 0) break;
      // "D.B. Hopper denies fever": a person's verb ends the run in any case; an eponym holds no verb.
      if (!capital && ((flags[s - 1] & WORD_PERSON_VERB) !== 0 || HISTORY_VERBS.has(q.lower))) break;
      // "Walker's Barthel Index": a possessive before an eponym's run is its owner, never part of the eponym.
      if (s < i && q.end !== q.baseEnd) break;
      s--;
      // Lower-case notes: only the word right before the head noun is read ("wells score"). All-caps notes read the
      // run of capitals up to a cue word ("SAN FRANCISCO SYNCOPE RULE", not "DAUGHTER MARY ...").
      if (mode === 'lower' || (mode === 'upper' && !q.upper)) break;
    }
    // The run opens with a capitalised word: drop lower-case words before it ("the ankle rules" protects nothing).
    if (mode === 'mixed') while (s < i && !(words[s].capitalized || words[s].upper)) s++;
    if (s === i) continue;
    // Heads that also follow a person's or a chart's owner ("Reviewed Jones chart"): only a run of two or more words names
    // an eponymous tool ("Lund and Browder chart"), or an acronym in mixed text ("LUCAS device").
    if (WEAK_EPONYM_HEADS.has(w.lower) && i - s < 2 && !(w.lower !== 'chart' && mode === 'mixed' && words[s].upper)) continue;
    // A title, role or relative noun before the run makes it a person ("Dr. Wells score", "DAUGHTER PERPETUA TEST"): not protected.
    if (s > 0 && (flags[s - 1] & (WORD_TITLE | WORD_ROLE | WORD_RELATIVE)) !== 0) continue;
    // "Mary Smith test results": a first name then a surname is a person, whatever follows.
    let person = false;
    for (let x = s; x + 1 < i; x++) {
      if ((flags[x] & WORD_FIRST) !== 0 && (unit[x] & UNIT_PROTECTED) === 0 &&
        (!lex.common.has(words[x + 1].lower) || (flags[x + 1] & WORD_LAST) !== 0)) person = true;
    }
    if (person && !EPONYM_ONLY_HEADS.has(w.lower)) continue;
    // The head noun is part of the eponym's name ("Charlson Comorbidity Index"): no voter may take it alone. A procedure
    // word is a head by its form only and may itself open a place's name ("Salix Endoscopy Suite"): it stays unmarked.
    const listedHead = (bits & UNIT_CLINICAL_HEAD) !== 0 || MORE_HEAD_NOUNS.has(w.lower);
    for (let x = s; x < i; x++) out[x] = 1;
    if (listedHead) out[i] = 1;
    const owner = words[s];
    if (i - s === 1 && owner.end !== owner.baseEnd && (bits & UNIT_CLINICAL_HEAD) !== 0 && (unit[s] & UNIT_PROTECTED) === 0) out[s] = PROTECTED_POSSESSIVE_OWNER;
  }
  markPhrases(words, out);
  markProductDomains(words, out);
  return out;
}
