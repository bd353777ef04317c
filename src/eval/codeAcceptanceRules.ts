// Owns the candidate acceptance rules the leave-one-batch-out analysis judges (src/eval/codeAcceptance.ts): each a
// general mechanism of a reported code, named with the guideline or pattern that argues it should not be reported.
// The engine's own tests (src/engine/coding/acceptance.ts) are judged through the same functions it calls.
import { CONCLUSION_SECTIONS, integralToAssessed, sameBodySystem, teachingOnly, type AcceptanceInput } from '../engine/coding/acceptance';
import { CHRONIC_CATEGORIES } from '../engine/coding/curated';
import type { AcceptanceRow, AcceptanceRule } from './codeAcceptance';

const input = (r: AcceptanceRow): AcceptanceInput => ({ code: r.code, sections: r.sections, secondary: r.role === 'secondary', sentencesBefore: r.sentencesBefore, chronic: CHRONIC_CATEGORIES.has(r.code.slice(0, 3)), outpatient: r.setting === 'outpatient' });
const outsideConclusions = (r: AcceptanceRow) => !r.sections.some((s) => CONCLUSION_SECTIONS.has(s)) && !CONCLUSION_SECTIONS.has(r.signals.section);
const noteHasConclusion = (r: AcceptanceRow) => r.noteSections.some((s) => CONCLUSION_SECTIONS.has(s));

export const CANDIDATE_RULES: readonly AcceptanceRule[] = [
  {
    name: 'teaching-only',
    reason: 'I.B.1: a condition listed in teaching to the patient (warning signs, precautions) is not documented as present',
    withholds: (r) => teachingOnly(input(r)) !== undefined,
    inEngine: true,
  },
  {
    name: 'integral-to-assessed',
    reason: 'IV.D, I.B.5, IV.J: a secondary narrative-only condition in the body system of an assessed diagnosis',
    withholds: (r) => integralToAssessed(input(r), r.assessed) !== undefined,
    inEngine: true,
  },
  {
    name: 'partial-outside-assessment',
    reason: 'I.B.1: words scattered in a clause outside the assessment name no stated diagnosis',
    withholds: (r) => r.signals.match === 'partial' && outsideConclusions(r),
  },
  {
    name: 'unspecified-narrative-only',
    reason: 'IV.J: an unspecified secondary condition the note names only outside an assessment that lists others',
    withholds: (r) => r.role === 'secondary' && r.signals.unspecified && outsideConclusions(r) && noteHasConclusion(r),
  },
  {
    name: 'single-word-unspecified-once',
    reason: 'I.B.1: one bare word, named once, outside the assessment, read as an unspecified code',
    withholds: (r) => r.signals.unspecified && r.signals.termTokens <= 1 && r.signals.mentions === 1 && outsideConclusions(r),
  },
  {
    name: 'symptom-beside-assessed-system',
    reason: 'I.B.5, IV.D: a secondary symptom (R00–R46) named only outside the assessment, in the body system of an assessed diagnosis',
    withholds: (r) => r.role === 'secondary' && /^R[0-4]/.test(r.code) && outsideConclusions(r) && r.assessed.some((a) => sameBodySystem(r.code, a)),
  },
  {
    name: 'unspecified-beside-specific',
    reason: 'I.B.2 (specificity): an unspecified code beside a more specific code of its block',
    withholds: (r) => r.signals.unspecified && r.signals.specificSibling,
  },
  {
    name: 'low-confidence-<0.55',
    reason: 'calibrated confidence under 0.55',
    withholds: (r) => r.confidence < 0.55,
  },
];
