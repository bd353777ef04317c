// Owns the identifier recognizers: SSN, medical record, account / encounter / health-plan numbers,
// accession / order / specimen numbers, licences with NPI and DEA check digits, device identifiers
// (GS1 UDI, serial and lot numbers), vehicle plates and VINs, and the catch-all labelled or #-numbers.
import type { PatternRecognizerDef } from './types';
import { validDea, validNpi, validSsn, validVin } from './validators';

/** "#", "no.", "number", "ID", ":" between a label and its value, in any combination of up to three. */
// A dash set off by spaces ("Claim — 2024-778812", "Policy – 286363") joins a label to its value as a colon does.
const NUMBER_WORD = String.raw`(?:\s{0,3}(?:#|no\.?|nbr|num(?:ber)?|id|:|\/(?=\s?id)|[-\u2013\u2014](?=\s))){0,3}\s{0,3}`;
/**
 * An identifier: a letter-prefixed number in space-split groups ("A123 456 789", a member ID as printed on a card),
 * letters, digits and inner hyphens/slashes/dots with at least one digit, or digit groups split by spaces.
 */
// Digit groups split by spaces come before the general shape, which would stop at the first group ("2024 0412 7781").
const VALUE = String.raw`([A-Za-z]{1,3}\d{2,5}(?:\s\d{3,5}){1,3}(?![A-Za-z0-9])|\d{3,}(?:[ \t]\d{3,5}){1,3}(?![A-Za-z0-9]|[\/:.\-]\d)|[A-Za-z0-9][A-Za-z0-9\-\/.]*\d[A-Za-z0-9\-]*|\d{2,}(?:\s\d{2,}){0,3}|[A-Z]{1,2}[ \t]\d{3,}(?:[ \t]\d{3,5}){0,3}(?![A-Za-z0-9]))`;
/** Accession and specimen numbers may carry a part and block designation: "T19-61223 A2". */
const SPECIMEN_VALUE = String.raw`([A-Za-z0-9][A-Za-z0-9\-\/.]*\d[A-Za-z0-9\-]*(?:\s[A-Z]\d{1,2}\b)?|\d{2,}(?:\s\d{2,}){0,3})`;
/**
 * The value after any number label: a letter-prefixed number with a short person or suffix group as printed on a card
 * ("N84735317 10"), a letter then spaced digit groups ("C 98 579 049"), digit groups split by spaces, or one token
 * of letters, digits and inner dashes, slashes or dots.
 */
const ANY_LABEL_VALUE = String.raw`[A-Za-z]{1,3}\d{6,}[ \t]\d{2}(?![A-Za-z0-9]|[\/:.\-]\d)|[A-Z]{1,2}(?:[ \t]\d{2,5}){2,4}(?![A-Za-z0-9]|[\/:.\-]\d)|\d{2,}(?:[ \t]\d{2,5}){1,3}(?![A-Za-z0-9]|[\/:.\-]\d)|[A-Za-z0-9][A-Za-z0-9\-\/.]*\d[A-Za-z0-9\-]*`;
/** Label words whose number is a code, a product, a place in the building or a count, or has its own recognizer. */
export const NOT_ID_LABELS: ReadonlySet<string> = new Set([
  'clia', 'cpt', 'icd', 'ndc', 'hcpcs', 'loinc', 'snomed', 'rxnorm', 'code', 'model', 'catalog', 'catalogue', 'cat', 'part', 'protocol', 'version', 'ver',
  'room', 'rm', 'bed', 'step', 'page', 'pg', 'dose', 'cycle', 'item', 'line', 'table', 'figure', 'fig', 'phone', 'tel', 'telephone', 'fax', 'cell',
  'mobile', 'pager', 'callback', 'contact', 'ext', 'zip', 'postal', 'po', 'box', 'apt', 'suite', 'ste', 'exit', 'route', 'highway', 'hwy', 'gate',
  'size', 'gauge', 'grade', 'stage', 'type', 'class', 'level', 'score', 'total', 'count', 'amount', 'qty', 'quantity', 'volume',
]);
/** Of those, the labels that count things ("cycle 3", "step 2"): followed by "ID" they name a record ("Cycle ID QPF-AT8558"). */
const COUNTED_LABELS: ReadonlySet<string> = new Set(['cycle', 'step', 'item', 'line', 'dose', 'page', 'pg', 'total', 'count']);
const MIN_ID_DIGITS = 3;
/** Labels whose number is a diagnosis or a problem in a list: a code without its dot after them is the code. */
export const PROBLEM_LABELS: ReadonlySet<string> = new Set(['problem', 'problems', 'diagnosis', 'diagnoses', 'dx', 'ddx', 'diag', 'condition', 'impression',
  'assessment', 'issue', 'icd', 'code', 'codes', 'billing']);
/** Large numbers in clinical text are counts or amounts with a unit: viral loads, colony counts, units of penicillin. */
export const COUNT_UNIT_AFTER_RE = /^(?:\/|\s?(?:copies|cop|iu|units?|u\b|cells|cfu|colonies|organisms|per\b|mg|mcg|ml|g\b|kg|lbs?|steps|cal|kcal|dollars|usd|\$))/i;

/** An ICD-10-CM code written without its dot (S72001A, M8008XA): clinical, never an identifier. */
export const ICD10_CODE_RE = /^[A-TV-Z]\d[0-9A-Z]{1,5}$/;
/** A count glued to its unit: 100000units, 250000IU, 1000000cells. */
/** Mixed tokens that are clinical or dates: dbSNP ids (rs113993960), a date with its month name (12MAR2024), an ordinal. */
// Ventilator settings and dimensions multiply numbers (AC700X10, 550x16x40, x25x500x40); a CLIA number (99D9727853,
// the CMS format) certifies the laboratory, not the patient.
// A dimension or a count multiplied is numbers of up to four digits joined by "x", with a unit or a ventilator mode after
// them (550x16x40, 100x150mm, 800x12AC); "26x98457" is a chart number with an x in it, not a size.
export const CLINICAL_MIXED_RE = /^rs\d+$|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|^\d+(?:st|nd|rd|th)$|^\d{1,4}(?:\.\d{1,2})?(?:[xX]\d{1,4}(?:\.\d{1,2})?)+(?:mm|cm|m|in|ml|cc|mcg|mg|hpf|lpf|ac|simv|imv|prvc|pc|vc|ps)?$|^[xX]\d|^\d{2}D\d{7}$/i;
export const COUNT_UNIT_GLUED_RE = /^\d+(?:units?|iu|u|cells|copies|cfu|mg|mcg|ml|mm|cm|kg|g|l)$/i;

/**
 * Clinical alphanumerics that stay (decided for issue 9): gene symbols with a digit-letter-digit tail (CYP2C19, HSD17B13),
 * gravida/para histories (G3P2012, G4P3A1), TNM stages (pT2N1M0, ypT0N0), p16INK4a-style biomarkers, ventilator settings
 * glued to their numbers (PS15PEEP5, CPAP10PS5), lab units glued to a number (13cmH2O). Lot numbers of vaccines and
 * devices are not in this list: a lot or serial is a device identifier under Safe Harbor.
 */
