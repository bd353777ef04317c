// Owns the coding lexicon: terms built once per code set from the tabular descriptions (boilerplate
// dropped, "without …" defaults removed, alternatives split) plus the curated synonyms, indexed by
// their rarest token so a note is scanned with one hash lookup per token.
import { loadKnowledge, type CodeEntry, type CodeSet, type Knowledge } from '../icd10';
import { officialPhrases, type OfficialPhrase } from './official';
import { SYNONYMS } from './curated';
import { lymphNodeRegions, neoplasmIndex, type SiteBehaviours } from './neoplasms';
import { phraseTokens } from './phrase';
import { addVocabulary, contentTokens, learningVocabulary, normalizeWord } from './normalize';
import { lexiconCacheKey, readCompactLexicon, writeCompactLexicon, type CachedTerms, type CompactLexicon, type TermRow } from './lexiconCache';

/** Where a term came from: a curated synonym, a tabular description, or the official Index / inclusion terms. */
export type TermSource = 'description' | 'synonym' | 'index';

/** On equal words, the curated synonym wins, then the tabular description, then the Index phrase. */
const SOURCE_RANK: Record<TermSource, number> = { synonym: 0, description: 1, index: 2 };

export interface LexTerm {
  id: number;
  code: string;
  /** The phrase the term came from (description variant or synonym), for explanations. */
  phrase: string;
  /** Distinct normalised tokens that must all occur near each other in one sentence. */
  tokens: string[];
  /** Token looked up first: the rarest one across the lexicon. */
  anchor: string;
  source: TermSource;
  /** 0 for a verbatim description; grows with every word the builder had to drop. */
  penalty: number;
  /** `tokens` as ids of `Lexicon.vocabulary` (anchor first), so the scanner compares integers. */
  ids: readonly number[];
  /** The words must match contiguously (stop words aside), not scattered over the clause window. */
  contiguous: boolean;
  /** A second code the Index pairs with `code` (etiology [manifestation], I.A.13), coded from the same words. */
  manifestation?: string;
}

export interface Lexicon {
  terms: LexTerm[];
  byAnchor: Map<string, LexTerm[]>;
  /** Every token any term uses → a dense id (the scanner's per-sentence tables are indexed by it). */
  vocabulary: Map<string, number>;
  /** id → token (inverse of `vocabulary`). */
  words: string[];
  /** Terms by the id of their anchor token. */
  byAnchorId: LexTerm[][];
  /** Content tokens of a billable code's description, for relatedness checks and history mapping (computed on first use). */
  descriptionTokens: { get(code: string): Set<string> | undefined };
  /** Terms per code (both sources), for the validator. */
  byCode: Map<string, LexTerm[]>;
  /** Synonym entries that were not billable codes in this code set (skipped). */
  skippedSynonyms: string[];
  /** Neoplasm Table sites by the phrase of their unspecified-behaviour term, to code a tumour once its behaviour is known. */
  neoplasmSites: Map<string, SiteBehaviours>;
}

/** Words that say nothing about which condition: a term made only of these is dropped. */
const GENERIC = new Set([
  'disease', 'disorder', 'illness', 'syndrome', 'condition', 'abnormality', 'abnormal', 'complication', 'lesion',
  'problem', 'finding', 'status', 'state', 'history', 'symptom', 'sign', 'change', 'effect', 'reaction', 'failure',
  'malaise', 'other', 'encounter', 'examination', 'observation', 'person', 'contact', 'exposure', 'dependence',
  'use', 'abuse', 'personal', 'family', 'type', 'stage', 'acute', 'chronic', 'left', 'right', 'bilateral',
  'multiple', 'involvement', 'inflammation',
]);

