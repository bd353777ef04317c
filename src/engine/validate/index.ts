// Owns verification of proposed ICD-10-CM codes from any source (this engine or an LLM): the code
// exists and is billable in the configured code set, each quote occurs in the note and speaks of the
// code's condition, the context does not contradict it, and duplicates/less specific siblings
// resolve to the most specific code. Note text is data: a quote is only ever matched, never obeyed,
// and only clinical statements count (text provenance): a quote inside an instruction, a question, a
// template, pasted or boilerplate text is no evidence, whoever proposed the code.
import { InvalidCodeError } from '../../errors';
import { isWellFormedCode, toDotted, type CodeEntry, type CodeSet } from '../icd10';
import type { Coder, CodingSetting, ConceptMention } from '../coding';
import { isHistoryCode, isUnspecified } from '../coding';
import { excludes1Winner } from '../coding/guidelines/conventions';
import { CHRONIC_CATEGORIES } from '../coding/curated';
import { contentTokens, STOP_WORDS, synonymForms, tokenize } from '../coding/normalize';
import { mentionContext } from '../context';
import { nonClinicalKinds, sentenceAt, spanProvenance, STEERING_KINDS, type TextAnalysis } from '../text';
import type { CodeRole, EvidenceSpan, MentionContext, Span } from '../types';
import { locateQuote } from './quotes';
import { judgeReportedCodes } from './reportedRules';
import { SiblingResolver } from './siblings';

export { locateQuote } from './quotes';

export type RejectReason =
  | 'UNKNOWN_CODE' | 'MALFORMED_CODE' | 'NOT_BILLABLE' | 'NO_EVIDENCE' | 'QUOTE_NOT_FOUND' | 'EVIDENCE_UNRELATED'
  | 'NEGATED' | 'HYPOTHETICAL' | 'FAMILY_HISTORY' | 'HISTORICAL' | 'LESS_SPECIFIC_DUPLICATE' | 'DUPLICATE'
  | 'MERGED_BILATERAL' | 'CONFLICTING_SIBLING' | 'NON_CLINICAL_EVIDENCE' | 'GUIDELINE_DROPPED' | 'EXCLUDES1';

/** The note carries text addressed to a coder, biller or model (or billing talk): a person looks. */
export const REVIEW_REASON_INSTRUCTION_IN_NOTE = 'INSTRUCTION_IN_NOTE';

export interface ProposedCode {
  code: string;
  evidence: { text: string; start?: number; end?: number }[];
  confidence: number;
  role?: CodeRole;
  source: 'engine' | 'model';
}

export interface ValidatedCode {
  code: string;
  description: string;
  billable: true;
  confidence: number;
  role: CodeRole;
  rank: number;
  evidence: EvidenceSpan[];
  source: 'engine' | 'model';
}

export interface RejectedProposal {
  code: string;
  reason: RejectReason;
  detail?: string;
}

export interface ValidationResult {
  accepted: ValidatedCode[];
  rejected: RejectedProposal[];
  needsReview: boolean;
  reviewReasons: string[];
}

export interface ValidationDeps {
  codeSet: CodeSet;
  coder: Coder;
}

export interface ValidationOptions {
  /** Accepted codes below this confidence send the note to review (default 0.6). */
  reviewConfidenceBelow?: number;
  /** Reporting setting: inpatient reads an uncertain diagnosis as confirmed (Section II.H), outpatient does not (IV.H). */
  setting?: CodingSetting;
}

export const DEFAULT_REVIEW_CONFIDENCE_BELOW = 0.6;

/** Context failures in the order they are reported when no quote survives. */
const CONTEXT_REASONS: RejectReason[] = ['NEGATED', 'HYPOTHETICAL', 'FAMILY_HISTORY', 'HISTORICAL'];

