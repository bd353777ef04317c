// Owns four chapter 21 encounter and status rules: the routine general examination (I.C.21.c.9:
// Z00.00/Z00.01 for adults, Z00.121/Z00.129 for children, "with abnormal findings" when the exam
// finds a condition), the follow-up examination after completed treatment of a condition that no
// longer exists (I.C.21.c.8: Z09 with its personal history code, the resolved condition not coded),
// and body mass index (I.B.14, I.C.21.c.3: Z68 only beside a reportable weight diagnosis, the adult
// range from age 20 and the pediatric percentile codes below it), and the status of a past amputation
// (I.C.21.c.3: Z89 acquired absence by level and side). Codes and ranges come from the Tabular titles
// of the configured code set.
import { mentionContext } from '../../context';
import { isClinicalSpan, sectionAt, type TextAnalysis } from '../../text';
import type { CodeSet } from '../../icd10';
import { addNote, billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineNote, GuidelineRule } from './types';
import { withoutOtherwise } from './encounterPurpose';

/** Literal prefilter: the rule reads nothing in a note without one of these words. */
const PREFILTER = /\b(?:annual|yearly|routine|preventive|preventative|wellness|well[- ](?:child|baby|infant|adolescent|woman|visit|check)|WCC|WCV|physical|follow[- ]?up|f\/u|recheck|surveillance|post[- ][a-z]{4,} (?:check|visit)|re-check|post[- ]treatment|BMI|body mass index|amputations?|amputee|BKA|AKA|disarticulation)\b/i;

/**
 * A routine general examination named as this visit's reason (I.C.21.c.9). Examinations for an
 * administrative purpose (employment, sports, school, pre-operative) are other Z codes and are not read here.
 */
const GENERAL_EXAM = /\b(?:(?:annual|yearly|routine|periodic)\s+(?:adult\s+)?(?:physical|preventive|preventative|wellness|health|medical|check-?up)(?:\s+(?:exam(?:ination)?|visit|check))?|annual\s+exam(?:ination)?|preventive\s+(?:visit|exam(?:ination)?|care visit|medicine visit|health (?:visit|exam(?:ination)?))|wellness\s+(?:exam(?:ination)?|visit)|well[- ](?:child|baby|infant|adolescent)\s*(?:check|visit|exam(?:ination)?|care)?|WCC|WCV|routine\s+(?:infant|child|newborn|adolescent|pediatric)\s+(?:health\s+)?(?:check|exam(?:ination)?|visit)|routine\s+child\s+health\s+exam(?:ination)?|routine\s+(?:adult\s+)?health\s+exam(?:ination)?)\b/i;
/**
 * The exam told as where something was found, in the past ("during a routine check-up", "routine
 * physical examination revealed…"): a case history, not this encounter's reason.
 */
const NARRATED_EXAM = /\b(?:during|at|after|by|from|via|through|following)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?$/i;
const FINDINGS_AFTER = /^\s*(?:\w+\s+){0,4}(?:revealed|showed|demonstrated|disclosed|detected|found|identified|noted|was|were)\b/i;
const ADMINISTRATIVE = /\b(?:pre-?employment|employment|pre-?operative|pre-?op|sports|pre-?participation|school|camp|DOT|commercial driver|insurance|immigration|disability)\s+(?:physical|exam(?:ination)?|evaluation|clearance)\b/i;
/** The exam is not this visit's: due, scheduled, last year's. */
const NOT_THIS_VISIT = /\b(?:due|overdue|schedule[ds]?|next|last|previous|prior|will (?:return|come back|have)|return (?:for|in)|missed|declined)\b/i;
const NO_ABNORMAL = /\b(?:without|no|w\/o)\s+(?:\w+\s+)?abnormal (?:findings?|results?)\b|\b(?:healthy|normal) (?:infant|child|adult|exam(?:ination)?|physical)\b|\b(?:exam|examination) (?:is |was )?(?:entirely )?normal\b/i;
const WITH_ABNORMAL = /\b(?:with|has)\s+(?:an?\s+)?(?:new\s+)?abnormal (?:findings?|results?)\b|\babnormal findings?\s*(?::|of|-)/i;
const CHILD_WORDS = /\b(?:well[- ](?:child|baby|infant|adolescent)|WCC|WCV|infant|toddler|newborn|pediatric|child health|kindergarten|school-age)\b/i;
/** Ages as notes write them: "45-year-old", "45 yo", "45F", "9 mo", "18 months". */
const AGE_YEARS = /\b(\d{1,3})\s*-?\s*(?:years?|yrs?|y)\s*-?\s*(?:old|o\b|\/o\b)|\b(\d{1,3})\s*(?:yo|y\.o\.|y\/o)\b|\bage[ds]?\s*:?\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:M|F)\b|\b(\d{1,3})-year\b|-\s*(\d{1,2})\s+years?\b/;
const AGE_MONTHS = /\b(\d{1,2})\s*-?\s*(?:months?|mos?|mo)\b(?:\s*-?\s*old)?/gi;
/** Months as a duration, not an age: "weight loss in 3 months", "for 6 months", "3 months ago", "6 months of". */
const DURATION_BEFORE = /\b(?:in|for|over|past|last|within|x|after|since|every|per|q|of|about|nearly|almost|than)\s*$/i;
const DURATION_AFTER = /^\s*(?:ago|history|of|later|after|before|prior|duration|course|post|earlier|since|in|apart)\b/i;
/** "6-month supervised diet", "3-month supply": a hyphenated month count modifying a noun is a duration, not an age... */
const ATTRIBUTIVE_MONTHS = /\d\s*-\s*(?:months?|mos?|mo)$/i;
/** ...unless the noun is the child or the age visit ("6-month-old", "9-month well visit", "6-mo F"). */
const AGE_NOUN_AFTER = /^\s*-?\s*(?:old|well|wcc|wcv|visit|check|infant|baby|boy|girl|male|female|[mf]\b)/i;
/** Adult codes are for persons 20 and over; pediatric BMI codes for ages 2 to 19 (Tabular Z68 note). */
const ADULT_BMI_MIN_AGE_YEARS = 20;
/** Z00.0- is for adults; Z00.12- is the routine child health examination (under 18). */
const ADULT_EXAM_MIN_AGE_YEARS = 18;

/** Follow-up of a condition whose treatment is completed (I.C.21.c.8). */
// "Post-pneumonia check": a visit named after the episode it follows (not "post-op check", aftercare of a procedure, Z48).
const FOLLOW_UP = /\b(?:follow[- ]?up|f\/u|recheck|re-check|surveillance|post[- ]treatment (?:check|visit|exam(?:ination)?)|post[- ](?!op\b|operative|surg|procedur|partum|natal)[a-z]{4,} (?:check|visit)|seen \w+ (?:weeks?|months?) after)\b/i;
/** The follow-up is this visit's reason: said so, or the note's title ("Urology clinic - recheck"); "at follow-up, …" in a case history is not. */
const VISIT_LABEL = /\b(?:indications?|reason for (?:visit|encounter|referral|exam(?:ination)?|procedure)|chief complaint|CC)\s*:\s*(?:\w+\s+){0,2}$/i;
const VISIT_FOR = /\b(?:here|seen|presents?|returns?|comes? in|reason for (?:visit|encounter)|visit)\s+(?:\w+\s+){0,2}?(?:for|is)\s+(?:an?\s+|the\s+|her\s+|his\s+)?(?:\w+\s+)?$/i;
const COMPLETED = /\b(?:(?:treatment|course|therapy|antibiotics?|regimen)\s+(?:was\s+|is\s+)?(?:completed|finished|complete)|(?:completed|finished)\s+(?:\w+\s+){0,3}?(?:course|treatment|therapy|antibiotics?)|course (?:finished|completed)|resolved|cured|passed spontaneously|no residual|(?:removed|excised|resected|eradicated)\b(?![^.\n]*\b(?:today|this (?:visit|procedure))\b))\b/i;
/** A personal history of a condition (not tobacco dependence, allergies or family history). */
const PERSONAL_HISTORY = /^Z8[67]\.(?!891)/;
const MALIGNANCY = /^(?:C|Z85)/;

