// Owns ConText mention attributes (Chapman et al.): negated, uncertain, hypothetical, historical
// and family, from triggers in the sentence around a mention plus the kind of its section.
import type { MentionContext, Span } from '../types';
import { sectionAt, sentenceIndexAt, type TextAnalysis } from '../text';
import { memoOf } from '../text/memo';
import { isCaseReportNarrative } from '../coding/noteForm';
import { TriggerMatcher, tokenize, type Token, type TriggerMatch } from './matcher';
import type { ContextCategory, TriggerRule } from './triggers';
import { inCriteriaList, nonDiseaseHeadOf } from './nounPhraseHead';

export type { ContextCategory, TriggerRule, TriggerRole } from './triggers';
export { TRIGGER_GROUPS, buildTriggerTable } from './triggers';
export { TriggerMatcher, tokenize } from './matcher';

const CATEGORIES: readonly ContextCategory[] = ['negated', 'uncertain', 'hypothetical', 'historical', 'family', 'other'];

/**
 * Scope windows in words between trigger and mention. NegEx used ~5 words forward; ConText runs to
 * the end of the sentence. Lists ("denies fever, chills, nausea or vomiting") need more than five;
 * backward triggers ("... was ruled out") bind tightly.
 */
export const PRE_WINDOW_WORDS: Readonly<Record<ContextCategory, number>> = {
  negated: 10, uncertain: 6, hypothetical: 10, historical: 6, family: 8, other: 8,
};
export const POST_WINDOW_WORDS: Readonly<Record<ContextCategory, number>> = {
  negated: 4, uncertain: 3, hypothetical: 3, historical: 3, family: 5, other: 5,
};

interface AnalysedSpan {
  end: number;
  tokens: Token[];
  triggers: TriggerMatch[];
  /** wordsBefore[k] = number of word tokens among tokens[0, k). */
  wordsBefore: Int32Array;
}

const defaultMatcher = new TriggerMatcher();
// Per-analysis cache (kept on the analysis: see text/memo.ts) so many mentions in one sentence tokenise it once.
const SPANS = Symbol('context spans');

function analyseSpan(analysis: TextAnalysis, start: number, end: number): AnalysedSpan {
  const memo = memoOf(analysis);
  let byStart = memo.get(SPANS) as Map<number, AnalysedSpan> | undefined;
  if (!byStart) {
    byStart = new Map();
    memo.set(SPANS, byStart);
  }
  const hit = byStart.get(start);
  if (hit && hit.end === end) return hit;
  const tokens = tokenize(analysis.text, start, end);
  const wordsBefore = new Int32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++) wordsBefore[k + 1] = wordsBefore[k] + (tokens[k].word ? 1 : 0);
  const span = { end, tokens, triggers: defaultMatcher.match(tokens), wordsBefore };
  byStart.set(start, span);
  return span;
}

const CASE_REPORT = Symbol('case report narrative');
function caseReport(analysis: TextAnalysis): boolean {
  const memo = memoOf(analysis);
  let is = memo.get(CASE_REPORT) as boolean | undefined;
  if (is === undefined) memo.set(CASE_REPORT, (is = isCaseReportNarrative(analysis.text)));
  return is;
}

const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself', "she's"]);
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself', "he's"]);
/** "68F", "68 yo F", "68-year-old M": the demographic shorthand of a note's opening line. */
const AGE_SEX = /\b\d{1,3}\s*(?:-?\s*(?:y(?:ea)?rs?[- ]?o(?:ld)?|y\/?o|yo)\s*-?\s*)?([FM])\b/;
const FEMALE_WORD = /\b(?:woman|female|girl|lady|mrs)\b/i;
const MALE_WORD = /\b(?:man|male|boy|gentleman|mr)\b/i;
const PATIENT_SEX = Symbol('patient sex');

/**
 * The patient's sex as the note states it ("68F", "a 70-year-old woman"), else by the majority of its third-person
 * pronouns when one sex clearly dominates; undefined when the note does not say.
 */
