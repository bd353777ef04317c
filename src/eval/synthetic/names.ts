// Owns synthetic people and the ways notes write their names: titles with and without full stops,
// initials, surname-first, capitals and lower case, hyphens, particles, nicknames in quotes,
// possessives and lists. Each name token is gold NAME; titles and credentials are not.
import type { Rng } from './prng';
import { f, join, phi, type Frag, type PhiSeg } from './segments';
import {
  inventedFirstName, inventedSurname, namePools, NICKNAMES, PARTICLES, WORD_FIRST_NAMES, WORD_SURNAMES,
} from './namePools';

export type Sex = 'F' | 'M';

export interface Person {
  first: string;
  middle: string;
  last: string;
  sex: Sex;
  nickname?: string;
  /** Shape of the surname, which becomes the kind when it is the hard part of the name. */
  shape: 'census' | 'invented' | 'word' | 'particle' | 'hyphenated';
}

function surname(rng: Rng): { last: string; shape: Person['shape'] } {
  const pools = namePools();
  const shape = rng.weighted<Person['shape']>([[34, 'census'], [30, 'invented'], [14, 'word'], [14, 'particle'], [8, 'hyphenated']]);
  const base = (): string => (rng.chance(0.5) ? rng.pick(pools.censusSurnames) : inventedSurname(rng));
  switch (shape) {
    case 'census': return { last: rng.pick(pools.censusSurnames), shape };
    case 'invented': return { last: inventedSurname(rng), shape };
    case 'word': return { last: rng.pick(WORD_SURNAMES), shape };
    case 'particle': {
      const p = rng.pick(PARTICLES);
      return { last: p.prefix + p.joiner + base(), shape };
    }
    case 'hyphenated': return { last: `${base()}-${base()}`, shape };
  }
}

export function person(rng: Rng, sex: Sex = rng.chance(0.5) ? 'F' : 'M'): Person {
  const pools = namePools();
  const first = rng.weighted<() => string>([
    [55, () => rng.pick(pools.censusFirst)],
    [27, () => inventedFirstName(rng)],
    [18, () => rng.pick(WORD_FIRST_NAMES)],
  ])();
  const middle = rng.chance(0.5) ? rng.pick(pools.censusFirst) : inventedFirstName(rng);
  const { last, shape } = surname(rng);
  return { first, middle, last, sex, shape, nickname: rng.chance(0.08) ? rng.pick(NICKNAMES) : undefined };
}

/** Kind of a name span: the surname's shape when it is the hard part, else the format written. */
function kindOf(p: Person, format: string): string {
  if (p.shape === 'word' || p.shape === 'particle' || p.shape === 'hyphenated') return `name.${p.shape}`;
  return `name.${format}`;
}

function n(text: string, p: Person, format: string): PhiSeg {
  return phi(text, 'NAME', kindOf(p, format));
}

function caseAs(s: string, mode: 'asis' | 'upper' | 'lower'): string {
  return mode === 'upper' ? s.toUpperCase() : mode === 'lower' ? s.toLowerCase() : s;
}

export const TITLES_F = ['Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss'];
export const TITLES_M = ['Mr.', 'Mr'];
export const DOCTOR_TITLES = ['Dr.', 'Dr', 'Doctor', 'DR.', 'dr.'];
export const CREDENTIALS = [', MD', ' MD', ', M.D.', ', DO', ', RN', ' RN', ', NP', ', PA-C', ', FNP-C', ', MSW', ', LCSW', ', PharmD', ', RN, BSN', ', CNM', ', MD, PhD', ', DPM', ', PT, DPT'];

/** Full name in one of many written forms (no title). */
export function fullName(rng: Rng, p: Person): Frag {
  const mode = rng.weighted<'asis' | 'upper' | 'lower'>([[78, 'asis'], [16, 'upper'], [6, 'lower']]);
  const c = (s: string) => caseAs(s, mode);
  const fmt = p.nickname && rng.chance(0.5) ? 8 : rng.int(0, 9);
  switch (fmt) {
    case 0: case 1: return n(c(`${p.first} ${p.last}`), p, mode === 'asis' ? 'full' : `full-${mode}`);
    case 2: return n(c(`${p.first} ${p.middle[0]}. ${p.last}`), p, 'middle-initial');
    case 3: return n(c(`${p.first} ${p.middle[0]} ${p.last}`), p, 'middle-initial');
    case 4: return n(c(`${p.last}, ${p.first}`), p, 'surname-first');
    case 5: return n(c(`${p.last}, ${p.first} ${p.middle[0]}`), p, 'surname-first');
    case 6: return n(c(`${p.first[0]}. ${p.last}`), p, 'initial');
    case 7: return n(c(`${p.first} ${p.middle} ${p.last}`), p, 'full-middle');
    case 8:
      return p.nickname
        ? n(c(`${p.first} "${p.nickname}" ${p.last}`), p, 'nickname')
        : n(c(`${p.first[0]}.${p.middle[0]}. ${p.last}`), p, 'initials');
    default: return n(c(`${p.first} ${p.last}`), p, mode === 'asis' ? 'full' : `full-${mode}`);
  }
}

