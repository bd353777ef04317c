// Owns turning a note into ranked, evidenced ICD-10-CM candidates: lexicon matches → most specific
// non-overlapping mentions → context (negated / uncertain / hypothetical dropped; history and family
// mapped to Z codes; uncertain ones by the setting's rule) → one candidate per code → the Official
// Guidelines rules (guidelines/) → less-specific siblings removed, ranking and the single principal.
import { loadedSourceOf, type CodeEntry, type CodeSet } from '../icd10';
import { mentionContext } from '../context';
import { isClinicalSpan, sectionAt, sentenceAt, type TextAnalysis } from '../text';
import { memoOf } from '../text/memo';
import { processSingleton } from '../processStore';
import type { CodeRole, EvidenceSpan, MentionContext, SectionKind, Span } from '../types';
import { CONCLUSION_SECTIONS, withheldBecause } from './acceptance';
import { contextDropReason, modelAccepts, type CandidateModel, type ContextDropReason, type PoolCandidate, type PoolSource } from './candidateAcceptance';
import { calibratedConfidence } from './confidence';
import { CHRONIC_CATEGORIES } from './curated';
import { applyGuidelines, CodeSetConventions, reportingOrder, statesHealingPhase, type CodingSetting, type ConventionSource, type Draft, type DroppedCode, type GuidelineNote } from './guidelines';
import { HistoryMapper } from './history';
import { treatedByPastProcedure, treatedToCompletion } from './treated';
import { buildLexicon, type LexTerm, type Lexicon, type TermSource } from './lexicon';
import { phraseTokens } from './phrase';
import { siteKey, type SiteBehaviours } from './neoplasms';
import { noteTokens, scan, type TermMatch } from './matcher';
import type { NoteToken } from './normalize';

/**
 * Neoplasms (I.C.2.d: history only once eradicated, with the follow-up Z08) and injuries (a healed injury's
 * late effect is a sequela, 7th character S) have their own rules for a finished treatment.
 */
const OWN_HISTORY_RULES = /^(C|D[0-4]|S|T)/;

export interface CodeCandidate {
  code: string;
  description: string;
  billable: true;
  confidence: number;
  rank: number;
  role: CodeRole;
  /** Offsets into the text given to `code`: text.slice(start, end) === text. */
  evidence: EvidenceSpan[];
  mentions: { span: Span; term: string; context: MentionContext }[];
  /** What the confidence was computed from (explains a score to a reviewer). */
  signals: CodeSignals;
  /** What the Official Guidelines rules did to this code, each with its section (empty when nothing). */
  guideline: GuidelineNote[];
  /** The context drop the learned candidate acceptance overturned (candidateAcceptance.ts); the validator honours only it. */
  overturned?: ContextDropReason;
}

/**
 * How a mention matched its term: the curated synonym, the verbatim tabular description, a
 * description the builder had to edit, through an abbreviation, or words scattered in the clause.
 */
export type MatchKind = 'synonym' | 'description' | 'edited' | 'abbreviation' | 'partial';

/** The features of a candidate its calibrated confidence is computed from. */
export interface CodeSignals {
  /** Best match kind over the code's mentions. */
  match: MatchKind;
  /** Content words of the most specific term that matched (1 = a bare word such as "pain"). */
  termTokens: number;
  /** Distinct mentions supporting the code. */
  mentions: number;
  /** Most authoritative section it was found in. */
  section: SectionKind;
  /** The code is its category's unspecified/residual code. */
  unspecified: boolean;
  /** A more specific code of the same category or chapter block is also coded. */
  specificSibling: boolean;
  /**
   * A history code whose sentence carries what Guideline I.C.21.c.4 asks for: a named relative for a
   * family history, or a resolved / no-longer-treated condition for a personal history.
   */
  statedHistory?: boolean;
  /**
   * An injury (S/T) of a category the note's assessment, diagnosis or impression section states (this
   * code's own mention may sit in the history or an imaging line that the assessment repeats in brief),
   * or whose healing phase or sequela the note states (the 7th-character rule read it): the encounter's injury.
   */
  injuryAssessed?: boolean;
}

/** One concept the lexicon found, with every code it can support (its own, history and family). */
export interface ConceptMention {
  span: Span;
  /** The lexicon phrase that matched. */
  term: string;
  /** The code the term stands for. */
  code: string;
  /** That code plus the personal- and family-history codes the mention could support. */
  codes: string[];
  context: MentionContext;
  confidence: number;
  source: TermSource;
  /** False when a more specific overlapping mention covers this one. */
  maximal: boolean;
  sectionKind: SectionKind;
  match: MatchKind;
  /** Content words of the matched term. */
  termTokens: number;
  /** The condition a past curative procedure was done for ("s/p cholecystectomy for cholecystitis", treated.ts). */
  treated?: boolean;
}

export interface CoderOptions {
  /** Candidates below this confidence are not proposed at all (precision first). */
  minConfidence?: number;
  /** Tabular conventions (Excludes1, code first, 7th characters); default: what the code set shows. */
  conventions?: ConventionSource;
  /** Setting when a call does not give one (Section IV.H outpatient rules by default). */
  setting?: CodingSetting;
  /** A learned acceptance model (candidateAcceptance.ts) that replaces the fixed confidence threshold. */
  candidateModel?: CandidateModel;
  /** Receives every scored candidate of each note coded, reported or not (training and evaluation only). */
  onPool?: (pool: PoolCandidate[]) => void;
}

/** Per-note coding options. */
export interface CodeOptions {
  /** Inpatient codes uncertain diagnoses as confirmed (Section II.H); outpatient codes their symptoms (IV.H). */
  setting?: CodingSetting;
}

/** Candidates of one note, the mentions behind them, and the codes the guidelines removed (with reasons). */
export interface CodingResult {
  candidates: CodeCandidate[];
  /** Every mention found, clinical or not (the validator judges quotes against them). */
  mentions: ConceptMention[];
  /** Candidates dropped because their code is not a billable code of the configured set. */
  droppedCandidates: number;
  /** Codes the guidelines removed (and codes outside the set), each with its reason. */
  dropped: DroppedCode[];
}

/**
 * Calibrated confidence (estimated probability of being right) below which a candidate is not
 * proposed: chosen on CodiEsp dev as the best F1 with exact precision ≥ 0.70 (cross-validated).
 */
export const DEFAULT_MIN_CONFIDENCE = 0.4;
/** The principal diagnosis must be more likely right than not. */
const PRINCIPAL_MIN_CONFIDENCE = 0.5;

/** Sections that state the diagnoses of an inpatient stay (where II.H codes an uncertain one as established). */
const DISCHARGE_DIAGNOSIS_SECTIONS: ReadonlySet<SectionKind> = new Set(['diagnoses', 'assessment', 'assessment_plan', 'impression', 'discharge', 'other']);

