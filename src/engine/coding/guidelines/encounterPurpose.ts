// Owns the encounter codes read from the visit's stated purpose: routine and administrative examinations
// (I.C.21.c.13: Z01.41- gynecological with or without abnormal findings, Z01.84 immunity testing, Z02
// administrative exams), pre-procedural examinations (I.C.21.c.16: Z01.81-, first-listed, the condition the
// procedure treats after it) and counseling (I.C.21.c.10: Z71-, Z31.5). A purpose statement (the note's title,
// a "Reason for visit:"-type label, "here for …", a diagnosis line naming the service) is mapped through the
// Index's own Examination, Encounter and Counseling entries; the words a note writes for a service ("well-woman",
// "pre-op", "DOT") are translated to the Index's words, never to codes.
import { mentionContext } from '../../context';
import { isClinicalSpan, sectionAt } from '../../text';
import { codeSetCache, loadKnowledge, type CodeSet } from '../../icd10';
import { isCaseReportNarrative } from '../noteForm';
import { billable, dropDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineNote, GuidelineRule } from './types';

/** Literal prefilter: a note without one of these words states no such service. */
const PREFILTER = /exam|physical|clearance|pre-?op|pre-?procedur|pre-?surg|pre-?anesth|pre-?employ|pre-?particip|counsel|H&P|history and physical|immunity|titers?\b/i;

/** The service a purpose statement names: an examination (of whatever kind) or counseling. */
const EXAM_HEAD = /\b(?:well[- ]?wom[ae]n(?:\s+(?:visit|check))?|exam(?:ination)?s?|physicals?|check-?ups?|H&P|history and physical|evaluation|eval|clearance|assessment|immunity (?:testing|status|titers?)|titers?)\b/i;
const COUNSEL_HEAD = /\bcounsel(?:l)?(?:ing|ed)?\b/i;

/**
 * Words notes write for a service, each with the Index words it stands for (the Index names services
 * in its own vocabulary: "Examination, gynecological", "Examination, medical, pre-employment",
 * "Counseling, genetic, nonprocreative").
 */
const SERVICE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwell[- ]?wom[ae]n\b|\bgyn(?:a?ecolog(?:ic|ical|y))?\b|\bGYN\b|\bpelvic exam/i, 'gynecological'],
  [/\bpre-?(?:op(?:erative)?|procedur(?:al|e)|surgical|anesthe(?:sia|tic))\b|\bsurgical clearance\b|\bclearance (?:for|before|prior to) (?:\w+\s+){0,3}(?:surgery|procedure|operation|repair|replacement|arthroplasty|ectomy)\b/i, 'pre procedural'],
  [/\b(?:cardiac|cardiology|cardiovascular)\b/i, 'cardiovascular'],
  [/\b(?:pulmonary|respiratory|lung)\b/i, 'respiratory'],
  [/\b(?:labs?|laboratory|bloodwork)\b/i, 'laboratory'],
  [/\bsports?\b|\bpre-?participation\b|\bathletic\b/i, 'sport participation'],
  [/\b(?:pre-?)?employment\b|\bpre-?hire\b|\bnew[- ]hire\b/i, 'pre employment'],
  [/\b(?:DOT|CDL|commercial driver'?s?|driver'?s? licen[cs]e|driving licen[cs]e|fitness to drive)\b/i, 'driving license'],
  [/\binsurance\b/i, 'insurance'],
  // The Index's "admission to school" is an entry examination, not any visit of a schoolchild.
  [/\b(?:school|kindergarten|college|daycare|day care|preschool)\s+(?:entry|enrol\w*|admission|registration|physical|form)\b|\bkindergarten\b/i, 'admission school'],
  [/\bimmigration\b/i, 'immigration'],
  [/\bdisability\b/i, 'disability determination'],
  [/\b(?:immunity|immune status|titers?)\b/i, 'immunity status testing'],
  [/genetic|\bhereditary\b/i, 'genetic'],
  [/\b(?:tobacco|smoking|cessation|nicotine|vaping|cigarettes?)\b/i, 'tobacco use'],
  [/\b(?:dietary|diet|nutrition(?:al)?|dietitian)\b/i, 'dietary'],
  [/\bexercise\b/i, 'exercise'],
  [/\btravel\b/i, 'travel'],
];
/** A genetic counseling about having children (I.C.21.c.10: Z31.5 procreative vs Z71.83 nonprocreative). */
const PROCREATIVE = /\b(?:pregnan\w*|preconception|prenatal|conceiv\w*|IVF|in vitro|carrier screening|fetus|fetal|trying to (?:have|get)|family planning|reproductive)\b/i;

