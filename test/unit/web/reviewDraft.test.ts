// The review screen's model without a browser: the draft a reviewer edits becomes the API's SubmitReviewInput
// (and the real ReviewService accepts it as version 2), evidence spans in redacted-text offsets from a
// selection or a chosen sentence (the keyboard alternative), sequencing, where refused fields are shown,
// and reading roles from a token.
import 'reflect-metadata';
import { mintLocalToken } from '../../../src/auth';
import { toReviewInput } from '../../../resolvers/reviewResolver';
import type { SubmitReviewInput as SchemaSubmitReviewInput } from '../../../schema/review';
import {
  draftProblems, errorTarget, initialDraft, moveItem, refusedCode, reviewedCodes, sentencesOf, spanFromOffsets, syncSequence, toSubmitInput,
  type ReviewDraft,
} from '../../../web/src/reviewDraft';
import { tokenRoles } from '../../../web/src/roles';
import { reviewWorld, who } from '../services/reviewFixture';

const machine = {
  codes: [{ code: 'E11.22' }, { code: 'N18.31' }, { code: 'M1A.9XX0' }],
  summary: { sections: [{ title: 'Assessment', text: 'Diabetes with CKD.' }, { title: 'Plan', text: 'Follow up.' }] },
} as unknown as Parameters<typeof initialDraft>[0];

