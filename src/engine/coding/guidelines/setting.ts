// Owns the reporting setting of a note (Section II.H inpatient vs Section IV.H outpatient), which
// decides whether an uncertain diagnosis is coded as if confirmed or its symptoms are coded instead.
import type { CodingSetting } from './types';

/**
 * Inpatient admissions are documented by the discharge summary and the admission history and physical;
 * everything else (progress, clinic, consultation, emergency department, telephone) is outpatient
 * unless the caller says otherwise. Unknown note types are outpatient: the stricter rule codes less.
 */
const INPATIENT_NOTE_TYPES = new Set(['DISCHARGE_SUMMARY', 'HISTORY_AND_PHYSICAL']);

export function settingForNoteType(noteType: string | undefined): CodingSetting {
  return noteType && INPATIENT_NOTE_TYPES.has(noteType.toUpperCase()) ? 'inpatient' : 'outpatient';
}
