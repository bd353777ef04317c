// The GraphQL API end to end in one process (API + worker, in-process events) on real DynamoDB Local
// and fauxqs: submit → live status → report, idempotency, batches, typed errors, tenant isolation,
// and no PHI in errors or logs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';
import { isolatedServiceEnv, uniqueName } from '../helpers/infra';
import { collect, gql, gqlOk, waitFor, wsClient } from '../helpers/graphqlClient';
import {
  JobDocument,
  JobStatusDocument,
  JobUpdatesDocument,
  JobsDocument,
  ReportDocument,
  SubmitNoteDocument,
  SubmitNotesDocument,
  Icd10CodeDocument,
  SearchIcd10Document,
  CancelJobDocument,
  RetryJobDocument,
  JobEventsDocument,
  DeadLettersDocument,
  RedriveDeadLettersDocument,
} from '../generated/graphql';

// Synthetic PHI (invented people, places and numbers).
const PHI = ['Harold Quimby', 'Quimby', '555-201-3344', 'hquimby@example.org', '03/14/2026'];
const NOTE = [
  'CHIEF COMPLAINT',
  'Follow-up of diabetes and blood pressure.',
  '',
  'HISTORY OF PRESENT ILLNESS',
  'Mr. Harold Quimby is a 67-year-old man seen on 03/14/2026. He has type 2 diabetes mellitus and essential hypertension.',
  'He denies chest pain. Contact: 555-201-3344, hquimby@example.org.',
  '',
  'ASSESSMENT AND PLAN',
  'Type 2 diabetes mellitus: continue metformin. Essential hypertension: continue lisinopril.',
].join('\n');
const MAX_NOTE_CHARS = 5000;

