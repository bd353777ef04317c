// Owns synthetic dates and the ways clinicians, EHRs and letters write them: numeric with / - . or
// spaces, month-first and day-first, 2- and 4-digit and apostrophe years, month names and
// abbreviations with and without day, ordinals ("3rd of March"), compact (20240312, 12MAR2024),
// dashed month (12-Mar-24) and with a weekday. Every element but the bare year is PHI (45 CFR
// 164.514(b)(2)(i)(C)); a weekday alone identifies nothing, so it stays outside the span.
import type { Rng } from './prng';
import { phi, type Frag } from './segments';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Month names and their three-letter forms, shared by every generator's date writers. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MON3 = MONTHS.map((m) => m.slice(0, 3));
const MON_DOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function randomDate(rng: Rng, fromYear: number, toYear: number): Ymd {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, daysIn(y, m));
  return { y, m, d };
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function weekday(date: Ymd): string {
  return WEEKDAYS[new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay()];
}

/** Two-digit zero-padded number and two-digit year, as date writers print them. */
export const p2 = (x: number): string => String(x).padStart(2, '0');
export const yy = (y: number): string => p2(y % 100);

export function ordinal(d: number): string {
  const s = d % 100 >= 11 && d % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'][d % 10];
  return `${d}${s}`;
}

type Format = (rng: Rng, x: Ymd) => string;

