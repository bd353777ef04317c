// Owns the date recognizers: every way notes write a date element finer than the year (45 CFR
// 164.514(b)(2)(i)(C)) — numeric with any separator, day-first or month-first, month names, ordinals,
// compact forms and weekday prefixes — and the opt-in bare-year recognizers.
import type { MatchContext, PatternRecognizerDef } from './types';
import { notVersionNumber, plausibleSlashDate, validEitherOrder, validMonthDay } from './validators';

export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** Months without "may" and "mar" alone, which are words as often as months. */
const MONTH_LONG = String.raw`(?:january|february|march|april|june|july|august|sept?(?:ember)?|october|november|december|jan|feb|apr|jun|jul|aug|oct|nov|dec)`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MON_NUM = String.raw`(?:0?[1-9]|1[0-2])`;
const ORD = String.raw`(?:st|nd|rd|th)`;
/** "sat" and "sun" are left out: O2 sat, sun exposure. */
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri)`;
const YEAR = String.raw`(?:'?\d{4}|'?\d\d)`;
/** Months as roman numerals, longest first ("VIII" before "V"): day-first European and Latin American notes. */
const ROMAN_MONTH = String.raw`(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)`;
const ROMAN_CLINICAL_BEFORE_RE = /\b(?:stages?|grades?|class(?:es)?|types?|cycles?|levels?|phases?|nerves?|cn|factors?|leads?|gravida|para|tanner|nyha|who)\s$/i;
const ROMAN_TRIGGERS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
/** Diagnoses and procedures after which a two-digit number is the year it happened ("CVA 74'", "CABG 98,"). */
const EVENT_WORDS = String.raw`mi|cabg|cva|avr|mvr|ptca|pci|tia|dvt|pe|redo|chole|cholecystectomy|appy|appendectomy|stent|stents|ablation|pacer|ppm|aicd|tahbso|tah|hysterectomy|lap|turp|hernia|repair|dx|dx'd|diagnosed|in|since|surgery|fx|fracture|stroke`;

const EVENT_BEFORE_RE = new RegExp(String.raw`\b(?:${EVENT_WORDS}) $`, 'i');
const MONTH_TRIGGERS = ['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
  'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'];
const WEEKDAY_TRIGGERS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thur', 'thurs', 'fri'];

const LEADING_WORD_RE = /^(?:in|since|until|till|during|early|late|mid|of|by|through|end of|beginning of|on|from|the)\s/i;
const TRAILING_RE = /[.,]+$/;
const DOSE_AFTER_RE = /^\s?(?:mg|mcg|ml|g|units?|u|%|meq)\b/i;

/** Keeps a cue word ("in", "the") and trailing punctuation out of the span; checks month/day look-alikes. */
function refineDate(ctx: MatchContext): { start: number; end: number } | null {
  let start = ctx.start;
  let s = ctx.text.slice(ctx.start, ctx.end);
  const lead = LEADING_WORD_RE.exec(s);
  if (lead) {
    start += lead[0].length;
    s = s.slice(lead[0].length);
  }
  s = s.replace(TRAILING_RE, '');
  if (s.length === 0 || /^may$/i.test(s)) return null;
  // "may 5 mg": a dose after the month-word, not a date.
  if (/^may\b/i.test(s) && DOSE_AFTER_RE.test(ctx.text.slice(start + s.length, start + s.length + 8))) return null;
  // An event cue names the day ("OR 11/5 for trach" beside "wean pressors"): no fraction or setting stands there.
  if (!plausibleSlashDate(ctx.text, start, s) && !(eventCueBefore(ctx.text, start, start + s.length) && !/^\s?(?:peep|ps\b|%)/i.test(ctx.text.slice(start + s.length, start + s.length + 6)))) return null;
  return { start, end: start + s.length };
}

const num = (m: RegExpExecArray, i: number): number => Number(m[i]);

/** Words after which a hyphenated month-day is a date ("Admitted 1-25"), not a range ("from 2-3 L"). */
const STRONG_DATE_CUE_RE = /\b(?:admitted|admit|discharged|dated|received|collected|typed|dictated|transcribed|signed|seen|comparison|reported|drawn|performed|done|started|stopped|completed|arrival|arrived|approved|denied|effective|expires|expired|follow-?up(?:\s(?:in\s)?clinic)?|f\/u|rtc|return(?:\sto\sclinic)?|appt|appointment|visit|admission|hospitali[sz]ation|hospitali[sz]ed|re-?eval(?:uation)?|fill|filled|refilled|scheduled|due|note|nsg|last\sdose|last\staken|dispensed|pronounced|died|deceased|dob|d\/c'?d|dc'?d|discontinued|(?<!\bto\s)date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|\d+\s(?:days?|weeks?|months?))\b[:,\s\-]{0,3}$/i;
/** A credential ends a signature, and a date often follows it: "Zachary Lucero, CNM 1-11", "F. Martinson, MD  103020". */
// Board suffixes ride on the credential ("FNP-C", "ANP-BC", "PMHNP-BC") and signatures are often typed in capitals ("PHD").
const CREDENTIAL_BEFORE_RE = /\b(?:MD|M\.D\.|DO|RN|NP|PA-C|PA|CNM|LCSW|LICSW|MSW|PhD|PHD|PharmD|PHARMD|RPh|DPM|DDS|PT|DPT|OT|OTR|RD|CRNA|FNP|ANP|AGNP|PNP|PMHNP|ACNP|APRN|LPN|RRT|BSN|MSN|DNP|MBBS|FACP)(?:-(?:C|BC|S))?[,;]?\s{1,3}$/;
/** A note's header line ends with its date: "Nursing note days 12-9", "RN NOTE 7P-7A 5-14", "NSG PROGRESS NOTE DAYS 8-31", "nursing note 7a-7p 100817". */
const HEADER_DATE_CUE_RE = /(?:^|\n)[^\n]{0,40}\b(?:notes?|nsg|npn)\b(?:\s{1,2}(?:days?|nights?|eves?|evenings?|\d{1,4}\s?[ap]?\s?-\s?\d{1,4}\s?[ap]?))*\s{1,2}$/i;
/** A date opening a line before its clock time: "022326 13:02". */
const LINE_START_BEFORE_TIME_RE = /^\s(?:[01]?\d|2[0-3]):?[0-5]\d\b/;
const WEAK_DATE_CUE_RE = /\b(?:on|since|until|from|thru|through)\s$/i;
/**
 * Clinical events and plans written with their date and no date word, as ICU, case-management and log notes do: "adm 5-18",
 * "ERCP 16th per GI", "labs 7-29:", "plan for trach 6-24", "anticipated d/c 2-3.", "OSH St. B 1-12", "family mtg set 6-6 0200",
 * "to come in 5-18", "Trigger 14th". The event names the day it happens, so the number after it is that day.
 */
