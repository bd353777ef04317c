// Owns the units a summary is chosen from: whole sentences (or whole list items) of the note, each a
// verbatim span that ends where the note's sentence or line ends. The text analyser's sentences are
// regrouped so no unit is a fragment: clauses split at a semicolon or comma on one line are joined
// again, and notes whose line breaks were flattened into commas (",PLAN:,1.  Start ...") are split at
// those breaks, with the inline headers they carry giving the unit its section kind.
import { findHeaders, type TextAnalysis } from '../text';
import type { SectionKind, Span } from '../types';

export type ListMarker = 'number' | 'hash' | 'bullet' | 'problem' | null;

export interface Unit extends Span {
  /** Index in the unit list (note order). */
  index: number;
  kind: SectionKind;
  /** Index of the analyser's section the unit lies in (an inline header does not change it). */
  sectionIndex: number;
  /** The list marker the unit's line starts with ("1.", "#", "•", "Problem 2:"), when any. */
  marker: ListMarker;
  /** Nothing but whitespace or a list marker before it on its line. */
  lineStart: boolean;
  /** Nothing but whitespace after it on its line. */
  lineEnd: boolean;
  /** First unit of a paragraph (after a blank line, a header or the start of its section). */
  paragraphStart: boolean;
  words: number;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/**
 * Maximal runs of letters and digits (any script): what `text.match(/[\p{L}\p{N}]+/gu).length` counts, without
 * building the array of words (it runs on every unit and on the whole note).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    if (c < 128) {
      const lower = c | 32;
      isWord = (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122);
    } else {
      const cp = text.codePointAt(i)!;
      isWord = WORD_CHAR.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (isWord && !inWord) words++;
    inWord = isWord;
  }
  return words;
}

/** A comma right after a full stop or colon is a flattened line break (prose never writes ".," or ":,"). */
const FLATTENED_BREAK = /([.:])[ \t]*,[ \t]*/g;
/** A header label at the start of a piece: "ALLERGIES:", "Vitals:", "POSTOPERATIVE DIAGNOSIS:". */
// Markdown bold may wrap the label with or without its colon ("**Disposition:** home", "**Plan**: ...").
const LEADING_LABEL = /^([A-Za-z][A-Za-z /&()-]{1,48})(?:\*\*|__)?:(?:\*\*|__)?[ \t]*/;
/**
 * Markdown emphasis ("**#1 Sepsis - improving.**", "__Plan__") marks a heading in notes typed in a markdown editor;
 * the asterisks are markup, not text, so a unit starts and ends inside them. A lone "* " is a bullet, never emphasis.
 */
const EMPHASIS_OPEN = /^(?:\*\*|__)(?=\S)/;
const EMPHASIS_CLOSE = /(?<=\S)(?:\*\*|__)$/;
/** "o" is the second-level bullet of word processors pasted as text ("1. AF\n    o Status: ...\n    o Holter monitor"). */
// "#3 Atrial fibrillation" numbers a problem after its hash: the number is part of the marker, not of the heading.
// A pharmacist's review numbers its drug therapy problems ("DTP 2 - Overtreated diabetes.", "DRP 1:", "MRP 3 -", PCNE and
// Cipolle's terms): each heads the problem it names, as "Problem 2:" does.
const LIST_MARKER = /^(?:(\d{1,2}|[IVX]{1,4})[.)](?=\s)|#\s*\d{1,2}[.):]?(?=\s)|#(?=\s*\S)|[•·*▪◦●‣⁃–—-](?=\s)|o(?=[ \t]+\S)|([a-h])[.)](?=[ \t]+\S)|(problem|issue|diagnosis|dx|dtp|drp|mrp|drug[- ]therapy problem|drug[- ]related problem|medication[- ]related problem)\s*#?\d{1,2}\s*[:.–—-])\s*/i;
const LEAD_TRIM = /[\s,]/u;
/** A line break before an outline bullet or lettered sub-item line ("\n    o Holter monitor", "\n    b. Status: stable"). */
const OUTLINE_BREAK = /\n(?=[ \t]*(o[ \t]+\S|[a-h][.)]([ \t]+\S|\s*$)))/g;

