// Owns the noun-phrase head rule: a condition word that modifies a head noun naming a person, a place, a
// service or programme, a preventive measure, a measurement or a criterion ("diabetes educator", "stroke
// unit", "heart failure clinic", "malaria prophylaxis", "stroke risk score", "sepsis criteria") names that
// head, not a condition of the patient (Guidelines I.A.19 and I.B.4: only what the provider documents as the
// patient's condition is coded). A condition listed as a criterion ("Program criteria: heart failure,
// diabetes") is a definition, not a finding.
//
// The head must follow the condition directly (whitespace, a hyphen or "&"/"and" plus one more modifier
// word, no punctuation), so "diabetes, nurse to call" keeps its diabetes.
//
// Provenance of the head nouns, by class (lower-case, singular and plural):
//   person      — healthcare staff titles of the U.S. BLS Standard Occupational Classification 2018
//                 (29-1000 practitioners, 29-2000 technologists, 21-1000 counselors and social workers,
//                 25-9000 educators) in their short clinical forms; excludes "patient" and "survivor",
//                 which state the person has the condition;
//   place       — care settings named in the ICD-10-CM Tabular (Z59/Z75 titles: "clinic", "hospital",
//                 "unit", "facility") and the place-of-occurrence nouns of Y92 titles ("ward", "department");
//   service     — the health-service nouns of Chapter 21 Z-code titles (Z70–Z71 "counseling", "education";
//                 Z51 "care"; Z75 "services"; Z76 "registry") and "program"/"programme", "class", "group";
//   prevention  — the Index main terms "Prophylactic", "Prevention" and the Tabular's Z29/Z41 "measures";
//                 "precautions" and "warning signs" as patient-instruction nouns;
//   measurement — examination scales and indices (NIH Stroke Scale, "stroke volume", "risk score"): the
//                 "measurement" nouns of LOINC's property axis (volume, index, ratio, score, scale, risk);
//   criterion   — "criteria" and "screen" (a screening instrument's result is not a diagnosis, I.C.21.c.5).
import type { Span } from '../types';

export type HeadNounClass = 'person' | 'place' | 'service' | 'prevention' | 'measurement' | 'criterion';

const HEAD_NOUNS: Readonly<Record<HeadNounClass, readonly string[]>> = {
  person: ['educator', 'educators', 'nurse', 'nurses', 'navigator', 'navigators', 'coordinator', 'coordinators',
    'counselor', 'counselors', 'counsellor', 'counsellors', 'specialist', 'specialists', 'dietitian', 'dietitians',
    'dietician', 'pharmacist', 'pharmacists', 'physician', 'physicians', 'doctor', 'doctors', 'team', 'teams',
    'coach', 'coaches', 'advocate', 'advocates', 'liaison', 'social worker', 'case manager', 'care manager',
    'researcher', 'researchers', 'expert', 'experts', 'nurse practitioner'],
  place: ['clinic', 'clinics', 'center', 'centers', 'centre', 'centres', 'unit', 'units', 'ward', 'wards',
    'hospital', 'hospitals', 'institute', 'department', 'facility', 'facilities', 'office', 'associates',
    'foundation', 'society', 'association', 'network', 'alliance', 'practice'],
  service: ['program', 'programs', 'programme', 'programmes', 'service', 'services', 'education', 'class', 'classes',
    'support group', 'registry', 'registries', 'counseling', 'counselling', 'teaching', 'outreach', 'awareness',
    'research', 'trial', 'pathway', 'protocol', 'order set', 'alert', 'workup', 'work up', 'handout',
    'pamphlet', 'literature'],
  prevention: ['prophylaxis', 'prevention', 'precautions', 'warning signs', 'warning symptoms', 'risk reduction'],
  measurement: ['volume', 'volumes', 'index', 'indices', 'ratio', 'score', 'scores', 'scale', 'scales', 'risk',
    'risk score', 'calculator'],
  criterion: ['criteria', 'criterion', 'screen', 'screens', 'screening'],
};

/** Words that may sit between the condition and its head, themselves modifiers of the head ("prevention program"). */
const BRIDGE_WORDS = new Set(['prevention', 'management', 'self', 'self-management', 'care', 'support', 'risk',
  'research', 'treatment', 'specialty', 'action', 'awareness', 'education', 'resource', 'follow-up', 'follow',
  'up', 'outpatient', 'inpatient', 'nurse', 'screening', 'wellness', 'rehabilitation', 'rehab']);

