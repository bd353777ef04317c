// Owns `npm run bench -- pipeline`: the embedded default end to end (local DynamoDB + SQS/SNS, API and
// worker in this process) driven over real HTTP and graphql-ws: jobs/s, submit latency under concurrent
// clients, and the delay from a stored transition to its arrival at a subscriber.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig, withEndpoints } from '../config';
import { startApp } from '../app';
import { startLocalInfrastructure } from '../local/launcher';
import { createLogger } from '../observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../auth';
import { median, percentile, readJsonl } from './bench';

const SUBMIT = `mutation($input: SubmitNoteInput!) { submitNote(input: $input) { job { id } } }`;
const UPDATES = `subscription { jobUpdates { jobId status at version } }`;
const TERMINAL = new Set(['COMPLETED', 'NEEDS_REVIEW', 'FAILED', 'CANCELLED']);

export async function benchPipeline(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      jobs: { type: 'string', default: '300' },
      clients: { type: 'string', default: '50' },
      concurrency: { type: 'string', default: '8' },
      'model-latency': { type: 'string', default: '0' },
      notes: { type: 'string', default: path.resolve(process.cwd(), '../shared/eval/notes/notes.jsonl') },
    },
  });
  const jobs = Number(values.jobs);
  const clients = Number(values.clients);
  const texts = fs.existsSync(values.notes!)
    ? readJsonl(values.notes!).map((r) => String(r.text ?? '')).filter((t) => t.trim())
    : ['Assessment: type 2 diabetes mellitus and essential hypertension. Plan: continue metformin.'];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartcoder-bench-'));
  const base = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    WORKER_CONCURRENCY: values.concurrency!,
    LOCAL_MODEL_LATENCY_MS: values['model-latency']!,
  });
  const infra = await startLocalInfrastructure({ dataDir, region: base.aws.region, inMemory: true });
  const app = await startApp({ config: withEndpoints(base, infra), roles: new Set(['api', 'worker']), logger: createLogger({ level: 'warn' }) });
  const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'bench', roles: ['submitter', 'reader'] });
  const url = app.graphqlUrl!;
  try {
    const ws = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` } });
    const eventDelaysMs: number[] = [];
    const finishedAt = new Map<string, number>();
    let allDone: () => void = () => undefined;
    const done = new Promise<void>((r) => (allDone = r));
    const submitted = new Set<string>();
    ws.subscribe<{ jobUpdates: { jobId: string; status: string; at: string } }>(
      { query: UPDATES },
      {
        next: ({ data }) => {
          if (!data) return;
          const e = data.jobUpdates;
          eventDelaysMs.push(Date.now() - Date.parse(e.at));
          if (TERMINAL.has(e.status) && !finishedAt.has(e.jobId)) {
            finishedAt.set(e.jobId, performance.now());
            if (finishedAt.size >= jobs) allDone();
          }
        },
        error: (err) => console.error('subscription error', err),
        complete: () => undefined,
      },
    );
    await new Promise((r) => setTimeout(r, 500));

    const submitMs: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < jobs) {
          const i = next++;
          const t0 = performance.now();
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: SUBMIT, variables: { input: { text: texts[i % texts.length] } } }),
          });
          const body = (await res.json()) as { data?: { submitNote: { job: { id: string } } } };
          submitMs.push(performance.now() - t0);
          if (body.data) submitted.add(body.data.submitNote.job.id);
        }
      }),
    );
    const submitSeconds = (performance.now() - started) / 1000;
    await Promise.race([done, new Promise((r) => setTimeout(r, 600_000))]);
    const elapsed = (Math.max(...finishedAt.values()) - started) / 1000;
    await ws.dispose();
    submitMs.sort((a, b) => a - b);
    eventDelaysMs.sort((a, b) => a - b);
    console.log(`pipeline bench (embedded default, one process): ${jobs} jobs, ${clients} concurrent clients, worker concurrency ${values.concurrency}, model latency ${values['model-latency']} ms/call`);
    console.log(`  end-to-end throughput   ${(finishedAt.size / elapsed).toFixed(1)} jobs/s (${finishedAt.size} finished in ${elapsed.toFixed(1)} s)`);
    console.log(`  submit rate             ${(jobs / submitSeconds).toFixed(1)} submits/s`);
    console.log(`  submit latency          p50 ${percentile(submitMs, 50).toFixed(1)} ms, p99 ${percentile(submitMs, 99).toFixed(1)} ms (median ${median(submitMs).toFixed(1)})`);
    console.log(`  stage→subscriber delay  p50 ${percentile(eventDelaysMs, 50).toFixed(1)} ms, p99 ${percentile(eventDelaysMs, 99).toFixed(1)} ms over ${eventDelaysMs.length} events`);
    if (Number(values['model-latency']) > 0) {
      const ideal = Number(values.concurrency) / ((2 * Number(values['model-latency'])) / 1000);
      console.log(`  ideal with two sequential model calls per job: ${ideal.toFixed(1)} jobs/s → ${((100 * finishedAt.size) / elapsed / ideal).toFixed(0)}% of ideal`);
    }
  } finally {
    await app.stop();
    await infra.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
