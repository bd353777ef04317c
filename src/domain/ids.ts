// Owns job id generation: ULIDs (48-bit millisecond time + 80 random bits, Crockford base32), so ids
// sort by creation time and the store can list newest first and range-filter by creation time on the key.

import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const MAX_TIME_MS = 2 ** 48 - 1;
export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function encodeTime(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_TIME_MS) throw new RangeError('ULID time out of range');
  let out = '';
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

export function decodeTime(ulid: string): number {
  let ms = 0;
  for (const ch of ulid.slice(0, TIME_CHARS)) ms = ms * 32 + ALPHABET.indexOf(ch);
  return ms;
}

export function newJobId(nowMs: number, random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(RANDOM_CHARS);
  let tail = '';
  for (let i = 0; i < RANDOM_CHARS; i++) tail += ALPHABET[bytes[i] % 32];
  return encodeTime(nowMs) + tail;
}

/** Smallest and largest ULID created within [fromMs, toMs]: the key range for a created-time filter. */
export function idRange(fromMs: number, toMs: number): { low: string; high: string } {
  return {
    low: encodeTime(Math.max(0, fromMs)) + '0'.repeat(RANDOM_CHARS),
    high: encodeTime(Math.min(MAX_TIME_MS, toMs)) + 'Z'.repeat(RANDOM_CHARS),
  };
}

export function isJobId(value: string): boolean {
  return ULID_PATTERN.test(value);
}