/** The section kind a label names, when it is a known clinical header ("HEENT" and "Medical Reasoning" are not). */
/** Labels repeat across notes ("Medical Reasoning", "HEENT"): each is classified once per process (bounded). */
const labelKinds = new Map<string, SectionKind | null>();
const MAX_LABELS_CACHED = 5_000;

export function labelKind(label: string): SectionKind | undefined {
  const key = label.trim();
  const hit = labelKinds.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const kind = classifyLabel(label);
  if (labelKinds.size < MAX_LABELS_CACHED) labelKinds.set(key, kind ?? null);
  return kind;
}

/**
 * Operative and procedure report headers the analyser does not type: the indication is why the patient came
 * (the summary's reason for visit), the operation performed is the procedure.
 */
const INDICATION_LABEL = /^(indications?|reasons?) for (the )?(surgery|procedures?|operations?|study|examination|exam|endoscopy|colonoscopy|consultation|referral|admission)$|^indications?$|^clinical indications?$/i;
const MED_CHANGES_LABEL = /^((medication|med|drug|prescription)s? (changes?|adjustments?)( made)?( today| this visit)?|changes (to|in) (medications|meds))$/i;
const DECISION_LABEL = /^(mdm|medical decision[- ]making|clinical decision[- ]making|(ed|emergency department|er) course)$/i;
const DOMAIN_HISTORY_LABEL = /^(oncolog(ic|ical|y)|cancer|cardiac|cardiovascular|surgical|obstetric(al)?|gyn(a)?ecolog(ic|ical)|psychiatric|transplant|renal|pulmonary|neurolog(ic|ical)|treatment) history$/i;
const PROCEDURE_LABEL = /^(operations?|procedures?|surger(y|ies)) (performed|done)$|^(name|title) of (the )?(operation|procedure)s?$/i;

function classifyLabel(label: string): SectionKind | undefined {
  const t = label.trim();
  if (INDICATION_LABEL.test(t)) return 'chief_complaint';
  // Terse notes abbreviate the allergy label ("All: sulfa", "ALG: none").
  if (/^(all|alg|algy|drug allergies|adverse (drug )?reactions)$/i.test(t)) return 'allergies';
  if (PROCEDURE_LABEL.test(t)) return 'procedures';
  // "Medication changes:", "Med changes today:": what was ordered in this encounter, a plan of drug orders.
  if (MED_CHANGES_LABEL.test(t)) return 'plan';
  // "Assessment and plan by problem", "Plan by system": a known header with how it is organised.
  const organised = /^(.*\S)\s+by\s+(problems?|systems?|organ systems?|diagnos[ie]s|issues?)$/i.exec(t);
  // "Review by problem", "Discussion by issue": whatever its first word, a passage told problem by problem assesses them.
  if (organised) return labelKind(organised[1]) ?? (/^(problems?|issues?|diagnos[ie]s)$/i.test(organised[2]) ? 'assessment_plan' : undefined);
  // "Problem-based A&P", "Problem-oriented assessment and plan": the same header, said how it is organised first.
  const prefixed = /^(?:problem|system|issue)[- ]?(?:based|oriented|focused)\s+(\S.*)$/i.exec(t);
  if (prefixed) return labelKind(prefixed[1]);
  const h = findHeaders(`${label.trim()}:\n`)[0];
  if (h && h.start === 0) return h.kind;
  // An emergency department's medical decision making tells what was done in this encounter, as a hospital course does.
  if (DECISION_LABEL.test(t)) return 'hospital_course';
  // "Oncologic history:", "Cardiac history:": the patient's past in one field, as a past medical history is.
  if (DOMAIN_HISTORY_LABEL.test(t)) return 'pmh';
  // A compound header ("MDM / Assessment and Plan", "Assessment / Plan") takes the kind of its recognised parts; one
  // joined by "and" ("ED course and MDM") only when every part is a header ("Indications and procedure details" is not).
  const slashed = label.split(/\s*\/\s*/);
  const anded = label.split(/\s+and\s+|\s*&\s*/i);
  const parts = slashed.length >= 2 ? slashed : anded;
  if (parts.length < 2) return undefined;
  const kinds = parts.map((p) => labelKind(p)).filter((k): k is SectionKind => k !== undefined);
  if (parts === anded && kinds.length < parts.length) return undefined;
  if (kinds.some((k) => k === 'assessment' || k === 'impression') && kinds.includes('plan')) return 'assessment_plan';
  // "MDM / Assessment and Plan": the assessment part decides, whatever is written first.
  return kinds.find((k) => k === 'assessment_plan' || k === 'assessment' || k === 'impression') ?? kinds[0];
}