/** Single content words too vague to stand for a code on their own (sites, generic nouns). */
const VAGUE_SINGLE = new Set([
  ...GENERIC, 'neoplasm', 'mass', 'infection', 'multiple', 'absence', 'skin', 'bone', 'joint', 'kidney', 'liver', 'lung',
  'heart', 'brain', 'blood', 'artery', 'vein', 'cyst', 'pregnancy', 'inflammation', 'involvement',
  // Bare "ganglion" is as often a nerve ganglion or (in translated reports) a lymph node as a ganglion cyst.
  'ganglion',
]);

/** Behaviour words of the Neoplasm Table's columns (normalised), which name no site. */
const NEOPLASM_BEHAVIOUR_WORDS = new Set(['malignant', 'secondary', 'situ', 'benign', 'neoplasm', 'uncertain', 'behavior', 'primary']);
/** Adjectives pathology uses for a tumour's architecture, not its site. */
const ARCHITECTURE_ADJECTIVES = new Set(['cystic']);

/** Words naming a joint or the region a joint code names ("right ankle and foot", "left hip"). */
const JOINT_REGIONS = new Set(['shoulder', 'elbow', 'wrist', 'hand', 'hip', 'knee', 'ankle', 'foot', 'finger', 'thumb', 'toe']);
const JOINT_SIGN_CATEGORY = 'M25';
/** The end of a long bone, as the Tabular writes it ("lower end of radius") and the Index's "distal end". */
const BONE_END_SIDES = new Set(['low', 'upper', 'distal', 'proximal']);

/**
 * Anatomical words a term carries that a note leaves implicit. "Lower end of radius", "distal end" (the
 * Index sends "Fracture, radius, distal end" to "lower end"): clinicians write "distal radius", so "end"
 * beside its side word is not required. "Charcot's joint, right ankle and foot", "right hip prosthetic
 * joint": the named joint is the joint, so the class word "joint" beside a joint's name is not required
 * ("Charcot foot", "hip prosthesis").
 */
export function withoutRedundantAnatomy(tokens: string[], code: string): string[] {
  let out = tokens;
  if (out.includes('end') && out.some((t) => BONE_END_SIDES.has(t))) out = out.filter((t) => t !== 'end');
  // Except the joint signs (M25, "Other joint disorder, NEC"): there "joint" tells a joint's sign from the
  // limb's ("Swelling, joint, ankle" is an ankle effusion; a swollen ankle may be soft tissue).
  if (out.includes('joint') && out.some((t) => JOINT_REGIONS.has(t)) && !code.startsWith(JOINT_SIGN_CATEGORY)) out = out.filter((t) => t !== 'joint');
  return out;
}

/** Chapters that describe external causes, encounters and drug effects rather than diagnoses a note states. */
function isCodableChapter(code: string): boolean {
  const c = code[0];
  if (c === 'V' || c === 'W' || c === 'X' || c === 'Y') return false;
  // Chapter 22 (U00-U85) is for special purposes, but its emergency-use codes are diagnoses the Official
  // Guidelines assign: confirmed COVID-19 U07.1 (I.C.1.g.1), vaping-related disorder U07.0 (I.C.10.e)
  // and post COVID-19 condition U09.9 (I.C.1.g.1); the Index names them ("COVID-19 U07.1").
  if (c === 'U') return /^U0[79]/.test(code);
  if (c === 'Z') return /^Z8[0-7]/.test(code);
  if (/^T(3[6-9]|[45]\d|6[0-5])/.test(code)) return false; // poisoning/adverse effect: needs the drug table
  return true;
}

