// Split mode as deployed: two API processes and two worker processes against shared DynamoDB + SQS/SNS
// (the run's local servers). Events cross processes through SNS → one SQS queue per API instance.
// A worker is SIGKILLed mid-job: the message reappears after its visibility timeout, the other worker
// resumes at the unfinished stage, and the job completes exactly once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureServiceBuilt } from '../helpers/buildOnce';
import { freePort, spawnService, type Spawned } from '../helpers/processes';
import { isolatedServiceEnv } from '../helpers/infra';
import { collect, gqlOk, waitFor, wsClient } from '../helpers/graphqlClient';
import { JobDocument, JobUpdatesDocument, ReportDocument, SubmitNoteDocument } from '../generated/graphql';
import { loadOrCreateSecretFile, mintLocalToken } from '../../src/auth';

const root = path.join(__dirname, '../..');
const MODEL_LATENCY_MS = 1500;
const NOTE = 'Assessment: chronic obstructive pulmonary disease with acute exacerbation. Essential hypertension. Seen by Dr. Ottoline Braithwaite.';

describe('split mode: 2 API + 2 worker processes', () => {
  const procs: Spawned[] = [];
  let dataDir: string;
  let env: Record<string, string>;
  let token: string;

  beforeAll(async () => {
    // The processes run the compiled service; make sure dist/ matches the sources (once per Jest run).
    ensureServiceBuilt();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-split-'));
    env = {
      // One DATA_DIR for all four processes: a shared key-encryption key and JWT secret, as a shared
      // secret store would provide.
      ...isolatedServiceEnv(dataDir, 'split'),
      VISIBILITY_TIMEOUT_SECONDS: '4',
      MAX_RECEIVE_COUNT: '5',
      LOCAL_MODEL_LATENCY_MS: String(MODEL_LATENCY_MS),
      WORKER_CONCURRENCY: '2',
      LOG_LEVEL: 'info',
    };
    token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'split', roles: ['submitter', 'reader'] });
  });

  afterAll(async () => {
    for (const p of procs) p.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async (role: 'api' | 'worker', extra: Record<string, string> = {}): Promise<Spawned> => {
    const p = spawnService(process.execPath, ['dist/src/main.js', role], { ...env, ...extra }, root);
    procs.push(p);
    await p.waitForLine(role === 'api' ? /ready: GraphQL/ : /worker started/);
    return p;
  };

  it('a subscriber on API #1 sees a job submitted through API #2 complete exactly once, across a worker SIGKILL', async () => {
    const [port1, port2] = [await freePort(), await freePort()];
    await start('api', { PORT: String(port1) });
    await start('api', { PORT: String(port2) });
    const worker1 = await start('worker');
    const url1 = `http://localhost:${port1}/graphql`;
    const url2 = `http://localhost:${port2}/graphql`;

    const ws = wsClient(url1, token);
    const seen: Array<{ status: string; version: number }> = [];
    let jobId = '';
    const probeSeen = new Set<string>();
    const updates = collect(ws, JobUpdatesDocument, {}, (v) => {
      probeSeen.add(v.jobUpdates.jobId);
      if (v.jobUpdates.jobId === jobId) seen.push({ status: v.jobUpdates.status, version: v.jobUpdates.version });
    });
    // The protocol does not acknowledge a subscription: a probe job's event proves it is live
    // (submitted through API #2, so the SNS path to API #1 is live too).
    const probe = (await gqlOk(url2, token, SubmitNoteDocument, { input: { text: 'Probe: asthma.' } })).submitNote.job.id;
    await waitFor(async () => (probeSeen.has(probe) ? true : undefined), 60_000, 20);

    jobId = (await gqlOk(url2, token, SubmitNoteDocument, { input: { text: NOTE } })).submitNote.job.id;
    // Kill worker #1 while it is inside a (slow) model call.
    await waitFor(async () => (seen.some((e) => e.status === 'SUMMARIZING') ? true : undefined), 60_000, 50);
    worker1.kill('SIGKILL');
    expect((await worker1.exit).signal).toBe('SIGKILL');
    const worker2 = await start('worker');

    await waitFor(async () => (seen.some((e) => e.status === 'COMPLETED' || e.status === 'NEEDS_REVIEW') ? true : undefined), 90_000, 100);
    updates.stop();
    await ws.dispose();

    const statuses = seen.map((e) => e.status);
    expect(statuses.filter((s) => s === 'COMPLETED' || s === 'NEEDS_REVIEW')).toHaveLength(1);
    for (const stage of ['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING']) expect(statuses.filter((s) => s === stage).length).toBeLessThanOrEqual(1);
    const versions = seen.map((e) => e.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);

    const { job } = await gqlOk(url1, token, JobDocument, { id: jobId });
    expect(['COMPLETED', 'NEEDS_REVIEW']).toContain(job.status);
    expect(job.stages.map((s) => s.stage)).toEqual(['REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING']);
    const { report } = await gqlOk(url2, token, ReportDocument, { jobId });
    expect(report!.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['J44.1', 'I10']));
    for (const c of report!.codes) for (const e of c.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.text);

    // Everyone shuts down cleanly; the second worker's log shows it picked the job up.
    expect(worker2.output()).toContain(jobId);
    for (const p of procs.filter((x) => x !== worker1)) {
      p.kill('SIGTERM');
      expect((await p.exit).code).toBe(0);
    }
    for (const p of procs) expect(p.output()).not.toContain('Braithwaite');
  }, 240_000);
});
