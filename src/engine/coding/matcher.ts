// Owns the single-pass scan of a note against the lexicon: tokens are normalised once, abbreviations
// expanded in place, then each sentence is checked for terms anchored on its tokens. Matching is
// word-order-insensitive but bounded: every token of a term must sit in the same sentence within a
// short window, which keeps "pain … in the right knee" and rejects words scattered across a paragraph.
import type { Span } from '../types';
import { abbreviationOf } from './curated';
import { expandNoteAbbreviations } from './noteAbbreviations';
import type { LexTerm, Lexicon } from './lexicon';
import { MAX_WORDS, STOP_WORDS, type NoteToken, contentTokens, normalizeWord, synonymForms, tokenize } from './normalize';

export interface TermMatch {
  term: LexTerm;
  /** Token positions used (indices into the note's token list). */
  positions: number[];
  /** "position:token" pairs used: an expanded abbreviation stands for several tokens at one position. */
  pairs: Set<string>;
  /** Character span from the first to the last matched token. */
  span: Span;
  sentence: number;
  /** True when the matched tokens are contiguous content words in the term's own order. */
  exact: boolean;
}

const expansionCache = new Map<string, string[]>();
function expansionTokens(expansion: string): string[] {
  let t = expansionCache.get(expansion);
  if (!t) expansionCache.set(expansion, (t = contentTokens(expansion)));
  return t;
}

/**
 * Per tokenizer word-table entry (normalize.ts): 1 once the word is known to have none of the readings below
 * (postprocedural, synonym, -emic noun, abbreviation), which depend on the word alone; most words of a note are
 * such, and skip the checks. 0: not known yet.
 */
const plainWords = new Uint8Array(MAX_WORDS);

/** Tokenises a text and adds abbreviation expansions as extra normalised forms at the same position. */
export function noteTokens(text: string): NoteToken[] {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // "Abdominal ultrasound showed a mass": the site word names the examination, not the finding.
    if (i + 1 < tokens.length && EXAMINATIONS.has(tokens[i + 1].raw) && tokens[i + 1].clause === tok.clause && !durationX(tokens, i + 1)) {
      tok.norms = [`${tok.raw}~exam`];
      tok.word = undefined;
      continue;
    }
    // "Carcinoma of L breast", "R ankle": a capital R/L directly before a site word is the side the
    // Tabular spells out (I.B.13); after a number it is a unit ("2 L nasal cannula").
    const side = sideLetter(text, tokens, i);
    if (side) {
      tok.norms = [...tok.norms, side];
      tok.word = undefined;
      tok.expanded = new Set([...(tok.expanded ?? []), side]);
      continue;
    }
    const word = tok.word;
    if (word !== undefined && plainWords[word] === 1) continue;
    const postprocedural = postproceduralForms(tokens, i);
    if (postprocedural) {
      tok.norms = [...tok.norms, ...postprocedural.filter((n) => !tok.norms.includes(n))];
      tok.word = undefined;
      tok.expanded = new Set([...(tok.expanded ?? []), ...postprocedural]);
      continue;
    }
    // "COPD flare" is the Index's "exacerbation", the colon its "large intestine" (normalize.ts synonymForms).
    const worsening = synonymForms(tok.norms[0]).filter((n) => !tok.norms.includes(n));
    if (worsening.length) {
      tok.norms = [...tok.norms, ...worsening];
      tok.word = undefined;
      tok.expanded = new Set([...(tok.expanded ?? []), ...worsening]);
      continue;
    }
    const noun = emiaNoun(tok.raw);
    if (noun && !tok.norms.includes(noun)) {
      tok.norms = [...tok.norms, noun];
      tok.word = undefined;
      tok.expanded = new Set([...(tok.expanded ?? []), noun]);
      continue;
    }
    const abbr = abbreviationOf(tok.raw);
    if (!abbr) {
      // Nothing above read this word (a procedure word looks at its neighbours, so it never gets here plain).
      if (word !== undefined && !PROCEDURE_WORD.test(tok.raw)) plainWords[word] = 1;
      continue;
    }
    const surface = text.slice(tok.start, tok.end);
    if (abbr.upper && surface !== surface.toUpperCase()) continue;
    if (abbr.notBefore && i + 1 < tokens.length && abbr.notBefore.includes(tokens[i + 1].raw)) continue;
    if (abbr.notAfter && i > 0 && abbr.notAfter.includes(tokens[i - 1].raw)) continue;
    // A capitalised abbreviation followed by a colon is a header ("PE: lungs clear"), not a diagnosis.
    if (abbr.upper && text[tok.end] === ':') continue;
    const added = expansionTokens(abbr.expansion).filter((n) => !tok.norms.includes(n));
    tok.norms = [...tok.norms, ...added];
    tok.word = undefined;
    tok.expanded = new Set(added);
  }
  expandNoteAbbreviations(text, tokens);
  return tokens;
}