/** A line that is only a header without its colon ("Assessment / Plan"), which the analyser did not take. */
function headerLineKind(text: string, p: Span, lines: LineBreaks): SectionKind | undefined {
  // A gloss on how the section is laid out ("A/P (problem | status | plan):", "Assessment (by problem):") is not its name.
  const body = text.slice(p.start, p.end).replace(/^(\*\*|__)|(\*\*|__)?(:(\*\*|__)?)?\s*$/g, '').replace(/\s*\([^()\n]{1,60}\)\s*$/, '');
  if (countWords(body) > 6 || !/^[A-Za-z][A-Za-z /&()-]*$/.test(body)) return undefined;
  if (!/^[\s*_]*$/.test(text.slice(p.end, lines.lineEndOf(p.end)))) return undefined;
  return labelKind(body);
}

interface Piece extends Span {
  kind?: SectionKind;
  marker: ListMarker;
  /** Only a header label or a list marker: it qualifies what follows and is not a unit itself. */
  bare: boolean;
}

/** Splits [start, end) at flattened line breaks and strips leading separators, markers and known header labels. */
function pieces(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  const cuts: number[] = [start];
  FLATTENED_BREAK.lastIndex = 0;
  const body = text.slice(start, end);
  for (let m = FLATTENED_BREAK.exec(body); m; m = FLATTENED_BREAK.exec(body)) cuts.push(start + m.index + 1);
  // An outline bullet opening a line is an item of its own even where the analyser ran the lines into one sentence
  // (items without full stops).
  OUTLINE_BREAK.lastIndex = 0;
  for (let m = OUTLINE_BREAK.exec(body); m; m = OUTLINE_BREAK.exec(body)) cuts.push(start + m.index + 1);
  // A row of a table written with pipes ("omeprazole | 40 mg daily | discontinued | renal function") or a line of a change
  // written with an arrow ("lisinopril: 10 mg daily → 20 mg daily") is an item of its own, as a table's row is, even where
  // the analyser ran rows without full stops into one sentence.
  for (let nl = body.indexOf('\n'); nl >= 0; nl = body.indexOf('\n', nl + 1)) {
    const before = body.slice(body.lastIndexOf('\n', nl - 1) + 1, nl);
    const afterEnd = body.indexOf('\n', nl + 1);
    const after = body.slice(nl + 1, afterEnd < 0 ? body.length : afterEnd);
    if (ROW_LINE.test(before) || ROW_LINE.test(after)) cuts.push(start + nl + 1);
  }
  cuts.sort((a, b) => a - b);
  cuts.push(end);
  for (let k = 0; k + 1 < cuts.length; k++) {
    let s = cuts[k];
    const e = trimEnd(text, s, cuts[k + 1]);
    while (s < e && LEAD_TRIM.test(text[s])) s++;
    let marker: ListMarker = null;
    let kind: SectionKind | undefined;
    let peeled = false;
    // Labels and markers may repeat ("ASSESSMENT AND PLAN:,1.  Pneumonia."): peel them off in turn.
    for (;;) {
      const rest = text.slice(s, e);
      const emphasis = EMPHASIS_OPEN.exec(rest);
      if (emphasis && emphasis[0].length < rest.length) {
        s += emphasis[0].length;
        continue;
      }
      const label = LEADING_LABEL.exec(rest);
      const labelled = label ? labelKind(label[1]) : undefined;
      if (label && labelled) {
        kind = labelled;
        marker = null;
        // "Follow-up: PCP in 1 week." reads as a follow-up only with its label: keep it in the unit.
        if (KEEP_LABEL.test(label[1]) && label[0].length < rest.length) break;
        s += label[0].length;
        continue;
      }
      if (BARE_MARKER.test(rest)) {
        // A lettered sub-item ("a.", "b)") is a bullet under its numbered item.
        marker = /^[a-h]/.test(rest) ? 'bullet' : 'number';
        s = e;
        break;
      }
      const lm = LIST_MARKER.exec(rest);
      // A sub-item letter is lower case and the line's only marker: after a bullet, or in capitals, a letter and its stop
      // open a genus ("- C. difficile PCR sent", "E. coli bacteremia"), never an item.
      if (lm && lm[2] && (peeled || lm[2] !== lm[2].toLowerCase())) break;
      if (lm && lm[0].length < rest.length) {
        peeled = true;
        marker = lm[1] ? 'number' : lm[3] ? 'problem' : lm[0].startsWith('#') ? 'hash' : 'bullet';
        s += lm[0].length;
        continue;
      }
      break;
    }
    out.push({ start: s, end: Math.max(s, e), kind, marker, bare: s >= e });
  }
  return out;
}

