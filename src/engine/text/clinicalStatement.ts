// Owns the default-deny clinical-statement test: a sentence or line is evidence only when it reads as a
// clinician's statement about the patient. Instead of listing request phrasings (which never generalize),
// it looks for what no clinical statement carries: talk about the claim, codes, billing, risk scores or
// the record itself, text addressed to a reader (a model, a coder, "you" about output), structured blobs
// (markup, comments, JSON/YAML, code fences, base64-ish runs), add-markers and unticked checkboxes on
// list entries, bare codes without words, and sentences in another language than the note's.
// provenance.ts calls it after the named rules; what it marks is an `instruction` segment, so a code
// resting only on it is dropped (NON_CLINICAL_EVIDENCE) and the note goes to review (INSTRUCTION_IN_NOTE),
// while a diagnosis the clinical body also states keeps its evidence there.
import type { Sentence, Span } from '../types';

export interface StatementMark extends Span {
  rule: string;
}

/** A sentence longer than this is prose from a case report: the test reads its lines only when short. */
const MAX_STATEMENT_CHARS = 400;
/** A foreign sentence needs this many function words of its language (and more than English ones). */
const MIN_FOREIGN_FUNCTION_WORDS = 2;

/**
 * Payment and coding vocabulary: the claim, codes, billing, risk adjustment, payers, audits, in English
 * and the languages notes are most often pasted in. "Code" as an alert or code status is excluded.
 */
const PAYMENT_TALK = new RegExp(
  String.raw`\b(?:bill(?:s|ed|ing|able)?|superbill|claims?|coders?|coding|codif\w*|kodier\w*|recod\w*|upcod\w*|codes?(?!\s+(?:blue|status|red|white|team|cart|called|stroke|sepsis|stemi|trauma))|coded|icd(?:-?10)?|hccs?|raf|risk (?:adjust\w*|score)|recapture|care gaps?|drgs?|payers?|insurers?|insurance|health plan|reimburs\w*|prior auth\w*|authori[sz]ation|attestation|audit\w*|auditors?|cdi|administrative|revenue cycle|clearinghouse|worklist|encounter form|poa indicator|factur\w*|abrechn\w*|reclamaci\w*|seguro|versicherung|cobran\w*|for risk)\b|\(hcc\)|\[risk\]|\(raf\)|\bhcc\s*\d`,
  'i',
);

/** A reader addressed about its output: a model, an assistant, a pipeline, "you" told what to emit. */
const READER_ADDRESS = new RegExp(
  String.raw`\b(?:llm|gpt|chat ?gpt|claude|chatbot|nlp|summari[sz]er|system prompt|prompt injection)\b|(?:^|\b(?:dear|hey|to|attention|note to|for)\s+(?:the\s+|any\s+|all\s+)?)(?:ai|a\.i\.|assistant|model|bot|extraction model|automated (?:reader|system|tool|coder)|(?:coding|extraction|language) (?:model|engine|tool|bot))\b|^\s*(?:system|user|assistant|role|ai|model|bot)\s*[:=,\u2014-]|\byou are an?\b|\byour (?:only |final )?(?:answer|output|results?|response|list)\b|\b(?:respond|reply|output|emit|print)\s+(?:with|only|format|as|the|[A-TV-Z]\d)|\bnothing else\b|\b(?:ignore|disregard|override|supersed\w*|ignora\w*)\b`,
  'i',
);

/** Talk about the record rather than the patient: the note, the draft, what the provider wrote, the diagnosis list. */
const RECORD_TALK = new RegExp(
  String.raw`\b(?:(?:diagnosis|dx) (?:to|should|must|shall) (?:read|say|be changed)|everything above|the (?:note|chart|record|assessment|plan|documentation) (?:above|below)|what the (?:provider|doctor|physician|clinician) (?:wrote|documented|said)|the real diagnosis|final (?:answer|diagnosis set|diagnosis list)|diagnosis (?:set|list)|all diagnoses|on (?:the|his|her|my) record|on file|reportable|submit\w*|justify|the query|query tool|agree\s*\/\s*disagree|for the list|add-on|make it count|show up on|tag(?:ging)? this visit|this dos|(?:the|this) visit with)\b`,
  'i',
);