export function validateCodes(
  text: string,
  analysis: TextAnalysis,
  proposals: ProposedCode[],
  deps: ValidationDeps,
  options: ValidationOptions = {},
): ValidationResult {
  const reviewBelow = options.reviewConfidenceBelow ?? DEFAULT_REVIEW_CONFIDENCE_BELOW;
  const { codeSet, coder } = deps;
  const { candidates, mentions, dropped } = coder.codeWithMentions(text, analysis, options.setting ? { setting: options.setting } : {});
  // Codes the engine's guideline rules removed from this very note (integral symptom, superseded by a
  // combination code, Excludes1, unspecified where the note is specific): a model may not bring them back.
  const droppedByGuideline = new Map(dropped.map((d) => [d.code, d]));
  const engineCodes = new Set(candidates.map((c) => c.code));
  const ownEvidence = new Map<string, Span[]>(candidates.map((c) => [c.code, c.evidence]));
  const mentionIndex = new MentionIndex(mentions);
  // A context drop the engine's learned candidate acceptance overturned (an uncertain, hypothetical or past mention it
  // judged reportable) is honoured for the engine's own proposal of that code only; a model's quote never inherits it.
  const overturned = new Map(candidates.filter((c) => c.overturned).map((c) => [c.code, c.overturned === 'historical' ? 'HISTORICAL' as const : 'HYPOTHETICAL' as const]));
  const rejected: RejectedProposal[] = [];
  const reviewReasons: string[] = [];
  const passed: Array<{ entry: CodeEntry; proposal: ProposedCode; evidence: EvidenceSpan[]; order: number }> = [];

  proposals.forEach((proposal, order) => {
    const ruled = proposal.source === 'model' && typeof proposal.code === 'string' ? droppedByGuideline.get(isWellFormedCode(proposal.code) ? toDotted(proposal.code) : proposal.code) : undefined;
    if (ruled && !engineCodes.has(ruled.code)) {
      rejected.push({ code: ruled.code, reason: 'GUIDELINE_DROPPED', detail: `${ruled.section}: ${ruled.detail}` });
      reviewReasons.push(`REJECTED ${ruled.code}: GUIDELINE_DROPPED`);
      return;
    }
    const tolerated = proposal.source === 'engine' && typeof proposal.code === 'string' ? overturned.get(proposal.code) : undefined;
    const checked = checkProposal(text, analysis, proposal, codeSet, mentionIndex, ownEvidence, proposal.source === 'model' ? codeWordsFor(coder) : undefined, tolerated);
    if ('reason' in checked) {
      rejected.push(checked);
      if (proposal.source === 'model' || !['DUPLICATE', 'LESS_SPECIFIC_DUPLICATE'].includes(checked.reason)) {
        reviewReasons.push(`REJECTED ${checked.code}: ${checked.reason}`);
      }
    } else passed.push({ entry: checked.entry, proposal, evidence: checked.evidence, order });
  });

  // Duplicates: one entry per code, evidence merged, highest confidence kept.
  const byCode = new Map<string, (typeof passed)[number]>();
  for (const p of passed) {
    const prev = byCode.get(p.entry.code);
    if (!prev) {
      byCode.set(p.entry.code, { ...p, evidence: [...p.evidence] });
      continue;
    }
    for (const e of p.evidence) if (!prev.evidence.some((x) => x.start === e.start && x.end === e.end)) prev.evidence.push(e);
    if (p.proposal.confidence > prev.proposal.confidence || (p.proposal.role === 'principal' && prev.proposal.role !== 'principal')) {
      prev.proposal = { ...p.proposal, role: p.proposal.role === 'principal' || prev.proposal.role === 'principal' ? 'principal' : p.proposal.role };
    }
    rejected.push({ code: p.entry.code, reason: 'DUPLICATE', detail: 'proposed more than once; evidence merged' });
  }

  // Parent + child / unspecified + specified in one category: keep the most specific.
  const kept = [...byCode.values()];
  for (const p of [...kept]) {
    const better = kept.find((q) => q !== p && lessSpecific(p.entry, q.entry, codeSet));
    if (!better) continue;
    kept.splice(kept.indexOf(p), 1);
    rejected.push({ code: p.entry.code, reason: 'LESS_SPECIFIC_DUPLICATE', detail: `${better.entry.code} is more specific` });
    if (p.proposal.role === 'principal' && better.proposal.role !== 'principal') better.proposal = { ...better.proposal, role: 'principal' };
  }

  // Right + left of one condition → its bilateral code; exclusive siblings (CKD stages, diabetes
  // types) → one code kept and the note sent to review, since the note contradicts itself.
  const siblings = resolverFor(codeSet).resolve(
    kept.map((p) => ({ code: p.entry.code, confidence: p.proposal.confidence, item: p })),
    (code, from) => {
      const items = from.map((f) => f.item);
      const evidence = items.flatMap((i) => i.evidence);
      const confidence = Math.min(...items.map((i) => i.proposal.confidence));
      const role = items.some((i) => i.proposal.role === 'principal') ? 'principal' : items[0].proposal.role;
      const item = { entry: codeSet.get(code), proposal: { ...items[0].proposal, code, confidence, role }, evidence, order: Math.min(...items.map((i) => i.order)) };
      return { code, confidence, item };
    },
  );
  for (const b of siblings.resolution.bilateral) {
    for (const code of b.from) rejected.push({ code, reason: 'MERGED_BILATERAL', detail: `right and left both stated: ${b.to}` });
  }
  for (const x of siblings.resolution.exclusive) {
    for (const code of x.dropped) rejected.push({ code, reason: 'CONFLICTING_SIBLING', detail: `${x.reason}: ${x.kept} kept` });
    reviewReasons.push(`CONFLICT: ${[x.kept, ...x.dropped].join(' and ')} (${x.reason})`);
  }
  kept.splice(0, kept.length, ...siblings.kept.map((s) => s.item));

  // Excludes1 (I.A.12.a): two codes the Tabular says are never reported together; the specific one stays.
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      const a = kept[i];
      const b = kept[j];
      if (!coder.conventions.excludes1Conflict(a.entry.code, b.entry.code)) continue;
      // The same choice as the guideline runner's (one rule, one place: conventions.ts), so a model's pair and the
      // engine's pair resolve alike — the Excludes1 note's own direction included.
      const winner = excludes1Winner(coder.conventions, codeSet, { code: a.entry.code, strength: a.proposal.confidence }, { code: b.entry.code, strength: b.proposal.confidence }) === 'a' ? a : b;
      const loser = winner === a ? b : a;
      rejected.push({ code: loser.entry.code, reason: 'EXCLUDES1', detail: `Excludes1 with ${winner.entry.code} (I.A.12.a)` });
      reviewReasons.push(`CONFLICT: ${winner.entry.code} Excludes1 ${loser.entry.code}`);
      kept.splice(kept.indexOf(loser), 1);
      i = -1;
      break;
    }
  }

  // A model's list meets the rules that judge codes against each other, as the engine's drafts did (one
  // code path, reportedRules.ts): a symptom its added diagnosis explains, a manifestation without etiology.
  if (kept.some((p) => p.proposal.source === 'model')) {
    const verdict = judgeReportedCodes(text, analysis, kept.map((p) => ({ code: p.entry.code, evidence: p.evidence, confidence: p.proposal.confidence })), {
      codeSet, conventions: coder.conventions, setting: options.setting ?? 'outpatient',
    });
    for (const d of verdict.dropped) {
      const i = kept.findIndex((p) => p.entry.code === d.code);
      if (i < 0) continue;
      kept.splice(i, 1);
      rejected.push({ code: d.code, reason: 'GUIDELINE_DROPPED', detail: `${d.section}: ${d.detail}` });
      reviewReasons.push(`REJECTED ${d.code}: GUIDELINE_DROPPED`);
    }
    for (const r of verdict.review) {
      const i = kept.findIndex((p) => p.entry.code === r.code);
      // A model's manifestation without its etiology is an incomplete claim: not reported, and a person looks.
      if (i >= 0 && kept[i].proposal.source === 'model' && verdict.withoutEtiology.includes(r.code)) {
        kept.splice(i, 1);
        rejected.push({ code: r.code, reason: 'GUIDELINE_DROPPED', detail: `${r.note.section}: ${r.note.detail}` });
        reviewReasons.push(`REJECTED ${r.code}: GUIDELINE_DROPPED`);
      }
      reviewReasons.push(`GUIDELINE ${r.code}: ${r.note.section} ${r.note.detail}`);
    }
  }

  // One principal at most: the first proposed principal wins; otherwise the first non-history code. A
  // manifestation is never first-listed (I.A.13) while another code can be.
  const listable = (p: (typeof kept)[number]) => !coder.conventions.isManifestation(p.entry.code);
  const byOrder = (a: (typeof kept)[number], b: (typeof kept)[number]) => a.order - b.order;
  const principals = kept.filter((p) => p.proposal.role === 'principal');
  if (principals.length > 1) reviewReasons.push(`CONFLICT: ${principals.length} principal diagnoses proposed`);
  const nonHistory = kept.filter((p) => !isHistoryCode(p.entry.code));
  const principal = principals.filter(listable).sort(byOrder)[0] ?? nonHistory.filter(listable).sort(byOrder)[0]
    ?? principals.sort(byOrder)[0] ?? nonHistory.sort(byOrder)[0];
  kept.sort((a, b) => Number(b === principal) - Number(a === principal) || a.order - b.order);

  const accepted: ValidatedCode[] = kept.map((p, i) => ({
    code: p.entry.code,
    description: p.entry.longDescription,
    billable: true,
    confidence: clamp01(p.proposal.confidence),
    role: p === principal ? 'principal' : 'secondary',
    rank: i + 1,
    evidence: p.evidence.sort((a, b) => a.start - b.start),
    source: p.proposal.source,
  }));

  for (const a of accepted) if (a.confidence < reviewBelow) reviewReasons.push(`LOW_CONFIDENCE ${a.code}: ${a.confidence}`);
  if ([...nonClinicalKinds(analysis.provenance)].some((k) => STEERING_KINDS.has(k))) reviewReasons.push(REVIEW_REASON_INSTRUCTION_IN_NOTE);
  if (!accepted.length) reviewReasons.push('NO_CODABLE_CONTENT');
  return { accepted, rejected, needsReview: reviewReasons.length > 0, reviewReasons };
}

