// Owns `date.nursing-event-day`: a day written without its year — a dash month-day ("6-25") or an ordinal alone
// ("22ND") — in the date slots of ICU nursing and pharmacist notes, which stamp events with the day and no date word:
// after a clock time ("trough drawn 1045 6-25", "drawn 11p 9th"), after the event it dates ("recheck 8-5.", "clipped
// 14th.", "bleed 11-17,", "mvc vs tree 23rd,", "to OR again 7-8 for washout", "plan tx to <ward> 2-25 if stable"),
// at the end of a dosing note's title ("vanco dosing 3-18"), and beside a full date in a list ("01-05-2024, 12-28").
// Scores, ratios, ranges and amounts keep their shape: the slot needs the cue before and a clause end after, and a unit
// after the number ("2-3 L", "5-10 mg") makes it an amount.
import type { MatchContext, PatternRecognizerDef } from './types';
import { validMonthDay } from './validators';

const MON = String.raw`(?:1[0-2]|0?[1-9])`;
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9])`;

/**
 * The event a nursing or pharmacy line dates, or the clock time it stamps, right before the day. A transfer plan may
 * name its ward first ("tx to Stoddard Pavilion 7W"); a catheterisation its lab ("cath at QVMC"); an injury its mechanism
 * ("mvc vs tree").
 */
const EVENT_BEFORE_RE = new RegExp(String.raw`(?:\b(?:recheck(?:ed)?|re-?check|clipped|coiled|bleed|bled|drawn|dosing|again|since|adm|admit(?:ted)?|` +
  String.raw`extubated|intubated|started|stopped|held|resumed|placed|removed|inserted|due|` +
  String.raw`tx\sto\s[^\n;,.()]{1,32}|cath\sat\s[A-Za-z]{2,8}|(?:mvc|mva|mcc|gsw|fall|assault)(?:\svs\.?\s[A-Za-z]{2,12})?)|` +
  String.raw`(?:^|[^\d:/.])(?:(?:[01]\d|2[0-3]):?[0-5]\d|(?:1[0-2]|0?[1-9])\s?[ap]))[ \t]{1,2}$`, 'i');
/** What closes a date slot: the clause's end, a list comma, or a clause word ("for", "if", "w/"). */
const CLAUSE_AFTER_RE = /^(?:[ \t]*(?:\r?\n|$)|[,;.:)](?!\d)|[ \t](?:for|if|w\/|with|at|per|and|when|to|\()|[ \t]\()/i;
/** A unit after the number: an amount or a range of one, never a day. */
const AMOUNT_AFTER_RE = /^[ \t]?(?:l\b|lpm|liters?|mg|mcg|ml|cc|g\b|kg|lbs?\b|units?|u\b|tabs?|puffs?|times|x\b|days?|weeks?|months?|years?|wks?\b|mos?\b|yrs?\b|hours?|hrs?|min|minutes|cm|mm|%|\/)/i;
/** A full dash date beside the day in a list: "01-05-2024, 12-28" or "12-28, 03-21-2023". */
const FULL_DATE_BEFORE_RE = /\b\d{1,2}-\d{1,2}-(?:\d{4}|\d\d),[ \t]$/;
const FULL_DATE_AFTER_RE = /^,[ \t]\d{1,2}-\d{1,2}-(?:\d{4}|\d\d)\b/;

function inDateSlot(v: string, c: MatchContext): boolean {
  const dash = /^(\d{1,2})-(\d{1,2})$/.exec(v);
  if (dash && !validMonthDay(Number(dash[1]), Number(dash[2]))) return false;
  const lineStart = c.text.lastIndexOf('\n', c.start - 1) + 1;
  const before = c.text.slice(Math.max(lineStart, c.start - 56), c.start);
  const after = c.text.slice(c.end, c.end + 10);
  if (AMOUNT_AFTER_RE.test(after)) return false;
  if (dash && (FULL_DATE_BEFORE_RE.test(before) || FULL_DATE_AFTER_RE.test(after))) return true;
  return EVENT_BEFORE_RE.test(before) && CLAUSE_AFTER_RE.test(after);
}

export const NURSING_DATE_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'date.nursing-event-day',
    type: 'DATE',
    description: 'a dash month-day or an ordinal day after the event or clock time it dates: drawn 1045 6-25, recheck 8-5., clipped 14th., tx to 7W 2-25 if stable',
    pattern: String.raw`(?<![A-Za-z0-9/.\-])(?:${MON}-${DAY}|${DAY}(?:st|nd|rd|th))(?![A-Za-z0-9/\-]|\.\d)`,
    validate: inDateSlot,
  },
];