const EVENT_DATE_CUE_RE = /\b(?:adm|admit|xfer'?d?|transferred(?:\s(?:from|to)\s[^\n;,.]{1,24})?|transport(?:\sby\s[a-z]+(?:\s[a-z]+)?)?|trach|peg|ercp|egd|surgery|cath|bronch|biopsy|bx|labs|mtg(?:\sset)?|meeting(?:\sset)?|d\/c|dc|come\sin|osh(?:\s[^\n;,]{1,20}?)?|visited|trigger|retrieval|delivery|placement\sdate|release\sdate|review|expected\sby|(?:re-?)?(?:ex|in)tubat(?:ed?|ion)(?:\son)?)\s{1,2}$/i;
/** "OR 9-10 for trach": the operating room in capitals, or in lower case only when the plan's clause follows ("or 1-21 for"). */
const OR_CUE_RE = /\bOR\s$/;
const LOWER_OR_CUE_RE = /\bor\s$/i;
const CLAUSE_AFTER_RE = /^(?:\s(?:for|per|if|w\/|with|at|to|and|when|re)\b|[,;:.](?!\d)|\s*(?:\n|$)|\s(?:[01]?\d|2[0-3]):?[0-5]\d\b|\s\d{1,2}\s?[ap]\.?m?\b)/i;

/** Whether an event cue stands before a date-shaped number: an event word, or the operating room. */
function eventCueBefore(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  if (EVENT_DATE_CUE_RE.test(before) || OR_CUE_RE.test(before)) return true;
  return LOWER_OR_CUE_RE.test(before) && /^\s(?:for|per)\b/i.test(text.slice(end, end + 5));
}
const DATE_RANGE_DASH_RE = /^\s?[–—]\s?\d/;

const AMOUNT_AFTER_RE = /^\s?(?:l\b|lpm|liters?|mg|mcg|ml|cc|g\b|kg|lbs?\b|units?|u\b|tabs?|puffs?|times|x\b|days?|weeks?|months?|years?|wks?\b|mos?\b|yrs?\b|hours?|hrs?|min|minutes|sec\b|seconds|beats|breaths|cm|mm|%|\/)/i;
const LINE_ALONE_RE = /^\s*\d{6}\s*$/;

function lineAround(text: string, start: number, end: number): string {
  const s = text.lastIndexOf('\n', start - 1) + 1;
  const e = text.indexOf('\n', end);
  return text.slice(s, e < 0 ? text.length : e);
}

function cuedMonthDay(v: string, c: MatchContext): boolean {
  const before = c.text.slice(Math.max(0, c.start - 28), c.start);
  // A header date followed by its clock time: "Progress Note\n1-20 15:03", "3-30 1322".
  if (/^\s(?:[01]?\d|2[0-3]):?[0-5]\d\b(?!\s?(?:mg|ml|units?|%))/i.test(c.text.slice(c.end, c.end + 8)) && /(?:^|\n)[ \t]*$|\b(?:note|nsg)\s$/i.test(before)) return true;
  // The date that opens a run sheet line: "2-23  DISPATCHED 02:14".
  if (/(?:^|\n)$/.test(c.text.slice(Math.max(0, c.start - 1), c.start)) && RUN_EVENT_AFTER_RE.test(c.text.slice(c.end, c.end + 16))) return true;
  // Either end of an en-dash range of dates: "1-25–7-28".
  if (DATE_RANGE_DASH_RE.test(c.text.slice(c.end, c.end + 4)) || /\d[–—]\s?$/.test(before)) return true;
  const strong = STRONG_DATE_CUE_RE.test(before) || CREDENTIAL_BEFORE_RE.test(before) || eventCueBefore(c.text, c.start, c.end) || HEADER_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 60), c.start)) ||
    NUMBERED_VISIT_RE.test(c.text.slice(Math.max(0, c.start - 24), c.start)) || BIRTH_QUESTION_RE.test(c.text.slice(Math.max(0, c.start - 90), c.start));
  if (!strong && !WEAK_DATE_CUE_RE.test(before)) return false;
  const after = c.text.slice(c.end, c.end + 10);
  const [a0, b0] = v.split('-').map(Number);
  // A small ascending pair is a count range ("reported 2-3 episodes") unless a clause word or a dash between
  // fields follows ("Admitted 1-2 for", "last dose 6-8 — change").
  if (a0 < b0 && b0 - a0 <= 3 && b0 <= 12 && !/^(?:\s(?:for|and|at|with|when|s\/p|to|regarding|re)\b|[,;.:)]|\s*$|\s\d{1,2}:?\d\d|\s?[—–]\s)/.test(after)) return false;
  // After "on", "since": a date unless an amount's unit follows ("on 2-3 L"); a small ascending pair
  // ("on 1-2 pillows", "from 2-3 to 4-5 L") is a range unless a clause word follows ("on 7-8 for coiling").
  const [a, b] = v.split('-').map(Number);
  if (a < b && b - a <= 3 && b <= 12) return /^(?:\s(?:for|and|at|with|when|s\/p|regarding|re|to discuss)\b|[,;.](?!\d)|\s?[—–]\s)/.test(after);
  // An amount's unit after the pair makes it a quantity even after a date word ("discontinued 5-10 mg", "to date 5-10 lbs").
  return !AMOUNT_AFTER_RE.test(after);
}

