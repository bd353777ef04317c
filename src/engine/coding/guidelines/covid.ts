// Owns two conventions that meet in COVID-19 notes (Guidelines I.C.1.g.1, I.A.13):
// - the etiology a manifestation's "code first" note names by one code ("J12.82 Pneumonia due to coronavirus disease
//   2019: code first COVID-19 (U07.1)") is added when the note affirms it, even where the longer phrase "pneumonia due
//   to COVID-19" covered the word (I.A.13: the etiology is reported, then the manifestation);
// - confirmed COVID-19 (U07.1) takes its manifestations' codes as I.C.1.g.1.b lists them: pneumonia J12.82, acute
//   bronchitis J20.8, lower respiratory infection J22 (the unspecified-organism siblings go), and an unspecified
//   viral or infectious disease code beside it says nothing U07.1 does not.
import { mentionContext } from '../../context';
import { loadKnowledge } from '../../icd10';
import { addNote, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

const COVID = 'U07.1';

/** I.C.1.g.1.b: the manifestation codes assigned with U07.1 in place of their unspecified-organism siblings. */
const WITH_COVID: ReadonlyArray<readonly [from: RegExp, to: string]> = [
  [/^(?:J18\.[089]|J12\.(?:89|9))$/, 'J12.82'],
  [/^J20\.9$/, 'J20.8'],
];
/** Unspecified infection or virus codes that U07.1 makes redundant (it names the virus). */
const REDUNDANT_WITH_COVID = /^(?:B34\.[29]|B97\.2[19]|B99\.[89]|B33\.8)$/;

/** An affirmed, current mention of `code` anywhere in the note (the covered ones included). */
function affirmedMention(ctx: GuidelineContext, code: string) {
  for (const m of [...ctx.covered, ...ctx.mentionSpans]) {
    if (m.code !== code) continue;
    const c = mentionContext(ctx.analysis, m.span);
    if (!c.negated && !c.historical && !c.family && !c.hypothetical && !c.uncertain && !c.other) return m;
  }
  return undefined;
}

/** A "code first" note of `code` that names one code only (not a range or a category of choices). */
function singleEtiology(ctx: GuidelineContext, code: string): string | undefined {
  let refs: ReturnType<ReturnType<typeof loadKnowledge>['codeFirst']> = [];
  try {
    refs = loadKnowledge(ctx.codeSet.fiscalYear).codeFirst(code);
  } catch {
    return undefined;
  }
  const single = refs.filter((r) => r.ranges.length === 1 && r.ranges[0].from === r.ranges[0].to && r.ranges[0].from.length > 3);
  if (single.length !== 1) return undefined;
  const dotless = single[0].ranges[0].from;
  return `${dotless.slice(0, 3)}.${dotless.slice(3)}`;
}

export const covidRule: GuidelineRule = {
  name: 'COVID-19 and single-code etiologies',
  section: 'I.C.1.g.1',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const d of [...drafts.values()]) {
      const etiology = singleEtiology(ctx, d.code);
      if (!etiology || drafts.has(etiology)) continue;
      const m = affirmedMention(ctx, etiology);
      if (!m) continue;
      const added = ensureDraft(ctx, drafts, etiology, [d], { section: 'I.A.13', action: 'added', detail: `${d.code}'s "code first" note names ${etiology}, which the note affirms` });
      if (added && !added.evidence.some((e) => e.start === m.span.start)) added.evidence.unshift({ start: m.span.start, end: m.span.end, text: ctx.text.slice(m.span.start, m.span.end) });
    }
    const covid = drafts.get(COVID);
    if (!covid) return;
    for (const [from, to] of WITH_COVID) {
      for (const d of [...drafts.values()]) {
        if (!from.test(d.code) || drafts.has(to)) continue;
        const was = d.code;
        drafts.delete(was);
        d.code = to;
        drafts.set(to, d);
        addNote(d, { section: 'I.C.1.g.1.b', action: 'refined', detail: `${was} → ${to}: the manifestation of confirmed COVID-19` });
      }
    }
    for (const code of [...drafts.keys()]) if (REDUNDANT_WITH_COVID.test(code)) dropDraft(ctx, drafts, code, 'I.C.1.g.1', 'COVID-19 (U07.1) names the virus', covid);
  },
};
