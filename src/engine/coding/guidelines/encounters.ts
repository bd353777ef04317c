// Owns the chapter 21 reason-for-encounter rules: an immunization given at the visit is Z23
// (I.C.21.c.2), a screening test of an asymptomatic patient is its Z11–Z13 screening code, chosen from
// the Index's "Screening" entries (I.C.21.c.5), and a disease named only as the target of a vaccine or of
// a test that came back negative is not a diagnosis of the patient (I.B.4: code what is documented as
// present; a vaccine's name is not the disease, a negative screening test is not the infection, a
// clinic's name or a measurement named after an organ's disease is not the disease).
import { mentionContext } from '../../context';
import { isClinicalSpan, sectionAt, type TextAnalysis } from '../../text';
import { codeSetCache, loadKnowledge, type CodeSet } from '../../icd10';
import { dropDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineNote, GuidelineRule } from './types';

const VACCINE_WORD = /\b(?:vaccines?|vaccinations?|immuni[sz]ations?|toxoids?|flu shots?|booster)\b/i;
/** A vaccine, by the word or by the product names and abbreviations immunization records use (CVX short names). */
const VACCINE = /\b(?:vaccines?|vaccinations?|immuni[sz]ations?|toxoids?|flu shots?|booster|DTaP|Tdap|IPV|Hib|PCV\d{2}|PPSV23|MMRV?|Shingrix|Gardasil|Prevnar|Pneumovax|Boostrix|Adacel|Pentacel|Pediarix|Vaxelis)\b/i;
/** The vaccine was given at this visit (not a past dose, a plan or a refusal). */
const ADMINISTERED = /\b(?:given|administered|gave|injected|(?:IM|SC|subcutaneous(?:ly)?|intramuscular(?:ly)?)\b|lot (?:number|recorded|logged)|(?:dose|doses) (?:#?\d|one|two|three)|(?:first|second|third|fourth|1st|2nd|3rd|4th|booster) doses?|(?:here|walk-in|returns?|presents?) for\b[^.\n]{0,60}\b(?:vaccines?|dose|shot|booster)|\b(?:vaccines?|vaccinations?|immuni[sz]ations?|shots?) today\b)/i;
/** A vaccination the patient had before, was due, declined, or will get: no Z23 from it. */
const NOT_TODAY = /\b(?:declined|refused|deferred|not (?:given|administered|done)|due (?:for|at|in)|will (?:return|receive|get|schedule)|next (?:dose|visit)|in childhood|as a child|years? ago|previously|prior|history of|up[ -]to[ -]date|was vaccinated|had (?:received|been vaccinated)|(?:un|not |never )vaccinated|recommended)\b/i;

/** Past-tense narration of an administration (case reports), unless the note says it was today. */
const NARRATED = /\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:given|administered|injected|received)\b(?![^.\n]*\btoday\b)/i;
/** A word-level cue that the screening is this encounter's preventive service (I.C.21.c.5), not a work-up. */
const SCREEN = /\bscreen(?:s|ed|ing)?\b/i;
const PREVENTIVE = /\b(?:routine|annual|yearly|universal|one-time|average[- ]risk|asymptomatic|no (?:\w+ ){0,2}symptoms|without symptoms|per (?:current )?(?:guidelines?|recommendations?|USPSTF)|USPSTF|here (?:only )?for|seen for|presents? for|requests?|indication|reason for (?:visit|exam)|chose|accepted)\b/i;
/** The patient has no symptoms: the test is a screening (I.C.21.c.5), stated in the sentence after its name. */
const ASYMPTOMATIC = /\b(?:asymptomatic|no (?:\w+ ){0,2}symptoms|without symptoms|no complaints)\b/i;
const NOT_DONE = /\b(?:due|overdue|up[ -]to[ -]date|declined|refused|deferred|will (?:schedule|obtain|order|return)|recommend(?:ed|s)?|next|previous|prior|last screening)\b/i;

/** Words of a negative test result in the same clause. */
const NEGATIVE_RESULT = /\b(?:negative|nonreactive|non-reactive|not detected|undetectable|none detected|normal|unremarkable|no evidence)\b/i;
/** Words that make a disease name the label of a test. */
const TEST_WORD = /^[\s\-/\d,()]*(?:[\w-]+\s+){0,2}?(?:screen(?:ing)?|tests?|testing|antibod(?:y|ies)|antigens?|ag\/ab|ag|ab|ig[gma]|serology|serologies|pcr|naat|titers?|smear|rapid test)\b/i;
/** Words saying an antibody result shows protection (immunity testing, I.C.21.c.13), not infection. */
const IMMUNITY = /\b(?:immune|immunity|immunized|seroprotected|vaccine series|post-?vaccination)\b/i;
const IMMUNITY_REACH_CHARS = 200;
/** A test named before the disease it looks for ("NAAT for chlamydia and", "culture for"). */
const TEST_FOR_BEFORE = /\b(?:screen(?:ing)?|tested|test(?:ing|s)?|naat|pcr|cultures?|swabs?|panel|titers?|serology|assay|antibod(?:y|ies)|antigens?|smear)\s+for\s+(?:[\w-]+\s+){0,2}(?:and\s+|or\s+|\/\s*)?(?:[\w-]+\s+){0,2}$/i;
/** Literal prefilter of a test named before its disease. */
const TEST_NOUN = /\b(?:naat|pcr|cultures?|swabs?|titers?|serology|assay|tests?|testing|panel)\b/i;
/** A test still awaiting its result. */
const PENDING_RESULT = /\b(?:sent|ordered|pending|drawn|collected|obtained|to follow|awaited|awaiting)\b/i;
/** A negative result written straight after the disease's name ("HCV and negative for HIV": the result is the next item's). */
const RESULT_AFTER = /^[\s\-/\d]*(?:(?!(?:and|or|but)\b)[\w-]+\s+)?(?:negative|nonreactive|non-reactive|not detected|undetectable)\b/i;
const VACCINE_AFTER = /^[\s\-]*(?:(?:[\w-]+|\([^)]{0,30}\))\s+){0,4}?(?:vaccines?|vaccinations?|immuni[sz]ations?|toxoids?|shots?|boosters?|conjugate|polysaccharide)\b/i;
/**
 * A product's preparation word before the disease's name ("recombinant zoster", "live attenuated influenza",
 * "inactivated polio"): the name of a vaccine, as the Index's "Vaccination" entries and the CVX names write them.
 */