function sideLetter(text: string, tokens: readonly NoteToken[], i: number): 'left' | 'right' | undefined {
  const tok = tokens[i];
  if (tok.end - tok.start !== 1) return undefined;
  const letter = text[tok.start];
  if (letter !== 'L' && letter !== 'R') return undefined;
  const next = tokens[i + 1];
  if (!next || next.clause !== tok.clause || !/^[a-z]{3,}$/.test(next.raw) || !/^\s+$/.test(text.slice(tok.end, next.start))) return undefined;
  if (i > 0 && /^\d/.test(tokens[i - 1].raw)) return undefined;
  return letter === 'L' ? 'left' : 'right';
}

/**
 * The Index prints a condition caused by an operation as its "postprocedural" (or "postsurgical",
 * "postoperative") subterm ("Hypoparathyroidism, postprocedural E89.2", "Failure, ovarian,
 * postprocedural E89.4-"); a note writes the same thing as the condition "after", "following" or
 * "due to" a named procedure ("hypoparathyroidism following parathyroidectomy"). Such a procedure
 * word (or a "post…" adjective) also stands for the Index's three modifier words, so the subterm's
 * phrase matches; whether the condition is current is decided by the context, as for any term.
 */
const POSTPROCEDURAL_FORMS = ['postprocedural', 'postsurgical', 'postoperative'];
const PROCEDURE_WORD = /^[a-z]{3,}(ectomy|ectomies|otomy|ostomy|plasty|pexy|rrhaphy)$|^(surgery|surgeries|operation|resection|irradiation|radiotherapy|radiation|ablation|procedure)$/;
const AFTER_WORDS = new Set(['after', 'following', 'post', 'since']);
function postproceduralForms(tokens: NoteToken[], i: number): string[] | undefined {
  const tok = tokens[i];
  if (POSTPROCEDURAL_FORMS.includes(tok.raw)) return POSTPROCEDURAL_FORMS;
  if (!PROCEDURE_WORD.test(tok.raw)) return undefined;
  // "after (a) (total) (bilateral) thyroidectomy", "due to (the) pituitary surgery", "s/p resection".
  for (let k = i - 1; k >= Math.max(0, i - 4) && tokens[k].clause === tok.clause; k--) {
    const w = tokens[k].raw;
    if (AFTER_WORDS.has(w) || (w === 'to' && k > 0 && tokens[k - 1].raw === 'due') || (w === 'p' && k > 0 && tokens[k - 1].raw === 's')) {
      return POSTPROCEDURAL_FORMS;
    }
  }
  return undefined;
}

/**
 * The Index prints the noun of a low blood-chemistry state under "with" ("Diabetes, type 2, with,
 * hypoglycemia, with coma E11.641"); a note writes its adjective ("hypoglycemic coma", "hypokalemic").
 * The adjective also stands for the noun, so the "with" term matches; context decides as for any word.
 * "Hyper-" adjectives are left as they are: they mostly qualify a named state whose Index noun is
 * another one ("hyperosmolar hyperglycemic state" is "with hyperosmolarity" E11.00, not E11.65).
 */
function emiaNoun(raw: string): string | undefined {
  const m = /^(hypo)([a-z]{3,})emic$/.exec(raw);
  return m ? normalizeWord(`${m[1]}${m[2]}emia`) : undefined;
}

