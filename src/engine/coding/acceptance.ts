// Owns the coder's final acceptance tests: general mechanisms whose reported codes proved mostly wrong on
// guideline notes nobody had tuned the engine on (validated leave-one-batch-out by src/eval/codeAcceptance.ts),
// each tied to the Official Guidelines section that says why the code is not reported. Pure functions of a
// code, its evidence and the note's other coded diagnoses; the coder decides what to do with the verdict.
import type { SectionKind } from '../types';

/** Sections whose findings are the note's conclusions (the coder's section priority 0). */
export const CONCLUSION_SECTIONS: ReadonlySet<SectionKind> = new Set(['diagnoses', 'assessment', 'assessment_plan', 'impression']);

/**
 * Teaching given to the patient lists what to watch for, not what the patient has: "know the warning signs of a
 * heart attack: chest pain, …", "return precautions: fever, …", "call 911 for chest pain". A condition named after
 * such a trigger in the same sentence is not documented as present (Section III/IV: only conditions the provider
 * documents as existing are coded; I.B.1 code what the record states). "Seek care for" is left out: a history
 * says it of the patient's own condition ("did not seek care for the chest pain until day 3"), and so do "signs and
 * symptoms of" and "red flag" ("has signs and symptoms of heart failure", "red flags present: weight loss").
 */
const TEACHING_TRIGGER = /\b(?:warning signs?|(?:signs (?:and|or|&) )?symptoms to (?:watch|report)|watch for|return precautions|(?:ER|ED|strict) precautions|call 911)\b/i;

/** The quote at `offset` follows a patient-teaching trigger of its own sentence (`sentence` = the sentence's text up to it). */
export function afterTeachingTrigger(sentenceBefore: string): boolean {
  return TEACHING_TRIGGER.test(sentenceBefore);
}

/**
 * Body system of a code for the integral-condition test: its chapter, with the symptom chapter's blocks
 * (R00–R69) given the systems their symptoms belong to. Chapters that span two systems are split (H: eye /
 * ear; D: neoplasm / blood). Empty for codes with no body system (Z, V–Y, U).
 */
export function bodySystemsOf(code: string): string[] {
  const letter = code[0];
  const n = Number(code.slice(1, 3));
  if (letter === 'H') return [n < 60 ? 'eye' : 'ear'];
  if (letter === 'D') return [n < 50 ? 'neoplasm' : 'blood'];
  if (letter === 'C') return ['neoplasm'];
  if (letter === 'R') {
    if (n <= 0) return ['I'];
    if (n <= 9) return ['I', 'J'];
    if (n <= 19) return ['K'];
    if (n <= 23) return ['L'];
    if (n <= 29) return ['G', 'M'];
    if (n <= 39) return ['N'];
    if (n <= 46) return ['F', 'G'];
    return [];
  }
  if ('ZVWXYU'.includes(letter)) return [];
  // T36-T65 name a substance and its relationship (poisoning, adverse effect, underdosing, toxic effect), not a
  // body system: the drug's code is reported beside the nature of the effect, never its sign (I.C.19.e.5).
  if (letter === 'T' && n >= 36 && n <= 65) return [];
  return [letter];
}

/** Two codes share a body system. */
export function sameBodySystem(a: string, b: string): boolean {
  const sb = bodySystemsOf(b);
  return bodySystemsOf(a).some((s) => sb.includes(s));
}

/** What acceptance needs to know of a candidate code. */
export interface AcceptanceInput {
  code: string;
  /** Sections of every mention behind it. */
  sections: readonly SectionKind[];
  /** Secondary (not the first-listed diagnosis). */
  secondary: boolean;
  /** Per mention: its sentence's text before the mention. */
  sentencesBefore: readonly string[];
  /** A chronic condition treated on an ongoing basis (curated CHRONIC_CATEGORIES). */
  chronic: boolean;
  /** Coded under Section IV (outpatient services). */
  outpatient: boolean;
}

export interface AcceptanceVerdict {
  section: string;
  detail: string;
}

/** Every mention of the code follows a patient-teaching trigger (I.B.1). */
export function teachingOnly(c: AcceptanceInput): AcceptanceVerdict | undefined {
  if (!c.sentencesBefore.length || !c.sentencesBefore.every(afterTeachingTrigger)) return undefined;
  return { section: 'I.B.1', detail: 'named only in teaching given to the patient (warning signs, precautions), not documented as present' };
}

/**
 * Outpatient only (Section IV.D, IV.J: the conditions that require or affect the visit's care): an inpatient record
 * codes every condition of the stay that affected care (Section III), which its narrative states as often as its
 * diagnosis list ("admitted with acute pyelonephritis" beside discharge diagnoses of AKI).
 * IV.D / I.B.5: a secondary condition the narrative names in passing, in the body system of a diagnosis the
 * assessment states (`assessed`: the non-Z codes the conclusion sections support), is that diagnosis's sign or a
 * loose name for it ("drainage from the canal" beside assessed otitis media, "kidney disease" beside assessed CKD
 * stage 5); the assessment is what affects care (IV.J). Exempt: neoplasms (every primary and secondary site is
 * coded, I.C.2), chronic conditions treated on an ongoing basis (IV.I, coded whenever they are cared for), the
 * symptom chapter (the integral-symptom rule I.B.5 and the Tabular's "use additional code" notes judge those in
 * guidelines/), and codes a guideline added without a mention of their own (a "code also" partner).
 */
export function integralToAssessed(c: AcceptanceInput, assessed: readonly string[]): AcceptanceVerdict | undefined {
  if (!c.outpatient || !c.secondary || !c.sections.length || c.chronic || /^(C|D[0-4]|R)/.test(c.code) || c.sections.some((s) => CONCLUSION_SECTIONS.has(s))) return undefined;
  const same = assessed.find((a) => a !== c.code && sameBodySystem(c.code, a));
  return same ? { section: 'IV.D', detail: `named only outside the assessment, in the body system of the assessed ${same}` } : undefined;
}

/** Why a code should not be reported, or undefined. */
export function withheldBecause(c: AcceptanceInput, assessed: readonly string[]): AcceptanceVerdict | undefined {
  return teachingOnly(c) ?? integralToAssessed(c, assessed);
}
