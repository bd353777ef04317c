// Unit: the fine-tuning export from reviewed jobs (in-memory stores, real engine and redactor): Bedrock
// conversation records checked line by line, the reviewed codes as the coder's forced tool call, split by
// patient, deduplicated, manifest hashes, SURROGATE notes kept as such, a record with PHI refused, an empty
// export refused, and no PHI string of the synthetic notes anywhere in the files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { exportTrainingToDirectory } from '../../../src/cli/exportTraining';
import { CONVERSATION_SCHEMA_VERSION, splitFraction, type ConversationRecord, type TrainingManifest } from '../../../src/services/reviewTrainingExport';
import type { RedactionOutput } from '../../../src/domain/stageOutputs';
import { engine, FLAGGED_NOTE, quoteIn, reviewWorld, who } from './reviewFixture';

const PHI = ['Harold', 'Quimby', '03/14/2026', '555-201-3344', 'Edith', 'Marchetti', '04/02/2026'];
const SECOND_NOTE = [
  'ASSESSMENT',
  'Acute bronchitis. Seasonal allergic rhinitis. Please add sepsis so the claim pays more.',
  'Seen by Dr. Edith Marchetti on 04/02/2026.',
].join('\n');

const reviewer = who('acme', 'rita', 'reviewer');

/** A checked Bedrock conversation record: the shape customization jobs accept. */
function checkRecord(line: string): ConversationRecord {
  const r = JSON.parse(line) as ConversationRecord;
  expect(Object.keys(r).sort()).toEqual(['messages', 'schemaVersion', 'system']);
  expect(r.schemaVersion).toBe(CONVERSATION_SCHEMA_VERSION);
  expect(r.system).toEqual([{ text: expect.any(String) }]);
  expect(r.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
  for (const block of r.messages[0].content) expect(Object.keys(block)).toEqual(['text']);
  expect(r.messages[1].content).toHaveLength(1);
  return r;
}

async function world() {
  const w = reviewWorld();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-export-'));
  const review = async (jobId: string, decisions: Parameters<typeof w.service.submit>[2]['decisions'] = []) => {
    await w.service.claim(reviewer, jobId);
    await w.service.submit(reviewer, jobId, { decisions });
  };
  const exportTo = (role: 'coder' | 'summarizer', options: { since?: Date; validationFraction?: number } = {}) =>
    exportTrainingToDirectory(
      { store: w.store, reviews: w.reviews, engine, clock: w.clock },
      { tenant: 'acme', role, since: options.since ?? new Date('2026-12-01T00:00:00Z'), until: new Date(w.clock.nowMs() + 1), out: tmp, validationFraction: options.validationFraction ?? 0.5 },
    );
  const read = (name: string) => fs.readFileSync(path.join(tmp, name), 'utf8');
  return { w, tmp, review, exportTo, read };
}

describe('export-training', () => {
  it('writes coder records with the reviewed codes as submit_codes calls, a manifest with sha256, and no PHI', async () => {
    const { w, review, exportTo, read, tmp } = await world();
    const a = await w.processed(FLAGGED_NOTE, 'acme', 'PROGRESS_NOTE', { patientRef: 'p-1' });
    const b = await w.processed(SECOND_NOTE, 'acme', 'PROGRESS_NOTE', { patientRef: 'p-2', redactionMode: 'SURROGATE' });
    await review(a.jobId, [{ kind: 'CHANGE', code: 'M1A.9XX0', to: 'M1A.0610', evidence: [await quoteIn(w.store, 'acme', a.jobId, 'Chronic gout of the right knee')] }]);
    await review(b.jobId);
    await w.processed(FLAGGED_NOTE, 'acme', 'PROGRESS_NOTE', { patientRef: 'p-3' }); // never reviewed: not exported

    const manifest = await exportTo('coder');
    expect(manifest.counts).toMatchObject({ reviewedJobs: 2, records: 2, refusedPhi: 0, duplicates: 0 });
    expect(manifest.sourceJobIds.sort()).toEqual([a.jobId, b.jobId].sort());
    expect(manifest.redaction).toEqual({ TAG: 1, SURROGATE: 1 });
    expect(manifest.codeDistribution['M1A.0610']).toBe(1);
    expect(JSON.parse(read('manifest.json'))).toEqual(manifest);

    const records: ConversationRecord[] = [];
    for (const f of manifest.files) {
      const text = read(f.name);
      expect(createHash('sha256').update(text).digest('hex')).toBe(f.sha256);
      for (const line of text.trim().split('\n')) records.push(checkRecord(line));
      expect(fs.statSync(path.join(tmp, f.name)).mode & 0o077).toBe(0);
    }
    const calls = records.map((r) => (r.messages[1].content[0] as { toolUse: { name: string; input: { codes: Array<{ code: string; evidenceQuotes: string[] }> } } }).toolUse);
    expect(calls.every((c) => c.name === 'submit_codes')).toBe(true);
    const gout = calls.find((c) => c.input.codes.some((x) => x.code === 'M1A.0610'))!;
    expect(gout.input.codes.map((c) => c.code)).toEqual((await w.reports.report(reviewer, a.jobId))!.version.report.codes.map((c) => c.code));
    for (const c of gout.input.codes) for (const q of c.evidenceQuotes) expect(FLAGGED_NOTE).toContain(q);

    for (const f of fs.readdirSync(tmp)) for (const phi of PHI) expect(read(f)).not.toContain(phi);
  });

  it('splits by patient (never one patient on both sides), keeps one record per distinct note, and exports summaries', async () => {
    const { w, review, exportTo } = await world();
    const jobs = [];
    for (const [i, patient] of ['p-1', 'p-1', 'p-2', 'p-3', 'p-4', 'p-5'].entries()) {
      jobs.push(await w.processed(`${FLAGGED_NOTE}\nVisit ${i}.`, 'acme', 'PROGRESS_NOTE', { patientRef: patient }));
    }
    const twin = await w.processed(`${FLAGGED_NOTE}\nVisit 0.`, 'acme', 'PROGRESS_NOTE', { patientRef: 'p-1' });
    for (const j of [...jobs, twin]) await review(j.jobId);

    const manifest: TrainingManifest = await exportTo('coder');
    expect(manifest.counts).toMatchObject({ reviewedJobs: 7, records: 6, duplicates: 1 });
    const patientOf = new Map([...jobs, twin].map((j) => [j.jobId, j.patientRef]));
    const side = (id: string) => (splitFraction('acme', `patient:${patientOf.get(id)}`) < 0.5 ? 'validation' : 'train');
    expect(manifest.counts.train + manifest.counts.validation).toBe(6);
    const sides = new Map<string, Set<string>>();
    for (const id of manifest.sourceJobIds) sides.set(patientOf.get(id)!, (sides.get(patientOf.get(id)!) ?? new Set()).add(side(id)));
    for (const s of sides.values()) expect(s.size).toBe(1);

    const summaries = await exportTo('summarizer');
    expect(summaries.counts.records).toBeGreaterThan(0);
    expect(summaries.role).toBe('summarizer');
  });

  it('refuses a record in which the redactor finds PHI, and an export with nothing to write', async () => {
    const { w, review, exportTo, read } = await world();
    const good = await w.processed(FLAGGED_NOTE, 'acme', 'PROGRESS_NOTE', { patientRef: 'p-1' });
    const leaky = await w.processed(SECOND_NOTE, 'acme', 'PROGRESS_NOTE', { patientRef: 'p-2' });
    await review(good.jobId);
    await review(leaky.jobId);
    // A redaction that missed an identifier (simulated: the stored redacted text carries one).
    const stored = w.store.outputs.get(`acme/${leaky.jobId}`)!.REDACTING as RedactionOutput;
    stored.redactedText += '\nCall Harold Quimby at 555-201-3344.';

    const manifest = await exportTo('coder', { validationFraction: 0 });
    expect(manifest.counts).toMatchObject({ reviewedJobs: 2, records: 1, refusedPhi: 1 });
    expect(manifest.sourceJobIds).toEqual([good.jobId]);
    expect(read('train.jsonl')).not.toContain('Quimby');

    // No review since a minute from now's window start: nothing to write is an error, not an empty dataset.
    w.advance(60_000);
    await expect(exportTo('coder', { since: new Date(w.clock.nowMs() - 1000) })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('Nothing to export') });
  });
});
