// Owns the embedded clinical engine as one deterministic, offline pipeline:
// redact → analyse → propose codes → summarise → validate, with every offset reported in the
// original text. It is the default model provider and the verifier of any model's codes.
import { performance } from 'node:perf_hooks';
import { createPhiDetector, redact, type PhiDeploymentOptions, type PhiDetector, type Redaction, type RedactOptions } from './phi';
import { analyzeText, type SegmentKind, type TextAnalysis } from './text';
import { readReplacedWording } from './text/provenanceOriginal';
import { loadCandidateModel, type CandidateModel } from './coding/candidateAcceptance';
import { Coder, KnowledgeConventions, settingForNoteType, settingFromNoteForm, type CodeCandidate, type CoderOptions, type CodingSetting, type GuidelineNote } from './coding';
import { validateCodes, type ProposedCode, type ValidationResult } from './validate';
import { summarize, type Summary } from './summarize';
import { loadCodeSet, loadKnowledge, type CodeSet } from './icd10';
import type { CodeRole, EvidenceSpan, PhiSpan, RedactionMode } from './types';
import { buildReport } from '../domain/report';

export interface EngineOptions {
  /** ICD-10-CM fiscal year of the code set (default: the manifest's default, FY2027). */
  fiscalYear?: number;
  codeSet?: CodeSet;
  /**
   * The coder's learned candidate acceptance (coding/candidateAcceptance.ts; default: the shipped model under
   * data/coding, `false`: the fixed threshold alone) and its pool sink (training and evaluation only).
   */
  coder?: { candidateModel?: CandidateModel | false; onPool?: CoderOptions['onPool'] };
  /** Codes below this confidence send the report to review. */
  reviewConfidenceBelow?: number;
  /** Per-deployment PHI recognizers and allow/deny lists (default: every recognizer, no lists). */
  phi?: PhiDeploymentOptions;
  /**
   * Reporting setting when a note gives neither a setting nor a note type: inpatient codes uncertain
   * diagnoses as if confirmed (Official Guidelines Section II.H), outpatient codes their symptoms
   * (Section IV.H). Default: the note's own form decides (a case-report narrative is inpatient,
   * `settingFromNoteForm`), else 'outpatient'.
   */
  setting?: CodingSetting;
  /** Summary length budget (SUMMARY_MAX_RATIO, SUMMARY_SHORT_NOTE_WORDS); defaults in SUMMARY_DEFAULTS. */
  summary?: { maxRatio?: number; shortNoteWords?: number };
}

/** Per-note options of `process`. */
export interface ProcessOptions {
  /** How PHI reads in `redactedText` (default TAG). */
  redaction?: RedactionMode;
  /** SURROGATE only: fixes surrogates and the date shift (a random per-call secret when omitted). */
  surrogateSeed?: string;
  /** The coding setting of this note; overrides the one derived from `noteType`. */
  setting?: CodingSetting;
  /** Note type (DISCHARGE_SUMMARY and HISTORY_AND_PHYSICAL are inpatient; the others outpatient). */
  noteType?: string;
}

export interface ReportCode {
  code: string;
  description: string;
  billable: boolean;
  confidence: number;
  rank: number;
  role: CodeRole;
  /** Offsets into the ORIGINAL note text: text.slice(start, end) === evidence.text. */
  evidence: EvidenceSpan[];
  /** What the Official Guidelines rules did to this code (combination, refinement, sequencing), when anything. */
  guideline?: GuidelineNote[];
}

export interface RejectedCode {
  code: string;
  reason: string;
  detail?: string;
}

/** A stretch of the note that is not a clinical statement (never evidence), in original offsets. */
export interface NonClinicalSegment {
  start: number;
  end: number;
  kind: Exclude<SegmentKind, 'clinical'>;
  /** The provenance rule that marked it. */
  rule: string;
}

export interface EngineTimingsMs {
  redact: number;
  analyze: number;
  code: number;
  summarize: number;
  validate: number;
  total: number;
}

