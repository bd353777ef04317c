// Owns the registry of the synthetic PHI corpora (the main generator, then held-outs #1–#15 in the order the
// examiners wrote them) and the check every held-out corpus's test makes against the corpora written before it:
// no note style, fine PHI kind or protected clinical term in common, so each corpus measures forms the engine was
// not tuned on when it was written. A new held-out corpus adds one row here and calls `sharedWithEarlier`.
import { generateCorpus, NOTE_STYLES, type SyntheticNote } from '../../src/eval/synthetic';
import { generateHoldoutCorpus } from '../../src/eval/synthetic/holdout';
import { HOLDOUT_STYLES } from '../../src/eval/synthetic/holdout/styles';
import { generateHoldout2Corpus } from '../../src/eval/synthetic/holdout2';
import { HOLDOUT2_STYLES } from '../../src/eval/synthetic/holdout2/styles';
import { generateHoldout3Corpus } from '../../src/eval/synthetic/holdout3';
import { H3_PROTECTED, HOLDOUT3_STYLES } from '../../src/eval/synthetic/holdout3/styles';
import { generateHoldout4Corpus } from '../../src/eval/synthetic/holdout4';
import { HOLDOUT4_STYLES } from '../../src/eval/synthetic/holdout4/styles';
import { H4_PROTECTED_ALL } from '../../src/eval/synthetic/holdout4/vocab';
import { generateHoldout5Corpus } from '../../src/eval/synthetic/holdout5';
import { HOLDOUT5_STYLES } from '../../src/eval/synthetic/holdout5/styles';
import { H5_PROTECTED_ALL } from '../../src/eval/synthetic/holdout5/vocab';
import { generateHoldout6Corpus } from '../../src/eval/synthetic/holdout6';
import { HOLDOUT6_STYLES } from '../../src/eval/synthetic/holdout6/styles';
import { H6_PROTECTED_ALL } from '../../src/eval/synthetic/holdout6/vocab';
import { generateHoldout7Corpus } from '../../src/eval/synthetic/holdout7';
import { HOLDOUT7_STYLES } from '../../src/eval/synthetic/holdout7/styles';
import { H7_PROTECTED_ALL } from '../../src/eval/synthetic/holdout7/vocab';
import { generateHoldout8Corpus } from '../../src/eval/synthetic/holdout8';
import { HOLDOUT8_STYLES } from '../../src/eval/synthetic/holdout8/styles';
import { H8_PROTECTED_ALL } from '../../src/eval/synthetic/holdout8/vocab';
import { generateHoldout9Corpus } from '../../src/eval/synthetic/holdout9';
import { HOLDOUT9_STYLES } from '../../src/eval/synthetic/holdout9/styles';
import { H9_PROTECTED_ALL } from '../../src/eval/synthetic/holdout9/vocab';
import { generateHoldout10Corpus } from '../../src/eval/synthetic/holdout10';
import { HOLDOUT10_STYLES } from '../../src/eval/synthetic/holdout10/styles';
import { H10_PROTECTED_ALL } from '../../src/eval/synthetic/holdout10/vocab';
import { generateHoldout11Corpus } from '../../src/eval/synthetic/holdout11';
import { HOLDOUT11_STYLES } from '../../src/eval/synthetic/holdout11/styles';
import { H11_PROTECTED_ALL } from '../../src/eval/synthetic/holdout11/vocab';
import { generateHoldout12Corpus } from '../../src/eval/synthetic/holdout12';
import { HOLDOUT12_STYLES } from '../../src/eval/synthetic/holdout12/styles';
import { H12_PROTECTED_ALL } from '../../src/eval/synthetic/holdout12/vocab';
import { generateHoldout13Corpus } from '../../src/eval/synthetic/holdout13';
import { HOLDOUT13_STYLES } from '../../src/eval/synthetic/holdout13/styles';
import { H13_PROTECTED_ALL } from '../../src/eval/synthetic/holdout13/vocab';
import { generateHoldout14Corpus } from '../../src/eval/synthetic/holdout14';
import { HOLDOUT14_STYLES } from '../../src/eval/synthetic/holdout14/styles';
import { H14_PROTECTED_ALL } from '../../src/eval/synthetic/holdout14/vocab';
import { generateHoldout15Corpus } from '../../src/eval/synthetic/holdout15';
import { HOLDOUT15_STYLES } from '../../src/eval/synthetic/holdout15/styles';
import { H15_PROTECTED_ALL } from '../../src/eval/synthetic/holdout15/vocab';

export interface PhiCorpusEntry {
  /** "main", then "#1" … in the order written. */
  readonly label: string;
  readonly generate: (options: { seed?: number; notes?: number }) => SyntheticNote[];
  readonly styles: readonly { readonly name: string }[];
  /** The corpus's declared protected terms (the first corpora declared none: their notes carry them). */
  readonly protectedTerms: readonly string[];
  /** How many notes of it a later corpus's check generates: enough to meet every kind it writes. */
  readonly sampleNotes: number;
}