/** Weight diagnoses a BMI may accompany (I.B.14: obesity, overweight, underweight, malnutrition, cachexia). */
const WEIGHT_DIAGNOSIS = /^(?:E66|E4[0-6]|R63\.6|R64)/;
const BMI_VALUE = /\b(?:BMI|body mass index)(?:\s+(?:is|was|of|today|now|measured|calculated))*\s*[:=]?\s*(?:of\s+)?(\d{2}(?:\.\d{1,2})?)\b/i;
const BMI_PERCENTILE = /\b(\d{1,2}(?:\.\d)?)(?:st|nd|rd|th)\s+percentile\b/i;
const PERCENT_OF_95TH = /\b(\d{2,3})\s*(?:-\s*\d{2,3}\s*)?%\s+of\s+the\s+95th\b/i;

const ENCOUNTER_MIN_CONFIDENCE = 0.4;

export const zCodeEncounterRule: GuidelineRule = {
  name: 'general examinations, follow-up after completed treatment, BMI',
  section: 'I.C.21.c',
  readsText: true,
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    resolvedConditions(ctx, drafts);
    if (!PREFILTER.test(ctx.text)) return;
    generalExamination(ctx, drafts);
    colonAdenomaHistory(ctx, drafts);
    followUpAfterTreatment(ctx, drafts);
    bodyMassIndex(ctx, drafts);
    amputationStatus(ctx, drafts);
  },
};

/**
 * I.C.21.c.3 status codes the concept lexicon leaves out (its Z-code filter keeps them from being read
 * off any word): dialysis dependence, transplanted organs, artificial openings, cardiac and joint devices,
 * and the attention-to-dressings/sutures encounter (I.C.21.c.7, Z48.0-). Runs on every note; each entry
 * has its own literal prefilter.
 */
export const statusCodeRule: GuidelineRule = {
  name: 'status codes: dialysis, transplant, ostomy, devices, dressings and sutures',
  section: 'I.C.21.c.3',
  readsText: true,
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    if (!STATUS_PREFILTER.test(ctx.text)) return;
    for (const entry of STATUS_ENTRIES) statusEntry(ctx, drafts, entry);
    jointReplacementAftercare(ctx, drafts);
  },
};

/**
 * I.C.21.c.7: a visit for the recovery care after a joint replacement ("3 wks s/p total hip arthroplasty",
 * "post-op PT after knee replacement") is aftercare, Z47.1, with the joint's status code. Only the weeks after
 * the operation are read (days or weeks, never years) and never beside a complication of the prosthesis (T84).
 */
const AFTERCARE = /\baftercare\b|\b\d{1,2}\s*(?:days?|d|wks?|weeks?)\s+(?:s\/p|status post|post[- ]?op(?:erative(?:ly)?)?|after|following)\b|\bpost[- ]?op(?:erative)?\s+(?:day|week|visit|check|rehab\w*|physical therapy|PT)\b|\bPOD\s*#?\s*\d{1,2}\b/i;
const AFTERCARE_NOT = /\b(?:will|plan(?:ned)?|schedule[ds]?|next|prior|previous|last)\b/i;

function jointReplacementAftercare(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const joint = [...drafts.values()].find((d) => /^Z96\.6/.test(d.code));
  if (!joint || drafts.has('Z47.1') || [...drafts.keys()].some((k) => /^(?:T84|S\d)/.test(k)) || !billable(ctx, 'Z47.1')) return;
  const cue = statedForThisVisit(ctx, AFTERCARE, AFTERCARE_NOT);
  if (!cue) return;
  const z = textDraft(ctx, 'Z47.1', cue, { section: 'I.C.21.c.7', action: 'added', detail: `aftercare following joint replacement, with ${joint.code}` }, 0);
  drafts.set('Z47.1', z);
}

interface Found {
  start: number;
  end: number;
}

/** The first clinical, affirmed match of a pattern whose sentence does not put it in another visit. */
function statedForThisVisit(ctx: GuidelineContext, re: RegExp, reject: RegExp, narrated?: (span: Found) => boolean): Found | undefined {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const m of ctx.text.matchAll(global)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (!isClinicalSpan(ctx.analysis.provenance, span) || narrated?.(span)) continue;
    const sentence = sentenceText(ctx.analysis, ctx.text, span.start);
    if (reject.test(sentence)) continue;
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.hypothetical || c.family || c.uncertain) continue;
    return span;
  }
  return undefined;
}

function sentenceText(analysis: TextAnalysis, text: string, offset: number): string {
  const s = analysis.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? text.slice(s.start, s.end) : '';
}

/** Age in years the note states (months as a fraction), or undefined. */
export function ageInYears(text: string): number | undefined {
  const head = text.slice(0, 600);
  const m = [...head.matchAll(AGE_MONTHS)].find((x) => !DURATION_BEFORE.test(head.slice(Math.max(0, x.index! - 12), x.index)) && !DURATION_AFTER.test(head.slice(x.index! + x[0].length, x.index! + x[0].length + 12))
    && !(ATTRIBUTIVE_MONTHS.test(x[0]) && !AGE_NOUN_AFTER.test(head.slice(x.index! + x[0].length, x.index! + x[0].length + 12))));
  const y = AGE_YEARS.exec(head);
  if (m && (!y || m.index! < y.index)) return Number(m[1]) / 12;
  if (!y) return undefined;
  const value = Number(y.slice(1).find((g) => g !== undefined));
  return Number.isFinite(value) && value < 130 ? value : undefined;
}

function textDraft(ctx: GuidelineContext, code: string, span: Found, note: GuidelineNote, sequence?: number): Draft {
  return {
    code, confidence: 0.75, first: span.start, priority: 2, evidence: [{ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) }],
    mentions: [], match: 'synonym', termTokens: 2, section: sectionAt(ctx.analysis, span.start)?.kind ?? 'other', guideline: [note], sequence,
  };
}

/** Drafts that are the patient's conditions (not encounter, status or history codes), sure enough to report. */
function conditions(drafts: Map<string, Draft>): Draft[] {
  return [...drafts.values()].filter((d) => d.code[0] !== 'Z' && d.confidence >= ENCOUNTER_MIN_CONFIDENCE);
}

/** I.C.21.c.9: a routine general exam, with or without abnormal findings, adult or child. */
function generalExamination(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if ([...drafts.keys()].some((k) => /^Z00\.[01]/.test(k))) return;
  const exam = statedForThisVisit(ctx, GENERAL_EXAM, NOT_THIS_VISIT, (span) =>
    NARRATED_EXAM.test(ctx.text.slice(Math.max(0, span.start - 40), span.start)) || FINDINGS_AFTER.test(ctx.text.slice(span.end, span.end + 40)));
  if (!exam || ADMINISTRATIVE.test(ctx.text)) return;
  const age = ageInYears(ctx.text);
  const child = age !== undefined ? age < ADULT_EXAM_MIN_AGE_YEARS : CHILD_WORDS.test(ctx.text);
  // Newborn checks (Z00.11-) count days of life; this rule does not guess them.
  if (child && age !== undefined && age < 1 / 12) return;
  const found = conditions(drafts);
  const abnormal = WITH_ABNORMAL.test(ctx.text) || (found.length > 0 && !NO_ABNORMAL.test(withoutOtherwise(ctx.text)));
  const code = child ? (abnormal ? 'Z00.121' : 'Z00.129') : abnormal ? 'Z00.01' : 'Z00.00';
  if (!billable(ctx, code)) return;
  const detail = `routine ${child ? 'child health' : 'adult general'} examination ${abnormal ? `with abnormal findings (${found.map((d) => d.code).join(', ') || 'stated'})` : 'without abnormal findings'}`;
  drafts.set(code, textDraft(ctx, code, exam, { section: 'I.C.21.c.9', action: 'added', detail }, 0));
}