function checkProposal(
  text: string,
  analysis: TextAnalysis,
  proposal: ProposedCode,
  codeSet: CodeSet,
  mentions: MentionIndex,
  ownEvidence: Map<string, Span[]>,
  modelWords?: CodeWords,
  tolerated?: SpanVerdict,
): { entry: CodeEntry; evidence: EvidenceSpan[] } | RejectedProposal {
  const raw = typeof proposal.code === 'string' ? proposal.code : '';
  let entry: CodeEntry | undefined;
  try {
    entry = codeSet.find(raw);
  } catch (err) {
    if (err instanceof InvalidCodeError) return { code: shown(raw), reason: 'MALFORMED_CODE', detail: 'not shaped like an ICD-10-CM code' };
    throw err;
  }
  if (!entry) return { code: shown(raw), reason: 'UNKNOWN_CODE', detail: `not in ${codeSet.version}` };
  if (!entry.billable) return { code: entry.code, reason: 'NOT_BILLABLE', detail: 'a header, not a billable leaf code' };
  const quotes = Array.isArray(proposal.evidence) ? proposal.evidence.filter((e) => e && typeof e.text === 'string' && e.text.trim()) : [];
  if (!quotes.length) return { code: entry.code, reason: 'NO_EVIDENCE' };

  const good: EvidenceSpan[] = [];
  let located = 0;
  let related = 0;
  let clinical = 0;
  const contextFailures = new Set<RejectReason>();
  for (const q of quotes) {
    const spans = locateQuote(text, q.text, q.start, q.end);
    if (spans.length) located++;
    for (const span of spans) {
      // Partly or wholly outside clinical text: never evidence (an instruction quoting a diagnosis).
      if (spanProvenance(text, analysis.provenance, span) !== 'clinical') continue;
      clinical++;
      const verdict = judgeSpan(text, analysis, entry, span, mentions, ownEvidence, codeSet, modelWords);
      if (verdict === 'UNRELATED') continue;
      related++;
      if (verdict === 'OK' || verdict === tolerated) {
        good.push(span);
        break;
      }
      contextFailures.add(verdict);
    }
  }
  if (good.length) return { entry, evidence: good };
  if (!located) return { code: entry.code, reason: 'QUOTE_NOT_FOUND', detail: 'no evidence quote occurs in the note' };
  if (!clinical) return { code: entry.code, reason: 'NON_CLINICAL_EVIDENCE', detail: 'every quote lies in an instruction, question, template, pasted or boilerplate text' };
  if (!related) return { code: entry.code, reason: 'EVIDENCE_UNRELATED', detail: `no quote speaks of ${entry.code}` };
  const reason = CONTEXT_REASONS.find((r) => contextFailures.has(r)) ?? 'EVIDENCE_UNRELATED';
  return { code: entry.code, reason };
}

