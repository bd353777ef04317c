// Owns the list of earlier examiners' synthetic corpora that `train:phi --source` and `--loco` know by name: each
// corpus's generator and its EVALUATION seed and size (the figures the lead reports with `eval --phi-synthetic
// --holdoutN`). Training copies are dumped at other seeds; leave-one-corpus-out scores a corpus only here.
import type { SyntheticNote } from '../eval/synthetic';
import { DEFAULT_HOLDOUT_NOTES, DEFAULT_HOLDOUT_SEED, generateHoldoutCorpus } from '../eval/synthetic/holdout';
import { DEFAULT_HOLDOUT2_NOTES, DEFAULT_HOLDOUT2_SEED, generateHoldout2Corpus } from '../eval/synthetic/holdout2';
import { DEFAULT_HOLDOUT3_NOTES, DEFAULT_HOLDOUT3_SEED, generateHoldout3Corpus } from '../eval/synthetic/holdout3';
import { DEFAULT_HOLDOUT4_NOTES, DEFAULT_HOLDOUT4_SEED, generateHoldout4Corpus } from '../eval/synthetic/holdout4';
import { DEFAULT_HOLDOUT5_NOTES, DEFAULT_HOLDOUT5_SEED, generateHoldout5Corpus } from '../eval/synthetic/holdout5';
import { DEFAULT_HOLDOUT6_NOTES, DEFAULT_HOLDOUT6_SEED, generateHoldout6Corpus } from '../eval/synthetic/holdout6';
import { DEFAULT_HOLDOUT7_NOTES, DEFAULT_HOLDOUT7_SEED, generateHoldout7Corpus } from '../eval/synthetic/holdout7';
import { DEFAULT_HOLDOUT8_NOTES, DEFAULT_HOLDOUT8_SEED, generateHoldout8Corpus } from '../eval/synthetic/holdout8';
import { DEFAULT_HOLDOUT9_NOTES, DEFAULT_HOLDOUT9_SEED, generateHoldout9Corpus } from '../eval/synthetic/holdout9';
import { DEFAULT_HOLDOUT10_NOTES, DEFAULT_HOLDOUT10_SEED, generateHoldout10Corpus } from '../eval/synthetic/holdout10';
import { DEFAULT_HOLDOUT11_NOTES, DEFAULT_HOLDOUT11_SEED, generateHoldout11Corpus } from '../eval/synthetic/holdout11';
import { DEFAULT_HOLDOUT12_NOTES, DEFAULT_HOLDOUT12_SEED, generateHoldout12Corpus } from '../eval/synthetic/holdout12';
import { DEFAULT_HOLDOUT13_NOTES, DEFAULT_HOLDOUT13_SEED, generateHoldout13Corpus } from '../eval/synthetic/holdout13';

export interface ExaminerCorpus {
  /** The eval CLI flag that scores it (`--phi-synthetic --<flag>`). */
  flag: string;
  evalSeed: number;
  evalNotes: number;
  generate: (options: { seed: number; notes: number }) => SyntheticNote[];
}

/** By the name `--source` uses: h1 is the first held-out corpus (`--holdout`), hN the Nth (`--holdoutN`). */
export const EXAMINER_CORPORA: Readonly<Record<string, ExaminerCorpus>> = {
  h1: { flag: 'holdout', evalSeed: DEFAULT_HOLDOUT_SEED, evalNotes: DEFAULT_HOLDOUT_NOTES, generate: generateHoldoutCorpus },
  h2: { flag: 'holdout2', evalSeed: DEFAULT_HOLDOUT2_SEED, evalNotes: DEFAULT_HOLDOUT2_NOTES, generate: generateHoldout2Corpus },
  h3: { flag: 'holdout3', evalSeed: DEFAULT_HOLDOUT3_SEED, evalNotes: DEFAULT_HOLDOUT3_NOTES, generate: generateHoldout3Corpus },
  h4: { flag: 'holdout4', evalSeed: DEFAULT_HOLDOUT4_SEED, evalNotes: DEFAULT_HOLDOUT4_NOTES, generate: generateHoldout4Corpus },
  h5: { flag: 'holdout5', evalSeed: DEFAULT_HOLDOUT5_SEED, evalNotes: DEFAULT_HOLDOUT5_NOTES, generate: generateHoldout5Corpus },
  h6: { flag: 'holdout6', evalSeed: DEFAULT_HOLDOUT6_SEED, evalNotes: DEFAULT_HOLDOUT6_NOTES, generate: generateHoldout6Corpus },
  h7: { flag: 'holdout7', evalSeed: DEFAULT_HOLDOUT7_SEED, evalNotes: DEFAULT_HOLDOUT7_NOTES, generate: generateHoldout7Corpus },
  h8: { flag: 'holdout8', evalSeed: DEFAULT_HOLDOUT8_SEED, evalNotes: DEFAULT_HOLDOUT8_NOTES, generate: generateHoldout8Corpus },
  h9: { flag: 'holdout9', evalSeed: DEFAULT_HOLDOUT9_SEED, evalNotes: DEFAULT_HOLDOUT9_NOTES, generate: generateHoldout9Corpus },
  h10: { flag: 'holdout10', evalSeed: DEFAULT_HOLDOUT10_SEED, evalNotes: DEFAULT_HOLDOUT10_NOTES, generate: generateHoldout10Corpus },
  h11: { flag: 'holdout11', evalSeed: DEFAULT_HOLDOUT11_SEED, evalNotes: DEFAULT_HOLDOUT11_NOTES, generate: generateHoldout11Corpus },
  h12: { flag: 'holdout12', evalSeed: DEFAULT_HOLDOUT12_SEED, evalNotes: DEFAULT_HOLDOUT12_NOTES, generate: generateHoldout12Corpus },
  h13: { flag: 'holdout13', evalSeed: DEFAULT_HOLDOUT13_SEED, evalNotes: DEFAULT_HOLDOUT13_NOTES, generate: generateHoldout13Corpus },
};

/**
 * The evaluation seed of each re-surrogation vocabulary, as the lead reports it (`eval --phi-resurrogate
 * --resurrogate-vocabulary k --seed <seed>`): s9 at the default seed, each later examiner's vocabulary at its own.
 * Leave-one-vocabulary-out scores vocabulary k at this seed; training copies are drawn at another seed.
 */
export const VOCABULARY_EVAL_SEEDS: Readonly<Record<string, number>> = { s9: 9119, s10: 1010, s11: 1111, s12: 1212, s13: 1313, s14: 1414, s15: 1515 };