const VACCINE_PREPARATION_BEFORE = /\b(?:recombinant|inactivated|live[- ]attenuated|attenuated|adjuvanted|acellular|mRNA)\s+(?:[\w-]+\s+){0,1}$/i;
const VACCINE_BEFORE = /\b(?:vaccines?|vaccinations?|immuni[sz]ations?)\s+(?:against|for)\s+(?:[\w-]+\s+){0,3}$/i;
/** A line labelled as the vaccines given, up to the disease's name. */
const VACCINE_LIST = /\b(?:vaccines?|vaccinations?|immuni[sz]ations?)\b[^:\n]{0,30}:[^.\n]*$/i;
/** A line labelled as what was given or administered, up to the disease's name. */
const ADMINISTERED_LIST = /\b(?:given|administered)(?:\s+today)?\s*:[^.\n]*$/i;
/** A dose number right after the disease's name ("hepatitis B #2", "hep A dose 1"). */
const DOSE_AFTER = /^\s*(?:#\s?\d|dose\s*#?\s?\d|series\b)/i;
/** A vaccine acronym expanded in brackets: "Tdap (tetanus, diphtheria, pertussis)". */
const ACRONYM_EXPANSION = /\b(?:tdap|td|dtap|dtp|mmrv?|hpv\d*|pcv\d*|ppsv\d*|ipv|hib|bcg|rzv|zvl)\s*\([^)]*$/i;

/**
 * Words a note writes for a screening test that the Index lists under the disease screened for
 * (the Index names diseases, not tests): each maps to the Index subterm words it stands for.
 * Hand entries because the Index has no test names; hepatitis is "viral NEC" in the Index (Z11.59).
 */
const TEST_ALIASES: Record<string, string> = {
  hiv: 'human immunodeficiency virus',
  hcv: 'viral', hbv: 'viral', hbsag: 'viral', hepatitis: 'viral',
  sti: 'sexually transmitted', std: 'sexually transmitted', chlamydia: 'chlamydial',
  tb: 'pulmonary tuberculosis', ppd: 'pulmonary tuberculosis', tst: 'pulmonary tuberculosis', tuberculin: 'pulmonary tuberculosis',
  quantiferon: 'pulmonary tuberculosis', igra: 'pulmonary tuberculosis', tuberculosis: 'pulmonary tuberculosis',
  cancer: 'neoplasm', carcinoma: 'neoplasm', malignancy: 'neoplasm', malignant: 'neoplasm',
  mammogram: 'neoplasm breast routine mammogram', mammography: 'neoplasm breast routine mammogram',
  pap: 'neoplasm cervix', psa: 'neoplasm prostate', colorectal: 'neoplasm colon', fit: 'neoplasm colon', cologuard: 'neoplasm colon',
  fobt: 'neoplasm colon', sigmoidoscopy: 'neoplasm colon', colonoscopy: 'neoplasm colon', ldct: 'neoplasm lung',
  cholesterol: 'nutritional metabolic lipoid', lipid: 'nutritional metabolic lipoid', lipids: 'nutritional metabolic lipoid',
  dxa: 'osteoporosis', dexa: 'osteoporosis', densitometry: 'osteoporosis', phq: 'depression',
  a1c: 'diabetes', hba1c: 'diabetes', glucose: 'diabetes',
};
/** Index subterm words that name no target ("disease or disorder", "NEC"). */
const INDEX_FILLER = new Set(['disease', 'disorder', 'or', 'of', 'and', 'nec', 'specified', 'condition', 'special', 'for', 'the', 'type', 'other', 'mellitus']);

interface ScreeningEntry {
  code: string;
  words: string[];
  path: string;
}

const screeningIndexCache = codeSetCache<{ entries: ScreeningEntry[]; immunization?: string }>('guidelines.screeningIndex');

/** The Index's "Screening" subterms (with their billable codes) and the "Vaccination, encounter for" code. */
function encounterIndex(codeSet: CodeSet): { entries: ScreeningEntry[]; immunization?: string } {
  let cached = screeningIndexCache.get(codeSet);
  if (cached) return cached;
  const entries: ScreeningEntry[] = [];
  let immunization: string | undefined;
  for (const t of loadKnowledge(codeSet.fiscalYear).indexTerms()) {
    const head = t.path[0].split(',')[0].trim().toLowerCase();
    if (head === 'vaccination' && t.path.length === 2 && /^encounter for$/i.test(t.path[1]) && t.code) immunization = t.code;
    if (head !== 'screening' || !t.code || t.code.endsWith('-') || t.path.length < 2) continue;
    const words = indexWords(t.path.slice(1).join(' '));
    if (!words.length || !isBillable(codeSet, t.code)) continue;
    entries.push({ code: t.code, words, path: t.path.join(', ') });
  }
  cached = { entries, immunization: immunization && isBillable(codeSet, immunization) ? immunization : undefined };
  screeningIndexCache.set(codeSet, cached);
  return cached;
}

function isBillable(codeSet: CodeSet, code: string): boolean {
  try {
    return codeSet.find(code)?.billable === true;
  } catch {
    return false;
  }
}

function stem(w: string): string {
  return w.length > 4 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w;
}

function indexWords(text: string): string[] {
  return [...new Set(text.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[^a-z0-9]+/).filter(Boolean).map(stem).filter((w) => !INDEX_FILLER.has(w)))];
}

