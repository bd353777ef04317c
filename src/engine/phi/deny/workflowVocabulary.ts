// Owns the vocabulary of coding and billing workflow (CDI, pre-bill review, HCC/RAF capture, claims, queries): the
// words a revenue-cycle banner or a coder's note is written in. Written by the project from the standard terms of
// clinical documentation integrity and revenue-cycle work; none is a personal name. A learned vote made only of these
// words and clinical vocabulary is a worksheet heading ("CDI PREBILL REVIEW"), never a person or a place.
const WORKFLOW_WORDS: ReadonlySet<string> = new Set(
  `cdi cdis prebill pre-bill prebilling postbill hcc hccs raf drg drgs ms-drg apr-drg cdm rcm coder coders coding
encoder billing billable biller claim claims payer payers worklist worklists audit audits auditor query queries attestation
reimbursement chargemaster denial denials appeal dos icd cpt hcpcs modifier modifiers capture recapture revenue integrity
compliance documentation clarification specificity principal secondary poa`.split(/\s+/),
);

export function isWorkflowWord(lower: string): boolean {
  return WORKFLOW_WORDS.has(lower);
}
