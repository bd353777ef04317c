// Owns the shape of a stored report (the VALIDATING stage's output) and reading it back.
import type { Summary } from '../engine/summarize';
import type { EvidenceSpan, CodeRole } from '../engine/types';

export interface StoredReportCode {
  code: string;
  description: string;
  billable: boolean;
  confidence: number;
  rank: number;
  role: CodeRole;
  /** Offsets into the submitted (original) text. */
  evidence: EvidenceSpan[];
}

export interface StoredReport {
  summary: Pick<Summary, 'text'> & { sections: Array<{ title: string; text: string }> };
  codes: StoredReportCode[];
  rejectedCodes: Array<{ code: string; reason: string }>;
  needsReview: boolean;
  reviewReasons: string[];
  codeSetVersion: string;
}

export function isStoredReport(value: unknown): value is StoredReport {
  const v = value as StoredReport | undefined;
  return !!v && typeof v === 'object' && Array.isArray(v.codes) && typeof v.codeSetVersion === 'string' && !!v.summary;
}
