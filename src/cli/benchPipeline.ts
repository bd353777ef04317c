// Owns `npm run bench -- pipeline`: the service end to end (local DynamoDB + SQS/SNS started here)
// driven over real HTTP and graphql-ws: jobs/s, submit latency under concurrent clients, and the
// delay from a stored transition to its arrival at a subscriber. With --model-latency N both model
// roles run on the Bedrock provider (real SDK, HTTP/2) against the Converse test double answering
// after N ms; with --preload the jobs are queued first and the worker's sustained rate is measured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig, withEndpoints, type Config } from '../config';
import { startApp, type App } from '../app';
import { startLocalInfrastructure } from '../local/launcher';
import { createLogger } from '../observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../auth';
import { median, percentile, readJsonl } from './bench';
import { BedrockTestServer, isRepair, oracle, toolOf } from '../../test/helpers/bedrockServer';

const SUBMIT = `mutation($input: SubmitNoteInput!) { submitNote(input: $input) { job { id } } }`;
const UPDATES = `subscription { jobUpdates { jobId status at version } }`;
const TERMINAL = new Set(['COMPLETED', 'NEEDS_REVIEW', 'FAILED', 'CANCELLED']);
const BENCH_MODEL_ID = 'us.anthropic.claude-sonnet-4-20250514-v1:0';

