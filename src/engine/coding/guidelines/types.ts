// Owns the shapes shared by the Official Guidelines rules: the working draft of one code, the note a
// rule leaves on it (guideline section, what changed and why), and what a rule may read of the note.
import type { CodeSet } from '../../icd10';
import type { TextAnalysis } from '../../text';
import type { EvidenceSpan, MentionContext, SectionKind, Span } from '../../types';
import type { NoteToken } from '../normalize';
import type { ConventionSource } from './conventions';

/** Reporting setting: decides how uncertain diagnoses are coded (Section II.H vs Section IV.H). */
export type CodingSetting = 'inpatient' | 'outpatient';

/** How a mention matched its term (see the coder). */
export type DraftMatchKind = 'synonym' | 'description' | 'edited' | 'abbreviation' | 'partial';

/** Why a rule changed, added, dropped or sequenced a code: shown to a reviewer beside the code. */
export interface GuidelineNote {
  /** Official Guidelines section, e.g. "I.A.15" or "I.C.9.a.2". */
  section: string;
  action: 'combined' | 'refined' | 'added' | 'dropped' | 'sequenced' | 'review';
  /** One line a reviewer reads: what the rule did and from which codes. */
  detail: string;
}

/** A mention supporting a draft (the coder's own record). */
export interface DraftMention {
  span: Span;
  term: string;
  context: MentionContext;
}

/** One code under construction: the coder builds drafts from mentions, the rules rewrite them. */
export interface Draft {
  code: string;
  confidence: number;
  /** Offset of the first supporting mention (ranking). */
  first: number;
  /** Section priority (lower ranks first). */
  priority: number;
  evidence: EvidenceSpan[];
  mentions: DraftMention[];
  match: DraftMatchKind;
  termTokens: number;
  section: SectionKind;
  /** What the guidelines did to this code (empty when nothing). */
  guideline: GuidelineNote[];
  /**
   * Sequencing a guideline requires, lower first (pregnancy chapter, etiology before manifestation).
   * Undefined when no guideline speaks; section priority and position decide then.
   */
  sequence?: number;
}

/** A code a rule removed, with the guideline that removed it (for the report and for a verifier). */
export interface DroppedCode {
  code: string;
  section: string;
  detail: string;
}

/** What a rule may read: the note, its analysis and tokens, the code set and its conventions. */
export interface GuidelineContext {
  text: string;
  analysis: TextAnalysis;
  /** Note tokens (abbreviations expanded) in text order, shared with the scanner. */
  tokens: NoteToken[];
  codeSet: CodeSet;
  conventions: ConventionSource;
  setting: CodingSetting;
  /**
   * Spans of every maximal concept mention with the code its term names (whatever its context) and
   * the history codes it could support.
   */
  mentionSpans: ReadonlyArray<{ span: Span; code: string; codes?: readonly string[] }>;
  /**
   * Affirmed, current mentions a longer mention covers ("gastroparesis" inside "diabetes with
   * gastroparesis"): the manifestation a combination's "use additional code" note asks for.
   */
  covered: ReadonlyArray<{ span: Span; code: string; text: string }>;
  /** Every code removed so far, appended to by the rules. */
  dropped: DroppedCode[];
  /**
   * Drafts held out of the rules because their first score was under the threshold (they return
   * afterwards and may then be reported): read only by rules that pair a code with another one
   * (a BMI with its weight diagnosis, I.B.14), never rewritten.
   */
  held?: ReadonlyMap<string, Draft>;
}

/** One rule family: reads the drafts and rewrites them in place. */
export interface GuidelineRule {
  /** Stable name (shown in tests and reports). */
  name: string;
  /** The guideline section(s) the rule serves. */
  section: string;
  /** The rule can add codes from the text alone (an encounter reason, a delivery), so it runs even with no drafts. */
  readsText?: boolean;
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>): void;
}
