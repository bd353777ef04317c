// Owns the pregnancy chapter (Guidelines I.C.15): a pregnant patient's conditions are reported with
// chapter 15 codes sequenced first, the final character from the weeks stated (trimester, I.C.15.a.3) or
// "in childbirth" / "in the puerperium" for a delivery or a postpartum visit, with the condition's own
// code only where the Tabular's "use additional code" asks for it; Z3A weeks of gestation beside them
// (never with an abortive outcome); gestational diabetes by its control (I.C.15.g/i, no Z79.4);
// supervision of a normal (Z34) or an elderly primigravida/multigravida pregnancy (O09.5); a full-term
// uncomplicated delivery (O80) with its outcome (Z37, I.C.15.b.4); and Z33.1 never beside an O code.
import { mentionContext } from '../../context';
import { codeSetCache, loadKnowledge, type CodeSet } from '../../icd10';
import { sectionAt } from '../../text';
import { addNote, billable, dropDraft, ensureDraft } from './drafts';
import { episodeSibling } from './episodeAxis';
import type { Draft, GuidelineContext, GuidelineNote, GuidelineRule } from './types';

/**
 * Words that state a current pregnancy: "is pregnant", "pregnant woman", "32 weeks pregnant / of
 * gestation", "intrauterine pregnancy", "prenatal visit", "asthma complicating pregnancy", "28w0d",
 * "G2P1", "G1 at 9 weeks", "primigravida", a gestational age dated by LMP or ultrasound ("22 wks by LMP"),
 * a prenatal heading with its weeks ("Prenatal -- 22 wks"). A bare "pregnancy" is not enough (case histories speak of
 * past pregnancies).
 */
