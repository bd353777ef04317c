// Owns `chartcoder explain-phi`: for each note, every redacted span with its type, the recognizers that
// produced it and the cue words just before it, so a miss or a false alarm is explained in one line. The
// span's original text is printed for the operator reading their own file on stdout; it is never logged.
import type { Writable } from 'node:stream';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { redact, type PhiDetector } from '../engine/phi';

export interface ExplainOptions {
  input: Readable;
  output: Writable;
  errors: Writable;
  detector?: PhiDetector;
}

const CUE_CHARS = 32;

/** The words just before a span (a label, title or cue word) on the same line. */
export function cueBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - CUE_CHARS), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return line.replace(/\s+/g, ' ').trim();
}

export async function explainPhi(options: ExplainOptions): Promise<{ notes: number; spans: number; malformed: number }> {
  const rl = createInterface({ input: options.input, crlfDelay: Infinity });
  let notes = 0;
  let spans = 0;
  let malformed = 0;
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      malformed++;
      options.errors.write(`line ${lineNo}: not JSON, skipped\n`);
      continue;
    }
    if (typeof record.text !== 'string') {
      malformed++;
      options.errors.write(`line ${lineNo}: no "text" string, skipped\n`);
      continue;
    }
    notes++;
    const id = record.id === undefined ? `line ${lineNo}` : String(record.id);
    const r = redact(record.text, { detector: options.detector });
    options.output.write(`== ${id}: ${r.spans.length} spans\n`);
    for (const s of r.spans) {
      spans++;
      const cue = cueBefore(record.text, s.start);
      options.output.write(
        `${String(s.start).padStart(6)}-${String(s.end).padEnd(6)} ${s.type.padEnd(9)} ${JSON.stringify(record.text.slice(s.start, s.end))}` +
          `  by ${(s.recognizers ?? []).join(', ')}${cue ? `  after ${JSON.stringify(cue)}` : ''}\n`,
      );
    }
  }
  return { notes, spans, malformed };
}