describe('GraphQL API on real local servers', () => {
  let app: App;
  let url: string;
  let submitter: string;
  let reader: string;
  let otherTenant: string;
  let dataDir: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-api-'));
    const config = loadConfig({
      MODE: 'split',
      PORT: '0',
      ...isolatedServiceEnv(dataDir, 'api'),
      MAX_NOTE_CHARS: String(MAX_NOTE_CHARS),
      LOG_LEVEL: 'debug',
    });
    const sink = new Writable({
      write(chunk, _enc, cb) {
        logLines.push(String(chunk));
        cb();
      },
    });
    app = await startApp({ config, roles: new Set(['api', 'worker']), logger: createLogger({ level: 'debug', destination: sink }) });
    url = app.graphqlUrl!;
    const secret = loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret'));
    submitter = await mintLocalToken(secret, { tenant: 'tenant-a', roles: ['submitter', 'reader'] });
    reader = await mintLocalToken(secret, { tenant: 'tenant-a', roles: ['reader'] });
    otherTenant = await mintLocalToken(secret, { tenant: 'tenant-b', roles: ['submitter', 'reader'] });
  });

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('submit → subscription sees every stage in order → report with codes and verbatim evidence', async () => {
    const ws = wsClient(url, submitter);
    try {
      const statuses: string[] = [];
      let jobId: string | undefined;
      const seenByJob = new Map<string, string[]>();
      // Subscribe to all of the tenant's jobs before submitting, so no transition can be missed.
      const updates = collect(ws, JobUpdatesDocument, {}, (v) => {
        const e = v.jobUpdates;
        seenByJob.set(e.jobId, [...(seenByJob.get(e.jobId) ?? []), e.status]);
      });
      // The protocol does not acknowledge a subscription: a probe job's first event proves it is live.
      const probe = (await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: 'Probe note: asthma.' } })).submitNote.job.id;
      await waitFor(async () => (seenByJob.has(probe) ? true : undefined), 30_000, 20);
      const submitted = await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: NOTE, noteType: 'PROGRESS_NOTE', encounterId: 'enc-1' } });
      jobId = submitted.submitNote.job.id;
      expect(submitted.submitNote.job.status).toBe('QUEUED');
      expect(submitted.submitNote.job.noteChars).toBe(NOTE.length);

      await waitFor(async () => (seenByJob.get(jobId!)?.includes('COMPLETED') || seenByJob.get(jobId!)?.includes('NEEDS_REVIEW') ? true : undefined));
      updates.stop();
      statuses.push(...seenByJob.get(jobId)!);
      expect(statuses.slice(0, 5)).toEqual(['QUEUED', 'REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING']);
      expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(statuses[5]);

      // A subscriber that connects after completion still gets the final state, then completion.
      const late = collect(ws, JobStatusDocument, { jobId });
      await late.done;
      expect(late.values.map((v) => v.jobStatus.status)).toEqual([statuses[5]]);
      expect(late.values[0].jobStatus.progress).toBe(1);

      const { report } = await gqlOk(url, reader, ReportDocument, { jobId });
      expect(report).toBeTruthy();
      expect(report!.codeSetVersion).toBe('ICD-10-CM FY2027');
      const codes = report!.codes.map((c) => c.code);
      expect(codes).toEqual(expect.arrayContaining(['E11.9', 'I10']));
      for (const c of report!.codes) {
        expect(c.billable).toBe(true);
        for (const e of c.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.text);
      }
      expect(report!.models.map((m) => m.stage)).toEqual(['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING']);
      expect(report!.timings).toHaveLength(4);
      for (const p of PHI) expect(report!.summary.text).not.toContain(p);
    } finally {
      await ws.dispose();
    }
  });

  it('jobUpdates(filter) streams only the matching transitions of the caller\'s jobs', async () => {
    const ws = wsClient(url, submitter);
    const other = wsClient(url, otherTenant);
    try {
      const events: Array<{ jobId: string; status: string }> = [];
      const foreign: string[] = [];
      const sub = collect(ws, JobUpdatesDocument, { filter: { statuses: ['COMPLETED', 'NEEDS_REVIEW'], noteType: 'DISCHARGE_SUMMARY' } }, (v) =>
        events.push({ jobId: v.jobUpdates.jobId, status: v.jobUpdates.status }),
      );
      const otherSub = collect(other, JobUpdatesDocument, {}, (v) => foreign.push(v.jobUpdates.jobId));
      // Make both subscriptions provably live with one probe each.
      const probeA = (await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: 'Probe: asthma.', noteType: 'DISCHARGE_SUMMARY' } })).submitNote.job.id;
      await waitFor(async () => (events.some((e) => e.jobId === probeA) ? true : undefined));
      const probeB = (await gqlOk(url, otherTenant, SubmitNoteDocument, { input: { text: 'Probe: asthma.' } })).submitNote.job.id;
      await waitFor(async () => (foreign.includes(probeB) ? true : undefined));

      const wanted = (await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: 'Discharge diagnosis: community-acquired pneumonia.', noteType: 'DISCHARGE_SUMMARY' } })).submitNote.job.id;
      const unwanted = (await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: 'Progress: essential hypertension.', noteType: 'PROGRESS_NOTE' } })).submitNote.job.id;
      await waitFor(async () => (events.some((e) => e.jobId === wanted) ? true : undefined));
      await waitFor(async () => {
        const { job } = await gqlOk(url, reader, JobDocument, { id: unwanted });
        return ['COMPLETED', 'NEEDS_REVIEW'].includes(job.status) ? true : undefined;
      });
      sub.stop();
      otherSub.stop();
      expect(events.filter((e) => e.jobId === wanted)).toHaveLength(1);
      expect(events.every((e) => ['COMPLETED', 'NEEDS_REVIEW'].includes(e.status))).toBe(true);
      expect(events.some((e) => e.jobId === unwanted)).toBe(false);
      // The other tenant never hears of this tenant's jobs.
      expect(foreign).not.toContain(wanted);
      expect(foreign).not.toContain(unwanted);
    } finally {
      await ws.dispose();
      await other.dispose();
    }
  });

  it('a submission chooses its redaction mode (SURROGATE here); the default is the deployment\'s (TAG)', async () => {
    const plain = await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: 'Essential hypertension.' } });
    expect(plain.submitNote.job.redaction).toBe('TAG');
    const { submitNote } = await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: NOTE, redaction: 'SURROGATE' } });
    expect(submitNote.job.redaction).toBe('SURROGATE');
    const jobId = submitNote.job.id;
    const stored = await waitFor(async () => {
      const { job } = await gqlOk(url, reader, JobDocument, { id: jobId });
      return job && ['COMPLETED', 'NEEDS_REVIEW'].includes(job.status) ? job : undefined;
    });
    expect(stored.redaction).toBe('SURROGATE');
    const { report } = await gqlOk(url, reader, ReportDocument, { jobId });
    expect(report!.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['E11.9', 'I10']));
    for (const c of report!.codes) for (const e of c.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.text);
    for (const p of PHI) expect(report!.summary.text).not.toContain(p);
    const bad = await gql(url, submitter, SubmitNoteDocument, { input: { text: NOTE, redaction: 'SHRED' as never } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('idempotent resubmission returns the same job, never a second one', async () => {
    const input = { text: 'Patient with essential hypertension.', idempotencyKey: `key-${uniqueName()}` };
    const a = await gqlOk(url, submitter, SubmitNoteDocument, { input });
    const b = await gqlOk(url, submitter, SubmitNoteDocument, { input });
    expect(b.submitNote.job.id).toBe(a.submitNote.job.id);
    // The same key in another tenant is another job.
    const c = await gqlOk(url, otherTenant, SubmitNoteDocument, { input });
    expect(c.submitNote.job.id).not.toBe(a.submitNote.job.id);
  });

  it('batch submit: a bad item fails alone with a typed error', async () => {
    const r = await gqlOk(url, submitter, SubmitNotesDocument, {
      inputs: [{ text: 'Acute cystitis.' }, { text: '   ' }, { text: 'x'.repeat(MAX_NOTE_CHARS + 1) }, { text: 'COPD exacerbation.' }],
    });
    const results = r.submitNotes.results;
    expect(results.map((x) => x.index)).toEqual([0, 1, 2, 3]);
    expect(results[0].job?.status).toBe('QUEUED');
    expect(results[1].error?.code).toBe('BAD_USER_INPUT');
    expect(results[2].error?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(results[3].job?.status).toBe('QUEUED');
  });

  it('bad input gets typed errors, no stack traces, no PHI', async () => {
    const cases: Array<[Promise<{ status: number; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>, string]> = [
      [gql(url, submitter, SubmitNoteDocument, { input: { text: '' } }), 'BAD_USER_INPUT'],
      [gql(url, submitter, SubmitNoteDocument, { input: { text: NOTE + 'y'.repeat(MAX_NOTE_CHARS) } }), 'PAYLOAD_TOO_LARGE'],
      [gql(url, submitter, SubmitNoteDocument, { input: { text: NOTE, noteType: 'NOT_A_TYPE' as never } }), 'BAD_USER_INPUT'],
      [gql(url, submitter, JobDocument, { id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }), 'NOT_FOUND'],
      [gql(url, submitter, JobDocument, { id: 'not-an-id' }), 'NOT_FOUND'],
      [gql(url, submitter, JobsDocument, { after: 'garbage-cursor' }), 'BAD_USER_INPUT'],
      [gql(url, submitter, JobsDocument, { first: 1000 }), 'BAD_USER_INPUT'],
      [gql(url, undefined, JobsDocument, {}), 'UNAUTHENTICATED'],
      [gql(url, submitter.slice(0, -4) + 'AAAA', JobsDocument, {}), 'UNAUTHENTICATED'],
      [gql(url, reader, SubmitNoteDocument, { input: { text: NOTE } }), 'FORBIDDEN'],
      [gql(url, submitter, Icd10CodeDocument, { code: 'E11..22' }), 'INVALID_CODE'],
    ];
    for (const [pending, code] of cases) {
      const r = await pending;
      expect(r.errors?.[0]?.extensions?.code).toBe(code);
      const serialized = JSON.stringify(r.errors);
      expect(serialized).not.toMatch(/stacktrace|at .*\.ts:\d+/);
      for (const p of PHI) expect(serialized).not.toContain(p);
    }
  });

  it("another tenant's job is NOT_FOUND, over HTTP and over graphql-ws", async () => {
    const mine = await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: 'Chronic obstructive pulmonary disease.' } });
    const id = mine.submitNote.job.id;
    const r = await gql(url, otherTenant, JobDocument, { id });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const rr = await gql(url, otherTenant, ReportDocument, { jobId: id });
    expect(rr.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const cancel = await gql(url, otherTenant, CancelJobDocument, { id });
    expect(cancel.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const ws = wsClient(url, otherTenant);
    try {
      const sub = collect(ws, JobStatusDocument, { jobId: id });
      await expect(sub.done).rejects.toMatchObject({ errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] });
    } finally {
      await ws.dispose();
    }
    // A websocket without a valid token is refused.
    const anon = wsClient(url, 'forged.token.value');
    try {
      const sub = collect(anon, JobStatusDocument, { jobId: id });
      await expect(sub.done).rejects.toBeDefined();
    } finally {
      await anon.dispose();
    }
  });

  it('lists jobs newest first with Relay paging and filters', async () => {
    const encounterId = `enc-${uniqueName()}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: `Asthma, note ${i}.`, encounterId, noteType: 'CONSULTATION' } })).submitNote.job.id);
    }
    const page1 = await gqlOk(url, reader, JobsDocument, { filter: { encounterId }, first: 2 });
    expect(page1.jobs.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(page1.jobs.pageInfo.hasNextPage).toBe(true);
    const page2 = await gqlOk(url, reader, JobsDocument, { filter: { encounterId }, first: 2, after: page1.jobs.pageInfo.endCursor });
    expect(page2.jobs.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(page2.jobs.pageInfo.hasNextPage).toBe(false);
    const other = await gqlOk(url, otherTenant, JobsDocument, { filter: { encounterId } });
    expect(other.jobs.edges).toEqual([]);
  });

  it('retryJob only retries FAILED jobs; cancelJob stops a queued one; redrive is for admins', async () => {
    const { submitNote } = await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: 'Gastroesophageal reflux disease.' } });
    const job = await waitFor(async () => {
      const { job: j } = await gqlOk(url, reader, JobDocument, { id: submitNote.job.id });
      return ['COMPLETED', 'NEEDS_REVIEW'].includes(j.status) ? j : undefined;
    });
    const retry = await gql(url, submitter, RetryJobDocument, { id: job.id });
    expect(retry.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const cancelDone = await gql(url, submitter, CancelJobDocument, { id: job.id });
    expect(cancelDone.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const forbidden = await gql(url, submitter, RedriveDeadLettersDocument, {});
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'tenant-a', roles: ['admin'] });
    const redrive = await gqlOk(url, admin, RedriveDeadLettersDocument, { maxMessages: 10 });
    expect(redrive.redriveDeadLetters).toEqual({ requeued: 0, resent: 0, dropped: 0, failed: 0 });
  });

  it('jobEvents lists every stored transition of a job; deadLetters is the admin\'s view of the tenant\'s FAILED jobs', async () => {
    const { submitNote } = await gqlOk(url, submitter, SubmitNoteDocument, { input: { text: 'Asthma, mild intermittent.' } });
    const done = await waitFor(async () => {
      const { job: j } = await gqlOk(url, reader, JobDocument, { id: submitNote.job.id });
      return ['COMPLETED', 'NEEDS_REVIEW'].includes(j.status) ? j : undefined;
    });
    const { jobEvents } = await gqlOk(url, reader, JobEventsDocument, { jobId: done.id });
    expect(jobEvents.map((e) => [e.from ?? null, e.status, e.version])).toEqual([
      [null, 'QUEUED', 1],
      ['QUEUED', 'REDACTING', 2],
      ['REDACTING', 'SUMMARIZING', 3],
      ['SUMMARIZING', 'CODING', 4],
      ['CODING', 'VALIDATING', 5],
      ['VALIDATING', done.status, 6],
    ]);
    expect(jobEvents.filter((e) => e.stage).map((e) => e.stage)).toEqual(['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING']);
    expect(jobEvents.every((e) => e.attempt === 1 && !e.errorCode)).toBe(true);
    const foreign = await gql(url, otherTenant, JobEventsDocument, { jobId: done.id });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await gql(url, reader, DeadLettersDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'tenant-a', roles: ['admin'] });
    const { deadLetters } = await gqlOk(url, admin, DeadLettersDocument, { first: 5 });
    for (const edge of deadLetters.edges) expect(edge.node.status).toBe('FAILED');
  });

  it('serves the code set', async () => {
    const r = await gqlOk(url, reader, Icd10CodeDocument, { code: 'e1122' });
    expect(r.icd10Code).toMatchObject({ code: 'E11.22', billable: true, category: 'E11', block: 'E08-E13', chapter: 4 });
    const missing = await gqlOk(url, reader, Icd10CodeDocument, { code: 'Z99.999' });
    expect(missing.icd10Code).toBeNull();
    const s = await gqlOk(url, reader, SearchIcd10Document, { query: 'diabetic kidney', first: 5 });
    expect(s.searchIcd10.map((h) => h.entry.code)).toContain('E11.22');
  });

  it('health, readiness and metrics endpoints answer', async () => {
    const base = url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { dynamodb: 'ok', sqs: 'ok' } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    for (const name of ['chartcoder_job_transitions_total', 'chartcoder_stage_duration_seconds', 'chartcoder_queue_depth', 'chartcoder_dlq_depth', 'chartcoder_model_latency_seconds', 'chartcoder_websocket_connections', 'chartcoder_sweeper_requeued_total', 'chartcoder_redrive_messages_total']) {
      expect(metrics).toContain(name);
    }
  });

  it('never writes note text or PHI to the logs', () => {
    const all = logLines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).toContain('job submitted');
    for (const p of [...PHI, 'type 2 diabetes mellitus and essential hypertension']) expect(all).not.toContain(p);
  });
});