/** Phrases removed before tokenising: they qualify the code, not the condition the note names. */
const BOILERPLATE: RegExp[] = [
  /\([^)]*\)/g, /\[[^\]]*\]/g,
  /,? ?initial encounter( for closed fracture)?/g,
  /,? ?not elsewhere classified/g, /,? ?not specified as [^,]*/g, /,? ?unspecified whether [^,]*/g,
  // "Laceration without foreign body of left hand": the default (no foreign body) is dropped, the site kept.
  /,? ?not intractable/g, / without foreign body\b/g,
  // The default ends where a "with" clause begins: "Acute hepatitis B without delta-agent with hepatic coma"
  // keeps "with hepatic coma" as words the note must state (it is not the same term as acute hepatitis B).
  /,? ?without (?:(?!\bwith\b)[^,])*/g, /,? ?except [^,]*/g, /,? ?site not specified/g,
  /,? ?(of )?unspecified behavior/g, /,? ?(part|site|side|organism|type|laterality) unspecified/g,
  /\bunspecified (part|site|side|organism|laterality)( of)?\b/g, /\b(unspecified|uncomplicated|NOS)\b/g,
];

/** ", including canthus", ", including shoulder": the rest of the title after it is part of the site. */
const INCLUDING = /,? ?including [^,]*/g;

/** Description → zero or more phrases to index, each with the number of words dropped on the way. */
export function descriptionVariants(description: string): { phrase: string; penalty: number; tokens: string[] }[] {
  const lower = description.toLowerCase();
  if (/classified elsewhere|subsequent encounter|sequela|initial encounter for open fracture/.test(lower)) return [];
  if (/^other\b|\bother (specified|and unspecified)\b|, other\b|^unspecified\b.*\bother\b/.test(lower)) return [];
  // "Malignant melanoma of right upper limb, including shoulder": the site includes the shoulder, the note
  // need not name it. An inclusion, not a requirement, so dropping it is no edit of the title.
  const included = lower.replace(INCLUDING, ' ');
  let text = included;
  for (const re of BOILERPLATE) text = text.replace(re, ' ');
  const tokens = contentTokens(text);
  const penalty = Math.max(0, contentTokens(included).length - tokens.length);
  const out = [{ phrase: text, penalty, tokens }];
  // "Strain of muscle, fascia and tendon of lower back": notes say "muscle strain of the lower back".
  if (/\bmuscle, fascia and tendon\b/.test(text)) {
    const phrase = text.replace(/\bmuscle, fascia and tendon\b/, 'muscle');
    out.push({ phrase, penalty: penalty + 1, tokens: contentTokens(phrase) });
  }
  // "X of A and B" / "A or B C": the note usually names one alternative, so index each alone too.
  // After "of" the alternatives end the phrase ("neoplasm of liver and bile duct" → "… of liver");
  // before a noun they share it ("kidney and perinephric abscess" → "kidney abscess").
  const alt = /\b([\w-]+) (and|or) ([\w-]+)\b/.exec(text);
  if (alt && !/\bwith\b/.test(text.slice(0, alt.index))) {
    const before = text.slice(0, alt.index);
    const after = text.slice(alt.index + alt[0].length);
    // The alternative's own words end at a comma or at a "with" clause, which still applies to it:
    // "calculus of gallbladder and bile duct with acute cholecystitis" → "calculus of gallbladder with acute cholecystitis".
    const left = /\bof\s*$/.test(before) ? before + alt[1] + ' ' + after.replace(/^(?:(?!\bwith\b)[^,])*/, '') : before + alt[1] + after;
    for (const phrase of [left, before + alt[3] + after]) {
      // An alternative must still name a condition, not a lone site or qualifier.
      const altTokens = contentTokens(phrase);
      if (altTokens.length >= 2) out.push({ phrase, penalty: penalty + 1, tokens: altTokens });
    }
  }
  return out;
}

/** A capital "A" after the first word of a (sentence-case) description is a designator, not an article. */
const LETTER_A_DESIGNATOR = /\sA\b/;

/**
 * Penalty of an Index or inclusion-term phrase: official wording, scored like a verbatim description
 * (a tabular description with the same words still wins the tie, by source rank).
 */
const OFFICIAL_PENALTY = 0;

/** Index: Lymphadenopathy, localized; Adenopathy, inguinal / mediastinal / mesentery … */
const LOCALIZED_LYMPHADENOPATHY = 'R59.0';

