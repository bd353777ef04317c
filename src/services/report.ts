// Owns reading a stored report back: the VALIDATING stage's output (written by the pipeline as a
// JobReport), checked for shape before the API serves it.
import type { JobReport } from '../domain/stageOutputs';

export type StoredReport = JobReport;

export function isStoredReport(value: unknown): value is StoredReport {
  const v = value as StoredReport | undefined;
  return !!v && typeof v === 'object' && Array.isArray(v.codes) && typeof v.codeSetVersion === 'string' && !!v.summary;
}