/** A birth-date question a line or two before the answer: "Can I have your full name and birthday?" */
const BIRTH_QUESTION_RE = /\b(?:birthday|birth\s?date|date of birth|dob|d\.o\.b)\b/i;
/** "Session 21 of 24, 030521": a numbered visit is followed by its date. */
const NUMBERED_VISIT_RE = /\b(?:session|visit|appointment|treatment|encounter|week)\s#?\d{1,3}(?:\s?(?:of|\/)\s?\d{1,3})?[,:;]?\s{1,2}$/i;
/** Events of a timed run sheet after a date that opens the line: "032126  DISPATCHED 02:14". */
const RUN_EVENT_AFTER_RE = /^[ \t]{1,3}(?:dispatched|received|called|arrived|enroute|en route|on scene|departed|admitted|seen)\b/i;

/**
 * A six-digit date where a record puts one without a date word: the field beside a sex code in a delimited row
 * ("PATIENT|OSEI Art|051685|F|"), the answer to a birth-date question, a numbered session, or the opening of a run sheet.
 */
function compactSixInRecord(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) === '|' && /^\|[MFUOXmfuox]\|/.test(text.slice(end, end + 3))) return true;
  if (BIRTH_QUESTION_RE.test(text.slice(Math.max(0, start - 90), start))) return true;
  if (NUMBERED_VISIT_RE.test(text.slice(Math.max(0, start - 24), start))) return true;
  return /(?:^|\n)$/.test(text.slice(Math.max(0, start - 1), start)) && RUN_EVENT_AFTER_RE.test(text.slice(end, end + 16));
}

/** Lab and vital names whose reading is a decimal: "wbc 9.8", "K 3.5", "Mg 2.1" are never dates. */
const READING_BEFORE_RE = /\b(?:k|na|cl|co2|mg|mag|phos|ca|ica|cr|creat|bun|wbc|hct|hgb|hb|plt|inr|pt|ptt|lact(?:ate)?|lac|glu(?:cose)?|trop|tbili|bili|alb|albumin|ph|temp|t|tm|tmax|ci|co|ci\/co|svr|pcwp|cvp|pap|wt|weight|ht|fio2|peep|ps|vt|rr|hr|uo|o2|dose|gtt|at|of|by|x|to|ver(?:sion)?|v|grade|stage|level|score)\s?[:=]?\s?$/i;
/** A lab or vital named within the few words before a decimal. */
const LAB_NEAR_RE = /\b(?:k|na|mg|mag|phos|ca|cr|creat|bun|wbc|hct|hgb|hb|plt|inr|ptt|lactate|lac|glucose|trop|bili|alb|ph|temp|tmax|ci|co|svr|cvp|pap|wt|fio2|peep|vt|uo|o2|level)\b[^.;\n]{0,20}$/i;
/** Units after a decimal reading. */
const UNIT_AFTER_DOTTED_RE = /^\s?(?:mmhg|meq|mmol|mg|mcg|ml|cc|ng|pg|iu|kpa|cmh2o|cm|mm|kg|lbs?|g\b|l\b|lpm|liters?|units?|u\b|%|x\b|times|hrs?|hours?|days?|wks?|weeks?|mos?|months?|yrs?|years?|min|sec|fr\b|french|degrees?|°)/i;
/** An event word with a place between it and its date: "f/u cardiology at AEMH 10.7", "transferred from TNVH 8.2", "prior adm QMRC 8.2". */
const EVENT_PLACE_BEFORE_RE = /\b(?:f\/u|follow-?up|adm|admit(?:ted)?|admission|transferred|xfer'?d?|seen|appt|d\/c)\b(?:\s[a-z]+){0,2}\s(?:(?:at|from|to|in)\s)?[A-Za-z][A-Za-z'-]{2,15}\s$/i;
/** A procedure after "s/p", an order renewed, a device placed: "s/p PTCA 8.30", "order renewed 9.4", "placed in cath lab 6.29". */
const PROCEDURE_CUE_BEFORE_RE = new RegExp(String.raw`\b(?:s\/p\s(?:${EVENT_WORDS})|renewed|placed(?:\s(?:in|at)\s[a-z]+(?:\s[a-z]+)?)?)\s$`, 'i');
/** A clock time after a date: "6.14 0800", "9.17 11p", "10.4 @ 0800". */
const CLOCK_AFTER_RE = /^[ \t]{1,2}(?:@\s?)?(?:(?:[01]\d|2[0-3]):?[0-5]\d|(?:1[0-2]|[1-9])\s?[ap]m?)(?![0-9A-Za-z]|\s?(?:mg|ml|units?|%))/i;

