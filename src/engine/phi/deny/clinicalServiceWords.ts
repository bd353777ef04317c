// Owns the clinical words a name or place voter mistakes for PHI by their shape alone: a dose unit after its number
// ("Gonal-f 300 IU"), a disease-status abbreviation in capitals ("NED", no evidence of disease) and a clinical service
// or programme before the word naming its clinic, plan or team ("survivorship clinic", "rheumatology clinic review").
// Hiding them takes the evidence away from the coder and the summary; none is ever an identifier in these positions.
import type { PhiSpan } from '../../types';
import { firstWordEndingAfter, type Word } from '../tokens';
import { CLINICAL_ABBREVIATIONS } from '../vocab';

/** Units a dose or a laboratory value is written in; after a number they are a measure, never a place or a person. */
const DOSE_UNITS: ReadonlySet<string> = new Set(['iu', 'ius', 'u', 'units', 'unit', 'mg', 'mcg', 'ug', 'ng', 'g', 'kg', 'ml', 'l', 'dl',
  'meq', 'mmol', 'umol', 'mol', 'miu', 'kiu', 'mu', 'gtt', 'gtts', 'puffs', 'puff', 'tabs', 'tab', 'caps', 'cap', 'mci', 'mbq', 'gy', 'cgy',
  'pfu', 'cfu', 'iu/ml', 'meq/l', 'mmhg', 'cmh2o', 'bpm', 'kcal', 'cal']);

/**
 * Disease-status and response abbreviations of oncology and follow-up notes (RECIST and survivorship usage): "NED"
 * no evidence of disease, "AWD" alive with disease, "DOD" died of disease, "PD"/"SD"/"PR"/"CR" beside the shared list.
 * Written in capitals they are the abbreviation; "Ned" written as a name stays a name.
 */
const STATUS_ABBREVIATIONS: ReadonlySet<string> = new Set(['ned', 'awd', 'dod', 'cr', 'pr', 'sd', 'pd', 'ncr', 'vgpr', 'mrd']);
const CLINICAL_CAPITALS: ReadonlySet<string> = new Set([...CLINICAL_ABBREVIATIONS, ...STATUS_ABBREVIATIONS]);

/** Recognizers that read a word's shape or a list alone, not a field label or a cue that names a person or place. */
const SHAPE_ONLY_RECOGNIZERS: ReadonlySet<string> = new Set(['name.first-name', 'name.propagated', 'learned.perceptron']);

/** Words naming what a clinical service, plan or programme is for: the department before "clinic", not its place. */
const SERVICE_HEADS: ReadonlySet<string> = new Set(['clinic', 'clinics', 'plan', 'plans', 'program', 'programs', 'programme', 'programmes',
  'service', 'services', 'team', 'teams', 'review', 'referral', 'consult', 'follow-up', 'visit', 'visits', 'care', 'pathway', 'nurse']);
/** Programme words that are not a specialty's -ology/-iatry name ("survivorship clinic", "bariatric program"). */
const PROGRAMME_WORDS: ReadonlySet<string> = new Set(['survivorship', 'palliative', 'hospice', 'bariatric', 'bariatrics', 'transplant',
  'wound', 'ostomy', 'lactation', 'fertility', 'infertility', 'memory', 'sleep', 'pain', 'headache', 'epilepsy', 'stroke', 'heart', 'lipid',
  'anticoagulation', 'coumadin', 'diabetes', 'diabetic', 'asthma', 'copd', 'hiv', 'hepatitis', 'ivf', 'prenatal', 'antenatal', 'postnatal',
  'postpartum', 'well-child', 'wellness', 'rehab', 'rehabilitation', 'cardiac', 'pulmonary', 'renal', 'dialysis', 'oncology', 'surgical',
  'dermatologic', 'vascular', 'spine', 'fracture', 'continence', 'urogynecology', 'addiction', 'smoking',
  'cessation', 'nutrition', 'genetics', 'genetic', 'infusion', 'chemotherapy', 'chemo',
  'radiation', 'hematology', 'adolescent', 'pediatric', 'paediatric', 'geriatric', 'geriatrics', 'orthopedic',
  'orthopaedic', 'orthopedics', 'orthopaedics', 'obstetric', 'obstetrics', 'gynecology', 'gynaecology', 'psychiatry', 'psychiatric']);
/** Specialty names by their suffix: "rheumatology", "psychiatry", "pediatrics", "orthopedics", "obstetrics". */
const SPECIALTY_SUFFIX_RE = /(?:ology|ologic|ological|iatry|iatric|iatrics|pedics|paedics|etrics|ectomy)$/;

