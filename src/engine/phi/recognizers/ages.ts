// Owns the age recognizers: ages over 89 are PHI (45 CFR 164.514(b)(2)(i)(C)) in every spelling — 92yo,
// 92 y/o, 92-year-old, aged 101, ninety-two — and ages of 89 and under are left alone.
import type { PatternRecognizerDef } from './types';

const OVER_89 = String.raw`(?:9\d|1[0-2]\d)`;
const AGE_UNIT = String.raw`(?:yoa|y\.\s?o(?=\.)|yo|y\/o|y-o|y\.o\.?|yr?s?\.?\s?old|years?[\s-]old|yrs?[\s-]old|year-old|yr-old|yrs?|years?(?!\s+(?:ago|later|prior|before|after|since|earlier|duration)\b)|years?\s+of\s+age|yof|yom|y\s?o\s?[mf]|yo[mf]|y(?=[\s,;]))`;
/** Age units written glued to the number: 92yo, 102YOM, 99yof, 103y.o., 106Y/O (the dotted and slashed forms first, so "y" alone cannot win). */
const GLUED_UNIT = String.raw`(?:y\.o\.?|y\/o|yo[mf]?|yr?s?)(?![A-Za-z])`;
/**
 * A temperature word just before "98F" ("Tmax | 99F |" in a vitals table too); the bare letter "T" counts only within its own
 * field, so "ORTEGA, Ana T. | 91F |" is a middle initial before an age cell, not a temperature.
 */