/** kind → writers. Day-first forms use days > 12 often enough that nothing can read them as month-first. */
const FORMATS: Record<string, readonly Format[]> = {
  'date.mdy-slash': [
    (_, x) => `${p2(x.m)}/${p2(x.d)}/${x.y}`, (_, x) => `${x.m}/${x.d}/${x.y}`, (_, x) => `${x.m}/${x.d}/${yy(x.y)}`,
    (_, x) => `${p2(x.m)}/${p2(x.d)}/${yy(x.y)}`,
  ],
  'date.mdy-dash': [(_, x) => `${p2(x.m)}-${p2(x.d)}-${x.y}`, (_, x) => `${x.m}-${x.d}-${yy(x.y)}`],
  'date.dmy-dots': [(_, x) => `${p2(x.d)}.${p2(x.m)}.${x.y}`, (_, x) => `${x.d}.${x.m}.${x.y}`, (_, x) => `${p2(x.d)}.${p2(x.m)}.${yy(x.y)}`],
  'date.dmy-slash': [(_, x) => `${p2(x.d)}/${p2(x.m)}/${x.y}`, (_, x) => `${x.d}/${x.m}/${yy(x.y)}`],
  'date.numeric-spaces': [
    (_, x) => `${p2(x.m)} ${p2(x.d)} ${x.y}`, (_, x) => `${x.m} / ${x.d} / ${x.y}`, (_, x) => `${x.d} ${x.m} ${x.y}`,
    (_, x) => `${x.m} - ${x.d} - ${yy(x.y)}`,
  ],
  'date.iso': [(_, x) => `${x.y}-${p2(x.m)}-${p2(x.d)}`, (_, x) => `${x.y}/${p2(x.m)}/${p2(x.d)}`, (_, x) => `${x.y}.${p2(x.m)}.${p2(x.d)}`],
  'date.month-day-numeric': [(_, x) => `${x.m}/${x.d}`, (_, x) => `${p2(x.m)}/${p2(x.d)}`, (_, x) => `${x.m}-${x.d}`],
  'date.apostrophe-year': [
    (_, x) => `${MON3[x.m - 1]} '${yy(x.y)}`, (_, x) => `${MONTHS[x.m - 1]} '${yy(x.y)}`, (_, x) => `${x.m}/${x.d}/'${yy(x.y)}`,
    (_, x) => `${x.d} ${MON3[x.m - 1]} '${yy(x.y)}`,
  ],
  'date.month-name-day': [
    (_, x) => `${MONTHS[x.m - 1]} ${x.d}`, (_, x) => `${MON3[x.m - 1]} ${x.d}`, (_, x) => `${MON_DOT[x.m - 1]} ${x.d}`,
    (_, x) => `${MONTHS[x.m - 1]} ${ordinal(x.d)}`, (_, x) => `${MON3[x.m - 1].toUpperCase()} ${x.d}`,
  ],
  'date.month-name-day-year': [
    (_, x) => `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`, (_, x) => `${MON3[x.m - 1]} ${x.d} ${x.y}`,
    (_, x) => `${MON_DOT[x.m - 1]} ${x.d}, ${x.y}`, (_, x) => `${MONTHS[x.m - 1]} ${ordinal(x.d)}, ${x.y}`,
    (_, x) => `${MONTHS[x.m - 1].toUpperCase()} ${x.d}, ${x.y}`,
  ],
  'date.day-month-name-year': [
    (_, x) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`, (_, x) => `${x.d} ${MON3[x.m - 1]} ${x.y}`,
    (_, x) => `${ordinal(x.d)} ${MONTHS[x.m - 1]} ${x.y}`, (_, x) => `${x.d} ${MON_DOT[x.m - 1]} ${x.y}`,
  ],
  'date.day-month-name': [(_, x) => `${ordinal(x.d)} ${MON3[x.m - 1]}`, (_, x) => `${x.d} ${MONTHS[x.m - 1]}`, (_, x) => `${x.d} ${MON3[x.m - 1].toUpperCase()}`],
  'date.ordinal-of-month': [
    (_, x) => `${ordinal(x.d)} of ${MONTHS[x.m - 1]}`, (_, x) => `${ordinal(x.d)} of ${MONTHS[x.m - 1]} ${x.y}`,
    (_, x) => `${ordinal(x.d)} of ${MON3[x.m - 1]}`,
  ],
  'date.month-year': [
    (_, x) => `${MONTHS[x.m - 1]} ${x.y}`, (_, x) => `${MON3[x.m - 1]} ${x.y}`, (_, x) => `${p2(x.m)}/${x.y}`,
    (_, x) => `${MON3[x.m - 1]}-${x.y}`, (_, x) => `${MONTHS[x.m - 1]} of ${x.y}`,
  ],
  'date.compact': [
    (_, x) => `${x.y}${p2(x.m)}${p2(x.d)}`, (_, x) => `${p2(x.d)}${MON3[x.m - 1].toUpperCase()}${x.y}`,
    (_, x) => `${p2(x.d)}${MON3[x.m - 1]}${yy(x.y)}`, (_, x) => `${p2(x.m)}${p2(x.d)}${yy(x.y)}`,
  ],
  'date.dashed-month': [
    (_, x) => `${p2(x.d)}-${MON3[x.m - 1]}-${yy(x.y)}`, (_, x) => `${x.d}-${MON3[x.m - 1].toUpperCase()}-${x.y}`,
    (_, x) => `${MON3[x.m - 1]}-${p2(x.d)}-${x.y}`, (_, x) => `${x.d}-${MON3[x.m - 1]}`,
  ],
};

export const DATE_KINDS = Object.keys(FORMATS);

/** A date written in a random (or the given) format; kind names the format family. */
export function dateText(rng: Rng, x: Ymd, kind = rng.pick(DATE_KINDS)): Frag {
  return phi(rng.pick(FORMATS[kind])(rng, x), 'DATE', kind);
}

/** Date with its weekday in front: "Tuesday, March 12, 2024", "Tue 3/12/24", "THU 12.03.2024". */
export function dateWithWeekday(rng: Rng, x: Ymd): Frag {
  const wd = weekday(x);
  const lead = rng.pick([`${wd}, `, `${wd} `, `${wd.slice(0, 3)} `, `${wd.slice(0, 3).toUpperCase()} `, `${wd.slice(0, 3)}. `]);
  const kind = rng.pick(['date.month-name-day-year', 'date.mdy-slash', 'date.day-month-name-year', 'date.dmy-dots', 'date.month-name-day']);
  const text = rng.pick(FORMATS[kind])(rng, x);
  return [lead, phi(text, 'DATE', 'date.with-weekday')];
}

/** "3/12-3/15", "March 3 to March 9", "12.03.-15.03.2024": both ends are dates. */
export function dateRange(rng: Rng, first: Ymd, second: Ymd): Frag {
  const key = (x: Ymd) => x.y * 10000 + x.m * 100 + x.d;
  const [a, b] = key(first) <= key(second) ? [first, second] : [second, first];
  const kind = rng.pick(['date.month-day-numeric', 'date.mdy-slash', 'date.month-name-day', 'date.iso']);
  return [phi(rng.pick(FORMATS[kind])(rng, a), 'DATE', 'date.range'), rng.pick(['-', ' - ', ' to ', '–', ' through ']), phi(rng.pick(FORMATS[kind])(rng, b), 'DATE', 'date.range')];
}

const HOLIDAYS = ['Christmas', 'Christmas Eve', 'Thanksgiving', "New Year's Day", "New Year's Eve", 'Easter', 'July 4th', 'the Fourth of July', 'Labor Day', 'Memorial Day', 'Halloween', "Valentine's Day"];

/** A named holiday dates an event as precisely as a numeric date does. */
export function holiday(rng: Rng): Frag {
  return phi(rng.pick(HOLIDAYS), 'DATE', 'date.holiday');
}

/** "on the 14th" — a day of the month alone still dates an event. */
export function dayOrdinal(x: Ymd): Frag {
  return phi(ordinal(x.d), 'DATE', 'date.day-ordinal');
}

/** Any date, with a small share written with the weekday. */
export function anyDate(rng: Rng, x: Ymd): Frag {
  return rng.chance(0.08) ? dateWithWeekday(rng, x) : dateText(rng, x);
}

/** Full dates only (DOB lines and headers carry a year). */
export function fullDate(rng: Rng, x: Ymd): Frag {
  return dateText(rng, x, rng.pick([
    'date.mdy-slash', 'date.mdy-slash', 'date.mdy-dash', 'date.dmy-dots', 'date.dmy-slash', 'date.iso',
    'date.month-name-day-year', 'date.day-month-name-year', 'date.compact', 'date.numeric-spaces',
  ]));
}

export function timeText(rng: Rng): string {
  return rng.pick([
    () => `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}`, () => `${p2(rng.int(0, 23))}${p2(rng.int(0, 59))}`,
    () => `${rng.int(1, 12)}:${p2(rng.int(0, 59))} ${rng.pick(['AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.'])}`,
  ])();
}