const PREGNANT = /\b(?:(?:is|currently|now) pregnant|pregnant (?:woman|patient|female)|\d{1,2}\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)(?:'|\u2019)?\s*(?:\d\s*d(?:ays?)?\s*)?(?:of\s+)?(?:gestation|pregnant|pregnancy)|pregnan(?:t|cy) (?:at|of) \d{1,2}\s*(?:weeks?|wks?)|(?:current|ongoing|this) pregnancy|intrauterine pregnancy|(?:complicating|during|in) (?:the |this |current )?pregnancy|(?:prenatal|antenatal|antepartum|obstetric|OB) (?:visit|care|follow-up|note|clinic|admission|triage|check|discharge)|(?:prenatal|antenatal|antepartum|OB)\s*(?:-{1,2}|\u2013|\u2014|:)\s*\d{1,2}\s*(?:weeks?|wks?)|\d{1,2}\s*(?:weeks?|wks?)\s+(?:by|per)\s+(?:(?:an?|the|early|first[- ]trimester|dating|\d{1,2}[- ]?(?:weeks?|wks?))\s+){0,2}(?:US|u\/s|ultrasound|sonogram|LMP|CRL)|new OB|high[- ]risk OB|\d{1,2}\s?w\s?\d\s?d|primigravida|multigravida)\b/gi;
/** Every statement PREGNANT or GRAVIDA can match holds one of these (a cheap scan first: most notes hold none). */
const PREGNANCY_WORDS = /pregnan|gravid|gestation|prenatal|antenatal|antepartum|obstetric|\bOB\b|\bG\d|\d\s?w\s?\d|\b(?:weeks?|wks?)\s+(?:by|per)\b/i;
/** Obstetric formula in capitals ("G2P1", "G3 P2"); "G3 p53+" of a tumour grade is not one. */
const GRAVIDA = /\bG\d{1,2}\s?P\d{1,2}(?:\d{3}|-\d-\d-\d)?\b|\bG\d{1,2}(?=\s*,?\s*at\s+\d)/g;
/** The weeks are the patient's own birth (a newborn or a history), not a current pregnancy. */
const BORN_AT = /\b(born|delivered|birth)\b[^.\n]{0,15}$/i;
/** The provider states the pregnancy does not affect the visit (I.C.15.a.1): Z33.1 and no chapter 15 code. */
const INCIDENTAL = /\bincidental(ly)? (to (the |this |today'?s )?)?(visit|pregnan)|pregnancy (is )?incidental|\b(?:not|never) (?:affecting|affected by|complicating|complicated by) (?:the |this |her )?(?:pregnancy|injury|condition|illness|visit|encounter)\b|\b(?:does|did|will) not (?:affect|complicate) (?:the |her |this )?pregnancy\b|\bunrelated to (?:the |her |this )?pregnancy\b|\bpregnancy (?:is |was |remains )?(?:unaffected|not affected|unrelated|not relevant|irrelevant)\b|\b(?:not relevant|irrelevant|unrelated|incidental) to (?:the |this |today'?s )?(?:visit|encounter|complaint|injury|presentation|problem)\b/i;

/**
 * A gestational age as clinicians write it, best forms first: "32w4d", "32 weeks 4 days", "32+4 weeks",
 * "32 weeks gestation/pregnant", "GA 32", "G2P1 at 32 weeks", "Prenatal visit, 32 weeks", a sentence
 * that opens with "32 weeks." Each has a score; the first match of the best score wins.
 */
const WEEKS_FORMS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(\d{1,2})\s?w(?:ks?|eeks?)?\s?\+?\s?\d\s?d(?:ays?)?\b/gi, 5],
  [/\b(\d{1,2})\s*(?:weeks?|wks?),?\s*(?:and\s+)?\d\s*days?\b/gi, 5],
  [/\b(\d{1,2})\s*\+\s*\d\s*(?:weeks?|wks?)\b/gi, 5],
  [/\b(\d{1,2})(?:\s*(?:and)\s*\d\s*\/\s*7)?\s*(?:weeks?|wks?)(?:'|\u2019)?\s*(?:of\s+)?(?:gestation(?:al age)?|pregnant|pregnancy|GA|EGA)\b/gi, 4],
  [/\b(?:GA|EGA|gestational age)(?: of| is|:)?\s*(\d{1,2})\b/gi, 4],
  // Dated gestational age: "30 weeks by early US", "12 weeks by LMP", "20 wk per dating scan".
  [/\b(\d{1,2})\s*(?:weeks?|wks?)\s+(?:by|per)\s+(?:(?:an?|the|early|first[- ]trimester|dating|\d{1,2}[- ]?(?:weeks?|wks?))\s+){0,2}(?:US|u\/s|ultrasound|sonogram|sono|scan|dates|LMP|CRL)\b/gi, 4],
  [/\b(?:G\d{1,2}(?:\s?P\d{1,2}(?:\d{3}|-\d-\d-\d)?)?|pregnan(?:t|cy)(?: patient| woman)?|primigravida|multigravida|IUP|intrauterine pregnancy)\s*,?\s*(?:at|of)\s+(\d{1,2})\s*(?:weeks?|wks?)\b/gi, 4],
  // A prenatal heading with its weeks, with or without a separator: "Prenatal -- 22 wks", "Prenatal 22 wk.".
  [/(?:^|\n|(?:visit|note|follow-up|check|prenatal|antenatal|OB)\s*[,\-\u2013:]\s*|(?:prenatal|antenatal|OB)[^\S\n]+)(\d{1,2})\s*(?:weeks?|wks?)\b(?=\s*[.,;:]|\s*$)/gim, 3],
  // A visit dated by its weeks ("OB visit at 20 weeks", "Prenatal follow-up 22 weeks", "labs review at 36 weeks") or a
  // sentence that is only the weeks ("Clinic. 28 weeks. GTT …").
  [/\b(?:visit|follow-up|check|review|intake|appointment)\s+(?:at\s+)?(\d{1,2})\s*(?:weeks?|wks?)\b(?!\s*(?:ago|later|after|postpartum))/gi, 3],
  [/(?:^|[.!?]\s+)(\d{1,2})\s*(?:weeks?|wks?)\s*\.(?=\s|$)/gm, 3],  // The grammar of the class: in a note that states a current pregnancy, a count of weeks that is no interval, duration,
  // plan or past event ("35 weeks today", "now 31 wks", "twins, 24 weeks, cervix long") is today's gestational age
  // (I.C.15.a.3). Intervals are read off the words around it (NOT_GA_BEFORE, NOT_GA_AFTER, a preceding "x").
  [/\b(\d{1,2})\s*(?:weeks?|wks?|wk)\b/gi, 1],
];
/** Words after a count of weeks that make it a duration, an age or a plan, not the gestational age. */
const NOT_GA_AFTER = /^\s*(?:ago|later|postpartum|post-partum|after|before|prior|postop|post-op|old|of (?!gestation|pregnancy)|in duration|duration|course|supply|history|each|per|apart|from now|earlier|since)\b/i;
/** Duration words just before a bare count of weeks ("x 2 weeks", "over 3 weeks", "past 5 wks", "for about 6 weeks"). */
const DURATION_BEFORE = /(?:\bx|\u00d7|\b(?:for|over|past|last|lasting|about|approximately|approx|~|nearly|almost|q|every|next|another|first|additional|further|up to|within|around)\s*)\s*$/i;
/** Weeks that are not today's gestational age: a plan, an interval, a past event. */
const NOT_GA_BEFORE = /\b(?:in|every|for|after|from|since|within|until|over|last|past|diagnosed at|started at|at)\s*$/i;

/** The pregnancy ends at this encounter, or already has (I.C.15.a.3 childbirth / puerperium characters). */
const DELIVERED = /\b(?:delivered|delivery of (?:a |an |the )?(?:single|twin|live|healthy|viable)|NSVD|SVD|spontaneous vaginal delivery|vaginal delivery|cesarean (?:section|delivery)|C-section|single live-?born|liveborn)\b/i;
const NOT_DELIVERED = /\b(?:undelivered|not delivered|delivery (?:plan|planning)|plan(?:ned)? (?:for )?(?:vaginal|cesarean) delivery|prior (?:cesarean|delivery)|previous (?:cesarean|delivery))\b/i;
const POSTPARTUM_VISIT = /\b(?:postpartum (?:visit|check|follow-up|day \d)|\d+ (?:days?|weeks?) (?:postpartum|post-partum|after delivery)|puerperium)\b/i;

type Episode = 'pregnancy' | 'childbirth' | 'puerperium';

/**
 * Condition → chapter 15 subcategory; the final character comes from the episode. Whether the
 * condition's own code stays is read from the subcategory's "use additional code" note.
 */
const CHAPTER_15: ReadonlyArray<readonly [condition: RegExp, subcategory: string]> = [
  [/^I10$/, 'O10.01'],
  [/^I11\./, 'O10.11'],
  [/^I12\./, 'O10.21'],
  [/^I13\./, 'O10.31'],
  [/^I15\./, 'O10.41'],
  [/^E10\./, 'O24.01'],
  [/^E11\./, 'O24.11'],
  [/^E13\./, 'O24.81'],
  [/^N39\.0$/, 'O23.4'],
  [/^(N1[0-2]|N15\.1)/, 'O23.0'],
  [/^N30\./, 'O23.1'],
  [/^N34\./, 'O23.2'],
  [/^D(5|6[0-4])/, 'O99.01'],
  [/^D(6[5-9]|[78])/, 'O99.11'],
  [/^E66\./, 'O99.21'],
  [/^E(0[0-7]|[2-8])/, 'O99.28'],
  [/^F10\./, 'O99.31'],
  [/^F1[1-69]\./, 'O99.32'],
  [/^F17\./, 'O99.33'],
  [/^F/, 'O99.34'],
  [/^G/, 'O99.35'],
  [/^I/, 'O99.41'],
  [/^J/, 'O99.51'],
  [/^K/, 'O99.61'],
  [/^L/, 'O99.71'],
  [/^[ST]/, 'O9A.21'],
  // I.C.15.s: COVID-19 in pregnancy is O98.5- (other viral diseases), then U07.1.
  [/^U07\.1$/, 'O98.51'],
];

/**
 * What the Alphabetic Index says about conditions in pregnancy (I.C.15.a, I.A.18 "with"/"in"): for a condition's code,
 * the main terms that give it ("Cholestasis NEC" K83.1), each term's own obstetric subterms ("Hypertension, gestational
 * O13.-") and the "Pregnancy, complicated by, <term>" subterm ("cholestasis O26.64-"). Built once per code set.
 */
interface ObstetricIndex {
  /** code → the head words of the main terms that give it ("cholestasis", "hypertension"). */
  heads: Map<string, string[]>;
  /** head word → "Pregnancy, complicated by, <head>" subcategory (trailing dash removed). */
  complicating: Map<string, string>;
  /** head word → its one-word subterms with a chapter 15 code ("gestational" → O13). */
  modifiers: Map<string, Map<string, string>>;
}
const obstetricIndexCache = codeSetCache<ObstetricIndex>('guidelines.obstetricIndex');
const headOf = (term: string) => term.split(',')[0].replace(/\bNEC\b|\bNOS\b/g, '').trim().toLowerCase();
const subcategoryOf = (code: string) => code.replace(/\.?-$/, '');

function obstetricIndex(codeSet: CodeSet): ObstetricIndex {
  let cached = obstetricIndexCache.get(codeSet);
  if (cached) return cached;
  const heads = new Map<string, string[]>();
  const complicating = new Map<string, string>();
  const modifiers = new Map<string, Map<string, string>>();
  for (const t of loadKnowledge(codeSet.fiscalYear).indexTerms()) {
    const head = headOf(t.path[0]);
    if (t.path.length === 1 && t.code && t.code[0] !== 'O') {
      const list = heads.get(t.code) ?? [];
      if (!list.includes(head)) list.push(head);
      heads.set(t.code, list);
    }
    if (!t.code || t.code[0] !== 'O') continue;
    if (head === 'pregnancy' && t.path.length === 3 && /^complicated by$/i.test(t.path[1])) {
      const sub = headOf(t.path[2]);
      // The Index lists some subterms twice across revisions: the more specific code (longer) is the current one.
      // The Index lists a few subterms twice: the subcategory whose title names the term wins ("cholestasis" →
      // O26.64 "Intrahepatic cholestasis of pregnancy" over O26.61 "Liver and biliary tract disorders in pregnancy").
      const prev = complicating.get(sub);
      const names = (code: string) => (codeSet.find(code)?.longDescription ?? '').toLowerCase().includes(sub);
      if (!prev || (!names(prev) && names(subcategoryOf(t.code)))) complicating.set(sub, subcategoryOf(t.code));
    } else if (t.path.length === 2 && /^[a-z-]+$/i.test(t.path[1])) {
      const m = modifiers.get(head) ?? new Map<string, string>();
      m.set(t.path[1].toLowerCase(), subcategoryOf(t.code));
      modifiers.set(head, m);
    }
  }
  cached = { heads, complicating, modifiers };
  obstetricIndexCache.set(codeSet, cached);
  return cached;
}

/**
 * The chapter 15 subcategory the Index gives a condition in pregnancy: the term's own obstetric modifier written just
 * before the mention ("gestational hypertension" → O13) first, else "Pregnancy, complicated by, <term>".
 */
function indexedSubcategory(ctx: GuidelineContext, d: Draft, tableRow: string | undefined): string | undefined {
  const index = obstetricIndex(ctx.codeSet);
  const heads = index.heads.get(d.code) ?? [];
  for (const head of heads) {
    const mods = index.modifiers.get(head);
    if (!mods) continue;
    for (const e of d.evidence) {
      const before = ctx.text.slice(Math.max(0, e.start - 30), e.end).toLowerCase();
      for (const [word, sub] of mods) if (new RegExp(`\\b${word}\\b`).test(before)) return sub;
    }
  }
  // The table's chapter-wide rows (O99.-, O9A.- "diseases of … complicating pregnancy") yield to a condition the Index
  // names under "Pregnancy, complicated by"; its specific rows (O10, O24, O23) stand.
  if (tableRow && !/^O9[9A]/.test(tableRow)) return undefined;
  for (const head of heads) {
    const sub = index.complicating.get(head);
    if (sub && !/^O9[9A]\.[0-9]/.test(sub)) return sub;
  }
  return undefined;
}

/** For each chapter 15 subcategory above, the sibling subcategories for childbirth and the puerperium ("O99.01" → "O99.02", "O99.03"). */
function episodeSubcategory(ctx: GuidelineContext, subcategory: string, episode: Episode): string {
  if (episode === 'pregnancy') return subcategory;
  const want = episode === 'childbirth' ? /childbirth/i : /puerperium/i;
  const parent = subcategory.slice(0, subcategory.length - 1);
  for (let i = 0; i <= 9; i++) {
    const candidate = `${parent}${i}`;
    const entry = safeFind(ctx, candidate);
    if (entry && want.test(entry.longDescription) && !/pregnancy,/i.test(entry.longDescription)) return candidate;
  }
  return subcategory;
}

function safeFind(ctx: GuidelineContext, code: string) {
  try {
    return ctx.codeSet.find(code);
  } catch {
    return undefined;
  }
}

function trimesterWords(weeks: number | undefined): string | undefined {
  if (weeks === undefined) return undefined;
  if (weeks < 14) return 'first trimester';
  if (weeks < 28) return 'second trimester';
  return 'third trimester';
}

/** The child of a chapter 15 subcategory for the episode: trimester, childbirth, puerperium or unspecified. */
function finalCode(ctx: GuidelineContext, subcategory: string, state: PregnancyState): string | undefined {
  const entry = safeFind(ctx, subcategory);
  if (entry?.billable) return entry.code;
  const kids = ctx.codeSet.billableDescendants(subcategory);
  if (!kids.length) return undefined;
  const words = state.episode === 'childbirth' ? 'childbirth' : state.episode === 'puerperium' ? 'puerperium' : state.trimester;
  const found = words ? kids.find((k) => k.longDescription.toLowerCase().includes(words)) : undefined;
  return (found ?? kids.find((k) => /unspecified trimester/i.test(k.longDescription)))?.code;
}

interface PregnancyState {
  span: { start: number; end: number };
  weeks?: number;
  weeksSpan?: { start: number; end: number };
  trimester?: string;
  episode: Episode;
}

const PRE_EXISTING_CONDITION = /\b(?:pre-?existing|pre-?gestational)\b[^.;\n]*$/i;
const PAST_PREGNANCY = /\b(?:history|hx|h\/o|prior|previous|past|last)\b/i;

/** The first affirmed statement of a current pregnancy, or undefined. */
function pregnancySpan(ctx: GuidelineContext): { start: number; end: number } | undefined {
  const found = [...ctx.text.matchAll(PREGNANT), ...ctx.text.matchAll(GRAVIDA)].sort((a, b) => a.index! - b.index!);
  for (const m of found) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (BORN_AT.test(ctx.text.slice(Math.max(0, span.start - 20), span.start))) continue;
    if (sectionAt(ctx.analysis, span.start)?.kind === 'family_history') continue;
    const c = mentionContext(ctx.analysis, span);
    // "Pre-existing hypertension in pregnancy" (O10, I.C.15.d): "pre-existing" dates the condition before this
    // pregnancy, it does not make the pregnancy a past one.
    const lead = ctx.text.slice(Math.max(0, span.start - 60), span.start);
    const preExisting = c.historical && PRE_EXISTING_CONDITION.test(lead) && !PAST_PREGNANCY.test(lead);
    if (c.negated || c.hypothetical || c.family || (c.historical && !preExisting) || c.uncertain) continue;
    // "pregnancy test negative" and "not pregnant" are negations the trigger list may not catch.
    const after = ctx.text.slice(span.end, span.end + 20).toLowerCase();
    if (/^\s*(test|tests)\b/.test(after)) continue;
    return span;
  }
  return undefined;
}

/** Today's gestational age: the best-scoring stated form that is not a plan, an interval or a past event. */
function gestationalWeeks(text: string): { weeks: number; span: { start: number; end: number } } | undefined {
  let best: { weeks: number; span: { start: number; end: number }; score: number } | undefined;
  for (const [re, score] of WEEKS_FORMS) {
    if (best && best.score >= score) break;
    for (const m of text.matchAll(re)) {
      const weeks = Number(m[1]);
      if (!(weeks >= 4 && weeks <= 43)) continue;
      const start = m.index! + m[0].indexOf(m[1]);
      const before = text.slice(Math.max(0, start - 30), start);
      // "diagnosed at 26 weeks", "scan at 32 weeks", "return in 4 weeks" are not today's age; "G1 at 9 weeks" is.
      if (NOT_GA_BEFORE.test(before) && !/\b(?:G\d{1,2}(?:\s?P\d+)?|pregnan\w*(?: patient| woman)?|\w*gravida|IUP|pregnancy|visit|follow-up|check|review|intake|appointment)\s*,?\s*at\s*$/i.test(before)) continue;
      if (/^\s*(?:ago|postpartum|post-partum|after|later|postop)/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 15))) continue;
      // The bare form (score 1) is read only where nothing around it makes it a duration.
      if (score === 1 && (NOT_GA_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20)) || DURATION_BEFORE.test(before))) continue;
      if (BORN_AT.test(text.slice(Math.max(0, start - 20), start))) continue;
      best = { weeks, span: { start: m.index!, end: m.index! + m[0].length }, score };
      break;
    }
  }
  return best && { weeks: best.weeks, span: best.span };
}