const TEMPERATURE_BEFORE_RE = /\b(?:t[^A-Za-z|]{0,6}|(?:temp|temperature|tmax|tm|tc|tcurrent|febrile|afebrile|fever|oral|rectal|axillary|tympanic)\b[^A-Za-z]{0,6})$/i;
/** A reading right after a vital sign or lab name is a measurement, not an age ("HR 95 M…"). */
const VITAL_BEFORE_RE = /\b(?:hr|heart rate|pulse|p|bp|rr|resp|sat|sats|spo2|o2|wt|weight|ht|height|glucose|bg|fsbs|bs|hgb|hct|plt|na|k|cl|bun)\b[^A-Za-z]{0,6}$/i;
const UNIT_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
const TEEN_WORD = String.raw`(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
/** ninety, ninety-two, one hundred, a hundred and one, one hundred twenty-three. */
const OVER_89_WORDS = String.raw`(?:ninety(?:[\s-]${UNIT_WORD})?|(?:a|one)[\s-]hundred(?:[\s-](?:and[\s-])?(?:${UNIT_WORD}|${TEEN_WORD}|twenty(?:[\s-]${UNIT_WORD})?))?)`;

export const AGE_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'age.over89.numeric',
    type: 'AGE',
    description: 'an age of 90–129 in digits before an age unit: 92yo, 92 y/o, 92-year-old, 101 yrs, 95 yom',
    pattern: String.raw`\b${OVER_89}(?=\s?-?\s?${AGE_UNIT}\b)(${GLUED_UNIT})?`,
    triggers: ['#age90'],
    anchored: true,
    // A unit glued to the number ("102YOM") is redacted with it: "[AGE]YOM" would leave a fragment of the token.
  },
  {
    name: 'age.over89.person',
    type: 'AGE',
    description: 'an age of 90–129 before a sex letter or a person noun: PT 95 M, 94 gentleman, a 91 woman (not a temperature "T 98 F")',
    // Case kept: a lower-case "m" after a number is metres ("walked 95 m").
    pattern: String.raw`\b${OVER_89}(?=[ \t](?:[MF]\b|(?:[Gg]entleman|[Ll]ady|[Ww]oman|[Mm]an|[Mm]ale|[Ff]emale|[Bb]oy|[Gg]irl|GENTLEMAN|LADY|WOMAN|MAN|MALE|FEMALE|BOY|GIRL)\b))`,
    flags: 'g',
    triggers: ['#age90'],
    anchored: true,
    validate: (_v, c) => !(/^[ \t]f/i.test(c.text.slice(c.end, c.end + 2)) && TEMPERATURE_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 16), c.start))) &&
      !/[.,]\d$/.test(c.text.slice(Math.max(0, c.start - 2), c.start)) && !VITAL_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 16), c.start)),
  },
  {
    name: 'age.over89.sex',
    type: 'AGE',
    description: 'an age of 90–129 glued to the sex, with or without a year letter: a 92M whom, Age: 102F, mother living, 94F, 101yF on a triage board (not a temperature "T 98F")',
    pattern: String.raw`\b${OVER_89}(?:[yY])?[MFmf]\b`,
    flags: 'g',
    triggers: ['#age90'],
    anchored: true,
    // "98F" is also a temperature in Fahrenheit: not after a temperature word or before a decimal reading.
    // "Tc-99m" and "Technetium 99m" are the metastable isotope, not a 99-year-old man.
    validate: (v, c) => !(/f$/i.test(v) && TEMPERATURE_BEFORE_RE.test(c.text.slice(Math.max(0, c.start - 16), c.start))) &&
      !(/m$/.test(v) && /(?:\btc|technetium)[\s-]?$/i.test(c.text.slice(Math.max(0, c.start - 12), c.start))),
  },
  {
    name: 'age.over89.labelled',
    type: 'AGE',
    description: 'an age of 90–129 after "age"/"aged" or an Age/Sex field, or an age form field that says when: aged 101, Age: 93, age of 96, AGE - 92, Age/Sex: 101 / M, Age at event: 102, Age at death: 94, Age (yrs): 91',
    // A form's age field may say when the age was taken ("Age at event:", "Age at time of death:") or its unit; the
    // colon closes the label so prose ("age at onset 95 days") does not become a field.
    pattern: String.raw`\b(?:age|aged)(?:\s?\/\s?sex)?(?:[ \t](?:at|on|of|in|when)[ \t](?:[A-Za-z]+[ \t]){0,3}[A-Za-z]+[ \t]?:|[ \t]?\((?:years?|yrs?|y)\)[ \t]?:|\s?[:\-]|\s+of)?\s?(${OVER_89})\b`,
    group: 1,
    triggers: ['age', 'aged'],
    anchored: true,
  },
  {
    name: 'age.over89.year-of-life',
    type: 'AGE',
    description: 'an age of 90–129 as the ordinal year of life, any ordinal suffix: in her 92nd year, in his 101st year, 96TH YEAR',
    pattern: String.raw`\b(${OVER_89})(?:st|nd|rd|th|ST|ND|RD|TH)(?=\s(?:year|YEAR|Year)\b)`,
    flags: 'g',
    triggers: ['year'],
  },
  {
    name: 'age.over89.turned',
    type: 'AGE',
    description: 'an age of 90–129 after a birthday verb: turned 104 last month, will be 100 in May (not "turned 90 degrees")',
    pattern: String.raw`\b(?:turned|turns|turning|will\sbe|celebrated|celebrates)\s(${OVER_89})\b(?!\s?(?:degrees?|deg\b|°|%|mg|ml|min|minutes?|bpm|mmhg|units?|times|x\b))`,
    group: 1,
    triggers: ['turned', 'turns', 'turning', 'will', 'celebrated', 'celebrates'],
    anchored: true,
  },
  {
    name: 'age.over89.noun',
    type: 'AGE',
    description: 'a noun that places the age over 89: nonagenarian, centenarian, supercentenarians',
    // A narrower band than the "90 or older" Safe Harbor allows ("nonagenarian" is 90–99), so it is redacted like the number.
    pattern: String.raw`\b(?:super)?(?:nonagenarian|centenarian)s?\b`,
    triggers: ['nonagenarian', 'nonagenarians', 'centenarian', 'centenarians', 'supercentenarian', 'supercentenarians'],
  },
  {
    name: 'age.over89.decade',
    type: 'AGE',
    description: "a person's decade over 89: in her nineties, in his late 90s, in their early 90's",
    pattern: String.raw`\bin\s(?:her|his|their)\s(?:early\s|mid[\s-]|late\s)?(nineties|90['’]?s)\b`,
    group: 1,
    triggers: ['nineties', '90s', '#age90'],
  },
  {
    name: 'age.over89.words',
    type: 'AGE',
    description: 'an age over 89 spelled out before an age unit or after "aged": ninety-two-year-old, aged one hundred and one',
    pattern: String.raw`\b${OVER_89_WORDS}(?=[\s-](?:years?|yrs?|y\/o|yo)\b)|\b(?:age|aged)(?:\s?:|\s+of)?\s(${OVER_89_WORDS})\b`,
    triggers: ['ninety', 'hundred'],
    refine: (c) => {
      const g = c.match[1];
      if (g === undefined) return { start: c.start, end: c.end };
      const off = c.match.index + c.match[0].lastIndexOf(g);
      return { start: off, end: off + g.length };
    },
  },
];