export function buildLexicon(
  codeSet: CodeSet,
  knowledge: Knowledge | null = loadKnowledge(codeSet.fiscalYear),
  synonyms: ReadonlyArray<[code: string, phrases: string[]]> = SYNONYMS,
  options: { cache?: boolean } = {},
): Lexicon {
  // Most codes are never asked for: tokenise a description only when the history mapper needs it.
  const descriptionCache = new Map<string, Set<string>>();
  const descriptionTokens = {
    get(code: string): Set<string> | undefined {
      let tokens = descriptionCache.get(code);
      if (!tokens) {
        const entry = safeFind(codeSet, code);
        if (!entry?.billable) return undefined;
        descriptionCache.set(code, (tokens = new Set(contentTokens(entry.longDescription))));
      }
      return tokens;
    },
  };
  // The term list is a pure function of the vendored data and this source: cached on disk (lexiconCache.ts).
  const cacheable = (options.cache ?? true) && synonyms === SYNONYMS && (knowledge === null || knowledge === loadKnowledge(codeSet.fiscalYear));
  const name = cacheable ? lexiconCacheName(codeSet, knowledge) : undefined;
  let compact = name ? readCompactLexicon(name.scope, name.key) : undefined;
  if (!compact) {
    compact = compactTerms(learningVocabulary(() => collectTerms(codeSet, knowledge, synonyms)));
    if (name) writeCompactLexicon(name.scope, name.key, compact);
  }
  // The lexicon's words are the vocabulary the tokenizer's process-wide tables may keep (normalize.ts).
  addVocabulary(compact.words);
  return expand(compact, descriptionTokens);
}

/** Where the term list of `codeSet` with `knowledge` (null: none) is cached on disk (lexiconCache.ts): its scope and key. */
export function lexiconCacheName(codeSet: CodeSet, knowledge: Knowledge | null): { scope: string; key: string } {
  const key = lexiconCacheKey([codeSet.version, String(codeSet.fiscalYear), knowledge ? `kb${knowledge.fiscalYear}` : 'no-kb']);
  // Built (.js) and Jest-compiled (.ts) copies of this module hash different sources: one file each.
  return { scope: `fy${codeSet.fiscalYear}-${__filename.endsWith('.ts') ? 'ts' : 'js'}`, key };
}