export interface EngineResult {
  redactedText: string;
  redaction: RedactionMode;
  /** PHI spans in original-text offsets. */
  phi: PhiSpan[];
  /** Summary of the redacted text: it never carries PHI; its sources are redacted-text offsets. */
  summary: Summary;
  codes: ReportCode[];
  rejectedCodes: RejectedCode[];
  needsReview: boolean;
  reviewReasons: string[];
  /** Instructions, questions, templates, pasted and boilerplate text: flagged, never evidence. */
  nonClinicalSegments: NonClinicalSegment[];
  /** Candidates the coder built for codes outside the configured code set, dropped (never thrown). */
  droppedCandidates: number;
  codeSetVersion: string;
  timingsMs: EngineTimingsMs;
}

/** Intermediate results, exposed so the service pipeline can persist each stage separately. */
export interface CodingOutcome {
  candidates: CodeCandidate[];
  validation: ValidationResult;
}

export class ClinicalEngine {
  readonly codeSet: CodeSet;
  readonly coder: Coder;
  private readonly reviewConfidenceBelow?: number;
  private readonly summaryBudget: { maxRatio?: number; shortNoteWords?: number };
  private readonly phiDetector?: PhiDetector;
  /** The configured default setting; undefined lets each note's form decide before falling back to outpatient. */
  private readonly setting?: CodingSetting;

  constructor(options: EngineOptions = {}) {
    this.phiDetector = options.phi ? createPhiDetector(options.phi) : undefined;
    this.codeSet = options.codeSet ?? loadCodeSet(options.fiscalYear);
    // The Tabular List's notes (Excludes1, code first) from the knowledge base of the same fiscal year.
    // The coder's lexicon reads the same knowledge base (loaded once per year), so it is required here too.
    const candidateModel = options.coder?.candidateModel === false ? undefined : options.coder?.candidateModel ?? loadCandidateModel();
    this.coder = new Coder(this.codeSet, { onPool: options.coder?.onPool, candidateModel, conventions: new KnowledgeConventions(loadKnowledge(this.codeSet.fiscalYear), this.codeSet) });
    this.reviewConfidenceBelow = options.reviewConfidenceBelow;
    this.summaryBudget = { ...options.summary };
    this.setting = options.setting;
  }

  /**
   * The setting a note is coded in: given, else from its note type, else the engine's configured default,
   * else what the note's form says (`text`: the analysed note), else outpatient (IV.H, the stricter rule).
   */
  settingFor(options: ProcessOptions = {}, text?: string): CodingSetting {
    if (options.setting) return options.setting;
    if (options.noteType) return settingForNoteType(options.noteType);
    return this.setting ?? (text !== undefined ? settingFromNoteForm(text) : undefined) ?? 'outpatient';
  }

  redact(text: string, options?: RedactOptions): Redaction {
    return redact(text, { ...options, detector: options?.detector ?? this.phiDetector });
  }

  /**
   * The analysis of a redacted text. Run once per note: a job's later stages are handed it (or restore
   * it from the redaction stage's output, `storeAnalysis`), and the coder keeps its result on it.
   */
  analyze(redactedText: string, original?: { text: string; redaction: Pick<Redaction, 'spans' | 'map'> }): TextAnalysis {
    const analysis = analyzeText(redactedText);
    if (!original) return analysis;
    // Provenance runs after redaction, which may have taken a request's words for names: the lines it stripped of
    // coding or billing words are read again in their original wording (only the verdict crosses over).
    const { spans, map } = original.redaction;
    const replacements = spans.map((s) => ({ original: { start: s.start, end: s.end }, redacted: map.spanToRedacted(s) }));
    return { ...analysis, provenance: readReplacedWording(redactedText, analysis.provenance, original.text, replacements, (s) => map.spanToOriginal(s)) };
  }