/** Groups token indices by sentence, using the analyser's sentences (any token outside one starts its own group). */
export function sentenceGroups(tokens: NoteToken[], sentences: Span[]): { sentence: number; from: number; to: number }[] {
  const groups: { sentence: number; from: number; to: number }[] = [];
  let s = 0;
  let current = -2;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s].end <= tokens[i].start) s++;
    const inside = s < sentences.length && sentences[s].start <= tokens[i].start ? s : -1;
    if (inside !== current || inside === -1 && groups.length && groups[groups.length - 1].sentence !== -1) {
      groups.push({ sentence: inside, from: i, to: i + 1 });
      current = inside;
    } else {
      groups[groups.length - 1].to = i + 1;
    }
  }
  return groups;
}

/**
 * Per-lexicon scratch tables indexed by token id, reused across notes (scanning is synchronous):
 * `stamp[id]` says whether `head[id]` belongs to the current sentence.
 */
interface Scratch {
  /**
   * For anchors with many terms: those terms bucketed by the id of their second token (single-token terms under -1),
   * built the first time a note holds the anchor (bucketsOf): a process reads a few thousand of the 12,000 anchors.
   */
  buckets: Array<Map<number, LexTerm[]> | undefined>;
  /** 1 once the anchor's buckets are built (or known to be unneeded). */
  bucketsBuilt: Uint8Array;
  stamp: Int32Array;
  head: Int32Array;
  /** 1 when the token may only be borrowed from an abbreviation together with its head word. */
  borrowOnly: Uint8Array;
  words: string[];
  /** Lexicon id of a tokenizer word-table entry's norm: -2 not looked up yet, -1 not in the lexicon. */
  idByWord: Int32Array;
  sentence: number;
}
const scratches = new WeakMap<Lexicon, Scratch>();
function scratchFor(lexicon: Lexicon): Scratch {
  let s = scratches.get(lexicon);
  if (!s) {
    const n = lexicon.words.length;
    const buckets: Scratch['buckets'] = new Array(n);
    s = { buckets, bucketsBuilt: new Uint8Array(n), stamp: new Int32Array(n), head: new Int32Array(n), borrowOnly: new Uint8Array(n), words: lexicon.words, idByWord: new Int32Array(MAX_WORDS).fill(-2), sentence: 0 };
    lexicon.words.forEach((w, id) => (s!.borrowOnly[id] = BORROWABLE_ONLY_WITH_HEAD.test(w) ? 1 : 0));
    scratches.set(lexicon, s);
  }
  return s;
}

/** Anchors with at least this many terms ("pain", "kidney") look terms up by the sentence's other tokens instead of trying each. */
const BUCKET_FROM_TERMS = 6;

function bucketsOf(sc: Scratch, lexicon: Lexicon, anchorId: number): Map<number, LexTerm[]> | undefined {
  if (sc.bucketsBuilt[anchorId] === 0) {
    sc.bucketsBuilt[anchorId] = 1;
    const terms = lexicon.byAnchorId[anchorId];
    if (terms.length >= BUCKET_FROM_TERMS) {
      const m = new Map<number, LexTerm[]>();
      for (const t of terms) {
        const key = t.ids.length > 1 ? t.ids[1] : -1;
        const list = m.get(key);
        if (list) list.push(t);
        else m.set(key, [t]);
      }
      sc.buckets[anchorId] = m;
    }
  }
  return sc.buckets[anchorId];
}