/** Head phrases, longest first, as word arrays. */
const HEADS: ReadonlyArray<{ words: readonly string[]; cls: HeadNounClass }> = (Object.entries(HEAD_NOUNS) as Array<[HeadNounClass, readonly string[]]>)
  .flatMap(([cls, list]) => list.map((p) => ({ words: p.split(' '), cls })))
  .sort((a, b) => b.words.length - a.words.length);

/** A head followed by these words is itself a modifier or the condition's own object (pseudo-heads). */
const NOT_A_HEAD_AFTER: Readonly<Record<string, RegExp>> = {
  // "index finger" is a body part, "index case" a person with the disease.
  index: /^\s*(?:finger|case|patient)\b/i,
  // "stroke risk factors: ..." heads a list of other conditions.
  risk: /^\s*(?:factors?)\b/i,
};

const MAX_AFTER_CHARS = 80;
const MAX_BRIDGE_WORDS = 1;

/** The class of the non-disease head noun the mention modifies, if any. */
export function nonDiseaseHeadOf(text: string, mention: Span): HeadNounClass | undefined {
  // "Palliative care unit": a mention naming a kind of care (Z51.5) is the service itself, not its modifier.
  if (CARE_MENTION.test(text.slice(mention.start, mention.end))) return undefined;
  const cls = headAfter(text, mention);
  // "Met SIRS criteria", "fulfils sepsis criteria": criteria the patient meets assert the condition.
  if (cls === 'criterion' && CRITERIA_MET_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return undefined;
  // A symptom's score ("pain score 7/10") still documents the symptom.
  if (cls === 'measurement' && SYMPTOM_WORD.test(text.slice(mention.start, mention.end))) return undefined;
  return cls;
}

const CARE_MENTION = /\b(?:care|therapy|treatment|rehabilitation|dialysis)$/i;
const CRITERIA_MET_BEFORE = /\b(?:met|meets|meeting|meet|fulfil(?:l?s|led|ling)?|fulfill|satisf(?:y|ies|ied|ying)|positive)\s+(?:all\s+|the\s+|\d\/\d\s+)?$/i;

/** Symptoms that are graded on a scale of their own. */
const SYMPTOM_WORD = /\b(?:pain|ache|aches|itch|itching|pruritus|tenderness)\b/i;

function headAfter(text: string, mention: Span): HeadNounClass | undefined {
  const after = text.slice(mention.end, mention.end + MAX_AFTER_CHARS);
  // Only whitespace or a hyphen joins a modifier to its head: any other punctuation ends the phrase.
  const words: Array<{ w: string; end: number }> = [];
  const re = /([ \t]*-?[ \t]*|[ \t]+)([A-Za-z&][A-Za-z'-]*)/y;
  let m: RegExpExecArray | null;
  let at = 0;
  while (words.length < MAX_BRIDGE_WORDS + 3 && (re.lastIndex = at, (m = re.exec(after)))) {
    if (m[1] === '' && words.length > 0) break;
    words.push({ w: m[2].toLowerCase(), end: m.index + m[0].length });
    at = m.index + m[0].length;
  }
  if (!words.length || (after[0] && !/[ \t-]/.test(after[0]))) return undefined;
  for (let skip = 0; skip <= MAX_BRIDGE_WORDS && skip < words.length; skip++) {
    if (skip > 0 && !BRIDGE_WORDS.has(words[skip - 1].w)) return undefined;
    for (const h of HEADS) {
      if (words.length - skip < h.words.length) continue;
      if (!h.words.every((w, i) => words[skip + i].w === w)) continue;
      const tail = after.slice(words[skip + h.words.length - 1].end);
      const guard = NOT_A_HEAD_AFTER[h.words[h.words.length - 1]];
      if (guard?.test(tail)) continue;
      return h.cls;
    }
  }
  return undefined;
}

/**
 * A condition in a list of criteria ("Inclusion criteria: heart failure, diabetes", "Program criteria:
 * …", "qualifies if: …"): the line defines who qualifies; it says nothing about this patient.
 */
// Only criteria that decide who qualifies (a programme, a study, eligibility): a case report's "diagnosed by the
// following criteria: conjunctival edema, …" lists the patient's findings.
const CRITERIA_LIST_BEFORE = /\b(?:(?:inclusion|exclusion|eligibility|enrol(?:l?ment)|referral|program(?:me)?|study|trial|admission)\s+criteria|qualif(?:y|ies|ying) (?:if|with)|eligible (?:if|with))\b[^.\n:]{0,30}:[^.\n]*$/i;

export function inCriteriaList(text: string, mention: Span): boolean {
  const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
  return CRITERIA_LIST_BEFORE.test(text.slice(lineStart, mention.start));
}
