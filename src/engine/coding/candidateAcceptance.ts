// Owns the learned candidate-acceptance model: a logistic model over general signals of every candidate code the
// coder scored for a note (reported or below its confidence threshold: how its words matched, where its mentions
// sit, their context, the code's shape, its relations to the note's other candidates) that estimates whether a
// certified coder reports it. Trained across many cases and authors (CodiEsp tune cases, every trap batch) by
// src/eval/candidateAcceptance.ts and judged on cases it never saw; it never reads the code's identity beyond its
// chapter letter and length, nor a note word. When a model is given to the Coder it replaces the fixed confidence
// threshold (accept when P(report) ≥ its threshold, per setting when trained so); the provenance gate (only clinical
// statements propose codes), negation, family history, the code set, the guideline rules, acceptance.ts and the
// validator all still run around it. Since session 14 the pool also holds codes a mention's context kept out
// (uncertain, hypothetical, past), with the reason as a feature; the data let the model overturn those, not guideline drops.
import fs from 'node:fs';
import path from 'node:path';
import { findDataDir } from '../dataDir';
import type { MentionContext, SectionKind } from '../types';
import { CONCLUSION_SECTIONS } from './acceptance';
import type { CodeSignals } from './coder';
import { bucket, logisticProbability } from './logisticModel';

/**
 * Where a candidate comes from: scored by the coder (reported when over its threshold), the code of a mention a more
 * specific overlapping mention covers, or a code the guideline rules or the specificity choice removed.
 */
export type PoolSource = 'scored' | 'covered' | 'guideline' | 'specificity' | 'context';

/**
 * Why a mention's context kept its code out, when the model may weigh it: an uncertain diagnosis (coded as if it
 * existed inpatient, II.H; not outpatient, IV.H), a hypothetical or planned one, a past episode. Undefined for the
 * hard constraints that stay before any model: a negated mention, a relative's condition (family history has its own
 * Z80-Z84 codes) and another person's.
 */
export type ContextDropReason = 'uncertain' | 'hypothetical' | 'historical';

export function contextDropReason(c: MentionContext): ContextDropReason | undefined {
  if (c.negated || c.family || c.other) return undefined;
  if (c.uncertain) return 'uncertain';
  if (c.hypothetical) return 'hypothetical';
  if (c.historical) return 'historical';
  return undefined;
}

/** Everything the model reads of one candidate and its note. */
export interface PoolCandidate {
  code: string;
  source: PoolSource;
  /** Why the coder dropped it: the context reason (source 'context') or the guideline section (source 'guideline'). */
  dropReason?: string;
  signals: CodeSignals;
  /** Calibrated confidence (the engine's fixed-threshold score). */
  confidence: number;
  /** ConText attributes of every mention behind the code. */
  contexts: readonly MentionContext[];
  /** Section kinds of every mention behind the code. */
  sections: readonly SectionKind[];
  /** Guideline actions that touched the code ("combined", "added", …). */
  guidelineActions: readonly string[];
  /** Kinds of the note's sections. */
  noteSections: readonly SectionKind[];
  outpatient: boolean;
  /** How many candidates the note has (reported or not). */
  poolSize: number;
  /** Rank of this candidate's confidence among the note's candidates (1 = highest). */
  confidenceRank: number;
  /** Another candidate shares the 3-character category. */
  sameCategoryOther: boolean;
  /** Another candidate of the same category is more specific (longer code). */
  longerSibling: boolean;
  /** An Excludes1 partner of the code is among the note's candidates. */
  excludes1Other: boolean;
  manifestation: boolean;
  /** The note holds text its provenance analysis marked non-clinical. */
  nonClinicalNote: boolean;
}

/** A trained model: feature → weight (log-odds of "a coder reports it") and the acceptance threshold. */
export interface CandidateModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Accept when P(report) ≥ threshold. */
  threshold: number;
  /** Per setting, when training found the settings to want different thresholds (else `threshold`). */
  thresholdBySetting?: Readonly<Partial<Record<'inpatient' | 'outpatient', number>>>;
  /** The pool sources the model decides; candidates of other sources keep the coder's own decision. */
  sources: readonly PoolSource[];
  /** How the weights were made (command, data, options). */
  provenance: string;
}

/**
 * The features of one candidate: binary indicators (value 1) and the centred confidence. Crosses pair the place of
 * the mentions (in or outside the note's conclusions) with the code's shape: a bare unspecified word in the history
 * is not the same evidence as the same code in the assessment.
 */