/** The expensive part: every candidate phrase of every source, deduplicated by its words, in build order. */
function collectTerms(
  codeSet: CodeSet,
  knowledge: Knowledge | null,
  synonyms: ReadonlyArray<[code: string, phrases: string[]]>,
): CachedTerms {
  const neoplasms = neoplasmIndex(codeSet);
  const neoplasmTerms = neoplasms.terms;
  // key (sorted tokens) → best term; a key shared by several codes keeps the least-edited description.
  const byKey = new Map<string, Omit<LexTerm, 'id' | 'anchor' | 'ids'> & { order: number }>();
  let order = 0;
  const consider = (code: string, phrase: string, given: string[], source: TermSource, penalty: number, contiguous = false, manifestation?: string) => {
    const tokens = withoutRedundantAnatomy(given, code);
    if (!tokens.length) return;
    if (tokens.length === 1 && VAGUE_SINGLE.has(tokens[0]) && source !== 'synonym') return;
    if (tokens.every((t) => GENERIC.has(t) || /^\d+$/.test(t))) return;
    const key = [...tokens].sort().join(' ');
    const prev = byKey.get(key);
    order++;
    // Curated synonyms override descriptions: they encode the Index's default for a bare term.
    const better = !prev || SOURCE_RANK[source] < SOURCE_RANK[prev.source] ||
      (source === prev.source && source !== 'synonym' && penalty < prev.penalty);
    if (better) byKey.set(key, { code, phrase, tokens, source, penalty, order, contiguous, ...(manifestation ? { manifestation } : {}) });
  };

  const entries: CodeEntry[] = [];
  for (const entry of codeSet.entries()) {
    if (!entry.billable) continue;
    if (!isCodableChapter(entry.code)) continue;
    entries.push(entry);
  }
  const skippedSynonyms: string[] = [];
  for (const [code, phrases] of synonyms) {
    const entry = safeFind(codeSet, code);
    if (!entry?.billable) {
      skippedSynonyms.push(code);
      continue;
    }
    for (const p of phrases) consider(entry.code, p, phraseTokens(p), 'synonym', 0);
  }
  for (const entry of entries) {
    // "Hepatitis A", "Vitamin A deficiency": the letter is the name, but "a" is a stop word, so the
    // term would read as bare "hepatitis". Such descriptions are left to curated synonyms.
    if (LETTER_A_DESIGNATOR.test(entry.longDescription)) continue;
    for (const v of descriptionVariants(entry.longDescription)) {
      consider(entry.code, v.phrase.replace(/\s+/g, ' ').trim(), [...new Set(v.tokens)], 'description', v.penalty);
    }
  }

  // The Alphabetic Index and the inclusion terms give the phrasings notes use and descriptions lack.
  if (knowledge) {
    for (const p of officialPhrasesOf(codeSet, knowledge, neoplasmTerms)) {
      consider(p.code, p.phrase, p.tokens, 'index', OFFICIAL_PENALTY, p.contiguous, p.manifestation);
    }
  }

  // The Neoplasm Table names sites the tabular descriptions spell differently ("bowel", "hepatic");
  // a verbatim tabular description still wins a tie (penalty 1).
  for (const t of neoplasmTerms) {
    const tokens = phraseTokens(t.phrase);
    // "Neoplasm, cystic (bile) duct" prints the site by an adjective that pathology uses for the tumour's
    // architecture ("cystic renal cell carcinoma", "cystic adenocarcinoma"): without "duct" it names no site.
    if (tokens.filter((w) => !NEOPLASM_BEHAVIOUR_WORDS.has(w)).every((w) => ARCHITECTURE_ADJECTIVES.has(w))) continue;
    consider(t.code, t.phrase, tokens, 'description', 1);
  }

  // Index: Lymphadenopathy (Adenopathy), localized R59.0: nodes enlarged in one named region. The regions
  // are the Neoplasm Table's own lymph gland subsites; the curated list names only the commonest.
  for (const region of lymphNodeRegions()) {
    const phrase = `${region} lymphadenopathy`;
    consider(LOCALIZED_LYMPHADENOPATHY, phrase, phraseTokens(phrase), 'index', OFFICIAL_PENALTY, true);
  }

  const rows: TermRow[] = [...byKey.values()]
    .sort((a, b) => a.order - b.order)
    .map((t) => [t.code, t.phrase, t.tokens.join(' '), t.source[0] as TermRow[3], t.penalty, t.contiguous ? 1 : 0, t.manifestation ?? 0]);
  const neoplasmSites: CachedTerms['neoplasmSites'] = [...neoplasms.bySitePhrase].map(([phrase, b]) => [phrase, b.malignant ?? 0, b.benign ?? 0]);
  return { rows, skippedSynonyms, neoplasmSites };
}

const SOURCE_FLAG: Record<TermRow[3], number> = { d: 0, s: 1, i: 2 };
const SOURCES: TermSource[] = ['description', 'synonym', 'index'];
const CONTIGUOUS_FLAG = 4;

/**
 * Anchors and token ids of the term rows, in the columns the cache stores (lexiconCache.ts). Token ids are
 * assigned in first-seen order; a term's anchor is the first of its rarest tokens (so common words, "pain",
 * "disease", do not fan out to thousands of terms).
 */
