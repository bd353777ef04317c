// Owns the culprit coronary artery of an ST elevation myocardial infarction (Tabular I21.0-–I21.2-: "STEMI involving
// left main / left anterior descending / right coronary / left circumflex coronary artery"): the wall the note names
// (or none, I21.3) is refined to the artery the note says is occluded, when it names exactly one (I.B.2 specificity).
import { sentenceAt } from '../../text';
import { addNote } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Each artery: its words, its code, and the wall subcategories (or I21.3, no wall) it may refine. */
const ARTERIES: ReadonlyArray<{ re: RegExp; code: string; from: RegExp }> = [
  { re: /\b(?:left main|LMCA)\b/i, code: 'I21.01', from: /^I21\.(?:0\d|3)$/ },
  { re: /\b(?:LAD|left anterior descending)\b/i, code: 'I21.02', from: /^I21\.(?:0\d|3)$/ },
  { re: /\b(?:RCA|right coronary)\b/i, code: 'I21.11', from: /^I21\.(?:1\d|3)$/ },
  { re: /\b(?:LCx|LCX|circumflex)\b/i, code: 'I21.21', from: /^I21\.(?:2\d|3)$/ },
];
/** A sentence that names the artery as the infarct's cause: occlusion, culprit, thrombus or the stent placed in it. */
const CULPRIT = /\b(?:occlu\w*|culprit|thromb\w*|100\s*%|totally|stent\w*|DES|PCI|infarct[- ]related)\b/i;
const STEMI = /^I21\.(?:0\d|1\d|2\d|3)$/;

export const stemiArteryRule: GuidelineRule = {
  name: 'STEMI culprit artery',
  section: 'I.B.2',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const stemi = [...drafts.values()].filter((d) => STEMI.test(d.code));
    if (stemi.length !== 1) return;
    const d = stemi[0];
    const named = new Set<string>();
    const seen = new Set<number>();
    for (const s of ctx.analysis.sentences) {
      if (seen.has(s.start)) continue;
      seen.add(s.start);
      const text = ctx.text.slice(s.start, s.end);
      const inMiSentence = d.evidence.some((e) => sentenceAt(ctx.analysis, e.start).start === s.start);
      if (!inMiSentence && !CULPRIT.test(text)) continue;
      for (const a of ARTERIES) if (a.re.test(text)) named.add(a.code);
    }
    if (named.size !== 1) return;
    const artery = ARTERIES.find((a) => named.has(a.code))!;
    if (!artery.from.test(d.code) || d.code === artery.code || drafts.has(artery.code) || !ctx.codeSet.find(artery.code)?.billable) return;
    const was = d.code;
    drafts.delete(was);
    d.code = artery.code;
    drafts.set(artery.code, d);
    addNote(d, { section: 'I.B.2', action: 'refined', detail: `${was} → ${artery.code}: the note names the culprit artery` });
  },
};