export function candidateFeatures(c: PoolCandidate): Record<string, number> {
  const f: Record<string, number> = {};
  const on = (name: string) => { f[name] = 1; };
  const s = c.signals;
  on(`source:${c.source}`);
  if (c.dropReason) {
    // The drop reason with the setting: an uncertain diagnosis is evidence inpatient (II.H), not outpatient (IV.H).
    on(`dropReason:${c.dropReason}`);
    on(`dropReasonSetting:${c.dropReason}:${c.outpatient ? 'outpatient' : 'inpatient'}`);
  }
  on(`match:${s.match}`);
  on(`terms:${bucket(s.termTokens, [2, 3, 4], ['1', '2', '3', '4+'])}`);
  on(`mentions:${bucket(s.mentions, [2, 3, 5], ['1', '2', '3-4', '5+'])}`);
  on(`section:${s.section}`);
  for (const k of new Set(c.sections)) on(`mentionSection:${k}`);
  if (s.unspecified) on('unspecified');
  if (s.specificSibling) on('specificSibling');
  if (s.statedHistory !== undefined) on(`statedHistory:${s.statedHistory}`);
  if (s.injuryAssessed) on('injuryAssessed');
  const confidence = Math.round(c.confidence * 100) / 100;
  f.confidence = (confidence - 0.5) * 4;
  on(`confidence:${bucket(confidence, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], ['<0.2', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9'])}`);
  on(`confidenceRank:${bucket(c.confidenceRank, [2, 4, 8], ['1', '2-3', '4-7', '8+'])}`);
  on(`poolSize:${bucket(c.poolSize, [2, 4, 8, 16], ['1', '2-3', '4-7', '8-15', '16+'])}`);
  const flags = [...new Set(c.contexts.flatMap((x) => Object.entries(x).filter(([, v]) => v === true).map(([k]) => k)))];
  for (const k of flags) on(`context:${k}`);
  if (!flags.length) on('context:plain');
  const inConclusion = c.sections.filter((k) => CONCLUSION_SECTIONS.has(k)).length;
  const place = inConclusion === 0 ? (c.noteSections.some((k) => CONCLUSION_SECTIONS.has(k)) ? 'outsideConclusion' : 'noConclusion') : inConclusion === c.sections.length ? 'conclusionOnly' : 'conclusionAndNarrative';
  on(`place:${place}`);
  const chapter = c.code[0];
  on(`chapter:${chapter}`);
  on(`chapterPlace:${chapter}:${place}`);
  if (s.unspecified) on(`unspecifiedPlace:${place}`);
  if (s.termTokens <= 1) on(`oneWordPlace:${place}`);
  on(`matchPlace:${s.match}:${place}`);
  on(`sourcePlace:${c.source}:${place}`);
  on(`sourceChapter:${c.source}:${chapter}`);
  on(`depth:${c.code.replace('.', '').length}`);
  for (const a of new Set(c.guidelineActions)) on(`guideline:${a}`);
  if (!c.guidelineActions.length) on('guideline:none');
  on(`setting:${c.outpatient ? 'outpatient' : 'inpatient'}`);
  if (c.sameCategoryOther) on('sameCategoryOther');
  if (c.longerSibling) on('longerSibling');
  if (c.excludes1Other) on('excludes1Other');
  if (c.manifestation) on('manifestation');
  if (c.nonClinicalNote) on('nonClinicalNote');
  return f;
}

/** P(a coder reports the candidate) under the model. */
export function acceptProbability(model: CandidateModel, features: Readonly<Record<string, number>>): number {
  return logisticProbability(model, features);
}

/** The model's verdict on a candidate, or undefined when its source is not one the model decides. */
export function modelAccepts(model: CandidateModel, c: PoolCandidate): boolean | undefined {
  if (!model.sources.includes(c.source)) return undefined;
  return acceptProbability(model, candidateFeatures(c)) >= thresholdFor(model, c.outpatient ? 'outpatient' : 'inpatient');
}

/** The model's threshold for a setting. */
export function thresholdFor(model: CandidateModel, setting: 'inpatient' | 'outpatient'): number {
  return model.thresholdBySetting?.[setting] ?? model.threshold;
}

/** File of the shipped model under data/coding (written by `node dist/src/cli/trainCandidates.js train … --weights-out`). */
export const CANDIDATE_MODEL_FILE = 'candidateAcceptance.json';

/** The shipped model (data/coding/candidateAcceptance.json), or undefined when the data folder lacks it. */
export function loadCandidateModel(): CandidateModel | undefined {
  const dir = findDataDir('coding', CANDIDATE_MODEL_FILE);
  if (!dir) return undefined;
  const model = JSON.parse(fs.readFileSync(path.join(dir, CANDIDATE_MODEL_FILE), 'utf8')) as CandidateModel;
  if (typeof model.threshold !== 'number' || !Array.isArray(model.sources) || typeof model.weights !== 'object') throw new Error(`${CANDIDATE_MODEL_FILE}: not a candidate-acceptance model`);
  return model;
}
