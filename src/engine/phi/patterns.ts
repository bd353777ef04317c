// Owns the regular-expression detectors for structured identifiers: dates, ages over 89, phone and fax,
// e-mail, URLs, IPs, SSN, MRN, account/member, licence/NPI/DEA, device and vehicle ids, street addresses
// and ZIP codes. Every pattern is linear (no nested quantifiers) so a 1 MB note cannot backtrack badly.
import type { PhiType } from '../types';
import type { Emit } from './recognizer';
import {
  TRIG_ACCOUNT, TRIG_AGE90, TRIG_AGE_WORD, TRIG_BOX, TRIG_DEVICE, TRIG_ID, TRIG_LICENSE, TRIG_LONG_ALNUM, TRIG_MONTH, TRIG_MRN,
  TRIG_ORDINAL, TRIG_SSN, TRIG_STREET, TRIG_VEHICLE, TRIG_ZIP5, TRIG_ZIP_LABEL,
} from './lexicon';

export interface Candidate {
  start: number;
  end: number;
  type: PhiType;
}


const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_LONG = String.raw`(?:january|february|march|april|june|july|august|sept?(?:ember)?|october|november|december|jan|feb|apr|jun|jul|aug|oct|nov|dec)`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MON_NUM = String.raw`(?:0?[1-9]|1[0-2])`;
const ORD = String.raw`(?:st|nd|rd|th)`;
// ASCII word boundaries without the u flag: several times faster in V8 than Unicode property classes,
// and every identifier matched here is ASCII (a letter outside ASCII next to one only loses a boundary).
const B = String.raw`\b`;
const E = String.raw`\b`;

const re = (src: string, flags = 'gi'): RegExp => new RegExp(src, flags);
const STATE_ABBR_RAW = String.raw`(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)`;

/** Each date pattern with the trigger bit it needs in the note (0: always run). */
/** Diagnoses and procedures after which a two-digit number is the year it happened ("CVA 74'", "CABG 98,"). */
const EVENT_WORDS = String.raw`mi|cabg|cva|avr|mvr|ptca|pci|tia|dvt|pe|redo|chole|cholecystectomy|appy|appendectomy|stent|stents|ablation|pacer|ppm|aicd|tahbso|tah|hysterectomy|lap|turp|hernia|repair|dx|dx'd|diagnosed|in|since|surgery|fx|fracture|stroke`;
const DATE_PATTERNS: readonly { re: RegExp; trigger: number }[] = [
  // 2019-01-03
  { re: re(String.raw`${B}(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])${E}`), trigger: 0 },
  // 07/22/2019, 6-17-21, 11/21.93, 10/03/10/04
  { re: re(String.raw`(?<![0-9/.])${MON_NUM}([/-])${DAY}(?:\1${MON_NUM}\1${DAY})?(?:\1|\.)(?:\d{4}|\d\d)(?![A-Za-z0-9]|[/%]|\.\d)`), trigger: 0 },
  // 10/03/10/04: two month/day dates written as one chain
  { re: re(String.raw`(?<![0-9/.])${MON_NUM}/${DAY}/${MON_NUM}/${DAY}(?![0-9/%]|\.\d)`), trigger: 0 },
  // 7/22 (month/day), not part of a ratio chain, a decimal, a fraction of 10 or a percentage
  { re: re(String.raw`(?<![A-Za-z0-9/.+\-])${MON_NUM}/${DAY}(?![0-9/%]|\.\d|[A-Za-z\u00C0-\u024F])`), trigger: 0 },
  // 6/85 (month/two-digit year above 31)
  { re: re(String.raw`(?<![A-Za-z0-9/.+\-])${MON_NUM}/(?:3[2-9]|[4-9]\d)(?![0-9/%]|\.\d|[A-Za-z\u00C0-\u024F])`), trigger: 0 },
  // Jan 3, January 3rd 2019, Sept. 12, nov, 96
  { re: re(String.raw`${B}${MONTH}\.?,?\s{0,2}(?:${DAY}${ORD}?(?:,?\s{0,2}(?:\d{4}|'?\d\d)(?![A-Za-z0-9:]))?|(?:\d{4}|'\d\d))${E}`), trigger: TRIG_MONTH },
  { re: re(String.raw`${B}${MONTH_LONG}\.?,\s{0,2}\d\d${E}`), trigger: TRIG_MONTH },
  // 3rd of March, 21 Apr, 1->2 nov
  { re: re(String.raw`${B}${DAY}${ORD}?(?:\s{0,2}(?:-|->|to)\s{0,2}${DAY}${ORD}?)?(?:\s{0,2}of)?\s{0,2}${MONTH}${E}\.?(?:,?\s{0,2}(?:\d{4}|'?\d\d)${E}(?!:))?`), trigger: TRIG_MONTH },
  // July 29th, the 11th
  { re: re(String.raw`${B}the\s(?:${DAY}${ORD})${E}(?!\s+(?:rib|ics|intercostal|percentile|floor|grade|ventricle|heart|digit|finger|toe|metatarsal|cranial|nerve|vertebra|lumbar|thoracic|cervical|day|week|hour|time|dose|attempt|of\s+(?:the|a|his|her)\b))`), trigger: TRIG_ORDINAL },
  // "in sept.", "since March", "March of 1993": a month written alone is still a date element
  { re: re(String.raw`${B}(?:in|since|until|till|during|early|late|mid|of|by|through|end of|beginning of)\s${MONTH_LONG}${E}\.?`), trigger: TRIG_MONTH },
  { re: re(String.raw`${B}${MONTH_LONG}\s(?:of\s)?(?:19|20)\d\d${E}`), trigger: TRIG_MONTH },
];