/**
 * I.C.21.c.8: a follow-up visit after the treatment of a condition is completed and the condition no
 * longer exists is Z09 with the condition's personal history code; the condition itself is not coded.
 * A malignancy's follow-up is Z08 (the neoplasm rule).
 */
function followUpAfterTreatment(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const history = [...drafts.values()].filter((d) => PERSONAL_HISTORY.test(d.code));
  if (!history.length || drafts.has('Z09') || [...drafts.keys()].some((k) => MALIGNANCY.test(k) || k === 'Z08')) return;
  const title = ctx.analysis.sentences.find((x) => /[a-z]/i.test(ctx.text.slice(x.start, x.end)));
  const follow = statedForThisVisit(ctx, FOLLOW_UP, /\b(?:will|plan(?:ned)?|schedule[ds]?|return)\b[^.]*\bfollow/i, (span) =>
    !(title && span.start >= title.start && span.end <= title.end) && !VISIT_FOR.test(ctx.text.slice(Math.max(0, span.start - 50), span.start))
    && !VISIT_LABEL.test(ctx.text.slice(Math.max(0, span.start - 50), span.start)));
  const completed = follow && statedForThisVisit(ctx, COMPLETED, /\bnot (?:yet )?(?:completed|finished|resolved)\b/i);
  if (!follow || !completed || !billable(ctx, 'Z09')) return;
  // The resolved condition's current code, read from the same mention as its history code, is not reported.
  const historyCodes = new Set(history.map((h) => h.code));
  for (const d of [...drafts.values()]) {
    if (d.code[0] === 'Z') continue;
    const alternatives = ctx.mentionSpans.filter((m) => d.evidence.some((e) => m.span.start < e.end && e.start < m.span.end)).flatMap((m) => m.codes ?? []);
    const h = alternatives.find((c) => historyCodes.has(c));
    if (h) {
      dropDraft(ctx, drafts, d.code, 'I.C.21.c.8', `the condition was treated and no longer exists: ${h}`, drafts.get(h));
    }
  }
  // Z09 is the visit's reason only when nothing current is being managed ("hypertension follow-up" is not Z09),
  // and the treatment is not still going on as long-term drug therapy (Z79: "remains on apixaban").
  if (conditions(drafts).some((d) => d.code[0] !== 'R') || [...drafts.keys()].some((k) => k.startsWith('Z79'))) return;
  const z = textDraft(ctx, 'Z09', follow, { section: 'I.C.21.c.8', action: 'added', detail: `follow-up after completed treatment, with ${history.map((h) => h.code).join(', ')}` }, 0);
  z.evidence.push({ start: completed.start, end: completed.end, text: ctx.text.slice(completed.start, completed.end) });
  drafts.set('Z09', z);
  for (const h of history) addNote(h, { section: 'I.C.21.c.8', action: 'sequenced', detail: 'the history code explains the follow-up (Z09 first)' });
}

/** The note reports a colonoscopy (its title or indication): the organ every siteless polyp or adenoma it names is in. */
const COLONOSCOPY = /\b(?:colonoscopy|colonoscopic|sigmoidoscopy)\b/i;
const ADENOMA_WORD = /\badenoma|\badenomatous\b|\bpolyp/i;
const COLON_POLYP_HISTORY = /^Z86\.010/;
const SITELESS_BENIGN = new Set(['D36.9']);

/**
 * Index "Adenoma — see Neoplasm, benign, by site" and I.C.21.c.4: an adenoma removed at an earlier
 * colonoscopy, named in a colonoscopy report without its organ ("tubular adenomas removed 3 years ago"), is a
 * colon adenoma: its history is Z86.0101 (adenomatous colon polyps), not "other benign neoplasm" (Z86.018).
 * A siteless Z86.018 beside a colon-polyp history code names the same polyps again and is dropped.
 */
function colonAdenomaHistory(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const other = drafts.get('Z86.018');
  if (!other) return;
  const siteless = other.evidence.every((e) => ctx.mentionSpans.some((m) => m.span.start < e.end && e.start < m.span.end && SITELESS_BENIGN.has(m.code)));
  if (!siteless) return;
  const colonHistory = [...drafts.values()].find((d) => COLON_POLYP_HISTORY.test(d.code));
  if (colonHistory) {
    dropDraft(ctx, drafts, other.code, 'I.C.21.c.4', `the siteless adenoma is the colon polyp history ${colonHistory.code} names`, colonHistory);
    return;
  }
  const title = ctx.analysis.sentences.find((x) => /[a-z]/i.test(ctx.text.slice(x.start, x.end)));
  const examined = (title && COLONOSCOPY.test(ctx.text.slice(title.start, title.end))) || /\bindications?\s*:[^\n]*\bcolonoscop/i.test(ctx.text);
  if (!examined || !other.evidence.every((e) => ADENOMA_WORD.test(e.text)) || !billable(ctx, 'Z86.0101')) return;
  const h = ensureDraft(ctx, drafts, 'Z86.0101', [other], { section: 'I.C.21.c.4', action: 'refined', detail: 'an adenoma named in a colonoscopy report is a colon adenoma (Index: Adenoma, see Neoplasm, benign, by site)' });
  if (h) dropDraft(ctx, drafts, other.code, 'I.C.21.c.4', 'site of the adenoma: the colon examined', h);
}

/**
 * I.C.21.c.4: a condition that no longer exists is history. The provider says so beside the condition
 * ("pneumonia, resolved", "… now resolved") or of the patient in the condition's sentence ("no longer has
 * AF"). Each mention must say it; the condition's history code is the one its mention supports (the
 * lexicon's history reading of the same words). Neoplasms keep their own rule (I.C.2.d: excised and no
 * further treatment, neoplasms.ts); a resolved symptom has no history code and is simply not current.
 */