function pregnancyState(ctx: GuidelineContext, span: { start: number; end: number }): PregnancyState {
  const w = gestationalWeeks(ctx.text);
  let trimester = trimesterWords(w?.weeks);
  if (!trimester) {
    const t = /\b(first|second|third|1st|2nd|3rd)[- ]trimester\b/i.exec(ctx.text);
    if (t) trimester = `${{ '1st': 'first', '2nd': 'second', '3rd': 'third' }[t[1].toLowerCase()] ?? t[1].toLowerCase()} trimester`;
  }
  const delivered = DELIVERED.test(ctx.text) && !NOT_DELIVERED.test(ctx.text);
  const episode: Episode = delivered ? 'childbirth' : POSTPARTUM_VISIT.test(ctx.text) ? 'puerperium' : 'pregnancy';
  return { span, weeks: w?.weeks, weeksSpan: w?.span, trimester, episode };
}

/** Does the subcategory's "use additional code" note ask for the condition's own code? */
function keepsCondition(ctx: GuidelineContext, subcategory: string, condition: string): boolean {
  const notes = loadKnowledge(ctx.codeSet.fiscalYear).useAdditional(subcategory)
    .map((r) => r.note)
    .filter((n) => !/\bZ3A\b|weeks of gestation|organism/i.test(n));
  // O98's "code (Chapter 1) to identify specific infectious … disease" keeps the infection; COVID-19 (U07.1) is kept
  // there too (I.C.15.s: O98.5- then U07.1).
  if (/^(?:[AB]|U07\.1$)/.test(condition) && notes.some((n) => /infectious or parasitic disease/i.test(n))) return true;
  return notes.some((n) => n.includes(condition.slice(0, 3)) || /\b(?:specific )?condition\b|injury|poisoning|manifestations of the drug use|type of/i.test(n));
}

