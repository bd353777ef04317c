// Owns reading a condition named as the reason for a past curative procedure ("s/p cholecystectomy for
// cholecystitis", "appendectomy for appendicitis in 2019", "ablation for atrial fibrillation"): the
// condition was treated and is gone, so it is history (I.C.21.c.4; a cancer excised with no further
// treatment, I.C.2.d), unless the note says it persists or is still being treated.
import { sectionAt, sentenceAt, type TextAnalysis } from '../text';
import type { Span } from '../types';

/**
 * Procedures that remove, replace or ablate what they treat. Procedures that manage a condition that
 * stays are not here: a bypass, stent or angioplasty leaves the coronary disease, a pacemaker the
 * conduction disorder, a fixation the healing fracture (a subsequent encounter, not history),
 * cardioversion the arrhythmia it may return to, dialysis the kidney failure.
 */
const CURATIVE_PROCEDURE = String.raw`(?:[a-z]+(?:ectomy|ectomies)|[a-z]*(?:ablation|isolation|resection|excision|lithotripsy|ureteroscopy|herniorrhaphy|hernioplasty|transplant|transplantation|amputation)|(?:[a-z]+ )?(?:repair|release|replacement|removal|arthroplasty))`;

/** "<procedure> [up to four words] for ": the last one in a window is the one that names the mention. */
const PROCEDURE_FOR = new RegExp(String.raw`\b${CURATIVE_PROCEDURE}\b(?:[\s,]+[\w-]+){0,4}?\s+for\s+`, 'gi');
/** Words allowed between "for" and the mention: an article and up to four qualifiers. */
const FOR_GAP = /^(?:(?:an?|the|his|her|their)\s+)?(?:[\w-]+\s+){0,4}$/i;

/** What follows a "for" of time: "the first time", "years", "two weeks". */
const FOR_TIME = /^(?:the\s+(?:first|second|last)\s+time|(?:a|an|several|many|some|a\s+few|\d+|one|two|three|four|five|six)\s+(?:years?|months?|weeks?|days?)\b|(?:years|months|weeks|days)\b)/i;

/** The "<procedure> … for" whose object is the mention starting at `mentionStart` of `window` (which ends with the mention). */
function procedureFor(window: string, mentionStart: number): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  PROCEDURE_FOR.lastIndex = 0;
  for (let m = PROCEDURE_FOR.exec(window); m; m = PROCEDURE_FOR.exec(window)) last = m;
  if (!last) return null;
  const forEnd = last.index + last[0].length;
  // "For the first time", "for two years": a time, not the procedure's object.
  if (FOR_TIME.test(window.slice(forEnd))) return null;
  return forEnd > mentionStart || FOR_GAP.test(window.slice(forEnd, mentionStart)) ? last : null;
}

/** The procedure is done: status post, prior, "after" / "since" it, a year, "ago", past-tense verbs. */
const PAST = /\b(s\/p|status[- ]post|post|prior|previous|previously|history of|hx of|h\/o|underwent|had|has had|was treated|treated with|after|following|since|(19|20)\d\d|ago|as a (child|teenager)|when (she|he|they) was|last (year|month|spring|summer|fall|autumn|winter)|in the past)\b/i;

/**
 * "Colectomy for recurrent diverticulitis", "tonsillectomy for recurring tonsillitis": recurrence named inside the
 * procedure's object is why the operation was done (its indication), not that the condition outlived it.
 */
const INDICATION_RECURRENCE = /\b(recurren(t|ce|ces)|recurring)\b/gi;

/**
 * The note says the condition outlived its procedure or is still treated: a recurrence, persistence,
 * residual disease, current adjuvant treatment.
 */
const PERSISTS = /\b(recurren(t|ce|ces)|recurred|recurring|persist(s|ent|ence|ing)?|residual|still|again|ongoing|continu(es|ing)|relapse[ds]?|redo|failed|adjuvant|undergoing|currently (on|receiving)|metasta\w*)\b/i;

/** "Hernia repair", "carpal tunnel release", "AF ablation": the condition named as the procedure's object. */
const CONDITION_PROCEDURE = /^\s*(syndrome\s+)?(repair|release|ablation|resection|excision|removal|herniorrhaphy)\b/i;

/** Characters read either side of the mention. */
const MAX_LOOKBACK_CHARS = 160;

