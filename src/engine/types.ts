// Owns the shared vocabulary of the clinical engine: spans, PHI types, mention context and code
// proposals. Plain data only; no behaviour and no AWS imports anywhere under src/engine.

/** Half-open range of UTF-16 code units (JavaScript string indices) into a text. */
export interface Span {
  start: number;
  end: number;
}

export interface EvidenceSpan extends Span {
  /** Exactly `text.slice(start, end)` of the text the offsets refer to. */
  text: string;
}

export const PHI_TYPES = [
  'NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE',
  'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

/** How redacted PHI reads: `[NAME]` placeholders, realistic consistent surrogates, or same-length masking. */
export const REDACTION_MODES = ['TAG', 'SURROGATE', 'MASK'] as const;
export type RedactionMode = (typeof REDACTION_MODES)[number];

export interface PhiSpan extends Span {
  type: PhiType;
  /** Stable names of the recognizers that produced (or were merged into) this span, for explain-phi and audit. */
  recognizers?: string[];
}

/** Clinical sections recognised by the text analyser. */
export const SECTION_KINDS = [
  'chief_complaint', 'hpi', 'pmh', 'psh', 'medications', 'allergies', 'ros', 'exam', 'results',
  'assessment', 'plan', 'assessment_plan', 'family_history', 'social_history', 'impression',
  'diagnoses', 'procedures', 'hospital_course', 'discharge', 'vitals', 'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Section extends Span {
  kind: SectionKind;
  /** Header as written ("PAST MEDICAL HISTORY:"), empty for the implicit leading section. */
  title: string;
  /** Where the body starts (after the header). */
  bodyStart: number;
}

export interface Sentence extends Span {
  sectionIndex: number;
}

/** ConText-style attributes of one mention. */
export interface MentionContext {
  negated: boolean;
  /** Possible / probable / rule out / suspected. */
  uncertain: boolean;
  /** Conditional or future ("if he develops", "return for"). */
  hypothetical: boolean;
  /** History of / previous / resolved. */
  historical: boolean;
  /** Experienced by someone other than the patient (family history). */
  family: boolean;
  /**
   * Experienced by a non-relative (spouse, partner, caregiver, roommate, coworker): neither the patient's condition nor a
   * family history, since Z80-Z84 are for blood relatives (I.A, I.C.21.c.4). Absent where no engine set it.
   */
  other?: boolean;
}

export type CodeRole = 'principal' | 'secondary';
