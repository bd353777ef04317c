// Owns the opaque Relay cursors of job listings: base64url JSON naming the last job returned and a
// fingerprint of the filter, so a cursor replayed with another filter is rejected instead of skipping rows.

import { createHash } from 'node:crypto';
import { isJobId } from '../../domain/ids';
import type { JobFilter } from '../../domain/ports';
import { ValidationError } from '../../errors';

const CURSOR_VERSION = 1;
const MAX_CURSOR_CHARS = 512;

export function filterFingerprint(filter: JobFilter): string {
  const normalised = [
    filter.status ?? null,
    filter.noteType ?? null,
    filter.encounterId ?? null,
    filter.createdFrom?.toISOString() ?? null,
    filter.createdTo?.toISOString() ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(normalised)).digest('base64url').slice(0, 12);
}

export function encodeCursor(jobId: string, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, id: jobId, f: fingerprint }), 'utf8').toString('base64url');
}

/** The job id the next page starts after. Anything not produced by encodeCursor for this filter is a ValidationError. */
export function decodeCursor(cursor: string, fingerprint: string): string {
  const invalid = () => new ValidationError('Malformed cursor', { argument: 'after' });
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const c = value as { v?: unknown; id?: unknown; f?: unknown } | null;
  if (typeof c !== 'object' || c === null || c.v !== CURSOR_VERSION || typeof c.id !== 'string' || !isJobId(c.id)) {
    throw invalid();
  }
  if (c.f !== fingerprint) {
    throw new ValidationError('Cursor was issued for a different filter', { argument: 'after' });
  }
  return c.id;
}