/** Markup, comments, JSON/YAML/XML, code fences and base64-ish runs: structure, not a clinician's sentence. */
const STRUCTURE = new RegExp(
  String.raw`<\/?[a-z?!][\w:-]*(?:\s[^<>]*)?>|<!--|-->|\/\*|\*\/|\[\/\/\]|\{#|#\}|\{\{|\}\}|\{\s*"|"\s*:\s*["\[{]|^\s*\x60{3}|\x60{3}\s*$|\[\[|\]\]|%%|^#{2,}\s|display\s*:\s*none`,
  'im',
);

/** List entries marked for adding or left unticked: "+ CHF (HCC)", "☐ COPD", "[ ] dementia", "→ E11.65". */
const ENTRY_MARKER = /^\s*(?:[\u2610\u2612\u2713\u2714\u2705\u27a1\u2192\u279c\u2794\u{1F449}]\s*|\[\s?\]\s*|add\s*:\s*|>{2,}\s*)\S/u;

/** Emoji and pictographs: chat, not charting. */
const EMOJI = /[\u{1F300}-\u{1FAFF}\u2705\u2714\u2611\u2610\u27a1\u2192\u279c\u{1F449}]/u;

/** An ICD-10-CM code written as one. */
const CODE_TOKEN = /\b[A-TV-Z][0-9][0-9A-Z]\.[0-9A-Z]{1,4}\b/;

/** A clinician's imperative about care: such a sentence stays evidence unless it also talks payment or addresses a model. */
const CARE_VERB = /^\s*(?:[-*\u2022]\s*)?(?:please\s+)?(?:continue|start|restart|resume|add|increase|decrease|titrate|take|hold|stop|refill|check|recheck|monitor|follow(?:\s|-)?up|advise[ds]?|instructed|counsel(?:l?ed)?|nurse|return|call|dispense|schedule|order|obtain|repeat|encourage[ds]?|keep|use)\b/i;

