// Owns early versus late onset read from a stated age at onset (I.B.2, level of detail): the Tabular splits
// Alzheimer's disease by onset (G30.0 early onset, G30.1 late onset, G30.9 unspecified), and a provider who
// writes the age the disease began ("Alzheimer's disease, onset at 78") has documented which. The threshold is
// the clinical definition the classification's terms follow (early onset before age 65), kept as data.
import { dropDraft, ensureDraft, sentencesOf } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

interface OnsetSplit {
  unspecified: string;
  /** Age in years at which onset stops being early. */
  lateFromYears: number;
  early: string;
  late: string;
}

const ONSET_SPLITS: readonly OnsetSplit[] = [
  { unspecified: 'G30.9', lateFromYears: 65, early: 'G30.0', late: 'G30.1' },
];

/** "onset at 78", "onset age 60", "onset at age 58", "age of onset 70", "onset in her 50s" (decade: its first year). */
const ONSET_AGE = /\b(?:onset\s+(?:at\s+age|at|age|in\s+(?:his|her|their))|age\s+(?:at|of)\s+onset(?:\s*(?:of|:|was))?)\s*(\d{2})(s)?\b/;

export const onsetAgeRule: GuidelineRule = {
  name: 'early or late onset from a stated age at onset',
  section: 'I.B.2',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const split of ONSET_SPLITS) {
      const d = drafts.get(split.unspecified);
      if (!d) continue;
      const age = sentencesOf(ctx, d).map((s) => ONSET_AGE.exec(s)).find((m) => m);
      if (!age) continue;
      const years = Number(age[1]);
      // A decade ("in her 60s") straddling the threshold says nothing either way.
      if (age[2] && years < split.lateFromYears && years + 9 >= split.lateFromYears) continue;
      const code = years < split.lateFromYears ? split.early : split.late;
      const t = ensureDraft(ctx, drafts, code, [d], { section: 'I.B.2', action: 'refined', detail: `onset at ${years}: ${code}` });
      if (t) dropDraft(ctx, drafts, d.code, 'I.B.2', `onset age stated: ${code}`, t);
    }
  },
};
