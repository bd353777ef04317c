// Owns `chartcoder process`: streams JSON Lines notes through the clinical engine with constant
// memory, reporting malformed lines by number (never their content: it may be PHI) and carrying on.
import fs from 'node:fs';
import readline from 'node:readline';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import type { ClinicalEngine, EngineResult, RedactionMode } from '../engine';
import { toFhirBundle } from '../fhir/bundle';
import { fhirInputFromEngineResult } from '../fhir/inputs';

export interface ProcessStats {
  lines: number;
  notes: number;
  malformed: number;
  bytesIn: number;
  elapsedMs: number;
}

export interface ProcessOptions {
  input: NodeJS.ReadableStream;
  output: Writable;
  engine: ClinicalEngine;
  /** Diagnostics (malformed lines, progress); never note text. */
  errors: Writable;
  /** Total input size in bytes when known, for the progress line. */
  totalBytes?: number;
  progress?: boolean;
  /** Redaction mode (default TAG). */
  redaction?: RedactionMode;
  /** SURROGATE: a run seed makes the output reproducible; each note still gets its own date shift (seed + id). */
  surrogateSeed?: string;
  /** `json` (default): the engine's record; `fhir`: one FHIR R4 Bundle per note. */
  format?: OutputFormat;
  /** Clock for the FHIR Bundle's timestamp (injected for tests). */
  now?: () => Date;
}

export const OUTPUT_FORMATS = ['json', 'fhir'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export type NoteLine = { id: string; text: string };

/** Parses one JSON line into a note, or returns the reason it is unusable. */
export function parseNoteLine(line: string, lineNumber: number): NoteLine | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return { error: '"text" is missing or not a string' };
  const id = record.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return { error: '"id" must be a string or a number' };
  return { id: id === undefined ? `line-${lineNumber}` : String(id), text: record.text };
}

export function toOutputRecord(id: string, r: EngineResult): Record<string, unknown> {
  return {
    id,
    redactedText: r.redactedText,
    redaction: r.redaction,
    phi: r.phi.map((p) => ({ start: p.start, end: p.end, type: p.type })),
    summary: { text: r.summary.text, sections: r.summary.sections.map((s) => ({ title: s.title, text: s.text })) },
    // Built by the domain's one report builder (buildReport), as the service's reports are.
    codes: r.codes,
    rejectedCodes: r.rejectedCodes,
    needsReview: r.needsReview,
    reviewReasons: r.reviewReasons,
    nonClinicalSegments: r.nonClinicalSegments,
    droppedCandidates: r.droppedCandidates,
    codeSetVersion: r.codeSetVersion,
    timingsMs: r.timingsMs,
  };
}

/**
 * One note as a FHIR Bundle. The Bundle needs redacted-text offsets, which the engine's result does not
 * carry, so the note is redacted once more with the same seed (a fresh random one when none is given,
 * shared by both calls so surrogates agree).
 */
function toFhirRecord(note: NoteLine, options: ProcessOptions, seed: string | undefined): Record<string, unknown> {
  const surrogateSeed = seed ?? (options.redaction === 'SURROGATE' ? randomBytes(16).toString('hex') : undefined);
  const result = options.engine.process(note.text, { redaction: options.redaction, surrogateSeed });
  const redaction = options.engine.redact(note.text, { mode: options.redaction, surrogateSeed });
  const now = (options.now ?? (() => new Date()))();
  return toFhirBundle(fhirInputFromEngineResult(note.id, result, redaction, now.toISOString()));
}

export async function processNotes(options: ProcessOptions): Promise<ProcessStats> {
  const started = Date.now();
  const stats: ProcessStats = { lines: 0, notes: 0, malformed: 0, bytesIn: 0, elapsedMs: 0 };
  const rl = readline.createInterface({ input: options.input, crlfDelay: Infinity });
  let lastProgress = 0;
  for await (const raw of rl) {
    stats.lines++;
    stats.bytesIn += Buffer.byteLength(raw) + 1;
    const line = raw.trim();
    if (!line) continue;
    const parsed = parseNoteLine(line, stats.lines);
    if ('error' in parsed) {
      stats.malformed++;
      options.errors.write(`line ${stats.lines}: skipped, ${parsed.error}\n`);
      continue;
    }
    let out: string;
    try {
      const seed = options.surrogateSeed === undefined ? undefined : `${options.surrogateSeed}\u0000${parsed.id}`;
      out = JSON.stringify(options.format === 'fhir'
        ? toFhirRecord(parsed, options, seed)
        : toOutputRecord(parsed.id, options.engine.process(parsed.text, { redaction: options.redaction, surrogateSeed: seed })));
    } catch (err) {
      // An engine fault on one note must not stop the run; the message is ours, not note text.
      stats.malformed++;
      options.errors.write(`line ${stats.lines}: failed, ${(err as Error).name}\n`);
      continue;
    }
    stats.notes++;
    if (!options.output.write(out + '\n')) await once(options.output, 'drain');
    if (options.progress && Date.now() - lastProgress > 250) {
      lastProgress = Date.now();
      const pct = options.totalBytes ? ` ${Math.min(100, (100 * stats.bytesIn) / options.totalBytes).toFixed(0)}%` : '';
      options.errors.write(`\r${stats.notes} notes${pct} (${stats.malformed} skipped)`);
    }
  }
  if (options.progress) options.errors.write('\r\x1b[K');
  stats.elapsedMs = Date.now() - started;
  return stats;
}

export function openInput(path: string): { stream: NodeJS.ReadableStream; totalBytes?: number } {
  if (path === '-') return { stream: process.stdin };
  const totalBytes = fs.statSync(path).size;
  return { stream: fs.createReadStream(path), totalBytes };
}