type SpanVerdict = 'OK' | 'UNRELATED' | 'NEGATED' | 'HYPOTHETICAL' | 'FAMILY_HISTORY' | 'HISTORICAL';

/** Does this located span speak of the code's condition, and in a context that allows coding it? */
function judgeSpan(
  text: string,
  analysis: TextAnalysis,
  entry: CodeEntry,
  span: Span,
  mentions: MentionIndex,
  ownEvidence: Map<string, Span[]>,
  codeSet: CodeSet,
  modelWords?: CodeWords,
): SpanVerdict {
  const category = entry.code.slice(0, 3);
  // A model's code is supported by an engine mention of the same code, of its parent or child, or of a
  // sibling only when the quote also says what sets the proposed code apart from that sibling ("COPD
  // flare" → J44.1 beside J44.9); "urinary tract infection" (N39.0) is no evidence of stress incontinence (N39.3).
  const quote = modelWords && modelWords.quoteWords(text.slice(span.start, span.end));
  const speaks = (c: string) =>
    c === entry.code || (c.slice(0, 3) === category && (!modelWords || sameBranch(c, entry.code) || modelWords.distinguishes(quote!, entry.code, c)));
  const supporting = mentions.overlapping(span).filter((m) => m.codes.some(speaks));
  const contexts: MentionContext[] = supporting.map((m) => m.context);
  if (!contexts.length) {
    const own = ownEvidence.get(entry.code)?.some((e) => overlaps(e, span));
    // A code a guideline rule built from another code's mention ("colitis" K52.9 → A04.72 once C. difficile
    // is named) inherits that mention's context, as the coder judged it for the setting (II.H inpatient).
    const beneath = own ? mentions.overlapping(span) : [];
    if (beneath.length) contexts.push(...beneath.map((m) => m.context));
    else if (own || describes(text.slice(span.start, span.end), entry, codeSet)) contexts.push(mentionContext(analysis, span));
  }
  if (!contexts.length) return 'UNRELATED';
  // I.C.21.c.3: Z79 counts a drug taken long-term "for prophylactic use" too, so the prophylaxis cue that makes a
  // disease hypothetical ("DVT prophylaxis") is no bar to the drug's Z79 code (planned or conditional use still is).
  const prophylaxis = /^Z79/.test(entry.code) && PROPHYLAXIS.test(sentenceText(text, analysis, span)) && !PLANNED.test(sentenceText(text, analysis, span));
  let worst: SpanVerdict = 'UNRELATED';
  for (const c of contexts) {
    const v = contextVerdict(entry.code, prophylaxis && !c.uncertain ? { ...c, hypothetical: false } : c);
    if (v === 'OK') return 'OK';
    worst = v;
  }
  return worst;
}