/** Dates whose cue word is consumed and whose value is the last group (a leading lookbehind runs at every offset). */
const CUED_DATE_PATTERNS: readonly RegExp[] = [
  // "CVA 74'", "repair in 14'": a two-digit year marked with an apostrophe (a date element in these notes)
  re(String.raw`${B}(?:${EVENT_WORDS})\s(\d\d)'(?![A-Za-z0-9'"])`),
  // "returned to OR on 7-8 for coiling": month-day with a hyphen after a date preposition
  re(String.raw`${B}(?:on|since|until|from|thru|through)\s(${MON_NUM}-${DAY})(?=\s(?:for|and|at|with|when|to|s\/p)${E}|[,;.](?!\d))`),
];

/** Bare years, only when the caller asks for them (Safe Harbor keeps a year on its own). */
const YEAR_PATTERNS: readonly RegExp[] = [
  re(String.raw`(?<![A-Za-z0-9#.$])(?:19[0-9]\d|20[0-4]\d)(?:'?s)?(?![0-9]|\.\d|\s?(?:mg|mcg|ml|cc|units?|u|hrs?|h|am|pm|meq|kcal|g|kg|ms|mmhg|%)${E})`),
  re(String.raw`(?<=[\s(,;:])'\d\d${E}`),
  re(String.raw`${B}\d\d'(?![A-Za-z0-9'])`),
  re(String.raw`${B}(?:${EVENT_WORDS})\s(\d\d)(?=\s?(?:[,;)]|and${E}|$))`, 'gim'),
];

// Ages over 89 are PHI; 89 and under are not (45 CFR 164.514(b)(2)(i)(C)).
const AGE_PATTERNS: readonly RegExp[] = [
  re(String.raw`${B}(?:9\d|1[0-2]\d)(?=\s?-?\s?(?:yo|y\/o|y\.o\.?|yr?s?\.?\s?old|years?[\s-]old|year-old|yrs?|years?\s+of\s+age|yof|yom|y\s?o\s?[mf]|yo[mf])${E})`),
  re(String.raw`${B}(?:age|aged)\s?:?\s?(9\d|1[0-2]\d)${E}`),
];

const PHONE_PATTERNS: readonly RegExp[] = [
  re(String.raw`(?<![0-9/.]|\d-)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![0-9]|[\-/.]\d)`),
  re(String.raw`\(\d{3}[\s-]?\d{3}[\s-]\d{4,5}\)`),
  // The cue is consumed and the number is the last group: a leading lookbehind would be tried at every offset.
  re(String.raw`${B}(?:pager|beeper|pg|page|cell|cellphone|mobile|phone|ph|tel|telephone|fax|home|work|office|beep|w|h|c|ext|x)\.?\s?(?:#|no\.?|number|num|:)?\s?#?\s?(\d{4,7}(?:[\s-]\d{3,5}){0,2})${E}`),
];