// A completed treatment may stand between the condition and the words ("Lyme disease, treatment completed, resolved").
const RESOLVED_AFTER = /^[\s,;:(-]*(?:(?:treatment|therapy|course|antibiotics?)\s+(?:completed|complete|finished)\s*[,;]?\s*(?:and\s+)?)?(?:(?:now|since|has|have|had|which|that|is|was|fully|completely|clinically|radiographically)\s+){0,3}(?:resolved|healed|cured)\b/i;
const NO_LONGER = /\bno longer (?:has|have|had|in|with|having)\b/i;
/**
 * A past episode dated and said treated, with nothing after "treated" ("pulmonary embolism in 2022, treated;",
 * "DVT 3 years ago (treated)"): an episode that is over. "Diabetes since 2015, treated with metformin" is not.
 */
const DATED_TREATED_AFTER = /^\s*(?:in\s+(?:19|20)\d\d|(?:\d{1,2}|one|two|three|four|five|six|several)\s+(?:years?|yrs?|months?)\s+ago)\s*(?:[,;(]|\band\b)\s*(?:was\s+|fully\s+|successfully\s+)?treated\b(?!\s+(?:with|by|for|on|using)\b)/i;
/**
 * "No longer present/active" said of the condition later in its own clause ("AF -- s/p ablation 2023, no
 * longer present"): read only when no other condition is named between the mention and the words.
 */
const NO_LONGER_PRESENT = /\bno longer (?:present|active)\b/i;
const RESOLVED_PREFILTER = /\b(?:resolved|healed|cured|no longer|treated)\b/i;
const RESOLVED_REACH_CHARS = 40;
const NEOPLASM = /^(?:C|D[0-4])/;
const CONCLUSION: ReadonlySet<string> = new Set(['assessment', 'assessment_plan', 'impression', 'diagnoses']);

function resolvedConditions(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if (!RESOLVED_PREFILTER.test(ctx.text)) return;
  for (const d of [...drafts.values()]) {
    if (!drafts.has(d.code) || /^[RZ]/.test(d.code) || NEOPLASM.test(d.code) || !d.evidence.length) continue;
    const saysResolved = (e: { start: number; end: number }) => RESOLVED_AFTER.test(ctx.text.slice(e.end, e.end + RESOLVED_REACH_CHARS))
      || DATED_TREATED_AFTER.test(ctx.text.slice(e.end, e.end + RESOLVED_REACH_CHARS)) || NO_LONGER.test(sentenceText(ctx.analysis, ctx.text, e.start))
      || noLongerPresentAfter(ctx, e);
    // Every mention says it, or the provider's conclusion does (the assessment's "pneumonia, resolved" after
    // the history narrates the illness) and no concluding mention calls it current.
    // (The context analysis may already have kept the resolved mention out of the evidence: every mention
    // of the condition is read here, whatever its context.)
    const same = ctx.mentionSpans.filter((m) => m.code === d.code || m.codes?.includes(d.code) || d.evidence.some((e) => m.span.start < e.end && e.start < m.span.end));
    const concluding = same.filter((m) => CONCLUSION.has(sectionAt(ctx.analysis, m.span.start)?.kind ?? '')).map((m) => m.span);
    const resolved = d.evidence.every(saysResolved) || (concluding.length > 0 && concluding.every(saysResolved));
    if (!resolved) continue;
    const history = same.flatMap((m) => m.codes ?? []).find((c) => /^Z8[67]\./.test(c) && billable(ctx, c)) ?? infectionHistory(ctx, d.code);
    if (!history) continue;
    const note = { section: 'I.C.21.c.4', action: 'refined' as const, detail: `${d.code} → ${history}: the note says the condition no longer exists` };
    const h = drafts.get(history) ?? ensureDraft(ctx, drafts, history, [d], note);
    if (!h) continue;
    addNote(h, note);
    dropDraft(ctx, drafts, d.code, 'I.C.21.c.4', `no longer exists: history ${history}`, h);
  }
}

/**
 * Tabular Z86.1 "Personal history of infectious and parasitic diseases": a chapter 1 condition (A00-B99) that
 * no longer exists is Z86.11 (tuberculosis, A15-A19), Z86.13 (malaria, B50-B54) or Z86.19 (other), when the
 * lexicon gives its mention no history reading of its own.
 */
function infectionHistory(ctx: GuidelineContext, code: string): string | undefined {
  if (!/^[AB]\d/.test(code)) return undefined;
  const c = /^A1[5-9]/.test(code) ? 'Z86.11' : /^B5[0-4]/.test(code) ? 'Z86.13' : 'Z86.19';
  return billable(ctx, c) ? c : undefined;
}

function noLongerPresentAfter(ctx: GuidelineContext, e: { start: number; end: number }): boolean {
  const sentence = ctx.analysis.sentences.find((x) => x.start <= e.start && e.start < x.end);
  if (!sentence) return false;
  const m = NO_LONGER_PRESENT.exec(ctx.text.slice(e.end, sentence.end));
  if (!m) return false;
  const at = e.end + m.index;
  return !ctx.mentionSpans.some((o) => o.span.start >= e.end && o.span.start < at);
}

interface BmiRange {
  code: string;
  low: number;
  high: number;
}
const adultRangeCache = new WeakMap<CodeSet, BmiRange[]>();

/** Adult BMI ranges from the Z68 titles ("40.0-44.9, adult", "18.4 or less, adult", "70 or greater, adult"). */
function adultRanges(codeSet: CodeSet): BmiRange[] {
  let ranges = adultRangeCache.get(codeSet);
  if (ranges) return ranges;
  ranges = [];
  for (const e of codeSet.billableDescendants('Z68')) {
    const t = e.longDescription;
    if (!/, adult$/.test(t)) continue;
    const between = /(\d+(?:\.\d)?)-(\d+(?:\.\d)?), adult$/.exec(t);
    const less = /(\d+(?:\.\d)?) or less, adult$/.exec(t);
    const more = /(\d+(?:\.\d)?) or greater, adult$/.exec(t);
    if (between) ranges.push({ code: e.code, low: Number(between[1]), high: Number(between[2]) });
    else if (less) ranges.push({ code: e.code, low: Number.NEGATIVE_INFINITY, high: Number(less[1]) });
    else if (more) ranges.push({ code: e.code, low: Number(more[1]), high: Number.POSITIVE_INFINITY });
  }
  adultRangeCache.set(codeSet, ranges);
  return ranges;
}

/** The pediatric BMI code whose title covers a percentile (and, at or above the 95th, the % of the 95th). */
function pediatricCode(codeSet: CodeSet, percentile: number, ofNinetyFifth: number | undefined): string | undefined {
  const titles = codeSet.billableDescendants('Z68').filter((e) => /\bpediatric\b/.test(e.longDescription));
  const pick = (re: RegExp) => titles.find((e) => re.test(e.longDescription))?.code;
  if (percentile < 5) return pick(/less than 5th percentile/);
  if (percentile < 85) return pick(/5th percentile to less than 85th/);
  if (percentile < 95) return pick(/85th percentile to less than 95th/);
  if (ofNinetyFifth !== undefined && ofNinetyFifth >= 140) return pick(/greater than or equal to 140%/);
  if (ofNinetyFifth !== undefined && ofNinetyFifth >= 120) return pick(/120% of the 95th percentile for age to less than 140%/);
  return pick(/95th percentile for age to less than 120%/);
}

/** I.B.14: BMI is reported only with an associated reportable weight diagnosis, by the patient's age. */
function bodyMassIndex(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  // A weight diagnosis held back by its first score still pairs with the BMI; the coder drops the BMI
  // again if that diagnosis is not reported in the end.
  const weight = [...drafts.values(), ...(ctx.held?.values() ?? [])].find((d) => WEIGHT_DIAGNOSIS.test(d.code));
  if (!weight) {
    for (const d of [...drafts.values()]) {
      if (d.code.startsWith('Z68')) dropDraft(ctx, drafts, d.code, 'I.B.14', 'a BMI is reported only with an associated weight diagnosis');
    }
    return;
  }
  if ([...drafts.keys()].some((k) => k.startsWith('Z68'))) return;
  const bmi = BMI_VALUE.exec(ctx.text);
  if (!bmi || !isClinicalSpan(ctx.analysis.provenance, { start: bmi.index, end: bmi.index + bmi[0].length })) return;
  const age = ageInYears(ctx.text);
  const percentile = BMI_PERCENTILE.exec(ctx.text.slice(bmi.index, bmi.index + 200));
  const pediatric = age !== undefined ? age < ADULT_BMI_MIN_AGE_YEARS : percentile !== null;
  let code: string | undefined;
  if (pediatric) {
    if (!percentile || (age !== undefined && age < 2)) return;
    const ratio = PERCENT_OF_95TH.exec(ctx.text.slice(bmi.index, bmi.index + 240));
    code = pediatricCode(ctx.codeSet, Number(percentile[1]), ratio ? Number(ratio[1]) : undefined);
  } else {
    const value = Number(bmi[1]);
    code = adultRanges(ctx.codeSet).find((r) => value >= r.low && value <= r.high + 0.05)?.code;
  }
  if (!code || !billable(ctx, code)) return;
  const span = { start: bmi.index, end: bmi.index + bmi[0].length };
  const detail = `BMI ${bmi[1]}${pediatric ? ` (${percentile![0]}, pediatric)` : ' (adult)'} with the weight diagnosis ${weight.code}`;
  drafts.set(code, textDraft(ctx, code, span, { section: 'I.B.14', action: 'added', detail }, Math.max(weight.sequence ?? 1, 1.5)));
}

/**
 * Amputation levels as notes write them, each with the site words of the Z89 titles ("Acquired
 * absence of left leg below knee"); toes other than the great toe are "other … toe(s)".
 */
const AMPUTATION_LEVELS: ReadonlyArray<readonly [level: RegExp, site: string]> = [
  [/^(?:below[- ](?:the[- ])?knee|BKA|trans-?tibial)$/i, 'leg below knee'],
  [/^(?:above[- ](?:the[- ])?knee|AKA|trans-?femoral)$/i, 'leg above knee'],
  [/^knee$/i, 'knee'],
  [/^(?:great|big) toe$/i, 'great toe'],
  [/^(?:(?:second|third|fourth|fifth|little|\d(?:st|nd|rd|th)) )?(?:toe|ray)$/i, 'toe(s)'],
  [/^(?:trans-?metatarsal|forefoot|foot|partial foot)$/i, 'foot'],
  [/^(?:ankle|Syme)$/i, 'ankle'],
  [/^hip$/i, 'hip joint'],
  [/^thumb$/i, 'thumb'],
  [/^(?:(?:index|middle|ring|little) )?finger$/i, 'finger(s)'],
  [/^hand$/i, 'hand'],
  [/^wrist$/i, 'wrist'],
  [/^(?:below[- ](?:the[- ])?elbow|trans-?radial)$/i, 'upper limb below elbow'],
  [/^(?:above[- ](?:the[- ])?elbow|trans-?humeral)$/i, 'upper limb above elbow'],
  [/^shoulder$/i, 'shoulder'],
];
const AMPUTATION = /\b(?:(right|left|R|L)\s+)?((?:below|above)[- ](?:the[- ])?(?:knee|elbow)|trans-?(?:tibial|femoral|metatarsal|radial|humeral)|(?:great|big) toe|(?:(?:second|third|fourth|fifth|little|\d(?:st|nd|rd|th))\s+)?(?:toe|ray)|forefoot|partial foot|foot|ankle|Syme|hip|knee|thumb|(?:(?:index|middle|ring|little)\s+)?finger|hand|wrist|shoulder)\s+(?:amputation|amputee|disarticulation)\b|\b(?:(right|left|R|L)\s+)?(BKA|AKA)\b/gi;
/** The amputation was before this encounter (a status), not the procedure or injury of this one. */
const PAST_AMPUTATION = /\b(?:19|20)\d{2}\b|\bago\b|\bs\/p\b|\bstatus post\b|\bhistory of\b|\b(?:prior|previous|remote|old)\b|\bamputee\b|\bprosthe(?:sis|tic)\b|\bstump\b|\bresidual limb\b/i;
const THIS_ENCOUNTER = /\b(?:today|this (?:admission|hospitali[sz]ation|visit|stay)|on (?:hospital |post-?operative )?day \d|scheduled|planned|plan(?:s)? (?:for|to)|will (?:need|undergo|have)|recommend\w*|consent\w*|candidate|pending|discuss\w*|traumatic amputation)\b/i;
/** Current traumatic amputations (chapter 19) of a limb: the injury, not the status. */
const TRAUMATIC_AMPUTATION = /^S(?:48|58|68|78|88|98)\./;

/** I.C.21.c.3: a limb lost before this encounter is its Z89 acquired-absence status code, by level and side. */
function amputationStatus(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if (!/amput|\bBKA\b|\bAKA\b|disarticulat/i.test(ctx.text)) return;
  if ([...drafts.keys()].some((k) => k.startsWith('Z89') || TRAUMATIC_AMPUTATION.test(k))) return;
  for (const m of ctx.text.matchAll(AMPUTATION)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
    const sentence = sentenceText(ctx.analysis, ctx.text, span.start);
    if (!PAST_AMPUTATION.test(sentence) || THIS_ENCOUNTER.test(sentence)) continue;
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.hypothetical || c.family || c.uncertain) continue;
    // "aka" in lower case is "also known as"; the abbreviations of the levels are written in capitals.
    if (m[4] && m[4] !== m[4].toUpperCase()) continue;
    const level = (m[2] ?? m[4]).replace(/\s+/g, ' ');
    const site = AMPUTATION_LEVELS.find(([re]) => re.test(level))?.[1];
    // The side may follow the level: "below-knee amputation of the left leg".
    const after = /^\s*(?:of|on)\s+(?:the\s+|his\s+|her\s+)?(right|left)\b/i.exec(ctx.text.slice(span.end, span.end + 30))?.[1];
    // A side written as one capital ("R BKA", "L below-knee amputation"); a lower-case letter is no side.
    const written = [m[1], m[3]].find((w) => w !== undefined && (w.length > 1 || w === w.toUpperCase()));
    const sideWord = written ?? after;
    const side = (sideWord && sideWord.length === 1 ? (sideWord === 'R' ? 'right' : 'left') : sideWord?.toLowerCase()) as 'right' | 'left' | undefined;
    const code = site && acquiredAbsence(ctx.codeSet, site, side);
    if (!code || !billable(ctx, code)) continue;
    drafts.set(code, textDraft(ctx, code, span, { section: 'I.C.21.c.3', action: 'added', detail: `status: acquired absence after a past amputation (${ctx.text.slice(span.start, span.end)})` }, 2));
    return;
  }
}

/** The Z89 code whose title names the site and side ("Acquired absence of left leg below knee", "of other right toe(s)"). */
function acquiredAbsence(codeSet: CodeSet, site: string, side: 'right' | 'left' | undefined): string | undefined {
  const titles = codeSet.billableDescendants('Z89');
  const want = site === 'toe(s)'
    ? side ? `Acquired absence of other ${side} toe(s)` : 'Acquired absence of other toe(s), unspecified side'
    : `Acquired absence of ${side ?? 'unspecified'} ${site}`;
  return titles.find((e) => e.longDescription === want)?.code;
}

// ---- status codes (I.C.21.c.3) -----------------------------------------------------------------

const STATUS_PREFILTER = /dialy|\b(?:HD|PD|CAPD)\b|transplant|allograft|ostomy|\b(?:trach|G-?tube|J-?tube|PEG|ileal conduit)\b|pacemaker|\bPPM\b|defibrillator|\bA?ICD\b|stent|\bCABG\b|bypass|\bLVAD\b|assist device|arthroplasty|replacement|\b(?:TKA|TKR|THA|THR|TSA)\b|pseudophak|cochlear implant|ectom|\b(?:TAH|BSO)\b|dressing|suture|staple/i;

/** The status was made or is planned in this encounter, or lies ahead: a procedure or a plan, not a status. */
const STATUS_NOT_YET = /\b(?:will (?:need|undergo|have|start|begin|require|place|get)|plan(?:s|ned|ning)? (?:for|to)|scheduled|candidate|consent\w*|discuss\w*|recommend\w*|refer\w* for|evaluat\w* for|work-?up for|waiting list|wait-?list\w*|listed for|awaiting|eligib\w*|consider\w*|may need|might need|eventual\w*|in the future|not yet|pre-?dialysis|pre-?transplant|declin\w*|refus\w*|(?:placed|created|performed|inserted|implanted|done|underwent\b[^.\n]*) (?:today|yesterday|this (?:admission|visit|morning|stay))|today'?s (?:procedure|surgery)|POD\s*#?\s*\d|post-?op(?:erative)? day)\b/i;

interface StatusEntry {
  /** Guideline and what the status is, for the report. */
  section: string;
  what: string;
  pattern: RegExp;
  /** The code or codes for one match (side, organ, device; kidney and pancreas are two), or undefined to skip it. */
  code: (m: RegExpMatchArray, sentence: string) => string | readonly string[] | undefined;
  /** Codes that already say the status (I.C.21.c.3: the status code is not added beside them). */
  conflicts: RegExp;
  /** The sentence must say the thing is the patient's standing state, not a word in passing. */
  statusCue?: RegExp;
  /** Rejects the match on the words of its sentence. */
  reject?: RegExp;
  /** Rejects every match when the note says this (a complication code is the one that carries the status). */
  rejectNote?: RegExp;
  /** Further condition on the drafts and the sentence. */
  needs?: (drafts: Map<string, Draft>, sentence: string, m: RegExpMatchArray) => boolean;
  /** One code per entry, or every distinct code found (kidney and pancreas). */
  many?: boolean;
  sequence?: number;
}

const SIDE = (s: string | undefined): 'right' | 'left' | 'bilateral' | undefined => {
  const w = s?.toLowerCase();
  return w === 'right' || w === 'rt' || w === 'r' ? 'right' : w === 'left' || w === 'lt' || w === 'l' ? 'left' : w === 'bilateral' || w === 'both' ? 'bilateral' : undefined;
};
/** A side stated after the joint ("replacement of the right knee"). */
const SIDE_AFTER = /^\s*(?:of\s+(?:the\s+|his\s+|her\s+)?)?(right|left|bilateral|both)\b/i;

const ORGAN = String.raw`(?:kidney[- ]pancreas|simultaneous pancreas[- ]kidney|heart[- ]lung|bilateral lung|double lung|single lung|kidney|renal|liver|hepatic|heart|cardiac|lung|pancreas|corneal?|bone marrow|(?:allogeneic |autologous |hematopoietic |peripheral blood )*stem[- ]cell|intestin(?:e|al)|small bowel)`;
const TRANSPLANT_ORGANS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/kidney[- ]pancreas|pancreas[- ]kidney/i, ['Z94.0', 'Z94.83']],
  [/heart[- ]lung/i, ['Z94.3']],
  [/kidney|renal/i, ['Z94.0']],
  [/liver|hepatic/i, ['Z94.4']],
  [/heart|cardiac/i, ['Z94.1']],
  [/lung/i, ['Z94.2']],
  [/pancreas/i, ['Z94.83']],
  [/cornea/i, ['Z94.7']],
  [/bone marrow/i, ['Z94.81']],
  [/stem/i, ['Z94.84']],
  [/intestin|small bowel/i, ['Z94.82']],
];
/** T86.- complication of a transplanted organ says the transplant status already (I.C.21.c.3). */
const TRANSPLANT_COMPLICATION: Readonly<Record<string, RegExp>> = {
  'Z94.0': /^T86\.1/, 'Z94.1': /^T86\.2/, 'Z94.2': /^T86\.81/, 'Z94.3': /^T86\.3/, 'Z94.4': /^T86\.4/, 'Z94.7': /^T86\.84/,
  'Z94.81': /^T86\.0/, 'Z94.84': /^T86\.[05]/, 'Z94.82': /^T86\.85/, 'Z94.83': /^T86\.89/,
};

const OSTOMIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^colostomy/i, 'Z93.3'], [/^ileostomy/i, 'Z93.2'], [/^(?:tracheostomy|trach)/i, 'Z93.0'],
  [/^(?:gastrostomy|G-?tube|PEG)/i, 'Z93.1'], [/^(?:jejunostomy|J-?tube)/i, 'Z93.4'],
  [/^(?:nephrostomy|urostomy|ileal conduit|ureterostomy)/i, 'Z93.6'], [/^vesicostomy/i, 'Z93.51'], [/^cystostomy/i, 'Z93.50'],
];

const JOINTS: Readonly<Record<string, string>> = { knee: 'Z96.65', hip: 'Z96.64', shoulder: 'Z96.61', elbow: 'Z96.62', ankle: 'Z96.66', wrist: 'Z96.63' };
const JOINT_ABBREVIATIONS: Readonly<Record<string, string>> = { tka: 'knee', tkr: 'knee', tha: 'hip', thr: 'hip', tsa: 'shoulder' };

/** A past state stated of the patient: "s/p", "status post", a year, "in place", "has a". */
const PAST_OR_PRESENT_STATUS = /\b(?:s\/p|status post|history of|h\/o|prior|previous|remote|old|in place|(?:has|with) (?:an?|his|her|a functioning)|functioning|working|dependent|since|(?:19|20)\d{2}|years? ago|months? ago|implanted|present|presence|status|interrogat\w*|recipient|via|through|feeds?|fed|output|stoma|site|care|bag|appliance|pouch)\b/i;