const PROPHYLAXIS = /\bprophyla(?:xis|ctic(?:ally)?)\b/i;
const PLANNED = /\b(?:if|would|will|plan(?:s|ned)? to|consider(?:ing)?|candidate for|discuss(?:ed|ing)?)\b/i;

function sentenceText(text: string, analysis: TextAnalysis, span: Span): string {
  const s = sentenceAt(analysis, span.start);
  return s ? text.slice(s.start, Math.max(s.end, span.end)) : text.slice(span.start, span.end);
}

function contextVerdict(code: string, c: MentionContext): SpanVerdict {
  if (c.negated) return 'NEGATED';
  if (c.uncertain || c.hypothetical) return 'HYPOTHETICAL';
  const familyCode = /^Z8[0-4]/.test(code);
  if (familyCode) return c.family ? 'OK' : 'UNRELATED';
  if (c.family) return 'FAMILY_HISTORY';
  if (c.historical && !isHistoryCode(code) && !CHRONIC_CATEGORIES.has(code.slice(0, 3)) && !LATER_ENCOUNTER.test(code) && !STATUS_CODE.test(code) && !SEQUELA_CATEGORY.test(code) && !UNDERDOSING.test(code)) return 'HISTORICAL';
  return 'OK';
}

/**
 * Underdosing (I.C.19.e.5.c: 6th character 6 of T36-T50) and the noncompliance that explains it (Z91.12-, Z91.13-,
 * Z91.14-) are told in the past by nature: "ran out of insulin 3 days ago", "stopped taking metformin last week" are
 * their evidence, not a history of them.
 */