/** Index path words that name no service ("medical", "administrative purpose only", "NEC"). */
const FILLER = new Set(['medical', 'physical', 'general', 'administrative', 'purpose', 'only', 'examination', 'for', 'to', 'encounter', 'nec', 'specified', 'reason', 'type', 'the', 'of', 'or', 'and', 'in', 'use', 'abuser']);
/**
 * The codes this rule serves (the rest of the Examination entries are other rules': Z00 general exams
 * and Z09/Z08 follow-up in zcodes.ts, screening in encounters.ts).
 */
const SERVED = /^(?:Z01\.4[12]|Z01\.81|Z01\.84|Z02\.|Z71\.(?:3|41|51|6|7|82|83|84|85)|Z31\.5)/;
const ABNORMAL_CHILD = /^with abnormal findings/i;

interface ServiceEntry {
  code: string;
  /** Code of the entry's "with abnormal findings" subterm, if it has one. */
  abnormal?: string;
  words: string[];
  counseling: boolean;
  path: string;
}

const entryCache = codeSetCache<ServiceEntry[]>('guidelines.serviceEntries');

function words(text: string): string[] {
  return text.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[^a-z0-9]+/).filter(Boolean).map((w) => (w.length > 4 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w));
}

/** The Index's Examination, Encounter and Counseling entries whose codes this rule serves. */
function serviceEntries(codeSet: CodeSet): ServiceEntry[] {
  let cached = entryCache.get(codeSet);
  if (cached) return cached;
  const byPath = new Map<string, ServiceEntry>();
  const abnormal = new Map<string, string>();
  for (const t of loadKnowledge(codeSet.fiscalYear).indexTerms()) {
    const head = t.path[0].split(/[,(]/)[0].trim().toLowerCase();
    if (head !== 'examination' && head !== 'encounter' && head !== 'counseling') continue;
    if (!t.code || t.code.endsWith('-') || !billable({ codeSet } as GuidelineContext, t.code)) continue;
    const last = t.path[t.path.length - 1];
    if (ABNORMAL_CHILD.test(last)) {
      abnormal.set(t.path.slice(0, -1).join('|'), t.code);
      continue;
    }
    if (!SERVED.test(t.code)) continue;
    const w = [...new Set(words(t.path.slice(1).join(' ')).filter((x) => !FILLER.has(x)))];
    if (!w.length) continue;
    byPath.set(t.path.join('|'), { code: t.code, words: w, counseling: head === 'counseling' || t.path.some((p) => /^counseling$/i.test(p)), path: t.path.join(', ') });
  }
  for (const [path, e] of byPath) {
    const a = abnormal.get(path);
    if (a) e.abnormal = a;
  }
  cached = [...byPath.values()];
  entryCache.set(codeSet, cached);
  return cached;
}

/** Index words a purpose statement names (its own words and the service words' translations). */
function purposeWords(text: string, note: string): Set<string> {
  const out = new Set(words(text));
  for (const [re, index] of SERVICE_WORDS) if (re.test(text)) for (const w of words(index)) out.add(w);
  if (out.has('genetic')) out.add(PROCREATIVE.test(note) ? 'procreative' : 'nonprocreative');
  return out;
}

/** The deepest served entry whose words the purpose names, of the service kind the statement names. */
function entryFor(entries: readonly ServiceEntry[], purpose: Set<string>, counseling: boolean): ServiceEntry | undefined {
  const hits = entries.filter((e) => e.counseling === counseling && e.words.every((w) => purpose.has(w)));
  hits.sort((a, b) => b.words.length - a.words.length);
  return hits[0];
}

interface Purpose {
  start: number;
  end: number;
  text: string;
  /** A diagnosis or assessment line: only its first item names the visit's purpose. */
  conclusion?: boolean;
}

/** A labelled reason or a diagnosis line: the value after the label, to the end of its line. */
const PURPOSE_LABEL = /^[ \t]*(?:reason for (?:visit|encounter|referral|consult(?:ation)?)|visit (?:type|reason)|type of visit|chief complaint|CC|indications?|purpose(?: of (?:visit|exam(?:ination)?))?|referral reason|dx|diagnos[ie]s|assessment|impression|A\/P|A)\s*:[ \t]*([^\n]{3,200})/gim;
const CONCLUSION_LABEL = /^\s*(?:dx|diagnos[ie]s|assessment|impression|A\/P|A)\s*:/i;
/** "here for …", "presents for …": the clause after the verb ("referred for …" is as often a plan for another visit as this one's reason). */
const PURPOSE_VERB = /\b(?:here|seen|presents?|presenting|comes?(?: in)?|came(?: in)?|visit|appointment|returns?|student|applicant|athlete)\s+(?:today\s+)?(?:for|regarding)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?([^.;\n]{3,140})/gi;
/** The service is not this visit's: due, next, declined, or told as part of a history. */
const NOT_THIS_VISIT = /\b(?:due|overdue|next|last|previous|prior|will (?:return|come back|need|have|schedule)|return (?:for|in)|declined|refused|recommend(?:ed|s)?|missed|needs? (?:a|an|to)|to be scheduled|later)\b/i;
/** Statements that the examination found a condition, or that it found none. */
const NO_ABNORMAL = /\b(?:without|no|w\/o)\s+(?:\w+\s+)?abnormal (?:findings?|results?)\b|\bnormal (?:pelvic |breast |gyn\w* )?(?:exam(?:ination)?|physical)\b|\b(?:exam|examination) (?:is |was )?(?:entirely )?normal\b/i;
const WITH_ABNORMAL = /\b(?:with|has)\s+(?:an?\s+)?(?:new\s+)?abnormal (?:findings?|results?)\b|\babnormal findings?\s*(?::|of|-)|\bfound (?:on|at|during) (?:the |this |her |his )?(?:routine |annual )?(?:\w+\s+)?exam/i;
const MIN_CONDITION_CONFIDENCE = 0.4;
/** "The examination revealed …": an exam told by its findings, not named as the visit's service. */
const FINDINGS_AFTER = /^\s*(?:\w+\s+){0,3}(?:revealed|showed|shows|demonstrated|disclosed|detected|found|identified|noted|was|were|is)\b/i;

/** The note's purpose statements: its title line, labelled reasons and diagnosis lines, "here for …" clauses. */
function purposes(text: string): Purpose[] {
  const out: Purpose[] = [];
  const first = /\S[^\n]{0,120}/.exec(text);
  if (first) {
    out.push({ start: first.index, end: first.index + first[0].length, text: first[0] });
    // The opening sentence under the title usually says why the patient came ("Nursing student for immunity testing").
    // Only a sentence saying what the patient came for is a purpose: "73 yo with diabetes (no retinopathy on
    // today's dilated exam)" names an exam of the visit, not its reason; a bracketed aside is never the purpose.
    const opening = /\n[ \t]*(\S[^.\n]{2,160})/.exec(text.slice(first.index + first[0].length));
    if (opening && /\bfor\b|\b(?:routine|annual|yearly|periodic)\b/i.test(opening[1])) {
      const start = first.index + first[0].length + opening.index + opening[0].length - opening[1].length;
      out.push({ start, end: start + opening[1].length, text: opening[1].replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length)) });
    }
  }
  for (const re of [PURPOSE_LABEL, PURPOSE_VERB]) {
    for (const m of text.matchAll(re)) {
      const value = m[1];
      const start = m.index! + m[0].length - value.length;
      out.push({ start, end: start + value.length, text: value, conclusion: re === PURPOSE_LABEL && CONCLUSION_LABEL.test(m[0]) });
    }
  }
  return out;
}

