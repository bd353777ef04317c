// Owns `npm run bench -- lambda`: what a Lambda worker pays for a cold start, measured the way a new
// execution environment pays it. The bench copies the production file set (dist, data, the lexicon cache
// and the `npm ci --omit=dev` packages of the lockfile), starts DynamoDB Local + fauxqs once, and for each
// sample spawns a fresh Node process (benchLambdaChild) that loads dist/workers/lambda.js from the copy and
// runs its composition root, one SQS event of one job, then warm events of one job each, against those
// servers. Every wait has a deadline: a stuck sample is killed and reported, never waited on.
// With --write-figures the per-job CPU (warm invocations) and, with --model bedrock, the Bedrock token
// accounting of every job are written for `npm run capacity`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DeleteMessageCommand, ReceiveMessageCommand, type Message } from '@aws-sdk/client-sqs';
import { loadConfig, withEndpoints, type Config } from '../config';
import { createAwsClients, destroyAwsClients, type AwsClients } from '../adapters/awsClients';
import { provision } from '../adapters/provision';
import { provisionSpec, startApp, type App } from '../app';
import { startLocalInfrastructure, type LocalInfrastructure } from '../local/launcher';
import { createLogger } from '../observability/logger';
import { loadOrCreateSecretFile, mintLocalToken } from '../auth';
import { BedrockTestServer, DOUBLE_MODEL_ID, oracle } from '../devtools/bedrockDouble';
import { SAMPLE_LINE, type PhaseFigures, type SampleReport } from './benchLambdaChild';
import { median, readJsonl } from './bench';
import { writeMeasuredFigures, type MeasuredFigures } from './capacityFigures';

const ROOT = path.resolve(__dirname, '../../..');
const INFRA_START_TIMEOUT_MS = 120_000;
const API_START_TIMEOUT_MS = 120_000;
const REQUEST_TIMEOUT_MS = 30_000;
const RECEIVE_TIMEOUT_MS = 30_000;
const CACHE_WARM_TIMEOUT_MS = 300_000;
/** Lambda gives a function one vCPU's worth of CPU time at this memory size, proportionally less below it. */
export const LAMBDA_MB_PER_VCPU = 1_769;
/** A job that ends anywhere else did not run the pipeline through: the sample is not a measurement. */
const FINISHED = new Set(['COMPLETED', 'NEEDS_REVIEW']);
const FALLBACK_NOTE = 'Assessment: type 2 diabetes mellitus with diabetic chronic kidney disease, CKD stage 3a. Plan: continue metformin.';

export class BenchTimeoutError extends Error {
  override readonly name = 'BenchTimeoutError';
}

/** Rejects after `ms` with what was being waited for; the timer never keeps the process alive. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BenchTimeoutError(`${what} did not finish within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Top-level package names `npm ci --omit=dev` installs, read from the lockfile (nested copies travel inside them). */
export function productionPackages(lock: { packages: Record<string, { dev?: boolean; optional?: boolean }> }): Array<{ name: string; optional: boolean }> {
  return Object.entries(lock.packages)
    .filter(([p, meta]) => p.startsWith('node_modules/') && !p.slice('node_modules/'.length).includes('node_modules/') && !meta.dev)
    .map(([p, meta]) => ({ name: p.slice('node_modules/'.length), optional: Boolean(meta.optional) }));
}

/**
 * What the Dockerfile's `lambda` stage copies from the build stage (besides node_modules and the lexicon
 * cache), as paths in the build tree → paths in the task root; test/unit/infra/container.test.ts keeps the
 * two equal. The prompts are read at run time next to their compiled module and tsc does not copy them.
 */
export const IMAGE_FILES: ReadonlyArray<{ from: string; to: string }> = [
  { from: 'package.json', to: 'package.json' },
  { from: 'dist', to: 'dist' },
  { from: 'data', to: 'data' },
  { from: 'src/models/prompts/*.md', to: 'dist/src/models/prompts/' },
];

