// Owns holding a model's final code list to the guideline rules that judge codes against each other
// (I.B.4–5 integral signs and symptoms, I.A.13 code first): the engine applies them to its own drafts,
// but a model can add a diagnosis the engine did not find beside a symptom it did, or report a
// manifestation without the etiology the engine paired it with. The same rule objects run here on the
// reported codes (one code path), so a model can never bring back what they forbid.
import { noteTokens } from '../coding/matcher';
import { applyGuidelines } from '../coding/guidelines';
import { integralSymptomRule } from '../coding/guidelines/integral';
import { codeFirstRule } from '../coding/guidelines/sequencing';
import type { CodingSetting, ConventionSource, Draft, DroppedCode, GuidelineNote } from '../coding/guidelines';
import type { CodeSet } from '../icd10';
import type { TextAnalysis } from '../text';
import type { EvidenceSpan } from '../types';

/** The rules that judge reported codes against one another, in the engine's order. */
const REPORTED_CODE_RULES = [integralSymptomRule, codeFirstRule] as const;

export interface ReportedCode {
  code: string;
  evidence: EvidenceSpan[];
  confidence: number;
}

export interface ReportedVerdict {
  /** Codes a rule removes, with its section and reason. */
  dropped: DroppedCode[];
  /** Notes a rule asks a person to confirm. */
  review: Array<{ code: string; note: GuidelineNote }>;
  /** Manifestation codes reported without the underlying condition their "code first" note asks for (I.A.13). */
  withoutEtiology: string[];
}

export function judgeReportedCodes(
  text: string,
  analysis: TextAnalysis,
  codes: readonly ReportedCode[],
  deps: { codeSet: CodeSet; conventions: ConventionSource; setting: CodingSetting },
): ReportedVerdict {
  const drafts = new Map<string, Draft>();
  codes.forEach((c, i) => {
    drafts.set(c.code, {
      code: c.code,
      confidence: c.confidence,
      first: Math.min(...c.evidence.map((e) => e.start)),
      priority: i,
      evidence: c.evidence,
      mentions: [],
      match: 'description',
      termTokens: 0,
      section: 'other',
      guideline: [],
    });
  });
  const dropped: DroppedCode[] = [];
  applyGuidelines({ text, analysis, tokens: noteTokens(text), codeSet: deps.codeSet, conventions: deps.conventions, setting: deps.setting, mentionSpans: [], covered: [], dropped }, drafts, REPORTED_CODE_RULES);
  const review = [...drafts.values()].flatMap((d) => d.guideline.filter((n) => n.action === 'review').map((note) => ({ code: d.code, note })));
  const withoutEtiology = review.filter((r) => r.note.section === codeFirstRule.section).map((r) => r.code);
  return { dropped, review, withoutEtiology };
}