/** "Mrs. Okafor", "MR HALVORSEN", "Ms Delacroix" — title kept out of the span. */
export function titledSurname(rng: Rng, p: Person): Frag {
  const title = rng.pick(p.sex === 'F' ? TITLES_F : TITLES_M);
  const mode = rng.weighted<'asis' | 'upper' | 'lower'>([[80, 'asis'], [12, 'upper'], [8, 'lower']]);
  return [caseAs(title, mode), ' ', n(caseAs(p.last, mode), p, 'title-surname')];
}

/** "Dr. Anand", "Dr Miriam Stokes", "Doctor Vasquez-Lind". */
export function doctor(rng: Rng, p: Person): Frag {
  const title = rng.pick(DOCTOR_TITLES);
  return rng.chance(0.5)
    ? [title, ' ', n(p.last, p, 'title-surname')]
    : [title, ' ', n(rng.chance(0.7) ? `${p.first} ${p.last}` : `${p.first[0]}. ${p.last}`, p, 'title-full')];
}

/** Clinician as a signature: "Miriam Stokes, MD", "M. STOKES RN", "/s/ Miriam Stokes, NP". */
export function signature(rng: Rng, p: Person, credential = rng.pick(CREDENTIALS)): Frag {
  const upper = rng.chance(0.2);
  const text = rng.pick([`${p.first} ${p.last}`, `${p.first} ${p.middle[0]}. ${p.last}`, `${p.first[0]}. ${p.last}`, `${p.first} ${p.last}`]);
  return [n(upper ? text.toUpperCase() : text, p, upper ? 'signature-upper' : 'signature'), upper ? credential.toUpperCase() : credential];
}

export function firstNameOnly(p: Person, lower = false): Frag {
  return n(lower ? p.first.toLowerCase() : p.first, p, lower ? 'first-lower' : 'first');
}

/** "Stokes's", "Stokes'" — the possessive ending stays outside the span. */
export function possessive(rng: Rng, p: Person, withTitle: boolean): Frag {
  const ending = p.last.endsWith('s') && rng.chance(0.5) ? "'" : "'s";
  const title = withTitle ? rng.pick(p.sex === 'F' ? ['Mrs.', 'Ms.', 'Ms'] : ['Mr.', 'Mr']) + ' ' : '';
  return [title, phi(p.last, 'NAME', 'name.possessive'), ending];
}

/** "Drs. Stokes, Anand and Ferreira-Holt", "Drs Stokes & Anand". */
export function doctorList(rng: Rng, people: readonly Person[]): Frag {
  const names = people.map((p) => phi(p.last, 'NAME', 'name.list'));
  const last = names.pop()!;
  const and = rng.pick([' and ', ' & ', ', and ', ' and ']);
  return f`${rng.pick(['Drs.', 'Drs', 'Doctors'])} ${names.length ? join(names, ', ') : null}${names.length ? and : null}${last}`;
}

/**
 * Undotted letter pairs a reader takes for a word ("HE VOIDED", "PT SO 31 YO"): a writer who means initials dots them.
 * "A.M." and "P.M." read as the time of day even with dots, so those patients are written with three initials.
 */
const PAIRS_READ_AS_WORDS = new Set(['am', 'pm', 'he', 'me', 'as', 'us', 'at', 'so', 'in', 'on', 'or', 'it', 'is', 'be', 'do', 'go', 'no', 'up', 'we', 'my', 'an', 'hi', 'oh', 'ok', 'to', 'of', 'by', 'if']);

/** Patient initials as used in nursing notes and headers: "J.D.", "JD". */
export function initials(rng: Rng, p: Person): Frag {
  const pair = `${p.first[0]}${p.last[0]}`;
  const lower = pair.toLowerCase();
  const dotted = rng.chance(0.5) || PAIRS_READ_AS_WORDS.has(lower);
  const text = lower === 'am' || lower === 'pm' ? `${p.first[0]}.${p.middle[0]}.${p.last[0]}.` : dotted ? `${p.first[0]}.${p.last[0]}.` : pair;
  return phi(text, 'NAME', 'name.initials');
}

/** Any reference to a person in running text, varied. */
export function mention(rng: Rng, p: Person): Frag {
  return rng.weighted<() => Frag>([
    [4, () => fullName(rng, p)],
    [3, () => titledSurname(rng, p)],
    [1, () => firstNameOnly(p)],
  ])();
}