function textDraft(ctx: GuidelineContext, code: string, span: { start: number; end: number }, note: GuidelineNote): Draft {
  return {
    code, confidence: 0.75, first: span.start, priority: 2, evidence: [{ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) }],
    mentions: [], match: 'synonym', termTokens: 2, section: sectionAt(ctx.analysis, span.start)?.kind ?? 'other', guideline: [note],
  };
}

function put(drafts: Map<string, Draft>, d: Draft): Draft {
  const existing = drafts.get(d.code);
  if (existing) return existing;
  drafts.set(d.code, d);
  return d;
}

/** A match of `re` in the text, as a span, or undefined. */
function spanOf(text: string, re: RegExp): { start: number; end: number } | undefined {
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const FIRST_PREGNANCY = /\b(?:G1(?:\s?P0)?|primigravida|primigravid|first pregnancy|nulliparous)\b/i;
const LATER_PREGNANCY = /\bG(?:[2-9]|1\d)(?=\s?P\d|\b)|\b(?:multigravida|multiparous)\b/i;
const AMA = /\b(?:[Aa]dvanced maternal age|AMA|[Ee]lderly (?:primigravida|multigravida))\b/;
const HIGH_RISK = /\bhigh[- ]risk\b|\bAMA\b|advanced maternal age|elderly (?:primi|multi)gravida/i;
const NORMAL_SUPERVISION = /\b(?:routine|normal|uncomplicated|low[- ]risk)\b[^.\n]{0,40}\b(?:prenatal|pregnancy|IUP|OB)\b|\b(?:prenatal|pregnancy|IUP|OB)\b[^.\n]{0,40}\b(?:uncomplicated|normal|no complications|routine)\b|\bnew OB visit\b/i;
const VAGINAL_SPONTANEOUS = /\b(?:NSVD|SVD|normal spontaneous vaginal delivery|spontaneous vaginal delivery|uncomplicated vaginal delivery)\b/i;
const OPERATIVE_DELIVERY = /\b(?:cesarean|c-section|forceps|vacuum|breech|laceration (?:repair|of)|(?:2nd|3rd|4th|second|third|fourth)[- ]degree|episiotomy|hemorrhage requiring|retained placenta)\b/i;
/** A perineal laceration or tear by its degree ("first-degree perineal laceration", "2nd degree tear"). */
const PERINEAL_TEAR = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]degree (?:perineal )?(?:laceration|tear)\b/i;
const DELIVERY_EVENT = /\b(?:(?:spontaneous |normal |uncomplicated |assisted )*vaginal delivery|NSVD|SVD|delivered)\b/i;
const SINGLE_LIVEBORN = /\bsingle(?:ton)?\b[^.\n]{0,30}\blive(?:-?born)?\b|\blive-?born\b[^.\n]{0,20}\b(?:male|female|infant|boy|girl)\b/i;
const INSULIN = /\binsulin|\b(?:NPH|glargine|detemir|lispro|aspart|degludec)\b/i;
const ORAL_AGENT = /\b(?:metformin|glyburide|glibenclamide|oral (?:hypoglycemic|antidiabetic|agent))/i;
/** Diabetes stated to predate the pregnancy (then O24.0-O24.3 stand beside a gestational code only if both are said). */
const PRE_EXISTING = /\b(?:type [12]|T[12]DM|pre-?existing|pregestational|pre-?gestational)\b/i;
const DIET = /\bdiet(?:ary)?[- ](?:controlled|control|alone|only|managed)|\bon diet\b|\bdiet alone\b|\b(?:managed|controlled|treated) (?:with|by|on) (?:diet|nutrition|medical nutrition therapy)\b|\bdiet and exercise\b/i;