/** All term matches in a note, sentence by sentence. */
export function scan(tokens: NoteToken[], sentences: Span[], lexicon: Lexicon): TermMatch[] {
  const out: TermMatch[] = [];
  const sc = scratchFor(lexicon);
  const { stamp, head } = sc;
  // Occurrences of lexicon tokens: (position, id), chained per id within a sentence (latest first).
  const occPos: number[] = [];
  const occId: number[] = [];
  const occNext: number[] = [];
  const firstOcc = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    firstOcc[i] = occPos.length;
    const norms = tokens[i].norms;
    const word = tokens[i].word;
    if (word !== undefined) {
      // A plain word: its lexicon id is cached per word-table entry (no string lookup).
      let id = sc.idByWord[word];
      if (id === -2) sc.idByWord[word] = id = lexicon.vocabulary.get(norms[0]) ?? -1;
      if (id >= 0) {
        occPos.push(i);
        occId.push(id);
        occNext.push(-1);
      }
      continue;
    }
    for (let j = 0; j < norms.length; j++) {
      const id = lexicon.vocabulary.get(norms[j]);
      if (id === undefined) continue;
      occPos.push(i);
      occId.push(id);
      occNext.push(-1);
    }
  }
  firstOcc[tokens.length] = occPos.length;
  const used: number[] = [];
  const usedIds: number[] = [];
  const present: number[] = [];
  const bucketed: LexTerm[] = [];
  for (const g of sentenceGroups(tokens, sentences)) {
    const cur = ++sc.sentence;
    present.length = 0;
    for (let k = firstOcc[g.from]; k < firstOcc[g.to]; k++) {
      const id = occId[k];
      if (stamp[id] === cur) occNext[k] = head[id];
      else {
        occNext[k] = -1;
        present.push(id);
      }
      stamp[id] = cur;
      head[id] = k;
    }
    let seen: Set<string> | undefined;
    for (let k = firstOcc[g.from]; k < firstOcc[g.to]; k++) {
      let candidates = lexicon.byAnchorId[occId[k]];
      if (!candidates.length) continue;
      const buckets = bucketsOf(sc, lexicon, occId[k]);
      if (buckets) {
        // Only terms whose second token is in this sentence can match; keep lexicon order.
        bucketed.length = 0;
        const single = buckets.get(-1);
        if (single) bucketed.push(...single);
        for (const id of present) {
          const list = buckets.get(id);
          if (list) bucketed.push(...list);
        }
        if (bucketed.length > 1) sortById(bucketed);
        candidates = bucketed;
      }
      const anchorPos = occPos[k];
      for (const term of candidates) {
        if (!matchAt(term, anchorPos, sc, cur, occPos, occNext, tokens, used, usedIds)) continue;
        const positions = sortedUnique(used);
        // "Gastric and duodenal ulcers": the first modifier with the shared head is the printed phrase too.
        const exact = isExact(term, positions, tokens, false) || sharesCoordinatedHead(positions, tokens);
        // The side sits inside a phrase the Index prints without it ("recurrent left inguinal hernia" is
        // "Hernia, inguinal, recurrent"; the laterality rule reads the side, I.B.13): still the printed term.
        if (term.contiguous && !exact && !isExact(term, positions, tokens, true)) continue;
        if (!/\b(and|or)\b/.test(term.phrase) && splitsCoordination(term, positions, tokens, g.to)) continue;
        if (crossesUncertaintyCue(term, positions, tokens)) continue;
        if (modifiesFollowingTumour(term, positions, tokens)) continue;
        if (morphologyAsLayTumour(term, used, usedIds, tokens, lexicon)) continue;
        const key = `${term.id}:${positions.join(',')}`;
        seen ??= new Set();
        if (seen.has(key)) continue;
        seen.add(key);
        const first = positions[0];
        const last = positions[positions.length - 1];
        const pairs = new Set<string>();
        for (let u = 0; u < used.length; u++) pairs.add(`${used[u]}:${lexicon.words[usedIds[u]]}`);
        out.push({
          term,
          positions,
          pairs,
          span: { start: tokens[first].start, end: tokens[last].end },
          sentence: g.sentence,
          exact,
        });
      }
    }
  }
  return out;
}

/** The distinct values of a short list, ascending (insertion: no Set, no sort workspace per match). */
function sortedUnique(xs: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of xs) {
    if (out.includes(x)) continue;
    let i = out.length;
    out.push(x);
    while (i > 0 && out[i - 1] > x) {
      out[i] = out[i - 1];
      i--;
    }
    out[i] = x;
  }
  return out;
}

/** Terms in lexicon order (ids are unique): insertion for the usual few, the built-in sort past that. */
function sortById(terms: LexTerm[]): void {
  if (terms.length > 16) {
    terms.sort((a, b) => a.id - b.id);
    return;
  }
  for (let j = 1; j < terms.length; j++) {
    const t = terms[j];
    let i = j;
    while (i > 0 && terms[i - 1].id > t.id) {
      terms[i] = terms[i - 1];
      i--;
    }
    terms[i] = t;
  }
}