export function patientSex(text: string): 'F' | 'M' | undefined {
  const head = text.slice(0, 600);
  const short = AGE_SEX.exec(head);
  const f = FEMALE_WORD.exec(head);
  const m = MALE_WORD.exec(head);
  const firsts = [short && { at: short.index, sex: short[1] as 'F' | 'M' }, f && { at: f.index, sex: 'F' as const }, m && { at: m.index, sex: 'M' as const }]
    .filter((x): x is { at: number; sex: 'F' | 'M' } => !!x).sort((a, b) => a.at - b.at);
  if (firsts.length) return firsts[0].sex;
  const she = (text.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
  const he = (text.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
  if (she >= 2 * he + 2) return 'F';
  if (he >= 2 * she + 2) return 'M';
  return undefined;
}

/**
 * A pronoun between another person's trigger and the mention that may name the patient ends that person's scope
 * ("her husband has dementia and she is exhausted"); one of the other sex keeps it ("her husband -- his tremor").
 * When the note does not say the patient's sex, any personal pronoun ends it.
 */
function patientPronounBetween(analysis: TextAnalysis, tokens: readonly Token[], from: number, to: number): boolean {
  const memo = memoOf(analysis);
  let sex = memo.get(PATIENT_SEX) as 'F' | 'M' | null | undefined;
  if (sex === undefined) memo.set(PATIENT_SEX, (sex = patientSex(analysis.text) ?? null));
  for (let k = from; k < to; k++) {
    const w = tokens[k].norm;
    if (sex !== 'M' && FEMALE_PRONOUNS.has(w)) return true;
    if (sex !== 'F' && MALE_PRONOUNS.has(w)) return true;
  }
  return false;
}

function terminates(t: TriggerMatch, cat: ContextCategory): boolean {
  return t.rules.some((r) => r.role === 'terminate' && (r.category === cat || r.category === 'all'));
}
/** The rule by which t fires for cat in direction dir, if any. */
function firing(t: TriggerMatch, cat: ContextCategory, dir: 'pre' | 'post'): TriggerRule | undefined {
  return t.rules.find((r) => r.category === cat && (r.role === dir || r.role === 'both'));
}

/** Words after which a trailing hedge still looks back ("pneumonia, likely given the infiltrate"). */
const HEDGE_LOOKS_BACK = new Set(['given', 'based', 'per', 'as', 'if', 'but', 'and', 'or', 'at', 'this', 'that', 'it', 'which', 'though', 'although', 'not']);

/**
 * "hypoglycemia due to type 1 diabetes, likely bolus error", "chest pain, possible reflux": a one-word hedge
 * after a comma that opens a new phrase qualifies that phrase (its cause or an added diagnosis), so it does not
 * scope back over the diagnosis the clause already stated (IV.H and II.H concern the stated diagnosis; the
 * same reading as the "…, likely viral." pseudo-trigger, for any following phrase). At the clause end
 * ("pneumonia, likely.") or with no comma ("pneumonia likely") the hedge still looks back.
 */
function hedgeOpensNextPhrase(tokens: readonly Token[], t: TriggerMatch): boolean {
  if (t.tokEnd - t.tokStart !== 1 || t.tokStart === 0 || tokens[t.tokStart - 1].norm !== ',') return false;
  const next = tokens[t.tokEnd];
  return !!next && next.word && !HEDGE_LOOKS_BACK.has(next.norm);
}

/** An abbreviation of one to three capitals: the only mentions that can be a measurement's label. */
const SHORT_ABBREVIATION = /^[A-Z]{1,3}$/;
/** "SpO2 95% RA", "98% on RA": room air after a saturation. */
const AFTER_PERCENT = /%\s*(on\s+)?$/;
/** "RA 8, PA 42/20, wedge 18": a label, its number, and another label-number pair (or a unit) on the line. */
const LABEL_VALUE_LIST = /^\s*[:=]?\s*\d+(\/\d+)?\s*(mm ?hg|cm ?h2o)?[,;]?\s*[A-Za-z]{1,8}\s*[:=]?\s*\d|^\s*[:=]?\s*\d+(\/\d+)?\s*(mm ?hg|cm ?h2o)/i;

/**
 * A short abbreviation used as the label of a measurement ("RA" room air or right atrium, "PA" pulmonary
 * artery) is not the disease the same letters abbreviate (rheumatoid arthritis, pernicious anemia).
 */
function isMeasurementLabel(text: string, mention: Span): boolean {
  if (!SHORT_ABBREVIATION.test(text.slice(mention.start, mention.end))) return false;
  if (AFTER_PERCENT.test(text.slice(Math.max(0, mention.start - 8), mention.start))) return true;
  const lineEnd = text.indexOf('\n', mention.end);
  return LABEL_VALUE_LIST.test(text.slice(mention.end, lineEnd < 0 ? Math.min(text.length, mention.end + 40) : Math.min(lineEnd, mention.end + 40)));
}

/**
 * "Pulmonary embolism in 2022", "appendicitis (2015)", "MI in March 2019": a calendar year right after the
 * condition dates it as an episode of the past (I.C.21.c.4), as does a bare year closing the phrase in a problem or
 * history list ("Left leg DVT 2023, treated"); a chronic condition stays current through the
 * coder's chronic categories. "Since 2010" is not here: it dates an onset that continues. A published-style case
 * report (coding/noteForm.ts) narrates its patient's earlier episodes as part of the case and is left alone
 * (measured on the CodiEsp development set, where those episodes are coded).
 */
const PAST_YEAR_AFTER = /^[^\S\n]*(?:,[^\S\n]*)?(?:(?:in|during)[^\S\n]+(?:(?:early|late|mid|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)[^\S\n]+)?|\([^\S\n]*)(?:19|20)\d\d\b|^[^\S\n]+(?:19|20)\d\d(?=[^\S\n]*(?:[,;.)\n]|$))/i;

/** "ST depression", "PR-segment depression", "J-point depression": a deflection of an ECG tracing. */
const ECG_DEFLECTION_BEFORE = /\b(st|pr|j[- ]?point|st[- ]segment|pr[- ]segment)[- ]?$/i;
const DEPRESSION_WORD = /^depressions?$/i;

/**
 * An ECG segment's depression is a finding of the tracing (look-alike words, I.A.19), never the mood
 * disorder the word alone names.
 */
function isTracingDeflection(text: string, mention: Span): boolean {
  return DEPRESSION_WORD.test(text.slice(mention.start, mention.end)) && ECG_DEFLECTION_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start).trimEnd());
}