const EMAIL = re(String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`);
const URL_PATTERNS: readonly RegExp[] = [
  re(String.raw`${B}(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'\])]+`),
  re(String.raw`${B}[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|us|info|biz)(?:\/[^\s<>"']*)?${E}`),
];
const URL_HINT = /:\/\/|www\.|\.(?:com|org|net|edu|gov|io|us|info|biz)\b/i;
const IPV4 = re(String.raw`(?<![0-9.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![0-9]|\.\d)`);
const IPV6 = re(String.raw`${B}(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}${E}`);
const SSN = re(String.raw`(?<![0-9-])\d{3}-\d{2}-\d{4}(?![0-9]|-\d)`);

const VALUE = String.raw`([A-Za-z0-9][A-Za-z0-9-]*\d[A-Za-z0-9-]*|\d+)`;
const NUMBER_WORD = String.raw`(?:\s?(?:#|no\.?|num(?:ber)?|id|:)){0,2}\s?`;
const LABELLED: readonly { re: RegExp; type: PhiType; trigger: number }[] = [
  { re: re(String.raw`${B}(?:ssn|ss#|social security(?: number| no\.?)?)${NUMBER_WORD}${VALUE}`), type: 'SSN', trigger: TRIG_SSN },
  { re: re(String.raw`${B}(?:mrn|mr#|medical record|med rec|unit number|chart)${NUMBER_WORD}${VALUE}`), type: 'MRN', trigger: TRIG_MRN },
  { re: re(String.raw`${B}(?:acct|account|member|subscriber|policy|group|claim|medicaid|medicare|insurance|plan|health plan|beneficiary|hicn|mbi)${NUMBER_WORD}${VALUE}`), type: 'ACCOUNT', trigger: TRIG_ACCOUNT },
  { re: re(String.raw`${B}(?:license plate|licence plate|plate|tag|vin)${NUMBER_WORD}${VALUE}`), type: 'VEHICLE', trigger: TRIG_VEHICLE },
  { re: re(String.raw`${B}(?:license|licence|lic|npi|dea|certificate|cert|upin)${NUMBER_WORD}${VALUE}`), type: 'LICENSE', trigger: TRIG_LICENSE },
  { re: re(String.raw`${B}(?:serial|s\/n|sn|device|udi|pacemaker id|implant id)${NUMBER_WORD}${VALUE}`), type: 'DEVICE', trigger: TRIG_DEVICE },
  { re: re(String.raw`${B}(?:ref|reference|case|confirmation|ticket|accession|requisition|specimen|id|identifier|employee|badge|hospital policy|policy)\s?(?:#|no\.?|number)\s?:?\s?${VALUE}`), type: 'ID', trigger: TRIG_ID },
  { re: re(String.raw`#\s?(\d{6,}|[A-Za-z]{1,3}\d{2,}[A-Za-z0-9]*)${E}`), type: 'ID', trigger: -1 },
];
const DEA = re(String.raw`${B}[ABFGMPRabfgmpr][A-Za-z]\d{7}${E}`, 'g');
const VIN = re(String.raw`${B}(?=[A-HJ-NPR-Z0-9]{17}${E})(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}${E}`, 'g');

const STREET_TYPE = String.raw`(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|parkway|pkwy|highway|hwy|terrace|ter|pike|drive|court|ct|way|place|circle|cir)`;
// Street words are capitalised even in all-caps notes; a function word inside ("3 WAY FOLEY IN PLACE") is not an address.
const STREET_WORD = String.raw`(?!(?:in|on|of|to|at|and|the|for|with|per|not|no|was|is|x)\s)[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]*`;
const ADDRESS = re(String.raw`${B}\d{1,5}[A-Za-z]?\s(?:[NSEW]\.?\s)?(?:${STREET_WORD}\s){1,3}?(?=${STREET_TYPE}(?:\.|,|\s*$|\s+(?:apt|unit|suite|#|in|${STATE_ABBR_RAW})${E}))`, 'gim');
const PO_BOX = re(String.raw`${B}p\.?\s?o\.?\s?box\s\d+${E}`);
const APT = re(String.raw`${B}${STREET_TYPE}\.?,?\s((?:apt|apartment|unit|suite|ste|#)${E}\.?\s?#?\s?[A-Za-z0-9-]*\d[A-Za-z0-9-]*)${E}`);
const STATE_ABBR = String.raw`(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)`;
const ZIP = re(String.raw`${B}${STATE_ABBR},?\s{1,2}(\d{5}(?:-\d{4})?)${E}`, 'g');
const ZIP_LABEL = re(String.raw`${B}(?:zip|zip code|zipcode|postal code)\s?:?\s?(\d{5}(?:-\d{4})?)${E}`);
const CITY_STATE = re(String.raw`${B}([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+(?:\s[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+){0,2}),\s?(?=${STATE_ABBR}\s{1,2}\d{5}${E})`, 'g');

function each(pattern: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/** Emits the value group (the last capture) of a labelled identifier, or the whole match. */
function emitMatch(m: RegExpExecArray, type: PhiType, emit: Emit, recognizer: string): void {
  const value = m.length > 1 ? m[m.length - 1] : undefined;
  if (value !== undefined && m.length > 1) {
    const off = m.index + m[0].lastIndexOf(value);
    emit(off, off + value.length, type, recognizer);
  } else emit(m.index, m.index + m[0].length, type, recognizer);
}

const MIN_ID_DIGITS = 3;
const ALL_DIGITS_RE = /^\d+$/;

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) n++;
  }
  return n;
}