const SECTION_PRIORITY: Partial<Record<SectionKind, number>> = {
  diagnoses: 0, assessment: 0, assessment_plan: 0, impression: 0, chief_complaint: 1, hpi: 2, other: 2,
  hospital_course: 2, discharge: 2, pmh: 3,
};

/**
 * The lexicon is a pure function of the code set (and the vendored data) and is only read once built: every
 * Coder of a code set shares one (an embedded process's API and worker engines, a test file's coders) instead
 * of 50 MB and a few hundred CPU-ms each.
 */
const lexicons = new WeakMap<CodeSet, Lexicon>();
/** Under the parsed tables of a loaded code set: once per process even where modules are evaluated per test file. */
const loadedLexicons = processSingleton('coding.lexicons', () => new WeakMap<object, Lexicon>());
function lexiconOf(codeSet: CodeSet): Lexicon {
  let lexicon = lexicons.get(codeSet);
  if (lexicon) return lexicon;
  const source = loadedSourceOf(codeSet);
  lexicon = source && loadedLexicons.get(source);
  if (!lexicon) {
    lexicon = buildLexicon(codeSet);
    if (source) loadedLexicons.set(source, lexicon);
  }
  lexicons.set(codeSet, lexicon);
  return lexicon;
}

export class Coder {
  readonly lexicon: Lexicon;
  private readonly history: HistoryMapper;
  private readonly minConfidence: number;
  /** The Tabular conventions the guideline rules apply; the validator holds any model's codes to them too. */
  readonly conventions: ConventionSource;
  private readonly setting: CodingSetting;
  private readonly candidateModel: CandidateModel | undefined;
  private readonly onPool: ((pool: PoolCandidate[]) => void) | undefined;

  constructor(private readonly codeSet: CodeSet, options: CoderOptions = {}) {
    this.candidateModel = options.candidateModel;
    this.onPool = options.onPool;
    this.lexicon = lexiconOf(codeSet);
    this.history = new HistoryMapper(codeSet);
    this.minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    this.conventions = options.conventions ?? new CodeSetConventions(codeSet);
    this.setting = options.setting ?? 'outpatient';
  }

  /** Every concept the lexicon finds (including ones a more specific mention covers), with context. */
  mentionsOf(text: string, analysis: TextAnalysis): ConceptMention[] {
    return this.scanOnce(text, analysis).mentions;
  }

  /** Memo key of this coder's raw scan on an analysis (the coding result has its own under `this`). */
  private readonly scanKey = {};

  /** The note's scan, kept on its analysis: coding, validation and the summary's faithfulness guard read one scan. */
  private scanOnce(text: string, analysis: TextAnalysis): { tokens: NoteToken[]; mentions: ConceptMention[] } {
    const memo = memoOf(analysis);
    const cached = memo.get(this.scanKey) as { text: string; scanned: { tokens: NoteToken[]; mentions: ConceptMention[] } } | undefined;
    if (cached && cached.text === text) return cached.scanned;
    const scanned = this.scanNote(text, analysis);
    memo.set(this.scanKey, { text, scanned });
    return scanned;
  }

  private scanNote(text: string, analysis: TextAnalysis): { tokens: NoteToken[]; mentions: ConceptMention[] } {
    const tokens = noteTokens(text);
    const matches = scan(tokens, analysis.sentences, this.lexicon).filter((m) => !misreadSecondary(m, tokens) && !saysWithout(m, text) && !this.saysWithDefault(m, text)
      && !negatedInside(m, tokens, text, this.codeSet.get(m.term.code).longDescription) && !anotherPersons(m.span, text, analysis) && !namesGeneticRisk(m, text));
    const maximal = maximalMatches(matches);
    const mentions = matches.flatMap((m, i) => {
      const section = sectionAt(analysis, m.span.start);
      const codes = this.codesOf(m.term);
      const mention: ConceptMention = {
        span: m.span,
        term: m.term.phrase,
        code: m.term.code,
        codes,
        context: withSection(historyTermContext(analysis, text, m.span), section?.kind),
        ...(treatedByPastProcedure(text, analysis, m.span) || (!OWN_HISTORY_RULES.test(m.term.code) && treatedToCompletion(text, analysis, m.span)) ? { treated: true } : {}),
        confidence: matchConfidence(m),
        source: m.term.source,
        maximal: maximal[i],
        sectionKind: section?.kind ?? 'other',
        match: matchKind(m, tokens),
        termTokens: m.term.tokens.length,
      };
      // The Index's bracketed manifestation code ("E85.4 [I43]") is coded from the same words (I.A.13).
      const manifestation = m.term.manifestation;
      // A condition a past curative procedure removed is history whatever its category (I.C.21.c.4).
      if (mention.treated) mention.context = { ...mention.context, historical: true };
      // A spouse's, partner's or caregiver's condition is not the patient's and, as no blood relative's, no family
      // history either (I.A; Z80-Z84): nothing is coded from it.
      if (mention.context.other) return [];
      return manifestation ? [mention, { ...mention, code: manifestation, codes: [manifestation] }] : [mention];
    });
    // The condition is current elsewhere in the note ("s/p ablation for paroxysmal atrial fibrillation …
    // now recurrent paroxysmal atrial fibrillation"): the treated mention supports that current code.
    const current = new Set(mentions.filter((m) => m.maximal && !m.treated && !m.context.historical && !m.context.negated && !m.context.family).map((m) => m.code));
    for (const m of mentions) if (m.treated && current.has(m.code)) m.context = { ...m.context, historical: false };
    return { tokens, mentions };
  }

  /**
   * A description's "without Y" default was dropped from its term ("Concussion without loss of
   * consciousness" is indexed as "concussion"): a note that writes "concussion with loss of
   * consciousness" right after the words does not mean that code.
   */
  private saysWithDefault(m: TermMatch, text: string): boolean {
    if (m.term.source !== 'description') return false;
    let re = this.withDefaultByTerm[m.term.id];
    if (re === undefined) {
      const w = /\bwithout ([a-z]+)/.exec(this.codeSet.get(m.term.code).longDescription.toLowerCase());
      re = this.withDefaultByTerm[m.term.id] = w ? new RegExp(`^[^.;\\n]{0,12}?\\b(with|w/) (\\w+ )?${w[1]}`, 'i') : null;
    }
    return re !== null && re.test(text.slice(m.span.end, m.span.end + 40));
  }

  /** Per term: the "with Y" that contradicts its dropped "without Y" default (null when none). */
  private readonly withDefaultByTerm: Array<RegExp | null | undefined> = [];