/** Words of a sentence with test names expanded to the Index words they stand for. */
function sentenceWords(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const raw of sentence.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!raw) continue;
    out.add(stem(raw));
    const alias = TEST_ALIASES[raw];
    if (alias) for (const w of alias.split(' ')) out.add(stem(w));
  }
  return out;
}

/** The most specific Screening entries whose words all occur in the sentence (one per code). */
function screeningTargets(entries: readonly ScreeningEntry[], sentence: string): ScreeningEntry[] {
  const words = sentenceWords(sentence);
  const hits = entries.filter((e) => e.words.every((w) => words.has(w)));
  // Entries naming one target at two depths ("neoplasm, breast" and "…, routine mammogram") keep the deeper.
  const best = hits.filter((e) => !hits.some((o) => o !== e && o.words.length > e.words.length && e.words.every((w) => o.words.includes(w))));
  const byCode = new Map<string, ScreeningEntry>();
  for (const e of best) if (!byCode.has(e.code)) byCode.set(e.code, e);
  return [...byCode.values()];
}

interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

function sentences(analysis: TextAnalysis, text: string): SentenceSpan[] {
  return analysis.sentences.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}

/** The first sentence holding a letter: a note's title ("SCREENING MAMMOGRAM", "Colonoscopy - screening"). */
function isTitle(all: readonly SentenceSpan[], s: SentenceSpan, text: string): boolean {
  const at = all.findIndex((x) => /[a-z]/i.test(x.text));
  if (at < 0) return false;
  if (all[at] === s) return true;
  // A labelled title line ("Procedure: screening colonoscopy", "EXAM: low-dose CT chest for lung cancer
  // screening"): the label is split off as its own sentence; the value on the same line is the title.
  const next = all[at + 1];
  return next === s && TITLE_LABEL.test(all[at].text) && !text.slice(all[at].end, s.start).includes('\n');
}
/** The label of a note's title line: the procedure or examination performed at this encounter. */
const TITLE_LABEL = /^\s*(?:procedure|exam|examination|study|test|service)\s*:\s*$/i;

