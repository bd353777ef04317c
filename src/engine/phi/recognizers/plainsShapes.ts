// Owns the session-13 identifier, plate and facility shapes (issue 9, wave 2): passenger plates printed with their
// state's postal code ("ND 234 XNM") or their county number ("66-4550L", the county-numbered plates of Nebraska, South
// Dakota, Montana and Wyoming), identifiers whose letter prefix is glued to a digit group ("EEG24/5623", "FT-N38450"),
// patient-portal user names, and other hospitals named by an initialism ending in a facility head's initial ("at TWGH").
import { CLINICAL_PREFIXES, STATE_CODES } from './issuedShapes';
import type { MatchContext, PatternRecognizerDef } from './types';

const STATES = STATE_CODES.join('|');
/** Letters after a number that make it an amount or a time, not a plate's serial ("IN 100 MCG", "OK 200 MLS", "10-1500U"). */
const AMOUNT_SUFFIXES: ReadonlySet<string> = new Set(['mcg', 'mls', 'mgs', 'hrs', 'min', 'sec', 'yrs', 'pts', 'tab', 'tabs', 'cap', 'amp', 'day', 'wks',
  'mos', 'cal', 'kcal', 'meq', 'mmol', 'gtt', 'neb', 'ivp', 'per', 'and', 'the', 'for', 'was', 'not', 'has', 'had', 'but', 'via', 'are', 'all', 'now',
  'new', 'old', 'off', 'out', 'see', 'yes', 'bpm', 'mph', 'cfu', 'ngl', 'pgm', 'psi', 'ppm', 'ccs', 'lbs', 'kgs', 'ozs', 'sat', 'mmhg']);
/**
 * Postal codes that are also lower-case words or clinical abbreviations ("in 100 mls", "or 200 cc", "me 3 ...", "pa 250",
 * "md 100"): a lower-case plate never starts with one.
 */
const WORDLIKE_STATE_CODES: ReadonlySet<string> = new Set(['in', 'me', 'or', 'oh', 'hi', 'ok', 'pa', 'ma', 'la', 'al', 'co', 'de', 'id', 'ga', 'md', 'mo',
  'mi', 'ms', 'as', 'va', 'ct', 'pr', 'mt', 'dc', 'gu', 'vi', 'ia', 'il', 'ar', 'nm', 'sc', 'tn', 'ut', 'wi', 'ky', 'ri', 'vt', 'nc', 'ca', 'fl', 'az',
  'ak', 'nh', 'ny', 'nj', 'mn', 'wa', 'ks', 'mp']);

/** One-letter suffixes that are always units or a plural ("10-1500u", "5-1000k", "SBP 90-110s": the decades of a reading). */
const UNIT_LETTERS = /^[uks]$/i;
/** Unit and multiplier letters ("5-1000m", "1-2000g", "3-1500L", "10-1000x"): a unit after a round amount, a plate's letter after any serial. */
const METRIC_LETTERS = /^[mglx]$/i;

function statePlate(_v: string, c: MatchContext): boolean {
  const code = c.match[1];
  const serial = c.match[3];
  if (AMOUNT_SUFFIXES.has(serial.toLowerCase())) return false;
  // An all-capital plate is a plate; in a lower-case note the postal code must not be a word.
  if (code === code.toUpperCase() && serial === serial.toUpperCase()) return true;
  return !WORDLIKE_STATE_CODES.has(code.toLowerCase());
}

function countyPlate(_v: string, c: MatchContext): boolean {
  const serial = c.match[2];
  const letter = c.match[3];
  if (UNIT_LETTERS.test(letter)) return false;
  if (METRIC_LETTERS.test(letter) && /00$/.test(serial)) return false;
  // "12-1400h" is a span of hours ending at a clock time, not a plate.
  if (/^h$/i.test(letter) && serial.length === 4 && Number(serial.slice(0, 2)) <= 24 && Number(serial.slice(2)) < 60) return false;
  return true;
}

/** A glued letter prefix: letters and digits joined in the first group, or letters glued to digits after the separator. */
function gluedSeries(v: string, c: MatchContext): boolean {
  const [, prefix, prefixDigits, , serialLetter] = c.match;
  if (!prefixDigits && !serialLetter) return false;
  if (CLINICAL_PREFIXES.has(prefix.toLowerCase())) return false;
  const digits = v.replace(/\D/g, '').length;
  // Five digits with a run of four: a vertebral level (T12-L1), a gene (BRCA1/2) or a lab name (CA19-9) is shorter.
  return digits >= 5 && /\d{4}/.test(v);
}

