// Owns the declaration format of pattern recognizers: a named regular expression with the PHI type it
// finds, the cheap trigger words that gate it, optional context words and an optional validator hook
// (checksum, calendar, number ranges) — the Presidio PatternRecognizer shape, as plain data.
import type { PhiType } from '../../types';

/** What a validator or refiner may read: the whole note and where the value sits in it. */
export interface MatchContext {
  text: string;
  /** Value span in the note (the capture group when `group` is set, else the whole match). */
  start: number;
  end: number;
  match: RegExpExecArray;
}

export interface ContextWords {
  /** Lower-case words or phrases looked for in `windowChars` characters before the value (and after when `after`). */
  words: readonly string[];
  windowChars?: number;
  after?: boolean;
  /**
   * true: the value is emitted only with a context word nearby (weak shapes such as an undashed SSN).
   * false (default): a context word rescues a value whose validator failed (a DEA number with a typo).
   */
  required?: boolean;
}

export interface PatternRecognizerDef {
  /** Stable name reported on every span (`date.numeric`, `ssn`): appears in explain-phi and audit records. */
  name: string;
  type: PhiType;
  /** The general format this recognizer serves, in a phrase (shown by explain-phi and the tests). */
  description: string;
  /** Regular-expression source; must be linear (no nested unbounded quantifiers). */
  pattern: string;
  /** Default 'gi'. */
  flags?: string;
  /** Capture group holding the value (a consumed cue word stays out of the span); 'last' = the last group. */
  group?: number | 'last';
  /**
   * Lower-case tokens of which at least one must occur in the note for the pattern to run. Shape triggers:
   * `#ordinal` (3rd), `#age90` (a number 90–129, alone or glued: 92yo), `#alnum9` (a 9+ character token with
   * letters and digits), `#zip5` (five digits), `#digits6`, `#digits7`, `#digits8`, `#digits9` (6, 7, 8, 9+ digits), `#year` (19xx, 20xx),
   * `#daymonth` (12MAR2024), `#yearmonth` (2017JUL21), `#colons` (a short token followed by two colon-joined tokens: IPv6, clock times),
   * `#zero7` (7+ digits starting with 0), `#alnum7` (a 7+ character token mixing letters and digits),
   * `#dashid` (anchored one or two tokens before a 3+ character token that follows a dash: S24-11873, CLM-6673-0373).
   * Omitted: the pattern always runs.
   */
  triggers?: readonly string[];
  /**
   * The match starts at one of the trigger words ("MRN", "DOB", "pager"): the registry tries the pattern only
   * at those tokens (sticky) instead of scanning the whole note. Every first word of the pattern must be a trigger.
   */
  anchored?: boolean;
  /** A substring that must occur in the note ('@' for e-mail): cheaper than a token trigger. */
  requires?: string;
  context?: ContextWords;
  /** Returns false to drop the value (checksum, calendar validity, clinical look-alike). */
  validate?: (value: string, ctx: MatchContext) => boolean;
  /** Adjusts the emitted span (drops a cue word, trailing punctuation); null drops it. */
  refine?: (ctx: MatchContext) => { start: number; end: number } | null;
  /** Off unless the caller asks (bare years are not PHI under Safe Harbor). */
  optIn?: 'years';
}