/** Window in tokens (stop words included) that a term of n tokens may spread over. */
function maxSpread(n: number): number {
  return 2 * n + 3;
}

/** Fills `used`/`usedIds` with the nearest same-clause position of every term token, or returns false. */
function matchAt(
  term: LexTerm,
  anchorPos: number,
  sc: Scratch,
  cur: number,
  occPos: number[],
  occNext: number[],
  tokens: NoteToken[],
  used: number[],
  usedIds: number[],
): boolean {
  const ids = term.ids;
  // Cheap rejection first: every token of the term must occur somewhere in the sentence.
  for (let j = 1; j < ids.length; j++) if (sc.stamp[ids[j]] !== cur) return false;
  const clause = tokens[anchorPos].clause;
  used.length = 0;
  usedIds.length = 0;
  used.push(anchorPos);
  usedIds.push(ids[0]);
  let lo = anchorPos;
  let hi = anchorPos;
  const limit = maxSpread(ids.length);
  for (let j = 1; j < ids.length; j++) {
    let best = -1;
    let bestDist = Infinity;
    // Latest occurrence first; "<=" keeps the earlier of two equally near positions.
    for (let k = sc.head[ids[j]]; k >= 0; k = occNext[k]) {
      const p = occPos[k];
      if (tokens[p].clause !== clause) continue;
      const d = p > anchorPos ? p - anchorPos : anchorPos - p;
      if (d <= bestDist) {
        best = p;
        bestDist = d;
      }
    }
    if (best < 0) return false;
    if (best < lo) lo = best;
    if (best > hi) hi = best;
    if (hi - lo + 1 > limit) return false;
    used.push(best);
    usedIds.push(ids[j]);
  }
  // A number or qualifier borrowed from inside an abbreviation ("2" of "T2DM") is not a free word:
  // a term may use it only together with that abbreviation's other words.
  for (let u = 0; u < used.length; u++) {
    const t = tokens[used[u]];
    if (!t.expanded || !sc.borrowOnly[usedIds[u]] || !t.expanded.has(sc.words[usedIds[u]])) continue;
    let withHead = false;
    for (let v = 0; v < used.length; v++) if (used[v] === used[u] && !sc.borrowOnly[usedIds[v]]) withHead = true;
    if (!withHead) return false;
  }
  return true;
}

/**
 * Examinations a site adjective may qualify ("renal ultrasound", "abdominal CT", "chest X-ray"), and
 * the preventive services a disease or organism name may qualify ("papillomavirus vaccine", "HIV
 * screening"): the word before them names the service, not the patient's condition.
 */
const EXAMINATIONS = new Set([
  'ultrasound', 'ultrasonography', 'ultrasonographic', 'sonography', 'ecography', 'echography', 'ct', 'tomography', 'mri',
  'radiograph', 'radiography', 'x', 'scan', 'scintigraphy', 'angiography', 'examination', 'exam', 'auscultation',
  'palpation', 'biopsy', 'cytology', 'function',
  'vaccine', 'vaccines', 'vaccination', 'vaccinations', 'immunization', 'immunisation', 'booster', 'screening',
]);

/**
 * "x" names an examination only as the X of "X-ray"; "cough x 4 days", "vomiting x6" use it for "times" (a duration or
 * count), so the finding before it stays a finding.
 */
function durationX(tokens: readonly NoteToken[], i: number): boolean {
  if (tokens[i].raw !== 'x') return false;
  const next = tokens[i + 1];
  return !next || !/^rays?$/.test(next.raw);
}

const BORROWABLE_ONLY_WITH_HEAD = /^(\d+[a-z]?|(type|stage|grade|class|degree)(_\w+)?|acute|chronic)$/;

const COORDINATORS = new Set(['and', 'or']);

/**
 * A term's words gathered across "and"/"or" name one condition only when the coordination shares the
 * head noun ("right middle and ring fingers", "of the right elbow and of the left elbow"): then the
 * term's last word ends its noun phrase (or a word of the term follows it). "Fever and sore throat" is two conditions, never the Index's
 * "fever sore" (B00.1): "sore" there modifies "throat". `sentenceEnd`: first token after the sentence.
 */