function isServiceWord(lower: string): boolean {
  return PROGRAMME_WORDS.has(lower) || (lower.length > 6 && SPECIALTY_SUFFIX_RE.test(lower));
}

const NUMBER_GAP_RE = /^[ \t\u00a0]?$/;

/** A unit right after a number ("300 IU", "75 units"), the number written with digits. */
function unitAfterNumber(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const prev = words[i - 1];
  return DOSE_UNITS.has(w.lower) && prev !== undefined && prev.hasDigit && /\d$/.test(prev.lower) && NUMBER_GAP_RE.test(w.gapBefore);
}

/** A service or programme word before its head noun on the same line ("survivorship clinic", "RHEUMATOLOGY CLINIC REVIEW"). */
function serviceBeforeHead(words: readonly Word[], i: number): boolean {
  if (!isServiceWord(words[i].lower)) return false;
  // Up to two service words may stand before the head: "palliative care team", "pediatric rheumatology clinic".
  for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
    if (!/^[ \t\u00a0-]$/.test(words[j].gapBefore)) return false;
    if (SERVICE_HEADS.has(words[j].lower)) return true;
    if (!isServiceWord(words[j].lower)) return false;
  }
  return false;
}

/** A head noun right after a service word ("survivorship [clinic]"), when a voter's span took both. */
function headAfterService(words: readonly Word[], i: number): boolean {
  return SERVICE_HEADS.has(words[i].lower) && i > 0 && /^[ \t\u00a0-]$/.test(words[i].gapBefore) && isServiceWord(words[i - 1].lower);
}

/**
 * The NAME or LOCATION candidates made only of these clinical words, which the protected-span step (protectedSpans.ts)
 * drops with the protected clinical terms. A status abbreviation is dropped only
 * when written in capitals and proposed by shape-only voters (a first-name list, the learned model), so a labelled
 * "Patient: Ned Smith" stays (an abbreviation of the shared clinical list only on a mixed-case line); units and service words are dropped whichever voter proposed them, since a
 * real place before a clinic ("Riverside Clinic", "Okafor Clinic") is no service word and is never touched.
 */
export function clinicalServiceWordsIn(text: string, words: readonly Word[], candidates: readonly PhiSpan[]): Set<PhiSpan> {
  const drop = new Set<PhiSpan>();
  // A word a labelled field or a cue named as a person elsewhere in the note ("Patient: NED KOWALSKI") is that person.
  const cuedNames = new Set<string>();
  for (const s of candidates) {
    if (s.type === 'NAME' && !(s.recognizers ?? []).every((r) => SHAPE_ONLY_RECOGNIZERS.has(r))) {
      for (const m of text.slice(s.start, s.end).toLowerCase().matchAll(/[a-z]+/g)) cuedNames.add(m[0]);
    }
  }
  for (const s of candidates) {
    if (s.type !== 'NAME' && s.type !== 'LOCATION') continue;
    const shapeOnly = (s.recognizers ?? []).every((r) => SHAPE_ONLY_RECOGNIZERS.has(r));
    const lo = firstWordEndingAfter(words, s.start);
    let all = lo < words.length && words[lo].start < s.end;
    for (let i = lo; all && i < words.length && words[i].start < s.end; i++) {
      const w = words[i];
      const clinical = unitAfterNumber(words, i) || serviceBeforeHead(words, i) || headAfterService(words, i) ||
        (shapeOnly && w.upper && w.lower.length > 1 && !cuedNames.has(w.lower) && (STATUS_ABBREVIATIONS.has(w.lower) || (CLINICAL_CAPITALS.has(w.lower) && mixedCaseLine(text, w))));
      if (!clinical) all = false;
    }
    if (all) drop.add(s);
  }
  if (drop.size === 0) return drop;
  // A dropped word touching a kept name or place is part of it ("Wichita Falls Clinic", "Sacred Heart team"): it stays.
  const kept = candidates.filter((s) => !drop.has(s) && (s.type === 'NAME' || s.type === 'LOCATION'));
  const touches = (s: PhiSpan) => kept.some((k) => k.start <= s.end + TOUCH_CHARS && s.start <= k.end + TOUCH_CHARS);
  for (const s of [...drop]) if (touches(s)) drop.delete(s);
  return drop;
}

const TOUCH_CHARS = 2;

/** The word's line has lower-case letters: capitals there are an abbreviation, not a name typed in an all-capitals note. */
function mixedCaseLine(text: string, w: Word): boolean {
  const from = text.lastIndexOf('\n', w.start) + 1;
  const nl = text.indexOf('\n', w.end);
  return /[a-z]/.test(text.slice(from, nl < 0 ? text.length : nl));
}
