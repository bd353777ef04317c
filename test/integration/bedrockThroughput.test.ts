// Throughput through the Bedrock adapter: one worker at concurrency 64, every Converse call answered
// by the HTTP/2 test double after 2 s (ideal 64 / (2 × 2 s) = 16 jobs/s), measured against the same
// workload on the local provider with LOCAL_MODEL_LATENCY_MS=2000. The absolute rate depends on the
// machine (DynamoDB Local, fauxqs and the worker share its cores); the adapter must not be what
// limits it. Prints both figures and the per-job overhead outside model time.
import { performance } from 'node:perf_hooks';
import { BedrockTestServer, oracle } from '../helpers/bedrockServer';
import { startBedrockApp, type BedrockApp } from '../helpers/bedrockApp';

const MODEL_LATENCY_MS = 2_000;
const CONCURRENCY = 64;
const JOBS = 128;
const IDEAL_JOBS_PER_S = CONCURRENCY / ((2 * MODEL_LATENCY_MS) / 1000);

async function measure(h: BedrockApp, label: string): Promise<number> {
  const started = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < JOBS; i += 32) {
    const batch = Array.from({ length: Math.min(32, JOBS - i) }, (_, k) => h.submit(`Assessment: type 2 diabetes mellitus and essential hypertension. Visit ${i + k}.`));
    ids.push(...(await Promise.all(batch)));
  }
  const submittedS = (performance.now() - started) / 1000;
  // Finished jobs from the in-process transition counter: polling every job over GraphQL would load
  // the very process being measured.
  const finished = async () =>
    (await h.metric('chartcoder_job_transitions_total'))
      .filter((m) => ['COMPLETED', 'NEEDS_REVIEW', 'FAILED'].includes(String(m.labels.status)))
      .reduce((n, m) => n + m.value, 0);
  while ((await finished()) < JOBS && performance.now() - started < 40_000) await new Promise((r) => setTimeout(r, 50));
  const elapsedS = (performance.now() - started) / 1000;
  const jobs = await Promise.all(ids.map((id) => h.finished(id, 5_000)));
  expect(jobs.every((j) => j.status === 'COMPLETED')).toBe(true);
  const rate = JOBS / elapsedS;
  const overheadMs = (elapsedS * 1000 * CONCURRENCY) / JOBS - 2 * MODEL_LATENCY_MS;
  process.stdout.write(
    `${label}: ${JOBS} jobs in ${elapsedS.toFixed(1)} s = ${rate.toFixed(1)} jobs/s (${((100 * rate) / IDEAL_JOBS_PER_S).toFixed(0)}% of ideal ${IDEAL_JOBS_PER_S}); ` +
      `per-job overhead outside model time ≈ ${overheadMs.toFixed(0)} ms per worker slot; submitting took ${submittedS.toFixed(1)} s\n`,
  );
  return rate;
}

describe('Bedrock provider throughput (2 s model latency, worker concurrency 64)', () => {
  let server: BedrockTestServer;

  beforeAll(async () => {
    server = await BedrockTestServer.start(['us-east-1', 'us-west-2']);
    server.reset((call) => ({ ...(oracle(call) as { tool: string; input: unknown }), delayMs: MODEL_LATENCY_MS }));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('the Bedrock path (real SDK over HTTP/2) keeps up with the local provider at the same model latency', async () => {
    const env = { WORKER_CONCURRENCY: String(CONCURRENCY), BEDROCK_REQUEST_TIMEOUT_MS: '10000' };
    const local = await startBedrockApp(server, { ...env, MODEL_PROVIDER: 'local', LOCAL_MODEL_LATENCY_MS: String(MODEL_LATENCY_MS) });
    let localRate: number;
    try {
      localRate = await measure(local, 'local provider, 2 s/call');
    } finally {
      await local.stop();
    }
    const bedrock = await startBedrockApp(server, env);
    try {
      const bedrockRate = await measure(bedrock, 'bedrock via test server, 2 s/call');
      expect(server.calls).toHaveLength(2 * JOBS);
      expect(bedrockRate).toBeGreaterThanOrEqual(0.85 * localRate);
    } finally {
      await bedrock.stop();
    }
  }, 90_000);
});