  private readonly codesByTerm: Array<string[] | undefined> = [];
  /** The term's code plus the history codes it can support (fixed per term, so computed once). */
  private codesOf(term: LexTerm): string[] {
    let codes = this.codesByTerm[term.id];
    if (!codes) {
      const { personal, family } = this.history.lookup(term.code, term.tokens, this.lexicon.descriptionTokens.get(term.code));
      codes = [term.code];
      if (personal) codes.push(personal);
      if (family) codes.push(family);
      this.codesByTerm[term.id] = Object.freeze(codes) as string[];
    }
    return codes;
  }

  code(text: string, analysis: TextAnalysis, options: CodeOptions = {}): CodeCandidate[] {
    // Copies, so a caller editing its candidates cannot change what the validator later sees.
    return this.codeWithMentions(text, analysis, options).candidates.map((c) => ({
      ...c, evidence: c.evidence.map((e) => ({ ...e })), mentions: [...c.mentions], signals: { ...c.signals }, guideline: c.guideline.map((g) => ({ ...g })),
    }));
  }

  /**
   * Candidates and the mentions behind them from one scan (the validator needs both). Without a
   * setting, the last result for this analysis is reused whatever its setting (the validator re-reads
   * what the engine coded).
   */
  codeWithMentions(text: string, analysis: TextAnalysis, options: CodeOptions = {}): CodingResult {
    if (!text.trim()) return { candidates: [], mentions: [], droppedCandidates: 0, dropped: [] };
    // The engine codes a note and then validates against the same analysis: scan once.
    // Kept on the analysis, under this coder (text/memo.ts: a WeakMap would hold it past the note).
    const cached = memoOf(analysis).get(this) as { text: string; setting: CodingSetting; result: CodingResult } | undefined;
    if (cached && cached.text === text && (options.setting === undefined || options.setting === cached.setting)) return cached.result;
    const setting = options.setting ?? this.setting;
    const scanned = this.scanOnce(text, analysis);
    // Section II.H: in an inpatient record an uncertain diagnosis is coded as if it existed, so its
    // mentions are confirmed for the coder and for the validator alike.
    // A condition the note also rules out ("heart failure was considered … no heart failure") was not a
    // diagnosis left uncertain at discharge, so II.H does not make it one.
    // II.H speaks of the diagnosis documented at discharge: an uncertain finding of the course or of a
    // report ("atelectasis versus infiltrate" on a film) stays uncertain.
    const ruledOut = new Set(scanned.mentions.filter((m) => m.context.negated).map((m) => m.code));
    const mentions = setting === 'inpatient'
      ? scanned.mentions.map((m) => (m.context.uncertain && !m.context.negated && !ruledOut.has(m.code) && DISCHARGE_DIAGNOSIS_SECTIONS.has(m.sectionKind) ? { ...m, context: { ...m.context, uncertain: false } } : m))
      // A copy: the recheck rule below rewrites entries, and the raw scan stays as scanned for mentionsOf.
      : [...scanned.mentions];
    // I.C.21.c.8: at an outpatient recheck, a condition the note says has resolved ("otitis media resolved") no
    // longer exists: it is the personal history the follow-up code Z09 goes with, not a denied condition.
    if (setting === 'outpatient' && RECHECK_VISIT.test(text)) {
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i];
        if (m.context.negated && m.context.historical && !m.context.family && saysResolved(text, m.span)) mentions[i] = { ...m, context: { ...m.context, negated: false } };
      }
    }
    const dropped: DroppedCode[] = [];
    // Only clinical statements propose codes (text provenance); the validator still sees every mention.
    const clinical = mentions.filter((m) => isClinicalSpan(analysis.provenance, m.span));
    const candidates = this.candidatesFrom(text, analysis, scanned.tokens, clinical, setting, dropped);
    const droppedCandidates = dropped.filter((d) => d.section === NOT_IN_SET).length;
    const result = { candidates, mentions, droppedCandidates, dropped };
    memoOf(analysis).set(this, { text, setting, result });
    return result;
  }

  private candidatesFrom(text: string, analysis: TextAnalysis, tokens: NoteToken[], mentions: ConceptMention[], setting: CodingSetting, dropped: DroppedCode[]): CodeCandidate[] {
    const byCode = new Map<string, Draft>();
    const pooling = this.candidateModel !== undefined || this.onPool !== undefined;
    this.draftsOf(text, mentions.filter((m) => m.maximal), byCode);
    // For the learned acceptance only: codes of mentions a more specific overlapping mention covers, and codes the
    // guideline rules or the specificity choice removed, join the candidate pool with where they came from.
    const extra = new Map<string, { draft: Draft; source: PoolSource }>();
    const dropReasons = new Map<string, string>();
    const overturned = new Map<Draft, ContextDropReason>();
    if (pooling) {
      const covered = new Map<string, Draft>();
      this.draftsOf(text, mentions.filter((m) => !m.maximal), covered);
      for (const [code, d] of covered) if (!byCode.has(code) && this.billableInSet(code)) extra.set(code, { draft: d, source: 'covered' });
      // Codes a mention's context kept out (uncertain, hypothetical, a past episode), with the reason; negation, family
      // and another person's condition stay hard and never join (candidateAcceptance.ts, contextDropReason).
      const byContext = new Map<string, Draft>();
      this.draftsOf(text, mentions.filter((m) => m.maximal), byContext, (m) => {
        const reason = this.resolveContext(m) ? undefined : contextDropReason(m.context);
        if (!reason || !this.billableInSet(m.code)) return undefined;
        if (!dropReasons.has(m.code)) dropReasons.set(m.code, reason);
        return { code: m.code, confidence: m.confidence };
      });
      for (const [code, d] of byContext) if (!byCode.has(code) && !extra.has(code)) extra.set(code, { draft: d, source: 'context' });
    }
    // A code outside the configured code set (a term or table naming a code this fiscal year lacks)
    // is dropped and counted: every later step looks codes up and must never fail a note.
    for (const code of [...byCode.keys()]) {
      if (this.billableInSet(code)) continue;
      byCode.delete(code);
      dropped.push({ code, section: NOT_IN_SET, detail: `not a billable code of ${this.codeSet.version}` });
    }
    this.applyTumourBehaviour(byCode);
    // The guidelines judge what would be reported: a code below the threshold can neither combine with
    // nor explain away a reported one. Held codes return afterwards, unchanged.
    const held = new Map<string, Draft>();
    for (const d of this.score(text, analysis, byCode).keys()) {
      // Symptoms (R00–R69 but SIRS) neither combine nor explain anything away, and the integral-symptom
      // rule (I.B.5) must judge them even when rescoring would later lift them over the threshold.
      if (d.confidence >= this.minConfidence || (/^R[0-6]/.test(d.code) && !d.code.startsWith('R65'))) continue;
      held.set(d.code, d);
      byCode.delete(d.code);
    }
    const mentionSpans = mentions.filter((m) => m.maximal).map((m) => ({ span: m.span, code: m.code, codes: m.codes }));
    const covered = mentions
      .filter((m) => !m.maximal && !m.context.negated && !m.context.uncertain && !m.context.hypothetical && !m.context.family && !m.context.historical)
      .map((m) => ({ span: m.span, code: m.code, text: text.slice(m.span.start, m.span.end) }));
    const beforeGuidelines = pooling ? new Map([...held, ...byCode]) : undefined;
    applyGuidelines({ text, analysis, tokens, codeSet: this.codeSet, conventions: this.conventions, setting, mentionSpans, covered, dropped, held }, byCode);
    // A held code a guideline ruled out (an Excludes1 partner, an unspecified code the note names) stays out.
    for (const [code, d] of held) if (!byCode.has(code) && !dropped.some((x) => x.code === code)) byCode.set(code, d);
    if (beforeGuidelines) for (const [code, d] of beforeGuidelines) if (d.code === code && !byCode.has(code) && !extra.has(code) && ![...byCode.values()].includes(d)) extra.set(code, { draft: d, source: 'guideline' });
    const beforeSpecificity = pooling ? new Map(byCode) : undefined;
    this.dropLessSpecific(byCode);
    dropResiduals(byCode);

    // A neoplasm with no site at all is almost never what a note means: the site is stated elsewhere
    // (another sentence, a pathology line). Propose the site-less residual only with no other neoplasm
    // or organ finding coded; the mention still supports a model that proposes it.
    for (const code of SITELESS_NEOPLASMS) {
      if (byCode.has(code) && byCode.size > 1 && !statedByGuideline(byCode.get(code)!)) byCode.delete(code);
    }
    if (beforeSpecificity) for (const [code, d] of beforeSpecificity) if (d.code === code && !byCode.has(code) && !extra.has(code) && ![...byCode.values()].includes(d)) extra.set(code, { draft: d, source: 'specificity' });
    const signals = this.score(text, analysis, byCode, dropped);
    // The pool's extra candidates are scored apart (they must not touch the guideline bookkeeping in `dropped`).
    let allSignals = signals;
    let drafts: Draft[];
    if (pooling) {
      for (const code of [...extra.keys()]) if (byCode.has(code)) extra.delete(code);
      const extraDrafts = new Map([...extra].map(([code, e]) => [code, e.draft]));
      const extraSignals = this.score(text, analysis, extraDrafts);
      const sourceOf = new Map<Draft, PoolSource>([...extra.values()].map((e) => [e.draft, e.source]));
      // A guideline drop's reason is the rule that removed it (its Guidelines section).
      for (const [code, e] of extra) if (e.source === 'guideline') { const d = dropped.find((x) => x.code === code); if (d) dropReasons.set(code, d.section); }
      allSignals = new Map([...signals, ...extraSignals]);
      const pool = this.poolOf(analysis, new Map([...byCode, ...extraDrafts]), allSignals, setting, sourceOf, dropReasons);
      this.onPool?.(pool.map((p) => p.candidate));
      const model = this.candidateModel;
      const fixed = (p: { draft: Draft; candidate: PoolCandidate }) => p.candidate.source === 'scored' && p.draft.confidence >= this.minConfidence;
      drafts = pool.filter((p) => (model ? modelAccepts(model, p.candidate) ?? fixed(p) : fixed(p))).map((p) => p.draft);
      for (const p of pool) if (p.candidate.source === 'context' && drafts.includes(p.draft)) overturned.set(p.draft, p.candidate.dropReason as ContextDropReason);
    } else {
      drafts = [...byCode.values()].filter((d) => d.confidence >= this.minConfidence);
    }
    // I.B.14: a BMI paired with a weight diagnosis that did not reach the report is not reported alone.
    if (drafts.some((d) => BMI_CODE.test(d.code)) && !drafts.some((d) => WEIGHT_DIAGNOSIS.test(d.code))) {
      for (const d of drafts.filter((x) => BMI_CODE.test(x.code))) dropped.push({ code: d.code, section: 'I.B.14', detail: 'a BMI is reported only with an associated weight diagnosis' });
      drafts = drafts.filter((d) => !BMI_CODE.test(d.code));
    }
    // A guideline's sequencing (chapter 15 first, etiology before manifestation) outranks the section order, and the
    // Tabular's code first / use additional notes between reported codes outrank both (I.A.13, guidelines/sequencing.ts).
    let ordered = reportingOrder(drafts, this.conventions);
    // A code a guideline sequences first (poisoning I.C.19.e.5.b, chapter 15 I.C.15.a, sepsis I.C.1.d, COVID-19
    // I.C.1.g.1: sequence below the default) is the principal whatever its score: the Guidelines, not the
    // score, set what is listed first, and a better-scored code must not be moved ahead of it.
    const principalOf = (list: Draft[]) => {
      const listable = list.filter((d) => !isHistoryCode(d.code) && !this.conventions.isManifestation(d.code));
      const first = listable[0];
      if (first && (first.sequence ?? 1) < 1) return first;
      return listable.find((d) => d.confidence >= PRINCIPAL_MIN_CONFIDENCE);
    };
    let principal = principalOf(ordered);
    // Final acceptance (acceptance.ts): mechanisms validated leave-one-batch-out on unseen guideline notes.
    const withheld = this.withheld(text, analysis, ordered, principal, setting);
    if (withheld.length) {
      dropped.push(...withheld);
      const gone = new Set(withheld.map((w) => w.code));
      ordered = ordered.filter((d) => !gone.has(d.code));
      if (principal && gone.has(principal.code)) principal = principalOf(ordered);
    }
    return ordered.map((d, i) => {
      const entry = this.codeSet.get(d.code);
      return {
        code: entry.code,
        description: entry.longDescription,
        billable: true as const,
        confidence: round2(d.confidence),
        rank: i + 1,
        role: d === principal ? 'principal' : 'secondary',
        evidence: d.evidence.sort((a, b) => a.start - b.start),
        mentions: d.mentions,
        signals: allSignals.get(d)!,
        guideline: d.guideline,
        ...(overturned.has(d) ? { overturned: overturned.get(d) } : {}),
      };
    });
  }

  /** Aggregates the mentions' resolved codes into drafts (one per code, its evidence and best match). */
  private draftsOf(text: string, mentions: readonly ConceptMention[], byCode: Map<string, Draft>, resolve = (m: ConceptMention) => this.resolveContext(m)): void {
    for (const m of mentions) {
      if (m.sectionKind === 'allergies') continue;
      const resolved = resolve(m);
      if (!resolved) continue;
      const draft = byCode.get(resolved.code) ?? newDraft(resolved.code, m);
      draft.confidence = Math.max(draft.confidence, resolved.confidence);
      draft.first = Math.min(draft.first, m.span.start);
      const priority = SECTION_PRIORITY[m.sectionKind] ?? 4;
      if (priority < draft.priority) draft.section = m.sectionKind;
      draft.priority = Math.min(draft.priority, priority);
      if (MATCH_RANK[m.match] < MATCH_RANK[draft.match]) draft.match = m.match;
      draft.termTokens = Math.max(draft.termTokens, m.termTokens);
      if (!draft.evidence.some((e) => e.start === m.span.start && e.end === m.span.end)) {
        draft.evidence.push({ start: m.span.start, end: m.span.end, text: text.slice(m.span.start, m.span.end) });
        draft.mentions.push({ span: m.span, term: m.term, context: m.context });
      }
      byCode.set(resolved.code, draft);
    }
  }

  /** Every scored candidate of the note with what the learned acceptance model reads of it (candidateAcceptance.ts). */
  private poolOf(analysis: TextAnalysis, byCode: Map<string, Draft>, signals: Map<Draft, CodeSignals>, setting: CodingSetting, sourceOf: Map<Draft, PoolSource>, dropReasons: ReadonlyMap<string, string>): Array<{ draft: Draft; candidate: PoolCandidate }> {
    const drafts = [...byCode.values()];
    const codes = drafts.map((d) => d.code);
    const byConfidence = [...drafts].sort((a, b) => b.confidence - a.confidence);
    const noteSections = [...new Set(analysis.sections.map((x) => x.kind))];
    const nonClinicalNote = analysis.provenance.nonClinical.length > 0;
    return drafts.map((d) => {
      const others = codes.filter((c) => c !== d.code);
      const bare = d.code.replace('.', '');
      return {
        draft: d,
        candidate: {
          code: d.code,
          source: sourceOf.get(d) ?? 'scored',
          ...((sourceOf.get(d) === 'context' || sourceOf.get(d) === 'guideline') && dropReasons.has(d.code) ? { dropReason: dropReasons.get(d.code) } : {}),
          signals: signals.get(d)!,
          confidence: d.confidence,
          contexts: d.mentions.map((m) => m.context),
          sections: d.mentions.map((m) => sectionAt(analysis, m.span.start)?.kind ?? 'other'),
          guidelineActions: d.guideline.map((g) => g.action),
          noteSections,
          outpatient: setting === 'outpatient',
          poolSize: drafts.length,
          confidenceRank: byConfidence.findIndex((x) => x.confidence <= d.confidence) + 1,
          sameCategoryOther: others.some((o) => o.slice(0, 3) === d.code.slice(0, 3)),
          longerSibling: others.some((o) => o.slice(0, 3) === d.code.slice(0, 3) && o.replace('.', '').length > bare.length),
          excludes1Other: others.some((o) => this.conventions.excludes1Conflict(d.code, o)),
          manifestation: this.conventions.isManifestation(d.code),
          nonClinicalNote,
        },
      };
    });
  }

  /** The reported codes acceptance withholds, each with the guideline that says why (acceptance.ts). */
  private withheld(text: string, analysis: TextAnalysis, drafts: Draft[], principal: Draft | undefined, setting: CodingSetting): DroppedCode[] {
    const sectionsOf = (d: Draft) => d.mentions.map((m) => sectionAt(analysis, m.span.start)?.kind ?? 'other');
    const assessed = drafts.filter((d) => !d.code.startsWith('Z') && sectionsOf(d).some((k) => CONCLUSION_SECTIONS.has(k))).map((d) => d.code);
    return drafts.flatMap((d) => {
      const verdict = withheldBecause({
        code: d.code,
        sections: sectionsOf(d),
        secondary: d !== principal,
        sentencesBefore: d.mentions.map((m) => text.slice(sentenceAt(analysis, m.span.start).start, m.span.start)),
        chronic: CHRONIC_CATEGORIES.has(d.code.slice(0, 3)),
        outpatient: setting === 'outpatient',
      }, assessed);
      return verdict ? [{ code: d.code, ...verdict }] : [];
    });
  }

  /** Calibrated confidence of every draft (set on it), with the signals it was computed from. */
  private score(text: string, analysis: TextAnalysis, byCode: Map<string, Draft>, dropped: DroppedCode[] = []): Map<Draft, CodeSignals> {
    // A code outside the configured set can never be reported (nor looked up): dropped, never thrown.
    for (const code of [...byCode.keys()]) {
      if (this.billableInSet(code)) continue;
      byCode.delete(code);
      dropped.push({ code, section: NOT_IN_SET, detail: `not a billable code of ${this.codeSet.version}` });
    }
    const blocks = new Map<string, number>();
    for (const code of byCode.keys()) {
      const block = this.blockOf(code);
      blocks.set(block, (blocks.get(block) ?? 0) + 1);
    }
    const assessedInjuries = assessedInjuryCategories(analysis, byCode.values());
    const signals = new Map<Draft, CodeSignals>();
    for (const d of byCode.values()) {
      signals.set(d, {
        match: d.match,
        termTokens: d.termTokens,
        mentions: d.evidence.length,
        section: d.section,
        unspecified: isUnspecified(this.codeSet.get(d.code)),
        specificSibling: (blocks.get(this.blockOf(d.code)) ?? 0) > 1,
        ...(/^Z8[0-7]/.test(d.code) ? { statedHistory: statesHistory(text, analysis, d) } : {}),
        ...(/^[ST]/.test(d.code) && (assessedInjuries.has(d.code.slice(0, 3)) || statesHealingPhase(d)) ? { injuryAssessed: true } : {}),
      });
      d.confidence = calibratedConfidence(d.code, signals.get(d)!, byCode.size);
    }
    return signals;
  }

  private billableInSet(code: string): boolean {
    try {
      return this.codeSet.find(code)?.billable === true;
    } catch {
      return false; // malformed: not a code at all
    }
  }

  private readonly blocks = new Map<string, string>();
  private blockOf(code: string): string {
    const category = code.slice(0, 3);
    let block = this.blocks.get(category);
    if (block === undefined) {
      try {
        block = this.codeSet.hierarchy(code).block?.range ?? category;
      } catch {
        block = category;
      }
      this.blocks.set(category, block);
    }
    return block;
  }

  /** Which code (if any) a mention supports once its context is known. */
  private resolveContext(m: ConceptMention): { code: string; confidence: number } | undefined {
    const c = m.context;
    if (c.negated || c.uncertain || c.hypothetical) return undefined;
    if (isHistoryCode(m.code)) {
      // "Family history of X" written out: valid only when the family wording is there.
      return { code: m.code, confidence: m.confidence };
    }
    if (c.family) {
      const family = m.codes.find((x) => /^Z8[0-4]/.test(x));
      return family ? { code: family, confidence: m.confidence * 0.9 } : undefined;
    }
    if (c.historical && (m.treated || !CHRONIC_CATEGORIES.has(m.code.slice(0, 3)))) {
      const personal = m.codes.find((x) => x !== m.code && !/^Z8[0-4]/.test(x));
      return personal ? { code: personal, confidence: m.confidence * 0.9 } : undefined;
    }
    if (!this.codeSet.find(m.code)?.billable) return undefined;
    return { code: m.code, confidence: m.confidence };
  }

  /**
   * "A mass … tumour of the left kidney" in one sentence and "the biopsy showed carcinoma" in another:
   * the behaviour (C80.1 / D36.9 without a site) and the site (D49.x without a behaviour) are one tumour.
   * Only when the note names exactly one such site, so two tumours are never merged by guess.
   */
  private applyTumourBehaviour(byCode: Map<string, Draft>): void {
    const sites = [...byCode.values()].filter((d) => d.code.startsWith('D49'));
    if (sites.length !== 1) return;
    const site = sites[0];
    // Table terms are found by phrase; a tabular description ("neoplasm of left kidney") by its words.
    const known = [...new Set(site.mentions.map((m) => this.lexicon.neoplasmSites.get(m.term) ?? this.lexicon.neoplasmSites.get(siteKey(phraseTokens(m.term))))
      .filter((b) => b !== undefined).map((b) => JSON.stringify(b)))].map((b) => JSON.parse(b) as SiteBehaviours);
    if (known.length !== 1) return;
    for (const [generic, behaviour] of [['C80.1', 'malignant'], ['D36.9', 'benign']] as const) {
      const g = byCode.get(generic);
      const target = known[0]![behaviour];
      if (!g || !target || !this.codeSet.find(target)?.billable) continue;
      byCode.delete(generic);
      byCode.delete(site.code);
      const existing = byCode.get(target);
      const merged: Draft = existing ?? { ...site, code: target, evidence: [], mentions: [], confidence: Math.min(site.confidence, g.confidence) };
      for (const d of [site, g]) {
        merged.evidence.push(...d.evidence.filter((e) => !merged.evidence.some((x) => x.start === e.start)));
        merged.mentions.push(...d.mentions);
      }
      merged.first = Math.min(site.first, g.first);
      byCode.set(target, merged);
      return;
    }
  }

  /** Within one category, an unspecified code gives way to any specified sibling. */
  private dropLessSpecific(byCode: Map<string, Draft>): void {
    const byCategory = new Map<string, string[]>();
    for (const code of byCode.keys()) {
      const cat = code.slice(0, 3);
      byCategory.set(cat, [...(byCategory.get(cat) ?? []), code]);
    }
    for (const [category, codes] of byCategory) {
      // Organisms (B95–B97) are different bacteria, not more and less specific kinds of one.
      if (codes.length < 2 || /^B9[5-7]/.test(category)) continue;
      const entries = codes.map((c) => this.codeSet.get(c));
      const specific = entries.filter((e) => !isUnspecified(e));
      if (!specific.length) continue;
      for (const e of entries) {
        if (!isUnspecified(e)) continue;
        const keep = specific[0];
        const loser = byCode.get(e.code)!;
        const winner = byCode.get(keep.code)!;
        winner.evidence.push(...loser.evidence.filter((x) => !winner.evidence.some((y) => y.start === x.start)));
        winner.mentions.push(...loser.mentions);
        byCode.delete(e.code);
      }
    }
  }
}