function splitsCoordination(term: LexTerm, positions: number[], tokens: NoteToken[], sentenceEnd: number): boolean {
  const first = positions[0];
  const last = positions[positions.length - 1];
  let coordinated = false;
  for (let i = first + 1; i < last && !coordinated; i++) coordinated = !positions.includes(i) && COORDINATORS.has(tokens[i].raw);
  if (!coordinated || last + 1 >= sentenceEnd) return false;
  const next = tokens[last + 1];
  // A following word the term itself names ("ring fingers" for "finger") is the shared head, not a new one.
  return next.clause === tokens[last].clause && !STOP_WORDS.has(next.raw) && !next.norms.some((n) => term.tokens.includes(n));
}

/**
 * "Left calf pain - rule out DVT", "pneumonia vs CHF": words on both sides of an uncertainty cue belong to two
 * statements, the symptom and the diagnosis under question (IV.H, II.H), so no term is gathered across it;
 * otherwise the cue would sit inside the mention and never qualify it.
 */
/**
 * Hedges between a condition and its cause or type ("acute pharyngitis - likely streptococcal"): the type is
 * the uncertain part, so it stays out of the mention and the guideline rules read it as an uncertain qualifier.
 */
const GATHER_BLOCKING_HEDGES: ReadonlySet<string> = new Set(['likely', 'probable', 'probably', 'possible', 'possibly', 'suspected', 'presumed']);

function crossesUncertaintyCue(term: LexTerm, positions: number[], tokens: NoteToken[]): boolean {
  if (/\b(rule|versus|vs)\b/.test(term.phrase)) return false;
  const first = positions[0];
  const last = positions[positions.length - 1];
  for (let i = first + 1; i < last; i++) {
    if (positions.includes(i)) continue;
    const raw = tokens[i].raw;
    const next = tokens[i + 1]?.raw;
    if (raw === 'versus' || raw === 'vs' || (raw === 'rule' && next === 'out') || (raw === 'r' && next === 'o') || GATHER_BLOCKING_HEDGES.has(raw)) return true;
  }
  return false;
}

/** Head nouns of a tumour ("carcinoma", "angiomyolipoma", "tumor", "mass"): a noun phrase ending in one names a tumour. */
const TUMOUR_HEAD = /(?:oma|omas|tumou?rs?|cancers?|masse?s?|nodules?|neoformations?|tumorations?)$/;

function isTumourWord(token: string): boolean {
  return token === 'neoplasm' || TUMOUR_HEAD.test(token);
}

/**
 * "Giant renal angiomyolipoma", "cystic renal cell carcinoma": adjectives before a tumour's head noun
 * qualify the tumour, so they are not the Index's "giant kidney" (Q63.3) or "cystic kidney" (Q61.9). A
 * term without a tumour word of its own whose last word is followed, within the same noun phrase (no
 * stop word, at most two more words), by a tumour head noun is that head's modifier, not a condition.
 */
function modifiesFollowingTumour(term: LexTerm, positions: number[], tokens: readonly NoteToken[]): boolean {
  const last = positions[positions.length - 1];
  // "Chronic renal failure due to hepatorenal polycystosis": an adjective the term ends on, directly before
  // a disease noun the term lacks, qualifies that noun ("Failure, hepatorenal" K76.7 is not stated).
  const next = last + 1 < tokens.length ? tokens[last + 1] : undefined;
  if (next && next.clause === tokens[last].clause && ADJECTIVE_ENDING.test(tokens[last].raw) && DISEASE_NOUN.test(next.raw) && !next.norms.some((n) => term.tokens.includes(n))) return true;
  if (term.tokens.some(isTumourWord)) return false;
  for (let j = last + 1; j < tokens.length && j <= last + 3; j++) {
    const t = tokens[j];
    if (t.clause !== tokens[last].clause || STOP_WORDS.has(t.raw)) return false;
    if (t.norms.some(isTumourWord) || isTumourWord(t.raw)) return true;
  }
  return false;
}

/** Adjective endings ("renal", "hepatorenal", "cystic", "fibrous", "tubular", "biliary", "infiltrative"). */
const ADJECTIVE_ENDING = /[a-z]{3}(al|ic|ous|ar|ary|ive)$/;
/** Nouns built as a disease name (Greek/Latin suffixes), which head their own noun phrase. */
const DISEASE_NOUN = /[a-z]{3}(osis|oses|itis|emia|pathy|plasia|iasis|megaly|oma|omas)$/;

