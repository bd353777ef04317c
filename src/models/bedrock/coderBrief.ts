// Owns what the Bedrock coder is told about the engine's work on one note: each candidate with the
// Official Guidelines reasons the rules recorded on it and the Tabular conventions that bind it
// (Excludes1 partners among the plausible codes, code first / use additional, manifestation, 7th
// character and placeholder X), and the codes the engine considered and rejected, with why. Bounded in
// size; never an offset; the only note text is evidence already inside the redacted note sent.
import type { ClinicalEngine } from '../../engine';
import type { CodeCandidate, CodeSignals, ConventionSource, DroppedCode } from '../../engine/coding';
import { loadKnowledge, type CodeRef, type Knowledge } from '../../engine/icd10';
import { isClinicalSpan, type TextAnalysis } from '../../engine/text';
import type { MentionContext } from '../../engine/types';

/** Bounds of the brief: the whole of it in characters, and entries of each list. */
export const CODER_BRIEF_LIMITS = {
  /** Both JSON blocks together (candidates and rejected codes); shrunk in steps beyond it. */
  maxChars: 16_000,
  maxCandidates: 40,
  maxRejected: 15,
  maxExcludes1Partners: 6,
  /** Code first / use additional notes shown per candidate and kind, nearest the code first. */
  maxNotesPerKind: 3,
  maxNoteChars: 160,
  maxDescriptionChars: 120,
  /** Quotes per candidate and characters of each: a prefix of a quote is still verbatim. */
  maxEvidenceQuotes: 5,
  maxEvidenceChars: 300,
  maxGuidelineNotes: 6,
} as const;

/** The section the coder uses for a code outside the configured set (not a guideline decision). */
const NOT_IN_CODE_SET_SECTION = 'I.A';

export interface SeventhCharacterBrief {
  required: true;
  /** "X": the code is shorter than six characters, so X fills the empty positions before the 7th. */
  placeholder?: 'X';
  /** Valid 7th characters and what each means (the Tabular's own words). */
  allowed: Record<string, string>;
}

export interface CandidateConventions {
  /** Plausible codes of this note (candidates or codes the engine considered) never reported with it (I.A.12.a). */
  excludes1With?: string[];
  /** A manifestation ("in diseases classified elsewhere"): never first-listed, its etiology coded first (I.A.13). */
  manifestation?: true;
  codeFirst?: string[];
  useAdditional?: string[];
  seventhCharacter?: SeventhCharacterBrief;
}

export interface CandidateBrief {
  code: string;
  description: string;
  confidence: number;
  role: string;
  evidence: string[];
  reasons: string[];
  /** What the guideline rules did to this code, each with its section ("I.C.4.a combined: …"). */
  guideline?: string[];
  conventions?: CandidateConventions;
}

export interface RejectedBrief {
  code: string;
  description: string;
  reason: string;
}

export interface CoderBrief {
  candidates: CandidateBrief[];
  rejected: RejectedBrief[];
}

/** The engine's signals as short reasons a coder can weigh ("found in the assessment"). */
export function candidateReasons(signals: CodeSignals | undefined): string[] {
  if (!signals) return [];
  const reasons = [
    `matched by ${signals.match === 'partial' ? 'scattered words' : signals.match} (${signals.termTokens} word${signals.termTokens === 1 ? '' : 's'})`,
    `${signals.mentions} mention${signals.mentions === 1 ? '' : 's'}, the most authoritative in the ${signals.section.replace(/_/g, ' ')} section`,
  ];
  if (signals.unspecified) reasons.push('unspecified code: replace it when the note documents more detail');
  if (signals.specificSibling) reasons.push('a related code of the same block is also proposed');
  return reasons;
}