/**
 * Evidence for a code read from a sentence: the cue word, else the whole sentence, whichever the
 * context analysis reads as affirmed (the validator judges the same span the same way); undefined if neither.
 */
function affirmedSpan(ctx: GuidelineContext, sentence: SentenceSpan, match: RegExpExecArray): { start: number; end: number } | undefined {
  const cue = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
  const lead = sentence.text.length - sentence.text.trimStart().length;
  const whole = { start: sentence.start + lead, end: sentence.start + sentence.text.trimEnd().length };
  for (const span of [cue, whole]) {
    const c = mentionContext(ctx.analysis, span);
    if (!c.negated && !c.hypothetical && !c.uncertain && !c.family) return span;
  }
  return undefined;
}

function ruleDraft(ctx: GuidelineContext, code: string, span: { start: number; end: number }, note: GuidelineNote): Draft {
  const { start, end } = span;
  const section = sectionAt(ctx.analysis, start)?.kind ?? 'other';
  return {
    code, confidence: 0.75, first: start, priority: 2, evidence: [{ start, end, text: ctx.text.slice(start, end) }], mentions: [],
    match: 'synonym', termTokens: 2, section, guideline: [note],
  };
}

function addOrMerge(drafts: Map<string, Draft>, d: Draft): void {
  const existing = drafts.get(d.code);
  if (!existing) {
    drafts.set(d.code, d);
    return;
  }
  for (const e of d.evidence) if (!existing.evidence.some((x) => x.start === e.start)) existing.evidence.push(e);
  for (const n of d.guideline) if (!existing.guideline.some((x) => x.detail === n.detail)) existing.guideline.push(n);
}

/** Text of the clause around a span: from the previous clause break to the next one. */
function clauseAround(text: string, start: number, end: number): string {
  let lo = start;
  while (lo > 0 && !/[.;\n]/.test(text[lo - 1])) lo--;
  let hi = end;
  while (hi < text.length && !/[.;\n]/.test(text[hi])) hi++;
  return text.slice(lo, hi);
}

/**
 * (Whitespace is required between the words of these patterns: an optional separator would let the
 * engine split one word many ways and backtrack exponentially on capitalised text.)
 * A disease word inside an organisation's name ("Diabetes & Endocrinology Associates", "Cancer
 * Institute"): capitalised words running up to an organisation noun.
 */
