// Owns the vocabulary of the name-context corpus: given names and surnames that are also English words,
// invented names in no census list, particles, nicknames, and the cue words around them (kinship, staff roles,
// verbs of communication, letter and message openings and closings). Written for this corpus only, split into
// two halves by position so one half tunes and the other scores (`half`), and kept apart from the main
// generator's pools (namePools.ts) so a rule tuned on one does not meet the same names in the other.
import type { Rng } from '../prng';

/** Given names that are also English words (virtues, months, plants, jewels, weather, nouns). */
export const WORD_GIVEN = [
  'Hope', 'Faith', 'Bliss', 'Honor', 'Mercy', 'Trinity', 'Harmony', 'Justice', 'Chance', 'Story', 'Autumn', 'Winter',
  'Sky', 'River', 'Brook', 'Forest', 'Storm', 'Rain', 'Wren', 'Robin', 'Lark', 'Jewel', 'Crystal', 'Opal', 'Olive',
  'Ginger', 'Candy', 'Penny', 'Dolly', 'Misty', 'Sandy', 'Rusty', 'Buddy', 'Sonny', 'Bud', 'Duke', 'Earl', 'King',
  'Prince', 'Major', 'Noble', 'Colt', 'Blaze', 'Pierce', 'Drew', 'Reed', 'Lane', 'Ray', 'Rob', 'Pat', 'Sue', 'Gene',
  'Dale', 'Daisy', 'Rose', 'Angel', 'Star', 'Hunter', 'Mark', 'Bill', 'Frank', 'Will', 'Grace', 'Joy', 'Dawn', 'June',
];

/** Surnames that are also English words (trades, colours, nature, ranks, everyday nouns and adjectives). */
export const WORD_SURNAME = [
  'Bishop', 'Walker', 'Young', 'Child', 'Carter', 'Cook', 'Turner', 'Miller', 'Porter', 'Butler', 'Cooper', 'Fowler',
  'Knight', 'Lord', 'Judge', 'Pope', 'Abbott', 'Monk', 'Bell', 'Gates', 'Law', 'Moss', 'Pike', 'Root', 'Shields',
  'Steele', 'Wall', 'Ward', 'Wells', 'Wing', 'Kidd', 'Battle', 'Booth', 'Drake', 'Hood', 'Power', 'Sparks', 'Fields',
  'Woods', 'Brooks', 'Snow', 'Storm', 'Bush', 'Hart', 'Church', 'Temple', 'Glass', 'Silver', 'Post', 'Hunter', 'Head',
  'Street', 'Ford', 'Good', 'Sweet', 'Gray', 'Rich', 'Strong', 'Wise', 'Bird', 'Hill', 'Stone', 'Little', 'Price',
];

const ONSETS = ['Ta', 'Ke', 'Mo', 'Ri', 'Zu', 'Ba', 'Ndi', 'Kwa', 'Ol', 'Ye', 'Su', 'Va', 'Xi', 'Lo', 'Pe', 'Ha', 'Ngu', 'Fe',
  'Ti', 'Ja', 'Oyi', 'Dra', 'Sko', 'Ule', 'Be', 'Cha', 'Ika', 'Gwe', 'Hro', 'Ese'];
const MIDDLES = ['ra', 'len', 'mo', 'ki', 'sha', 'to', 'vi', 'ne', 'dra', 'gu', 'la', 'ri', 'be', 'so'];
const SURNAME_ENDS = ['vek', 'wo', 'skaya', 'ssen', 'ata', 'iz', 'ani', 'mba', 'ić', 'ello', 'sund', 'ovna', 'ath', 'uk',
  'ier', 'yo', 'ndu', 'ghe', 'aro', 'ith', 'ueva', 'oku'];
const GIVEN_ENDS = ['ni', 'ra', 'lo', 'sha', 'ven', 'ko', 'dra', 'mi', 'yah', 'lin', 'ta', 'rik', 'el', 'iza'];

export function inventedSurname(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(MIDDLES) + rng.pick(SURNAME_ENDS);
}

export function inventedGiven(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(GIVEN_ENDS);
}

/** Given names written with letters outside ASCII. */
export const ACCENTED_GIVEN = ['José', 'Zoë', 'Renée', 'Chloé', 'Søren', 'Björn', 'Ángel', 'Íñigo', 'Łukasz', 'Thảo', 'Noémie', 'Jürgen'];

/** Particles and prefixes as families write them: [prefix, joiner]. */
export const PARTICLES: readonly (readonly [string, string])[] = [
  ['van der', ' '], ['Van Der', ' '], ['de', ' '], ['De la', ' '], ['von', ' '], ['da', ' '], ['dos', ' '], ['al', '-'],
  ['El', '-'], ['Mc', ''], ['Mac', ''], ['O', "'"], ['D', "'"], ['N', "'"], ['ter', ' '], ['Ten', ' '], ['bin', ' '],
  ['Abu', ' '], ['di', ' '], ['Le', ' '], ['St.', ' '], ['ben', ' '],
];

export const NICKNAMES = ['Butch', 'Sissy', 'Peaches', 'Boots', 'Smitty', 'Tiny', 'Slim', 'Bear', 'Cookie', 'Pookie', 'Bubba',
  'Sugar', 'Tater', 'Scooter', 'Moose', 'Bitsy', 'Punkin', 'Bo'];

/** The half of a list this corpus draws from: 0 tunes, 1 scores. */
export function halfOf<T>(items: readonly T[], half: 0 | 1): readonly T[] {
  return items.filter((_, i) => i % 2 === half);
}

export const KIN_NOUNS = ['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'sister', 'brother', 'niece', 'nephew',
  'granddaughter', 'grandson', 'partner', 'fiancé', 'aunt', 'uncle', 'cousin', 'stepdaughter', 'daughter-in-law',
  'son-in-law', 'boyfriend', 'girlfriend', 'mom', 'dad', 'grandmother', 'grandma', 'sister-in-law', 'spouse', 'roommate',
  'neighbor', 'friend', 'caregiver', 'guardian', 'godmother'];

export const STAFF_ROLES = ['RN', 'LPN', 'CNA', 'charge nurse', 'nurse', 'case manager', 'CM', 'SW', 'social worker', 'PT',
  'OT', 'SLP', 'RT', 'chaplain', 'interpreter', 'pharmacist', 'dietitian', 'NP', 'PA', 'resident', 'intern', 'fellow',
  'attending', 'hospitalist', 'intensivist', 'scribe', 'MA', 'tech', 'phlebotomist', 'unit clerk', 'house supervisor',
  'wound nurse', 'night nurse', 'primary nurse', 'transport', 'sitter'];

export const CONTACT_VERBS = ['spoke with', 'spoke to', 'talked with', 'per', 'called', 'discussed with', 'd/w', 'reviewed with',
  'left VM for', 'left message with', 'paged', 'texted', 'emailed', 'updated', 'notified', 'informed', 'handed off to',
  'signed out to', 'message from', 'call from', 'received call from', 'confirmed with', 'relayed to', 'conferred with',
  'touched base with', 'escalated to', 'report given to', 'report received from', 'plan reviewed with', 'returned call to'];

export const GREETINGS = ['Dear', 'Hi', 'Hello', 'Hey', 'Good morning', 'Good afternoon'];
export const CLOSINGS = ['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Sincerely,', 'Cheers,', 'Warmly,', 'Respectfully,', 'Thx', '-', '--', '~'];