export const STATUS_ENTRIES: readonly StatusEntry[] = [
  {
    // Tabular N18.6: "use additional code to identify dialysis status (Z99.2)"; a temporary dialysis for an acute injury is not a dependence.
    section: 'I.C.21.c.3', what: 'dependence on renal dialysis',
    pattern: /\b(?:(?:on|receiving|requiring|dependent on|dependence on|undergoing|maintained on)\s+(?:chronic\s+|maintenance\s+|long[- ]term\s+|outpatient\s+|home\s+|regular\s+|in-?center\s+|nocturnal\s+|thrice[- ]weekly\s+)?(?:hemo|peritoneal\s+|home\s+)?dialysis|(?:hemo)?dialysis[- ]dependen(?:t|ce)|(?:on|via|receives|requiring|undergoing)\s+(?:chronic\s+|maintenance\s+|home\s+)?(?:HD|PD|CAPD|CCPD)\b|(?:ESRD|ESKD|end[- ]stage (?:renal|kidney) disease)\s*(?:,\s*)?(?:on|with|requiring|receiving)\s+(?:\w+\s+)?(?:HD|PD|dialysis|hemodialysis)|(?:HD|hemodialysis|dialysis)\s+(?:on\s+)?(?:MWF|TTS|TThS|M\/W\/F|T\/Th\/S?|Mon\w*|Tue\w*|three times (?:a|per|weekly)|3\s*x|thrice))/gi,
    code: () => 'Z99.2',
    conflicts: /^(?:Z99\.2|Z49\.)/,
    reject: /\b(?:temporar\w*|acute(?:ly)?|CRRT|CVV\w*|SLED|emergent\w*|urgent(?:ly)?|dialysis access planning|discontinu\w*|stopped|off dialysis|recovered|no longer)\b/i,
    needs: (drafts, sentence, m) => drafts.has('N18.6') || /dependen|chronic|maintenance|ESRD|ESKD|end[- ]stage|MWF|TTS|TThS|M\/W|T\/Th|Mon|Tue|three|thrice|3\s*x|home|outpatient|in-?center|CAPD|CCPD/i.test(`${m[0]} ${sentence}`),
  },
  {
    section: 'I.C.21.c.3', what: 'transplanted organ status',
    pattern: new RegExp(String.raw`\b(?:(?:s\/p|status post|history of|h\/o|hx of|prior|previous|remote)\s+(?:an?\s+)?(?:(?:deceased|living|cadaveric)[- ](?:related[- ])?(?:donor\s+)?|orthotopic\s+|(?:19|20)\d{2}\s+)?(${ORGAN})\s+(?:transplant(?:ation)?|allograft)|(${ORGAN})\s+(?:transplant(?:ation)?|allograft)\s+(?:recipient|status|patient|in\s+(?:19|20)\d{2}|\(?(?:19|20)\d{2}\)?|\d+\s+(?:years?|months?)\s+ago|(?:is\s+|remains\s+)?(?:functioning|stable)|function\b)|(${ORGAN})\s+transplanted\b|transplanted\s+(${ORGAN})|post[- ](${ORGAN})[- ]transplant)`, 'gi'),
    code: transplantCodes,
    conflicts: /^Z94\./,
    reject: /\b(?:donat\w*|donor nephrectomy|(?:was|is|as) an? (?:\w+ )?donor)\b/i,
    // T86.- (rejection, failure, infection of the transplant) already says the status (I.C.21.c.3).
    rejectNote: /\b(?:rejection|graft[- ]versus[- ]host|GVHD|(?:transplant|allograft|graft) (?:failure|dysfunction|loss|infection|nephropathy|vasculopathy)|failed (?:\w+ )?(?:transplant|allograft|graft))\b/i,
  },
  {
    section: 'I.C.21.c.3', what: 'artificial opening status',
    pattern: /\b(colostomy|ileostomy|tracheostomy|trach|gastrostomy(?: tube)?|G-?tube|PEG(?: tube)?(?!\s*(?:\d|prep|solution|electrolyte|laxative|powder|bowel))|jejunostomy(?: tube)?|J-?tube|nephrostomy(?: tube)?|urostomy|ileal conduit|ureterostomy|vesicostomy|cystostomy)\b/gi,
    code: (m) => OSTOMIES.find(([re]) => re.test(m[1]))?.[1],
    conflicts: /^(?:Z93\.|Z43\.|K94\.|J95\.0|N99\.5)/,
    statusCue: PAST_OR_PRESENT_STATUS,
    reject: /\b(?:reversal|takedown|take-?down|closure|closed|revers\w*|decannulat\w*|removed|removal|dislodg\w*|malfunction\w*|infect\w*|bleeding|leak\w*|prolapse\w*|stenosis|retraction|hernia|obstruct\w*|granulation|complication|high[- ]output)\b/i,
    // A high-output stoma is managed as a stoma complication or its dehydration, not as a plain status.
    rejectNote: /\bhigh[- ]output\b|\b(?:stoma|ostomy|ileostomy|colostomy) output (?:is |was |remains )?(?:high|excessive|greater|more|above|over|>)|\boutput (?:is |was |remains )?(?:high|excessive)\b/i,
  },
  {
    section: 'I.C.21.c.3', what: 'cardiac device status',
    pattern: /\b(?:(?:dual[- ]chamber|single[- ]chamber|biventricular|leadless|permanent)\s+)?(pacemaker|PPM|(?:automatic\s+)?(?:implantable\s+)?(?:cardioverter[- ])?defibrillator|AICD|ICD|CRT-?D|CRT-?P|LVAD|left ventricular assist device)\b/gi,
    code: (m, sentence) => {
      const w = m[1].toLowerCase();
      // "ppm" is also beats (pulsaciones) per minute after a rate: only the capitalised abbreviation, never after a number.
      if (w === 'ppm' && (m[1] !== 'PPM' || /(?:\d|minute)\W*$/i.test(m.input!.slice(Math.max(0, m.index! - 20), m.index!)))) return undefined;
      if (/lvad|assist/.test(w)) return 'Z95.811';
      if (/defib|icd|crt-?d/.test(w) || /\b(?:AICD|defibrillator|CRT-?D)\b/i.test(sentence)) return 'Z95.810';
      // "ICD" alone may be the classification ("ICD-10"); the provenance rules mark coding talk, this guards the rest.
      return 'Z95.0';
    },
    conflicts: /^(?:Z95\.0|Z95\.81|Z45\.0|T82\.[1-9])/,
    statusCue: PAST_OR_PRESENT_STATUS,
    reject: /\bICD[- ]?(?:9|10|11)\b|\bcoronary pacemaker\b|\bby-?coronary\b|\b(?:malfunction\w*|lead (?:fracture|dislodgement)|pocket infection|infect\w*|shocks?|firing|battery (?:depletion|end of life)|generator change|interrogation today|temporary|transcutaneous|pads)\b/i,
  },
  {
    section: 'I.C.21.c.3', what: 'coronary angioplasty implant or bypass graft status',
    pattern: /\b(?:s\/p|status post|history of|h\/o|prior|previous|remote)\s+(?:(?:\w+|\d)[- ]?vessel\s+)?(CABG|coronary artery bypass(?: graft(?:ing|s)?)?)|\b(CABG)\s*(?:x\s*\d|in\s+(?:19|20)\d{2}|\(?(?:19|20)\d{2}\)?)|\b(coronary (?:artery )?stents?|drug[- ]eluting stents?|DES|bare[- ]metal stents?|BMS)\b(?=[^.\n]{0,40}\b(?:LAD|RCA|LCx|circumflex|left main|OM|obtuse marginal|diagonal|coronary|(?:19|20)\d{2}|ago)\b)|\bstents?\s+(?:to|in|of)\s+(?:the\s+)?(?:proximal\s+|mid\s+|distal\s+)?(LAD|RCA|LCx|circumflex|left main|OM|diagonal)\b|\b(?:s\/p|status post)\s+(?:PCI|PTCA)\s+(?:with|and)\s+(stents?|DES)\b/gi,
    code: (m) => (m[1] || m[2] ? 'Z95.1' : 'Z95.5'),
    conflicts: /^(?:Z95\.[15]|T82\.(?:2|8[0-9]?|85|855|856)|I25\.7|I25\.81)/,
    statusCue: /\b(?:s\/p|status post|history of|h\/o|prior|previous|remote|old|in place|(?:19|20)\d{2}|ago|has|with|patent|CABG|stent(?:s|ed)?|DES|BMS)\b/i,
    reject: /\b(?:restenosis|in-?stent|thrombos[ie]s|occlu\w*|graft (?:failure|disease|stenosis)|today|this admission|emergent)\b/i,
    many: true,
  },
  {
    section: 'I.C.21.c.3', what: 'artificial joint status',
    pattern: /\b(?:(?:total|partial|hemi|reverse|unicompartmental)\s+)?(?:(right|left|bilateral|both|rt|lt|R|L)\s+)?(?:(?:total|partial|hemi|reverse|unicompartmental)\s+)?(knee|hip|shoulder|elbow|ankle|wrist)\s+(?:arthroplast(?:y|ies)|replacements?|prosthes[ie]s)\b|\b(?:(right|left|bilateral|both|rt|lt|R|L)\s+)?(TKA|TKR|THA|THR|TSA)\b/gi,
    code: (m, _sentence) => {
      const joint = (m[2] ?? JOINT_ABBREVIATIONS[(m[4] ?? '').toLowerCase()])?.toLowerCase();
      const stem = joint && JOINTS[joint];
      if (!stem) return undefined;
      const side = SIDE(m[1] ?? m[3]) ?? SIDE(SIDE_AFTER.exec(m.input!.slice(m.index! + m[0].length))?.[1]);
      const last = side === 'right' ? '1' : side === 'left' ? '2' : side === 'bilateral' ? (joint === 'knee' || joint === 'hip' ? '3' : undefined) : '9';
      return last ? `${stem}${last}` : undefined;
    },
    conflicts: /^(?:Z96\.6|T84\.[0-7])/,
    statusCue: /\b(?:s\/p|status post|history of|h\/o|prior|previous|remote|old|in place|(?:19|20)\d{2}|years? ago|months? ago|well-?healed|healed|has an?|with an?|stable)\b/i,
    reject: /\b(?:loosening|dislocat\w*|periprosthetic|infect\w*|failed|failure|revision|wear|instability|fracture)\b/i,
    many: true,
  },
  {
    section: 'I.C.21.c.3', what: 'implant status',
    // An insulin pump is left out: notes name it as how insulin is given, and its problems are T85.6- complications.
    pattern: /\b(pseudophak(?:ia|ic)|cochlear implants?)\b/gi,
    code: (m) => (/pseudophak/i.test(m[1]) ? 'Z96.1' : 'Z96.21'),
    conflicts: /^(?:Z96\.(?:1|2|4)|T85\.(?:2|6))/,
    reject: /\b(?:malfunction\w*|failure|infect\w*|dislocat\w*|candidate|start(?:ing)?)\b/i,
  },
  {
    // Index: Absence (of) (organ or part) (acquired) → Z90.-, by organ and, for the breast, side. Organs whose loss
    // another code already implies (stomach: K91.1 postgastric surgery syndromes) or that notes rarely report
    // as a status (prostate after a prostatectomy, beside Z85.46) are left out.
    section: 'I.C.21.c.3', what: 'acquired absence of an organ',
    pattern: /\b(?:(right|left|bilateral|both|rt|lt)\s+)?(?:(?:total|radical|simple|modified radical|abdominal|vaginal|laparoscopic|robotic|robotic-assisted|subtotal|partial|supracervical|completion)\s+){0,2}(hysterectomy|mastectomy|mastectomies|splenectomy|nephrectomy|pneumonectomy|lobectomy|laryngectomy|oophorectomy|salpingo-?oophorectomy|TAH|BSO|TAH-?BSO)\b/gi,
    code: (m) => {
      const what = m[2].toLowerCase();
      const before = m[0].toLowerCase();
      const side = SIDE(m[1]) ?? SIDE(SIDE_AFTER.exec(m.input!.slice(m.index! + m[0].length))?.[1])
        ?? SIDE(/\b(?:of|on)\s+(?:the\s+)?(right|left|both)\s+breasts?\b/i.exec(m.input!.slice(m.index! + m[0].length, m.index! + m[0].length + 30))?.[1]);
      if (what === 'hysterectomy' || what === 'tah' || what.startsWith('tah')) return /supracervical|subtotal|partial/.test(before) ? 'Z90.711' : 'Z90.710';
      if (what.startsWith('mastectom')) return side === 'right' ? 'Z90.11' : side === 'left' ? 'Z90.12' : side === 'bilateral' || what.endsWith('ies') ? 'Z90.13' : 'Z90.10';
      if (what === 'splenectomy') return 'Z90.81';
      // A partial nephrectomy leaves the kidney: no acquired absence.
      if (what === 'nephrectomy') return /partial/.test(before) ? undefined : 'Z90.5';
      if (what === 'pneumonectomy' || what === 'lobectomy') return /\blobectomy\b/.test(what) && /\b(?:thyroid|liver|hepatic|temporal)\b/i.test(m.input!.slice(m.index!, m.index! + m[0].length + 30)) ? undefined : 'Z90.2';
      if (what === 'laryngectomy') return 'Z90.02';
      if (what === 'bso' || /salpingo|oophorectomy/.test(what)) return side === 'bilateral' || what === 'bso' || /\bbilateral\b/i.test(m.input!.slice(Math.max(0, m.index! - 20), m.index!)) ? 'Z90.722' : 'Z90.721';
      return undefined;
    },
    conflicts: /^Z90\./,
    statusCue: /\b(?:s\/p|status post|history of|h\/o|hx of|prior|previous|remote|(?:19|20)\d{2}|years? ago|months? ago|post-?(?:hysterectomy|mastectomy|splenectomy|nephrectomy)|after (?:her|his|a|the))\b/i,
    reject: /\b(?:POD|post-?op(?:erative)? day|complication|leak\w*|infect\w*)\b/i,
    many: true,
  },
  {
    // I.C.21.c.7 lists Z48.0- among the aftercare codes; an injury's own aftercare is its code with 7th character D (I.C.19.a),
    // so the encounter code is taken only when no injury is coded.
    section: 'I.C.21.c.7', what: 'attention to dressings, sutures and drains',
    pattern: /\b(?:(?:here|presents?|seen|comes? in|returns?|visit|encounter|appointment|reason for (?:visit|encounter))\s+(?:today\s+)?(?:is\s+)?(?:for\s+)?(?:an?\s+|the\s+)?(?:(surgical|post-?op(?:erative)?|incision(?:al)?)\s+)?(?:wound\s+)?(dressing change|dressing removal|suture removal|staple removal|removal of (?:the\s+)?(?:sutures|stitches|staples)|drain removal|removal of (?:the\s+)?drain)|^(?:reason for visit|chief complaint|cc|rfv)\s*:\s*(?:(surgical|post-?op(?:erative)?)\s+)?(?:wound\s+)?(dressing change|suture removal|staple removal|removal of sutures|removal of staples|drain removal))/gim,
    code: (m, sentence) => {
      const what = (m[2] ?? m[4] ?? '').toLowerCase();
      if (/suture|stitch|staple/.test(what)) return 'Z48.02';
      if (/drain/.test(what)) return 'Z48.03';
      return m[1] || m[3] || /\b(?:surgical|post-?op\w*|incision\w*|operative)\b/i.test(sentence) ? 'Z48.01' : 'Z48.00';
    },
    conflicts: /^(?:Z48\.0|S|T[0-3]\d|T7[0-9]|T8[1-9])/,
    needs: (drafts) => ![...drafts.keys()].some((k) => /^(?:S|T[0-3])/.test(k)),
    reject: /\b(?:laceration|lac\b|injur\w*|trauma\w*|cut|bite)\b/i,
    rejectNote: /\b(?:laceration|lac repair|injur(?:y|ies|ed)|traumatic|bite wound|fracture|burn)\b/i,
    sequence: 0,
  },
];

