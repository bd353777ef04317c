// Owns SURROGATE redaction values: realistic replacements that keep each identifier's format, consistent
// within one job (the same person, place or number always gets the same surrogate) and with every date moved
// by one per-job offset so intervals between dates hold. Residual leaks then hide among fakes.
import { createHmac, randomBytes } from 'node:crypto';
import type { PhiType } from '../types';

/** Surrogate names and places: common, unremarkable, deliberately small pools (any value would do). */
const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Linda', 'Michael', 'Susan', 'David', 'Karen', 'Daniel', 'Nancy', 'Paul', 'Lisa', 'Mark', 'Betty',
  'Steven', 'Sandra', 'Kevin', 'Donna', 'Brian', 'Carol', 'George', 'Ruth', 'Edward', 'Sharon', 'Ronald', 'Laura', 'Kenneth', 'Amy',
  'Anthony', 'Helen', 'Jason', 'Anna', 'Gary', 'Emma', 'Eric', 'Olivia', 'Frank', 'Grace', 'Henry', 'Julia',
];
const SURNAMES = [
  'Walker', 'Harris', 'Lewis', 'Robinson', 'Clark', 'Hall', 'Allen', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams',
  'Nelson', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards',
  'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ward', 'Fisher',
];
const PLACES = [
  'Springfield', 'Riverton', 'Fairview', 'Madison', 'Georgetown', 'Salem', 'Clinton', 'Franklin', 'Greenville', 'Bristol', 'Oakdale',
  'Ashland', 'Milford', 'Dover', 'Burlington', 'Lakewood', 'Centerville', 'Marion', 'Newport', 'Kingston',
];
const STREETS = ['Maple', 'Oak', 'Cedar', 'Elm', 'Pine', 'Walnut', 'Lincoln', 'Washington', 'Park', 'Hillside', 'Lake', 'Chestnut', 'Willow', 'Highland'];
const DOMAINS = ['example.org', 'example.com', 'example.net'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_INDEX = new Map<string, number>();
MONTHS_LONG.forEach((m, i) => {
  MONTH_INDEX.set(m.toLowerCase(), i);
  MONTH_INDEX.set(m.slice(0, 3).toLowerCase(), i);
});
MONTH_INDEX.set('sept', 8);

/** Dates move by ±(MIN..MAX) days: never 0, so a surrogate date is never the real one. */
const MIN_DATE_SHIFT_DAYS = 7;
const MAX_DATE_SHIFT_DAYS = 365;
const DAY_MS = 86_400_000;

export class SurrogateGenerator {
  private readonly key: Buffer;
  private readonly cache = new Map<string, string>();
  /** Days every date of this job moves by. */
  readonly dateShiftDays: number;

  /** `seed`: per-job secret; a random one when omitted (the shift must not be derivable from the job id). */
  constructor(seed?: string) {
    this.key = seed === undefined ? randomBytes(32) : createHmac('sha256', 'chartcoder-surrogate').update(seed).digest();
    const r = this.uint('date-shift');
    const magnitude = MIN_DATE_SHIFT_DAYS + (r % (MAX_DATE_SHIFT_DAYS - MIN_DATE_SHIFT_DAYS + 1));
    this.dateShiftDays = (r >>> 16) % 2 === 0 ? magnitude : -magnitude;
  }

  /** The surrogate for one PHI value; the same (type, value) always gets the same surrogate in this job. */
  replace(type: PhiType, value: string): string {
    const key = `${type}\u0000${value}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const out = this.generate(type, value);
    this.cache.set(key, out);
    return out;
  }

  private generate(type: PhiType, value: string): string {
    switch (type) {
      case 'NAME':
        return this.name(value);
      case 'DATE':
        return this.date(value) ?? this.shape(value, 'DATE');
      case 'AGE':
        return this.age(value);
      case 'EMAIL':
        return `${this.pick(FIRST_NAMES, value).toLowerCase()}.${this.pick(SURNAMES, `e:${value}`).toLowerCase()}@${this.pick(DOMAINS, value)}`;
      case 'URL':
        return `https://www.${this.pick(DOMAINS, value)}/${this.shape(value, 'URL').replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toLowerCase()}`;
      case 'LOCATION':
        return this.place(value);
      case 'ADDRESS':
        return this.address(value);
      default:
        // Numbers and codes (phone, SSN, MRN, account, licence, device, vehicle, IP, other ids): same shape.
        return this.shape(value, type);
    }
  }

  /** Each word of a name maps on its own, so "John Smith", "Mr. Smith" and "SMITH" stay one person. */
  private name(value: string): string {
    return value.replace(/[\p{L}][\p{L}'\u2019]*/gu, (word) => {
      const lower = word.toLowerCase();
      if (NAME_TITLES.has(lower.replace(/\.$/, ''))) return word;
      if (word.length === 1) return matchCase(word, String.fromCharCode(65 + (this.uint(`i:${lower}`) % 26)));
      const pool = this.uint(`pool:${lower}`) % 3 === 0 ? FIRST_NAMES : SURNAMES;
      return matchCase(word, this.pick(pool, `n:${lower}`));
    });
  }

  private place(value: string): string {
    // Keep the grammatical head ("… Medical Center", "St. …'s Hospital"): the text stays readable.
    return value.replace(/[\p{L}][\p{L}'\u2019]*/gu, (word) => {
      if (PLACE_HEADS.has(word.toLowerCase())) return word;
      return matchCase(word, this.pick(PLACES, `p:${word.toLowerCase()}`));
    });
  }

  private address(value: string): string {
    let streetDone = false;
    return value.replace(/\d+|[\p{L}][\p{L}'\u2019.]*/gu, (tok) => {
      if (/^\d+$/.test(tok)) return this.digits(tok, `a:${tok}`);
      const lower = tok.toLowerCase().replace(/\.$/, '');
      if (ADDRESS_WORDS.has(lower) || tok.length <= 2) return tok;
      if (!streetDone) {
        streetDone = true;
        return matchCase(tok, this.pick(STREETS, `s:${lower}`));
      }
      return matchCase(tok, this.pick(PLACES, `p:${lower}`));
    });
  }

  private age(value: string): string {
    // Safe Harbor aggregates ages over 89; a surrogate keeps the text's form with another age in 90–104.
    const n = 90 + (this.uint(`age:${value}`) % 15);
    if (/\d/.test(value)) return value.replace(/\d+/, String(n));
    return value;
  }

  /** Shifts a parsable date by the job's offset, keeping its format; undefined when the format is unknown. */
  private date(value: string): string | undefined {
    let m = /^(\d{1,2})([\/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(value);
    if (m) {
      // Month-first unless the first number cannot be a month (then day-first).
      const a = Number(m[1]);
      const b = Number(m[3]);
      const dayFirst = a > 12 && b <= 12;
      const month = dayFirst ? b : a;
      const day = dayFirst ? a : b;
      const year = m[4] ? expandYear(m[4]) : 2000;
      const d = this.shift(year, month, day);
      if (!d) return undefined;
      const mm = pad(d.month, m[dayFirst ? 3 : 1].length);
      const dd = pad(d.day, m[dayFirst ? 1 : 3].length);
      const first = dayFirst ? dd : mm;
      const second = dayFirst ? mm : dd;
      const yy = m[4] ? (m[4].length === 2 ? String(d.year % 100).padStart(2, '0') : String(d.year)) : '';
      return `${first}${m[2]}${second}${m[4] ? m[2] + yy : ''}`;
    }
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
    if (m) {
      const d = this.shift(Number(m[1]), Number(m[2]), Number(m[3]));
      return d ? `${d.year}-${pad(d.month, m[2].length)}-${pad(d.day, m[3].length)}` : undefined;
    }
    m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(,?\s+(\d{4}))?$/.exec(value);
    if (m && MONTH_INDEX.has(m[1].toLowerCase())) {
      const d = this.shift(m[4] ? Number(m[4]) : 2000, MONTH_INDEX.get(m[1].toLowerCase())! + 1, Number(m[2]));
      if (!d) return undefined;
      return `${monthLike(m[1], d.month)} ${d.day}${m[3] ? `, ${d.year}` : ''}`;
    }
    m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?(\s+(\d{4}))?$/.exec(value);
    if (m && MONTH_INDEX.has(m[2].toLowerCase())) {
      const d = this.shift(m[4] ? Number(m[4]) : 2000, MONTH_INDEX.get(m[2].toLowerCase())! + 1, Number(m[1]));
      if (!d) return undefined;
      return `${d.day} ${monthLike(m[2], d.month)}${m[3] ? ` ${d.year}` : ''}`;
    }
    return undefined;
  }

  private shift(year: number, month: number, day: number): { year: number; month: number; day: number } | undefined {
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    const t = Date.UTC(year, month - 1, day);
    const check = new Date(t);
    if (check.getUTCDate() !== day) return undefined;
    const s = new Date(t + this.dateShiftDays * DAY_MS);
    return { year: s.getUTCFullYear(), month: s.getUTCMonth() + 1, day: s.getUTCDate() };
  }

  /** Same shape: digits → digits, letters → letters of the same case, everything else kept. */
  private shape(value: string, salt: string): string {
    let i = 0;
    let out = '';
    for (const ch of value) {
      const r = this.uint(`${salt}:${value}:${i++}`);
      if (ch >= '0' && ch <= '9') out += String(r % 10);
      else if (ch >= 'A' && ch <= 'Z') out += String.fromCharCode(65 + (r % 26));
      else if (ch >= 'a' && ch <= 'z') out += String.fromCharCode(97 + (r % 26));
      else out += ch;
    }
    return out === value ? out.replace(/\d/, (d) => String((Number(d) + 1) % 10)) : out;
  }

  private digits(value: string, salt: string): string {
    let out = '';
    for (let i = 0; i < value.length; i++) out += String(this.uint(`${salt}:${i}`) % 10);
    return out.replace(/^0/, '1');
  }

  private pick<T>(pool: readonly T[], salt: string): T {
    return pool[this.uint(salt) % pool.length];
  }

  private uint(salt: string): number {
    return createHmac('sha256', this.key).update(salt).digest().readUInt32BE(0);
  }
}

const NAME_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'rev', 'sr', 'jr', 'md', 'do', 'rn', 'np', 'pa', 'phd']);
const PLACE_HEADS = new Set([
  'hospital', 'medical', 'center', 'centre', 'clinic', 'health', 'healthcare', 'regional', 'memorial', 'general', 'university', 'county',
  'community', 'family', 'practice', 'pharmacy', 'school', 'elementary', 'high', 'middle', 'college', 'church', 'of', 'the', 'and', 'st',
  'saint', 'nursing', 'home', 'rehab', 'rehabilitation', 'care', 'urgent', 'associates', 'group', 'inc', 'llc', 'corp',
]);
const ADDRESS_WORDS = new Set([
  'st', 'street', 'ave', 'avenue', 'rd', 'road', 'blvd', 'boulevard', 'dr', 'drive', 'ln', 'lane', 'ct', 'court', 'way', 'pl', 'place',
  'ter', 'terrace', 'cir', 'circle', 'hwy', 'highway', 'pkwy', 'parkway', 'apt', 'apartment', 'unit', 'suite', 'ste', 'fl', 'floor',
  'po', 'p.o', 'box', 'rr', 'route', 'north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw',
]);

function matchCase(template: string, word: string): string {
  if (template.length > 1 && template === template.toUpperCase()) return word.toUpperCase();
  if (template === template.toLowerCase()) return word.toLowerCase();
  return word;
}

function monthLike(template: string, month: number): string {
  const long = MONTHS_LONG[month - 1];
  const word = template.length <= 4 && template.toLowerCase() !== 'june' && template.toLowerCase() !== 'july' ? long.slice(0, template.length === 4 ? 4 : 3) : long;
  return matchCase(template, word === 'Sept' && month !== 9 ? long.slice(0, 3) : word);
}

function expandYear(y: string): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n <= 40 ? 2000 + n : 1900 + n;
}

function pad(n: number, width: number): string {
  return width >= 2 ? String(n).padStart(2, '0') : String(n);
}