/** Why a mention's code was not proposed, from its context (the same judgements the validator makes). */
function contextReason(c: MentionContext): string | undefined {
  if (c.negated) return 'negated in the note (never coded)';
  if (c.family) return "a family member's condition (only a family-history Z80-Z84 code)";
  if (c.uncertain || c.hypothetical) return 'uncertain or hypothetical: outpatient codes the symptoms instead (IV.H)';
  if (c.historical) return 'a past condition: only a personal-history Z code unless still treated';
  return undefined;
}

/**
 * The Tabular prints a note as a lead-in ending in ":" followed by its items, one per line ("code to identify
 * control using:", "insulin (Z79.4)", …): each lead-in is joined with its items so a note reads as one line.
 */
function noteLines(refs: readonly CodeRef[]): string[] {
  const out: Array<{ text: string; source: string; open: boolean }> = [];
  for (const r of refs) {
    const last = out[out.length - 1];
    const item = r.note.trim();
    const startsNote = /^(code|use|any|additional)\b/i.test(item);
    if (last?.open && last.source === r.source && !startsNote) {
      last.text += last.text.endsWith(':') ? ` ${item}` : `; ${item}`;
    } else {
      out.push({ text: item, source: r.source, open: item.endsWith(':') });
    }
  }
  return out.map((n) => n.text);
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What the brief reads of the engine: its code set, its coder (conventions, coding result) and settings. */
export type BriefEngine = Pick<ClinicalEngine, 'codeSet' | 'coder' | 'settingFor' | 'analyze'>;

/** Builds the brief from the engine's view of the note and the Tabular List's notes (knowledge base). */
export class CoderBriefBuilder {
  private readonly knowledge: Knowledge;
  private readonly conventions: ConventionSource;

  constructor(private readonly engine: BriefEngine, knowledge?: Knowledge) {
    // Loaded once per fiscal year and shared with the engine's own conventions.
    this.knowledge = knowledge ?? loadKnowledge(engine.codeSet.fiscalYear);
    this.conventions = engine.coder.conventions;
  }

  /**
   * `note`: the redacted text the candidates came from, with the job's one analysis of it when the caller
   * has it (else it is analysed here); without a note no rejected codes are listed.
   */
  build(candidates: readonly CodeCandidate[], note?: { text: string; analysis?: TextAnalysis; noteType?: string }): CoderBrief {
    const analysis = note && (note.analysis?.text === note.text ? note.analysis : this.engine.analyze(note.text));
    const rejected = note && analysis ? this.rejected(candidates, analysis, note.noteType) : [];
    const plausible = [...new Set([...candidates.map((c) => c.code), ...rejected.map((r) => r.code)])];
    const briefs = candidates.slice(0, CODER_BRIEF_LIMITS.maxCandidates).map((c) => this.candidate(c, plausible));
    return bound({ candidates: briefs, rejected: rejected.slice(0, CODER_BRIEF_LIMITS.maxRejected) });
  }

  private candidate(c: CodeCandidate, plausible: readonly string[]): CandidateBrief {
    const brief: CandidateBrief = {
      code: c.code,
      description: clip(c.description, CODER_BRIEF_LIMITS.maxDescriptionChars),
      confidence: Math.round(c.confidence * 100) / 100,
      role: c.role,
      evidence: c.evidence.slice(0, CODER_BRIEF_LIMITS.maxEvidenceQuotes).map((e) => e.text.slice(0, CODER_BRIEF_LIMITS.maxEvidenceChars)),
      reasons: candidateReasons(c.signals),
    };
    if (c.guideline?.length) {
      brief.guideline = c.guideline.slice(0, CODER_BRIEF_LIMITS.maxGuidelineNotes).map((g) => clip(`${g.section} ${g.action}: ${g.detail}`, CODER_BRIEF_LIMITS.maxNoteChars));
    }
    const conventions = this.conventionsOf(c.code, plausible);
    if (Object.keys(conventions).length) brief.conventions = conventions;
    return brief;
  }

  /** The Tabular conventions that bind a code in this note. */
  conventionsOf(code: string, plausible: readonly string[]): CandidateConventions {
    const out: CandidateConventions = {};
    const partners = plausible.filter((p) => p !== code && this.conventions.excludes1Conflict(code, p));
    if (partners.length) out.excludes1With = partners.slice(0, CODER_BRIEF_LIMITS.maxExcludes1Partners);
    if (this.conventions.isManifestation(code)) out.manifestation = true;
    const notes = (refs: CodeRef[]) => [...new Set(noteLines(refs).map((n) => clip(n, CODER_BRIEF_LIMITS.maxNoteChars)))].slice(0, CODER_BRIEF_LIMITS.maxNotesPerKind);
    const codeFirst = notes(this.knowledge.codeFirst(code));
    if (codeFirst.length) out.codeFirst = codeFirst;
    const useAdditional = notes(this.knowledge.useAdditional(code));
    if (useAdditional.length) out.useAdditional = useAdditional;
    const seventh = this.knowledge.sevenChr(code);
    if (seventh) {
      out.seventhCharacter = { required: true, ...(seventh.placeholder ? { placeholder: 'X' as const } : {}), allowed: seventh.chars };
    }
    return out;
  }

  /**
   * Codes the engine considered for this note and did not propose: the ones a guideline rule removed
   * (with its section), then mentions whose context rules them out or that lie only in non-clinical text.
   */
  private rejected(candidates: readonly CodeCandidate[], analysis: TextAnalysis, noteType?: string): RejectedBrief[] {
    const proposed = new Set(candidates.map((c) => c.code));
    // The same coding result the candidates came from (kept on the analysis, so no second scan).
    const setting = this.engine.settingFor({ noteType }, analysis.text);
    const { mentions, dropped } = this.engine.coder.codeWithMentions(analysis.text, analysis, { setting });
    const out = new Map<string, RejectedBrief>();
    const add = (code: string, reason: string) => {
      if (proposed.has(code) || out.has(code)) return;
      const entry = this.engine.codeSet.find(code);
      if (!entry?.billable) return;
      out.set(code, { code, description: clip(entry.longDescription, CODER_BRIEF_LIMITS.maxDescriptionChars), reason });
    };
    for (const d of dropped as DroppedCode[]) if (d.section !== NOT_IN_CODE_SET_SECTION) add(d.code, `${d.section}: ${d.detail}`);
    for (const m of mentions) {
      if (!m.maximal) continue;
      const reason = !isClinicalSpan(analysis.provenance, m.span)
        ? 'named only in non-clinical text (an instruction, question, template or pasted text): never evidence'
        : contextReason(m.context);
      if (reason) add(m.code, reason);
    }
    return [...out.values()];
  }
}

/** JSON for a data block: `<` escaped so no text inside can close the block early. */
export function blockJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function size(brief: CoderBrief): number {
  return blockJson(brief.candidates).length + blockJson(brief.rejected).length;
}

/**
 * Keeps the brief within CODER_BRIEF_LIMITS.maxChars, giving up the least useful first: rejected codes from
 * the end, then the 7th-character meanings and notes of the lowest-ranked candidates, then those candidates.
 */
function bound(brief: CoderBrief): CoderBrief {
  const max = CODER_BRIEF_LIMITS.maxChars;
  while (size(brief) > max && brief.rejected.length) brief.rejected.pop();
  for (let i = brief.candidates.length - 1; i >= 0 && size(brief) > max; i--) {
    const conventions = brief.candidates[i].conventions;
    if (!conventions) continue;
    delete conventions.codeFirst;
    delete conventions.useAdditional;
    if (conventions.seventhCharacter) {
      conventions.seventhCharacter.allowed = Object.fromEntries(Object.keys(conventions.seventhCharacter.allowed).map((k) => [k, '']));
    }
  }
  while (size(brief) > max && brief.candidates.length > 1) brief.candidates.pop();
  return brief;
}
