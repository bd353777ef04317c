// Owns fracture recognition by the Index (I.C.19, Index "Fracture, traumatic" subterms): notes name a
// fracture by bone and part ("nondisplaced fracture of the left lateral malleolus", "left scaphoid
// fracture", "fifth metatarsal base") in words the Tabular titles do not use ("lateral malleolus of left
// fibula", "navicular [scaphoid] bone of left wrist"). A sentence that states a fracture is matched to
// the most specific Index subterm whose words it holds; the code is completed from the Tabular titles
// by side, displacement (displaced when not stated, I.C.19.c.1) and open/closed, initial encounter
// (the 7th-character rule then reads the encounter). Only sentences the lexicon coded no fracture from.
import { mentionContext } from '../../context';
import { codeSetCache, loadKnowledge, type CodeSet } from '../../icd10';
import { isClinicalSpan, sectionAt } from '../../text';
import { billable } from './drafts';
import type { Draft, GuidelineContext } from './types';

const FRACTURE_WORD = /\b(?:fractures?|fx)\b/gi;
/** Fractures that are not traumatic (chapter 13 codes: pathological, stress, fragility; I.C.13.c-d). */
const NOT_TRAUMATIC = /\b(?:patholog\w*|stress|insufficiency|fragility|osteoporotic|neoplastic|periprosthetic|fatigue)\b/i;
const NONDISPLACED = /\b(?:non-?displaced|undisplaced|not displaced|without displacement|hairline)\b/i;
const OPEN = /\b(?:open|compound)\s+(?:\w+\s+){0,3}fracture|\bfracture\W+(?:\w+\W+){0,4}open\b/i;
/** Words of Index subterms that name no anatomy. */
const FILLER = new Set(['only', 'nec', 'specified', 'bone', 'bones', 'of', 'the', 'and', 'or', 'part', 'site', 'other', 'unspecified', 'type']);
/** Subterms that need what a plain fracture statement does not give (birth, implants, growth plate, stress, pathology). */
const SKIP_PATH = /\b(?:birth|insertion|prosthe|physeal|salter|stress|patholog|periprosthetic|associated with|flail|fatigue|osteoporo|neoplastic|following|nondisplaced|displaced|with|without|in \(due to\)|due to|newborn|torus|greenstick|buckle|bent bone|comminuted|segmental|oblique|spiral|transverse|avulsion|burst|wedge|compression|stable|unstable|multiple)\b/i;
/** Note words in the Tabular's or Index's terms: "navicular [scaphoid] bone of wrist" is the carpal navicular. */
const ALIASES: Record<string, string[]> = {
  scaphoid: ['navicular', 'carpal'], '1st': ['first'], '2nd': ['second'], '3rd': ['third'], '4th': ['fourth'], '5th': ['fifth'],
  ribs: ['rib'], metatarsals: ['metatarsal'], malleolar: ['malleolus'], clavicular: ['clavicle'], femoral: ['femur'], tibial: ['tibia'],
  fibular: ['fibula'], humeral: ['humerus'], radial: ['radius'], ulnar: ['ulna'], vertebral: ['vertebra'], nasal: ['nose', 'nasal'],
};

interface FractureEntry {
  required: string[];
  optional: string[];
  prefix: string;
}

const entryCache = codeSetCache<FractureEntry[]>('guidelines.fractureEntries');

function contentWords(text: string): string[] {
  return text.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[^a-z0-9]+/).filter((w) => w && !FILLER.has(w));
}