describe('review draft → SubmitReviewInput', () => {
  it('starts with every machine code accepted and sends an explicit accept for each, nothing else', () => {
    const draft = initialDraft(machine);
    expect(reviewedCodes(draft)).toEqual(['E11.22', 'N18.31', 'M1A.9XX0']);
    expect(toSubmitInput(draft).input).toEqual({ decisions: [{ kind: 'ACCEPT', code: 'E11.22' }, { kind: 'ACCEPT', code: 'N18.31' }, { kind: 'ACCEPT', code: 'M1A.9XX0' }] });
  });

  it('carries reject reasons, changed codes, added codes with evidence, changed summary sections, the comment; rows map back', () => {
    let draft: ReviewDraft = initialDraft(machine);
    draft = { ...draft, decisions: draft.decisions.map((d) => (d.code === 'N18.31' ? { ...d, kind: 'REJECT', reason: '  stage not documented ' } : d.code === 'M1A.9XX0' ? { ...d, kind: 'CHANGE', to: 'M1A.0610' } : d)) };
    draft = { ...draft, added: [{ code: 'I12.9', evidence: [{ start: 3, end: 9, text: 'abcdef' }] }], comment: ' ok ', summary: draft.summary.map((s) => (s.title === 'Plan' ? { ...s, text: 'Recheck in 3 months.' } : s)) };
    const { input, rows } = toSubmitInput(draft);
    expect(input).toEqual({
      decisions: [
        { kind: 'ACCEPT', code: 'E11.22' },
        { kind: 'REJECT', code: 'N18.31', reason: 'stage not documented' },
        { kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A.0610' },
        { kind: 'ADD', code: 'I12.9', evidence: [{ start: 3, end: 9, text: 'abcdef' }] },
      ],
      summaryCorrections: [{ title: 'Plan', text: 'Recheck in 3 months.' }],
      comment: 'ok',
    });
    // The API names a refused decision by its index: the form shows it on that row.
    expect(errorTarget('decisions.1', rows)).toEqual({ kind: 'decision', code: 'N18.31' });
    expect(errorTarget('decisions.3.evidence', rows)).toEqual({ kind: 'added', code: 'I12.9' });
    expect(errorTarget('sequence', rows)).toEqual({ kind: 'section', name: 'sequence' });
    expect(errorTarget(undefined, rows)).toEqual({ kind: 'section', name: 'form' });
    expect(refusedCode('Code I12.9 (added I12.9) is refused: EXCLUDES1')).toBe('I12.9');
    expect(refusedCode('ADD I12.9: evidence text does not match the note at 3–9')).toBe('I12.9');
  });

  it('names what the form lacks before asking the API: a reject without reason, a change without target, a code without evidence', () => {
    const draft = initialDraft(machine);
    const bad: ReviewDraft = { ...draft, decisions: draft.decisions.map((d, i) => (i === 0 ? { ...d, kind: 'REJECT' } : i === 1 ? { ...d, kind: 'CHANGE' } : d)), added: [{ code: 'I10', evidence: [] }] };
    expect(draftProblems(bad).map((p) => p.target)).toEqual([{ kind: 'decision', code: 'E11.22' }, { kind: 'decision', code: 'N18.31' }, { kind: 'added', code: 'I10' }]);
    expect(draftProblems(draft)).toEqual([]);
  });

  it('sequencing keeps the reviewer order, drops rejected codes, appends new ones, and is sent only when reordered', () => {
    let draft = initialDraft(machine);
    draft = { ...draft, sequence: moveItem(draft.sequence, 2, -2), sequenceChanged: true };
    expect(draft.sequence).toEqual(['M1A.9XX0', 'E11.22', 'N18.31']);
    draft = syncSequence({ ...draft, decisions: draft.decisions.map((d) => (d.code === 'N18.31' ? { ...d, kind: 'REJECT', reason: 'x' } : d)), added: [{ code: 'I10', evidence: [{ start: 0, end: 1, text: 'a' }] }] });
    expect(draft.sequence).toEqual(['M1A.9XX0', 'E11.22', 'I10']);
    expect(toSubmitInput(draft).input.sequence).toEqual(['M1A.9XX0', 'E11.22', 'I10']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });
});

describe('evidence spans in redacted-text offsets', () => {
  const text = 'ASSESSMENT:\n1. Essential hypertension, stable.  Dr. [NAME] saw the pt. Gout of the knee.\nPLAN: b.i.d. dosing. Recheck!';

  it('a selection in either direction becomes the exact slice, trimmed of surrounding whitespace', () => {
    const at = text.indexOf('Essential');
    expect(spanFromOffsets(text, at + 30, at - 1)).toEqual({ start: at, end: at + 30, text: text.slice(at, at + 30) });
    expect(spanFromOffsets(text, 0, 0)).toBeUndefined();
    expect(spanFromOffsets(text, text.indexOf('  '), text.indexOf('  ') + 2)).toBeUndefined();
  });

  it('sentences (the keyboard alternative) split at lines and sentence ends, not at list numbers, titles or abbreviations', () => {
    const sentences = sentencesOf(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual([
      'ASSESSMENT:',
      '1. Essential hypertension, stable.',
      'Dr. [NAME] saw the pt. Gout of the knee.',
      'PLAN: b.i.d. dosing.',
      'Recheck!',
    ]);
  });
});

describe('the draft against the real review service', () => {
  it('a draft that rejects one code and adds one with a chosen sentence as evidence is accepted as version 2', async () => {
    const w = reviewWorld({ miss: ['I12.9'] });
    const job = await w.processed();
    const alice = who('acme', 'alice', 'reviewer');
    const report = (await w.reports.report(alice, job.jobId))!.version.report;
    const redacted = (await w.store.getStageOutput<{ redactedText: string }>('acme', job.jobId, 'REDACTING'))!.redactedText;
    const asClientReport = { codes: report.codes.map((c) => ({ code: c.code })), summary: report.summary } as unknown as Parameters<typeof initialDraft>[0];
    let draft = initialDraft(asClientReport);
    draft = { ...draft, decisions: draft.decisions.map((d) => (d.code === 'N18.31' ? { ...d, kind: 'REJECT', reason: 'stage not documented by the provider' } : d)) };
    // Hypertension with CKD is one combination code (I.C.9.a.2); its evidence is the assessment sentence.
    const sentence = sentencesOf(redacted).find((s) => /hypertension/i.test(s.text))!;
    draft = syncSequence({ ...draft, added: [{ code: 'I12.9', evidence: [sentence] }] });
    await w.service.claim(alice, job.jobId);
    const { input } = toSubmitInput(draft);
    const result = await w.service.submit(alice, job.jobId, toReviewInput(input as SchemaSubmitReviewInput));
    expect(result.job.status).toBe('REVIEWED');
    expect(result.version.version).toBe(2);
    const codes = result.version.report.codes.map((c) => c.code);
    expect(codes).toContain('I12.9');
    expect(codes).not.toContain('N18.31');
  });
});

describe('tokenRoles', () => {
  it('reads the roles of a JWT and says nothing for an API key', async () => {
    const token = await mintLocalToken(new Uint8Array(32).fill(3), { tenant: 'demo', subject: 'u', roles: ['reader', 'reviewer'] });
    expect(tokenRoles(token)).toEqual(['reader', 'reviewer']);
    expect(tokenRoles('ck_abc.def')).toBeUndefined();
    expect(tokenRoles(undefined)).toBeUndefined();
    expect(tokenRoles('a.%%%.c')).toBeUndefined();
  });
});