function compactTerms(collected: CachedTerms): CompactLexicon {
  const rows = collected.rows;
  const n = rows.length;
  const vocabulary = new Map<string, number>();
  const words: string[] = [];
  const freq: number[] = [];
  const tokenIds: number[] = [];
  const tokenEnd = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    for (const token of rows[r][2].split(' ')) {
      let id = vocabulary.get(token);
      if (id === undefined) {
        vocabulary.set(token, (id = words.length));
        words.push(token);
        freq.push(0);
      }
      freq[id]++;
      tokenIds.push(id);
    }
    tokenEnd[r] = tokenIds.length;
  }
  const codeIds = new Map<string, number>();
  const codeId = (code: string) => {
    let id = codeIds.get(code);
    if (id === undefined) codeIds.set(code, (id = codeIds.size));
    return id;
  };
  const code = new Int32Array(n), manifestation = new Int32Array(n), penalty = new Int32Array(n), flags = new Int32Array(n);
  const anchorAt = new Int32Array(n), phraseEnd = new Int32Array(n);
  let phrases = '';
  for (let r = 0; r < n; r++) {
    const [c, phrase, , source, pen, contiguous, manif] = rows[r];
    code[r] = codeId(c);
    manifestation[r] = manif ? codeId(manif) : -1;
    penalty[r] = pen;
    flags[r] = SOURCE_FLAG[source] | (contiguous === 1 ? CONTIGUOUS_FLAG : 0);
    phrases += phrase;
    phraseEnd[r] = phrases.length;
    let at = r ? tokenEnd[r - 1] : 0;
    for (let k = at; k < tokenEnd[r]; k++) if (freq[tokenIds[k]] < freq[tokenIds[at]]) at = k;
    anchorAt[r] = at;
  }
  return {
    words, codes: [...codeIds.keys()], phrases, skippedSynonyms: collected.skippedSynonyms, neoplasmSites: collected.neoplasmSites,
    code, manifestation, penalty, flags, anchorAt, phraseEnd, tokenEnd, tokenIds: Int32Array.from(tokenIds),
  };
}

/**
 * A term of the compact lexicon. Its phrase (for explanations) and token strings are read from the shared
 * columns when first asked for: start-up creates one object and one id list per term, not three.
 */
class CompactTerm implements LexTerm {
  declare manifestation?: string;
  private tokenList: string[] | undefined = undefined;
  constructor(
    readonly id: number,
    readonly code: string,
    readonly anchor: string,
    readonly source: TermSource,
    readonly penalty: number,
    readonly ids: readonly number[],
    readonly contiguous: boolean,
    private readonly table: CompactLexicon,
  ) {}

  get phrase(): string {
    return this.table.phrases.slice(this.id ? this.table.phraseEnd[this.id - 1] : 0, this.table.phraseEnd[this.id]);
  }

  get tokens(): string[] {
    if (!this.tokenList) {
      const { tokenIds, tokenEnd, words } = this.table;
      const from = this.id ? tokenEnd[this.id - 1] : 0;
      this.tokenList = new Array(tokenEnd[this.id] - from);
      for (let k = from; k < tokenEnd[this.id]; k++) this.tokenList[k - from] = words[tokenIds[k]];
    }
    return this.tokenList;
  }
}

/**
 * The lexicon's indexes over the compact columns. Runs at every start-up (from the cache): every index list
 * is allocated at its exact size (lists grown by push reserve room for 17, and most hold one to three terms);
 * ids are plain small-integer arrays, which cost a fraction of a typed array each to create.
 */
