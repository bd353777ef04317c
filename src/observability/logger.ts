// Owns structured logging: pino JSON with request and job ids. Note text must never be logged; as a
// second line of defence, fields that could carry it are redacted by path.
import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths that may hold PHI or secrets if someone logs a whole object by mistake. */
export const REDACTED_PATHS = [
  'text',
  '*.text',
  'input.text',
  'inputs[*].text',
  'redactedText',
  '*.redactedText',
  'note',
  '*.note',
  'variables',
  '*.variables',
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'connectionParams',
  '*.connectionParams',
];

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'chartcoder' },
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}