/**
 * A cancer named as part of a hereditary syndrome or a genetic risk ("hereditary breast and ovarian cancer
 * syndrome", "colon cancer susceptibility gene", "breast cancer gene mutation") is not the patient's cancer:
 * the risk is Z15.- (genetic susceptibility) and a relative's cancer Z80.- (I.C.21.c.4, I.A.19).
 */
const GENETIC_RISK_AFTER = /^[\s-]*(?:syndromes?|susceptibility|predisposition|genes?|gene mutations?|mutation carriers?|carriers?|panel)\b/i;

function namesGeneticRisk(m: TermMatch, text: string): boolean {
  if (!/^(C|D[0-4])/.test(m.term.code)) return false;
  return GENETIC_RISK_AFTER.test(text.slice(m.span.end, m.span.end + 40));
}

const RECHECK_VISIT = /\b(?:follow[- ]?up|f\/u|recheck|re-check)\b/i;
const RESOLVED_AFTER = /^[\s,:-]*(?:(?:has|have|is|now|had|since|completely|fully)\s+){0,2}(?:resolved|cleared)\b/i;
const RESOLVED_BEFORE = /\b(?:resolution of|resolved)\s+(?:\w+\s+)?$/i;
/** The mention is said to have resolved, right after it or just before it ("resolved otitis"). */
function saysResolved(text: string, span: Span): boolean {
  return RESOLVED_AFTER.test(text.slice(span.end, span.end + 40)) || RESOLVED_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start));
}