function expand(lx: CompactLexicon, descriptionTokens: Lexicon['descriptionTokens']): Lexicon {
  const n = lx.code.length;
  const { words, codes, tokenIds, tokenEnd, anchorAt } = lx;
  const vocabulary = new Map<string, number>();
  for (let id = 0; id < words.length; id++) vocabulary.set(words[id], id);
  const perAnchor = new Int32Array(words.length);
  const perCode = new Int32Array(codes.length);
  for (let r = 0; r < n; r++) {
    perAnchor[tokenIds[anchorAt[r]]]++;
    perCode[lx.code[r]]++;
  }
  const terms: LexTerm[] = new Array(n);
  const byAnchor = new Map<string, LexTerm[]>();
  const byAnchorId: LexTerm[][] = new Array(words.length);
  for (let id = 0; id < words.length; id++) byAnchorId[id] = perAnchor[id] ? new Array(perAnchor[id]) : [];
  const filled = new Int32Array(words.length);
  const byCode = new Map<string, LexTerm[]>();
  const byCodeId: LexTerm[][] = new Array(codes.length);
  const codeFilled = new Int32Array(codes.length);
  for (let r = 0; r < n; r++) {
    const from = r ? tokenEnd[r - 1] : 0;
    const anchorId = tokenIds[anchorAt[r]];
    // Anchor first; a token repeated in a row leaves the tail at 0.
    const ids: number[] = new Array(tokenEnd[r] - from).fill(0);
    ids[0] = anchorId;
    let j = 1;
    for (let k = from; k < tokenEnd[r]; k++) if (tokenIds[k] !== anchorId) ids[j++] = tokenIds[k];
    const c = lx.code[r];
    const f = lx.flags[r];
    const term = new CompactTerm(r, codes[c], words[anchorId], SOURCES[f & 3], lx.penalty[r], ids, (f & CONTIGUOUS_FLAG) !== 0, lx);
    if (lx.manifestation[r] >= 0) term.manifestation = codes[lx.manifestation[r]];
    terms[r] = term;
    // byAnchor and byAnchorId share their lists.
    if (filled[anchorId] === 0) byAnchor.set(term.anchor, byAnchorId[anchorId]);
    byAnchorId[anchorId][filled[anchorId]++] = term;
    let list = byCodeId[c];
    if (!list) byCode.set(codes[c], (list = byCodeId[c] = new Array(perCode[c])));
    list[codeFilled[c]++] = term;
  }
  const neoplasmSites = new Map(lx.neoplasmSites.map(([phrase, malignant, benign]) => [phrase, { ...(malignant ? { malignant } : {}), ...(benign ? { benign } : {}) }]));
  return { terms, byAnchor, vocabulary, words, byAnchorId, descriptionTokens, byCode, skippedSynonyms: lx.skippedSynonyms, neoplasmSites };
}

/** Official phrases per code set and knowledge base: fixed for a fiscal year, so built once per process. */
const officialCache = new WeakMap<CodeSet, WeakMap<Knowledge, OfficialPhrase[]>>();

function officialPhrasesOf(codeSet: CodeSet, knowledge: Knowledge, neoplasmTerms: readonly { phrase: string }[]): OfficialPhrase[] {
  let byKnowledge = officialCache.get(codeSet);
  if (!byKnowledge) officialCache.set(codeSet, (byKnowledge = new WeakMap()));
  let phrases = byKnowledge.get(knowledge);
  if (!phrases) {
    const isVague = (t: string) => VAGUE_SINGLE.has(t) || GENERIC.has(t) || /^\d+$/.test(t);
    // Anatomical words, from the Neoplasm Table's site names (its behaviour words removed).
    const behaviour = new Set(phraseTokens('malignant secondary carcinoma in situ benign neoplasm uncertain behavior'));
    const sites = new Set<string>();
    for (const phrase of new Set(neoplasmTerms.map((t) => t.phrase))) for (const t of phraseTokens(phrase)) if (!behaviour.has(t)) sites.add(t);
    phrases = officialPhrases(codeSet, knowledge, isCodableChapter, isVague, (t) => sites.has(t));
    byKnowledge.set(knowledge, phrases);
  }
  return phrases;
}

function safeFind(codeSet: CodeSet, code: string): CodeEntry | undefined {
  try {
    return codeSet.find(code);
  } catch {
    return undefined;
  }
}

export { normalizeWord };
export { phraseTokens };