  /**
   * The structured extractive summary. The coder's candidates mark the sentences that name conditions, and
   * each coded condition must be named by the summary (else it is listed in `summary.defects`).
   */
  summarize(analysis: TextAnalysis, candidates: CodeCandidate[] = []): Summary {
    // The coder's scan is kept on the analysis, so reading its mentions here costs no second scan.
    const mentions = this.coder.codeWithMentions(analysis.text, analysis).mentions;
    return summarize(analysis, {
      salient: candidates.flatMap((c) => c.evidence),
      conditions: mentions.filter((m) => m.maximal && !m.context.negated && !m.context.family && !m.context.other).map((m) => m.span),
      // Every mention behind a code counts as naming it (its evidence list keeps only the best quotes).
      coded: candidates.map((c) => ({ code: c.code, evidence: [...c.evidence, ...c.mentions.map((m) => m.span)] })),
      // Each statement is read alone with the same coder, so a quote that loses its negation or subject is dropped. The note's
      // side is every mention the scan found (maximal or not, as the evaluation's contradiction count reads it).
      context: { mentions: this.coder.mentionsOf(analysis.text, analysis), find: (text, a) => this.coder.mentionsOf(text, a) },
      ...this.summaryBudget,
    });
  }

  /** Candidate codes from the engine's own lexicon (offsets into the analysed text). */
  propose(analysis: TextAnalysis, options: ProcessOptions = {}): CodeCandidate[] {
    return this.coder.code(analysis.text, analysis, { setting: this.settingFor(options, analysis.text) });
  }

  /** Verifies proposals from any source against the code set and the analysed text. */
  validate(analysis: TextAnalysis, proposals: ProposedCode[], options: ProcessOptions = {}): ValidationResult {
    return validateCodes(analysis.text, analysis, proposals, { codeSet: this.codeSet, coder: this.coder }, {
      reviewConfidenceBelow: this.reviewConfidenceBelow,
      setting: this.settingFor(options, analysis.text),
    });
  }

  /** Runs the whole engine on one note. */
  process(text: string, options: ProcessOptions = {}): EngineResult {
    const t0 = performance.now();
    const redaction = this.redact(text, { mode: options.redaction, surrogateSeed: options.surrogateSeed });
    const t1 = performance.now();
    // One analysis for every stage of this note; it and everything the coder keeps on it die young, cheaply.
    const analysis = this.analyze(redaction.text, { text, redaction });
    const t2 = performance.now();
    // The note's setting once: reading it from the note's form scans the whole text.
    const coding = { ...options, setting: this.settingFor(options, analysis.text) };
    const candidates = this.propose(analysis, coding);
    const { droppedCandidates } = this.coder.codeWithMentions(analysis.text, analysis);
    const t3 = performance.now();
    const summary = this.summarize(analysis, candidates);
    const t4 = performance.now();
    const proposals = candidatesToProposals(candidates);
    const validation = this.validate(analysis, proposals, coding);
    const report = buildReport({
      redaction: { redactedText: redaction.text, phi: redaction.spans, map: redaction.map, offsetMapJson: redaction.map.toJSON() },
      summary,
      candidates,
      proposals,
      validation,
      codeSetVersion: this.codeSet.version,
    });
    const t5 = performance.now();
    return {
      redactedText: redaction.text,
      redaction: redaction.mode,
      phi: redaction.spans,
      summary,
      codes: report.codes,
      rejectedCodes: report.rejectedCodes,
      needsReview: report.needsReview,
      reviewReasons: report.reviewReasons,
      nonClinicalSegments: analysis.provenance.nonClinical.map((s) => ({
        ...redaction.map.spanToOriginal({ start: s.start, end: s.end }),
        kind: s.kind as NonClinicalSegment['kind'],
        rule: s.rule ?? '',
      })),
      droppedCandidates,
      codeSetVersion: this.codeSet.version,
      timingsMs: {
        redact: round(t1 - t0),
        analyze: round(t2 - t1),
        code: round(t3 - t2),
        summarize: round(t4 - t3),
        validate: round(t5 - t4),
        total: round(t5 - t0),
      },
    };
  }
}

export function candidatesToProposals(candidates: CodeCandidate[]): ProposedCode[] {
  return candidates.map((c) => ({
    code: c.code,
    confidence: c.confidence,
    role: c.role,
    source: 'engine' as const,
    evidence: c.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end })),
  }));
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