export const pregnancyRule: GuidelineRule = {
  name: 'pregnancy chapter precedence',
  section: 'I.C.15.a',
  readsText: true,
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const hasO = () => [...drafts.keys()].some((k) => k[0] === 'O');
    // A chapter 15 condition the note affirms ("dichorionic diamniotic twin pregnancy", "polyhydramnios") states the
    // pregnancy itself when no other words do (I.C.15.a: its trimester and its companions follow from it).
    // Not a pregnancy with abortive outcome (O00-O08): its complications are O08 codes, never chapter 15's O99 rows.
    const stated = PREGNANCY_WORDS.test(ctx.text) ? pregnancySpan(ctx) : undefined;
    // I.C.15.a: chapter 15 codes are for the pregnant patient. With no statement of her pregnancy, an open-trimester
    // chapter 15 code whose own words do not name the pregnancy ("oligohydramnios" in a newborn's history, a mother's
    // preeclampsia) is not the patient's.
    if (!stated) {
      for (const d of [...drafts.values()]) {
        if (d.code[0] !== 'O' || !/\bunspecified trimester\b/i.test(safeFind(ctx, d.code)?.longDescription ?? '')) continue;
        if (d.evidence.some((e) => /pregnan|gestation|gravid/i.test(e.text))) continue;
        dropDraft(ctx, drafts, d.code, 'I.C.15.a', 'no pregnancy of the patient is stated');
      }
    }
    const obstetric = [...drafts.values()].find((d) => d.code[0] === 'O' && !/^O0[0-8]/.test(d.code) && d.evidence.length > 0);
    const span = stated ?? (obstetric && { start: obstetric.evidence[0].start, end: obstetric.evidence[0].end });
    if (!span && !hasO()) return;
    if (INCIDENTAL.test(ctx.text)) {
      // I.C.15.a.1: the provider says the pregnancy is incidental — the condition's own code and Z33.1.
      if (span && !hasO()) {
        // The evidence is the pregnancy statement itself: the provider's words are often negative ("not affected by").
        const z33 = billable(ctx, 'Z33.1') ? put(drafts, textDraft(ctx, 'Z33.1', span, { section: 'I.C.15.a.1', action: 'added', detail: 'pregnancy stated incidental to the visit' })) : undefined;
        // Z3A (weeks of gestation) only accompanies a chapter 15 code (I.C.15.a.1, Z3A's "code first" note): with the
        // pregnancy incidental there is none, so the weeks are not reported.
        for (const k of [...drafts.keys()]) if (k.startsWith('Z3A')) dropDraft(ctx, drafts, k, 'I.C.15.a.1', 'pregnancy incidental: no chapter 15 code for Z3A to accompany', z33);
      }
      return;
    }
    const state = pregnancyState(ctx, span ?? { start: 0, end: 0 });
    const weeksNote = state.weeks !== undefined ? ` (${state.weeks} weeks)` : '';

    // I.C.15.a.1: conditions in pregnancy → chapter 15, the condition kept only where "use additional code" says.
    for (const d of [...drafts.values()]) {
      if (d.code[0] === 'O' || d.code[0] === 'Z' || !span) continue;
      const row = CHAPTER_15.find(([re]) => re.test(d.code));
      const indexed = indexedSubcategory(ctx, d, row?.[1]);
      if (!row && !indexed) continue;
      const subcategory = indexed ?? episodeSubcategory(ctx, row![1], state.episode);
      const target = finalCode(ctx, subcategory, state);
      if (!target) continue;
      const note = { section: 'I.C.15.a.1', action: 'combined' as const, detail: `condition in pregnancy: ${d.code} → ${target}${weeksNote}` };
      const o = ensureDraft(ctx, drafts, target, [d], note);
      if (!o) continue;
      if (!keepsCondition(ctx, subcategory, d.code)) dropDraft(ctx, drafts, d.code, 'I.C.15.a.1', `reported as ${target} in pregnancy`, o);
      else addNote(d, { section: 'I.C.15.a.1', action: 'sequenced', detail: `additional code after ${target}` });
    }

    // I.C.15.a.3: a chapter 15 code of the wrong final character (trimester / childbirth / puerperium) is re-chosen.
    for (const d of [...drafts.values()]) {
      if (d.code[0] !== 'O' || !span) continue;
      const sub = d.code.slice(0, d.code.length - 1);
      const entry = safeFind(ctx, d.code);
      if (!entry || !/unspecified trimester/i.test(entry.longDescription) || !state.trimester || state.episode !== 'pregnancy') continue;
      // The trimester is the final character of a subcategory ("O99.519"), or a character before the fetus character
      // ("O40.9XX0" → "O40.3XX0"): the sibling whose title differs only on the episode axis either way.
      const better = d.code.replace('.', '').length === 7 ? episodeSibling(ctx.codeSet, d.code, state.trimester) : finalCode(ctx, sub, state);
      if (better && better !== d.code) {
        const o = ensureDraft(ctx, drafts, better, [d], { section: 'I.C.15.a.3', action: 'refined', detail: `trimester from the weeks stated${weeksNote}` });
        if (o) dropDraft(ctx, drafts, d.code, 'I.C.15.a.3', `trimester stated: ${better}`, o);
      }
    }

    // I.C.15.i / I.C.15.g: gestational diabetes by its control (insulin over oral agents over diet); never Z79.4.
    for (const d of [...drafts.values()]) {
      if (!/^O24\.4/.test(d.code)) continue;
      const sub = episodeSubcategory(ctx, 'O24.41', state.episode);
      const control = INSULIN.test(ctx.text) ? 'insulin controlled' : ORAL_AGENT.test(ctx.text) ? 'oral hypoglycemic' : DIET.test(ctx.text) ? 'diet controlled' : undefined;
      const kids = ctx.codeSet.billableDescendants(sub);
      const target = (control && kids.find((k) => k.longDescription.toLowerCase().includes(control))) || kids.find((k) => /unspecified control/i.test(k.longDescription));
      if (target && target.code !== d.code) {
        const o = ensureDraft(ctx, drafts, target.code, [d], { section: 'I.C.15.i', action: 'refined', detail: `gestational diabetes, ${control ?? 'control not stated'}` });
        if (o) dropDraft(ctx, drafts, d.code, 'I.C.15.i', `control stated: ${target.code}`, o);
      }
      const keeper = [...drafts.values()].find((x) => /^O24\.4/.test(x.code));
      // Gestational diabetes is not pre-existing diabetes (O24.4 Excludes1 O24.0-O24.3): a "DM" of the same note is the GDM.
      if (!PRE_EXISTING.test(ctx.text)) {
        for (const other of [...drafts.keys()]) {
          if (/^(O24\.[0-38]|E0[89]|E1[0-3])/.test(other)) dropDraft(ctx, drafts, other, 'I.C.15.i', 'the diabetes of this pregnancy is gestational', keeper);
        }
      }
      for (const z of ['Z79.4', 'Z79.84']) dropDraft(ctx, drafts, z, 'I.C.15.i', 'long-term insulin or oral hypoglycemic use is not coded with gestational diabetes', keeper);
    }

    if (span && ctx.setting === 'outpatient' && state.episode === 'pregnancy') {
      // I.C.15.b.2: supervision of an elderly primigravida / multigravida (O09.5-) at a prenatal visit.
      const ama = AMA.exec(ctx.text);
      // "Supervision of high risk pregnancy, unspecified" (O09.9-) is the same supervision named less precisely (I.B.2).
      const unspecifiedSupervision = (k: string) => /^O09\.9/.test(k);
      if (ama && ![...drafts.keys()].some((k) => k[0] === 'O' && !unspecifiedSupervision(k))) {
        const sub = FIRST_PREGNANCY.test(ctx.text) ? 'O09.51' : LATER_PREGNANCY.test(ctx.text) ? 'O09.52' : undefined;
        const code = sub && finalCode(ctx, sub, state);
        if (code) {
          const o09 = put(drafts, textDraft(ctx, code, { start: ama.index, end: ama.index + ama[0].length }, { section: 'I.C.15.b.2', action: 'added', detail: `supervision of high-risk pregnancy: advanced maternal age${weeksNote}` }));
          for (const k of [...drafts.keys()]) if (unspecifiedSupervision(k)) dropDraft(ctx, drafts, k, 'I.B.2', `the high-risk supervision is stated specifically: ${code}`, o09);
        }
      }
      // I.C.15.b.1 / I.C.21.c.11: a routine prenatal visit of a normal pregnancy (Z34), never beside an O code.
      const normal = spanOf(ctx.text, NORMAL_SUPERVISION);
      if (normal && !hasO() && !HIGH_RISK.test(ctx.text)) {
        const sub = FIRST_PREGNANCY.test(ctx.text) ? 'Z34.0' : LATER_PREGNANCY.test(ctx.text) ? 'Z34.8' : 'Z34.9';
        const code = finalCode(ctx, sub, state);
        if (code) put(drafts, textDraft(ctx, code, normal, { section: 'I.C.15.b.1', action: 'added', detail: `supervision of normal pregnancy${weeksNote}` }));
      }
    }

    // I.C.15.b.4: a full-term, single, liveborn, spontaneous vaginal delivery with no complication is O80 + Z37.0.
    if (span && state.episode === 'childbirth') {
      // Index "Delivery, complicated by, laceration, perineum, first degree O70.0" (O70: perineal laceration during
      // delivery, by degree): the tear is a complication of the delivery, so O80 is not used beside it (I.C.15.b.4).
      const tear = PERINEAL_TEAR.exec(ctx.text);
      if (tear && !mentionContext(ctx.analysis, { start: tear.index, end: tear.index + tear[0].length }).negated) {
        const degree = /^(?:1|fir)/i.test(tear[1]) ? 0 : /^(?:2|sec)/i.test(tear[1]) ? 1 : /^(?:3|thi)/i.test(tear[1]) ? 2 : 3;
        const code = degree === 2 ? (billable(ctx, 'O70.20') ? 'O70.20' : 'O70.2') : `O70.${degree}`;
        if (billable(ctx, code)) {
          const o70 = put(drafts, textDraft(ctx, code, { start: tear.index, end: tear.index + tear[0].length }, { section: 'I.C.15.b.4', action: 'added', detail: `perineal laceration during delivery, ${tear[1]} degree: a complication of the delivery` }));
          // The delivery the tear complicates is its evidence too ("laceration repaired" reads as past, yet it is this delivery's).
          const delivery = spanOf(ctx.text, DELIVERY_EVENT);
          if (delivery && !o70.evidence.some((e) => e.start === delivery.start)) o70.evidence.push({ start: delivery.start, end: delivery.end, text: ctx.text.slice(delivery.start, delivery.end) });
          dropDraft(ctx, drafts, 'O80', 'I.C.15.b.4', 'O80 is for a delivery without complication; the perineal laceration is one', o70);
        }
      }
      const vaginal = spanOf(ctx.text, VAGINAL_SPONTANEOUS);
      const liveborn = spanOf(ctx.text, SINGLE_LIVEBORN);
      // Full term: 37 completed weeks up to 40 weeks 0 days; later is post-term (O48.0).
      const days = state.weeksSpan ? Number(/(?:\+\s*|weeks?,?\s*(?:and\s+)?|w\s?)(\d)\s*d?/i.exec(ctx.text.slice(state.weeksSpan.start, state.weeksSpan.end))?.[1] ?? 0) : 0;
      const term = state.weeks === undefined || (state.weeks >= 37 && state.weeks < 40) || (state.weeks === 40 && days === 0);
      if (vaginal && liveborn && term && !hasO() && !OPERATIVE_DELIVERY.test(ctx.text) && billable(ctx, 'O80')) {
        put(drafts, textDraft(ctx, 'O80', vaginal, { section: 'I.C.15.b.4', action: 'added', detail: 'full-term uncomplicated delivery of a single liveborn infant' }));
      }
      // I.C.15.b.5: every delivery record carries its outcome (Z37), read from the Tabular's Z37 titles.
      if (liveborn && hasO()) {
        const outcome = ctx.codeSet.billableDescendants('Z37').find((k) => /^single live birth$/i.test(k.longDescription));
        if (outcome) put(drafts, textDraft(ctx, outcome.code, liveborn, { section: 'I.C.15.b.5', action: 'added', detail: 'outcome of delivery' }));
      }
    }

    // Chapter 15 codes are sequenced first (I.C.15.a.1).
    for (const d of drafts.values()) {
      if (d.code[0] !== 'O') continue;
      d.sequence = 0;
      addNote(d, { section: 'I.C.15.a.1', action: 'sequenced', detail: 'chapter 15 codes have sequencing priority' });
    }
    const anchor = [...drafts.values()].find((d) => d.code[0] === 'O' || /^Z34/.test(d.code));
    if (anchor) {
      dropDraft(ctx, drafts, 'Z33.1', 'I.C.15.a.1', 'Z33.1 is never reported with a chapter 15 code', anchor);
      // Z3A: weeks of gestation, never with an abortive outcome (O00–O08) nor in the puerperium.
      const abortive = [...drafts.keys()].some((k) => /^O0[0-8]/.test(k));
      if (state.weeks !== undefined && state.weeksSpan && !abortive && state.episode !== 'puerperium') {
        const z = state.weeks < 8 ? 'Z3A.01' : `Z3A.${String(state.weeks).padStart(2, '0')}`;
        if (billable(ctx, z)) {
          const zd = put(drafts, textDraft(ctx, z, state.weeksSpan, { section: 'I.C.15 (Z3A)', action: 'added', detail: `weeks of gestation stated: ${state.weeks}` }));
          zd.sequence = Math.max(zd.sequence ?? 1, 1);
        }
      }
    }
  },
};