export const PHI_CORPORA: readonly PhiCorpusEntry[] = [
  { label: 'main', generate: generateCorpus, styles: NOTE_STYLES, protectedTerms: [], sampleNotes: 60 },
  { label: '#1', generate: generateHoldoutCorpus, styles: HOLDOUT_STYLES, protectedTerms: [], sampleNotes: 70 },
  { label: '#2', generate: generateHoldout2Corpus, styles: HOLDOUT2_STYLES, protectedTerms: [], sampleNotes: 80 },
  { label: '#3', generate: generateHoldout3Corpus, styles: HOLDOUT3_STYLES, protectedTerms: H3_PROTECTED, sampleNotes: 80 },
  { label: '#4', generate: generateHoldout4Corpus, styles: HOLDOUT4_STYLES, protectedTerms: H4_PROTECTED_ALL, sampleNotes: 120 },
  { label: '#5', generate: generateHoldout5Corpus, styles: HOLDOUT5_STYLES, protectedTerms: H5_PROTECTED_ALL, sampleNotes: 120 },
  { label: '#6', generate: generateHoldout6Corpus, styles: HOLDOUT6_STYLES, protectedTerms: H6_PROTECTED_ALL, sampleNotes: 130 },
  { label: '#7', generate: generateHoldout7Corpus, styles: HOLDOUT7_STYLES, protectedTerms: H7_PROTECTED_ALL, sampleNotes: 100 },
  { label: '#8', generate: generateHoldout8Corpus, styles: HOLDOUT8_STYLES, protectedTerms: H8_PROTECTED_ALL, sampleNotes: 120 },
  { label: '#9', generate: generateHoldout9Corpus, styles: HOLDOUT9_STYLES, protectedTerms: H9_PROTECTED_ALL, sampleNotes: 150 },
  { label: '#10', generate: generateHoldout10Corpus, styles: HOLDOUT10_STYLES, protectedTerms: H10_PROTECTED_ALL, sampleNotes: 150 },
  { label: '#11', generate: generateHoldout11Corpus, styles: HOLDOUT11_STYLES, protectedTerms: H11_PROTECTED_ALL, sampleNotes: 150 },
  { label: '#12', generate: generateHoldout12Corpus, styles: HOLDOUT12_STYLES, protectedTerms: H12_PROTECTED_ALL, sampleNotes: 150 },
  { label: '#13', generate: generateHoldout13Corpus, styles: HOLDOUT13_STYLES, protectedTerms: H13_PROTECTED_ALL, sampleNotes: 150 },
  { label: '#14', generate: generateHoldout14Corpus, styles: HOLDOUT14_STYLES, protectedTerms: H14_PROTECTED_ALL, sampleNotes: 150 },
  { label: '#15', generate: generateHoldout15Corpus, styles: HOLDOUT15_STYLES, protectedTerms: H15_PROTECTED_ALL, sampleNotes: 150 },
];

export interface SharedWithEarlier {
  readonly styles: string[];
  readonly kinds: string[];
  readonly protectedTerms: string[];
}

/**
 * What the held-out corpus `label` shares with every corpus registered before it: style names, fine PHI kinds
 * (from `notes`, checked against a seeded sample of each earlier corpus) and its declared protected terms (against
 * the earlier declared and planted ones, case-insensitively; the first corpora declared none). Empty lists mean the
 * corpus is new material.
 */
export function sharedWithEarlier(label: string, notes: readonly SyntheticNote[], seed: number): SharedWithEarlier {
  const index = PHI_CORPORA.findIndex((c) => c.label === label);
  if (index < 1) throw new Error(`unknown held-out PHI corpus ${label}`);
  const own = PHI_CORPORA[index];
  const earlier = PHI_CORPORA.slice(0, index);
  const earlierStyles = new Set(earlier.flatMap((c) => c.styles.map((s) => s.name)));
  const sample = earlier.flatMap((c) => c.generate({ seed, notes: c.sampleNotes }));
  const earlierKinds = new Set(sample.flatMap((n) => n.phi.map((s) => s.kind)));
  const earlierTerms = new Set([...sample.flatMap((n) => n.protected.map((p) => p.term)), ...earlier.flatMap((c) => c.protectedTerms)].map((t) => t.toLowerCase()));
  return {
    styles: own.styles.map((s) => s.name).filter((s) => earlierStyles.has(s)),
    kinds: [...new Set(notes.flatMap((n) => n.phi.map((s) => s.kind)).filter((k) => earlierKinds.has(k)))],
    protectedTerms: [...new Set(own.protectedTerms.filter((t) => earlierTerms.has(t.toLowerCase())))],
  };
}

export const NOTHING_SHARED: SharedWithEarlier = { styles: [], kinds: [], protectedTerms: [] };