/** A table row (two pipes or more) or a line changing a dose with a spaced arrow. */
const ROW_LINE = /\|[^|\n]*\||\s(→|->|⟶)\s/;
/** "3", "3.", a Roman numeral with its stop ("VI."), as impressions number their problems, and a sub-item letter ("b."). */
const BARE_MARKER = /^(\d{1,2}[.)]?|[IVX]{1,4}[.)]|[a-h][.)])$/;
/** Header labels that carry the meaning of what follows them. */
const KEEP_LABEL = /^(follow[- ]?up|followup|return|disposition|pending)\b/i;

function trimEnd(text: string, start: number, end: number): number {
  for (;;) {
    while (end > start && /[\s,]/u.test(text[end - 1])) end--;
    const close = EMPHASIS_CLOSE.exec(text.slice(Math.max(start, end - 3), end));
    if (!close || end - close[0].length <= start) return end;
    end -= close[0].length;
  }
}

/**
 * The offsets of a note's line breaks, so the start and end of the line around an offset is a binary search:
 * scanning for the nearest '\n' from every unit costs the whole line per unit on notes written as one long line.
 */
class LineBreaks {
  private readonly breaks: number[] = [];

  constructor(private readonly text: string) {
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) this.breaks.push(nl);
  }

  /** Index of the first line break at or after `offset` (breaks.length when none). */
  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** What `text.lastIndexOf('\n', offset - 1) + 1` gives. */
  lineStartOf(offset: number): number {
    const i = this.firstAtOrAfter(offset) - 1;
    return i >= 0 ? this.breaks[i] + 1 : 0;
  }

  /** What `text.indexOf('\n', offset)` gives, or the text's length when no break follows. */
  lineEndOf(offset: number): number {
    const i = this.firstAtOrAfter(offset);
    return i < this.breaks.length ? this.breaks[i] : this.text.length;
  }
}

