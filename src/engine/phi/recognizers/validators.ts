// Owns the validator hooks of the pattern recognizers: published check-digit algorithms (NPI, DEA, VIN),
// SSA rules for SSNs, calendar validity of dates, and the clinical look-alike guards for slash dates.

/** NPI: Luhn over the 10 digits with the card-issuer prefix 80840 (CMS NPI standard, 45 CFR 162.406). */
export function validNpi(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (d.length !== 10 || (d[0] !== '1' && d[0] !== '2')) return false;
  return luhn('80840' + d);
}

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = digits.charCodeAt(i) - 48;
    if (dbl) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** DEA registration number: (d1 + d3 + d5) + 2·(d2 + d4 + d6), last digit equals d7 (DEA Diversion Control). */
export function validDea(value: string): boolean {
  const m = /^[A-Za-z]{2}(\d{7})$/.exec(value);
  if (!m) return false;
  const d = m[1].split('').map(Number);
  return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
}

/** SSA: area not 000, 666 or 900–999; group not 00; serial not 0000 (SSN randomization rules, 2011). */
export function validSsn(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (d.length !== 9) return false;
  const area = Number(d.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  return d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North American VIN check digit (49 CFR 565.15): position 9 is the weighted sum mod 11 (10 written X). */
export function validVin(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = v[i];
    const n = ch >= '0' && ch <= '9' ? Number(ch) : VIN_VALUES[ch];
    sum += n * VIN_WEIGHTS[i];
  }
  const check = sum % 11;
  return v[8] === (check === 10 ? 'X' : String(check));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Month 1–12 and day within the month (29 February always allowed: the year may be two digits). */
export function validMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

/** A numeric date is valid month-first or day-first (notes from outside the US write day-first). */
export function validEitherOrder(a: number, b: number): boolean {
  return validMonthDay(a, b) || validMonthDay(b, a);
}

const FRACTION_RE = /^(\d{1,2})\/(\d{1,2})$/;
/** A time preposition or a clock time before the number: "restent in 2/4,", "to begin again 1/2.", "arrived at 0330 1/3.". */
const FRACTION_DATE_SLOT_BEFORE_RE = /(?:\b(?:on|in|since|until|till|til|again|before|after|thru|through)|(?:^|[^\d:/.])(?:[01]\d|2[0-3]):?[0-5]\d)\s$/i;
/** A fraction takes a noun ("1/2 tab", "1/3 up", "1/2 NS"); a date closes its clause or meets a time or a clause word. */
const FRACTION_DATE_SLOT_AFTER_RE = /^[ \t]*(?:[.,;)\]]|\r?\n|$|(?:at|for|per|w\/|with)\b|(?:[01]\d|2[0-3]):?[0-5]\d\b)/i;

/**
 * Date-slot grammar for the fraction look-alikes ("1/2" is 2 January in "restart again 1/2."): a time word or a clock time
 * before, and nothing a fraction would quantify after. "1/2 tab", "in 1/2 NS", "rales 1/3 up" keep their noun and stay.
 */
