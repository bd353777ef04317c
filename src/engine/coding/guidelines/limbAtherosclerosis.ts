// Owns the "with" subterms of atherosclerosis of the native arteries of the extremities (I.A.15, Index
// "Atherosclerosis, extremities, native arteries, leg, with intermittent claudication I70.21- / rest pain (and
// intermittent claudication) I70.22- / gangrene (and ...) I70.26-"): the stage a provider states in the
// atherosclerosis's own sentence is one combination code with the side already read, and the claudication or
// gangrene is not reported again beside it (I73.9 and I96 are Excludes1 with I70.2-).
import { dropDraft, ensureDraft, sentencesOf } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Unspecified atherosclerosis of native arteries of the extremities, by side (I70.201 right leg … I70.209). */
const UNSPECIFIED = /^I70\.20(\d)$/;
/** Highest stage first: the Index's rest pain and gangrene subterms include the claudication. */
const STAGES: ReadonlyArray<{ words: RegExp; subcategory: string; name: string }> = [
  { words: /\bgangren/, subcategory: 'I70.26', name: 'gangrene' },
  { words: /\brest pain\b|\bpain at rest\b/, subcategory: 'I70.22', name: 'rest pain' },
  { words: /\bclaudication\b/, subcategory: 'I70.21', name: 'intermittent claudication' },
];
/** The stage denied in the sentence ("no rest pain", "without gangrene") is not stated. */
const DENIED = /\b(?:no|not|without|denies|negative for|absence of)\s+(?:\w+\s+){0,2}$/;
/** The codes of the stage written alone, which the combination code holds (Excludes1 at I70.2-). */
const STAGE_ALONE = new Set(['I73.9', 'I96']);

export const limbAtherosclerosisRule: GuidelineRule = {
  name: 'atherosclerosis of the extremities with its stage',
  section: 'I.A.15',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const d of [...drafts.values()]) {
      const side = UNSPECIFIED.exec(d.code)?.[1];
      if (side === undefined) continue;
      const sentences = sentencesOf(ctx, d);
      const stage = STAGES.find((s) => sentences.some((text) => stated(text, s.words)));
      if (!stage) continue;
      const code = `${stage.subcategory}${side === '9' ? sideOf(sentences) : side}`;
      const t = ensureDraft(ctx, drafts, code, [d], { section: 'I.A.15', action: 'combined', detail: `atherosclerosis with ${stage.name}: ${code}` });
      if (!t) continue;
      dropDraft(ctx, drafts, d.code, 'I.A.15', `stage stated: ${code}`, t);
      for (const alone of STAGE_ALONE) dropDraft(ctx, drafts, alone, 'I.A.12.a', `included in ${code}`, t);
      // The leg pain of rest pain is the stage itself (I.B.5), not a symptom to report beside it.
      if (stage.subcategory !== 'I70.21') for (const pain of [...drafts.keys()].filter((c) => /^M79\.6/.test(c))) dropDraft(ctx, drafts, pain, 'I.B.5', `integral to ${code}`, t);
    }
  },
};

function stated(sentence: string, words: RegExp): boolean {
  const m = new RegExp(words.source, 'g');
  for (const hit of sentence.matchAll(m)) if (!DENIED.test(sentence.slice(Math.max(0, hit.index! - 40), hit.index))) return true;
  return false;
}

/** The leg the sentence names, as the 6th character of I70.2- (1 right, 2 left, 3 bilateral), else 9. */
function sideOf(sentences: readonly string[]): string {
  const text = sentences.join(' ');
  if (/\b(?:both|bilateral)(?:\s+lower)?\s+(?:legs|extremities|limbs)\b|\bbilateral(?:ly)?\b/.test(text)) return '3';
  const right = /\bright\s+(?:lower\s+)?(?:leg|extremity|limb|calf|foot|thigh)\b/.test(text);
  const left = /\bleft\s+(?:lower\s+)?(?:leg|extremity|limb|calf|foot|thigh)\b/.test(text);
  return right && !left ? '1' : left && !right ? '2' : right && left ? '3' : '9';
}