const TRAILING_PUNCT_RE = /[.,;:)\]]+$/;

/**
 * `mask` is the OR of the note's token trigger bits (lexicon.flagWords): a keyword-triggered pattern runs only
 * when its keyword occurs, so a note pays for a few regex passes instead of ~40. Omitted: every pattern runs.
 */
export function detectPatterns(text: string, keepYears: boolean, emit: Emit, mask = -1): void {
  const has = (bit: number): boolean => bit === 0 || (mask & bit) !== 0;
  for (const p of DATE_PATTERNS) if (has(p.trigger)) each(p.re, text, (m) => emitDate(text, m, emit, 'date.pattern'));
  for (const p of CUED_DATE_PATTERNS) each(p, text, (m) => emitMatch(m, 'DATE', emit, 'date.cued'));
  if (!keepYears) for (const p of YEAR_PATTERNS) each(p, text, (m) => emitMatch(m, 'DATE', emit, 'date.year'));
  if (has(TRIG_AGE90)) {
    each(AGE_PATTERNS[0], text, (m) => emitMatch(m, 'AGE', emit, 'age.over89'));
    if (has(TRIG_AGE_WORD)) each(AGE_PATTERNS[1], text, (m) => emitMatch(m, 'AGE', emit, 'age.over89.words'));
  }
  for (const p of PHONE_PATTERNS) each(p, text, (m) => emitMatch(m, 'PHONE', emit, 'phone'));
  if (text.includes('@')) each(EMAIL, text, (m) => emit(m.index, m.index + m[0].length, 'EMAIL', 'email'));
  const maybeUrl = URL_HINT.test(text);
  for (const p of maybeUrl ? URL_PATTERNS : []) {
    each(p, text, (m) => {
      const s = m[0].replace(TRAILING_PUNCT_RE, '');
      emit(m.index, m.index + s.length, 'URL', 'url');
    });
  }
  each(IPV4, text, (m) => emit(m.index, m.index + m[0].length, 'IP', 'ip.v4'));
  if (text.includes(':')) each(IPV6, text, (m) => emit(m.index, m.index + m[0].length, 'IP', 'ip.v6'));
  each(SSN, text, (m) => emit(m.index, m.index + m[0].length, 'SSN', 'ssn'));
  const hash = text.includes('#');
  for (const l of LABELLED) {
    if (l.trigger === -1 ? !hash : !has(l.trigger) && !(l.type === 'DEVICE' && text.includes('/n'))) continue;
    each(l.re, text, (m) => {
      // A labelled identifier has at least three digits: "Plan: 1. Type 2 diabetes" is list numbering, not an account.
      const value = m[m.length - 1] ?? m[0];
      if (countDigits(value) >= MIN_ID_DIGITS || !ALL_DIGITS_RE.test(value)) emitMatch(m, l.type, emit, `labelled.${l.type.toLowerCase()}`);
    });
  }
  if (has(TRIG_LONG_ALNUM)) {
    each(DEA, text, (m) => emit(m.index, m.index + m[0].length, 'LICENSE', 'license.dea'));
    each(VIN, text, (m) => emit(m.index, m.index + m[0].length, 'VEHICLE', 'vehicle.vin'));
  }
  if (has(TRIG_STREET) || hash) {
    each(ADDRESS, text, (m) => emit(m.index, m.index + m[0].trimEnd().length, 'ADDRESS', 'address.street'));
    each(APT, text, (m) => emitMatch(m, 'ADDRESS', emit, 'address.unit'));
  }
  if (has(TRIG_BOX)) each(PO_BOX, text, (m) => emit(m.index, m.index + m[0].length, 'ADDRESS', 'address.pobox'));
  if (has(TRIG_ZIP5)) {
    each(ZIP, text, (m) => emitMatch(m, 'ADDRESS', emit, 'address.zip'));
    if (has(TRIG_ZIP_LABEL)) each(ZIP_LABEL, text, (m) => emitMatch(m, 'ADDRESS', emit, 'address.zip.labelled'));
    each(CITY_STATE, text, (m) => emit(m.index, m.index + m[1].length, 'LOCATION', 'location.city-state'));
  }
}