/**
 * The image's file set (Dockerfile `lambda` stage) in `into`: IMAGE_FILES, and a node_modules holding only
 * the production packages, linked to the installed copies.
 */
export function copyProductionFileSet(root: string, into: string): void {
  for (const { from, to } of IMAGE_FILES) {
    const glob = /^(.*)\/\*(\.\w+)$/.exec(from);
    if (glob) {
      fs.mkdirSync(path.join(into, to), { recursive: true });
      for (const f of fs.readdirSync(path.join(root, glob[1]!)).filter((n) => n.endsWith(glob[2]!))) fs.copyFileSync(path.join(root, glob[1]!, f), path.join(into, to, f));
    } else {
      fs.cpSync(path.join(root, from), path.join(into, to), { recursive: true, filter: (src) => !src.endsWith('.tsbuildinfo') });
    }
  }
  linkProductionModules(root, into);
}

/** `into`/node_modules with the packages `npm ci --omit=dev` installs, linked to the installed copies in `root`. */
export function linkProductionModules(root: string, into: string): void {
  const installed = fs.realpathSync(path.join(root, 'node_modules'));
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Parameters<typeof productionPackages>[0];
  for (const { name, optional } of productionPackages(lock)) {
    const source = path.join(installed, name);
    if (!fs.existsSync(source)) {
      if (optional) continue; // another platform's optional binary
      throw new Error(`bench lambda: production package ${name} is not installed`);
    }
    const target = path.join(into, 'node_modules', name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(source, target, 'dir');
  }
}

interface BenchOptions {
  samples: number;
  warm: number;
  notes: string[];
  model: 'local' | 'bedrock';
  sampleTimeoutMs: number;
  writeFigures?: string;
}

function parseOptions(args: string[]): BenchOptions {
  const defaultNotes = ['../shared/eval', '../../shared/eval'].map((p) => path.resolve(process.cwd(), p, 'notes/notes.jsonl')).find((p) => fs.existsSync(p));
  const { values } = parseArgs({
    args,
    options: {
      samples: { type: 'string', default: '10' },
      warm: { type: 'string', default: '3' },
      notes: { type: 'string', ...(defaultNotes ? { default: defaultNotes } : {}) },
      model: { type: 'string', default: 'local' },
      'sample-timeout-ms': { type: 'string', default: '180000' },
      'write-figures': { type: 'string' },
    },
    strict: true,
  });
  const model = values.model === 'bedrock' ? 'bedrock' : values.model === 'local' ? 'local' : undefined;
  if (!model) throw new Error(`--model: expected local or bedrock, got "${values.model}"`);
  const notes = values.notes && fs.existsSync(values.notes) ? readJsonl(values.notes).map((r) => String(r.text ?? '')).filter((t) => t.trim()) : [FALLBACK_NOTE];
  return {
    samples: Math.max(1, Number(values.samples) || 10),
    warm: Math.max(1, Number(values.warm) || 3),
    notes,
    model,
    sampleTimeoutMs: Math.max(10_000, Number(values['sample-timeout-ms']) || 180_000),
    ...(values['write-figures'] ? { writeFigures: path.resolve(values['write-figures']) } : {}),
  };
}

/** A child's report with its invocations named: the second apart, the steady warm ones after it. */
type Sample = SampleReport & { second: PhaseFigures; steady: PhaseFigures[] };

interface Job {
  jobId: string;
  chars: number;
  message?: Message;
}

/** The API role in this process: notes go in over GraphQL exactly as in production, and the queue carries them. */
class JobSource {
  private constructor(
    private readonly api: App,
    private readonly aws: AwsClients,
    private readonly token: string,
  ) {}

  static async start(config: Config, dataDir: string, aws: AwsClients): Promise<JobSource> {
    const api = await withTimeout(startApp({ config, roles: new Set(['api']), logger: createLogger({ level: 'warn' }) }), API_START_TIMEOUT_MS, 'the API role');
    const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'bench', roles: ['submitter', 'reader'] });
    return new JobSource(api, aws, token);
  }

  private async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetch(this.api.graphqlUrl!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    if (!body.data) throw new Error(`bench lambda: GraphQL ${body.errors?.[0]?.extensions?.code ?? res.status}`);
    return body.data;
  }

  async submit(text: string): Promise<Job> {
    const data = await this.graphql<{ submitNote: { job: { id: string } } }>(
      'mutation($input: SubmitNoteInput!) { submitNote(input: $input) { job { id } } }',
      { input: { text } },
    );
    return { jobId: data.submitNote.job.id, chars: text.length };
  }

  /** The job's status, with its error code when it failed (never a message: those may quote the model). */
  async status(jobId: string): Promise<string> {
    const data = await this.graphql<{ job: { status: string; error?: { code: string } | null } }>('query($id: ID!) { job(id: $id) { status error { code } } }', { id: jobId });
    return data.job.error ? `${data.job.status}(${data.job.error.code})` : data.job.status;
  }

  /** Receives the queue's messages until every job has its own, as the event source mapping would poll them. */
  async receive(jobs: Job[]): Promise<void> {
    const deadline = Date.now() + RECEIVE_TIMEOUT_MS;
    const byId = new Map(jobs.map((j) => [j.jobId, j]));
    while (jobs.some((j) => !j.message)) {
      if (Date.now() > deadline) throw new BenchTimeoutError(`the notes queue did not deliver every job within ${RECEIVE_TIMEOUT_MS} ms`);
      const out = await this.aws.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: this.api.resources.notesQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }),
        { abortSignal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      );
      for (const m of out.Messages ?? []) {
        const job = byId.get((JSON.parse(m.Body ?? '{}') as { jobId?: string }).jobId ?? '');
        if (job && !job.message) job.message = m;
      }
    }
  }

  /** What the event source mapping does with a batch that reported no failures. */
  async acknowledge(jobs: Job[]): Promise<void> {
    for (const j of jobs) {
      if (!j.message?.ReceiptHandle) continue;
      await this.aws.sqs.send(new DeleteMessageCommand({ QueueUrl: this.api.resources.notesQueueUrl, ReceiptHandle: j.message.ReceiptHandle }), { abortSignal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    }
  }

  stop(): Promise<void> {
    return withTimeout(this.api.stop(), API_START_TIMEOUT_MS, 'stopping the API role');
  }
}

function lambdaRecord(m: Message): unknown {
  return {
    messageId: m.MessageId,
    receiptHandle: m.ReceiptHandle,
    body: m.Body,
    attributes: { ApproximateReceiveCount: m.Attributes?.ApproximateReceiveCount ?? '1' },
    messageAttributes: {},
    eventSource: 'aws:sqs',
  };
}

/** One fresh process; killed (SIGKILL) when it outlives its deadline. */
function runSample(handlerFile: string, eventsFile: string, env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number): Promise<SampleReport & { stderrTail: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'benchLambdaChild.js'), handlerFile, eventsFile], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BenchTimeoutError(`sample did not finish within ${timeoutMs} ms (killed)`));
    }, timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(`${SAMPLE_LINE} `));
      if (code === 0 && line) resolve({ ...(JSON.parse(line.slice(SAMPLE_LINE.length + 1)) as SampleReport), stderrTail: err.trim().split('\n').slice(-3).join(' | ') });
      else reject(new Error(`sample exited ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

/**
 * The cold job is the median-length note in every sample (cold figures comparable across samples); the warm
 * jobs walk the corpus at evenly spaced length quantiles, so per-job CPU and tokens are seen across sizes.
 */
export function pickNotes(notes: string[], warmCount: number): { cold: string; warm: string[] } {
  const byLength = [...notes].sort((a, b) => a.length - b.length);
  const at = (q: number) => byLength[Math.min(byLength.length - 1, Math.floor(q * byLength.length))]!;
  return { cold: at(0.5), warm: Array.from({ length: warmCount }, (_, k) => at((k + 0.5) / warmCount)) };
}

const round = (x: number, digits = 0): number => Number(x.toFixed(digits));

export async function benchLambda(args: string[]): Promise<void> {
  const o = parseOptions(args);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chartcoder-bench-lambda-'));
  const copy = path.join(work, 'task');
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir);
  let infraStart: Promise<LocalInfrastructure> | undefined;
  let infra: LocalInfrastructure | undefined;
  let bedrock: BedrockTestServer | undefined;
  let aws: AwsClients | undefined;
  let source: JobSource | undefined;
  try {
    copyProductionFileSet(ROOT, copy);
    const cacheDir = path.join(copy, 'cache');
    // The image build warms the lexicon cache (Dockerfile: npm run build); so does the bench, once, unmeasured.
    execFileSync(
      process.execPath,
      ['-e', `const y=require('./dist/src/engine/icd10');const l=require('./dist/src/engine/coding/lexicon');for(const f of y.availableFiscalYears())l.buildLexicon(y.loadCodeSet(f));`],
      { cwd: copy, env: { ...process.env, CHARTCODER_CACHE_DIR: cacheDir }, timeout: CACHE_WARM_TIMEOUT_MS, stdio: 'ignore' },
    );

    const serviceEnv: Record<string, string> = {
      MODE: 'split',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      AWS_REGION: 'us-east-1',
      RATE_LIMIT_NOTES_PER_MINUTE: '60000',
      RATE_LIMIT_BURST_NOTES: '100000',
    };
    if (o.model === 'bedrock') {
      bedrock = await BedrockTestServer.start(['us-east-1']);
      bedrock.reset(oracle);
      Object.assign(serviceEnv, {
        MODEL_PROVIDER: 'bedrock',
        BEDROCK_SUMMARIZER_MODEL_ID: DOUBLE_MODEL_ID,
        BEDROCK_CODER_MODEL_ID: DOUBLE_MODEL_ID,
        BEDROCK_REGIONS: 'us-east-1',
        BEDROCK_ENDPOINT_URLS: bedrock.endpointUrls,
        // The test double accepts any signature; the SDK still needs credentials to sign with.
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
      });
    }
    infraStart = startLocalInfrastructure({ dataDir, region: 'us-east-1', inMemory: true });
    infra = await withTimeout(infraStart, INFRA_START_TIMEOUT_MS, 'DynamoDB Local and fauxqs');
    Object.assign(serviceEnv, { DYNAMODB_ENDPOINT: infra.dynamodbEndpoint, SQS_ENDPOINT: infra.sqsEndpoint, SNS_ENDPOINT: infra.snsEndpoint });
    const config = withEndpoints(loadConfig(serviceEnv), infra);
    aws = createAwsClients(config.aws);
    await withTimeout(provision(aws, provisionSpec(config)), REQUEST_TIMEOUT_MS * 4, 'provisioning');
    source = await JobSource.start(config, dataDir, aws);

    const handlerFile = path.join(copy, 'dist/workers/lambda.js');
    // As Lambda sets them for a function; the composition root reads its configuration from the environment.
    const childEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      ...serviceEnv,
      NODE_ENV: 'production',
      CHARTCODER_CACHE_DIR: cacheDir,
      AWS_LAMBDA_FUNCTION_NAME: 'chartcoder-bench-worker',
      LAMBDA_TASK_ROOT: copy,
    };
    const notes = pickNotes(o.notes, o.samples * o.warm);
    const samples: Sample[] = [];
    const failed: string[] = [];
    const tokensPerJob: Array<{ chars: number; inputTokens: number; outputTokens: number; calls: number }> = [];
    const warmCpuPerJob: Array<{ chars: number; cpuMs: number }> = [];
    console.log(
      `bench lambda: ${o.samples} samples, each a fresh Node ${process.version} process loading dist/workers/lambda.js from a copy of the production file set; ` +
        `a cold and a second invocation of the median-length note, then ${o.warm} warm invocations on notes across the length range, one job each; models: ${o.model === 'bedrock' ? 'Bedrock provider against the Converse wire double (oracle answers, no added latency)' : 'local engine'}; ` +
        `machine ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    );
    for (let i = 0; i < o.samples; i++) {
      // The second invocation still compiles code paths the first did not take: it is reported apart, not as warm.
      const texts = [notes.cold, notes.cold, ...Array.from({ length: o.warm }, (_, k) => notes.warm[k * o.samples + i]!)];
      const jobs: Job[] = [];
      try {
        for (const text of texts) jobs.push(await source.submit(text));
        await source.receive(jobs);
        const eventsFile = path.join(work, `events-${i}.json`);
        fs.writeFileSync(eventsFile, JSON.stringify(jobs.map((j) => ({ Records: [lambdaRecord(j.message!)] }))));
        const callsBefore = bedrock?.calls.length ?? 0;
        const report = await runSample(handlerFile, eventsFile, childEnv, copy, o.sampleTimeoutMs);
        const statuses = await Promise.all(jobs.map((j) => source!.status(j.jobId)));
        await source.acknowledge(jobs);
        const unfinished = statuses.filter((s) => !FINISHED.has(s));
        if (unfinished.length || report.failures.some((n) => n > 0)) {
          failed.push(`sample ${i + 1}: statuses ${statuses.join(',')}, failures reported ${report.failures.join(',')}; worker log: ${report.stderrTail.slice(0, 600)}`);
          continue;
        }
        const sample: Sample = { ...report, second: report.warm[0]!, steady: report.warm.slice(1) };
        samples.push(sample);
        sample.steady.forEach((w, k) => warmCpuPerJob.push({ chars: jobs[k + 2]!.chars, cpuMs: w.cpuMs }));
        if (bedrock) {
          for (const job of jobs) {
            const calls = bedrock.calls.slice(callsBefore).filter((c) => c.body.requestMetadata?.jobId === job.jobId && c.usage);
            tokensPerJob.push({
              chars: job.chars,
              inputTokens: calls.reduce((n, c) => n + c.usage!.inputTokens, 0),
              outputTokens: calls.reduce((n, c) => n + c.usage!.outputTokens, 0),
              calls: calls.length,
            });
          }
        }
        const w = sample.steady;
        console.log(
          `  sample ${String(i + 1).padStart(2)}: load ${report.load.wallMs.toFixed(0)} ms, root ${report.root.wallMs.toFixed(0)} ms (${report.root.cpuMs.toFixed(0)} CPU-ms), ` +
            `first job ${report.first.wallMs.toFixed(0)} ms (${report.first.cpuMs.toFixed(0)} CPU-ms), second ${sample.second.wallMs.toFixed(0)} ms (${sample.second.cpuMs.toFixed(0)} CPU-ms), warm ${w.map((x) => x.wallMs.toFixed(0)).join('/')} ms, max RSS ${Math.max(...w.map((x) => x.maxRssMb)).toFixed(0)} MB`,
        );
      } catch (err) {
        failed.push(`sample ${i + 1}: ${(err as Error).message}`);
        await source.acknowledge(jobs).catch(() => undefined);
      }
    }
    for (const f of failed) console.log(`  FAILED ${f}`);
    if (!samples.length) throw new Error('bench lambda: no sample finished');
    printSummary(samples);
    if (o.writeFigures) {
      const figures: MeasuredFigures['lambda'] = summarise(samples);
      writeMeasuredFigures(o.writeFigures, {
        command: `npm run bench -- lambda ${args.join(' ')}`.trim(),
        measuredAt: new Date().toISOString(),
        machine: `${os.cpus().length}× ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)} at the end`,
        lambda: figures,
        workerCpuPerJob: warmCpuPerJob.map((p) => ({ chars: p.chars, cpuMs: round(p.cpuMs, 1) })),
        ...(tokensPerJob.length ? { bedrockTokensPerJob: tokensPerJob } : {}),
      });
      console.log(`figures written to ${path.relative(process.cwd(), o.writeFigures)}`);
    }
  } finally {
    await source?.stop().catch((e: unknown) => console.error(`bench lambda: ${(e as Error).message}`));
    if (aws) destroyAwsClients(aws);
    // A start that missed its deadline may still come up (the launcher has its own): never leave its JVM behind.
    if (!infra && infraStart) infra = await withTimeout(infraStart, INFRA_START_TIMEOUT_MS, 'the late local servers').catch(() => undefined);
    if (infra) await withTimeout(infra.stop(), INFRA_START_TIMEOUT_MS, 'stopping DynamoDB Local and fauxqs').catch((e: unknown) => console.error(`bench lambda: ${(e as Error).message}`));
    await bedrock?.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function summarise(samples: Sample[]): MeasuredFigures['lambda'] {
  const m = (pick: (s: Sample) => number, digits = 0) => round(median(samples.map(pick)), digits);
  const warm = (s: Sample, key: keyof PhaseFigures) => median(s.steady.map((w) => w[key]));
  return {
    samples: samples.length,
    loadWallMs: m((s) => s.load.wallMs),
    loadCpuMs: m((s) => s.load.cpuMs),
    rootWallMs: m((s) => s.root.wallMs),
    rootCpuMs: m((s) => s.root.cpuMs),
    firstInvocationWallMs: m((s) => s.first.wallMs),
    firstInvocationCpuMs: m((s) => s.first.cpuMs),
    secondInvocationWallMs: m((s) => s.second.wallMs),
    secondInvocationCpuMs: m((s) => s.second.cpuMs),
    warmInvocationWallMs: m((s) => warm(s, 'wallMs')),
    warmInvocationCpuMs: m((s) => warm(s, 'cpuMs')),
    maxRssMb: round(Math.max(...samples.flatMap((s) => [s.first.maxRssMb, ...s.warm.map((w) => w.maxRssMb)]))),
  };
}

function printSummary(samples: Sample[]): void {
  const f = summarise(samples);
  const row = (name: string, wall: number, cpu: number) => console.log(`  ${name.padEnd(44)}${String(wall).padStart(8)} ms${String(cpu).padStart(10)} CPU-ms`);
  console.log(`medians of ${f.samples} samples (wall; CPU of every thread of the process):`);
  row('INIT: Node start-up + handler module load', f.loadWallMs, f.loadCpuMs);
  row('composition root (inside the first invoke)', f.rootWallMs, f.rootCpuMs);
  row('first job (first invoke, after the root)', f.firstInvocationWallMs, f.firstInvocationCpuMs);
  row('second job (same note as the first)', f.secondInvocationWallMs, f.secondInvocationCpuMs);
  row('warm job (third invoke on)', f.warmInvocationWallMs, f.warmInvocationCpuMs);
  const coldCpuMs = f.loadCpuMs + f.rootCpuMs + f.firstInvocationCpuMs;
  const coldWallMs = f.loadWallMs + f.rootWallMs + f.firstInvocationWallMs;
  console.log(`  cold start penalty (INIT + root + first job − warm job): ${coldWallMs - f.warmInvocationWallMs} ms wall, ${coldCpuMs - f.warmInvocationCpuMs} CPU-ms`);
  console.log(`  peak RSS ${f.maxRssMb} MB`);
  // Lambda hands out CPU in proportion to memory (one vCPU at 1,769 MB): a CPU-bound phase takes its CPU time
  // divided by the share below that; above it the one JavaScript thread gains nothing. Round trips add to it.
  console.log(`  projected on Lambda from the CPU figures (no contention; network round trips extra; this machine's load was ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs):`);
  for (const mb of [1024, LAMBDA_MB_PER_VCPU, 3008]) {
    const share = Math.min(1, mb / LAMBDA_MB_PER_VCPU);
    console.log(`    ${String(mb).padStart(5)} MB (${share.toFixed(2)} vCPU): INIT + root + first job ≈ ${(coldCpuMs / share / 1000).toFixed(2)} s, warm job ≈ ${(f.warmInvocationCpuMs / share / 1000).toFixed(2)} s`);
  }
}