const ORGANISATION_AFTER = /^(?:[ \t]+(?:&|and|of|[A-Z][\w'-]*)){0,6}[ \t]+(?:\[LOCATION\]|(?:Associates|Clinic|Center|Centre|Institute|Group|Service|Services|Department|Foundation|Society|Program|Programme|Unit|Practice|Specialists|Network|Alliance)\b)/;
/**
 * Spans of capitalised organisation names ("Breast Cancer Center", "Diabetes & Endocrine Associates"; redaction
 * may leave "Breast Cancer [LOCATION]" when it takes the facility noun): a concept
 * match that starts inside one (the matcher may join "Breast Cancer Center for a benign fibroadenoma") is a name.
 */
const ORGANISATION_NAME = /\b(?:[A-Z][\w'-]*[ \t]+(?:(?:&|and|of|for)[ \t]+)?){1,6}(?:\[LOCATION\]|(?:Associates|Clinic|Center|Centre|Institute|Group|Services?|Department|Foundation|Society|Program|Programme|Unit|Practice|Specialists|Network|Alliance)\b)/g;
let organisationCache: { text: string; spans: Array<[number, number]> } | undefined;
function insideOrganisation(text: string, at: number): boolean {
  if (organisationCache?.text !== text) organisationCache = { text, spans: [...text.matchAll(ORGANISATION_NAME)].map((m) => [m.index!, m.index! + m[0].length]) };
  return organisationCache.spans.some(([from, to]) => at >= from && at < to);
}
/** Literal prefilter of ORGANISATION_AFTER and MEASURE_AFTER. */
const NAME_NOUN = /\[LOCATION\]|\b(?:Associates|Clinic|Center|Centre|Institute|Group|Services?|Department|Foundation|Society|Programm?e?|Unit|Practice|Specialists|Network|Alliance)\b|\b(?:volumes?|scale|index|indices)\b/;
/** A measurement or an examination scale named after a condition ("stroke volume", "NIH stroke scale"). */
const MEASURE_AFTER = /^\s*(?:volume|volumes|scale|index|indices)\b/i;

/** A disease named as a vaccine's target, or as the label of a test that was negative or a screening. */
function namedAsTarget(text: string, start: number, end: number, screening: boolean, symptom: boolean): 'vaccine' | 'test' | 'name' | undefined {
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 60), start);
  if (/^[A-Z]/.test(text.slice(start, end)) && (ORGANISATION_AFTER.test(after) || insideOrganisation(text, start))) return 'name';
  // A symptom's score ("pain scale 7") still documents the symptom.
  if (!symptom && MEASURE_AFTER.test(after)) return 'name';
  if (VACCINE_AFTER.test(after) || VACCINE_BEFORE.test(before) || ACRONYM_EXPANSION.test(before) || VACCINE_PREPARATION_BEFORE.test(before)) return 'vaccine';
  // "Vaccines given today: DTaP, IPV, hepatitis B #2": a disease in the list after a vaccine label.
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  if (VACCINE_LIST.test(line)) return 'vaccine';
  // "Given today: DTaP, IPV, hepatitis B #2": a list of what was administered that names vaccines, or a dose
  // number straight after the disease's name, makes each item a vaccine.
  const wholeLine = line + text.slice(start, (text.indexOf('\n', end) + 1 || text.length + 1) - 1);
  if (ADMINISTERED_LIST.test(line) && VACCINE.test(wholeLine)) return 'vaccine';
  if (DOSE_AFTER.test(after) && VACCINE.test(wholeLine)) return 'vaccine';
  const labelOfTest = TEST_WORD.test(after) || /\b(?:screen(?:ing)?|tested|test(?:ing)?)\s+for\s+(?:[\w-]+\s+){0,2}$/i.test(before);
  if (labelOfTest && (screening || NEGATIVE_RESULT.test(clauseAround(text, start, end)))) return 'test';
  // IV.H: a test sent or pending for a disease ("NAAT for chlamydia and gonorrhea sent") names what is being
  // ruled out, not a diagnosis.
  if ((labelOfTest || TEST_FOR_BEFORE.test(before)) && PENDING_RESULT.test(clauseAround(text, start, end))) return 'test';
  // I.C.21.c.13 (Z01.84): an antibody test read for immunity ("varicella IgG positive, immune") names the
  // disease the patient is protected from, not one the patient has.
  if (labelOfTest && IMMUNITY.test(text.slice(Math.max(0, start - IMMUNITY_REACH_CHARS), end + IMMUNITY_REACH_CHARS))) return 'test';
  // "HIV nonreactive", "strep negative": the disease's name stands for its test.
  if (RESULT_AFTER.test(after)) return 'test';
  return undefined;
}

/**
 * I.C.21.c.1 / I.C.1.g.1.e: contact with or exposure to a communicable disease, stated as the provider's
 * conclusion ("A: close exposure to COVID-19"), is its Z20 code from the Index's "Exposure (to)" entries.
 * Only an assessment or impression is read: "no known exposure to TB" in a history is not this visit's reason.
 */
const EXPOSURE = /\b(?:exposure|exposed)\s+to\s+(?:an?\s+|the\s+)?([^.;,:\n()]{2,50})/gi;
const EXPOSURE_PREFILTER = /\bexpos(?:ure|ed)\s+to\b/i;
const CONCLUSION_KINDS: ReadonlySet<string> = new Set(['assessment', 'assessment_plan', 'impression', 'diagnoses']);
const exposureIndexCache = codeSetCache<ReadonlyArray<readonly [term: string, code: string]>>('guidelines.exposureIndex');

function exposureIndex(codeSet: CodeSet): ReadonlyArray<readonly [term: string, code: string]> {
  let cached = exposureIndexCache.get(codeSet);
  if (!cached) {
    const found: Array<readonly [string, string]> = [];
    for (const t of loadKnowledge(codeSet.fiscalYear).indexTerms()) {
      const head = t.path[0].split('(')[0].trim().toLowerCase();
      // "Exposure (to) — see also Contact, with": the Index keeps some diseases under Contact only ("viral hepatitis" Z20.5).
      if ((head !== 'exposure' && head !== 'contact') || t.path.length !== 2 || !t.code || !t.code.startsWith('Z20') || !isBillable(codeSet, t.code)) continue;
      const term = t.path[1].replace(/\s+NEC$/i, '').toLowerCase();
      found.push([term, t.code]);
    }
    // Longest terms first: "human immunodeficiency virus" before any shorter term it holds.
    cached = found.sort((a, b) => b[0].length - a[0].length);
    exposureIndexCache.set(codeSet, cached);
  }
  return cached;
}

/**
 * "Exposure to hepatitis C": the disease is named more narrowly than the Index's "Exposure (to)" entry
 * ("viral hepatitis" Z20.5). The disease's own code, drafted from the exposure's words, says which entry it
 * falls under: its Tabular title holds the entry's words ("Unspecified viral hepatitis C …").
 */
function exposureByTitle(ctx: GuidelineContext, drafts: Map<string, Draft>, span: { start: number; end: number }, index: ReadonlyArray<readonly [string, string]>): readonly [string, string] | undefined {
  for (const d of drafts.values()) {
    if (d.code[0] === 'Z' || !d.evidence.length || !d.evidence.every((e) => e.start >= span.start && e.end <= span.end)) continue;
    const title = ` ${(ctx.codeSet.find(d.code)?.longDescription ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
    const hit = index.find(([term]) => !/\b(infection|disease)$/.test(term) && title.includes(` ${term.replace(/[^a-z0-9]+/g, ' ').trim()} `));
    if (hit) return hit;
  }
  return undefined;
}

function exposureToDisease(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if (!EXPOSURE_PREFILTER.test(ctx.text)) return;
  const index = exposureIndex(ctx.codeSet);
  for (const m of ctx.text.matchAll(EXPOSURE)) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    if (!CONCLUSION_KINDS.has(sectionAt(ctx.analysis, start)?.kind ?? '') || !isClinicalSpan(ctx.analysis.provenance, span)) continue;
    const target = m[1].toLowerCase().trim();
    const hit = index.find(([term]) => target === term || target.startsWith(`${term} `)) ?? exposureByTitle(ctx, drafts, span, index);
    if (!hit) continue;
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.hypothetical || c.family) continue;
    // The disease named only as what the patient was exposed to is not the patient's (I.C.1.g.1.e); a disease
    // the note also states elsewhere is left to the other rules.
    const z = ruleDraft(ctx, hit[1], span, { section: 'I.C.21.c.1', action: 'added', detail: `contact with or exposure to ${hit[0]}` });
    addOrMerge(drafts, z);
    for (const d of [...drafts.values()]) {
      if (d.code[0] === 'Z' || !d.evidence.length || !d.evidence.every((e) => e.start >= span.start && e.end <= span.end)) continue;
      dropDraft(ctx, drafts, d.code, 'I.C.1.g.1.e', `named only as an exposure: ${hit[1]}`, drafts.get(hit[1]));
    }
  }
}

export const encounterReasonRule: GuidelineRule = {
  name: 'encounter reasons: immunization and screening',
  section: 'I.C.21.c',
  readsText: true,
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    exposureToDisease(ctx, drafts);
    const hasVaccine = VACCINE.test(ctx.text);
    const hasScreen = SCREEN.test(ctx.text);
    const hasNegativeTest = NEGATIVE_RESULT.test(ctx.text) || IMMUNITY.test(ctx.text);
    // A disease word inside an organisation's or a measurement's name needs no other cue to be read as a name.
    const hasName = NAME_NOUN.test(ctx.text);
    const hasPendingTest = TEST_NOUN.test(ctx.text) && PENDING_RESULT.test(ctx.text);
    if (!hasVaccine && !hasScreen && !hasNegativeTest && !hasName && !hasPendingTest) return;
    const { entries, immunization } = encounterIndex(ctx.codeSet);
    // Sentences are only read for a vaccine or a screening; the lookalike check below reads slices.
    const all = hasVaccine || hasScreen ? sentences(ctx.analysis, ctx.text) : [];
    const clinical = all.filter((s) => isClinicalSpan(ctx.analysis.provenance, s));

    // I.C.21.c.2: an immunization given at this encounter.
    if (hasVaccine && immunization) {
      for (const [i, s] of clinical.entries()) {
        // The generic word ("vaccines") before a product name: a bracketed abbreviation ("(MMR)") reads as an aside.
        const v = VACCINE_WORD.exec(s.text) ?? VACCINE.exec(s.text);
        if (!v || NOT_TODAY.test(s.text) || NARRATED.test(s.text)) continue;
        // The vaccine is often named in one sentence and its administration charted in the next few.
        // A case history's "vaccine … was administered" tells a past episode, not this visit's service.
        const charted = clinical.slice(i, i + 4).some((x, k) => ADMINISTERED.test(x.text) && !NARRATED.test(x.text) && (k === 0 || !NOT_TODAY.test(x.text)));
        const span = charted ? affirmedSpan(ctx, s, v) : undefined;
        if (!span) continue;
        addOrMerge(drafts, ruleDraft(ctx, immunization, span, { section: 'I.C.21.c.2', action: 'added', detail: 'a vaccine was administered at this encounter' }));
        break;
      }
    }

    // I.C.21.c.5: screening of an asymptomatic patient, by the Index's Screening entries.
    const screeningSentences: SentenceSpan[] = [];
    if (hasScreen) {
      for (const [i, s] of clinical.entries()) {
        const m = SCREEN.exec(s.text);
        if (!m || NOT_DONE.test(s.text)) continue;
        // A label sentence ("Indication:") before it carries the reason too.
        const label = i > 0 && /:\s*$/.test(clinical[i - 1].text) ? clinical[i - 1].text : '';
        // The indication often follows the test's name in the next sentence ("Screening mammogram. 48 yo, no symptoms.").
        const next = clinical[i + 1]?.text ?? '';
        if (!isTitle(all, s, ctx.text) && !PREVENTIVE.test(label + ' ' + s.text) && !(ASYMPTOMATIC.test(next) && !NOT_DONE.test(next))) continue;
        // The tests screened for may follow on the same line ("screening: HIV …; hepatitis C …").
        const line = [s];
        for (let k = i + 1; k < clinical.length && /[:;,]\s*$/.test(line[line.length - 1].text); k++) line.push(clinical[k]);
        screeningSentences.push(...line);
        const span = affirmedSpan(ctx, s, m);
        if (!span) continue;
        // Each clause names its own target ("HIV and hepatitis C": two screenings, not HIV twice).
        const clauses = line.map((x) => x.text).join(' ').split(/[;,\n]|\band\b|\bplus\b/i).filter((c) => !/^\s*(?:no|not|denies|without|negative for)\b/i.test(c));
        const targets = new Map(clauses.flatMap((c) => screeningTargets(entries, c)).map((t) => [t.code, t] as const));
        // "Indication: average-risk screening" under a "COLONOSCOPY" title: the title names the test.
        const title = all.find((x) => /[a-z]/i.test(x.text));
        if (!targets.size && title && title !== s && isClinicalSpan(ctx.analysis.provenance, title)) {
          for (const t of screeningTargets(entries, title.text)) targets.set(t.code, t);
        }
        for (const target of targets.values()) {
          addOrMerge(drafts, ruleDraft(ctx, target.code, span, { section: 'I.C.21.c.5', action: 'added', detail: `screening for ${target.path.replace(/^Screening, /, '')}` }));
        }
      }
    }

    // I.B.4 / I.C.21.c.5: the vaccine's or the negative test's disease is not the patient's.
    for (const d of [...drafts.values()]) {
      if (d.code[0] === 'Z' || !d.evidence.length || d.guideline.some((g) => g.action === 'added')) continue;
      const reasons = d.evidence.map((e) => {
        const inScreening = screeningSentences.some((s) => e.start >= s.start && e.end <= s.end);
        return namedAsTarget(ctx.text, e.start, e.end, inScreening, d.code[0] === 'R');
      });
      if (reasons.every((r) => r !== undefined)) {
        const why = { vaccine: 'named only as a vaccine', test: 'named only as the target of a screening or negative test', name: 'named only in an organisation or a measurement name' }[reasons[0]!];
        dropDraft(ctx, drafts, d.code, reasons[0] === 'name' ? 'I.B.4' : 'I.C.21.c', why);
      }
    }
  },
};