/** "Fracture, traumatic" subterms with an S code (complete or to be completed), by their words. */
function fractureEntries(codeSet: CodeSet): FractureEntry[] {
  let entries = entryCache.get(codeSet);
  if (entries) return entries;
  entries = [];
  for (const t of loadKnowledge(codeSet.fiscalYear).indexTerms()) {
    if (!/^fracture, traumatic$/i.test(t.path[0]) || t.path.length < 2 || !t.code || !/^S\d\d/.test(t.code)) continue;
    const levels = t.path.slice(1);
    if (levels.some((l) => SKIP_PATH.test(l))) continue;
    const required = contentWords(levels[levels.length - 1]);
    const optional = levels.slice(0, -1).flatMap(contentWords);
    if (!required.length) continue;
    entries.push({ required, optional, prefix: t.code.replace(/-$/, '').replace(/\.$/, '') });
  }
  entryCache.set(codeSet, entries);
  return entries;
}

function noteWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!w) continue;
    out.add(w);
    for (const a of ALIASES[w] ?? []) out.add(a);
    if (w.length > 4 && w.endsWith('s')) out.add(w.slice(0, -1));
  }
  return out;
}

/** The Index prefix a sentence's words name (with how many of its words the sentence holds), or undefined when none or two different ones fit equally. */
function indexPrefix(codeSet: CodeSet, sentence: string): { prefix: string; words: number } | undefined {
  const words = noteWords(sentence);
  let best: { score: number; prefixes: Set<string>; words: number } = { score: 0, prefixes: new Set(), words: 0 };
  for (const e of fractureEntries(codeSet)) {
    if (!e.required.every((w) => words.has(w))) continue;
    const optional = e.optional.filter((w) => words.has(w)).length;
    // A one-word subterm ("shaft", "neck") needs its bone; two or more words ("lateral malleolus") stand alone.
    if (e.optional.length && !optional && e.required.length < 2) continue;
    // Words of the subterm's parents the sentence lacks count against it ("metacarpal > fifth > base" for "fifth metatarsal base").
    const score = e.required.length * 2 + optional - 0.5 * (e.optional.length - optional);
    if (score > best.score) best = { score, prefixes: new Set([e.prefix]), words: e.required.length + optional };
    else if (score === best.score) best.prefixes.add(e.prefix);
  }
  if (best.prefixes.size !== 1) return undefined;
  return { prefix: [...best.prefixes][0], words: best.words };
}

/** The initial-encounter code under a prefix for the side, displacement and open/closed the sentence states. */
function complete(codeSet: CodeSet, prefix: string, sentence: string): string | undefined {
  let leaves;
  try {
    leaves = codeSet.billableDescendants(prefix);
  } catch {
    return undefined;
  }
  const right = /\bright\b/i.test(sentence);
  const left = /\bleft\b/i.test(sentence);
  const side = right !== left ? (right ? 'right' : 'left') : 'unspecified';
  const open = OPEN.test(sentence);
  let pool = leaves.filter((e) => /initial encounter/i.test(e.longDescription) && (open ? /open fracture(?: type i or ii| nos)?\b/i.test(e.longDescription) && !/type iii/i.test(e.longDescription) : !/open fracture/i.test(e.longDescription)));
  const sided = pool.filter((e) => new RegExp(`\\b${side}\\b`, 'i').test(e.longDescription));
  if (sided.length) pool = sided;
  else if (pool.some((e) => /\b(?:right|left)\b/i.test(e.longDescription))) pool = pool.filter((e) => !/\b(?:right|left)\b/i.test(e.longDescription));
  if (pool.some((e) => /^(?:Non)?displaced\b/i.test(e.longDescription))) {
    const want = NONDISPLACED.test(sentence) ? /^Nondisplaced\b/i : /^Displaced\b/i;
    pool = pool.filter((e) => want.test(e.longDescription));
  }
  if (pool.length > 1) {
    // "Second metacarpal", "fifth metatarsal": the ray the sentence names picks the title (S62.32-, S92.3- share a prefix).
    const words = noteWords(sentence);
    const ordinal = (t: string) => /\b(first|second|third|fourth|fifth|great|lesser)\b/i.exec(t)?.[1].toLowerCase();
    const named = pool.filter((e) => { const o = ordinal(e.longDescription); return o !== undefined && words.has(o); });
    if (named.length) pool = named;
  }
  if (pool.length > 1) {
    const plain = pool.filter((e) => !/\b(?:unspecified|other)\b/i.test(e.longDescription.replace(/\bunspecified (?:side|foot|wrist|hand|leg|arm|femur|tibia|fibula|humerus|radius|ulna|clavicle)\b/gi, '')));
    if (plain.length) pool = plain;
  }
  return pool.length === 1 ? pool[0].code : undefined;
}

