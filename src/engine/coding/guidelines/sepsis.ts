// Owns sepsis sequencing (Guidelines I.C.1.d): severe sepsis (R65.2-) is never coded alone — the
// systemic infection comes first (A41.9 when the note names none, I.C.1.d.1.a and I.C.1.d.4), then
// the localized infection, then R65.2- and the organ dysfunction; and SIRS of non-infectious origin
// (I.C.18.g): the underlying condition, then R65.10, or R65.11 with the organ dysfunction after it.
import { mentionContext } from '../../context';
import { isClinicalSpan, sectionAt } from '../../text';
import { addNote, billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Codes of a systemic infection (sepsis by organism, and the infections whose code includes sepsis). */
const SYSTEMIC = /^(A40|A41|A02\.1|A22\.7|A26\.7|A32\.7|A42\.7|A54\.86|B37\.7|A39\.[1-4]|A20\.7|A21\.7|A24\.1|A28\.2|B00\.7|P36|O85|O86\.04|T81\.44|T80\.2)/;
const SEVERE = /^R65\.2/;
/**
 * Systemic infections whose own code names the organism (Candidal sepsis B37.7, Listerial sepsis A32.7,
 * streptococcal and other sepsis A40-A41.8, ...). I.C.1.d.1.a: A41.9 is for sepsis whose causal organism is not
 * further specified, so beside one of these it says the same sepsis twice. The procedure, infusion and
 * obstetric sepsis codes (T81.44, T80.2, O85, O86.04) are not here: their notes ask for the infection's own code.
 */
const ORGANISM_SEPSIS = /^(A40|A41\.[0-8]|A02\.1|A22\.7|A26\.7|A32\.7|A42\.7|A54\.86|B37\.7|A39\.[1-4]|A20\.7|A21\.7|A24\.1|A28\.2|B00\.7|P36)/;
/** The SIRS criteria as codes: fever, hypothermia, tachycardia, tachypnea, leukocytosis or leukopenia. */
const SIRS_CRITERIA = /^(?:R50\.[89]|R68\.0|R00\.0|R06\.82|D72\.82[0-9]|D72\.81[0-9])/;
const SIRS_PREFILTER = /\bSIRS\b|systemic inflammatory/i;

/** SIRS named in the note (the lexicon may not carry the abbreviation). */
const SIRS = /\bSIRS\b|\bsystemic inflammatory response(?: syndrome)?\b/g;
/** The note says the SIRS has no infectious cause (I.C.18.g). */
const NONINFECTIOUS = /\bnon-?infectious\b|\bno (?:\w+ )?(?:source of )?infection\b|\binfection (?:was )?(?:ruled out|excluded|not found)\b|\bcultures? (?:\w+ )?(?:were |are |remain(?:ed)? )?(?:all )?negative\b|\bwithout (?:an? )?infection\b/i;
const WITHOUT_ORGAN_DYSFUNCTION = /\b(?:no|without|w\/o)\s+(?:\w+\s+)?organ (?:dysfunction|failure)\b/i;
const WITH_ORGAN_DYSFUNCTION = /\b(?:with|and)\s+(?:\w+\s+)?(?:acute\s+)?(?:organ|multi-?organ) (?:dysfunction|failure)\b/i;
/** Acute organ dysfunction codes a SIRS or severe sepsis is associated with (I.C.1.d.1.a.ii, I.C.18.g). */
const ORGAN_DYSFUNCTION = /^(?:N17|J96\.[02]|J80|K72\.0|D65|G93\.4[01]|R40\.2|R57|I46|K76\.7|D69\.59)/;

/**
 * I.C.18.g: SIRS documented with a non-infectious condition and no infection is the condition first,
 * then R65.10, or R65.11 when an acute organ dysfunction is documented, with the dysfunction's codes after.
 */
function noninfectiousSirs(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if ([...drafts.keys()].some((k) => SYSTEMIC.test(k) || SEVERE.test(k))) return;
  let span: { start: number; end: number } | undefined;
  for (const m of ctx.text.matchAll(SIRS)) {
    const s = { start: m.index!, end: m.index! + m[0].length };
    if (!isClinicalSpan(ctx.analysis.provenance, s)) continue;
    const c = mentionContext(ctx.analysis, s);
    if (c.negated || c.hypothetical || c.family || c.uncertain) continue;
    span = s;
    break;
  }
  if (!span || !NONINFECTIOUS.test(ctx.text)) return;
  const dysfunction = [...drafts.values()].filter((d) => ORGAN_DYSFUNCTION.test(d.code));
  const withDysfunction = WITH_ORGAN_DYSFUNCTION.test(ctx.text) || (dysfunction.length > 0 && !WITHOUT_ORGAN_DYSFUNCTION.test(ctx.text));
  const code = withDysfunction ? 'R65.11' : 'R65.10';
  if (!billable(ctx, code)) return;
  const existing = [...drafts.values()].filter((d) => /^R65\.1/.test(d.code));
  const note = { section: 'I.C.18.g', action: 'added' as const, detail: `SIRS of non-infectious origin ${withDysfunction ? `with acute organ dysfunction${dysfunction.length ? ` (${dysfunction.map((d) => d.code).join(', ')})` : ''}` : 'without organ dysfunction'}` };
  let d = drafts.get(code) ?? (existing.length ? ensureDraft(ctx, drafts, code, existing, note) : undefined);
  if (!d) {
    d = {
      code, confidence: 0.75, first: span.start, priority: 2, evidence: [{ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) }],
      mentions: [], match: 'synonym', termTokens: 2, section: sectionAt(ctx.analysis, span.start)?.kind ?? 'other', guideline: [note],
    };
    drafts.set(code, d);
  }
  for (const e of existing) if (e.code !== code) dropDraft(ctx, drafts, e.code, 'I.C.18.g', withDysfunction ? 'an acute organ dysfunction is documented' : 'no acute organ dysfunction is documented', d);
  d.sequence = Math.max(d.sequence ?? 1, 1.5);
  addNote(d, { section: 'I.C.18.g', action: 'sequenced', detail: 'the underlying non-infectious condition is coded first' });
  // I.B.5: fever or hypothermia, tachycardia, tachypnea and an abnormal white count are what SIRS is.
  for (const sign of [...drafts.values()]) {
    if (SIRS_CRITERIA.test(sign.code)) dropDraft(ctx, drafts, sign.code, 'I.B.5', `a criterion of SIRS, integral to ${code}`, d);
  }
  for (const o of dysfunction) {
    o.sequence = Math.max(o.sequence ?? 1, 1.6);
    addNote(o, { section: 'I.C.18.g', action: 'sequenced', detail: `the organ dysfunction follows ${code}` });
  }
}