export const CLINICAL_ALNUM_RE = /^[A-Z]{2,6}\d{1,2}[A-Z]\d{1,3}$|^G\d{1,2}P\d{1,4}(?:A\d)?$|^[cpy]{0,2}T[0-4isxX][a-d]?N[0-3xX][a-c]?M[01xX]$|^p\d{2}INK\d/i;
/** A gestational age written compactly ("30w2d", "30w", "12w6d"): weeks and days of a pregnancy, not an identifier. */
export const GESTATIONAL_AGE_RE = /^\d{1,2}w(?:\d{1,2}d?)?$/i;
/**
 * Ventilator settings glued together (PS15PEEP5, AC700X10, CPAP10PS5) and a pressure glued to its unit (13cmH2O, often typed 13cmH20): the
 * whole token must be made of them. A mode's letters found anywhere inside a token would let identifiers through
 * (an account AC99120B7, a record CMH44120A, a serial PEEP7731Z9).
 */
export const VENT_SETTINGS_RE = /^(?:(?:ac|ps|psv|pc|vc|prvc|simv|imv|peep|cpap|bipap|ipap|epap|fio2?|tv|vt|rr|x)\d{1,4})+$|^\d{1,3}cmh2[o0]$/i;

/**
 * Chunks that make a joined token clinical: a protein change (V600E, L858R, R132H, G12D), a dose or measure glued to its
 * unit (325mg, 40mEq, 2L), a vertebral level, ECG lead or heart sound (C5, T12, V1, S2), a lab or gene name with its number
 * (A1c, CA125, HER2, CD4, IL6, HLA, CYP2C19).
 */
export const CLINICAL_CHUNK_RE = /^[ACDEFGHIKLMNPQRSTVWY]\d{1,4}(?:[ACDEFGHIKLMNPQRSTVWY]|fs|del|dup|ins)$|^\d+(?:\.\d+)?(?:mg|mcg|ug|ml|l|g|kg|cc|units?|iu|meq|mmol|mm|cm|hr|hrs|h|min|d|wk|wks|mo|yr|yrs|x|s)$|^(?:a1c|hba1c|ca\d{2,3}|her\d|cd\d{1,3}|il\d{1,2}|hla|cyp\d\w*|brca\d?|egfr|kras|braf|jak\d|idh\d|flt\d|npm\d|covid|sars|cov\d?|hiv\d?|hpv\d*|ebv|cmv|hsv\d?)$/i;
/** An hour of a shift or a schedule: 7p, 11PM, 12n, 0700h. */
export const CLOCK_CHUNK_RE = /^\d{1,4}(?:a|p|am|pm|n|h|hr|hrs|noon)$/i;
/** Vital-sign and ventilator words that open a run of numbers ("HR-110-120s", "BP-120/80"). */
const VITAL_WORD_RE = /^(?:hr|bp|rr|sbp|dbp|map|cvp|spo2|sao2|sat|sats|temp|t|p|peep|fio2|tv|vt|ps|psv|ipap|epap|o2|gcs|pain|bs|fs|fsbs|bg|cbg)$/i;

/** An identifier-shaped token: three digits or more, two letters or more, letters and digits switching at least twice. */
function alnumIdentifier(v: string): boolean {
  if (countDigits(v) < 3 || v.length - countDigits(v) < 2) return false;
  let switches = 0;
  for (let i = 1; i < v.length; i++) if (isDigit(v.charCodeAt(i)) !== isDigit(v.charCodeAt(i - 1))) switches++;
  if (switches < 2) return false;
  return !ICD10_CODE_RE.test(v) && !COUNT_UNIT_GLUED_RE.test(v) && !CLINICAL_MIXED_RE.test(v) && !CLINICAL_ALNUM_RE.test(v) && !VENT_SETTINGS_RE.test(v);
}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) n++;
  }
  return n;
}

/** A labelled identifier has three digits or letters too: "Plan: 1. Type 2 diabetes" is list numbering, not an account. */
const identifierValue = (v: string): boolean => countDigits(v) >= MIN_ID_DIGITS || !/^[\d\s]+$/.test(v);
const TRAILING_RE = /[.\-/]+$/;
export const trimValue: PatternRecognizerDef['refine'] = (c) => {
  const s = c.text.slice(c.start, c.end).replace(TRAILING_RE, '');
  return s.length === 0 ? null : { start: c.start, end: c.start + s.length };
};

function labelled(name: string, type: PatternRecognizerDef['type'], labels: string, triggers: readonly string[], description: string, value = VALUE): PatternRecognizerDef {
  return {
    name,
    type,
    description,
    pattern: String.raw`\b(?:${labels})(?![A-Za-z])${NUMBER_WORD}${value}`,
    group: 'last',
    triggers,
    anchored: true,
    validate: identifierValue,
    refine: trimValue,
  };
}

/** USPS state and territory codes, written before a plate or a driver's licence ("OH 3ZB0724"). */
const US_STATE_CODES = String.raw`(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)`;
/** A driver's licence label: "DL", "D.L." or the words, in either case. */
const DL_LABEL = String.raw`(?:DL|D\.L\.|[Dd]river'?s?\s[Ll]icen[cs]e|DRIVER'?S?\sLICEN[CS]E)`;
const STATE_PREFIX_RE = new RegExp(String.raw`^${US_STATE_CODES}[\s-](?=[A-Z0-9]*[\s-]?[A-Z0-9]*\d)`);

/**
 * Identifier cue words (issue 9, session 10): each names a number a person, a claim or a case is known by. "lot" is not
 * here: a lot number after a device word is device.labelled's, and a vaccine's lot names a batch, not the patient.
 */
const ID_CUES = ['ref', 'reference', 'case', 'claim', 'member', 'membership', 'policy', 'group', 'account', 'acct', 'ticket', 'badge', 'permit',
  'certificate', 'cert', 'registration', 'enrolment', 'enrollment', 'voucher', 'authorization', 'authorisation', 'auth', 'confirmation', 'conf',
  'tracking', 'serial', 'subscriber', 'beneficiary', 'file', 'docket', 'incident', 'report', 'record', 'receipt', 'invoice', 'order', 'requisition',
  'application', 'license', 'licence', 'pin', 'passport', 'visa', 'booking', 'reservation', 'transaction'];
const ID_CUE_WORDS = [...ID_CUES].sort((a, b) => b.length - a.length).join('|');
const ID_CUE_TRIGGERS: readonly string[] = [...new Set(ID_CUES.flatMap((w) => [w, `${w}s`]))];