/** "No recurrence", "without evidence of residual disease": the persistence word is denied. */
const DENIED_PERSISTENCE = /\b(no|without|free of|negative for|denies)\s+(evidence of\s+|signs? of\s+)?([a-z]+\s+)?(recurren\w*|residual|relapse\w*|metasta\w*)/gi;

/** Sections that list past operations. */
const PAST_SECTIONS = new Set(['psh', 'pmh']);

/**
 * True when the mention is what a past curative procedure was done for, in a sentence that does not say
 * the condition persists.
 */
export function treatedByPastProcedure(text: string, analysis: TextAnalysis, span: Span): boolean {
  const s = sentenceAt(analysis, span.start);
  const from = s.end > s.start ? s.start : Math.max(0, span.start - 200);
  const to = s.end > s.start ? Math.max(s.end, span.end) : span.end;
  const before = text.slice(Math.max(from, span.start - MAX_LOOKBACK_CHARS), span.start);
  const after = text.slice(span.end, Math.min(to, span.end + MAX_LOOKBACK_CHARS));
  // "<procedure> for <condition>" or "<condition> repair" ("left inguinal hernia repair in 2016"). The
  // "for" may fall inside a mention that starts earlier ("right hemicolectomy for colon cancer" read as
  // "right … colon cancer").
  const upToEnd = text.slice(Math.max(from, span.start - MAX_LOOKBACK_CHARS), span.end);
  const procedure = / for\s/i.test(upToEnd) ? procedureFor(upToEnd, upToEnd.length - (span.end - span.start)) : null;
  const named = procedure ? null : CONDITION_PROCEDURE.exec(after);
  if (!procedure && !named) return false;
  const objectStart = procedure ? from + Math.max(0, span.start - MAX_LOOKBACK_CHARS - from) + procedure.index + procedure[0].length : span.start;
  const sentence = `${text.slice(from, objectStart)}${text.slice(objectStart, span.end).replace(INDICATION_RECURRENCE, ' ')}${text.slice(span.end, to)}`;
  if (PERSISTS.test(sentence.replace(DENIED_PERSISTENCE, ' '))) return false;
  const kind = sectionAt(analysis, span.start)?.kind;
  // The words between the procedure and its "for" say when it was done too ("thyroidectomy 2 years ago for goiter").
  const context = procedure ? `${upToEnd.slice(0, procedure.index)} ${procedure[0]} ${after}` : `${before} ${after.slice(named![0].length)}`;
  return (kind !== undefined && PAST_SECTIONS.has(kind)) || PAST.test(context);
}

/**
 * "Pulmonary tuberculosis treated in 2015 (full 6-month course completed)", "H. pylori, eradicated 2019":
 * the condition named with a treatment that is finished (dated in the past, or a course stated complete).
 * Such a condition no longer exists, so it is history (I.C.21.c.4), unless the sentence says it persists.
 */
const TREATED_IN_THE_PAST = /^[\s,(-]*(?:(?:was|were|has been|had been)\s+)?(?:(?:successfully|fully|completely)\s+)?(?:treated|cured|eradicated)\b[^.;]{0,40}?\b(?:(?:in|during)\s+(?:19|20)\d\d|(?:19|20)\d\d|ago)\b/i;
const COURSE_COMPLETED = /^[^.;]{0,60}?\b(?:(?:course|treatment|therapy|regimen)\s+(?:was\s+)?completed|completed\s+(?:(?:a|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}(?:course|treatment|therapy|regimen))\b/i;

/** True when the mention is followed, in its sentence, by a finished treatment and no word of persistence. */
export function treatedToCompletion(text: string, analysis: TextAnalysis, span: Span): boolean {
  const s = sentenceAt(analysis, span.start);
  const to = s.end > s.start ? Math.max(s.end, span.end) : Math.min(text.length, span.end + MAX_LOOKBACK_CHARS);
  const after = text.slice(span.end, Math.min(to, span.end + MAX_LOOKBACK_CHARS));
  if (!TREATED_IN_THE_PAST.test(after) && !COURSE_COMPLETED.test(after)) return false;
  const from = s.end > s.start ? s.start : span.start;
  return !PERSISTS.test(text.slice(from, to).replace(DENIED_PERSISTENCE, ' '));
}
