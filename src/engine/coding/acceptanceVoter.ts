// Owns the learned acceptance voter: a logistic model over general signals of a reported code (how its words
// matched, where its mentions sit, their context, the code's shape and its relations to the note's other codes:
// Excludes1, "use additional" requests, a sibling of the same category) that estimates whether a certified coder
// would report it. Trained by src/eval/acceptanceVoter.ts on every trap batch (many examiners' ideas of what a
// coder must and must not report), validated leave-one-batch-out; never reads the code itself or a note word.
// Not wired into the coder (session 12): leave-one-batch-out over examiner batches A-K it withheld nothing at a
// recall-favouring cost, and at break-even cost it withheld more gold codes than wrong ones on most batches it
// touched (figures in src/eval/acceptanceVoter.ts). The features and verdict live here so that a voter trained on
// data that does generalize (first-seen engine output per batch) is one call in Coder.withheld.
import type { MentionContext, SectionKind } from '../types';
import { CONCLUSION_SECTIONS, sameBodySystem, type AcceptanceVerdict } from './acceptance';
import type { CodeSignals } from './coder';
import type { ConventionSource } from './guidelines/conventions';
import { bucket, logisticProbability } from './logisticModel';

/** Everything the voter reads of one reported code and its note. */
export interface VoterInput {
  code: string;
  signals: CodeSignals;
  /** Calibrated confidence (rounded to two decimals, as reported). */
  confidence: number;
  principal: boolean;
  /** ConText attributes of every mention behind the code. */
  contexts: readonly MentionContext[];
  /** Section kinds of every mention behind the code. */
  sections: readonly SectionKind[];
  /** Guideline actions that touched the code ("combined", "added", …). */
  guidelineActions: readonly string[];
  /** The note's other reported codes. */
  others: readonly string[];
  /** Kinds of the note's sections. */
  noteSections: readonly SectionKind[];
  outpatient: boolean;
  /** The note's other non-Z codes its conclusion sections support. */
  assessed: readonly string[];
  excludes1Other: boolean;
  askedForByOther: boolean;
  manifestation: boolean;
  /** The note holds text its provenance analysis marked non-clinical. */
  nonClinicalNote: boolean;
}

/** A trained voter: feature → weight of "a coder reports it" (log-odds), and the probability below which it withholds. */
export interface VoterModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Withhold when P(report) < threshold; 0 disables the voter. */
  threshold: number;
  /** How the weights were made (command, batches, date). */
  provenance: string;
}

/** The code's Tabular relations to the other reported codes of its note (read through the coder's conventions). */
export function codeRelations(conventions: ConventionSource, codes: readonly string[]): (code: string) => Pick<VoterInput, 'excludes1Other' | 'askedForByOther' | 'manifestation'> {
  return (code) => {
    const others = codes.filter((c) => c !== code);
    return {
      excludes1Other: others.some((o) => conventions.excludes1Conflict(code, o)),
      askedForByOther: others.some((o) => conventions.asksFor?.(o, code) === true || conventions.codeFirst(o).some((p) => code.replace('.', '').startsWith(p.replace(/[.-]/g, '')))),
      manifestation: conventions.isManifestation(code),
    };
  };
}

/**
 * The features of one code: binary indicators (value 1) and the centred confidence. Crosses pair the place of the
 * code's mentions (in or outside the note's conclusions) with its role, shape and chapter: a bare unspecified word in
 * the history is not the same evidence as the same code in the assessment.
 */
export function voterFeatures(c: VoterInput): Record<string, number> {
  const f: Record<string, number> = {};
  const on = (name: string) => { f[name] = 1; };
  const s = c.signals;
  on(`match:${s.match}`);
  on(`terms:${bucket(s.termTokens, [2, 3], ['1', '2', '3+'])}`);
  on(`mentions:${bucket(s.mentions, [2, 3], ['1', '2', '3+'])}`);
  on(`section:${s.section}`);
  for (const k of new Set(c.sections)) on(`mentionSection:${k}`);
  if (s.unspecified) on('unspecified');
  if (s.specificSibling) on('specificSibling');
  if (s.statedHistory !== undefined) on(`statedHistory:${s.statedHistory}`);
  if (s.injuryAssessed) on('injuryAssessed');
  const confidence = Math.round(c.confidence * 100) / 100;
  f.confidence = (confidence - 0.7) * 4;
  on(`confidence:${bucket(confidence, [0.5, 0.6, 0.7, 0.8, 0.9], ['<0.5', '0.5', '0.6', '0.7', '0.8', '0.9'])}`);
  on(`role:${c.principal ? 'principal' : 'secondary'}`);
  const flags = [...new Set(c.contexts.flatMap((x) => Object.entries(x).filter(([, v]) => v).map(([k]) => k)))];
  for (const k of flags) on(`context:${k}`);
  if (!flags.length) on('context:plain');
  const inConclusion = c.sections.filter((k) => CONCLUSION_SECTIONS.has(k)).length;
  const place = inConclusion === 0 ? (c.noteSections.some((k) => CONCLUSION_SECTIONS.has(k)) ? 'outsideConclusion' : 'noConclusion') : inConclusion === c.sections.length ? 'conclusionOnly' : 'conclusionAndNarrative';
  on(`place:${place}`);
  const chapter = c.code[0];
  on(`chapter:${chapter}`);
  on(`chapterPlace:${chapter}:${place}`);
  on(`rolePlace:${c.principal ? 'principal' : 'secondary'}:${place}`);
  if (s.unspecified) on(`unspecifiedPlace:${place}`);
  if (s.termTokens <= 1) on(`oneWordPlace:${place}`);
  on(`depth:${c.code.replace('.', '').length}`);
  for (const a of new Set(c.guidelineActions)) on(`guideline:${a}`);
  if (!c.guidelineActions.length) on('guideline:none');
  on(`setting:${c.outpatient ? 'outpatient' : 'inpatient'}`);
  on(`settingPlace:${c.outpatient ? 'outpatient' : 'inpatient'}:${place}`);
  on(`others:${bucket(c.others.length, [1, 3, 6], ['0', '1-2', '3-5', '6+'])}`);
  if (c.assessed.some((a) => a !== c.code && sameBodySystem(c.code, a))) on('assessedSameSystem');
  if (c.others.some((o) => o.slice(0, 3) === c.code.slice(0, 3))) on('sameCategoryOther');
  if (c.excludes1Other) on('excludes1Other');
  if (c.askedForByOther) on('askedForByOther');
  if (c.manifestation) on('manifestation');
  if (c.nonClinicalNote) on('nonClinicalNote');
  return f;
}

/** P(a coder reports the code) under the model. */
export function voterProbability(model: VoterModel, features: Readonly<Record<string, number>>): number {
  return logisticProbability(model, features);
}

/** The voter's verdict on one code: withheld when its probability falls under the model's threshold. */
export function voterWithholds(model: VoterModel, c: VoterInput): AcceptanceVerdict | undefined {
  if (model.threshold <= 0) return undefined;
  const p = voterProbability(model, voterFeatures(c));
  if (p >= model.threshold) return undefined;
  return { section: 'I.B.1', detail: `the acceptance voter scores it ${p.toFixed(2)} < ${model.threshold.toFixed(2)}: its signals are those of codes coders do not report` };
}
