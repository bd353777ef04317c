// Owns the faithfulness checks of a summary statement against its note: does a statement end where a
// sentence or a whole clause ends (no truncation), and does every condition it names carry the same
// ConText attributes (negated, uncertain, family, historical) as the note gives that condition in the
// statement's quoted source. Shared by the engine's summarizer, the Bedrock verifier and the evaluation.
import { detectProvenance, detectSections, splitSentences, type Provenance, type TextAnalysis } from '../text';
import type { ConceptMention } from '../coding';
import type { MentionContext, Span } from '../types';

/** The attributes a summary must carry over: "no evidence of malignancy" never becomes "malignancy". */
export const CONTEXT_ATTRIBUTES = ['negated', 'uncertain', 'family', 'historical'] as const;
export type ContextAttribute = (typeof CONTEXT_ATTRIBUTES)[number];

/** Finds the conditions a text names, with their context (the engine's coder, bound by the caller). */
export type MentionFinder = (text: string, analysis: TextAnalysis) => ConceptMention[];

export interface Contradiction {
  /** The condition's code (the coder's), never note text. */
  code: string;
  attribute: ContextAttribute;
  /** The attribute's value in the note (in the statement it is the opposite). */
  inNote: boolean;
}

function category(code: string): string {
  return code.replace('.', '').slice(0, 3);
}

function differs(a: MentionContext, b: MentionContext): ContextAttribute | undefined {
  return CONTEXT_ATTRIBUTES.find((k) => a[k] !== b[k]);
}

/**
 * Conditions a statement names whose context differs from the note's for the same condition inside the
 * statement's sources. A condition is matched by code, then by 3-character category; one the sources do
 * not name is not judged here (an unsupported statement is the quote check's business). A condition the
 * note states with two contexts within the sources (affirmed and negated) is not a contradiction when the
 * statement agrees with either.
 */