/** True when [a, b) holds only whitespace and list-marker characters. */
function onlyMarkup(text: string, a: number, b: number): boolean {
  return /^[\s•·*_▪◦●‣⁃–—#\-\d.),]*$/u.test(text.slice(a, b));
}

/**
 * The note's units in order. Consecutive analyser sentences on one line are joined when the first ends in a
 * semicolon, comma or colon-less clause mark, so "History of prostate cancer, in remission; no evidence of
 * recurrence." stays one unit and its negation stays with it.
 */
/** Rule lines of a fixed-width table at a sentence's start ("--  -----------  ------"), with their line breaks. */
const TABLE_RULE_LINES = /^(?:[ \t]*[-=_]{2,}(?:[ \t]+[-=_+|]{2,})*[ \t]*\n)+/;
/** The gap before a fixed-width table's wrapped cell: one line break, then the indentation of a later column. */
const TABLE_WRAP_GAP = /^[ \t]*\n[ \t]{8,}$/;

export function buildUnits(analysis: TextAnalysis): Unit[] {
  const { text } = analysis;
  const spans: Array<Span & { sectionIndex: number }> = [];
  for (const sentence of analysis.sentences) {
    // A fixed-width table's rule line ("--  ------  ----") is markup: the row under it starts after it.
    const rule = TABLE_RULE_LINES.exec(text.slice(sentence.start, sentence.end));
    const s = rule ? { ...sentence, start: sentence.start + rule[0].length } : sentence;
    if (s.start >= s.end || countWords(text.slice(s.start, s.end)) === 0) continue;
    const prev = spans[spans.length - 1];
    const gap = prev ? text.slice(prev.end, s.start) : '';
    const prevBody = prev ? text.slice(prev.start, prev.end) : '';
    // A fixed-width table wraps a long cell onto a line indented to its column: the row goes on there.
    const wrappedCell = TABLE_WRAP_GAP.test(gap) && !/[.!?:]\s*$/.test(prevBody) && / {2,}\S/.test(prevBody);
    if (prev && prev.sectionIndex === s.sectionIndex && ((/[;,]\s*$/.test(prevBody) && !gap.includes('\n')) || wrappedCell)) {
      prev.end = s.end;
    } else {
      spans.push({ start: s.start, end: s.end, sectionIndex: s.sectionIndex });
    }
  }
  const units: Unit[] = [];
  const lines = new LineBreaks(text);
  let inlineKind: SectionKind | undefined;
  let pendingMarker: ListMarker = null;
  let lastSection = -1;
  for (const span of spans) {
    const section = analysis.sections[span.sectionIndex];
    if (span.sectionIndex !== lastSection) {
      inlineKind = undefined;
      pendingMarker = null;
      lastSection = span.sectionIndex;
    }
    for (const p of pieces(text, span.start, span.end)) {
      if (p.kind) inlineKind = p.kind;
      if (p.bare) {
        if (p.marker) pendingMarker = p.marker;
        continue;
      }
      const headerKind = onlyMarkup(text, lines.lineStartOf(p.start), p.start) ? headerLineKind(text, p, lines) : undefined;
      if (headerKind) {
        inlineKind = headerKind;
        continue;
      }
      // A header-only piece inside the header region of its section (the analyser's own header line).
      if (section?.title && p.start >= section.start && p.end <= section.bodyStart) continue;
      const body = text.slice(p.start, p.end);
      if (countWords(body) === 0) continue;
      const ls = lines.lineStartOf(p.start);
      const le = lines.lineEndOf(p.end);
      const flattenedStart = /[.:][ \t]*,[ \t]*$/.test(text.slice(Math.max(0, p.start - 8), p.start));
      const marker = p.marker ?? pendingMarker ?? markerBefore(text, ls, p.start);
      const lineStart = onlyMarkup(text, ls, p.start) || onlyMarkers(text.slice(ls, p.start)) || flattenedStart || pendingMarker !== null;
      pendingMarker = null;
      const lineEnd = /^[\s,*_]*$/.test(text.slice(p.end, le)) || (/^[ \t]*,/.test(text.slice(p.end, p.end + 3)) && /[.:]$/.test(body));
      const prevUnit = units[units.length - 1];
      const blankBefore = /\n[ \t]*\n[\s•·*#\-\d.)]*$/.test(text.slice(Math.max(0, p.start - 200), p.start));
      const kind = inlineKind ?? section?.kind ?? 'other';
      const paragraphStart = !prevUnit || prevUnit.sectionIndex !== span.sectionIndex || blankBefore || kind !== prevUnit.kind || p.start === section.bodyStart;
      units.push({
        start: p.start,
        end: p.end,
        index: units.length,
        kind,
        sectionIndex: span.sectionIndex,
        marker,
        lineStart,
        lineEnd,
        paragraphStart,
        words: countWords(body),
      });
    }
  }
  return units;
}

/** "Problem 3: ", "# Problem: ", "2) ": nothing but list markers before a unit on its line (it starts the line's item). */
// The unit's own first character stands after the prefix: a lettered item or outline bullet ("g) ", "o ") is a marker
// only before text, which the prefix alone no longer shows.
function onlyMarkers(prefix: string): boolean {
  let rest = prefix.trimStart();
  for (let guard = 0; rest && guard < 4; guard++) {
    const m = LIST_MARKER.exec(`${rest}x`) ?? /^(problem|issue|diagnosis|dx)\s*:\s*/i.exec(rest);
    if (!m || !m[0].length) break;
    rest = rest.slice(Math.min(m[0].length, rest.length));
  }
  return !rest.trim();
}

function markerBefore(text: string, lineStart: number, start: number): ListMarker {
  const before = text.slice(lineStart, start).trim();
  if (!before) return null;
  if (/^(\d{1,2}|[IVX]{1,4})[.)]$/.test(before)) return 'number';
  if (before.startsWith('#')) return 'hash';
  return /^([•·*▪◦●‣⁃–—o-]|[a-h][.)])$/u.test(before) ? 'bullet' : null;
}