/** Codes of the neoplasm chapter (C00–D49), where "neoplasm" is the morphology a carcinoma or adenoma names. */
const NEOPLASM_CODE = /^(C|D[0-4])/;

/**
 * Outside the neoplasm chapter the Index's "tumor" is a swelling or a cyst ("Tumor, sebaceous — see Cyst,
 * sebaceous" L72.3). A carcinoma, sarcoma or adenoma is a neoplasm by its morphology (expanded to
 * "malignant/benign neoplasm"), so its "neoplasm" serves only neoplasm codes: "sebaceous carcinoma" is
 * not a sebaceous cyst.
 */
function morphologyAsLayTumour(term: LexTerm, used: readonly number[], usedIds: readonly number[], tokens: readonly NoteToken[], lexicon: Lexicon): boolean {
  if (NEOPLASM_CODE.test(term.code)) return false;
  for (let u = 0; u < used.length; u++) {
    const word = lexicon.words[usedIds[u]];
    if (word === 'neoplasm' && tokens[used[u]].expanded?.has(word)) return true;
  }
  return false;
}

/**
 * "Gastric and duodenal ulcers", "esophageal and gastric varices", "left renal and adrenal masses": two
 * modifiers coordinated before one head noun name two conditions, each the modifier with the head ("gastric
 * ulcer" K25.9 and "duodenal ulcer" K26.9). A contiguous term whose words are apart only by such a coordination
 * (its modifier, "and"/"or", up to three more modifier words, then its head as the term's last word) is still
 * the printed phrase. Both modifiers must be adjectives (or a side): "diabetes and kidney disease" coordinates
 * two nouns, two conditions the term does not join.
 */
function sharesCoordinatedHead(positions: number[], tokens: readonly NoteToken[]): boolean {
  if (positions.length < 2) return false;
  const head = positions[positions.length - 1];
  const modifier = positions[positions.length - 2];
  // The term's words before its head are written together (ignoring stop words), as isExact reads them.
  for (let i = positions[0]; i < modifier; i++) if (!positions.includes(i) && !STOP_WORDS.has(tokens[i].raw)) return false;
  const gap = head - modifier - 1;
  if (gap < 2 || gap > 4 || !COORDINATORS.has(tokens[modifier + 1].raw)) return false;
  const isModifier = (t: NoteToken) => COORDINATED_MODIFIER.test(t.raw) || SIDE_WORDS.has(t.raw);
  if (!isModifier(tokens[modifier])) return false;
  for (let i = modifier + 2; i < head; i++) if (STOP_WORDS.has(tokens[i].raw) || !isModifier(tokens[i])) return false;
  return true;
}

/** Adjectives of site and kind ("renal", "gastric", "esophageal", "adrenal", "splenic", "pulmonary", "cutaneous"). */
const COORDINATED_MODIFIER = /^[a-z]{3,}(al|ic|ous|ar|ary|ive|eal)$/;

/** Contiguous (ignoring stop words, and side words when `sides`) and one token per term token: the phrase as written. */
function isExact(term: LexTerm, used: number[], tokens: NoteToken[], sides: boolean): boolean {
  const neoplasm = NEOPLASM_CODE.test(term.code);
  for (let i = used[0]; i <= used[used.length - 1]; i++) {
    if (used.includes(i) || STOP_WORDS.has(tokens[i].raw) || (sides && SIDE_WORDS.has(tokens[i].raw))) continue;
    if (neoplasm && MORPHOLOGY_WORDS.has(tokens[i].raw)) continue;
    return false;
  }
  return true;
}
/**
 * Histology words the Index sends to the Neoplasm Table by site ("Carcinoma, ductal (infiltrating) — see
 * Neoplasm, malignant, by site"): between a site term's words ("left breast ductal carcinoma") they do not
 * make the site match partial.
 */
const MORPHOLOGY_WORDS = new Set(['ductal', 'lobular', 'invasive', 'infiltrating']);
const SIDE_WORDS = new Set(['left', 'right', 'bilateral']);
