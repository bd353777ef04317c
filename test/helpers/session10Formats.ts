// Owns the seeded generator of session 10 (issue 9 §1, brief phi30): identifiers after any cue word and in any labelled
// field, vehicle plates, VINs and hull numbers, street addresses (USPS Publication 28 suffixes, units, rural routes, PO
// boxes, c/o, ZIP+4, street names after "lives on") in six note styles, and protected terms of the grammar
// "Capitalised word + clinical head noun" that must stay. Every value and word is invented; nothing comes from a corpus.

import { mulberry32 } from '../../src/engine/random';

export interface FormatCase {
  kind: 'identifier' | 'vehicle' | 'address' | 'protected';
  /** The dimensions that produced the case: "identifier cue=permit shape=dashed style=intake-form". */
  label: string;
  style: Style;
  text: string;
  needle: string;
}

export const STYLES = ['discharge', 'nursing', 'intake-form', 'table', 'letter', 'phone-encounter'] as const;
export type Style = (typeof STYLES)[number];

/** The project's one seeded generator, so the same seed gives the same cases on every machine. */
const rng = mulberry32;

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

class Gen {
  constructor(private readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  digits(n: number): string {
    let s = String(1 + this.int(9));
    while (s.length < n) s += DIGITS[this.int(10)];
    return s;
  }
  letters(n: number): string {
    let s = '';
    while (s.length < n) s += LETTERS[this.int(LETTERS.length)];
    return s;
  }
}

/** Identifier shapes: digits, letter-digit mixes, dashed, dotted, slashed, spaced and lower-case forms. */
const ID_SHAPES: Record<string, (g: Gen) => string> = {
  digits: (g) => g.digits(6 + g.int(4)),
  'letters-digits': (g) => g.letters(2) + g.digits(6),
  dashed: (g) => `${g.letters(2)}-${g.digits(4)}-${g.digits(3)}`,
  'year-dashed': (g) => `${20 + g.int(6)}-${g.digits(6)}`,
  dotted: (g) => `${g.letters(3)}.${g.digits(4)}.${g.digits(2)}`,
  slashed: (g) => `${g.digits(4)}/${g.digits(6)}`,
  spaced: (g) => `${g.letters(2)} ${g.digits(3)} ${g.digits(3)}`,
  'lower-case': (g) => `${g.letters(2).toLowerCase()}${g.digits(5)}${g.letters(1).toLowerCase()}`,
  'digit-letter': (g) => `${g.digits(3)}${g.letters(1)}${g.digits(4)}`,
};

/** Cue words of identifiers (the brief's list): each names a number a person is known by. */
const ID_CUES = ['ref', 'case', 'claim', 'member', 'policy', 'group', 'account', 'acct', 'ticket', 'badge', 'permit', 'certificate', 'registration',
  'enrolment', 'voucher', 'authorization', 'auth', 'confirmation', 'tracking', 'serial'];
/** How a cue is joined to its number: "#", "no.", "number", "ID", a colon or a dash. */
const CUE_JOINS = ['#', 'no.', 'number', 'ID', ':', ' —'];

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

function frame(style: Style, label: string, value: string, g: Gen): string {
  switch (style) {
    case 'discharge': return `The patient was discharged home in stable condition. ${cap(label)} ${value} was recorded by registration.`;
    case 'nursing': return `pt resting, vss. ${label.toLowerCase()} ${value} given to family at bedside.`;
    case 'intake-form': return `INTAKE FORM\n${cap(label)}${/[:\u2014]$/.test(label) ? '' : ':'} ${value}\nReason for visit: cough`;
    case 'table': return `| Field | Value |\n|---|---|\n| ${cap(label.replace(/[:\s—]+$/, ''))} | ${value} |\n| Allergies | NKDA |`;
    case 'letter': return `Dear colleague,\nPlease quote ${label} ${value} in any reply to this office.\nYours sincerely`;
    case 'phone-encounter': return `Telephone encounter ${g.int(2) === 0 ? '10:42' : '3:15 pm'}. Caller verified ${label} ${value}; questions answered.`;
  }
}

function identifierCases(g: Gen): FormatCase[] {
  const out: FormatCase[] = [];
  for (const cue of ID_CUES) {
    for (const [shape, make] of Object.entries(ID_SHAPES)) {
      const style = g.pick(STYLES);
      const join = g.pick(CUE_JOINS);
      const label = join === ':' ? `${cue}:` : `${cue} ${join.trim()}`;
      const value = make(g);
      out.push({ kind: 'identifier', label: `identifier cue=${cue} join=${join.trim()} shape=${shape} style=${style}`, style, text: frame(style, label, value, g), needle: value });
    }
  }
  return out;
}

/** Vehicle words before a plate; the plate shapes of US states (letters and digits in 6–8 characters, dashes or spaces). */
const PLATE_WORDS = ['plate', 'tag', 'reg', 'licence plate', 'license plate #', 'vehicle plate', 'car tag', 'truck plate', 'motorcycle plate', 'plate no.'];
const PLATE_SHAPES: Record<string, (g: Gen) => string> = {
  'LLL-DDDD': (g) => `${g.letters(3)}-${g.digits(4)}`,
  'LLL DDDD': (g) => `${g.letters(3)} ${g.digits(4)}`,
  'DLLLDDD': (g) => `${g.digits(1)}${g.letters(3)}${g.digits(3)}`,
  'DDD-LLL': (g) => `${g.digits(3)}-${g.letters(3)}`,
  'LLDDDDD': (g) => `${g.letters(2)}${g.digits(5)}`,
  'state LLL-DDDD': (g) => `${g.pick(['OH', 'TX', 'GA', 'MN'])} ${g.letters(3)}-${g.digits(4)}`,
  'lower lll-ddd': (g) => `${g.letters(3).toLowerCase()}-${g.digits(3)}`,
  'DLL-DDDD': (g) => `${g.digits(1)}${g.letters(2)}-${g.digits(4)}`,
};

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** A 17-character VIN (no I, O, Q) whose ninth character is the ISO 3779 / 49 CFR 565 check digit. */
export function makeVin(g: Gen): string {
  const c: string[] = [];
  for (let i = 0; i < 17; i++) c.push(VIN_CHARS[g.int(VIN_CHARS.length)]);
  c[9] = String(g.int(10));
  let sum = 0;
  for (let i = 0; i < 17; i++) if (i !== 8) sum += (/\d/.test(c[i]) ? Number(c[i]) : VIN_VALUES[c[i]]) * VIN_WEIGHTS[i];
  const check = sum % 11;
  c[8] = check === 10 ? 'X' : String(check);
  return c.join('');
}

function vehicleCases(g: Gen): FormatCase[] {
  const out: FormatCase[] = [];
  for (const word of PLATE_WORDS) {
    for (const [shape, make] of Object.entries(PLATE_SHAPES)) {
      const style = g.pick(STYLES);
      const value = make(g);
      out.push({ kind: 'vehicle', label: `vehicle word=${word} shape=${shape} style=${style}`, style, text: frame(style, word, value, g), needle: value });
    }
  }
  for (const style of STYLES) {
    const vin = makeVin(g);
    out.push({ kind: 'vehicle', label: `vehicle VIN check-digit unlabelled style=${style}`, style, text: `Driver of the truck (${vin}) was restrained.`, needle: vin });
    const vin2 = makeVin(g);
    out.push({ kind: 'vehicle', label: `vehicle VIN labelled style=${style}`, style, text: frame(style, 'VIN', vin2, g), needle: vin2 });
    const hull = `${g.letters(3)}${g.digits(5)}${g.letters(1)}${g.digits(3)}`;
    out.push({ kind: 'vehicle', label: `vehicle boat hull ID style=${style}`, style, text: frame(style, 'boat hull ID', hull, g), needle: hull });
    const boat = `${g.pick(['FL', 'MN', 'WI'])} ${g.digits(4)} ${g.letters(2)}`;
    out.push({ kind: 'vehicle', label: `vehicle boat registration style=${style}`, style, text: frame(style, 'boat registration', boat, g), needle: boat });
  }
  return out;
}

/** USPS Publication 28 (Appendix C1) street suffixes, full and standard abbreviation, a sample beyond the common ones. */
const PUB28_SUFFIXES = ['Crossing', 'Xing', 'Trace', 'Trce', 'Pike', 'Loop', 'Row', 'Run', 'Path', 'Pass', 'Alley', 'Aly', 'Bend', 'Cove', 'Cv', 'Glen',
  'Hollow', 'Holw', 'Knoll', 'Knls', 'Landing', 'Lndg', 'Mews', 'Ridge', 'Rdg', 'Spur', 'Summit', 'Smt', 'Trail', 'Walk', 'Way', 'Bluff', 'Blf', 'Brook',
  'Creek', 'Crk', 'Gardens', 'Gdns', 'Harbor', 'Hbr', 'Hill', 'Hl', 'Junction', 'Jct', 'Mill', 'Oval', 'Orchard', 'Orch', 'Ranch', 'Shore', 'Springs',
  'Spgs', 'Station', 'Sta', 'Valley', 'Vly', 'Vista', 'Vis', 'Street', 'Avenue', 'Ave', 'Road', 'Rd', 'Drive', 'Court', 'Ct', 'Lane', 'Ln', 'Circle',
  'Terrace', 'Ter', 'Place', 'Pl', 'Parkway', 'Pkwy'];
const STREET_NAMES = ['Quillfeather', 'Marrowby', 'Ashcombe', 'Dunmoreth', 'Pellingham', 'Cherry', 'Old Mill', 'Fox Hollow', 'Tamsworth', 'Bramblecot'];
const UNITS = ['Apt 4B', 'Unit 12', 'Ste 300', '# 7', 'Lot 22', 'Trlr 9', 'Rm 204'];

function addressCases(g: Gen): FormatCase[] {
  const out: FormatCase[] = [];
  const street = (suffix: string): string => `${g.digits(1 + g.int(4))} ${g.pick(STREET_NAMES)} ${suffix}`;
  for (const suffix of PUB28_SUFFIXES) {
    const style = g.pick(STYLES);
    const value = street(suffix);
    out.push({ kind: 'address', label: `address suffix=${suffix} style=${style}`, style, text: frame(style, 'home address', value, g), needle: value });
  }
  for (const unit of UNITS) {
    for (const style of STYLES) {
      const value = `${street(g.pick(PUB28_SUFFIXES))}, ${unit}`;
      out.push({ kind: 'address', label: `address unit=${unit.split(' ')[0]} style=${style}`, style, text: frame(style, 'address', value, g), needle: value });
    }
  }
  const extra: Record<string, (g: Gen) => [string, string]> = {
    'rural route': (g) => [`lives out on RR ${1 + g.int(9)} Box ${g.digits(3)}`, ''],
    'rural route spelled': (g) => [`mail goes to Rural Route ${1 + g.int(9)}, Box ${g.digits(2)}`, ''],
    'po box': (g) => [`mailing address P.O. Box ${g.digits(4)}`, ''],
    'po box plain': (g) => [`send bills to PO Box ${g.digits(3)}`, ''],
    'c/o': (g) => [`mail c/o ${g.pick(['Marla Quillfeather', 'J. Pellingham'])}, ${street('Ln')}`, ''],
    'zip+4': (g) => [`billing ZIP ${g.digits(5)}-${g.digits(4)}`, ''],
    'zip': (g) => [`zip code ${g.digits(5)}`, ''],
    'lives on': (g) => [`She lives on ${g.pick(['Tamsworth', 'Bramblecot', 'Dunmoreth'])} Road with her son.`, ''],
    'corner of': (g) => [`Found at the corner of ${g.pick(['Pellingham', 'Ashcombe'])} ${g.pick(['Ave', 'Street', 'Rd'])} and ${g.pick(['Quillfeather', 'Marrowby'])} by police.`, ''],
    // Without a suffix a street is told from a word only by its capital: lower-case notes are not generated for this form.
    'corner of bare': (g) => [`Found at the corner of ${g.pick(['Pellingham', 'Ashcombe'])} and ${g.pick(['Quillfeather', 'Marrowby'])} by police.`, ''],
    'off of': (g) => [`Lives in a trailer off of ${g.pick(['Marrowby', 'Tamsworth'])} Pike.`, ''],
  };
  for (const [name, make] of Object.entries(extra)) {
    for (const style of STYLES) {
      if (name === 'corner of bare' && style === 'nursing') continue;
      const [phrase] = make(g);
      const text = styleSentence(style, phrase);
      out.push({ kind: 'address', label: `address ${name} style=${style}`, style, text, needle: addressNeedle(name, text) });
    }
  }
  return out;
}

/** The PHI part of an address phrase as the style wrote it: the number, box, street or ZIP after its cue. */
function addressNeedle(name: string, text: string): string {
  const re = {
    'rural route': /RR \d+ Box \d+/, 'rural route spelled': /Rural Route \d+, Box \d+/, 'po box': /P\.O\. Box \d+/, 'po box plain': /PO Box \d+/,
    'c/o': /\d+ \w+(?: \w+)? Ln/, 'zip+4': /\d{5}-\d{4}/, zip: /\d{5}/, 'lives on': /(?<=lives on )\w+/, 'corner of': /(?<=corner of )\w+/, 'corner of bare': /(?<=corner of \w+ and )\w+/,
    'off of': /(?<=off of )\w+/,
  }[name]!;
  const m = new RegExp(re.source, 'i').exec(text);
  if (!m) throw new Error(`generator error: ${name} ${text}`);
  return m[0];
}

function styleSentence(style: Style, phrase: string): string {
  switch (style) {
    case 'discharge': return `SOCIAL HISTORY: ${phrase}.`;
    case 'nursing': return `pt ambulating in hall. ${phrase.toLowerCase().replace(/p\.o\./, 'P.O.').replace(/\bpo box/, 'PO box')}.`.replace(/\brr /, 'RR ');
    case 'intake-form': return `Demographics\n${phrase}\nPCP: on file`;
    case 'table': return `| Note | ${phrase} |`;
    case 'letter': return `Dear colleague,\nFor your records, ${phrase}.\nSincerely`;
    case 'phone-encounter': return `Phone call 2:10 pm: caller says ${phrase}.`;
  }
}

/** Clinical head nouns: a capitalised word or brand before one of them names a device, scale, sign, test or procedure. */
export const CLINICAL_HEADS = ['bolt', 'connector', 'catheter', 'pump', 'valve', 'stent', 'device', 'scale', 'score', 'index', 'criteria', 'classification',
  'sign', 'test', 'maneuver', 'manoeuvre', 'syndrome', 'disease', 'procedure', 'repair', 'operation', 'flap', 'technique', 'protocol', 'regimen'];
/** Invented eponyms and brands (in no name list one could have tuned on). */
const EPONYMS = ['Thornbury', 'Kessleman', 'Aldergrove', 'Vesseyn', 'Quarrington', 'Bellwether', 'Marchetti-Olin', 'Ostrowe', 'Pennrick', 'Halvorsen'];

function protectedCases(g: Gen): FormatCase[] {
  const out: FormatCase[] = [];
  for (const head of CLINICAL_HEADS) {
    const style = g.pick(STYLES);
    const term = `${g.pick(EPONYMS)} ${head}`;
    const sentence = {
      discharge: `Hospital course: the ${term} was reviewed and findings were discussed.`,
      nursing: `pt tolerated ${term} well, will continue.`,
      'intake-form': `Assessment tool: ${term}\nResult: reviewed`,
      table: `| Tool | ${term} |`,
      letter: `Dear colleague,\nWe used the ${term} as planned.\nSincerely`,
      'phone-encounter': `Phone call: asked about the ${term}; reassured.`,
    }[style];
    out.push({ kind: 'protected', label: `protected head=${head} style=${style}`, style, text: sentence, needle: term });
  }
  return out;
}

/** Every case for a seed: the same seed gives the same list. */
export function session10Cases(seed = 20261207): FormatCase[] {
  const g = new Gen(rng(seed));
  return [...identifierCases(g), ...vehicleCases(g), ...addressCases(g), ...protectedCases(g)];
}
