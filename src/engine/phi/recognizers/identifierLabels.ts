// Owns the default deny for identifier kinds nobody wrote a recognizer for (issue 9, session 11): a value with digits
// named by a label whose noun phrase ends in an identifier word ("Locker no. K7731", "parking pass P4419", "key fob
// number 9931"), in the label-value order or the value-(label) order ("77310-B (locker number)"). The label's own head
// word says it is a number a person or a thing is known by; the validator keeps clinical values out (codes, doses with
// units, ventilator settings, stages, ranges), as the labelled recognizers of identifiers.ts do.
import {
  CLINICAL_ALNUM_RE, CLINICAL_CHUNK_RE, CLINICAL_MIXED_RE, CLOCK_CHUNK_RE, COUNT_UNIT_AFTER_RE, COUNT_UNIT_GLUED_RE, GESTATIONAL_AGE_RE,
  NOT_ID_LABELS, PROBLEM_LABELS, VENT_SETTINGS_RE, countDigits, trimValue,
} from './identifiers';
import type { MatchContext, PatternRecognizerDef } from './types';

/**
 * Head words of an identifier's label: the nouns that name a number, a code or a token issued to a person or an
 * object (the general "number" words, and the issued things of forms, property logs and services: lockers, passes,
 * cards, tags, bands, fobs, bins, tickets, badges, lots, serials, claims, cases, accounts, members, references, race bibs).
 */
export const IDENTIFIER_HEAD_WORDS: readonly string[] = ['number', 'no', 'nbr', 'num', 'id', 'code', 'ref', 'reference', 'serial', 'lot',
  'ticket', 'case', 'claim', 'badge', 'account', 'member', 'locker', 'pass', 'permit', 'card', 'tag', 'band', 'wristband', 'fob', 'bin',
  'cubby', 'token', 'voucher', 'stub', 'bib'];
const HEADS = [...IDENTIFIER_HEAD_WORDS].sort((a, b) => b.length - a.length).join('|');
/** A value with digits: one token of letters, digits and inner dashes, dots or slashes. */
const VALUE = String.raw`[A-Za-z0-9][A-Za-z0-9\-\/.]*\d[A-Za-z0-9\-]*|\d`;
/** Words of a label before its head that make the number clinical or a place's, not an identifier ("CPT code", "room number"). */
const CLINICAL_LABEL_WORDS: ReadonlySet<string> = new Set([...NOT_ID_LABELS, ...PROBLEM_LABELS, 'diagnosis', 'procedure', 'billing', 'drg', 'revenue',
  'lead', 'leads', 'vertebral', 'gravida', 'para', 'apgar', 'tooth', 'teeth', 'size', 'french', 'fr', 'lumen', 'channel', 'electrode']);

/** The value is identifier-shaped and not a clinical number (a code, a dose, a setting, a stage, a range, a clock time). */
export function identifierValue(v: string, c: MatchContext): boolean {
  const digits = countDigits(v);
  const letters = v.replace(/[^A-Za-z]/g, '').length;
  // Four digits, or three with letters in one code of five characters or more: a list number, dose or score is shorter.
  if (digits < 4 && !(digits >= 3 && letters >= 1 && v.replace(/[\-./]/g, '').length >= 5)) return false;
  // Ranges, ratios and decimals join short digit groups ("3.5-5.0", "120/80"): an identifier has a run of four digits or letters.
  if (letters === 0 && /[\-\/.]/.test(v) && !/\d{4}/.test(v)) return false;
  // A year alone is when, not which ("claim 2019").
  if (letters === 0 && /^(?:19|20)\d{2}$/.test(v)) return false;
  const joined = v.replace(/[\-./]/g, '');
  // A code-shaped value (K7731) after a label naming an identifier is that number; clinicalLabel() keeps problem and code labels out.
  if (CLINICAL_MIXED_RE.test(joined) || CLINICAL_ALNUM_RE.test(joined) || VENT_SETTINGS_RE.test(joined) ||
    COUNT_UNIT_GLUED_RE.test(joined) || GESTATIONAL_AGE_RE.test(joined)) return false;
  if (v.split(/[\-./]/).some((k) => CLINICAL_CHUNK_RE.test(k) || CLOCK_CHUNK_RE.test(k))) return false;
  return !COUNT_UNIT_AFTER_RE.test(c.text.slice(c.end, c.end + 8)) && !/^\s?%/.test(c.text.slice(c.end, c.end + 2));
}

function clinicalLabel(label: string): boolean {
  return label.toLowerCase().split(/[ \t]+/).some((w) => CLINICAL_LABEL_WORDS.has(w));
}

export const IDENTIFIER_LABEL_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'id.label-head',
    type: 'ID',
    description: 'default deny: a value with four digits (or three with letters) after a label whose last word names an identifier, the label any noun phrase: Locker no. K7731, parking pass P4419, key fob number 9931, | Storage bin ref | 5521-QA |',
    // The word before the head is part of the label ("locker", "key fob"); a bare head word alone after a sentence's
    // verb ("case 2019") is read by id.cue-word, which knows its own exceptions.
    pattern: String.raw`\b([A-Za-z][A-Za-z'\-]{1,24})[ \t]{1,2}(${HEADS})s?\b(\.?)((?:[ \t]{0,2}(?:#|no\.|no\b|number\b|id\b|:|[-\u2013\u2014](?=[ \t])|\|)){0,3})[ \t]{0,3}(${VALUE})(?![A-Za-z0-9])`,
    group: 'last',
    triggers: IDENTIFIER_HEAD_WORDS,
    validate: (v, c) => {
      if (clinicalLabel(`${c.match[1]} ${c.match[2]}`)) return false;
      // A bare lower-case "no" is the negation ("reports no 10000 step days"); a heading's "No" or "no." is a label.
      if (c.match[2] === 'no' && c.match[3] === '') return false;
      return identifierValue(v, c);
    },
    refine: trimValue,
  },
  {
    name: 'id.value-then-label',
    type: 'ID',
    description: 'default deny: a value with four digits (or three with letters) followed by its label in parentheses, the label ending in an identifier word: 77310-B (locker number), QX4471 (pass)',
    pattern: String.raw`(?<![A-Za-z0-9\-\/.])(${VALUE})[ \t]{0,2}\(((?:[A-Za-z][A-Za-z'\-]*[ \t]){0,3}(?:${HEADS})s?\.?)\)`,
    group: 1,
    requires: '(',
    validate: (v, c) => !clinicalLabel(c.match[2]) && identifierValue(v, c),
  },
];