/**
 * Adds the fractures of sentences the lexicon coded none from. `healing` allows a fracture told in the
 * past (the healing phase or a sequela); otherwise a fracture read as history is left to the history codes.
 */
export function fracturesByIndex(ctx: GuidelineContext, drafts: Map<string, Draft>, healing: boolean): void {
  if (!/\bfractur|\bfx\b/i.test(ctx.text)) return;
  const coded = new Set<number>();
  for (const d of drafts.values()) {
    if (!/^(?:S|M8[04])/.test(d.code)) continue;
    for (const e of d.evidence) {
      const s = ctx.analysis.sentences.find((x) => x.start <= e.start && e.start < x.end);
      if (s) coded.add(s.start);
    }
  }
  const added: Draft[] = [];
  for (const s of ctx.analysis.sentences) {
    if (coded.has(s.start)) continue;
    const sentence = ctx.text.slice(s.start, s.end);
    const word = [...sentence.matchAll(FRACTURE_WORD)][0];
    if (!word || NOT_TRAUMATIC.test(sentence)) continue;
    const span = { start: s.start + word.index!, end: s.start + word.index! + word[0].length };
    if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.hypothetical || c.uncertain || c.family || (c.historical && !healing)) continue;
    const found = indexPrefix(ctx.codeSet, sentence);
    if (!found) continue;
    const { prefix } = found;
    const lead = sentence.length - sentence.trimStart().length;
    const evidence = { start: s.start + lead, end: s.start + sentence.trimEnd().length };
    // The same fracture named again ("healing left lateral malleolus fracture"): one code, more evidence.
    const same = added.find((a) => a.code.startsWith(prefix));
    if (same) {
      same.evidence.push({ ...evidence, text: ctx.text.slice(evidence.start, evidence.end) });
      continue;
    }
    const code = complete(ctx.codeSet, prefix, sentence);
    if (!code || !billable(ctx, code) || drafts.has(code) || [...drafts.keys()].some((k) => k.slice(0, 6) === code.slice(0, 6))) continue;
    // Words gathered from the clause, not a printed term: scored as an edited match of the Index words found
    // (the calibrated confidence then keeps a case history's passing fracture out unless an assessment states it).
    const d: Draft = {
      code, confidence: 0.6, first: evidence.start, priority: 2, evidence: [{ ...evidence, text: ctx.text.slice(evidence.start, evidence.end) }], mentions: [],
      match: 'edited', termTokens: found.words + 1, section: sectionAt(ctx.analysis, span.start)?.kind ?? 'other',
      guideline: [{ section: 'I.C.19', action: 'added', detail: `fracture named by the Index (Fracture, traumatic → ${prefix}-): ${code}` }],
    };
    drafts.set(code, d);
    added.push(d);
  }
  // "Fracture as above" in the assessment: the assessment states the one fracture the imaging line named.
  if (added.length !== 1) return;
  for (const s of ctx.analysis.sentences) {
    const kind = sectionAt(ctx.analysis, s.start)?.kind;
    if (kind !== 'assessment' && kind !== 'assessment_plan' && kind !== 'diagnoses' && kind !== 'impression') continue;
    const m = [...ctx.text.slice(s.start, s.end).matchAll(FRACTURE_WORD)][0];
    if (!m) continue;
    const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.hypothetical || c.uncertain || c.family) continue;
    if (!added[0].evidence.some((e) => e.start === span.start)) added[0].evidence.push({ ...span, text: ctx.text.slice(span.start, span.end) });
    break;
  }
}