export function fractionInDateSlot(before: string, after: string): boolean {
  return (FRACTION_DATE_SLOT_BEFORE_RE.test(before) && FRACTION_DATE_SLOT_AFTER_RE.test(after)) || CLOCK_AFTER_RE.test(after);
}
/** "PRESENTED TO EW 1/2 @ 1230": a clock time after the number stamps a day ("1/2 at 75cc" and "1/2 @ 100 ml" are rates). */
const CLOCK_AFTER_RE = /^[ \t]*(?:@|at)[ \t]*(?:[01]\d|2[0-3]):?[0-5]\d\b(?![ \t]*(?:cc|ml|mls|mg|u|units)\b)/i;
const DATE_WORD_BEFORE_RE = /\b(?:on|since|dated|typed|dictated|transcribed|seen|admitted|discharged|received|collected|signed)\s$/i;
const STRONG_DATE_WORD_BEFORE_RE = /\b(?:since|dated|typed|dictated|transcribed|admitted|discharged|received|collected|signed)\s$/i;
const DATE_RANGE_BEFORE_RE = /(?:^|[^\d/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\s?(?:-|to|thru|through)\s?$/;
// Ventilator settings ("PSV 10/5"), pain scores ("3/10"), strength ("4/5"), fractions ("1/2 NS", "rales 1/3 up").
const SETTING_BEFORE_RE = /(?:\b(?:ps|psv|ips|peep|cpap|bi-?pap|epap|ipap|simv|imv|prvc|vent|settings?|flow-?by|fio2|strength|motor|power|grip|pain|score|scale|graded?|apgars?|co\/ci|&)\b[^\n\d]{0,12}|[+\-'#]\s?)$/i;
const SETTING_AFTER_RE = /^\s?(?:peep|of peep|ps|pain|scale|strength|%|x\s?\d|ns\b|str|strength|up|way|hrs?\b|hours?|tab|mmhg|,?\s?\d{2}\s?%)/i;
const VENT_CONTEXT_RE = /\b(?:ps|psv|ips|peep|cpap|bi-?pap|simv|imv|ac|vent|ventilation|ventilator|mask|trial|mode|wean|weaning|extubated|abg|fio2|tv|vt|sats?)\b/i;
const MURMUR_CONTEXT_RE = /\b(?:murmurs?|systolic|diastolic|holosystolic|pansystolic|ejection|sem|bruits?|rubs?|cardiovascular|heart|lusb|rusb|llsb|apex)\b/i;
const PAIN_CONTEXT_RE = /\b(?:pain|cp|angina|discomfort|pressure|ache|aching|c\/o|rates?|rated|scale|score)\b/i;

/**
 * A month/day pair without a year ("7/22") is also how notes write ventilator settings, pain and strength
 * scores, fractions and blood pressures: only the neighbourhood tells them apart.
 */
/** The words of a note's header line before its date: "Interval note ", "NSG PROGRESS NOTE DAYS ", "Addendum ". */
const NOTE_HEADER_BEFORE_RE = /(?:^|\n)[^\n]{0,40}\b(?:notes?|nsg|npn|addendum|entry|update)\b(?:[ \t]{1,2}(?:days?|nights?|eves?|evenings?))?[ \t]{1,2}$/i;

export function plausibleSlashDate(text: string, start: number, s: string): boolean {
  const f = FRACTION_RE.exec(s);
  if (!f) return true;
  const a = Number(f[1]);
  const b = Number(f[2]);
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(start + s.length, start + s.length + 30);
  // "1/2", "3/4" are fractions unless a date word stands right before: "symptoms began on 3/4.", "typed 2/3".
  // A note's header line that ends with it: "Interval note 2/4", "NSG NOTE 1/3" — a date, never a fraction.
  const headerDate = NOTE_HEADER_BEFORE_RE.test(text.slice(Math.max(0, start - 48), start)) && /^[ \t]*(?:\r?\n|$)/.test(after);
  if (a < b && b <= 4 && !headerDate && !fractionInDateSlot(before, after) && !(DATE_WORD_BEFORE_RE.test(before) && !SETTING_AFTER_RE.test(after) && !/^\s?(?:of|tab|tabs|cup|dose|strength|ns)\b/i.test(after))) return false;
  // The second date of a range: "rec'd 8/2 - 8/10".
  if (DATE_RANGE_BEFORE_RE.test(before)) return true;
  // "back pain since 4/24": a date word right before outweighs a setting word further back ("on" does not: "on 10/5" is
  // a ventilator setting as often as a date).
  if (STRONG_DATE_WORD_BEFORE_RE.test(before) && !SETTING_AFTER_RE.test(after)) return true;
  if (SETTING_BEFORE_RE.test(before) || SETTING_AFTER_RE.test(after)) return false;
  const near = text.slice(Math.max(0, start - 30), start) + ' ' + after;
  if (b === 10 && a <= 10 && PAIN_CONTEXT_RE.test(near)) return false;
  if ((b === 5 || b === 8 || b === 10) && a >= 3 && a <= 20 && VENT_CONTEXT_RE.test(near)) return false;
  // Murmur grades are out of six ("2/6 systolic ejection murmur"), bruits and rubs too.
  if (b === 6 && a <= 6 && MURMUR_CONTEXT_RE.test(near)) return false;
  return true;
}

const VERSION_BEFORE_RE = /\b(?:v|ver|version|rev|release|icd(?:-?\d+)?(?:-cm)?|code|grade|stage|level|step|section|§)\.?\s?$/i;

/** "v2.3.10", "ICD 10.1.2", "section 4.2.11" are not dates. */
export function notVersionNumber(text: string, start: number): boolean {
  return !VERSION_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
}
