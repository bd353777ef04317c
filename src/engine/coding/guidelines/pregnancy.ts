// Owns pregnancy-chapter precedence (Guidelines I.C.15.a): a pregnant patient's conditions
// are reported with chapter 15 codes (sequenced first, the trimester from the stated weeks), with the
// condition's own code as the additional code the Tabular asks for, plus Z3A weeks of gestation
// (category Z3A); Z33.1 (pregnancy incidental) never beside an O code.
import { mentionContext } from '../../context';
import { addNote, billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/**
 * Words that state a current pregnancy: "is pregnant", "pregnant woman", "32 weeks pregnant / of
 * gestation", "intrauterine pregnancy", "G2P1". A bare "pregnancy" is not enough (case histories
 * speak of past pregnancies).
 */
const PREGNANT = /\b(?:(?:is|currently|now) pregnant|pregnant (?:woman|patient|female)|\d{1,2}\s*(?:\+\s*\d\s*)?(?:weeks?|wks?)(?:'|\u2019)?\s*(?:of\s+)?(?:gestation|pregnant|pregnancy)|pregnan(?:t|cy) (?:at|of) \d{1,2}\s*(?:weeks?|wks?)|(?:current|ongoing) pregnancy|intrauterine pregnancy)\b/gi;
/** Obstetric formula in capitals ("G2P1", "G3 P2"); "G3 p53+" of a tumour grade is not one. */
const GRAVIDA = /\bG\d{1,2}\s?P\d{1,2}(?:\d{3}|-\d-\d-\d)?\b/g;
/** The weeks are the patient's own birth (a newborn or a history), not a current pregnancy. */
const BORN_AT = /\b(born|delivered|birth)\b[^.\n]{0,15}$/i;
/** Weeks of gestation: "32 weeks gestation", "32+3 weeks pregnant", "GA 32", "pregnant at 32 weeks". */
const WEEKS = /\b(\d{1,2})(?:\s*(?:\+|and)\s*\d\s*\/\s*7|\+\d)?\s*(?:weeks?|wks?)(?:'|\u2019)?\s*(?:of\s+)?(?:gestation|pregnant|pregnancy|GA|EGA)\b|\b(?:GA|EGA|gestational age)(?: of| is|:)?\s*(\d{1,2})\b|\bpregnan(?:t|cy)(?: patient| woman)? (?:at|of) (\d{1,2})\s*(?:weeks?|wks?)\b/i;
/** The provider states the pregnancy does not affect the visit (I.C.15.a.1): Z33.1 and no chapter 15 code. */
const INCIDENTAL = /\bincidental(ly)? (to the )?pregnan|pregnancy (is )?incidental/i;

/**
 * Condition → chapter 15 subcategory (its trimester children are chosen from the code set) and
 * whether the condition's code stays as the additional code.
 */
const CHAPTER_15: ReadonlyArray<readonly [condition: RegExp, subcategory: string, keep: boolean]> = [
  [/^I10$/, 'O10.01', false],
  [/^I11\./, 'O10.11', true],
  [/^I12\./, 'O10.21', true],
  [/^I13\./, 'O10.31', true],
  [/^I15\./, 'O10.41', true],
  [/^E10\./, 'O24.01', true],
  [/^E11\./, 'O24.11', true],
  [/^E13\./, 'O24.81', true],
  [/^N39\.0$/, 'O23.4', false],
  [/^D(5|6[0-4])/, 'O99.01', true],
  [/^D(6[5-9]|[78])/, 'O99.11', true],
  [/^E66\./, 'O99.21', true],
  [/^E(0[0-7]|[2-8])/, 'O99.28', true],
  [/^F10\./, 'O99.31', true],
  [/^F1[1-69]\./, 'O99.32', true],
  [/^F17\./, 'O99.33', true],
  [/^F/, 'O99.34', true],
  [/^G/, 'O99.35', true],
  [/^I/, 'O99.41', true],
  [/^J/, 'O99.51', true],
  [/^K/, 'O99.61', true],
  [/^L/, 'O99.71', true],
  [/^[ST]/, 'O9A.21', true],
];

function trimesterWords(weeks: number | undefined): string {
  if (weeks === undefined) return 'unspecified trimester';
  if (weeks < 14) return 'first trimester';
  if (weeks < 28) return 'second trimester';
  return 'third trimester';
}

/** The trimester child of a chapter 15 subcategory, by its description. */
function trimesterCode(ctx: GuidelineContext, subcategory: string, weeks: number | undefined): string | undefined {
  const words = trimesterWords(weeks);
  const kids = ctx.codeSet.billableDescendants(subcategory);
  return (kids.find((k) => k.longDescription.toLowerCase().includes(words)) ?? kids.find((k) => /unspecified trimester/i.test(k.longDescription)))?.code;
}

/** The first affirmed statement of a current pregnancy, or undefined. */
function pregnancySpan(ctx: GuidelineContext): { start: number; end: number } | undefined {
  for (const m of [...ctx.text.matchAll(PREGNANT), ...ctx.text.matchAll(GRAVIDA)]) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (BORN_AT.test(ctx.text.slice(Math.max(0, span.start - 20), span.start))) continue;
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.hypothetical || c.family || c.historical || c.uncertain) continue;
    // "pregnancy test negative" and "not pregnant" are negations the trigger list may not catch.
    const after = ctx.text.slice(span.end, span.end + 20).toLowerCase();
    if (/^\s*(test|tests)\b/.test(after)) continue;
    return span;
  }
  return undefined;
}

export const pregnancyRule: GuidelineRule = {
  name: 'pregnancy chapter precedence',
  section: 'I.C.15.a',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const hasO = () => [...drafts.keys()].some((k) => k[0] === 'O');
    const span = pregnancySpan(ctx);
    if (!span && !hasO()) return;
    if (INCIDENTAL.test(ctx.text)) return;
    const w = WEEKS.exec(ctx.text);
    const weeks = w ? Number(w[1] ?? w[2] ?? w[3]) : undefined;
    for (const d of [...drafts.values()]) {
      if (d.code[0] === 'O' || d.code[0] === 'Z' || !span) continue;
      const row = CHAPTER_15.find(([re]) => re.test(d.code));
      if (!row) continue;
      const target = trimesterCode(ctx, row[1], weeks);
      if (!target) continue;
      const note = { section: 'I.C.15.a.1', action: 'combined' as const, detail: `condition in pregnancy: ${d.code} → ${target}${weeks !== undefined ? ` (${weeks} weeks)` : ''}` };
      const o = ensureDraft(ctx, drafts, target, [d], note);
      if (!o) continue;
      if (!row[2]) dropDraft(ctx, drafts, d.code, 'I.C.15.a.1', `reported as ${target} in pregnancy`, o);
      else addNote(d, { section: 'I.C.15.a.1', action: 'sequenced', detail: `additional code after ${target}` });
    }
    // Chapter 15 codes are sequenced first (I.C.15.a.1).
    for (const d of drafts.values()) {
      if (d.code[0] !== 'O') continue;
      d.sequence = 0;
      addNote(d, { section: 'I.C.15.a.1', action: 'sequenced', detail: 'chapter 15 codes have sequencing priority' });
    }
    if (hasO()) {
      const anyO = [...drafts.values()].find((d) => d.code[0] === 'O');
      dropDraft(ctx, drafts, 'Z33.1', 'I.C.15.a.1', 'Z33.1 is never reported with a chapter 15 code', anyO);
      if (weeks !== undefined && anyO) {
        const z = weeks < 8 ? 'Z3A.01' : `Z3A.${String(weeks).padStart(2, '0')}`;
        if (billable(ctx, z) && w) {
          const evidence = { start: w.index, end: w.index + w[0].length, text: w[0] };
          const zd = ensureDraft(ctx, drafts, z, [anyO], { section: 'I.C.15 (Z3A)', action: 'added', detail: `weeks of gestation stated: ${weeks}` });
          if (zd) {
            zd.evidence = [evidence];
            zd.mentions = [];
            zd.first = evidence.start;
          }
        }
      }
    }
  },
};