/** The clause of a purpose statement around its head word (a title may list several things). */
function clauseOf(p: Purpose, at: number): Purpose {
  let lo = at;
  while (lo > 0 && !/[.;,]/.test(p.text[lo - 1])) lo--;
  let hi = at;
  while (hi < p.text.length && !/[.;,]/.test(p.text[hi])) hi++;
  return { start: p.start + lo, end: p.start + hi, text: p.text.slice(lo, hi) };
}

function affirmed(ctx: GuidelineContext, span: { start: number; end: number }): boolean {
  if (!isClinicalSpan(ctx.analysis.provenance, span)) return false;
  const c = mentionContext(ctx.analysis, span);
  return !c.negated && !c.hypothetical && !c.family && !c.uncertain;
}

function serviceDraft(ctx: GuidelineContext, code: string, span: { start: number; end: number }, note: GuidelineNote, sequence?: number): Draft {
  return {
    code, confidence: 0.75, first: span.start, priority: 2, evidence: [{ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) }],
    mentions: [], match: 'synonym', termTokens: 2, section: 'other', guideline: [note], sequence,
  };
}

/** The encounter's exam found a condition: said so, or a condition is coded and the note does not call the exam normal. */
function examFoundSomething(ctx: GuidelineContext, drafts: Map<string, Draft>): boolean {
  if (WITH_ABNORMAL.test(ctx.text)) return true;
  const found = [...drafts.values()].some((d) => d.code[0] !== 'Z' && d.confidence >= MIN_CONDITION_CONFIDENCE);
  return found && !NO_ABNORMAL.test(withoutOtherwise(ctx.text));
}

/** "otherwise normal exam" says the rest was normal, not the whole exam. */
export function withoutOtherwise(text: string): string {
  return text.replace(/\b(?:otherwise|else)\s+(?:normal|unremarkable)\b[^.\n]*/gi, '');
}