const UNDERDOSING = /^(?:T(?:3[6-9]|4\d|50)\.[0-9A-Z]{2}6[A-Z]?|Z91\.1[234]\d?)$/;

/**
 * A status code (I.C.21.c.3: acquired absence, transplant, ostomy, device, dialysis) is the lasting state a
 * past procedure left: "s/p kidney transplant", "status post CABG" are its evidence, not a history.
 */
const STATUS_CODE = /^Z(?:89|9[0-9])\./;
/**
 * Sequela categories (I.B.10, I.C.9.d): the code names a current residual of a past condition ("Aphasia following
 * cerebral infarction", "Sequelae of tuberculosis"), so the past wording around its evidence is what it says.
 */
const SEQUELA_CATEGORY = /^(?:I69|B9[0-4]|E64|E68|G09|O94)/;

/**
 * An injury coded for a subsequent encounter or a sequela (I.C.19.a 7th characters D, G, K, P, M, N, Q, R,
 * S) is by definition an injury of an earlier date: "fracture 3 weeks ago" is its evidence, not a history.
 */
const LATER_ENCOUNTER = /^[ST]\d\d\.[0-9A-Z]{3}[DGKPMNQRS]$/;

/**
 * Lexical fall-back for codes the lexicon does not index (residual "other" codes, encounter codes):
 * the quote must contain most of the description's content words, never just one shared word.
 */
function describes(quote: string, entry: CodeEntry, codeSet: CodeSet): boolean {
  const want = [...new Set(contentTokens(entry.longDescription))];
  if (want.length < 2) return false;
  const have = new Set(contentTokens(quote));
  const hits = want.filter((t) => have.has(t)).length;
  if (hits < 2 || hits / want.length < 0.6) return false;
  // The quote must also say what the code adds to its category ("Type 2 diabetes" is not E11.65 "… with
  // hyperglycemia"): a word of the description that the category's own title lacks.
  const category = entry.code.length > 3 ? codeSet.find(entry.code.slice(0, 3)) : undefined;
  if (!category) return true;
  const title = new Set(contentTokens(category.longDescription));
  return want.some((t) => have.has(t) && !title.has(t)) || want.every((t) => title.has(t));
}

/** One code is the other's ancestor (a parent or child in the Tabular). */
function sameBranch(a: string, b: string): boolean {
  const x = a.replace('.', '');
  const y = b.replace('.', '');
  return x.startsWith(y) || y.startsWith(x);
}

/** Content words of each code's description and lexicon terms (Index entries, inclusion terms, synonyms). */
class CodeWords {
  private readonly cache = new Map<string, Set<string>>();

  constructor(private readonly coder: Coder) {}

  of(code: string): Set<string> {
    let words = this.cache.get(code);
    if (words) return words;
    words = new Set<string>();
    for (const t of this.coder.lexicon.byCode.get(code) ?? []) for (const w of t.tokens) if (!STOP_WORDS.has(w)) words.add(w);
    this.cache.set(code, words);
    return words;
  }