function statusEntry(ctx: GuidelineContext, drafts: Map<string, Draft>, entry: StatusEntry): void {
  if (entry.rejectNote?.test(ctx.text)) return;
  const global = entry.pattern.global ? entry.pattern : new RegExp(entry.pattern.source, `${entry.pattern.flags}g`);
  global.lastIndex = 0;
  const seen = new Set<string>();
  for (const m of ctx.text.matchAll(global)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
    const sentence = sentenceText(ctx.analysis, ctx.text, span.start);
    if (STATUS_NOT_YET.test(sentence) || entry.reject?.test(sentence)) continue;
    if (entry.statusCue && !entry.statusCue.test(sentence)) continue;
    if (entry.needs && !entry.needs(drafts, sentence, m)) continue;
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.hypothetical || c.family || c.uncertain) continue;
    const found = entry.code(m, sentence);
    const codes = found === undefined ? [] : typeof found === 'string' ? [found] : found;
    for (const code of codes) {
      if (seen.has(code) || drafts.has(code) || !billable(ctx, code)) continue;
      const complication = TRANSPLANT_COMPLICATION[code];
      const conflict = [...drafts.keys()].find((k) => (complication ? complication.test(k) : entry.conflicts.test(k)) || (k !== code && k.slice(0, 6) === code.slice(0, 6)));
      if (conflict) continue;
      seen.add(code);
      const detail = `status: ${entry.what} (${ctx.text.slice(span.start, span.end)})`;
      drafts.set(code, textDraft(ctx, code, span, { section: entry.section, action: 'added', detail }, entry.sequence ?? 2));
    }
    if (seen.size && !entry.many) return;
  }
}

function transplantCodes(m: RegExpMatchArray): readonly string[] {
  const organ = m.slice(1, 6).find((g) => g !== undefined) ?? '';
  return TRANSPLANT_ORGANS.find(([re]) => re.test(organ))?.[1] ?? [];
}