/** Routine general exams exclude the administrative and pre-procedural ones (Excludes1 at Z00.0-/Z00.1-). */
const GENERAL_EXAM_CODE = /^Z00\.(?:0|1[12])/;
const FIRST_LISTED = /^(?:Z01\.81|Z02\.)/;

export const encounterPurposeRule: GuidelineRule = {
  name: 'encounter purpose: routine, administrative and pre-procedural examinations, counseling',
  section: 'I.C.21.c.13',
  readsText: true,
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    // A case report narrates past encounters: none of its examinations is this encounter's purpose.
    if (!PREFILTER.test(ctx.text) || isCaseReportNarrative(ctx.text)) return;
    const entries = serviceEntries(ctx.codeSet);
    const chosen = new Map<string, { entry: ServiceEntry; span: Purpose }>();
    for (const p of purposes(ctx.text)) {
      for (const [head, counseling] of [[EXAM_HEAD, false], [COUNSEL_HEAD, true]] as const) {
        const h = head.exec(p.text);
        if (!h) continue;
        const clause = clauseOf(p, h.index);
        // A plan names what comes next ("genetic counseling next month"), not this visit's reason.
        if (sectionAt(ctx.analysis, clause.start)?.kind === 'plan') continue;
        if (NOT_THIS_VISIT.test(clause.text) || FINDINGS_AFTER.test(p.text.slice(h.index + h[0].length))) continue;
        // I.C.21.c.10: counseling written after the diagnosis it treats ("dumping syndrome. Diet counselling.")
        // is part of that treatment; in a conclusion only a first-listed counseling is the encounter's reason.
        if (p.conclusion && /\S/.test(p.text.slice(0, clause.start - p.start))) continue;
        const entry = entryFor(entries, purposeWords(clause.text, ctx.text), counseling);
        // One administrative purpose per encounter: the first stated (the title before the narrative).
        if (!entry || chosen.has(entry.code) || (entry.code.startsWith('Z02') && [...chosen.keys()].some((k) => k.startsWith('Z02')))) continue;
        const span = { start: p.start + h.index, end: p.start + h.index + h[0].length, text: h[0] };
        if (!affirmed(ctx, clause) && !affirmed(ctx, span)) continue;
        chosen.set(entry.code, { entry, span: clause });
      }
    }
    // The title names a counseling topic ("Tobacco cessation visit") and the note says counseling was given.
    const title = purposes(ctx.text)[0];
    if (title && !COUNSEL_HEAD.test(title.text) && /\b(?:visit|clinic|consult(?:ation)?|session)\b/i.test(title.text)) {
      const entry = entryFor(entries, purposeWords(title.text, ctx.text), true);
      const given = COUNSEL_HEAD.exec(ctx.text);
      if (entry && given && !chosen.has(entry.code) && !NOT_THIS_VISIT.test(title.text)) {
        const span = { start: given.index, end: given.index + given[0].length };
        // The counseling statement is the evidence: a title's own words ("Smoking cessation", "Hereditary")
        // read as a past or a family context to the validator.
        if (affirmed(ctx, span)) chosen.set(entry.code, { entry, span: { ...span, text: given[0] } });
      }
    }
    // I.C.21.c.10: counseling that is part of a routine examination (diet, exercise at a preventive visit) is
    // integral to it and not coded separately.
    if ([...drafts.keys()].some((k) => GENERAL_EXAM_CODE.test(k))) for (const [k, v] of chosen) if (v.entry.counseling) chosen.delete(k);
    if (!chosen.size) return;
    const abnormalFound = examFoundSomething(ctx, drafts);
    for (const { entry, span } of chosen.values()) {
      const abnormal = entry.abnormal && abnormalFound;
      const code = abnormal ? entry.abnormal! : entry.code;
      if (drafts.has(code) || !billable(ctx, code)) continue;
      const section = entry.counseling ? 'I.C.21.c.10' : /^Z01\.81/.test(code) ? 'I.C.21.c.16' : 'I.C.21.c.13';
      const detail = `${entry.path}${entry.abnormal ? (abnormal ? ', with abnormal findings' : ', without abnormal findings') : ''}`;
      const z = serviceDraft(ctx, code, span, { section, action: 'added', detail }, FIRST_LISTED.test(code) || /^Z01\.4/.test(code) ? 0 : undefined);
      drafts.set(code, z);
      if (FIRST_LISTED.test(code)) {
        for (const g of [...drafts.keys()].filter((k) => GENERAL_EXAM_CODE.test(k))) {
          dropDraft(ctx, drafts, g, 'I.A.12.a', `a routine general examination excludes ${code} (Excludes1)`, z);
        }
      }
    }
  },
};
