// Owns the rule runner of the ICD-10-CM Official Guidelines: the rule families in the order a coder
// applies them (poisoning and adverse effects from the Table of Drugs, chapter precedence, combinations, the nature of an adverse effect, specificity, 7th characters, integral symptoms,
// Excludes1 and sequencing), each rewriting the drafts and recording its guideline section.
import type { Draft, GuidelineContext, GuidelineRule } from './types';
import { combinationRule } from './combinations';
import { combinedSpecificityRule, specificityRule } from './specificity';
import { pregnancyRule } from './pregnancy';
import { integralSymptomRule } from './integral';
import { additionalCodeRule, chapterFirstRule, codeFirstRule, excludes1Rule, statedEtiologyRule } from './sequencing';
import { seventhCharacterRule } from './seventh';
import { sepsisRule } from './sepsis';
import { infectiousAgentRule } from './organisms';
import { adverseEffectNatureRule, poisoningRule } from './poisoning';
import { injuryRule } from './injuries';
import { encounterReasonRule } from './encounters';
import { neoplasmRule } from './neoplasms';
import { heartFailureRule } from './heartFailure';
import { dueToRule } from './dueTo';
import { longTermDrugRule } from './longTermDrugs';
import { fractureCareRule } from './fractureCare';
import { inSituSiteRule } from './neoplasmSites';
import { statusCodeRule, zCodeEncounterRule } from './zcodes';
import { encounterPurposeRule } from './encounterPurpose';
import { durationAcuityRule } from './duration';
import { fracturePatternRule } from './fracturePattern';
import { ulcerSeverityRule } from './ulcerSeverity';
import { stemiArteryRule } from './stemiArtery';
import { substanceRemissionRule } from './substanceRemission';
import { limbAtherosclerosisRule } from './limbAtherosclerosis';
import { onsetAgeRule } from './onsetAge';
import { sideScopeRule } from './sideScope';
import { sideAxisRule } from './sideAxis';
import { combinationNamesRule } from './combinationNames';
import { cerebrovascularSequelaRule } from './cerebrovascularSequela';
import { covidRule } from './covid';
import { indexWithRule } from './indexWith';
import { prostateSymptomRule } from './prostateSymptoms';

export type { CodingSetting, Draft, DraftMention, DroppedCode, GuidelineContext, GuidelineNote, GuidelineRule } from './types';
export { CodeSetConventions, vagueness, type ConventionSource, type SeventhCharacter } from './conventions';
export { settingForNoteType } from './setting';
export { baseOrder, reportingOrder } from './sequencing';
export { statesHealingPhase } from './seventh';

/**
 * Order matters: encounter reasons first (a vaccine's or a negative test's disease never reaches the
 * other rules); specificity and laterality refine single codes before combinations and the neoplasm
 * rules read them;
 * a side read across a coordination moves to its own site's code once the single codes are final;
 * integral symptoms are judged against the condition's own code (a urinary infection explains dysuria), and then a
 * side left open is read from the rest of the note (the side axis: a sided symptom the condition explains no longer
 * holds the side), before pregnancy maps the condition to chapter 15; the encounter's Z codes (general exam, follow-up, BMI)
 * read the conditions left after them; Excludes1 and sequencing see the finished list.
 */
export const GUIDELINE_RULES: readonly GuidelineRule[] = [
  encounterReasonRule, poisoningRule, specificityRule, substanceRemissionRule, durationAcuityRule, onsetAgeRule, combinationRule, indexWithRule, prostateSymptomRule, combinedSpecificityRule, limbAtherosclerosisRule, ulcerSeverityRule, dueToRule, neoplasmRule, inSituSiteRule, adverseEffectNatureRule, fractureCareRule, injuryRule, fracturePatternRule, seventhCharacterRule, sideScopeRule, heartFailureRule, stemiArteryRule, integralSymptomRule, sideAxisRule, combinationNamesRule, covidRule, pregnancyRule, longTermDrugRule, zCodeEncounterRule, encounterPurposeRule, statusCodeRule, cerebrovascularSequelaRule, sepsisRule, infectiousAgentRule, additionalCodeRule, excludes1Rule, statedEtiologyRule, codeFirstRule, chapterFirstRule,
];

/** Rules that read codes from the text itself (the Table of Drugs), so they run even with no draft yet. */
const FROM_TEXT: ReadonlySet<GuidelineRule> = new Set([poisoningRule]);

export function applyGuidelines(ctx: GuidelineContext, drafts: Map<string, Draft>, rules: readonly GuidelineRule[] = GUIDELINE_RULES): void {
  for (const rule of rules) {
    if (!drafts.size && !FROM_TEXT.has(rule) && !rule.readsText) continue;
    rule.apply(ctx, drafts);
  }
}