/**
 * "month.day" with no year (ICU-era nursing notes write the day as "6.29"): a decimal reading as often as a date, so only
 * where the grammar makes it a date — a date or event word before it, a note's title line that ends with it or puts its
 * clock time after it — and never after a lab or vital name or before a unit.
 */
function dottedMonthDay(v: string, c: MatchContext): boolean {
  const [m, d] = v.split('.').map(Number);
  if (!validMonthDay(m, d) || /^0/.test(v)) return false;
  const after = c.text.slice(c.end, c.end + 12);
  if (UNIT_AFTER_DOTTED_RE.test(after)) return false;
  const before = c.text.slice(Math.max(0, c.start - 48), c.start);
  if (READING_BEFORE_RE.test(before.slice(-12))) return false;
  // A lab named a few words back keeps its reading: "repeat inr on arrival 5.7".
  if (LAB_NEAR_RE.test(before.slice(-28))) return false;
  if (STRONG_DATE_CUE_RE.test(before.slice(-28)) || eventCueBefore(c.text, c.start, c.end) || HEADER_DATE_CUE_RE.test(before)) return true;
  if (PROCEDURE_CUE_BEFORE_RE.test(before) || EVENT_PLACE_BEFORE_RE.test(before)) return true;
  // A title line: the note's first line, words only before the date, ending with it or with its clock time.
  const lineStart = c.text.lastIndexOf('\n', c.start - 1) + 1;
  const head = c.text.slice(lineStart, c.start);
  const title = c.text.slice(0, lineStart).trim() === '' && head.length <= 48 && /[A-Za-z]{3}/.test(head) && !/\d/.test(head);
  return title && (CLOCK_AFTER_RE.test(after) || /^[ \t]*(?:\r?\n|$)/.test(after));
}