export async function benchPipeline(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      jobs: { type: 'string', default: '300' },
      clients: { type: 'string', default: '50' },
      concurrency: { type: 'string', default: '8' },
      'model-latency': { type: 'string', default: '0' },
      preload: { type: 'boolean', default: false },
      'worker-process': { type: 'boolean', default: false },
      notes: { type: 'string', default: path.resolve(process.cwd(), '../shared/eval/notes/notes.jsonl') },
    },
  });
  const jobs = Number(values.jobs);
  const clients = Number(values.clients);
  const concurrency = Number(values.concurrency);
  const modelLatencyMs = Number(values['model-latency']);
  const texts = fs.existsSync(values.notes!)
    ? readJsonl(values.notes!).map((r) => String(r.text ?? '')).filter((t) => t.trim())
    : ['Assessment: type 2 diabetes mellitus and essential hypertension. Plan: continue metformin.'];

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartcoder-bench-'));
  let bedrock: BedrockTestServer | undefined;
  const env: Record<string, string> = { DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', WORKER_CONCURRENCY: String(concurrency) };
  if (modelLatencyMs > 0) {
    bedrock = await BedrockTestServer.start(['us-east-1']);
    bedrock.reset((call) => ({ ...(oracle(call) as { tool: string; input: unknown }), delayMs: modelLatencyMs }));
    Object.assign(env, {
      MODEL_PROVIDER: 'bedrock',
      BEDROCK_SUMMARIZER_MODEL_ID: BENCH_MODEL_ID,
      BEDROCK_CODER_MODEL_ID: BENCH_MODEL_ID,
      BEDROCK_REGIONS: 'us-east-1',
      BEDROCK_ENDPOINT_URLS: bedrock.endpointUrls,
      BEDROCK_REQUEST_TIMEOUT_MS: String(modelLatencyMs * 5 + 5_000),
    });
    // The test double accepts any signature; the SDK still needs credentials to sign with.
    process.env.AWS_ACCESS_KEY_ID ??= 'bench';
    process.env.AWS_SECRET_ACCESS_KEY ??= 'bench';
  }
  const base = loadConfig(env);
  const infra = await startLocalInfrastructure({ dataDir, region: base.aws.region, inMemory: true });
  const config: Config = withEndpoints({ ...base, mode: 'split' }, infra);
  const logger = createLogger({ level: 'warn' });
  // --preload: API alone first (events over SNS → per-instance queue), the worker joins later.
  const apps: App[] = [await startApp({ config, roles: values.preload ? new Set(['api']) : new Set(['api', 'worker']), logger })];
  const api = apps[0];
  const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'bench', roles: ['submitter', 'reader'] });
  const url = api.graphqlUrl!;
  let worker: { stop(): Promise<void>; started: Promise<void> } | undefined;
  try {
    const ws = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` } });
    const eventDelaysMs: number[] = [];
    const finishedAt = new Map<string, number>();
    let allDone: () => void = () => undefined;
    const done = new Promise<void>((r) => (allDone = r));
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
          await res.json();
          submitMs.push(performance.now() - t0);
        }
      }),
    );
    const submitSeconds = (performance.now() - started) / 1000;
    let workStarted = started;
    if (values.preload && values['worker-process']) {
      // The worker as deployed: its own process (own event loop and core) against the same servers.
      worker = spawnWorker(env, config);
      await worker.started;
      // Measured from when it starts consuming (process start-up is not throughput).
      workStarted = performance.now();
    } else if (values.preload) {
      workStarted = performance.now();
      apps.push(await startApp({ config, roles: new Set(['worker']), logger }));
    }
    await Promise.race([done, new Promise((r) => setTimeout(r, 900_000))]);
    const elapsed = (Math.max(...finishedAt.values()) - workStarted) / 1000;
    await ws.dispose();
    submitMs.sort((a, b) => a - b);
    eventDelaysMs.sort((a, b) => a - b);
    const rate = finishedAt.size / elapsed;
    const model = modelLatencyMs > 0 ? `Bedrock provider via the Converse test double answering after ${modelLatencyMs} ms` : 'local engine as both models';
    const where = values['worker-process'] ? ' (worker in its own process)' : '';
    console.log(`pipeline bench: ${jobs} jobs, ${clients} concurrent clients, one worker at concurrency ${concurrency}${where}, ${model}${values.preload ? ', jobs queued before the worker starts' : ''}`);
    console.log(`  ${values.preload ? 'worker sustained rate ' : 'end-to-end throughput'}   ${rate.toFixed(1)} jobs/s (${finishedAt.size} finished in ${elapsed.toFixed(1)} s)`);
    console.log(`  submit rate             ${(jobs / submitSeconds).toFixed(1)} submits/s`);
    console.log(`  submit latency          p50 ${percentile(submitMs, 50).toFixed(1)} ms, p99 ${percentile(submitMs, 99).toFixed(1)} ms (median ${median(submitMs).toFixed(1)})`);
    console.log(`  stage→subscriber delay  p50 ${percentile(eventDelaysMs, 50).toFixed(1)} ms, p99 ${percentile(eventDelaysMs, 99).toFixed(1)} ms over ${eventDelaysMs.length} events`);
    if (modelLatencyMs > 0) {
      const ideal = concurrency / ((2 * modelLatencyMs) / 1000);
      const overheadMs = (elapsed * 1000 * concurrency) / finishedAt.size - 2 * modelLatencyMs;
      console.log(`  ideal (two sequential ${modelLatencyMs} ms model calls per job): ${ideal.toFixed(1)} jobs/s → ${((100 * rate) / ideal).toFixed(0)}% of ideal`);
      const repairs = bedrock!.calls.filter((c) => isRepair(c.body));
      const repairsBy = (tool: string): number => repairs.filter((c) => toolOf(c.body) === tool).length;
      console.log(`  per-job overhead outside model time ≈ ${overheadMs.toFixed(0)} ms per worker slot`);
      console.log(`  ${bedrock!.calls.length} Converse calls, of which repair turns: summarizer ${repairsBy('submit_summary')}, coder ${repairsBy('submit_codes')}`);
    }
  } finally {
    await worker?.stop();
    for (const app of apps.reverse()) await app.stop();
    await infra.stop();
    await bedrock?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Starts `node dist/src/main.js worker` with the bench's configuration; resolves when it consumes. */
function spawnWorker(env: Record<string, string>, config: Config): { stop(): Promise<void>; started: Promise<void> } {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'main.js'), 'worker'], {
    env: {
      ...process.env,
      ...env,
      DYNAMODB_ENDPOINT: config.aws.dynamodbEndpoint!,
      SQS_ENDPOINT: config.aws.sqsEndpoint!,
      SNS_ENDPOINT: config.aws.snsEndpoint!,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('worker started')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
  return {
    started,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
