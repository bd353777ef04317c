// Unit: the one report builder — what every reader (CLI, pipeline, review) gets from a validator's verdict:
// PHI-safe evidence in both texts, codes whose only evidence is PHI refused, Official Guidelines notes carried
// with their codes (and 'review' notes sending the report to a person), model fallbacks flagged, agreement counted.
import { buildReport, type ReportInput } from '../../../src/domain/report';
import { ClinicalEngine, candidatesToProposals } from '../../../src/engine';
import type { CodeCandidate } from '../../../src/engine/coding';
import type { ValidatedCode } from '../../../src/engine/validate';

// Synthetic (invented) note.
const NOTE = 'Seen by Dr. Parker today. Assessment: asthma, mild intermittent. Diabetic cataract noted.';
const engine = new ClinicalEngine();

function inputFor(accepted: ValidatedCode[], extra: Partial<ReportInput> = {}): ReportInput {
  const redaction = engine.redact(NOTE);
  return {
    redaction: { redactedText: redaction.text, phi: redaction.spans, map: redaction.map, offsetMapJson: redaction.map.toJSON() },
    summary: { text: '', sections: [] },
    candidates: [],
    proposals: [],
    validation: { accepted, rejected: [], needsReview: false, reviewReasons: [] },
    codeSetVersion: engine.codeSet.version,
    ...extra,
  };
}

function accepted(code: string, quote: string, redactedText: string, rank = 1): ValidatedCode {
  const start = redactedText.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return { code, description: code, billable: true, confidence: 0.9, role: rank === 1 ? 'principal' : 'secondary', rank, source: 'model', evidence: [{ start, end: start + quote.length, text: quote }] };
}

describe('buildReport', () => {
  const redacted = engine.redact(NOTE).text;

  it('locates each quote in both texts and refuses a code whose only evidence is a PHI placeholder', () => {
    const report = buildReport(inputFor([accepted('J45.20', 'asthma', redacted), accepted('Z00.00', '[NAME]', redacted, 2)]));
    expect(report.codes.map((c) => c.code)).toEqual(['J45.20']);
    const e = report.codes[0].evidence[0];
    expect(NOTE.slice(e.start, e.end)).toBe('asthma');
    expect(redacted.slice(e.redactedStart, e.redactedEnd)).toBe('asthma');
    expect(report.rejectedCodes).toEqual([{ code: 'Z00.00', reason: 'EVIDENCE_ONLY_IN_PHI' }]);
    expect(report.needsReview).toBe(true);
  });

  it("carries a candidate's Official Guidelines notes with its accepted code; a 'review' note sends the report to a person", () => {
    const candidate = { code: 'J45.20', guideline: [{ section: 'I.A.12.a', action: 'review', detail: 'Excludes1 pair kept' }] } as unknown as CodeCandidate;
    const report = buildReport(inputFor([accepted('J45.20', 'asthma', redacted)], { candidates: [candidate] }));
    expect(report.codes[0].guideline).toEqual(candidate.guideline);
    expect(report.reviewReasons).toContain('GUIDELINE J45.20: I.A.12.a Excludes1 pair kept');
    expect(report.needsReview).toBe(true);
  });

  it('flags a model fallback for review and counts how far the coder and the engine agree', () => {
    const candidates = engine.propose(engine.analyze(redacted));
    const proposals = [...candidatesToProposals(candidates).slice(0, 1), { code: 'R05.9', confidence: 0.5, role: 'secondary' as const, source: 'model' as const, evidence: [] }];
    const report = buildReport(inputFor([accepted('J45.20', 'asthma', redacted)], { candidates, proposals, fallbackReasons: { coder: 'MALFORMED' } }));
    expect(report.reviewReasons).toContain('MODEL_FALLBACK coder: MALFORMED');
    expect(report.agreement).toEqual({ engineCodes: new Set(candidates.map((c) => c.code)).size, modelCodes: 2, agreed: 1 });
  });

  it('is what ClinicalEngine.process (the CLI) reports: same codes, evidence and reasons as building from its parts', () => {
    const result = engine.process(NOTE);
    const analysis = engine.analyze(result.redactedText);
    const candidates = engine.propose(analysis);
    const proposals = candidatesToProposals(candidates);
    const report = buildReport(inputFor([], { candidates, proposals, validation: engine.validate(analysis, proposals), summary: result.summary }));
    expect(result.codes).toEqual(report.codes);
    expect(result.reviewReasons).toEqual(report.reviewReasons);
    expect(result.codes.length).toBeGreaterThan(0);
  });
});
