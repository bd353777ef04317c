// Owns the summary length budget's defaults (README: SUMMARY_MAX_RATIO, SUMMARY_SHORT_NOTE_WORDS), in a
// module of their own so configuration can read them without loading the summarizer.
export const SUMMARY_DEFAULTS = {
  /** Summary words at most this fraction of the note's words. */
  maxRatio: 0.25,
  /** A shorter note is budgeted as if this long, so its problem and plan still fit (30 words at 0.25). */
  shortNoteWords: 120,
} as const;