  /** The quote's words in every canonical form (abbreviations expanded: "COPD" is also its words). */
  quoteWords(quote: string): Set<string> {
    const out = new Set<string>();
    for (const t of tokenize(quote)) {
      for (const n of t.norms) {
        if (STOP_WORDS.has(n)) continue;
        out.add(n);
        for (const w of synonymForms(n)) out.add(w);
      }
    }
    return out;
  }

  /** The quote uses a word of `code`'s terms that `sibling`'s terms lack: it speaks of what sets `code` apart. */
  distinguishes(quote: Set<string>, code: string, sibling: string): boolean {
    const own = this.of(code);
    const other = this.of(sibling);
    for (const w of quote) if (own.has(w) && !other.has(w)) return true;
    return false;
  }
}

const codeWords = new WeakMap<Coder, CodeWords>();
function codeWordsFor(coder: Coder): CodeWords {
  let w = codeWords.get(coder);
  if (!w) codeWords.set(coder, (w = new CodeWords(coder)));
  return w;
}

/** Is a less specific than b (same category; a is the unspecified sibling or an ancestor of b)? */
function lessSpecific(a: CodeEntry, b: CodeEntry, codeSet: CodeSet): boolean {
  if (a.code === b.code || a.code.slice(0, 3) !== b.code.slice(0, 3)) return false;
  const da = a.code.replace('.', '');
  const db = b.code.replace('.', '');
  if (db.startsWith(da)) return true;
  if (!isUnspecified(a)) return false;
  // Only when b refines the same parent branch or a is the category's residual code.
  const parentA = codeSet.parent(a.code)?.code.replace('.', '') ?? da.slice(0, 3);
  if (!isUnspecified(b)) return db.startsWith(parentA) || parentA.length <= 3;
  // A subcategory's own residual still states more than the category's ("CKD, stage 3 unspecified" N18.30
  // against "CKD, unspecified" N18.9): the category residual is the duplicate (I.B.18 specificity).
  return parentA.length <= 3 && db.length > da.length;
}

const resolvers = new WeakMap<CodeSet, SiblingResolver>();
function resolverFor(codeSet: CodeSet): SiblingResolver {
  let r = resolvers.get(codeSet);
  if (!r) resolvers.set(codeSet, (r = new SiblingResolver(codeSet)));
  return r;
}

/**
 * The note's mentions by start offset, so each evidence span finds the mentions it overlaps by binary search:
 * scanning every mention for every span was quadratic in the note's length (a 1 MB note repeating a
 * diagnosis took seconds here).
 */
class MentionIndex {
  /** Mention indices (into the given list) by ascending start offset. */
  private readonly byStart: number[];
  private readonly starts: number[];
  private readonly longest: number;

  constructor(private readonly mentions: readonly ConceptMention[]) {
    this.byStart = mentions.map((_, i) => i).sort((a, b) => mentions[a].span.start - mentions[b].span.start || a - b);
    this.starts = this.byStart.map((i) => mentions[i].span.start);
    this.longest = mentions.reduce((n, m) => Math.max(n, m.span.end - m.span.start), 0);
  }

  /** The mentions overlapping span, in the given list's order. */
  overlapping(span: Span): ConceptMention[] {
    // Only a mention starting after span.start - longest and before span.end can overlap it.
    const hits: number[] = [];
    for (let k = lowerBound(this.starts, span.start - this.longest); k < this.starts.length && this.starts[k] < span.end; k++) {
      const i = this.byStart[k];
      if (overlaps(this.mentions[i].span, span)) hits.push(i);
    }
    return hits.sort((a, b) => a - b).map((i) => this.mentions[i]);
  }
}

/** The first index whose value is ≥ x in an ascending array. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/** A code string repeated in a rejection only when it is short and code-shaped (no PHI). */
function shown(code: string): string {
  return /^[\w.]{1,10}$/.test(code.trim()) ? code.trim().toUpperCase() : '(malformed)';
}
