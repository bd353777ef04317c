// Owns `deny.unread-number`, the default-deny pass for digits (Philter's stance, Safe Harbor's 18th class "any other
// unique identifying number, characteristic or code"): a token carrying a digit that no recognizer claimed and that
// the grammar of clinical quantities (quantityGrammar.ts) does not read is redacted. Examiners invent identifier
// formats no recognizer knows; the safe class — what clinicians measure, count and time — is small and closed.
import type { PhiSpan, PhiType } from '../../types';
import { firstWordEndingAfter, type Word } from '../tokens';
import { IDENTIFIER_CUES, readQuantity, type NumberToken } from './quantityGrammar';

export const RECOGNIZER = 'deny.unread-number';

/** A run of non-space characters with a digit: the candidate identifier shapes ("WA-4471-KP", "120/80", "5mg/kg"). */
const CHUNK_RE = /\S*\d\S*/g;
/** Where one chunk holds several tokens: list and field punctuation, a colon not inside a clock time, a comma not grouping thousands. */
const PIECE_SPLIT_RE = /[;=@()[\]{}"|*]|,(?!\d{3}(?:\D|$))|(?<!\d):|:(?!\d\d)|\.{2,}|\.(?=\p{L}{2})/gu;
const LEAD_TRIM_RE = /^[#$'`‘’“”.…–—_/\\]+/;
const TRAIL_TRIM_RE = /[.,:;!?'"`‘’“”…)\]/\\_–—-]+$/;
const HAS_DIGIT_RE = /\d/;
/** A base64 blob: 24 characters or more of its alphabet, optional padding. */
const BASE64_BLOB_RE = /^[A-Za-z0-9+/]{24,}={0,2}$/;

/** Cue words that name the identifier's class; otherwise the generic "other unique identifying number". */
const CUE_TYPES: ReadonlyMap<string, PhiType> = new Map([
  ...['phone', 'tel', 'telephone', 'cell', 'mobile', 'fax', 'pager', 'beeper', 'call', 'ph', 'ext', 'extension'].map((w) => [w, 'PHONE'] as const),
  ...['mrn', 'mr', 'chart', 'fin', 'csn', 'har', 'encounter'].map((w) => [w, 'MRN'] as const),
  ...['account', 'acct', 'policy', 'member', 'subscriber', 'claim', 'group', 'grp'].map((w) => [w, 'ACCOUNT'] as const),
  ...['license', 'licence', 'lic', 'dea', 'npi', 'certificate', 'cert', 'permit'].map((w) => [w, 'LICENSE'] as const),
  ...['plate', 'plates', 'vin', 'vehicle', 'registration'].map((w) => [w, 'VEHICLE'] as const),
  ...['serial', 'sn', 's/n', 'device', 'lot', 'model', 'implant', 'pacemaker', 'pump'].map((w) => [w, 'DEVICE'] as const),
  ['ssn', 'SSN'],
]);
const PHONE_SHAPE_RE = /^(?:\+?1[-. ]?)?\(?\d{3}\)?[-. /]?\d{3}[-. /]\d{4}$|^\d{3}[-.]\d{4}$/;
/** A ten-digit phone number with every group slashed ("581/417/2324"): area code and exchange start 2-9, unlike a slash series of values. */
const SLASHED_PHONE_RE = /^[2-9]\d\d\/[2-9]\d\d\/\d{4}$/;
/** Spans of these types are an identifier's part: an unread token they overlap grows to its whole shape ("WA-[4471]-KP"). */
const GROWABLE: ReadonlySet<PhiType> = new Set(['MRN', 'ACCOUNT', 'LICENSE', 'DEVICE', 'VEHICLE', 'ID', 'SSN']);

export interface UnreadNumberInput {
  text: string;
  words: readonly Word[];
  /** Per word: a protected clinical term (never redacted). */
  protectedTerm?: Uint8Array;
  /** Whether the clinical vocabulary holds a lower-case word. */
  known: (lower: string) => boolean;
}

/** The classifying cue before a token, or its phone shape, else the generic identifier type. */
function typeOf(t: NumberToken): PhiType {
  for (const w of t.before.slice(0, 2)) {
    const type = CUE_TYPES.get(w);
    if (type) return type;
    if (!IDENTIFIER_CUES.has(w) && w !== '#') break;
  }
  return PHONE_SHAPE_RE.test(t.value) ? 'PHONE' : 'ID';
}

/** The token's context: words before it on its line (nearest first), the word after, the characters around it. */
function tokenAt(input: UnreadNumberInput, start: number, end: number, value: string): NumberToken {
  const { text, words } = input;
  const before: string[] = [];
  let i = firstWordEndingAfter(words, start) - 1;
  let edge = start;
  while (i >= 0 && before.length < 3) {
    const w = words[i];
    if (text.slice(w.end, edge).includes('\n')) break;
    before.push(w.lower);
    edge = w.start;
    if (w.gapBefore.includes('\n')) break;
    i--;
  }
  const lineFrom = text.lastIndexOf('\n', start - 1) + 1;
  const lineStart = /^[\s#*•>\-–(\d.)]*$/.test(text.slice(lineFrom, start)) && !/\d/.test(text.slice(lineFrom, start));
  const rest = text.slice(end, end + 24);
  let after = '';
  const m = /^[ \t]{0,2}(%|°|[\p{L}µ][\p{L}\p{N}'’/.]*)/u.exec(rest);
  if (m) after = m[1].toLowerCase().replace(/[.]+$/, '');
  return {
    value,
    before,
    after,
    gapBefore: text.slice(Math.max(0, start - 3), start),
    gapAfter: text.slice(end, end + 2),
    lineStart,
    known: input.known,
    tail: text.slice(end, Math.min(end + 24, nl(text, end))),
  };
}

/** The end of the line holding `at`. */
function nl(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}

/** Yields each digit-bearing token of the note with its span: chunks split at field punctuation, brackets and quotes trimmed. */
export function* numberTokens(text: string): Generator<{ start: number; end: number; value: string }> {
  CHUNK_RE.lastIndex = 0;
  for (let m = CHUNK_RE.exec(text); m; m = CHUNK_RE.exec(text)) {
    const chunk = m[0];
    const parts: [number, string][] = [];
    let from = 0;
    PIECE_SPLIT_RE.lastIndex = 0;
    for (let sep = PIECE_SPLIT_RE.exec(chunk); sep; sep = PIECE_SPLIT_RE.exec(chunk)) {
      parts.push([from, chunk.slice(from, sep.index)]);
      from = sep.index + sep[0].length;
    }
    parts.push([from, chunk.slice(from)]);
    for (const [at, part] of parts) {
      const partStart = m.index + at;
      if (!HAS_DIGIT_RE.test(part)) continue;
      const lead = LEAD_TRIM_RE.exec(part)?.[0].length ?? 0;
      let value = part.slice(lead);
      // A lone sign before a number belongs to it ("-1.2", "+500"); a trailing one after digits too ("2+", "1-").
      value = value.replace(TRAIL_TRIM_RE, (tail) => (/^[+-]$/.test(tail) && /\d$/.test(value.slice(0, -1)) ? tail : ''));
      if (!HAS_DIGIT_RE.test(value)) continue;
      yield { start: partStart + lead, end: partStart + lead + value.length, value };
    }
  }
}

/** Joiners inside a token between its parts ("2995/pend", "CO/CI/SVR-2.4/1.42/2367"). */
const PART_RE = /[^-/>~^+&]+/g;

/**
 * A token joining a clinical word of three letters or more to numbers ("2995/pend") is a value written against its
 * word: only its unread numeric parts are redacted. Any other token is an identifier shape and is redacted whole
 * ("WA-4471-KP").
 */
function unreadParts(input: UnreadNumberInput, tok: { start: number; end: number; value: string }, t: NumberToken): [number, number][] {
  const parts: { start: number; text: string }[] = [];
  PART_RE.lastIndex = 0;
  for (let m = PART_RE.exec(tok.value); m; m = PART_RE.exec(tok.value)) parts.push({ start: tok.start + m.index, text: m[0].toLowerCase() });
  const wordPart = parts.some((p) => /^[a-z]{3,}$/.test(p.text) && input.known(p.text));
  if (!wordPart || parts.length < 2) return [[tok.start, tok.end]];
  const out: [number, number][] = [];
  for (const p of parts) {
    if (!HAS_DIGIT_RE.test(p.text)) continue;
    if (readQuantity({ ...t, value: p.text }) === null) out.push([p.start, p.start + p.text.length]);
  }
  return out.length > 0 ? out : [[tok.start, tok.end]];
}

/**
 * Adds a span for every digit-bearing token no candidate covers and no quantity rule reads. A token partly covered
 * by an identifier span grows that span to the token's whole shape.
 */
export function denyUnreadNumbers(input: UnreadNumberInput, candidates: PhiSpan[]): void {
  const { text, words, protectedTerm } = input;
  if (!HAS_DIGIT_RE.test(text)) return;
  const cover = new Int32Array(text.length);
  candidates.forEach((c, k) => cover.fill(k + 1, c.start, c.end));
  for (const tok of numberTokens(text)) {
    let coveredBy = 0;
    let free = 0;
    for (let x = tok.start; x < tok.end; x++) {
      if (cover[x]) coveredBy = cover[x];
      else free++;
    }
    if (coveredBy) {
      const owner = candidates[coveredBy - 1];
      if (free > 0 && GROWABLE.has(owner.type) && /[\p{L}\p{N}]/u.test(text.slice(tok.start, tok.end))) {
        candidates.push({ start: tok.start, end: tok.end, type: owner.type, recognizers: [RECOGNIZER] });
      }
      continue;
    }
    if (protectedTerm) {
      let prot = false;
      for (let i = firstWordEndingAfter(words, tok.start); i < words.length && words[i].start < tok.end; i++) if (protectedTerm[i]) prot = true;
      if (prot) continue;
    }
    // Encoded data (RFC 4648 base64; its padding is split off as field punctuation) is left whole for the provenance stage, which flags it.
    if (BASE64_BLOB_RE.test(tok.value) && /[a-z]/.test(tok.value) && /[A-Z]/.test(tok.value)) continue;
    const t = tokenAt(input, tok.start, tok.end, tok.value.toLowerCase());
    if (!SLASHED_PHONE_RE.test(t.value) && readQuantity(t) !== null) continue;
    const parts = unreadParts(input, tok, t);
    for (const [s, e] of parts) candidates.push({ start: s, end: e, type: typeOf(t), recognizers: [RECOGNIZER] });
  }
}