export const sepsisRule: GuidelineRule = {
  name: 'sepsis sequencing',
  section: 'I.C.1.d',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    if (SIRS_PREFILTER.test(ctx.text)) noninfectiousSirs(ctx, drafts);
    const severe = [...drafts.values()].filter((d) => SEVERE.test(d.code));
    let systemic = [...drafts.values()].filter((d) => SYSTEMIC.test(d.code));
    if (!severe.length && !systemic.length) return;
    const named = systemic.find((d) => ORGANISM_SEPSIS.test(d.code));
    if (named && drafts.has('A41.9')) {
      dropDraft(ctx, drafts, 'A41.9', 'I.C.1.d.1.a', `the sepsis's organism is named by ${named.code}: not sepsis of unspecified organism`, named);
      systemic = systemic.filter((d) => d.code !== 'A41.9');
    }
    if (severe.length && !systemic.length) {
      const added = ensureDraft(ctx, drafts, 'A41.9', severe, {
        section: 'I.C.1.d.1.a', action: 'added', detail: `severe sepsis (${severe.map((s) => s.code).join(', ')}) with no systemic infection named: sepsis, unspecified organism`,
      });
      if (added) systemic = [added];
    }
    for (const s of systemic) {
      s.sequence = Math.min(s.sequence ?? 1, 0.5);
      addNote(s, { section: 'I.C.1.d.4', action: 'sequenced', detail: 'the systemic infection is sequenced before the localized infection and severe sepsis' });
    }
    for (const r of severe) {
      r.sequence = Math.max(r.sequence ?? 1, 2);
      addNote(r, { section: 'I.C.1.d.1.b', action: 'sequenced', detail: 'severe sepsis is never first-listed (code first the underlying infection)' });
    }
  },
};