/**
 * A closing bracket between a trigger and the mention after it, with no matching opening bracket in
 * between, means the trigger sat inside a parenthetical that ended before the mention: a parenthetical
 * is its own scope ("(no complications), with two common warts"; "1) no fever 2) cough").
 */
function bracketClosesBetween(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++; // ( [
    else if (c === 41 || c === 93) {
      // ) ]
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** A line that is only a list-negation label: "Denies:", "Negative for:", "Pt denies any:". */
const NEGATION_LABEL_LINE = /^[^\S\n]*(?:pt |patient )?(?:denies(?: any)?|denied|negative for|neg for|no history of)[^\S\n]*:[^\S\n]*$/i;
/** A line that is only a negating answer: "ruled out.", "excluded", "negative". */
const NEGATING_ANSWER_LINE = /^[^\S\n]*(?:ruled out|r\/o'?d|excluded|negative|absent|denied|denies|none)[^\S\n]*\.?[^\S\n]*$/i;
/** The rest of a line that continues a label list onto the next line ("Acute coronary syndrome /"). */
const LABEL_CONTINUES = /^[^\S\n]*[/,][^\S\n]*$/;

function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * Templates split a negation from what it negates with a line break after a colon, which ends the
 * sentence: a "Denies:" line above a list negates the list's first line; a condition label ending in a
 * colon (possibly continued over "/" or "," line ends) answered by a line that is only "ruled out." is
 * negated (Guideline I.B.4: a ruled-out condition is not coded).
 */
function negatedAcrossLabelBreak(text: string, mention: Span): boolean {
  const own = lineBounds(text, mention.start);
  if (own.start >= 2) {
    const prev = lineBounds(text, own.start - 1);
    if (NEGATION_LABEL_LINE.test(text.slice(prev.start, prev.end))) return true;
  }
  let line = lineBounds(text, Math.max(mention.start, mention.end - 1));
  let rest = text.slice(mention.end, line.end);
  for (let hops = 0; hops < 3; hops++) {
    if (/^[^\S\n]*:[^\S\n]*$/.test(rest)) {
      if (line.end >= text.length) return false;
      const next = lineBounds(text, line.end + 1);
      return NEGATING_ANSWER_LINE.test(text.slice(next.start, next.end));
    }
    if (!LABEL_CONTINUES.test(rest) || line.end >= text.length) return false;
    // The label continues on the next line; that line must end in the label's colon.
    line = lineBounds(text, line.end + 1);
    const whole = text.slice(line.start, line.end);
    const colon = whole.lastIndexOf(':');
    if (colon < 0 || whole.length - colon > 3) return false;
    rest = whole.slice(colon);
  }
  return false;
}

/**
 * A questionnaire or history table answers a row's label at the end of its line: "Diabetes: no", "Asthma - none",
 * "Stroke = N". The answer closes the line, so the sentence splitter leaves no punctuation after it for the
 * ": no ." triggers to see; the row's label (a few words from the line start) is negated (a denied condition
 * is not coded, I.B.4 and Section IV.D). "Hypertension: yes" and "Diabetes: no retinopathy" are not rows of this form.
 */
const ROW_NEGATING_ANSWER = /^[^\S\n]*(?:\([^()\n]{0,30}\))?[^\S\n]*[:=\-\u2013\u2014][^\S\n]*(?:no|none|n|neg|negative|absent|denies|denied|never|not present)[^\S\n]*[.;]?[^\S\n]*$/i;
/** The row label before the mention: a bullet or number and at most a few words, no sentence punctuation. */
const ROW_LABEL_HEAD = /^[^\S\n]*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])?[^\S\n]*(?:[A-Za-z'/()-]+[^\S\n]+){0,4}$/;

function negatedByRowAnswer(text: string, mention: Span): boolean {
  const line = lineBounds(text, Math.max(mention.start, mention.end - 1));
  if (mention.start < line.start) return false;
  return ROW_NEGATING_ANSWER.test(text.slice(mention.end, line.end)) && ROW_LABEL_HEAD.test(text.slice(line.start, mention.start));
}

/**
 * A negated list whose items a template separates with semicolons: "Denies chest pain; palpitations; syncope." The
 * semicolon ends a negation's scope in prose ("no fever; has a cough"), so the list form is recognised by its
 * items: after the negating head, every item up to the mention is a short noun phrase (at most four words, no
 * verb of a new clause), and the mention closes its own item. Each item is denied (I.B.4, Section IV.D). A list
 * whose items carry their own negation ("no fever; no chills; cough") is not this form.
 */
// Only heads that open a list of denials: "no" and "without" also qualify one diagnosis of a list of diagnoses
// ("hypertensive heart disease without heart failure; chronic kidney disease stage 3a").
const LIST_HEAD = /\b(?:denies|denied|denying|negative for|neg for)[^\S\n]+(?=[^;\n]*;)/gi;
const NEW_CLAUSE_WORD = /\b(?:but|however|has|have|had|is|was|are|were|reports?|reported|endorses?|presents?|complains?|c\/o|positive|yes|notes?|states?|with|and has|admits?)\b/i;
const SHORT_ITEM = /^[^\S\n]*(?:[A-Za-z][A-Za-z0-9'\/-]*(?:[^\S\n]+|$)){1,4}$/;

function negatedInSemicolonList(text: string, mention: Span): boolean {
  const line = lineBounds(text, mention.start);
  const before = text.slice(line.start, mention.start);
  if (!before.includes(';')) return false;
  const after = text.slice(mention.end, line.end);
  if (!/^[^\S\n]*(?:[;.,]|$)/.test(after)) return false;
  let head: RegExpExecArray | null = null;
  let heads = 0;
  LIST_HEAD.lastIndex = 0;
  for (let m = LIST_HEAD.exec(before); m; m = LIST_HEAD.exec(before)) {
    head = m;
    heads++;
  }
  // "No fever; no chills; cough." negates item by item: a bare item among them is affirmed.
  if (!head || heads > 1) return false;
  const items = before.slice(head.index + head[0].length).split(';');
  const own = items.pop() ?? '';
  if (!items.length || own.trim() !== '') return false;
  return items.every((item) => item.trim() !== '' && SHORT_ITEM.test(item.trim()) && !NEW_CLAUSE_WORD.test(item));
}

function forBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].norm === 'for') return true;
  return false;
}

/** Context of a mention; uses the sentence(s) containing it and the section it starts in. */
export function mentionContext(analysis: TextAnalysis, mention: Span): MentionContext {
  const first = sentenceIndexAt(analysis, mention.start);
  const last = sentenceIndexAt(analysis, Math.max(mention.start, mention.end - 1));
  const lo = Math.min(mention.start, first >= 0 ? analysis.sentences[first].start : mention.start);
  const hi = Math.max(mention.end, last >= 0 ? analysis.sentences[last].end : mention.end);
  const span = analyseSpan(analysis, lo, hi);
  const { tokens, triggers, wordsBefore } = span;

  // Mention token range [mFirst, mEnd).
  let mFirst = 0;
  while (mFirst < tokens.length && tokens[mFirst].end <= mention.start) mFirst++;
  let mEnd = mFirst;
  while (mEnd < tokens.length && tokens[mEnd].start < mention.end) mEnd++;

  // Triggers strictly before / after the mention; a trigger overlapping it is part of the concept.
  let before = -1; // index of last trigger ending at or before mFirst
  let after = triggers.length; // index of first trigger starting at or after mEnd
  for (let k = 0; k < triggers.length; k++) {
    if (triggers[k].tokEnd <= mFirst) before = k;
    else if (triggers[k].tokStart >= mEnd) {
      after = k;
      break;
    }
  }

  const result: MentionContext = {
    negated: false, uncertain: false, hypothetical: false, historical: false, family: false, other: false,
  };
  // A request for a care action before the mention ("could you see her about ...?"): its "?" asks for the
  // action and hedges nothing.
  let request = false;
  for (let k = before; k >= 0 && !request; k--) request = triggers[k].rules.some((r) => r.role === 'request');

  for (const cat of CATEGORIES) {
    for (let k = before; k >= 0; k--) {
      const t = triggers[k];
      const rule = firing(t, cat, 'pre');
      // A trigger inside a parenthetical closed before the mention governs only the parenthetical: skip it.
      if (rule && bracketClosesBetween(analysis.text, tokens[t.tokEnd - 1].end, mention.start)) continue;
      if (rule) {
        if (cat === 'other' && patientPronounBetween(analysis, tokens, t.tokEnd, mFirst)) break;
        if (wordsBefore[mFirst] - wordsBefore[t.tokEnd] <= (rule.windowWords ?? PRE_WINDOW_WORDS[cat])) result[cat] = true;
        break;
      }
      if (terminates(t, cat)) break;
    }
    if (result[cat]) continue;
    for (let k = after; k < triggers.length; k++) {
      const t = triggers[k];
      if (request && t.tokEnd - t.tokStart === 1 && tokens[t.tokStart].norm === '?') break;
      const rule = firing(t, cat, 'post');
      // "apixaban for recurrence prevention": a postposed purpose ("prevention", "prophylaxis") has its object
      // after "for"; the drug before "for" is the means, in current use (I.C.21.c.3), not the thing prevented.
      if (rule && cat === 'hypothetical' && forBetween(tokens, mEnd, t.tokStart)) break;
      if (rule && cat === 'uncertain' && hedgeOpensNextPhrase(tokens, t)) break;
      if (rule) {
        if (cat === 'other' && patientPronounBetween(analysis, tokens, mEnd, t.tokStart)) break;
        if (wordsBefore[t.tokStart] - wordsBefore[mEnd] <= (rule.windowWords ?? POST_WINDOW_WORDS[cat])) result[cat] = true;
        break;
      }
      if (terminates(t, cat)) break;
    }
  }
  if (!result.negated && (negatedAcrossLabelBreak(analysis.text, mention) || negatedByRowAnswer(analysis.text, mention) || negatedInSemicolonList(analysis.text, mention))) result.negated = true;
  if (!result.historical && PAST_YEAR_AFTER.test(analysis.text.slice(mention.end, mention.end + 40)) && !caseReport(analysis)) result.historical = true;
  if (!result.hypothetical && (isMeasurementLabel(analysis.text, mention) || isTracingDeflection(analysis.text, mention))) result.hypothetical = true;
  // A condition word modifying a person, place, service, preventive measure or measurement, or listed as a criterion.
  if (!result.hypothetical && (nonDiseaseHeadOf(analysis.text, mention) || inCriteriaList(analysis.text, mention))) result.hypothetical = true;
  // Everything in a family-history section belongs to a relative; a PMH section is left to the
  // coder (a PMH list of "HTN, DM2" is current chronic disease, not history).
  if (sectionAt(analysis, mention.start).kind === 'family_history') result.family = true;
  return result;
}