const LEADING_WORD_RE = /^(?:in|since|until|till|during|early|late|mid|of|by|through|end of|beginning of|on|from|the)\s/i;

/** Keeps the cue word ("in", "the", "on") out of the span: it is context, not PHI. */
function emitDate(text: string, m: RegExpExecArray, emit: Emit, recognizer: string): void {
  let start = m.index;
  let s = m[0];
  const lead = LEADING_WORD_RE.exec(s);
  if (lead) {
    start += lead[0].length;
    s = s.slice(lead[0].length);
  }
  s = s.replace(/[.,]+$/, '');
  if (/^may$/i.test(s)) return;
  if (!plausibleSlashDate(text, start, s)) return;
  if (s.length > 0) emit(start, start + s.length, 'DATE', recognizer);
}

const FRACTION_RE = /^(\d{1,2})\/(\d{1,2})$/;
const DATE_RANGE_BEFORE_RE = /(?:^|[^\d\/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\s?(?:-|to|thru|through)\s?$/;
// Ventilator settings ("PSV 10/5"), pain scores ("3/10"), strength ("4/5"), fractions ("1/2 NS", "rales 1/3 up").
const SETTING_BEFORE_RE = /(?:\b(?:ps|psv|ips|peep|cpap|bi-?pap|epap|ipap|simv|imv|prvc|vent|settings?|flow-?by|fio2|strength|motor|power|grip|pain|score|scale|graded?|co\/ci|&)\b[^\n\d]{0,12}|[+\-'#]\s?)$/i;
const SETTING_AFTER_RE = /^\s?(?:peep|of peep|ps|pain|scale|strength|%|x\s?\d|ns\b|str|strength|up|way|hrs?\b|hours?|tab|,?\s?\d{2}\s?%)/i;
const VENT_CONTEXT_RE = /\b(?:ps|psv|ips|peep|cpap|bi-?pap|simv|imv|ac|vent|ventilation|ventilator|mask|trial|mode|wean|weaning|extubated|abg|fio2|tv|vt|sats?)\b/i;
const PAIN_CONTEXT_RE = /\b(?:pain|cp|angina|discomfort|pressure|ache|aching|c\/o|rates?|rated|scale|score)\b/i;

function plausibleSlashDate(text: string, start: number, s: string): boolean {
  const f = FRACTION_RE.exec(s);
  if (!f) return true;
  const a = Number(f[1]);
  const b = Number(f[2]);
  if (a < b && b <= 4) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(start + s.length, start + s.length + 30);
  // The second date of a range: "rec'd 8/2 - 8/10".
  if (DATE_RANGE_BEFORE_RE.test(before)) return true;
  if (SETTING_BEFORE_RE.test(before) || SETTING_AFTER_RE.test(after)) return false;
  // Pressure-support/PEEP pairs and pain scores look like dates; only a ventilator or pain context tells them apart.
  const near = text.slice(Math.max(0, start - 30), start) + ' ' + after;
  if (b === 10 && a <= 10 && PAIN_CONTEXT_RE.test(near)) return false;
  if ((b === 5 || b === 8 || b === 10) && a >= 3 && a <= 20 && VENT_CONTEXT_RE.test(near)) return false;
  return true;
}
