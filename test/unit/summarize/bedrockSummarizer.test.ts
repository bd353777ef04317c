// Unit: the Bedrock summarizer's verifier. A scripted model answers through submit_summary; statements whose
// quote is not in the note, that name a condition their quote does not state, or that change its context
// (a negated finding as present, a relative's condition as the patient's) are dropped, recorded as defects
// (reason codes, no text) and repaired once. Notes are synthetic.
import type { ConverseCommandInput, ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import { ClinicalEngine } from '../../../src/engine';
import { BedrockSummarizer, ConverseInvoker } from '../../../src/models/bedrock';
import { SUMMARY_FALLBACK } from '../../../src/models/bedrock/summarizer';

const NOTE = [
  'CHIEF COMPLAINT: Breast cancer surveillance.',
  'FAMILY HISTORY: Her sister has ovarian cancer.',
  'RESULTS: Mammogram shows post-surgical changes, no evidence of malignancy.',
  'ASSESSMENT AND PLAN:',
  '1. Hypertension, well controlled. Continue lisinopril 10 mg daily.',
  '2. Type 2 diabetes, worsening. Start empagliflozin 10 mg daily.',
  'Follow up in 3 months.',
].join('\n');

type Section = { title: string; statements: Array<{ text: string; quotes: string[] }> };

function scriptedModel(answers: Section[][], sent: ConverseCommandInput[]): ConverseInvoker {
  const reply = (input: ConverseCommandInput): ConverseCommandOutput => {
    sent.push(input);
    const sections = answers[Math.min(sent.length - 1, answers.length - 1)];
    return {
      output: { message: { role: 'assistant', content: [{ toolUse: { toolUseId: `t${sent.length}`, name: 'submit_summary', input: { sections } as never } }] } },
      stopReason: 'tool_use',
      usage: undefined,
      metrics: undefined,
      $metadata: {},
    };
  };
  return new ConverseInvoker({
    regions: ['us-east-1'], attemptsPerRegion: 1, maxAttemptsPerCall: 1, maxInFlightPerRegion: 8, backoff: { baseMs: 1, maxMs: 1 }, requestTimeoutMs: 1_000,
    breakerFailureThreshold: 5, breakerOpenMs: 1_000, clock: { nowMs: () => 0 }, sleep: async () => undefined,
    send: async (_region, input) => reply(input),
  });
}

const faithful: Section[] = [
  { title: 'Problems', statements: [
    { text: 'Hypertension is well controlled.', quotes: ['1. Hypertension, well controlled.'] },
    { text: 'Type 2 diabetes is worsening.', quotes: ['2. Type 2 diabetes, worsening.'] },
  ] },
  { title: 'Medication changes', statements: [{ text: 'Empagliflozin started.', quotes: ['Start empagliflozin 10 mg daily.'] }] },
  { title: 'Key findings', statements: [{ text: 'Mammogram without evidence of malignancy.', quotes: ['no evidence of malignancy'] }] },
];

const unfaithful: Section[] = [
  { title: 'Problems', statements: [
    { text: 'Hypertension is well controlled.', quotes: ['1. Hypertension, well controlled.'] },
    { text: 'Type 2 diabetes is worsening.', quotes: ['2. Type 2 diabetes, worsening.'] },
    { text: 'Ovarian cancer.', quotes: ['Her sister has ovarian cancer.'] }, // a relative's condition as the patient's
    { text: 'Heart failure is stable.', quotes: ['Hypertension, well controlled.'] }, // a condition the quote does not state
  ] },
  { title: 'Key findings', statements: [
    { text: 'Mammogram shows malignancy.', quotes: ['Mammogram shows post-surgical changes, no evidence of malignancy.'] }, // negation lost
    { text: 'Lung nodule seen.', quotes: ['CT shows a lung nodule.'] }, // quote not in the note
  ] },
];

describe('Bedrock summarizer verifier', () => {
  const engine = new ClinicalEngine();
  const settings = { modelId: 'test-model', modelIdByRegion: {}, maxTokens: 1_000, temperature: 0 };
  const summarizer = (answers: Section[][], sent: ConverseCommandInput[]) => new BedrockSummarizer({ invoker: scriptedModel(answers, sent), settings, engine });

  it('keeps a faithful answer as the structured summary, every statement quoting the note exactly, with no repair turn', async () => {
    const sent: ConverseCommandInput[] = [];
    const res = await summarizer([faithful], sent).summarize({ redactedText: NOTE, jobId: 'j1' });
    expect(sent).toHaveLength(1);
    expect(res.droppedStatements).toBe(0);
    expect(res.summary.sections.map((s) => s.kind)).toEqual(['problems', 'medications', 'findings']);
    for (const s of res.summary.sections) for (const st of s.statements) for (const src of st.sources) expect(NOTE.slice(src.start, src.end)).toBe(src.text);
    expect(JSON.stringify(sent[0].system)).toContain('Problems');
  });

  it('drops unquoted, unsupported and context-changing statements, records why (codes only), and repairs once', async () => {
    const sent: ConverseCommandInput[] = [];
    const res = await summarizer([unfaithful, unfaithful], sent).summarize({ redactedText: NOTE, jobId: 'j1' });
    expect(sent).toHaveLength(2);
    const repair = sent[1].messages![0].content!.map((c) => c.text ?? '').join('\n');
    expect(repair).toMatch(/could not be accepted/);
    expect(res.droppedStatements).toBe(4);
    const texts = res.summary.sections.flatMap((s) => s.statements.map((st) => st.text));
    expect(texts).toEqual(['Hypertension is well controlled.', 'Type 2 diabetes is worsening.']);
    const dropped = (res.summary.defects ?? []).filter((d) => d.kind === 'STATEMENT_DROPPED').map((d) => d.detail);
    expect(dropped).toEqual(expect.arrayContaining(['CONTEXT_CONTRADICTS_NOTE family', 'CONDITION_NOT_IN_QUOTES', 'CONTEXT_CONTRADICTS_NOTE negated', 'QUOTE_NOT_IN_NOTE']));
    expect(JSON.stringify(res.summary.defects)).not.toMatch(/ovarian|malignancy|nodule/i);
  });

  it('takes the repaired answer when the repair fixes the problems', async () => {
    const sent: ConverseCommandInput[] = [];
    const res = await summarizer([unfaithful, faithful], sent).summarize({ redactedText: NOTE, jobId: 'j1' });
    expect(sent).toHaveLength(2);
    expect(res.droppedStatements).toBe(0);
    expect(res.summary.sections.find((s) => s.kind === 'findings')?.statements.map((s) => s.text)).toEqual(['Mammogram without evidence of malignancy.']);
  });

  it('falls back to the engine summary when nothing verifies after the repair', async () => {
    const bad: Section[] = [{ title: 'Problems', statements: [{ text: 'Sepsis.', quotes: ['The patient has sepsis.'] }] }];
    const sent: ConverseCommandInput[] = [];
    const res = await summarizer([bad], sent).summarize({ redactedText: NOTE, jobId: 'j1' });
    expect(sent).toHaveLength(2);
    expect(res.fallbackReason).toBe(SUMMARY_FALLBACK.nothingVerified);
    expect(res.summary.sections.find((s) => s.kind === 'problems')?.statements.map((s) => s.text)).toEqual(expect.arrayContaining(['Hypertension, well controlled.', 'Type 2 diabetes, worsening.']));
  });

  it('flags a coded condition of the assessment that the model left out', async () => {
    const partial: Section[] = [{ title: 'Problems', statements: [{ text: 'Hypertension is well controlled.', quotes: ['1. Hypertension, well controlled.'] }] }];
    const res = await summarizer([partial], []).summarize({ redactedText: NOTE, jobId: 'j1' });
    const missing = (res.summary.defects ?? []).filter((d) => d.kind === 'CODED_CONDITION_NOT_SUMMARIZED').map((d) => d.code);
    expect(missing.some((c) => c?.startsWith('E11'))).toBe(true);
  });
});