/** Words naming a primary malignancy: "metastases of renal cell carcinoma" is a kidney primary, not a kidney secondary. */
const PRIMARY_MORPHOLOGY = /^(carcinomas?|adenocarcinomas?|cancers?|malignancy|sarcoma|melanoma)$/;

function misreadSecondary(m: TermMatch, tokens: NoteToken[]): boolean {
  if (!/^C7[7-9]/.test(m.term.code) || m.term.tokens.length < 4) return false;
  return m.positions.some((p) => PRIMARY_MORPHOLOGY.test(tokens[p].raw));
}

/**
 * A term "X with Y" ("laceration with foreign body") is not what a note means by "X without Y" or
 * "X, no Y": stop words are not matched, so the absence word must be checked in the text itself.
 */
function saysWithout(m: TermMatch, text: string): boolean {
  if (!m.term.phrase.includes('with ')) return false;
  let re = withoutByPhrase.get(m.term.phrase);
  if (re === undefined) {
    const w = /\bwith ([a-z]+)/.exec(m.term.phrase);
    withoutByPhrase.set(m.term.phrase, (re = w ? new RegExp(`\\b(without|no|w/o) (\\w+ )?${w[1]}`, 'i') : null));
  }
  return re !== null && re.test(text.slice(Math.max(0, m.span.start - 40), m.span.end));
}
const withoutByPhrase = new Map<string, RegExp | null>();