export const DATE_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'date.iso',
    type: 'DATE',
    description: 'year-first numeric date: 2019-01-03, 2019/1/3, 2019.01.03',
    pattern: String.raw`(?<![0-9./-])(?:19|20)\d\d([-/.])(${MON_NUM})\1(${DAY})(?![0-9]|[./-]\d)`,
    triggers: ['#year'],
    anchored: true,
    validate: (_v, c) => validMonthDay(num(c.match, 2), num(c.match, 3)),
  },
  {
    name: 'date.numeric',
    type: 'DATE',
    description: 'numeric date with slash or hyphen, month-first or day-first, 2- or 4-digit or apostrophe year: 07/22/2019, 22-07-19, 6/17/\'21',
    pattern: String.raw`(?<![0-9/.])(\d{1,2})([/-])(\d{1,2})(?:\2${MON_NUM}\2${DAY})?(?:\2|\.)(?:'?\d{4}|'?\d\d)(?![A-Za-z0-9]|[/%]|\.\d)`,
    validate: (_v, c) => validEitherOrder(num(c.match, 1), num(c.match, 3)),
  },
  {
    name: 'date.iso.range',
    type: 'DATE',
    description: 'two year-first dates joined by a dash: 2015-12-24-2016-06-29, 2021/04/16-2021.06.16',
    pattern: String.raw`(?<![0-9./-])(?:19|20)\d\d[-/.]${MON_NUM}[-/.]${DAY}\s?[-–—]\s?(?:19|20)\d\d[-/.]${MON_NUM}[-/.]${DAY}(?![0-9]|[./-]\d)`,
    triggers: ['#year'],
    anchored: true,
  },
  {
    name: 'date.numeric.dotted',
    type: 'DATE',
    description: 'numeric date with full stops, day-first or month-first: 12.03.2024, 3.12.47 (not version numbers or IP addresses)',
    pattern: String.raw`(?<![0-9.A-Za-z])(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d\d)(?![0-9]|\.\d)`,
    validate: (_v, c) => validEitherOrder(num(c.match, 1), num(c.match, 2)) && notVersionNumber(c.text, c.start),
  },
  {
    name: 'date.numeric.mixed-separators',
    type: 'DATE',
    description: 'numeric date whose separators differ or are underscores, four-digit year: 8/28-2018, 08.24/2018, 3_14_2024',
    pattern: String.raw`(?<![0-9/.\-_])(\d{1,2})([/._-])(\d{1,2})(?!\2)[/._-](?:19|20)\d\d(?![0-9]|[./-]\d)|(?<![0-9/.\-_])(\d{1,2})_(\d{1,2})_(?:19|20)\d\d(?![0-9])`,
    triggers: ['#year'],
    validate: (_v, c) => !AMOUNT_AFTER_RE.test(c.text.slice(c.end, c.end + 10)) &&
      (c.match[1] !== undefined ? validEitherOrder(num(c.match, 1), num(c.match, 3)) : validEitherOrder(num(c.match, 4), num(c.match, 5))),
  },
  {
    name: 'date.roman-month',
    type: 'DATE',
    description: 'day, roman-numeral month and year with dots, dashes or spaces: 1.VII.2023, 3-VII-2023, 26 VIII 2018',
    pattern: String.raw`(?<![0-9A-Za-z.])${DAY}([.\- ]|\. )${ROMAN_MONTH}\1(?:19|20)\d\d(?![0-9A-Za-z])`,
    flags: 'g',
    triggers: ROMAN_TRIGGERS,
    // Roman numerals also grade and stage disease ("stage 2 IV", "cranial nerve 3 IV"): not after such a word.
    validate: (_v, c) => !ROMAN_CLINICAL_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 16), c.start)),
  },
  {
    name: 'date.year-month-name',
    type: 'DATE',
    description: 'year first, then month name and day, joined or separated: 2024-Mar-12, 2017JUL21, 1976 Dec 17, 2019/Oct/03',
    pattern: String.raw`(?<![0-9A-Za-z])(?:19|20)\d\d([-/. ]?)${MONTH}\1${DAY}(?![0-9A-Za-z])`,
    triggers: ['#year', '#yearmonth'],
    anchored: true,
  },
  {
    name: 'date.month-the-ordinal',
    type: 'DATE',
    description: 'month name, "the", ordinal day: July the 7th, JANUARY THE 6TH',
    pattern: String.raw`\b${MONTH}\.?\s(?:the\s)${DAY}${ORD}\b`,
    triggers: MONTH_TRIGGERS,
    anchored: true,
  },
  {
    name: 'date.numeric.dotted-spaced',
    type: 'DATE',
    description: 'day-first dotted date with a space after each full stop: 7. 5. 2018, 12. 3. 2024',
    // Four-digit year only: "1. 2. 10" is a numbered list.
    pattern: String.raw`(?<![0-9.])(\d{1,2})\. (\d{1,2})\. (?:19|20)\d\d(?![0-9]|\.\d)`,
    requires: '. ',
    validate: (_v, c) => validEitherOrder(num(c.match, 1), num(c.match, 2)),
  },
  {
    name: 'date.day-month-dotted',
    type: 'DATE',
    description: 'day and month with full stops and no year (German and Scandinavian style) in a table cell or after a date word: | 05.07. |, re-eval 19.07.',
    pattern: String.raw`(?<![0-9.,])(\d{1,2})\.(\d{1,2})\.(?![0-9A-Za-z]|\.?\d)`,
    requires: '.',
    validate: (_v, c) => validMonthDay(num(c.match, 2), num(c.match, 1)) &&
      (/(?:^|\n|\|)[ \t]*$/.test(c.text.slice(Math.max(0, c.start - 4), c.start)) || STRONG_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 28), c.start)) ||
        WEAK_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 8), c.start)) || /\b(?:dob|d\.o\.b\.?|date)\s?[:\-]?\s?$/i.test(c.text.slice(Math.max(0, c.start - 12), c.start))),
  },
  {
    name: 'date.numeric.spaced',
    type: 'DATE',
    description: 'numeric date with spaced separators, 2- or 4-digit year: 03 / 12 / 2024, 6 - 12 - 52',
    // Full stops with spaces end sentences ("peep 7.5. 50%"): only slashes and hyphens here.
    pattern: String.raw`\b(\d{1,2}) ?([/-]) ?(\d{1,2}) ?\2 ?(?:'?\d{4}|'?\d\d)(?![0-9]|[/.-]\d)`,
    requires: ' ',
    validate: (v, c) => /\s/.test(v) && !/[/.]/.test(c.text[c.start - 1] ?? '') && validEitherOrder(num(c.match, 1), num(c.match, 3)),
  },
  {
    name: 'date.numeric.space-separated',
    type: 'DATE',
    description: 'numeric date with spaces for separators and a four-digit year: 12 03 2024',
    pattern: String.raw`(?<![0-9/.])(\d{1,2}) (\d{1,2}) (?:19|20)\d\d(?![0-9])`,
    triggers: ['#year'],
    validate: (_v, c) => validEitherOrder(num(c.match, 1), num(c.match, 2)),
  },
  {
    name: 'date.numeric.chain',
    type: 'DATE',
    description: 'two month/day dates written as one chain: 10/03/10/04',
    pattern: String.raw`(?<![0-9/.])${MON_NUM}/${DAY}/${MON_NUM}/${DAY}(?![0-9/%]|\.\d)`,
  },
  {
    name: 'date.month-day.range',
    type: 'DATE',
    description: 'two month-day dates joined by a dash after a date word: Admitted 8-15-8/22, admitted 3-9-6-6 for pneumonia',
    pattern: String.raw`(?<![0-9/.\-])(${MON_NUM})[-/](${DAY})\s?[-–—]\s?(${MON_NUM})[-/](${DAY})(?![0-9A-Za-z%]|[\-/.]\d)`,
    requires: '-',
    validate: (_v, c) => validMonthDay(num(c.match, 1), num(c.match, 2)) && validMonthDay(num(c.match, 3), num(c.match, 4)) &&
      STRONG_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 28), c.start)) && !AMOUNT_AFTER_RE.test(c.text.slice(c.end, c.end + 10)),
  },
  {
    name: 'date.month-day.dotted-cued',
    type: 'DATE',
    description: 'month.day with no year where a date word, an event, a title line or a clock time makes it a date: s/p PTCA 8.30, RESTRAINT NOTE 6.14 0800, after d/c 10.11',
    pattern: String.raw`(?<![A-Za-z0-9/.+\-,$#])(?:${MON_NUM})\.(?:${DAY})(?![0-9]|\.\d|[A-Za-z%/])`,
    requires: '.',
    validate: dottedMonthDay,
  },
  {
    name: 'date.month-day.paren-weekday',
    type: 'DATE',
    description: 'month/day with its weekday in parentheses after it, the weekday part of the date: 8/29 (sun), 1/12 (TUE)',
    pattern: String.raw`(?<![A-Za-z0-9/.+\-])${MON_NUM}/${DAY}\s?\((?:${WEEKDAY}|sat|sun)\.?\)`,
    requires: '(',
  },
  {
    name: 'date.week-of',
    type: 'DATE',
    description: '"week of" before a date names the date it starts (the cue is part of the date expression): wk of 2/21/2023, week of 3/4',
    pattern: String.raw`\b(?:wk|week)\.?\s(?:of\s)(?:${MON_NUM})[/-](?:${DAY})(?:[/-](?:\d{4}|\d\d))?(?![0-9/%]|\.\d)`,
    triggers: ['wk', 'week'],
    anchored: true,
  },
  {
    name: 'date.month-day',
    type: 'DATE',
    description: 'month/day without a year: 7/22 (not a ratio, fraction, score or ventilator setting)',
    pattern: String.raw`(?<![A-Za-z0-9/.+\-])${MON_NUM}/${DAY}(?![0-9/%]|\.\d|[A-Za-z\u00C0-\u024F])`,
    refine: refineDate,
  },
  {
    name: 'date.month-year',
    type: 'DATE',
    description: 'numeric month/year: 6/85, 03/2024, 3-2019',
    pattern: String.raw`(?<![A-Za-z0-9/.+\-])${MON_NUM}(?:/(?:3[2-9]|[4-9]\d|(?:19|20)\d\d)|-(?:19|20)\d\d)(?![0-9/%]|\.\d|[A-Za-z\u00C0-\u024F])`,
    refine: refineDate,
  },
  {
    name: 'date.month-year.dotted',
    type: 'DATE',
    description: 'two-digit month, full stop, four-digit year (European month/year): 03.2024, 11.1987 (not a decimal reading)',
    // A decimal never writes its integer part with a leading zero ("03.") and readings to four places after a
    // two-digit whole number are not charted; the month is 01–12 and the year 19xx/20xx, then no unit may follow.
    pattern: String.raw`(?<![A-Za-z0-9/.+\-])(?:0[1-9]|1[0-2])\.(?:19|20)\d\d(?![0-9]|[./-]\d|[A-Za-z\u00C0-\u024F])`,
    triggers: ['#year'],
    validate: (_v, c) => !AMOUNT_AFTER_RE.test(c.text.slice(c.end, c.end + 10)),
  },
  {
    name: 'date.month-name',
    type: 'DATE',
    description: 'month name or abbreviation with day and/or year, or a range of days: Jan 3, January 3rd 2019, Sept. 12, Mar \'24, nov, 96, March 27-29, 2024, "Apr. 28, 2021:" heading a finding',
    // A year before a colon and digits is a clock hour ("Jan 3, 10:30"); before a colon alone it ends a heading ("Apr. 28, 2021: findings").
    pattern: String.raw`\b${MONTH}\.?,?\s{0,2}(?:${DAY}${ORD}?(?:\s?[-–]\s?${DAY}${ORD}?(?![0-9]|:\d|\s?(?:mg|mcg|ml|units?|%|x\b)))?(?:,?\s{0,2}(?:\d{4}|'?\d\d)(?![A-Za-z0-9]|:\d))?|(?:\d{4}|'\d\d))\b`,
    triggers: MONTH_TRIGGERS,
    anchored: true,
    refine: refineDate,
  },
  {
    name: 'date.month-name.two-digit-year',
    type: 'DATE',
    description: 'month name, comma, two-digit year: Nov, 96',
    pattern: String.raw`\b${MONTH_LONG}\.?,\s{0,2}\d\d\b`,
    triggers: MONTH_TRIGGERS,
    anchored: true,
    refine: refineDate,
  },
  {
    name: 'date.day-month-name',
    type: 'DATE',
    description: 'day before the month name, ordinals and ranges: 3rd of March, 21 Apr 2024, 1->2 nov',
    pattern: String.raw`\b${DAY}${ORD}?(?:\s{0,2}(?:-|->|to)\s{0,2}${DAY}${ORD}?)?(?:\s{0,2}of)?\s{0,2}${MONTH}\b\.?(?:,?\s{0,2}(?:\d{4}|'?\d\d)\b(?!:\d))?`,
    triggers: MONTH_TRIGGERS,
    refine: refineDate,
  },
  {
    name: 'date.timestamp',
    type: 'DATE',
    description: 'ISO 8601 or HL7 timestamp, the time kept with its date: 2019-01-03T14:22:00Z, 2019-01-03T14:22-05:00, 201901031422, 20190103142200',
    // The time is not a date element, but a redaction that stops inside "03T14" leaves a token half shown; machine
    // timestamps (HL7 TS, ISO 8601 exports) are one value and are removed whole.
    pattern: String.raw`(?<![0-9A-Za-z./-])(?:19|20)\d\d(?:-(${MON_NUM})-(${DAY})T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)(?![0-9A-Za-z])`,
    triggers: ['#year', '#digits9'],
    anchored: true,
    validate: (_v, c) => c.match[1] !== undefined ? validMonthDay(num(c.match, 1), num(c.match, 2)) : validMonthDay(num(c.match, 3), num(c.match, 4)),
  },
  {
    name: 'date.compact',
    type: 'DATE',
    description: 'compact numeric date, year first: 20240312',
    pattern: String.raw`(?<![0-9A-Za-z-])(?:19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])`,
    triggers: ['#digits8'],
    anchored: true,
    validate: (_v, c) => validMonthDay(num(c.match, 1), num(c.match, 2)),
  },
  {
    name: 'date.compact-month',
    type: 'DATE',
    description: 'day, month name and year run together or dashed: 12MAR2024, 12-Mar-24, 12.Mar.2024, 12-Mar',
    pattern: String.raw`(?<![0-9A-Za-z])\d{1,2}(?:([-./]?)${MONTH}\1${YEAR}|-${MONTH})(?![0-9A-Za-z])`,
    triggers: MONTH_TRIGGERS.concat('#daymonth'),
    validate: (v) => Number(/^\d+/.exec(v)![0]) >= 1 && Number(/^\d+/.exec(v)![0]) <= 31,
  },
  {
    name: 'date.month-dashed',
    type: 'DATE',
    description: 'month name, day and year (or month and year) joined by dashes, dots or slashes: Mar-12-2024, MAR/12/24, Feb-2024',
    pattern: String.raw`\b${MONTH}(?:([-./])${DAY}\1${YEAR}|[-./]'?(?:19|20)\d\d)(?![0-9A-Za-z])`,
    triggers: MONTH_TRIGGERS,
    anchored: true,
  },
  {
    name: 'date.month-dash-2digit',
    type: 'DATE',
    description: 'abbreviated month name and a one- or two-digit day or year joined by a dash: Nov-24, Jul-26 10:40, DOB Dec-08',
    // Day or two-digit year, the token is a date element either way; "may" in lower case is the verb unless a date word cues it.
    pattern: String.raw`\b${MONTH}-\d{1,2}(?![0-9A-Za-z]|[-./]\d)`,
    triggers: MONTH_TRIGGERS,
    anchored: true,
    validate: (v, c) => !AMOUNT_AFTER_RE.test(c.text.slice(c.end, c.end + 10)) && (!/^may/.test(v) ||
      STRONG_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 28), c.start)) || eventCueBefore(c.text, c.start, c.end)),
  },
  {
    name: 'date.compact-8-cued',
    type: 'DATE',
    description: 'eight-digit month-first or day-first date with the year last after a date or event word: ERCP 27032024 per GI, on 11051987',
    pattern: String.raw`(?<![0-9A-Za-z\-/.])(\d\d)(\d\d)(?:19|20)\d\d(?![0-9A-Za-z]|[\-/.]\d)`,
    triggers: ['#digits8'],
    anchored: true,
    validate: (_v, c) => validEitherOrder(num(c.match, 1), num(c.match, 2)) && !AMOUNT_AFTER_RE.test(c.text.slice(c.end, c.end + 10)) &&
      (STRONG_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 28), c.start)) || eventCueBefore(c.text, c.start, c.end) ||
        WEAK_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 8), c.start))),
  },
  {
    name: 'date.compact-6',
    type: 'DATE',
    description: 'six-digit compact date after a date word: on 040124, Date of surgery: 061425 (MMDDYY or DDMMYY)',
    pattern: String.raw`(?<![0-9A-Za-z\-/.])(\d\d)(\d\d)\d\d(?![0-9A-Za-z]|[\-/.]\d)`,
    triggers: ['#digits6'],
    anchored: true,
    validate: (_v, c) => validEitherOrder(num(c.match, 1), num(c.match, 2)) && (STRONG_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 28), c.start)) ||
      (eventCueBefore(c.text, c.start, c.end) && !AMOUNT_AFTER_RE.test(c.text.slice(c.end, c.end + 10))) ||
      CREDENTIAL_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 12), c.start)) || LINE_ALONE_RE.test(lineAround(c.text, c.start, c.end)) ||
      HEADER_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 60), c.start)) ||
      (/(?:^|\n)[ \t]*$/.test(c.text.slice(Math.max(0, c.start - 4), c.start)) && LINE_START_BEFORE_TIME_RE.test(c.text.slice(c.end, c.end + 7))) ||
      /\b(?:on|since|until|from|date|dated|dob|d\.o\.b\.?|born|of (?:surgery|service|birth|admission|discharge))\s?[:\-]?\s{0,2}$/i.test(c.text.slice(Math.max(0, c.start - 24), c.start)) ||
      compactSixInRecord(c.text, c.start, c.end)),
  },
  {
    name: 'date.ordinal',
    type: 'DATE',
    description: 'a day written as an ordinal after "the": the 11th (not ribs, interspaces, percentiles or floors)',
    pattern: String.raw`${DAY}${ORD}\b(?!\s+(?:rib|ics|intercostal|percentile|floor|grade|ventricle|heart|digit|finger|toe|metatarsal|cranial|nerve|vertebra|lumbar|thoracic|cervical|day|week|hour|time|dose|attempt|of\s+(?:the|a|his|her)\b))`,
    triggers: ['#ordinal'],
    anchored: true,
    // After "the" ("on the 11th"), heading a line before a colon as a dated entry does ("27TH: pt seen"), or after an event
    // or date word when a clause, a clock time or the line's end follows ("adm 14th;", "ERCP 16th per GI", "mtg set 29th 0615").
    validate: (_v, c) => /\bthe\s$/i.test(c.text.slice(Math.max(0, c.start - 5), c.start)) ||
      (/(?:^|\n)[ \t]*$/.test(c.text.slice(Math.max(0, c.start - 4), c.start)) && /^[ \t]?[:\-–][ \t]/.test(c.text.slice(c.end, c.end + 3))) ||
      (CLAUSE_AFTER_RE.test(c.text.slice(c.end, c.end + 10)) && !AMOUNT_AFTER_RE.test(c.text.slice(c.end, c.end + 10)) &&
        (eventCueBefore(c.text, c.start, c.end) || STRONG_DATE_CUE_RE.test(c.text.slice(Math.max(0, c.start - 28), c.start)))),
  },
  {
    name: 'date.weekday',
    type: 'DATE',
    description: 'a weekday naming the day of a date that follows it: Tuesday, 3/12; Mon 12 March',
    pattern: String.raw`\b${WEEKDAY}\.?,?\s{1,2}(?=(?:the\s)?(?:${MON_NUM}[/.-]${DAY}\b|${DAY}${ORD}?\s?(?:of\s)?${MONTH}\b)|${MONTH}\.?\s{1,2}\d)`,
    triggers: WEEKDAY_TRIGGERS,
    anchored: true,
  },
  {
    name: 'date.weekday-month-day',
    type: 'DATE',
    description: 'month/day right after a weekday name, small pairs too: since Sun 3/4, on wed 1/2, Tues, 2/3',
    // A weekday names a day, so the number after it is that day's date, never a fraction or score. "Sat" and "Sun" count
    // here: no oxygen saturation or sun exposure is written as a month/day pair.
    pattern: String.raw`\b(?:${WEEKDAY}|sat|sun)\.?,?\s{1,2}(${MON_NUM}\/${DAY})(?![0-9/%]|\.\d|[A-Za-z])`,
    group: 1,
    triggers: WEEKDAY_TRIGGERS.concat('sat', 'sun'),
    anchored: true,
    // "O2 sat 3/4 of the time": a saturation reading, not Saturday.
    validate: (_v, c) => !/^sat/i.test(c.match[0]) || !/\b(?:o2|spo2|sao2|pulse\s?ox)\s?sat\b/i.test(c.text.slice(Math.max(0, c.start - 20), c.end)),
  },
  {
    name: 'date.month-alone',
    type: 'DATE',
    description: 'a month named alone after a time preposition: in sept., since March, early June',
    pattern: String.raw`\b${MONTH_LONG}\b\.?`,
    triggers: MONTH_TRIGGERS,
    anchored: true,
    validate: (_v, c) => /\b(?:in|since|until|till|during|early|late|mid|of|by|through|end of|beginning of)\s$/i.test(c.text.slice(Math.max(0, c.start - 16), c.start)),
    refine: refineDate,
  },
  {
    name: 'date.month-name-year',
    type: 'DATE',
    description: 'month name with a four-digit year: March 2019, May of 1993 (not "may 2000 units")',
    pattern: String.raw`\b${MONTH}\s(?:of\s)?(?:19|20)\d\d\b(?!\s?(?:mg|mcg|ml|units?|u|iu|cc|g|kg)\b|\s?%)`,
    triggers: MONTH_TRIGGERS,
    anchored: true,
    refine: refineDate,
  },
  {
    name: 'date.event-year',
    type: 'DATE',
    description: 'a two-digit year with an apostrophe after a diagnosis or procedure: CVA 74\', repair in 14\'',
    // Number first, cue checked behind by the validator: a leading lookbehind would run at every offset.
    pattern: String.raw`\b\d\d(?='(?![A-Za-z0-9'"]))`,
    requires: "'",
    validate: (_v, c) => EVENT_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 16), c.start)),
  },
  {
    name: 'date.cued-month-day',
    type: 'DATE',
    description: 'month-day with a hyphen after a date word: returned to OR on 7-8 for coiling, Admitted 1-25, Received: 11-23 08:23',
    pattern: String.raw`\b${MON_NUM}-${DAY}(?![0-9A-Za-z]|[\-/.]\d)`,
    requires: '-',
    validate: cuedMonthDay,
  },
  {
    name: 'date.holiday',
    type: 'DATE',
    description: "a holiday names a day of the year (i2b2 guideline): Christmas, Thanksgiving, New Year's Eve, Fourth of July",
    pattern: String.raw`\b(?:christmas(?:\s(?:eve|day))?|xmas|thanksgiving(?:\sday)?|easter(?:\s(?:sunday|monday))?|new\syear'?s(?:\s(?:eve|day))?|independence\sday|fourth\sof\sjuly|memorial\sday|labor\sday|veterans'?\sday|halloween|valentine'?s\sday|mother'?s\sday|father'?s\sday|martin\sluther\sking(?:\sjr\.?)?\sday|mlk\sday|presidents'?\sday|columbus\sday|hanukkah|chanukah|yom\skippur|rosh\shashanah|passover|good\sfriday)\b`,
    triggers: ['christmas', 'xmas', 'thanksgiving', 'easter', 'new', 'independence', 'fourth', 'memorial', 'labor', 'veterans', 'veteran', 'halloween',
      'valentine', 'mother', 'father', 'martin', 'mlk', 'presidents', 'president', 'columbus', 'hanukkah', 'chanukah', 'yom', 'rosh', 'passover', 'good'],
    anchored: true,
    // "the Fourth of July": the article belongs to the holiday's name.
    refine: (c) => ({ start: /\bthe\s$/i.test(c.text.slice(Math.max(0, c.start - 4), c.start)) ? c.start - 4 : c.start, end: c.end }),
  },
  // Bare years: only when the caller asks (Safe Harbor lets a year stand alone).
  {
    name: 'date.year',
    type: 'DATE',
    description: 'a bare four-digit year or decade: 1992, 1990s (not a dose or a time)',
    pattern: String.raw`(?<![A-Za-z0-9#.$])(?:19[0-9]\d|20[0-4]\d)(?:'?s)?(?![0-9]|\.\d|\s?(?:mg|mcg|ml|cc|units?|u|hrs?|h|am|pm|meq|kcal|g|kg|ms|mmhg|%)\b)`,
    optIn: 'years',
  },
  {
    name: 'date.year.apostrophe',
    type: 'DATE',
    description: 'a two-digit year with an apostrophe: \'92, 92\'',
    pattern: String.raw`(?<=[\s(,;:])'\d\d\b|\b\d\d'(?![A-Za-z0-9'])`,
    optIn: 'years',
  },
  {
    name: 'date.year.event',
    type: 'DATE',
    description: 'a two-digit year after a diagnosis or procedure: CABG 98,',
    pattern: String.raw`\b(?:${EVENT_WORDS})\s(\d\d)(?=\s?(?:[,;)]|and\b|$))`,
    flags: 'gim',
    group: 1,
    optIn: 'years',
  },
];