export const IDENTIFIER_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'ssn',
    type: 'SSN',
    description: 'social security number with dashes, spaced or not: 078-05-1120, 078 - 05 - 1120',
    pattern: String.raw`(?<![0-9-])\d{3}( ?)-\1\d{2}\1-\1\d{4}(?![0-9]|-\d)`,
  },
  {
    name: 'ssn.spaced',
    type: 'SSN',
    description: 'social security number with spaces or dots that passes the SSA area/group/serial rules: 078 05 1120',
    pattern: String.raw`\b\d{3}([ .])\d{2}\1\d{4}(?![0-9]|[.\-/]\d)`,
    // The character before is checked here: a leading lookbehind would be tried at every offset.
    validate: (v, c) => !/[.\-/]/.test(c.text[c.start - 1] ?? '') && validSsn(v),
  },
  {
    name: 'ssn.labelled',
    type: 'SSN',
    description: 'social security number after its label, with any separator, spaced or none: SSN 078051120, SS# 078 05 1120, SSN 078 - 05 - 1120, SS# 078.05.1120',
    pattern: String.raw`\b(?:ssn|s\.s\.n\.?|ss#|ss\s?no\.?|soc\.?\s?sec\.?|social security)(?![A-Za-z])(?:\s?(?:#|no\.?|number|num|:)){0,3}\s?(\d{3}(?:\s?[.\-/]\s?|\s)?\d{2}(?:\s?[.\-/]\s?|\s)?\d{4}|[A-Za-z0-9][A-Za-z0-9\-]*\d[A-Za-z0-9\-]*)`,
    group: 'last',
    triggers: ['ssn', 's', 'ss', 'soc', 'social'],
    anchored: true,
    validate: identifierValue,
  },
  labelled('mrn.labelled', 'MRN', String.raw`mrn|mr\s?#|mr\s?no\.?|mr(?=\s?:)|e?mpi|medical record(?:\s?(?:number|no\.?|#))?|med\.?\s?rec(?:ord)?|unit\s?(?:number|no\.?|#)|chart(?=\s?(?:#|no\b|number|:))|hosp(?:ital)?\.?\s?(?:number|no\.?|#)|patient\s?(?:id|#|number|no\.?)|pt\.?\s?(?:id|#)`,
    ['mrn', 'mr', 'empi', 'mpi', 'medical', 'med', 'unit', 'chart', 'hospital', 'hosp', 'patient', 'pt'], 'medical record number after its label: MRN: 00482913, Med Rec # A-12345'),
  labelled('account.labelled', 'ACCOUNT', String.raw`acct|account|guarantor(?=\s?(?:#|no\b|number|id|:))|billing(?:\s?(?:number|no\.?|#|id))|fin(?=\s?(?:#|:|number|no\b|\d))|financial\s?(?:number|no\.?|#)|har`,
    ['acct', 'account', 'guarantor', 'billing', 'fin', 'financial', 'har'], 'account or billing number after its label: Acct # 55120093, FIN: 3300412'),
  labelled('encounter.labelled', 'ACCOUNT', String.raw`encounter|episode(?=\s?(?:#|no\b|number|id|:))|enc(?=\s?(?:#|:|no\b|number|id|\d))|csn|visit(?=\s?(?:#|no\b|number|id))|admission(?=\s?(?:#|no\b|number|id))`,
    ['encounter', 'episode', 'enc', 'csn', 'visit', 'admission'], 'encounter or visit number after its label: Encounter #: E-7732190, CSN 4410092371'),
  {
    ...labelled('health-plan.labelled', 'ACCOUNT', String.raw`member|subscriber|policy|pol(?=\s?(?:#|no\b|number|:))|prior\s?auth(?:orization)?|auth(?:orization)?(?=\s?(?:#|no\b|number|code|:))|group(?=\s?(?:#|no\b|number|id|:|\/\s?id))|claim|medicaid|medicare|insurance|plan(?=\s?(?:#|no\b|number|id|\/\s?id))|health plan|beneficiary|hicn|mbi|mcare(?=\s?(?:#|no\b|number|id|:))|payer\s?id`,
    ['member', 'subscriber', 'policy', 'pol', 'prior', 'auth', 'authorization', 'group', 'claim', 'medicaid', 'medicare', 'insurance', 'plan', 'health', 'beneficiary', 'hicn', 'mbi', 'mcare', 'payer'],
    'health-plan member, subscriber, policy, group or claim number after its label: member ID XZQ4410092, Claim # 2024-778812'),
    // A payer's level or modifier code written right after the payer ("Medicare K3", "Medicare G0", "Medicaid 25") is a
    // billing category, not the patient's number: a member or claim number has three digits or five characters.
    validate: (v, c) => identifierValue(v) &&
      !(/^[A-Za-z]{0,2}\d{1,2}$/.test(v) && /^(?:medicare|medicaid|mcare|insurance|plan|health plan)\s?$/i.test(c.match[0].slice(0, c.start - c.match.index))),
  },
  labelled('accession.labelled', 'ID', String.raw`accession|path(?:ology)?(?=\s?(?:#|no\b|number|:))|surg\.?\s?path(?=\s?(?:#|no\b|number|:))|cyto(?:logy)?(?=\s?(?:#|no\b|number|:))|acc(?=\s?(?:#|no\b|number))|container(?=\s?(?:#|no\b|number|id|:))|exam(?=\s?(?:#|no\b|number|id))|study(?=\s?(?:#|no\b|number|id))|rx(?=\s?(?:#|no\b|number))|prescription(?=\s?(?:#|no\b|number))|specimen|spec(?=\s?(?:#|no\b|number|id))|requisition|req\.?(?=\s?(?:#|no\b|number))|order(?=\s?(?:#|no\b|number|id|:))|lab(?=\s?(?:#|no\b|number|id))|case(?=\s?(?:#|no\b|number|id|:))|slide|block(?=\s?(?:#|no\b|number|id|:|[A-Z0-9]*\d{5}))|surgical pathology(?=\s?(?:#|no\b|number))|sp(?=\s?#)`,
    ['accession', 'path', 'pathology', 'surg', 'cyto', 'cytology', 'acc', 'container', 'exam', 'study', 'rx', 'prescription', 'specimen', 'spec', 'requisition', 'req', 'order', 'lab', 'case', 'slide', 'block', 'surgical', 'sp'],
    'accession, specimen, order, prescription or pathology case number after its label: Accession #: S24-11873, Specimen #: T19-61223 A2', SPECIMEN_VALUE),
  {
    ...labelled('license.labelled', 'LICENSE', String.raw`licen[cs]e(?!\s?plate)|lic\.?(?=\s?(?:#|no\b|number|:|[A-Z]{0,5}[\s.\-]?\d))|csr(?=\s?(?:#|no\b|number|:))|npi|dea|certificate|cert\.?(?=\s?(?:#|no\b|number|:))|upin|driver'?s\s?licen[cs]e|dl(?=\s?(?:#|no\b|number|:))|(?<![\/\d]\s?)dl(?=\s[A-Za-z]{1,3}\d{5,}\b)|cdl|commercial\sdriver'?s?\s?licen[cs]e|state\s?id|id\s?card|passport|tin|ein`,
      ['license', 'licence', 'lic', 'csr', 'npi', 'dea', 'certificate', 'cert', 'upin', 'driver', 'drivers', 'dl', 'cdl', 'commercial', 'state', 'id', 'passport', 'tin', 'ein'],
      "licence, certificate, NPI or DEA number after its label: license no. MD-44120, NPI 1234567893, driver's license D1234-5678"),
  },
  {
    name: 'npi',
    type: 'LICENSE',
    description: 'national provider identifier without a label: 10 digits starting 1 or 2 with a valid Luhn check digit',
    pattern: String.raw`(?<![0-9\-.])[12]\d{9}(?![0-9]|[\-.]\d)`,
    triggers: ['#digits9'],
    anchored: true,
    validate: validNpi,
  },
  {
    name: 'dea',
    type: 'LICENSE',
    description: 'DEA registration number: two letters and seven digits with a valid check digit (or "DEA" nearby)',
    pattern: String.raw`\b[ABCDEFGHJKLMPRSTUXabcdefghjklmprstux][A-Za-z]\d{7}\b`,
    triggers: ['#alnum9'],
    anchored: true,
    validate: (v) => validDea(v),
    context: { words: ['dea'], windowChars: 24 },
  },
  {
    name: 'udi.gs1',
    type: 'DEVICE',
    description: 'GS1 unique device identifier with application identifiers: (01)00844588003288(17)141120(10)7654321D(21)10987654',
    pattern: String.raw`\(01\)\s?\d{14}(?:\s?\(\d{2,4}\)\s?[A-Za-z0-9\-]{1,20}){0,6}`,
    requires: '(01)',
  },
  {
    name: 'device.labelled',
    type: 'DEVICE',
    description: 'device serial, lot or identifier after its label: SN: PJN882311R, S/N 44-1209, Lot # 22A117, UDI: +H123ABC, CGM transmitter 8G4K21, transmitter ID 9QWXRT (one leading digit, then letters)',
    pattern: String.raw`\b(?:serial|ser\.|s\/n|sn|lot|device|udi|pacemaker|implant|icd|generator|transmitter)(?:\b|(?<=\.))(?:\s?(?:#|no\.?|number|num|id|identifier|serial|:)){0,3}\s?([A-Za-z0-9+(][A-Za-z0-9\-\/.()+$%]*\d[A-Za-z0-9\-\/.()+$%]*|\d[A-Za-z][A-Za-z0-9]{3,}\b)`,
    group: 'last',
    triggers: ['serial', 'ser', 's', 'sn', 'lot', 'device', 'udi', 'pacemaker', 'implant', 'icd', 'generator', 'transmitter'],
    anchored: true,
    validate: (v, c) => {
      // "ICD 10", "model 3", "ref 2": a device identifier has three digits or mixes letters with digits,
      // and a bare label word ("device", "model", "ICD") needs a number word or colon before the value.
      if (!identifierValue(v) || /^(?:icd|10|9)$/i.test(v)) return false;
      const label = c.match[0].slice(0, c.match[0].length - v.length);
      // A CGM transmitter is named by its six-character serial alone ("transmitter 8G4K21"); a shorter token is a model (G7).
      if (/^transmitter\s?$/i.test(label)) return v.length >= 5 && /[a-z]/i.test(v) && /\d/.test(v);
      return /^(?:serial|ser\.|s\/n|sn|lot|udi)/i.test(label) || /(?:#|no\.?|number|num|id|identifier|serial|:)\s?$/i.test(label);
    },
    refine: trimValue,
  },
  {
    name: 'vehicle.plate',
    type: 'VEHICLE',
    description: 'vehicle licence plate after its label, with an optional state code before it: plate ABC-1234, license plate 7XYZ123, tag # GHX 4471, tag: OH 3ZB0724, plate SJ-02-F4',
    pattern: String.raw`\b(?:(?:licen[cs]e|licence|lic\.?|registration)\s)?(?:plates?\b|tags?\b|registration\b|reg\b\.?)(?:\s?(?:#|no\.?|number|num|:|[\u2013\u2014](?=\s)|\|)){0,3}(?:\s(?:is|was|reads|of))?\s?((?:${US_STATE_CODES}[\s-](?=[A-Z0-9]*[\s-]?[A-Z0-9]*\d))?(?:\d{2,4}\s[A-Z]{2,4}|[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,5}){0,2}(?:\s\d{2,5})?))(?![A-Za-z0-9])`,
    group: 'last',
    triggers: ['plate', 'plates', 'tag', 'tags', 'license', 'licence', 'lic', 'registration', 'reg'],
    anchored: true,
    // Real plates are upper case: a first chunk with a digit ("7XYZ123") or 2–4 capitals before digits ("ABC 1234").
    validate: (v, c) => {
      const first = /^[A-Za-z0-9]+/.exec(v.replace(STATE_PREFIX_RE, ''))![0];
      // After a bare "tag" (also a verb and a noun) only an upper-case plate with letters and digits counts.
      // "registration" alone (a desk, a visit) takes only the same upper-case plate shape, whatever its label.
      // "reg" (registration, as "Mass. reg 992LFG" writes it; also regular insulin and diet) likewise.
      // A plate's dashed letters-then-digits or digits-then-letters shape ("kbp-466", "742-YDC") is a plate after any
      // vehicle word in any case: a dose, a range or a regular-insulin order has no letters glued to a dash like that.
      if (/^(?:[A-Za-z]{2,4}-\d{2,5}|\d{2,4}-[A-Za-z]{2,4}|\d[A-Za-z]{2}-\d{3,5})$/.test(v.replace(STATE_PREFIX_RE, ''))) return true;
      if (/^reg(?:istration)?\b(?!\s(?:plates?|tags?)\b)/i.test(c.match[0]) && !(/^[A-Z0-9 -]+$/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) &&
        v.replace(/[\s-]/g, '').length >= 5)) return false;
      if (/^tags?\b/i.test(c.match[0]) && !/(?:#|no\.?|number|num|:)\s?$/i.test(c.match[0].slice(0, c.match[0].length - v.length)) &&
        !(/^[A-Z0-9 -]+$/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && v.replace(/[\s-]/g, '').length >= 5)) return false;
      // After "plate" a dashed letters-then-digits plate is one in any case: notes typed in lower case write "plate kmk-645".
      if (/^(?:licen[cs]e\s|lic\.?\s)?plates?\b/i.test(c.match[0]) && /^[A-Za-z]{2,4}-\d{2,5}$/.test(v)) return true;
      return (/\d/.test(first) && (/[A-Za-z]/.test(v) || countDigits(v) >= 5)) || (/^[A-Z]{2,4}$/.test(first) && /\d/.test(v));
    },
  },
  {
    name: 'vehicle.vin',
    type: 'VEHICLE',
    description: 'vehicle identification number: 17 characters without I, O, Q, with a valid check digit (or "VIN" nearby)',
    pattern: String.raw`\b(?=[A-HJ-NPR-Z0-9]{17}\b)(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b`,
    flags: 'g',
    triggers: ['#alnum9'],
    anchored: true,
    validate: validVin,
    context: { words: ['vin', 'vehicle', 'car', 'truck'], windowChars: 40 },
  },
  labelled('vehicle.vin.labelled', 'VEHICLE', 'vin', ['vin'], 'vehicle identification number after its label: VIN 1HGCM82633A004352'),
  {
    name: 'vehicle.ems-unit',
    type: 'VEHICLE',
    description: 'an ambulance, engine or response unit number after its cue: Medic unit G67-357, Ambulance K68-677, RIG G40-943, Engine 14-2',
    pattern: String.raw`\b(?:(?:medic|ambulance|ems|rescue|transport)\s(?:unit|rig|truck)|medic|ambulance|rig|engine|truck|squad|ladder|unit)(?:\s?(?:#|no\.?|number|:)){0,2}\s?([A-Za-z]{0,3}-?\d{1,4}-\d{1,5}|[A-Za-z]{1,3}\d{2,5}|\d{3,5})(?![A-Za-z0-9]|[.\/,-]\d)`,
    group: 'last',
    triggers: ['medic', 'ambulance', 'ems', 'rescue', 'transport', 'rig', 'engine', 'truck', 'squad', 'ladder', 'unit'],
    anchored: true,
    // "unit 3" of a ward and "10 units" of insulin stay: after a bare "unit" only a hyphenated or lettered number counts,
    // and never a dose ("unit 500 mg" has its unit after it).
    validate: (v, c) => {
      const after = c.text.slice(c.end, c.end + 8);
      if (COUNT_UNIT_AFTER_RE.test(after)) return false;
      // "unit number 4471002" is a medical record number (mrn.labelled); 911 is the emergency line, not a unit.
      if (/^unit\b/i.test(c.match[0]) && (!/[-A-Za-z]/.test(v) || /(?:#|no\.?|number)/i.test(c.match[0]))) return false;
      if (v === '911') return false;
      return true;
    },
  },
  {
    ...labelled('id.ems-run', 'ID', String.raw`(?:run|cad|pcr|epcr|incident)(?=\s?(?:#|no\b|number|:|\d|[A-Z]{2,5}-\d{4}))`,
      ['run', 'cad', 'pcr', 'epcr', 'incident'],
      'an EMS run, incident, dispatch (CAD) or patient-care-report number after its cue: RUN # 26-376036, CAD 19-154825, Incident 25-97110'),
    // "CAD" is also coronary artery disease and "run" a verb: only a number of five or more digits is a run number ("CAD 100%" is not).
    // A system-prefixed run number ("Chamber run HBO-7478", "run EMS-4471") has four digits after its letters and dash.
    validate: (v, c) => (countDigits(v) >= 5 || /^[A-Z]{2,5}-\d{4,}$/.test(v)) && !COUNT_UNIT_AFTER_RE.test(c.text.slice(c.end, c.end + 8)) &&
      !/^\s?%/.test(c.text.slice(c.end, c.end + 2)),
  },
  {
    name: 'vehicle.aircraft',
    type: 'VEHICLE',
    description: 'an aircraft registration (tail number) after its cue, any national format: aircraft N484LU, tail # C-GABC, helicopter N911ME, airframe DZZ-7209',
    // Safe Harbor's vehicle identifiers include an aircraft's registration; the cue says a vehicle is meant, the value has
    // letters with a digit ("N484LU", "DZZ-7209") or is a dashed all-letter foreign mark ("C-GABC", "G-OBMS").
    pattern: String.raw`\b(?:aircraft|airframe|helicopter|tail(?:\s?(?:#|no\.?|number))?|aircraft\sregistration)(?:\s?(?:#|no\.?|number|:)){0,2}\s?(\d[A-Z]{2,3}[ \t]\d{3,4}|[A-Z0-9]{1,3}-?[A-Z0-9]{2,5})(?![A-Za-z0-9]|[\-/.]\w)`,
    group: 'last',
    triggers: ['aircraft', 'airframe', 'helicopter', 'tail'],
    anchored: true,
    validate: (v) => (/\d/.test(v) && /[A-Z]/.test(v) && v.replace('-', '').length >= 4) || /^[A-Z]{1,2}-[A-Z]{3,4}$/.test(v),
  },
  {
    name: 'vehicle.plate-near-cue',
    type: 'VEHICLE',
    description: 'a licence-plate shape a few words after a vehicle word: vehicle VIN per trooper 5WK 791, car reported as ZLG-9834, truck tag per police 4TA 954, van N427YD',
    // A plate's shapes (digit + 2–3 capitals + space/dash + 3–4 digits, or 3 capitals + dash/space + 3–4 digits) a few words
    // after the vehicle word: a note writes "per trooper", "reported as", "on scene" between the cue and the plate.
    pattern: String.raw`\b(?:vehicle|vin|car|truck|van|motorcycle|suv|plates?|tags?)\b[^\n.;]{0,30}?(?<![A-Za-z0-9\-])(\d[A-Z]{2,3}[ -]\d{3,4}|[A-Z]{3}[ -]\d{3,4}|(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{5,8})(?![A-Za-z0-9]|[\-/.]\d)`,
    group: 'last',
    triggers: ['vehicle', 'vin', 'car', 'truck', 'van', 'motorcycle', 'suv', 'plate', 'plates', 'tag', 'tags'],
    anchored: true,
    // Plates are printed in capitals: the cue words match in any case, the value only in upper case ("tag 231" is the cue).
    validate: (v) => /^[A-Z0-9 -]+$/.test(v) && /\d/.test(v),
  },
  {
    name: 'device.digit-groups',
    type: 'DEVICE',
    description: 'an unlabelled serial written as three or more dashed digit groups with nine digits or more and a group of four: Monitor 4632-0708-717, POC meter 9121-5652-158',
    // Dates have eight digits at most; phones (3-3-4) and SSNs (3-2-4) have their own recognizers and are PHI either way.
    pattern: String.raw`(?<![\w.\-/])\d{2,6}(?:-\d{2,6}){2,4}(?![\w]|[.\-/]\d)`,
    flags: 'g',
    triggers: ['#dashid'],
    anchored: true,
    validate: (v) => countDigits(v) >= 9 && /\d{4}/.test(v) && !/^(?:1-)?\d{3}-\d{3}-\d{4}$/.test(v),
  },
  {
    name: 'id.file-name',
    type: 'ID',
    description: 'a file name carrying a date, a number or a name (photo, scan, export): IMG_20250627_6146.jpg, wound_smith_0312.png, scan-4471.pdf',
    pattern: String.raw`(?<![\w.\/-])[A-Za-z0-9][\w-]*(?:\.[\w-]+)?\.(?:jpe?g|png|heic|heif|gif|tiff?|bmp|webp|pdf|docx?|dcm|mp4|mov|avi|wav|m4a)\b`,
    requires: '.',
    // A file name whose stem has digits or a name word: a bare "photo.jpg" says nothing of the patient.
    validate: (v) => /\d{3,}|_/.test(v.replace(/\.[A-Za-z0-9]+$/, '')),
  },
  labelled('id.labelled', 'ID', String.raw`(?:ref|reference|confirmation|ticket|id|identifier|employee|badge|record|file|incident|report|tracking|authorization|auth|prior auth)\s?(?:#|no\.?|number)\s?:?|ref\.|ref(?=\s?:)`,
    ['ref', 'reference', 'confirmation', 'ticket', 'id', 'identifier', 'employee', 'badge', 'record', 'file', 'incident', 'report', 'tracking', 'authorization', 'auth', 'prior'],
    'any other unique number after an explicit number label: Incident ref # 88312045, badge no. 4471'),
  labelled('id.role-id', 'ID', String.raw`(?:student|employee|ee|staff|worker|school|client|resident|inmate|caller|user|customer|patron|visitor|volunteer|contractor|applicant|donor|recipient|household|family|guest|badge)\s?(?:id|#|no\.?|number)|badge|bdg`,
    ['student', 'employee', 'ee', 'staff', 'worker', 'school', 'client', 'resident', 'inmate', 'caller', 'user', 'customer', 'patron', 'visitor', 'volunteer',
      'contractor', 'applicant', 'donor', 'recipient', 'household', 'family', 'guest', 'badge', 'bdg'],
    "an identifier a school, employer or program gives a person, after its role and ID label or a badge: Student ID 430973, EE ID 732852, Badge 683078"),
  {
    // Issue 9: registries, programs, courts and the military number people with labels nobody listed ("UNOS", "EDIPI",
    // "Docket"). The cue names a register of people, so the token after it (with "ID", "#", "No.", "number", ":") is that
    // person's number whatever its shape, once it has a digit; a short list number ("case 2") or a code word stays.
    ...labelled('id.register-cue', 'ID',
      // Cues that name a register on their own ("UNOS KLM4471", "Docket 24-CR-0913") may stand right before the number;
      // cues that are also everyday words ("service", "subject", "case") need "#", "No.", "number", "ID" or ":" after them.
      String.raw`(?:unos|optn|srtr|waitlist|wait-list|registry|donor|ticket|docket|booking|inmate|detainee|offender|warrant|citation|edipi|dod|` +
      String.raw`tracking|shipment|voucher|permit|uscis|alien|court\scase|tribal\s(?:id|enrollment|enrolment|card)|` +
      // Child and adult protective services number the families they open a case on ("DCF case 012127-J", "CPS case #");
      // an IVF laboratory numbers each embryo, oocyte and straw it keeps for one patient ("embryo E151-C7").
      String.raw`(?:dcf|dcyf|dcfs|dss|cps|aps|dhs|dcs|acs|cws|dfcs|dhhs)\s(?:case|file|referral)|embryos?|oocytes?|straws?)` +
      String.raw`(?=\s{0,3}(?:#|no\.|no\b|nbr|num(?:ber)?\b|id\b|:|-\s)|\s{1,3}(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]{0,4}[-\/.]?\d)|` +
      String.raw`(?:registration|recipient|listing|service|svc|subject|participant|screening|randomi[sz]ation|enrol(?:l)?ment|census|case|claim|probation|parole|` +
      String.raw`green\scard|benefits)(?=\s{0,3}(?:#|no\.|no\b|nbr|num(?:ber)?\b|id\b))`,
    ['unos', 'optn', 'srtr', 'waitlist', 'wait', 'registry', 'donor', 'ticket', 'docket', 'booking', 'inmate', 'detainee', 'offender', 'warrant', 'citation',
      'edipi', 'dod', 'tracking', 'shipment', 'voucher', 'permit', 'uscis', 'alien', 'court', 'tribal', 'registration', 'recipient', 'listing', 'service', 'svc',
      'subject', 'participant', 'screening', 'randomization', 'randomisation', 'enrollment', 'enrolment', 'census', 'case', 'claim', 'probation', 'parole',
      'green', 'benefits', 'dcf', 'dcyf', 'dcfs', 'dss', 'cps', 'aps', 'dhs', 'dcs', 'acs', 'cws', 'dfcs', 'dhhs', 'embryo', 'embryos', 'oocyte', 'oocytes',
      'straw', 'straws'],
    'a number after a cue naming a register of people (transplant waitlist, court, jail, military, tribal, study, shipment): UNOS ID: KLM4471, Docket 24-CR-0913, EDIPI 1234567890, Service No. RA 44 120 775'),
    // A register number has three digits or letters and digits together ("ABC12"): "case 2", "donor 1 of 3", "service 24/7"
    // and a counted dose ("lot 3 units") are not one.
    validate: (v, c) => {
      if (/^\d+$/.test(v) ? v.length < 3 : countDigits(v) < 2) return false;
      // A year straight after the cue is when, not who ("registry 2019").
      if (/^(?:19|20)\d{2}$/.test(v) && !/(?:#|no\.?|num(?:ber)?|id|:)\s*$/i.test(c.match[0].slice(0, c.start - c.match.index))) return false;
      if (/^\d{1,2}\/\d{1,2}$/.test(v) || CLINICAL_MIXED_RE.test(v) || ICD10_CODE_RE.test(v) || VENT_SETTINGS_RE.test(v)) return false;
      return !COUNT_UNIT_AFTER_RE.test(c.text.slice(c.end, c.end + 8)) && !/^\s?%/.test(c.text.slice(c.end, c.end + 2));
    },
  },
  {
    name: 'id.leading-zero',
    type: 'ID',
    description: 'an unlabelled number of 7+ digits with a leading zero: 00482913 (a measurement never starts with 0)',
    pattern: String.raw`(?<![0-9.,\-/])0\d{6,}(?![0-9]|[.,\-/]\d)`,
    triggers: ['#zero7'],
    anchored: true,
  },
  {
    name: 'id.prefixed',
    type: 'ID',
    description: 'an unlabelled record-number shape: 1–4 capitals then 6+ digits in one token: A0048291, XZQ4410092',
    pattern: String.raw`\b[A-Z]{1,4}-?\d{6,}[A-Z0-9]{0,4}\b`,
    flags: 'g',
    triggers: ['#alnum7'],
    anchored: true,
  },
  {
    name: 'ssn.last-four',
    type: 'SSN',
    description: 'the last four digits of a masked SSN: ***-**-4233, XXX-XX-4233',
    pattern: String.raw`(?:\*{3}|[xX]{3}|#{3})[-\s](?:\*{2}|[xX]{2}|#{2})[-\s](\d{4})\b`,
    group: 1,
    requires: '-',
  },
  {
    name: 'ssn.last-four.labelled',
    type: 'SSN',
    description: 'the last four digits of an SSN after its label: SSN (last 4): 7538',
    pattern: String.raw`\b(?:ssn|ss#|social security(?:\s?(?:#|number|no\.?))?)\s?\(?(?:last\s?(?:4|four)(?:\s?digits)?)\)?\s?[:#]?\s?(\d{4})\b`,
    group: 1,
    triggers: ['ssn', 'ss', 'social'],
    anchored: true,
  },
  {
    name: 'id.prefixed-dashed',
    type: 'ID',
    description: 'an unlabelled system-prefixed number with dashes and six or more digits: CLM-6673-0373, ORD-2026-694476, PLC-33170392',
    // The first group has three or more digits: ventilator modes ("AC-20-50-400-5") do not.
    pattern: String.raw`\b[A-Z]{2,5}-\d{3,}(?:-\d{2,}){0,3}\b`,
    flags: 'g',
    triggers: ['#dashid'],
    anchored: true,
    validate: (v) => countDigits(v) >= 6,
  },
  {
    name: 'id.accession-shape',
    type: 'ID',
    description: 'an unlabelled accession number: capitals and two-digit year, dash, serial, optional block: S24-11873, PL20-71779, 21-SP-85725, SP-15-752749, R22-48403 A8',
    pattern: String.raw`\b(?:[A-Z]{1,3}\d{2}-\d{4,7}|\d{2}-[A-Z]{1,3}-\d{4,7}|[A-Z]{1,3}-\d{2}-\d{4,7})(?:\s[A-Z]\d{1,2})?\b`,
    flags: 'g',
    triggers: ['#dashid'],
    anchored: true,
  },
  {
    name: 'license.drivers-state',
    type: 'LICENSE',
    description: "a driver's licence with its issuing state's code before or after the DL label: CA DL F142-0601-3128, MD driver's license 665931978, DL AK ABCDE123XY",
    // The state code is the issuer, not PHI; the number after it is, and carries a digit ("DL OK today" is no licence).
    pattern: String.raw`\b(?:${US_STATE_CODES}\s${DL_LABEL}|${DL_LABEL}\s?(?:#|[Nn]o\.?)?:?\s?${US_STATE_CODES})\s?(?:#|[Nn]o\.?)?:?\s?([A-Z0-9][A-Z0-9-]{5,})\b`,
    flags: 'g',
    group: 1,
    triggers: ['dl', 'd', 'driver', 'drivers'],
    validate: (v) => /\d/.test(v),
  },
  {
    name: 'id.parenthesized',
    type: 'ID',
    description: 'an identifier of seven or more digits in parentheses after a name: Pt: L.V. Doe (84-268160)',
    // Not a date in parentheses ("(10-02-2012)"): three groups start with three digits.
    pattern: String.raw`\((\d{3}-\d{2,3}-\d{2,4}|\d{2,3}-\d{5,7}|\d{7,10})\)`,
    group: 1,
    requires: '(',
    validate: (v) => countDigits(v) >= 7,
  },
  {
    name: 'id.long-number',
    type: 'ID',
    description: 'an unlabelled number of 7–12 digits standing alone (not a count with its unit, an amount or a decimal): / 6943894 /',
    pattern: String.raw`(?<![0-9.,$\-/#:])\d{7,12}(?![0-9]|[.,]\d|[\-/:]\d)`,
    triggers: ['#digits7', '#digits8', '#digits9'],
    anchored: true,
    validate: (_v, c) => !COUNT_UNIT_AFTER_RE.test(c.text.slice(c.end, c.end + 12)),
  },
  {
    name: 'id.slash-header',
    type: 'ID',
    description: 'a dashed number between slashes in a report header: DOE, JANE / 54-592744 / SP-15-752749',
    pattern: String.raw`\/ (\d{2,3}-\d{2,6}(?:-\d{2,4})?) (?=\/)`,
    group: 1,
    requires: ' / ',
  },
  {
    name: 'vehicle.vin.after-label',
    type: 'VEHICLE',
    description: 'any 17-character VIN after its label, check digit or not: VIN UAZEWGYGLWSZXKSLA',
    pattern: String.raw`\bvin\s?(?:#|no\.?|number|:)?\s?([A-HJ-NPR-Z0-9]{17})\b`,
    group: 1,
    triggers: ['vin'],
    anchored: true,
  },
  {
    name: 'id.reference-mixed',
    type: 'ID',
    description: 'a reference or confirmation code mixing letters and digits after its label: PA ref TT435KSB6, Ref: 7XK22Q9, confirmation # AB12CD34',
    // The value must mix letters and digits: "ref range 3.5-5.0" and "ref lab" are clinical text.
    pattern: String.raw`\b(?:ref(?:erence)?|conf(?:irmation)?|tracking)\.?(?:\s?(?:#|no\.?|number|code|:)){0,2}\s?((?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,20})\b`,
    group: 1,
    triggers: ['ref', 'reference', 'conf', 'confirmation', 'tracking'],
    anchored: true,
    // One letter is enough when six digits carry it ("REF 20253408330P"): a measurement has its unit, not one letter.
    validate: (v) => (countDigits(v) >= 3 && /[A-Za-z].*[A-Za-z]/.test(v)) || countDigits(v) >= 6,
  },
  {
    name: 'id.mixed-shape',
    type: 'ID',
    description: 'an unlabelled identifier mixing letters and five or more digits in one token, any case, letters anywhere: 10n14274, 20240281294s, cm-125329, 323TP207 (not an ICD-10 code, a lot of units or a measurement)',
    // ICD-10-CM codes (S72001A) and NDC-like numbers are clinical; a number glued to a unit ("100000units") is a count.
    pattern: String.raw`(?<![A-Za-z0-9\-/.])(?=[A-Za-z0-9-]*[A-Za-z])(?:[A-Za-z]{1,4}-)?[A-Za-z0-9]*\d[A-Za-z0-9]*(?![A-Za-z0-9]|[\-/.][A-Za-z0-9])`,
    flags: 'g',
    triggers: ['#alnum7', '#dashid'],
    anchored: true,
    // Glued ventilator settings with five digits or more (SIMV12PS10PEEP5) are the default-deny shape's exception too.
    // A multiplied count before its unit ("1x10000 cells") is a measurement.
    validate: (v, c) =>
      countDigits(v) >= 5 && v.length >= 7 && !ICD10_CODE_RE.test(v) && !COUNT_UNIT_GLUED_RE.test(v) && !CLINICAL_MIXED_RE.test(v) && !VENT_SETTINGS_RE.test(v) &&
      !(/\d[xX]\d/.test(v) && COUNT_UNIT_AFTER_RE.test(c.text.slice(c.end, c.end + 8))),
  },
  {
    name: 'id.alnum-default-deny',
    type: 'ID',
    description: 'default deny for an identifier-shaped token standing alone: seven or more letters and digits that switch between letters and digits at least twice, with three digits or more (PJN882311R, LKKPR488PN, AB12CD34X) — not a gene (CYP2C19, HSD17B13), obstetric history (G3P2012), TNM stage (pT2N1M0), biomarker (p16INK4a), ventilator setting (PS15PEEP5, AC700X10), ICD-10 code or CLIA number',
    pattern: String.raw`(?<![A-Za-z0-9\-/.+*:_])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{7,20}(?![A-Za-z0-9]|[\-/.:*_+][A-Za-z0-9])`,
    flags: 'g',
    triggers: ['#alnum7'],
    anchored: true,
    validate: (v) => alnumIdentifier(v),
  },
  {
    name: 'id.cue-word',
    type: 'ID',
    description: 'a number after an identifier cue word, joined by #, No., number, ID, a colon, a spaced dash, a table bar or nothing, in any case and shape (digits, letter-digit, dashed, dotted, slashed, spaced): Permit — 2497/548142, confirmation: 7238/159917, | Case number | 24-474219 |, voucher DHY.4225.97, Serial: KR 150 947',
    // Issue 9 (session 10): the cue names a number a person is known by, whatever other words surround it; the value's shape
    // (digits with letters, or four digits or more) is what the validator checks, so the cue list is the only data.
    pattern: String.raw`\b(${ID_CUE_WORDS})s?\b\.?((?:[ \t]{0,2}(?:#|no\.|no\b|nbr\b\.?|num\.|num(?:ber)?\b|ids?\b|identifier\b|code\b|:|[-\u2013\u2014](?=[ \t])|\|)){0,3})[ \t]{0,3}(${ANY_LABEL_VALUE})`,
    group: 'last',
    triggers: ID_CUE_TRIGGERS,
    anchored: true,
    validate: (v, c) => {
      const digits = countDigits(v);
      const letters = v.replace(/[^A-Za-z]/g, '').length;
      // Four digits, or three with letters in one code of five characters or more: a list number, dose or score is shorter.
      if (digits < 4 && !(digits >= 3 && letters >= 1 && v.replace(/[\s\-./]/g, '').length >= 5)) return false;
      // Ranges, ratios and decimals are short digit groups joined by punctuation ("ref 3.5-5.0", "case 1/2"): an identifier
      // has a run of four digits or letters in it.
      if (letters === 0 && /[\-\/.]/.test(v) && !/\d{4}/.test(v)) return false;
      const joined = c.match[2].trim().length > 0;
      // A bare lower-case "no" is the negation ("pt reports no 10000 step days"); a heading's "No" or "no." is a label.
      if (/^no$/i.test(c.match[2].trim()) && !/^[A-Z]/.test(c.match[1])) return false;
      // A year or a season of years straight after the cue is when, not which ("registration 2019", "case 2020-21 season").
      if (!joined && /^(?:19|20)\d{2}(?:[-\/](?:\d{2}|(?:19|20)\d{2}))?$/.test(v)) return false;
      if (ICD10_CODE_RE.test(v) || CLINICAL_MIXED_RE.test(v) || VENT_SETTINGS_RE.test(v) || COUNT_UNIT_GLUED_RE.test(v)) return false;
      return !COUNT_UNIT_AFTER_RE.test(c.text.slice(c.end, c.end + 8)) && !/^\s?%/.test(c.text.slice(c.end, c.end + 2));
    },
    refine: trimValue,
  },
  {
    name: 'id.joined-default-deny',
    type: 'ID',
    description: 'default deny for an identifier written in chunks joined by dashes, dots or slashes, any case, standing alone: QX-4471-KZ9, ab12-cd34-9981, X9K-22L-7Q4 (not vertebral levels or ECG leads, gene mutations, TNM stages, doses with units, vital signs, ICD-10 codes)',
    // Issue 9 (session 10): the joined token, separators removed, must have the identifier shape of id.alnum-default-deny
    // (seven characters, three digits, two letters, letters and digits switching twice); a chunk that is itself clinical
    // (a protein change V600E, a dose 325mg, a level C5, a vital sign word) makes it clinical text.
    pattern: String.raw`(?<![A-Za-z0-9\-/.+*:_])[A-Za-z0-9]{1,10}(?:-[A-Za-z0-9]{1,10}){1,4}(?![A-Za-z0-9]|[\-/.:*_+][A-Za-z0-9])`,
    flags: 'g',
    triggers: ['#dashid'],
    anchored: true,
    validate: (v) => {
      const chunks = v.split('-');
      // Seven characters as id.alnum-default-deny asks; clock times of a shift ("7p-11p", "11P-7AM", "7a-12n") are hours.
      if (chunks.join('').length < 7 || !alnumIdentifier(chunks.join('')) || chunks.some((k) => CLOCK_CHUNK_RE.test(k))) return false;
      // One chunk mixes letters with digits or holds four digits: "HR-110-120s" style vitals split a word from its numbers.
      if (!chunks.some((k) => (/[A-Za-z]/.test(k) && /\d/.test(k)) || /\d{4}/.test(k))) return false;
      if (chunks.every((k) => /^[A-Za-z]{1,2}\d{1,2}$|^\d{1,2}$/.test(k))) return false;
      return !chunks.some((k) => CLINICAL_CHUNK_RE.test(k) || VITAL_WORD_RE.test(k));
    },
  },
  {
    name: 'id.line-label',
    type: 'ID',
    description: 'a labelled line whose whole value is one identifier-shaped token mixing letters and three digits or more, whatever the label: Bin: QX4471, Storage Locker — KT-4471, Parking pass: P-44812 (not a code, a dose with its unit, a stage, a mutation, a level, a setting)',
    // Issue 9 (session 10): forms label numbers with words nobody listed; a clinical measurement's value has no letters
    // mixed into its digits except a unit, a stage, a mutation or a setting, which the validator tells apart.
    pattern: String.raw`^[ \t]*(?:[-*\u2022][ \t]*)?([A-Za-z][A-Za-z'\u2019/&]*(?:[ \t][A-Za-z][A-Za-z'\u2019/&]*){0,3})[ \t]*(?::|[\u2013\u2014]|-(?=[ \t]))[ \t]*((?=[A-Za-z0-9\-.\/]*\d)(?=[A-Za-z0-9\-.\/]*[A-Za-z])[A-Za-z0-9]+(?:[\-.\/][A-Za-z0-9]+){0,3})[ \t]*$`,
    flags: 'gm',
    group: 'last',
    validate: (v, c) => {
      const chunks = v.split(/[\-./]/);
      const joined = chunks.join('');
      if (countDigits(joined) < 3 || joined.length < 5) return false;
      const label = c.match[1].toLowerCase().split(/[ \t]+/);
      const last = label[label.length - 1];
      if (NOT_ID_LABELS.has(last) || PROBLEM_LABELS.has(last) || label.some((w) => VITAL_WORD_RE.test(w))) return false;
      if (ICD10_CODE_RE.test(joined) || CLINICAL_MIXED_RE.test(joined) || CLINICAL_ALNUM_RE.test(joined) || VENT_SETTINGS_RE.test(joined) ||
        COUNT_UNIT_GLUED_RE.test(joined) || GESTATIONAL_AGE_RE.test(joined)) return false;
      return !chunks.some((k) => CLINICAL_CHUNK_RE.test(k) || COUNT_UNIT_GLUED_RE.test(k) || CLOCK_CHUNK_RE.test(k));
    },
  },
  {
    name: 'id.any-label',
    type: 'ID',
    description: 'a number after any label that names it a number, whatever the label word: Booking # 19-52678, Report ID 12064209-7115, VA file no. C 98 579 049, Member #: N84735317 10',
    // The label word is any word ending at a word boundary ("paid 12345" is not "pa" + "id"), then "#", "no.", "number" or
    // "ID". Five digits keep list numbering, doses and scores out; a label that names a code, a product or a place in the
    // building ("CPT #", "model no.", "room #") and contact labels (their own recognizers) are not taken.
    pattern: String.raw`\b([A-Za-z][A-Za-z'\-]{0,24})\b\.?[ \t]{0,2}(#|no\.|no\b|nbr\b\.?|num\.|number\b|id\b)(?:[ \t]{0,2}(?:#|:|-(?=[ \t])))?[ \t]{0,3}(${ANY_LABEL_VALUE})`,
    group: 'last',
    validate: (v, c) => {
      // Four digits are enough when letters stand with them in one code of seven characters or more ("Cycle ID QPF-AT8558"):
      // a score or dose after "#" is digits alone.
      if (countDigits(v) < 5 && !(countDigits(v) >= 4 && /[A-Za-z].*[A-Za-z]/.test(v) && v.replace(/[\s-]/g, '').length >= 7)) return false;
      // Pressures and ranges are short numbers joined by slashes or dashes ("PA # 34-40/24-30"); an identifier has a
      // longer run of digits or letters in it.
      if (/^[\d\-\/.]+$/.test(v) && !/\d{4}/.test(v)) return false;
      const label = c.match[1].toLowerCase();
      if (NOT_ID_LABELS.has(label) && !(COUNTED_LABELS.has(label) && /^id$/i.test(c.match[2]) && /[A-Za-z]/.test(v))) return false;
      // A laboratory's CLIA number and a code without its dot are clinical, not the patient's.
      // After a label that names an identifier ("Voucher No. G91337") the code shape is a number; after a problem or
      // diagnosis label it is the code.
      if ((ICD10_CODE_RE.test(v) && PROBLEM_LABELS.has(label)) || /^\d{2}D\d{7}$/.test(v)) return false;
      // A bare "no" is the negation unless the label is written as a heading word ("File No 44120").
      if (/^no$/i.test(c.match[2]) && !/^[A-Z]/.test(c.match[1])) return false;
      return !COUNT_UNIT_AFTER_RE.test(c.text.slice(c.end, c.end + 8)) && !/^\s?%/.test(c.text.slice(c.end, c.end + 2));
    },
    refine: trimValue,
  },
  {
    name: 'id.isbt-din',
    type: 'ID',
    description: 'an ISBT 128 Donation Identification Number by its published structure: facility code (letter + 4 characters), 2-digit year, 6-digit serial, optional flag digits: W1234 19 123456, W123419123456 00',
    // Facility identification number: one letter then four characters (a second letter is allowed in newer codes).
    pattern: String.raw`\b[A-Z][A-Z0-9]\d{3}[ \t]?\d{2}[ \t]?\d{6}(?:[ \t]?\d{2}(?![0-9]))?(?![A-Za-z0-9])`,
    flags: 'g',
  },
  {
    name: 'id.hash',
    type: 'ID',
    description: 'a long number or letter-prefixed number after "#", with a slash- or dash-joined serial: #4410092, #AB22019, # XT66/58679',
    pattern: String.raw`#\s?(\d{6,}|[A-Za-z]{1,3}\d{2,}[A-Za-z0-9]*(?:[\/-]\d{2,})?)\b`,
    group: 1,
    requires: '#',
  },
];