export function statementContradictions(
  statementText: string,
  sources: readonly Span[],
  noteMentions: readonly ConceptMention[],
  findMentions: MentionFinder,
): Contradiction[] {
  const inSources = noteMentions.filter((m) => sources.some((s) => m.span.start >= s.start && m.span.end <= s.end));
  if (!inSources.length) return [];
  const said = findMentions(statementText, statementAnalysis(statementText)).filter((m) => m.maximal);
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  for (const m of said) {
    let same = inSources.filter((n) => n.code === m.code);
    if (!same.length) same = inSources.filter((n) => category(n.code) === category(m.code));
    if (!same.length) continue;
    if (same.some((n) => differs(n.context, m.context) === undefined)) continue;
    const attribute = differs(same[0].context, m.context)!;
    const key = `${m.code}:${attribute}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: m.code, attribute, inNote: same[0].context[attribute] });
  }
  return out;
}

/**
 * The analysis of a statement read alone, as `analyzeText` gives it, except that its provenance (the costliest part:
 * every clause through the statement tests) is read only when the finder asks for it. The engine's finder (the coder's
 * scan) never does, and the guard runs on every candidate statement of every note.
 */
function statementAnalysis(text: string): TextAnalysis {
  const sections = detectSections(text);
  const sentences = splitSentences(text, sections);
  let provenance: Provenance | undefined;
  return {
    text,
    sections,
    sentences,
    get provenance(): Provenance {
      return (provenance ??= detectProvenance(text, sections, sentences));
    },
  };
}

const HORIZONTAL_SPACE = /[ \t\u00a0]/;
const TERMINAL = /[.!?)\]"'”’]/;
const DANGLING_END = /(?:[,;:–—-]|\b(?:and|or|but|with|without|of|to|for|the|a|an|in|on|at|by|from|as|if|than|that|which|who|because|including|versus|vs))$/i;

/**
 * A statement's span is complete when it ends a sentence (terminal punctuation) or a line (a heading, a
 * list item written without a full stop, a label such as "Allergies: penicillin") and does not end on a
 * comma, semicolon or a word that needs a continuation. Anything else was cut mid-sentence.
 */
export function isTruncatedSpan(text: string, span: Span): boolean {
  const body = text.slice(span.start, span.end).trimEnd();
  if (!body) return false;
  // The pattern ends at the end of the body and its longest word is 9 letters: its last 16 characters (one
  // more before the word for its \b) decide, and the search does not start again at every character of a long unit.
  if (DANGLING_END.test(body.length > 16 ? body.slice(-16) : body)) return true;
  if (TERMINAL.test(body[body.length - 1])) return false;
  // No terminal punctuation: complete only when nothing but horizontal space follows on the line,
  // or the note's own sentence structure ends here ("... in 2 weeks,FOLLOW-UP:" style run-ons end at a comma).
  let i = span.start + body.length;
  while (i < text.length && HORIZONTAL_SPACE.test(text[i])) i++;
  // A cell of a pipe table ends at its pipe ("Secondary syphilis | new | start doxycycline ..."): each cell is a field of
  // the row, not a clause of a sentence, so the leading cells of a row are a whole statement.
  if (text[i] === '|' && isTableRow(text, span.start)) return false;
  // So is a field of a row written with arrows ("CKD → stable → resume losartan 100 mg daily"): the arrows separate the
  // problem, its status and its plan as a table's pipes do.
  if (ARROW_SEPARATOR.test(text.slice(i - 1, i + 3)) && isArrowRow(text, span.start)) return false;
  // And of a row written with spaced slashes ("Gout / quiescent (uric acid 5.1) / continue allopurinol").
  if (SLASH_SEPARATOR.test(text.slice(i - 1, i + 2)) && isSlashRow(text, span.start)) return false;
  return !(i >= text.length || text[i] === '\n' || text[i] === '\r' || (text[i] === ',' && /^,\s*[A-Z][A-Z /&-]{2,}:/.test(text.slice(i, i + 60))));
}

/** A spaced arrow between two fields of a line (not a dose arrow inside one, "10 mg -> 20 mg", which a row also needs to pass). */
const ARROW_SEPARATOR = /^\s(->|→|⟶)\s/;
const ARROW_SPLIT = /\s(?:->|→|⟶)\s/g;

/**
 * A line of fields separated by spaced arrows, at least three ("Moderate persistent asthma → well controlled → hold
 * albuterol ..."), whose first field is a name (no digit: not a dose change "lisinopril 10 mg -> 20 mg -> 40 mg", no
 * clause mark), as a row of a problem table written without pipes.
 */
export function isArrowRow(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  const fields = line.split(ARROW_SPLIT);
  return fields.length >= 3 && !/[\d;,.]/.test(fields[0]) && fields[0].trim().split(/\s+/).length <= 8 && !/;/.test(fields[1]);
}

const SLASH_SEPARATOR = /^\s\/\s/;
export const SLASH_SPLIT = /\s\/\s/g;
const DOSE = /\b\d+(\.\d+)?\s?(mg|mcg|g|units?|mL|mEq)\b/i;

/**
 * A line of fields separated by spaced slashes, at least three ("Essential hypertension / above goal (BP 158/92) / increase
 * lisinopril to 20 mg daily"), a problem grid's "Dx / status / plan" row: its first field a name (no dose: not "lisinopril
 * 10 mg / 20 mg / 40 mg", no clause mark) of at most 8 words. A slash inside a value ("158/92", "and/or") is no separator.
 */
export function isSlashRow(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  const fields = line.split(SLASH_SPLIT);
  return fields.length >= 3 && !/[;,.]/.test(fields[0]) && !DOSE.test(fields[0]) && fields[0].trim().split(/\s+/).length <= 8 && !/;/.test(fields[1]);
}

/** A line with at least two pipes: a row of a table written with pipes. */
function isTableRow(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  return (line.match(/\|/g) ?? []).length >= 2;
}