/**
 * ConText reads triggers before and after a mention; a term matched order-free can also hold one
 * between its words: "Skin without rash" matches "skin … rash" (R21) around "without", and
 * "retinopathy of both eyes without macular edema" matches "retinopathy with macular edema". The words
 * after the trigger are absent (NegEx: a negation phrase scopes over the words that follow it), so the
 * term is not in the note; its shorter parts are still read ("retinopathy" affirmed, "macular edema" and
 * "rash" negated by ConText). A term that itself states an absence ("diabetes without complications")
 * owns its trigger.
 */
function negatedInside(m: TermMatch, tokens: NoteToken[], text: string, title: string): boolean {
  if (m.positions.length < 2 || TERM_STATES_ABSENCE.test(m.term.phrase)) return false;
  const sorted = [...m.positions].sort((a, b) => a - b);
  for (let k = 1; k < sorted.length; k++) {
    const gap = text.slice(tokens[sorted[k - 1]].end, tokens[sorted[k]].start);
    if (gap.length > MAX_INNER_GAP_CHARS) continue;
    const trigger = INNER_NEGATION.exec(gap);
    if (!trigger) continue;
    // The title's own absence ("… without macular edema", "… without complications") is what the note
    // negates: the term owns the trigger. Any other absent word ("gallbladder without stones" against
    // "Calculus of gallbladder without cholecystitis") leaves the term unstated.
    const negatedWords = `${gap.slice(trigger.index)} ${text.slice(tokens[sorted[k]].start, tokens[sorted[k]].end + 30)}`;
    if (!saysTitleAbsence(title, negatedWords)) return true;
  }
  return false;
}
const TERM_STATES_ABSENCE = /\b(without|no|not|absence|absent|free|negative)\b/;
// The trigger must govern the next matched word: no clause break between them ("no diabetes, chronic
// kidney disease" negates the diabetes only).
const INNER_NEGATION = /\b(without|w\/o|no|not|denies|denied|negative for|free of|absence of)\b[^,;:.\n()]{0,25}$/i;
/** Letters two word forms must share to be one word ("complication" / "complications"). */
const SAME_WORD_CHARS = 6;
function saysTitleAbsence(title: string, negated: string): boolean {
  const absent = /\bwithout ([a-z ]+)/i.exec(title);
  if (!absent) return false;
  const absentWords = absent[1].toLowerCase().split(/\s+/).filter((w) => w.length > 3).map((w) => w.slice(0, SAME_WORD_CHARS));
  const words = negated.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3).slice(1, 4);
  return words.some((w) => absentWords.includes(w.slice(0, SAME_WORD_CHARS)));
}
/** An inner gap longer than this is two clauses, not one finding with its negation inside. */
const MAX_INNER_GAP_CHARS = 40;