/** Function words that mark a sentence's language. */
const FUNCTION_WORDS: Record<string, RegExp> = {
  en: /\b(?:the|and|of|to|with|for|is|was|on|in|has|her|his|by|at|no|not|be|this|a|an)\b/gi,
  es: /\b(?:el|la|los|las|de|del|por|para|que|con|una|se|en|esta|este|agregue|favor|puede|las)\b/gi,
  fr: /\b(?:le|la|les|des|du|de|pour|avec|cette|une|est|d'|à|merci|au|aux)\b/gi,
  de: /\b(?:der|die|das|und|für|mit|bitte|ist|nicht|den|dem|ein|eine|zur|zum)\b/gi,
  pt: /\b(?:o|os|as|do|da|dos|das|para|com|uma|não|por favor|em)\b/gi,
};

/** Which language the note's own text is in (by function words), so a sentence in another is an outsider. */
export function noteLanguage(text: string): string {
  let best = 'en';
  let bestCount = -1;
  for (const [lang, re] of Object.entries(FUNCTION_WORDS)) {
    const n = (text.slice(0, 20_000).match(re) ?? []).length;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}

function foreignTo(sentence: string, language: string): boolean {
  const own = (sentence.match(FUNCTION_WORDS[language]) ?? []).length;
  for (const [lang, re] of Object.entries(FUNCTION_WORDS)) {
    if (lang === language) continue;
    const n = (sentence.match(re) ?? []).length;
    if (n >= MIN_FOREIGN_FUNCTION_WORDS && n > own) return true;
  }
  return false;
}

/** A run of 12+ letters and digits mixing upper case, lower case and digits: an encoded blob, not a word. */
function base64ish(s: string): boolean {
  for (const m of s.matchAll(/[A-Za-z0-9+\/]{12,}={0,2}/g)) {
    const t = m[0];
    if (/[a-z]/.test(t) && /[A-Z]/.test(t.slice(1)) && (/\d/.test(t) || /[A-Z].*[A-Z].*[A-Z]/.test(t.slice(1)))) return true;
  }
  return false;
}

function words(s: string): string[] {
  return s.match(/[\p{L}][\p{L}'-]*/gu) ?? [];
}

/**
 * Why a sentence (or line) is not a clinical statement, or undefined when it may be evidence. `prev` is
 * the line above, for a heading that governs a split line ("Add-on for the encounter form:").
 */
export function nonClinicalReason(sentence: string, language = 'en'): string | undefined {
  const s = sentence.trim();
  if (!s || s.length > MAX_STATEMENT_CHARS) return undefined;
  if (STRUCTURE.test(s) || base64ish(s)) return 'statement.structure';
  const payment = PAYMENT_TALK.test(s);
  const reader = READER_ADDRESS.test(s);
  if (reader) return 'statement.reader-addressed';
  if (payment) return 'statement.payment-talk';
  if (RECORD_TALK.test(s)) return 'statement.record-talk';
  if (ENTRY_MARKER.test(s)) return 'statement.entry-marker';
  if (EMOJI.test(s) && !CARE_VERB.test(s)) return 'statement.emoji';
  if (CODE_TOKEN.test(s) && words(s.replace(CODE_TOKEN, ' ')).length <= 1) return 'statement.bare-code';
  if (words(s).length >= 3 && foreignTo(s, language)) return 'statement.other-language';
  return undefined;
}

/**
 * Sentences and lines the named rules left clinical that fail the statement test, with the lines a
 * failing heading ("…:") governs (up to a blank line or an indented block's end).
 */
export function markNonClinicalStatements(text: string, sentences: readonly Sentence[], covered: (span: Span) => boolean): StatementMark[] {
  const language = noteLanguage(text);
  const out: StatementMark[] = [];
  // A code fence holds a blob (a prompt, JSON, a script): never a clinician's sentence.
  for (const m of text.matchAll(/\x60{3}[^\x60]*?\x60{3}/g)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, rule: 'statement.structure' });
  for (const sentence of sentences) {
    if (sentence.end <= sentence.start) continue;
    const raw = text.slice(sentence.start, sentence.end);
    const named = covered(sentence);
    // Test each line of the sentence on its own: a split line or a blob's line is its own statement.
    let offset = sentence.start;
    for (const line of raw.split('\n')) {
      const span = { start: offset, end: offset + line.length };
      offset += line.length + 1;
      const reason = nonClinicalReason(line, language);
      if (!reason) continue;
      const trimmed = trimSpan(text, span);
      if (trimmed.end <= trimmed.start) continue;
      const end = governedEnd(text, trimmed);
      // A line the named rules already marked still governs the lines its heading introduces.
      if (named && end === trimmed.end) continue;
      out.push({ ...trimmed, end, rule: reason });
    }
  }
  return out;
}

/**
 * A failing line that ends in ":" or is a "##" heading governs the line below it (a split line), and
 * further lines while they are indented or list items of the same block (a YAML or bulleted payload);
 * never past a blank line or a clinical heading.
 */
function governedEnd(text: string, span: Span): number {
  const line = text.slice(span.start, span.end);
  if (!/(?::\s*$|^#{2,}\s)/.test(line)) return span.end;
  let end = span.end;
  const re = /\n([^\n]*)/g;
  re.lastIndex = span.end;
  let first = true;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!/\S/.test(m[1]) || CLINICAL_HEADING.test(m[1])) break;
    if (!first && !/^(?:\s+|\s*[-*\u2022]\s)/.test(m[1])) break;
    end = m.index + m[0].length;
    first = false;
  }
  return end;
}

const CLINICAL_HEADING = /^\s*(?:[-*\u2022]\s*)?(?:plan|p|assessment|impression|dx|a\/p|hpi|exam|meds|medications|labs|results|history|vitals|allergies)\b\s*[:\-]/i;

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
