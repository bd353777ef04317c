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
import { addNote, billable, dropDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineNote, GuidelineRule } from './types';

/** Literal prefilter: the rule reads nothing in a note without one of these words. */
const PREFILTER = /\b(?:annual|yearly|routine|preventive|preventative|wellness|well[- ](?:child|baby|infant|adolescent|woman|visit|check)|WCC|WCV|physical|follow[- ]?up|f\/u|recheck|surveillance|re-check|post[- ]treatment|BMI|body mass index|amputations?|amputee|BKA|AKA|disarticulation)\b/i;

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
const AGE_MONTHS = /\b(\d{1,2})\s*-?\s*(?:months?|mos?|mo)\b(?:\s*-?\s*old)?/i;
/** Adult codes are for persons 20 and over; pediatric BMI codes for ages 2 to 19 (Tabular Z68 note). */
const ADULT_BMI_MIN_AGE_YEARS = 20;
/** Z00.0- is for adults; Z00.12- is the routine child health examination (under 18). */
const ADULT_EXAM_MIN_AGE_YEARS = 18;

/** Follow-up of a condition whose treatment is completed (I.C.21.c.8). */
const FOLLOW_UP = /\b(?:follow[- ]?up|f\/u|recheck|re-check|surveillance|post[- ]treatment (?:check|visit|exam(?:ination)?)|seen \w+ (?:weeks?|months?) after)\b/i;
/** The follow-up is this visit's reason: said so, or the note's title ("Urology clinic - recheck"); "at follow-up, …" in a case history is not. */
const VISIT_FOR = /\b(?:here|seen|presents?|returns?|comes? in|reason for (?:visit|encounter)|visit)\s+(?:\w+\s+){0,2}?(?:for|is)\s+(?:an?\s+|the\s+|her\s+|his\s+)?(?:\w+\s+)?$/i;
const COMPLETED = /\b(?:(?:treatment|course|therapy|antibiotics?|regimen)\s+(?:was\s+|is\s+)?(?:completed|finished|complete)|(?:completed|finished)\s+(?:\w+\s+){0,3}?(?:course|treatment|therapy|antibiotics?)|course (?:finished|completed)|resolved|passed spontaneously|no residual|(?:removed|excised|resected|eradicated)\b(?![^.\n]*\b(?:today|this (?:visit|procedure))\b))\b/i;
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
    if (!PREFILTER.test(ctx.text)) return;
    generalExamination(ctx, drafts);
    followUpAfterTreatment(ctx, drafts);
    bodyMassIndex(ctx, drafts);
    amputationStatus(ctx, drafts);
  },
};

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
  const m = AGE_MONTHS.exec(head);
  const y = AGE_YEARS.exec(head);
  if (m && (!y || m.index < y.index)) return Number(m[1]) / 12;
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
  const abnormal = WITH_ABNORMAL.test(ctx.text) || (found.length > 0 && !NO_ABNORMAL.test(ctx.text));
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
    !(title && span.start >= title.start && span.end <= title.end) && !VISIT_FOR.test(ctx.text.slice(Math.max(0, span.start - 50), span.start)));
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
  // Z09 is the visit's reason only when nothing current is being managed ("hypertension follow-up" is not Z09).
  if (conditions(drafts).some((d) => d.code[0] !== 'R')) return;
  const z = textDraft(ctx, 'Z09', follow, { section: 'I.C.21.c.8', action: 'added', detail: `follow-up after completed treatment, with ${history.map((h) => h.code).join(', ')}` }, 0);
  z.evidence.push({ start: completed.start, end: completed.end, text: ctx.text.slice(completed.start, completed.end) });
  drafts.set('Z09', z);
  for (const h of history) addNote(h, { section: 'I.C.21.c.8', action: 'sequenced', detail: 'the history code explains the follow-up (Z09 first)' });
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
  const weight = [...drafts.values()].find((d) => WEIGHT_DIAGNOSIS.test(d.code));
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
const AMPUTATION = /\b(?:(right|left)\s+)?((?:below|above)[- ](?:the[- ])?(?:knee|elbow)|trans-?(?:tibial|femoral|metatarsal|radial|humeral)|(?:great|big) toe|(?:(?:second|third|fourth|fifth|little|\d(?:st|nd|rd|th))\s+)?(?:toe|ray)|forefoot|partial foot|foot|ankle|Syme|hip|knee|thumb|(?:(?:index|middle|ring|little)\s+)?finger|hand|wrist|shoulder)\s+(?:amputation|amputee|disarticulation)\b|\b(?:(right|left)\s+)?(BKA|AKA)\b/gi;
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
    const side = (m[1] ?? m[3])?.toLowerCase() as 'right' | 'left' | undefined;
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