/**
 * Site-less residuals: a neoplasm with no site ("carcinoma", "metastases", "benign tumour"), and the
 * Index defaults of bare "abscess" (cutaneous) and "vision loss" (unspecified eye) — in a note that
 * codes anything else, the organ or the eye is stated elsewhere and the default code is wrong.
 */
const SITELESS_NEOPLASMS = ['C80.1', 'C79.9', 'D36.9', 'D49.9', 'L02.91', 'H54.7'];

/** Residual codes that only stand when nothing more specific of their kind was found. */
const RESIDUALS: Array<[code: string, specific: RegExp]> = [
  ['C80.1', /^(C[0-7]|C8[1-9]|C9|D0)/], ['C79.9', /^C7[7-9]/], ['D36.9', /^D[1-3]/],
  ['R58', /^(R04|K92|K62.5|I61|I62|R31|N93|D68|S06)/], ['T14.90XA', /^[ST]/], ['T14.8XXA', /^[ST]/],
];

/** A residual a guideline rule added on the note's own statement (C80.1 for a primary stated unknown, I.C.2.l). */
function statedByGuideline(d: Draft): boolean {
  return d.guideline.some((g) => g.action === 'added' && g.section === 'I.C.2.l');
}

function dropResiduals(byCode: Map<string, Draft>): void {
  for (const [code, specific] of RESIDUALS) {
    if (byCode.has(code) && !statedByGuideline(byCode.get(code)!) && [...byCode.keys()].some((k) => k !== code && specific.test(k))) byCode.delete(code);
  }
  // A "tumour" of unstated behaviour (D49) gives way once the note says what the tumour is.
  if ([...byCode.keys()].some((k) => /^(C|D0|D[1-3]|D4[0-8])/.test(k))) {
    for (const k of [...byCode.keys()]) if (k.startsWith('D49')) byCode.delete(k);
  }
}


function newDraft(code: string, m: ConceptMention): Draft {
  return { code, confidence: 0, first: m.span.start, priority: 9, evidence: [], mentions: [], match: 'partial', termTokens: 0, section: m.sectionKind, guideline: [] };
}

/** A relative named: the family history is the note's statement, not a guess from a section. */
const RELATIVE = /\b(mother|father|sister|brother|sibling|parents?|aunt|uncle|grand(mother|father|parent)s?|daughter|son|cousin|family history|fhx?)\b/i;
/** The condition is gone and no longer treated: what a personal-history code means (I.C.21.c.4). */
const RESOLVED = /\b((no|without) (evidence of )?(recurrence|disease|residual)|(\w+(ectomy|resection|excision)|ablation|isolation|repair|release|replacement|transplant) for|ned|in (complete )?remission|resolved|cured|completed (treatment|chemotherapy|radiation|therapy)|(status post|s\/p) \w*(ectomy|resection)|resected|excised|treated definitively|definitively treated|no treatment since|(full|complete) recovery|fully recovered|without residual|free of (disease|cancer|recurrence|tumou?r)|(disease|cancer)[- ]free)\b/i;

function statesHistory(text: string, analysis: TextAnalysis, d: Draft): boolean {
  const family = /^Z8[0-4]/.test(d.code);
  return d.evidence.some((e) => {
    const s = sentenceAt(analysis, e.start);
    const sentence = s.end > s.start ? text.slice(s.start, s.end) : e.text;
    return (family ? RELATIVE : RESOLVED).test(sentence);
  });
}

/** The reason recorded for a code outside the configured set (convention I.A: only codes of the classification). */
const NOT_IN_SET = 'I.A';

/** Personal/family history codes (and old MI) are never the principal diagnosis of a visit. */
export function isHistoryCode(code: string): boolean {
  return /^Z8[0-7]/.test(code) || code === 'I25.2';
}

/** A residual "unspecified" code of its category. */
export function isUnspecified(entry: CodeEntry): boolean {
  return /\bunspecified\b|without complications/i.test(entry.longDescription);
}

function withSection(c: MentionContext, kind: SectionKind | undefined): MentionContext {
  if (kind === 'family_history' && !c.family) return { ...c, family: true };
  if (kind === 'psh' && !c.historical) return { ...c, historical: true };
  return c;
}