/** Vowel-less clinical initialisms of the same shape: continuous veno-venous hemofiltration ("wean from CVVH"). */
const VOWELLESS_CLINICAL: ReadonlySet<string> = new Set(['cvvh']);

function facilityInitialism(v: string): boolean {
  // Four letters at least: the three-letter findings ending in H (SAH, ICH, SDH, LVH, BPH) and "OSH" (any outside
  // hospital) are shorter. A vowel-less token is an initialism in any case ("TWGH", "mwrh"), never a word ("each",
  // "LUNCH", "Beach": all-capital notes print words in capitals too).
  return v.length >= 4 && !/[aeiouy]/i.test(v) && !VOWELLESS_CLINICAL.has(v.toLowerCase());
}

export const PLAINS_SHAPE_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'vehicle.state-plate',
    type: 'VEHICLE',
    description: 'a passenger plate printed with its state postal code, two to four digits and three letters: ND 234 XNM, SD-832-CUY (not a dose: IN 100 MCG)',
    pattern: String.raw`\b(${STATES})([ \-])\d{2,4}\2([A-Za-z]{3})\b`,
    flags: 'gi',
    triggers: STATE_CODES.map((s) => s.toLowerCase()),
    anchored: true,
    validate: statePlate,
  },
  {
    name: 'vehicle.county-plate',
    type: 'VEHICLE',
    description: 'a county-numbered plate: the county number, a dash, three to five digits and a letter (Nebraska, South Dakota, Montana, Wyoming): 66-4550L, 41-5354P (not 10-1500u, 2-3000mL, 12-1400h)',
    pattern: String.raw`(?<![A-Za-z0-9\-\/.])(\d{1,2})-(\d{3,5})([A-Za-z])(?![A-Za-z0-9]|[\-\/.]\d)`,
    requires: '-',
    validate: countyPlate,
  },
  {
    name: 'id.glued-prefix-series',
    type: 'ID',
    description: 'an identifier whose capital letter prefix is glued to a digit group, split by a slash, dot or dash, five digits or more: EEG24/5623, FT-N38450, QA7-10442 (not T12-L1, CA19-9)',
    pattern: String.raw`(?<![A-Za-z0-9\-\/.])([A-Z]{1,4})(\d{0,4})([\/.\-])([A-Z]?)\d{3,8}(?:[\/.\-]\d{1,6})?(?![A-Za-z0-9]|[\-\/.]\d)`,
    flags: 'g',
    validate: gluedSeries,
  },
  {
    name: 'license.spaced-groups',
    type: 'LICENSE',
    description: "a licence number printed in space- or dash-separated groups, letters first, after a licence label: license WAW 72 1527, CDL/ID BKA-01-9277, DL# QT 118 20455",
    pattern: String.raw`\b(?:licen[cs]e|lic|cdl(?:\/id)?|dl|id)\.?(?:[ \t]?(?:#|no\.?|number))?:?[ \t]{1,3}([A-Za-z]{1,3}([ \-])\d{2,3}\2\d{3,5})(?![A-Za-z0-9]|[\-\/.]\d)`,
    group: 1,
    triggers: ['license', 'licence', 'lic', 'cdl', 'dl', 'id'],
    anchored: true,
  },
  {
    name: 'id.portal-username',
    type: 'ID',
    description: 'a patient-portal user name after the portal word, words joined by "_", "." or "-" with a digit or an underscore: Portal jane_doe07, portal user smithj-417 (not portal vein-thrombosis)',
    pattern: String.raw`\b(?:portal|mychart|app)(?:[ \t](?:user(?:[ \t]?name)?|login|id|account))?[ \t]?[:#]?[ \t]{0,2}([A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+)+)(?![A-Za-z0-9@])`,
    group: 1,
    triggers: ['portal', 'mychart', 'app'],
    anchored: true,
    validate: (v) => /[\d_]/.test(v),
  },
  {
    name: 'location.facility-initialism',
    type: 'LOCATION',
    description: 'another hospital named by an initialism ending in a facility head (H hospital, MC medical center, HC health center, RC rehabilitation center) after a place preposition: at TWGH, from WPMC, at mwrh (not at OSH, to SDH, at each)',
    pattern: String.raw`\b(?:at|from|to|via)[ \t]+([A-Za-z]{2,4}(?:h|mc|hc|rc))(?![A-Za-z0-9])`,
    group: 1,
    triggers: ['at', 'from', 'to', 'via'],
    anchored: true,
    validate: facilityInitialism,
  },
];
