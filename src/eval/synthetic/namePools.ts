// Owns the pools the synthetic generators draw names and towns from: a slice of the census name
// lists and city list in data/phi (which the detector also reads), invented names and towns built
// from syllables (in no list, so recall cannot come from list lookup alone), and names that are
// also ordinary English words.
import { findPhiDataDir } from '../../engine/phi/lexicon';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Rng } from './prng';

function readList(file: string, limit: number): string[] {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(findPhiDataDir(), file))).toString('utf8');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const w = line.trim();
    if (/^[a-z][a-z' -]*[a-z]$/.test(w)) out.push(titleCase(w));
    if (out.length >= limit) break;
  }
  return out;
}

export function titleCase(w: string): string {
  return w.replace(/(^|[\s'-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

export interface NamePools {
  censusFirst: string[];
  censusSurnames: string[];
  cities: string[];
}

let cached: NamePools | undefined;

/** Census first names (frequency order, first 3,000), surnames across ranks 1–40,000, US ZIP cities. */
export function namePools(): NamePools {
  cached ??= {
    censusFirst: readList('first-names.txt.gz', 3000),
    censusSurnames: readList('surnames.txt.gz', 40000),
    cities: readList('us-cities.txt.gz', 20000).filter((c) => c.length > 3 && !/\d/.test(c)),
  };
  return cached;
}

const ONSETS = [
  'Bar', 'Kel', 'Mor', 'Tre', 'Vas', 'Quin', 'Hal', 'Dor', 'Ash', 'Wen', 'Thal', 'Bri', 'Cor', 'Gal', 'Lind',
  'Mar', 'Os', 'Pel', 'Rad', 'Sel', 'Ulm', 'Yar', 'Zel', 'Fen', 'Hav', 'Jor', 'Kas', 'Lom', 'Nev', 'Ost',
  'Prim', 'Rook', 'Stav', 'Tor', 'Wex', 'Brel', 'Cav', 'Drum', 'Esk', 'Garv', 'Holm', 'Iv', 'Jast', 'Krel',
  'Lud', 'Mab', 'Nor', 'Orv', 'Pask', 'Rum', 'Sund', 'Tav', 'Varn', 'Wyl', 'Zan', 'Ond', 'Adl', 'Ebb', 'Fal',
];
const MIDDLES = ['a', 'e', 'i', 'o', 'en', 'er', 'an', 'il', 'or', '', '', 'u', 'ar', 'el'];
const SURNAME_ENDS = [
  'berg', 'by', 'combe', 'dale', 'field', 'ford', 'grove', 'ham', 'holt', 'ley', 'low', 'man', 'more', 'ner',
  'ski', 'son', 'ton', 'wick', 'worth', 'ez', 'ova', 'ini', 'elli', 'sen', 'stad', 'ovic', 'yan', 'oglu',
  'ara', 'akis', 'ow', 'ett', 'enko', 'ard', 'quist', 'ades', 'aux', 'eau', 'uzzi', 'ayo', 'adze', 'imov',
];
const FIRST_ENDS = ['a', 'ia', 'elle', 'ina', 'on', 'an', 'ius', 'o', 'ey', 'ette', 'ric', 'wyn', 'ora', 'isa', 'ander', 'el', 'eth', 'ine'];

export function inventedSurname(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(MIDDLES) + rng.pick(SURNAME_ENDS);
}

/** Syllable pairs that happen to spell an insult are drawn again. */
const UNFORTUNATE = new Set(['Moron', 'Moro', 'Dorky']);

export function inventedFirstName(rng: Rng): string {
  for (;;) {
    const name = rng.pick(ONSETS) + rng.pick(FIRST_ENDS);
    if (!UNFORTUNATE.has(name)) return name;
  }
}

const TOWN_ENDS = ['ton', 'ville', 'burg', 'field', 'ford', 'port', 'dale', 'wood', 'haven', 'mouth', 'bury', 'wick', 'stead', 'ridge'];
const TOWN_FORMS: readonly ((base: string, rng: Rng) => string)[] = [
  (b) => b,
  (b) => `${b} Springs`,
  (b) => `${b} Falls`,
  (b) => `Port ${b}`,
  (b) => `Lake ${b}`,
  (b, rng) => `${rng.pick(['North', 'South', 'East', 'West', 'New'])} ${b}`,
  (b) => `${b} Junction`,
  (b) => `Mount ${b}`,
];

export function inventedTown(rng: Rng): string {
  const base = rng.pick(ONSETS) + rng.pick(['', 'er', 'en', 'ing', 'ley', 'a']) + rng.pick(TOWN_ENDS);
  return rng.pick(TOWN_FORMS)(base, rng);
}

/** Given names that are also English words or clinical-sounding words. */
export const WORD_FIRST_NAMES = [
  'Hope', 'Faith', 'Grace', 'Joy', 'Rose', 'Lily', 'Iris', 'Violet', 'June', 'April', 'May', 'Summer', 'Dawn',
  'Amber', 'Ruby', 'Pearl', 'Bill', 'Mark', 'Grant', 'Guy', 'Will', 'Jack', 'Frank', 'Art', 'Chase', 'Hunter',
  'Wade', 'Dean', 'Miles', 'Rich', 'Sunny', 'Heather', 'Holly', 'Ivy', 'Patience', 'Constance', 'Earnest',
  'Mercy', 'Sterling', 'Royal', 'Precious', 'Destiny', 'Hazel', 'Clay', 'Cliff', 'Rocky', 'Sage', 'Glen',
];

/** Surnames that are also English words. */
export const WORD_SURNAMES = [
  'Young', 'Brown', 'Price', 'Love', 'Hall', 'Wood', 'King', 'Baker', 'Cook', 'Hunt', 'Wise', 'Hope', 'Rice',
  'Black', 'White', 'Green', 'Long', 'Short', 'Little', 'Strong', 'Hill', 'Page', 'Day', 'Waters', 'Stone',
  'Sharp', 'Fox', 'Lamb', 'Moody', 'Swift', 'Frost', 'Winter', 'Cross', 'Best', 'Gold', 'Ball', 'Lane',
  'Rivers', 'Banks', 'Marsh', 'Meadows', 'Mann', 'Walker', 'Parks', 'Bond', 'Small', 'Hale', 'Noble', 'Rush',
  'Mercy', 'Carpenter', 'Gardner', 'Fisher', 'Mason', 'Cash', 'Bloom', 'Sweet', 'Savage', 'Wolf', 'Lemon',
];

/** Surname particles and prefixes as written (spacing and capitals vary by family). */
export const PARTICLES: readonly { prefix: string; joiner: string }[] = [
  { prefix: 'de', joiner: ' ' }, { prefix: 'De', joiner: ' ' }, { prefix: 'de la', joiner: ' ' },
  { prefix: 'De La', joiner: ' ' }, { prefix: 'van', joiner: ' ' }, { prefix: 'Van', joiner: ' ' },
  { prefix: 'van der', joiner: ' ' }, { prefix: 'van den', joiner: ' ' }, { prefix: 'von', joiner: ' ' },
  { prefix: 'O', joiner: "'" }, { prefix: 'Mc', joiner: '' }, { prefix: 'Mac', joiner: '' },
  { prefix: 'di', joiner: ' ' }, { prefix: 'Di', joiner: '' }, { prefix: 'la', joiner: ' ' },
  { prefix: 'La', joiner: '' }, { prefix: 'D', joiner: "'" }, { prefix: 'Le', joiner: ' ' },
  { prefix: 'du', joiner: ' ' }, { prefix: 'dos', joiner: ' ' }, { prefix: 'da', joiner: ' ' },
  { prefix: 'al', joiner: '-' }, { prefix: 'El', joiner: '-' }, { prefix: 'ten', joiner: ' ' },
  { prefix: 'St.', joiner: ' ' }, { prefix: 'Ben', joiner: '-' },
];

export const NICKNAMES = ['Bobby', 'Peggy', 'Sonny', 'Buddy', 'Kiki', 'Dutch', 'Red', 'Skip', 'Bunny', 'Tootie', 'Chip', 'Lulu', 'Boo', 'Mimi', 'Junior', 'Tex'];