/** Confidence of one lexicon match: curated synonym > verbatim description > scattered words. */
function matchConfidence(m: TermMatch): number {
  let c = m.term.source === 'synonym' ? 0.9 : 0.82;
  c -= Math.min(0.15, 0.03 * m.term.penalty);
  if (!m.exact) c -= 0.12;
  return Math.max(0.3, Math.min(0.99, c));
}

/** A match is maximal unless another match uses a strict superset of its (position, token) pairs. */
function maximalMatches(matches: TermMatch[]): boolean[] {
  const byPosition = new Map<number, number[]>();
  matches.forEach((m, i) => {
    for (const p of m.positions) {
      const list = byPosition.get(p);
      if (list) list.push(i);
      else byPosition.set(p, [i]);
    }
  });
  return matches.map((m, i) => {
    const others = byPosition.get(m.positions[0]) ?? [];
    for (const j of others) {
      const o = matches[j];
      if (o === m || o.pairs.size < m.pairs.size) continue;
      // The Index prints nonessential modifiers in parentheses ("Pharyngitis (acute) … (viral)"): they may stand
      // between a term's words. A scattered match of a longer term ("acute … pharyngitis" around "viral") does
      // not hide the contiguous match of a shorter one it contains when both name the same code.
      if (m.exact && !o.exact && o.term.code === m.term.code) continue;
      if (![...m.pairs].every((p) => o.pairs.has(p))) continue;
      if (o.pairs.size > m.pairs.size) return false;
      // Same words, two terms: the curated synonym, then the less-edited description, then the first wins.
      if (betterTerm(o, m) || (!betterTerm(m, o) && j < i)) return false;
    }
    return true;
  });
}

function betterTerm(a: TermMatch, b: TermMatch): boolean {
  if (a.term.source !== b.term.source) return a.term.source === 'synonym';
  return a.term.penalty < b.term.penalty;
}

const BMI_CODE = /^Z68/;
/** Weight diagnoses a BMI may accompany (I.B.14; the same list as the BMI rule's, guidelines/zcodes.ts). */
const WEIGHT_DIAGNOSIS = /^(?:E66|E4[0-6]|R63\.6|R64)/;

const MATCH_RANK: Record<MatchKind, number> = { synonym: 0, description: 1, edited: 2, abbreviation: 3, partial: 4 };

function matchKind(m: TermMatch, tokens: NoteToken[]): MatchKind {
  if (!m.exact) return 'partial';
  for (const pair of m.pairs) {
    const colon = pair.indexOf(':');
    if (tokens[Number(pair.slice(0, colon))].expanded?.has(pair.slice(colon + 1))) return 'abbreviation';
  }
  if (m.term.source === 'synonym') return 'synonym';
  return m.term.penalty === 0 ? 'description' : 'edited';
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const ASSESSMENT_SECTIONS: ReadonlySet<SectionKind> = new Set(['diagnoses', 'assessment', 'assessment_plan', 'impression']);

/**
 * Categories of the injuries (S/T, not T14's siteless injury) with any evidence in an assessment,
 * diagnosis or impression section: the encounter's injury (I.C.19), however briefly the assessment
 * names it ("left tibial shaft fracture" for the history's "displaced transverse fracture of …").
 */
function assessedInjuryCategories(analysis: TextAnalysis, drafts: Iterable<Draft>): Set<string> {
  const out = new Set<string>();
  // An injury-care encounter note written without an assessment heading (title "Emergency department", then
  // history, imaging and treatment): its body states the encounter's injury (I.C.19), as an assessment would.
  const bodyIsAssessment = injuryEncounterWithoutAssessment(analysis);
  for (const d of drafts) {
    if (!/^[ST]/.test(d.code) || d.code.startsWith('T14') || out.has(d.code.slice(0, 3))) continue;
    if (bodyIsAssessment || d.evidence.some((e) => ASSESSMENT_SECTIONS.has(sectionAt(analysis, e.start)?.kind ?? 'other'))) out.add(d.code.slice(0, 3));
  }
  return out;
}

/** Titles of notes written for an injury-care encounter (the emergency department, urgent care, a fracture clinic). */
const INJURY_ENCOUNTER_TITLE = /^\s*(?:emergency (?:department|room)|ED|ER|urgent care|walk-in clinic|fracture clinic|trauma (?:bay|team|service))\b/i;

function injuryEncounterWithoutAssessment(analysis: TextAnalysis): boolean {
  const firstLine = /^\s*[^\n]*/.exec(analysis.text)?.[0] ?? '';
  if (!INJURY_ENCOUNTER_TITLE.test(firstLine)) return false;
  return !analysis.sections.some((x) => ASSESSMENT_SECTIONS.has(x.kind));
}

/**
 * "Husband has obstructive sleep apnea on CPAP": a condition of someone living with the patient who is
 * not a blood relative is neither the patient's diagnosis nor a family history code (Z80-Z84 are for
 * relatives; I.C.21.c.4), so no code is taken from that clause. Relatives stay with the family context.
 */
const OTHER_PERSON_CLAUSE = /(?:^|[.;:]\s*|\b(?:and|but)\s+)(?:(?:her|his|their|the patient's|patient's|pt's)\s+)?(?:husband|wife|spouse|partner|boyfriend|girlfriend|fianc[eé]e?|roommate|co-?worker|colleague|friend|neighbou?r|caregiver)\s+(?:has|had|have|is|was|with|also has|recently|diagnosed|tested|just)\b[^;.]*$/i;

function anotherPersons(span: Span, text: string, analysis: TextAnalysis): boolean {
  const sentence = analysis.sentences.find((x) => x.start <= span.start && span.start < x.end);
  const from = sentence ? sentence.start : Math.max(0, span.start - 120);
  return OTHER_PERSON_CLAUSE.test(text.slice(from, span.start));
}

/** A term that names the history in its own words ("history of falling", Z91.81). */
const HISTORY_TERM_LEAD = /^(?:history|hx|h\/o)\s+of\s+/i;

/**
 * The context of a mention; for a term whose own words begin "history of", its denial is read as if the term began
 * after them: "no history of falls" is the negation trigger "no history of" before "falls", which a span that starts
 * at "history" would cut in two. The other readings (historical, family) stay those of the whole term.
 */
function historyTermContext(analysis: TextAnalysis, text: string, span: Span): MentionContext {
  const context = mentionContext(analysis, span);
  const lead = HISTORY_TERM_LEAD.exec(text.slice(span.start, span.end));
  if (!lead || context.negated || span.start + lead[0].length >= span.end) return context;
  return mentionContext(analysis, { start: span.start + lead[0].length, end: span.end }).negated ? { ...context, negated: true } : context;
}
