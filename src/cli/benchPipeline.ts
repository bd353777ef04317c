// Owns `npm run bench -- pipeline`: the service in split mode, each role in its own process (API and
// worker spawned here, against local DynamoDB + SQS/SNS started here), driven over real HTTP and graphql-ws.
// One run measures: (a) submit latency at N clients while the worker is saturated, beside a bare
// conditional PutItem at the same concurrency against the same DynamoDB (the floor), interleaved in
// rounds so both see the same load; (b) the delay from a stored transition to its arrival at a subscriber,
// beside the SNS→SQS hop of a probe topic measured over the same run; (c) the worker's sustained rate
// (with --model-latency N both model roles run on the Bedrock provider, real SDK over HTTP/2, against the
// Converse test double answering after N ms; --preload queues the jobs before the worker starts) and its
// AWS round trips per job by operation, counted by SDK middleware inside the worker process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ConditionalCheckFailedException, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, DeleteMessageBatchCommand, ReceiveMessageCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, PublishCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { loadConfig, withEndpoints, type Config } from '../config';
import { createAwsClients, destroyAwsClients, type AwsClients } from '../adapters/awsClients';
import { provision, queueArn } from '../adapters/provision';
import { provisionSpec } from '../app';
import { startLocalInfrastructure } from '../local/launcher';
import { loadOrCreateSecretFile, mintLocalToken } from '../auth';
import { median, percentile, readJsonl } from './bench';
import { CALLS_LINE, LATENCY_LINE, PHASES_LINE, PROCESS_LINE, READY_LINE, TRANSITIONS_LINE } from './benchRole';
import { BedrockTestServer, DOUBLE_MODEL_ID, isRepair, oracle, toolOf } from '../devtools/bedrockDouble';
import { segmentsOf, steadyRate, summarize, type JobTimeline } from './benchSteady';

const SUBMIT = `mutation($input: SubmitNoteInput!) { submitNote(input: $input) { job { id } } }`;
const UPDATES = `subscription { jobUpdates { jobId status at version } }`;
const TERMINAL = new Set(['COMPLETED', 'NEEDS_REVIEW', 'FAILED', 'CANCELLED']);
/** Goals of issue 11 §5. */
const GOAL_SUBMIT_P99_RATIO = 1.5;
const GOAL_EVENT_ABOVE_HOP_MS = 50;
const GOAL_SHARE_OF_IDEAL = 0.98;
const GOAL_OVERHEAD_MS = 40;
const HOP_PROBE_INTERVAL_MS = 100;
const STARTUP_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 1_800_000;

export async function benchPipeline(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      jobs: { type: 'string', default: '300' },
      clients: { type: 'string', default: '50' },
      concurrency: { type: 'string', default: '8' },
      'model-latency': { type: 'string', default: '0' },
      preload: { type: 'boolean', default: false },
      /** Submits (and as many bare writes) measured while the worker is saturated, after the load. */
      'probe-submits': { type: 'string', default: '500' },
      'probe-rounds': { type: 'string', default: '4' },
      /** Kept for old command lines: the worker always runs in its own process now. */
      'worker-process': { type: 'boolean', default: false },
      notes: { type: 'string', default: path.resolve(process.cwd(), '../shared/eval/notes/notes.jsonl') },
    },
  });
  const jobs = Number(values.jobs);
  const clients = Number(values.clients);
  const concurrency = Number(values.concurrency);
  const modelLatencyMs = Number(values['model-latency']);
  const probeRounds = Math.max(1, Number(values['probe-rounds']));
  const probePerRound = Math.max(clients, Math.ceil(Number(values['probe-submits']) / probeRounds));
  const texts = fs.existsSync(values.notes!)
    ? readJsonl(values.notes!).map((r) => String(r.text ?? '')).filter((t) => t.trim())
    : ['Assessment: type 2 diabetes mellitus and essential hypertension. Plan: continue metformin.'];

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartcoder-bench-'));
  let bedrock: BedrockTestServer | undefined;
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    WORKER_CONCURRENCY: String(concurrency),
    // The admission limit stays on (its DynamoDB update is part of every submit) but never refuses here.
    RATE_LIMIT_NOTES_PER_MINUTE: '60000',
    RATE_LIMIT_BURST_NOTES: '100000',
  };
  // Per job: the transition times the subscriber was shown and the model calls as the double saw them.
  const timelines = new Map<string, JobTimeline>();
  const timelineOf = (jobId: string): JobTimeline => {
    let t = timelines.get(jobId);
    if (!t) timelines.set(jobId, (t = { statusAtMs: {}, modelCalls: [] }));
    return t;
  };
  if (modelLatencyMs > 0) {
    bedrock = await BedrockTestServer.start(['us-east-1']);
    // The double answers after the model latency; when its answer actually leaves is recorded, so a late
    // timer in this (busy) process shows as the double's lateness, not as the worker's overhead.
    bedrock.reset(async (call) => {
      const reply = oracle(call);
      await new Promise((r) => setTimeout(r, modelLatencyMs));
      const jobId = call.body.requestMetadata?.jobId;
      if (jobId) timelineOf(jobId).modelCalls.push({ arrivedMs: call.atMs, answeredMs: Date.now() });
      return reply;
    });
    Object.assign(env, {
      MODEL_PROVIDER: 'bedrock',
      BEDROCK_SUMMARIZER_MODEL_ID: DOUBLE_MODEL_ID,
      BEDROCK_CODER_MODEL_ID: DOUBLE_MODEL_ID,
      BEDROCK_REGIONS: 'us-east-1',
      BEDROCK_ENDPOINT_URLS: bedrock.endpointUrls,
      BEDROCK_REQUEST_TIMEOUT_MS: String(modelLatencyMs * 5 + 5_000),
      // The test double accepts any signature; the SDK still needs credentials to sign with.
      AWS_ACCESS_KEY_ID: 'bench',
      AWS_SECRET_ACCESS_KEY: 'bench',
    });
  }
  const base = loadConfig(env);
  const infra = await startLocalInfrastructure({ dataDir, region: base.aws.region, inMemory: true });
  const config: Config = withEndpoints({ ...base, mode: 'split' }, infra);
  Object.assign(env, { DYNAMODB_ENDPOINT: infra.dynamodbEndpoint, SQS_ENDPOINT: infra.sqsEndpoint, SNS_ENDPOINT: infra.snsEndpoint });
  const clientsAws = createAwsClients(config.aws);
  const resources = await provision(clientsAws, provisionSpec(config));
  const token = await mintLocalToken(loadOrCreateSecretFile(path.join(dataDir, 'jwt-secret')), { tenant: 'bench', roles: ['submitter', 'reader'] });
  const processes: RoleProcess[] = [];
  const hop = new HopProbe(clientsAws);
  try {
    const api = spawnRole('api', env);
    processes.push(api);
    const url = await api.ready;
    await hop.start();

    const ws = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` } });
    // Worker transitions (a stage stored → its event at the subscriber). A QUEUED event is the API's, sent
    // after the submit's writes, so its delay is the submit latency and is reported apart.
    const eventDelaysMs: number[] = [];
    // Worker events as the subscriber got them, to join with the worker's stored/published times.
    const workerEvents: Array<{ key: string; atMs: number; arrivedMs: number; duringSubmits: boolean }> = [];
    let submitsRunning = false;
    const queuedDelaysMs: number[] = [];
    const finishedAt = new Map<string, number>();
    const finishedAtEpochMs = new Map<string, number>();
    // Per job: the statuses the subscriber was shown and whether a version ever came after a higher one.
    const shownStatuses = new Map<string, Set<string>>();
    const lastShownVersion = new Map<string, number>();
    let outOfOrder = 0;
    let expected = Number.POSITIVE_INFINITY;
    let allDone: () => void = () => undefined;
    const done = new Promise<void>((r) => (allDone = r));
    let subscribed: () => void = () => undefined;
    const live = new Promise<void>((r) => (subscribed = r));
    ws.on('connected', () => subscribed());
    ws.subscribe<{ jobUpdates: { jobId: string; status: string; at: string; version: number } }>(
      { query: UPDATES },
      {
        next: ({ data }) => {
          if (!data) return;
          const e = data.jobUpdates;
          (e.status === 'QUEUED' ? queuedDelaysMs : eventDelaysMs).push(Date.now() - Date.parse(e.at));
          timelineOf(e.jobId).statusAtMs[e.status] = Date.parse(e.at);
          if (e.status !== 'QUEUED') workerEvents.push({ key: `${e.jobId}/${e.version}`, atMs: Date.parse(e.at), arrivedMs: Date.now(), duringSubmits: submitsRunning });
          if (!shownStatuses.has(e.jobId)) shownStatuses.set(e.jobId, new Set());
          shownStatuses.get(e.jobId)!.add(e.status);
          if ((lastShownVersion.get(e.jobId) ?? 0) >= e.version) outOfOrder++;
          lastShownVersion.set(e.jobId, e.version);
          if (TERMINAL.has(e.status) && !finishedAt.has(e.jobId)) {
            finishedAt.set(e.jobId, performance.now());
            finishedAtEpochMs.set(e.jobId, Date.now());
            if (finishedAt.size >= expected) allDone();
          }
        },
        error: (err) => console.error('subscription error', err),
        complete: () => undefined,
      },
    );
    await live;
    // The subscription is registered on the server shortly after the socket is acknowledged.
    await new Promise((r) => setTimeout(r, 500));

    const submitErrors = new Map<string, number>();
    const submitOnce = async (i: number): Promise<number> => {
      const t0 = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SUBMIT, variables: { input: { text: texts[i % texts.length] } } }),
      });
      const body = (await res.json()) as { data?: { submitNote?: { job?: { id?: string } } }; errors?: Array<{ extensions?: { code?: string } }> };
      const ms = performance.now() - t0;
      if (!body.data?.submitNote?.job?.id) {
        const code = body.errors?.[0]?.extensions?.code ?? `HTTP_${res.status}`;
        submitErrors.set(code, (submitErrors.get(code) ?? 0) + 1);
      }
      return ms;
    };
    let submitted = 0;
    const runClients = async (count: number, op: (i: number) => Promise<number>, into: number[]): Promise<number> => {
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (next < count) {
            const i = next++;
            into.push(await op(i));
          }
        }),
      );
      return (performance.now() - t0) / 1000;
    };

    // Load: the jobs the worker's rate is measured on (queued first with --preload).
    let worker: RoleProcess | undefined;
    let workStarted = performance.now();
    if (!values.preload) {
      worker = spawnRole('worker', env);
      processes.push(worker);
      await worker.ready;
      workStarted = performance.now();
    }
    const loadSubmitMs: number[] = [];
    const loadSeconds = await runClients(jobs, () => submitOnce(submitted++), loadSubmitMs);
    if (values.preload) {
      worker = spawnRole('worker', env);
      processes.push(worker);
      await worker.ready;
      // Measured from when it starts consuming (process start-up is not throughput).
      workStarted = performance.now();
    }

    // (a) While the worker is saturated: submits and bare conditional writes, same clients, in alternating rounds.
    const unfinishedAtProbeStart = submitted - finishedAt.size;
    const probeSubmitMs: number[] = [];
    const bareWriteMs: number[] = [];
    const floorPk = `BENCH#${randomBytes(6).toString('hex')}`;
    let floorIndex = 0;
    const bareWrite = async (): Promise<number> => {
      const t0 = performance.now();
      await clientsAws.dynamodb.send(
        new PutItemCommand({
          TableName: resources.jobsTable,
          Item: { pk: { S: floorPk }, sk: { S: `FLOOR#${floorIndex++}` }, entity: { S: 'BENCH' }, at: { N: String(Date.now()) } },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ).catch((err) => {
        if (!(err instanceof ConditionalCheckFailedException)) throw err;
      });
      return performance.now() - t0;
    };
    submitsRunning = true;
    for (let round = 0; round < probeRounds; round++) {
      await runClients(probePerRound, () => bareWrite(), bareWriteMs);
      await runClients(probePerRound, () => submitOnce(submitted++), probeSubmitMs);
    }
    submitsRunning = false;
    const unfinishedAtProbeEnd = submitted - finishedAt.size;

    expected = submitted;
    if (finishedAt.size >= expected) allDone();
    const timedOut = await Promise.race([done.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), RUN_TIMEOUT_MS).unref())]);
    const elapsed = (Math.max(...finishedAt.values()) - workStarted) / 1000;
    await ws.dispose();
    const hopMs = hop.stop();
    const workerReport = await worker!.stop();
    const apiReport = await api.stop();

    for (const list of [loadSubmitMs, probeSubmitMs, bareWriteMs, eventDelaysMs, queuedDelaysMs, hopMs]) list.sort((a, b) => a - b);
    const rate = finishedAt.size / elapsed;
    const steady = steadyRate([...finishedAtEpochMs.values()], concurrency);
    const model = modelLatencyMs > 0 ? `Bedrock provider via the Converse test double answering after ${modelLatencyMs} ms` : 'local engine as both models';
    const p = (xs: number[], q: number): string => percentile(xs, q).toFixed(1);
    console.log(`pipeline bench: ${jobs} jobs + ${submitted - jobs} probe submits, ${clients} concurrent clients, API and one worker (concurrency ${concurrency}) each in its own process, ${model}${values.preload ? ', jobs queued before the worker starts' : ''}`);
    if (timedOut) console.log(`  TIMED OUT: ${finishedAt.size} of ${submitted} jobs finished`);
    console.log(`  ${values.preload ? 'worker overall rate   ' : 'end-to-end throughput'}   ${rate.toFixed(1)} jobs/s (${finishedAt.size} finished in ${elapsed.toFixed(1)} s from the worker's start: the first wave's ramp and the tail with fewer jobs than slots included)`);
    if (steady) {
      console.log(`  worker sustained rate   ${steady.jobsPerS.toFixed(1)} jobs/s (slope of ${steady.completions} completions over ${((steady.toMs - steady.fromMs) / 1000).toFixed(1)} s, from the end of the first wave until fewer than ${concurrency} jobs were left: every slot busy; the goals below use this)`);
    }
    console.log(`  load submits            ${(jobs / loadSeconds).toFixed(1)} submits/s, p50 ${p(loadSubmitMs, 50)} ms, p99 ${p(loadSubmitMs, 99)} ms${values.preload ? ' (worker not yet started)' : ''}`);
    if (submitErrors.size) console.log(`  submit errors           ${[...submitErrors].map(([c, n]) => `${c} ${n}`).join(', ')}`);
    console.log(`(a) submit latency while the worker is saturated (${unfinishedAtProbeStart} → ${unfinishedAtProbeEnd} jobs unfinished over the window; saturated while ≥ ${concurrency}), ${probeRounds} alternating rounds:`);
    const submitP99 = percentile(probeSubmitMs, 99);
    const floorP99 = percentile(bareWriteMs, 99);
    console.log(`  submit                  p50 ${p(probeSubmitMs, 50)} ms, p99 ${p(probeSubmitMs, 99)} ms over ${probeSubmitMs.length} (median ${median(probeSubmitMs).toFixed(1)})`);
    console.log(`  bare conditional PutItem p50 ${p(bareWriteMs, 50)} ms, p99 ${p(bareWriteMs, 99)} ms over ${bareWriteMs.length}`);
    console.log(`  submit p99 / bare p99   ${(submitP99 / floorP99).toFixed(2)}× (goal ≤ ${GOAL_SUBMIT_P99_RATIO}×); p50 ratio ${(percentile(probeSubmitMs, 50) / percentile(bareWriteMs, 50)).toFixed(2)}×`);
    if (apiReport.phases) {
      // Inside JobService.submit (all accepted submits); the rest of the client's time is HTTP + GraphQL + queueing for the API's loop.
      const ph = apiReport.phases;
      console.log(`  breakdown inside the API (p50 / p99 ms over ${ph.totalMs?.n ?? 0} submits): ${Object.entries(ph).map(([k, q]) => `${k.replace(/Ms$/, '')} ${q.p50} / ${q.p99}`).join(', ')}`);
      const all = [...loadSubmitMs, ...probeSubmitMs].sort((a, b) => a - b);
      if (ph.totalMs) console.log(`  outside the service (HTTP, GraphQL, waiting for the API's event loop) ≈ p50 ${(percentile(all, 50) - ph.totalMs.p50).toFixed(1)} ms`);
    }
    if (apiReport.latency) {
      const ops = Object.entries(apiReport.latency).filter(([op]) => !/ReceiveMessage|CreateTable|DescribeT|CreateQueue|CreateTopic|Subscribe|DeleteQueue|ListQueues|SetQueue|TagQueue|GetQueueAttributes/.test(op));
      console.log(`  API round trips (p50 / p99 ms): ${ops.map(([op, q]) => `${op} ${q.p50} / ${q.p99}`).join(', ')}`);
    }
    console.log(`(b) stage→subscriber delay beside the SNS→SQS hop, same run:`);
    console.log(`  stage→subscriber        p50 ${p(eventDelaysMs, 50)} ms, p99 ${p(eventDelaysMs, 99)} ms over ${eventDelaysMs.length} events`);
    console.log(`  (QUEUED events, sent by the API after the submit's writes: p50 ${p(queuedDelaysMs, 50)} ms, p99 ${p(queuedDelaysMs, 99)} ms over ${queuedDelaysMs.length})`);
    // Every job that finished went through every stage: a status it was never shown is a missed event.
    let missed = 0;
    let finishedJobs = 0;
    for (const seen of shownStatuses.values()) {
      const terminal = [...seen].find((st) => st === 'COMPLETED' || st === 'NEEDS_REVIEW');
      if (!terminal) continue;
      finishedJobs++;
      for (const st of ['QUEUED', 'REDACTING', 'SUMMARIZING', 'CODING', 'VALIDATING']) if (!seen.has(st)) missed++;
    }
    console.log(`  missed events           ${missed} of ${finishedJobs * 6} over ${finishedJobs} finished jobs (goal 0); shown out of version order ${outOfOrder}`);
    console.log(`  SNS→SQS hop             p50 ${p(hopMs, 50)} ms, p99 ${p(hopMs, 99)} ms over ${hopMs.length} probes`);
    console.log(`  above the hop           p50 ${(percentile(eventDelaysMs, 50) - percentile(hopMs, 50)).toFixed(1)} ms, p99 ${(percentile(eventDelaysMs, 99) - percentile(hopMs, 99)).toFixed(1)} ms (goal ≤ ${GOAL_EVENT_ABOVE_HOP_MS} ms)`);
    if (workerReport.transitions) {
      // The same events split at the worker's own times: the write (the event is stamped when its transition
      // is decided, before the write), the worker's publish, and the rest (bus, API, websocket, this process).
      const parts = { 'decided → stored (the write)': [] as number[], 'stored → published (worker)': [] as number[], 'published → subscriber': [] as number[], 'stored → subscriber': [] as number[] };
      const storedToSubscriber = { duringSubmits: [] as number[], workerAlone: [] as number[] };
      for (const e of workerEvents) {
        const times = workerReport.transitions[e.key];
        if (!times) continue;
        const [storedMs, publishedMs] = times;
        parts['decided → stored (the write)'].push(storedMs - e.atMs);
        parts['stored → published (worker)'].push(publishedMs - storedMs);
        parts['published → subscriber'].push(e.arrivedMs - publishedMs);
        parts['stored → subscriber'].push(e.arrivedMs - storedMs);
        (e.duringSubmits ? storedToSubscriber.duringSubmits : storedToSubscriber.workerAlone).push(e.arrivedMs - storedMs);
      }
      for (const list of [...Object.values(parts), ...Object.values(storedToSubscriber)]) list.sort((a, b) => a - b);
      console.log(`  the same events at the worker's times (p50 / p99 ms over ${parts['stored → subscriber'].length}): ${Object.entries(parts).map(([k, l]) => `${k} ${p(l, 50)} / ${p(l, 99)}`).join(', ')}`);
      const stored = parts['stored → subscriber'];
      console.log(`  stored → subscriber above the hop p50 ${(percentile(stored, 50) - percentile(hopMs, 50)).toFixed(1)} ms, p99 ${(percentile(stored, 99) - percentile(hopMs, 99)).toFixed(1)} ms; stored → subscriber p99 while submits ran ${p(storedToSubscriber.duringSubmits, 99)} ms (${storedToSubscriber.duringSubmits.length} events), worker alone ${p(storedToSubscriber.workerAlone, 99)} ms (${storedToSubscriber.workerAlone.length})`);
    }
    console.log(`(c) worker`);
    if (workerReport.latency) {
      // The event's time is stamped when the transition is decided, before its write: the write and the
      // worker's publish are inside the stage→subscriber delay, the hop probe has neither.
      const ops = Object.entries(workerReport.latency).filter(([op]) => /TransactWriteItems|PublishBatch|BatchGetItem|ReceiveMessage|DeleteMessageBatch|ChangeMessageVisibility|UpdateItem/.test(op));
      console.log(`  worker round trips (p50 / p99 ms): ${ops.map(([op, q]) => `${op} ${q.p50} / ${q.p99}`).join(', ')}`);
    }
    if (modelLatencyMs > 0) {
      const ideal = concurrency / ((2 * modelLatencyMs) / 1000);
      const sustained = steady?.jobsPerS ?? rate;
      const overheadMs = (1000 * concurrency) / sustained - 2 * modelLatencyMs;
      const overallOverheadMs = (elapsed * 1000 * concurrency) / finishedAt.size - 2 * modelLatencyMs;
      console.log(`  ideal (two sequential ${modelLatencyMs} ms model calls per job at concurrency ${concurrency}): ${ideal.toFixed(1)} jobs/s → sustained ${((100 * sustained) / ideal).toFixed(1)}% of ideal (goal ≥ ${GOAL_SHARE_OF_IDEAL * 100}%; overall ${((100 * rate) / ideal).toFixed(1)}%)`);
      console.log(`  per-job time outside model time ≈ ${overheadMs.toFixed(0)} ms per worker slot while saturated (goal ≤ ${GOAL_OVERHEAD_MS} ms; overall ${overallOverheadMs.toFixed(0)} ms)`);
      // Where it goes: the job's own span from its transitions and the double's times, the rest between jobs.
      // Jobs whose final write was decided while every slot was busy (a little before the subscriber saw them).
      const { segments, spanMs } = segmentsOf(timelines.values(), modelLatencyMs, steady ?? undefined);
      const span = summarize(spanMs);
      const fmt = (q: { mean: number; p50: number; p99: number }) => `mean ${q.mean.toFixed(1)}, p50 ${q.p50.toFixed(0)}, p99 ${q.p99.toFixed(0)}`;
      console.log(`  outside model time per job while saturated (ms over ${span.n} jobs with two model calls; worker's and double's clocks, same machine):`);
      for (const [name, list] of Object.entries(segments)) console.log(`    ${name.padEnd(34)} ${fmt(summarize(list))}`);
      console.log(`    ${'redaction write → final write'.padEnd(34)} ${fmt(span)}`);
      console.log(`    ${'between jobs (slot cycle − span)'.padEnd(34)} mean ${(overheadMs - span.mean).toFixed(1)}: the final write and publish, the slot's next receive, the next job's read and redaction`);
      const repairs = bedrock!.calls.filter((c) => isRepair(c.body));
      const repairsBy = (tool: string): number => repairs.filter((c) => toolOf(c.body) === tool).length;
      console.log(`  ${bedrock!.calls.length} Converse calls, of which repair turns: summarizer ${repairsBy('submit_summary')}, coder ${repairsBy('submit_codes')}`);
    }
    for (const [name, r, per, unit] of [['worker', workerReport, finishedAt.size, 'job'], ['API', apiReport, submitted, 'submit']] as const) {
      if (r.usage) {
        console.log(`  ${name} process: ${(r.usage.cpuMs / per).toFixed(1)} CPU ms per ${unit}, ${(r.usage.cpuMs / r.usage.wallMs).toFixed(2)} cores on average, event loop busy ${(100 * r.usage.eventLoopUtilization).toFixed(0)}% of the time (near 100%: bound by its own CPU, not by round trips)`);
        if (name === 'worker') console.log(`    one event loop's ceiling at that CPU cost: ${((1000 * per) / r.usage.cpuMs).toFixed(1)} jobs/s`);
      }
    }
    printCalls(`  AWS calls per job in the worker process (${finishedAt.size} jobs; idle polls and sweeps included):`, workerReport.calls, finishedAt.size);
    printCalls(`  AWS calls per submit in the API process (${submitted} submits; event delivery and subscription reads included):`, apiReport.calls, submitted);
  } finally {
    hop.stop();
    for (const child of processes.reverse()) await child.stop().catch(() => undefined);
    destroyAwsClients(clientsAws);
    await infra.stop();
    await bedrock?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function printCalls(title: string, calls: Record<string, number> | undefined, per: number): void {
  if (!calls) return void console.log(`${title} not reported`);
  console.log(title);
  const rows = Object.entries(calls).sort(([, a], [, b]) => b - a);
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  for (const [op, n] of rows) console.log(`    ${op.padEnd(40)} ${(n / per).toFixed(2).padStart(7)}  (${n})`);
  console.log(`    ${'total'.padEnd(40)} ${(total / per).toFixed(2).padStart(7)}  (${total})`);
}

/**
 * Publishes a timestamped probe to a topic of its own every HOP_PROBE_INTERVAL_MS and reads it from a
 * queue subscribed with raw delivery, polled the way the API's SnsEventBus polls its instance queue:
 * the floor under any stage→subscriber delay.
 */
class HopProbe {
  private readonly delaysMs: number[] = [];
  private readonly abort = new AbortController();
  private timer?: NodeJS.Timeout;

  constructor(private readonly aws: AwsClients) {}

  async start(): Promise<void> {
    const name = `bench-hop-${randomBytes(4).toString('hex')}`;
    const { TopicArn } = await this.aws.sns.send(new CreateTopicCommand({ Name: name }));
    const { QueueUrl } = await this.aws.sqs.send(new CreateQueueCommand({ QueueName: name }));
    const arn = await queueArn(this.aws.sqs, QueueUrl!);
    await this.aws.sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { MessageRetentionPeriod: '600' } }));
    await this.aws.sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: arn, Attributes: { RawMessageDelivery: 'true' } }));
    void this.poll(QueueUrl!);
    this.timer = setInterval(() => {
      void this.aws.sns.send(new PublishCommand({ TopicArn, Message: String(Date.now()) })).catch(() => undefined);
    }, HOP_PROBE_INTERVAL_MS);
  }

  private async poll(queueUrl: string): Promise<void> {
    while (!this.abort.signal.aborted) {
      try {
        const { Messages = [] } = await this.aws.sqs.send(
          new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 20 }),
          { abortSignal: this.abort.signal },
        );
        const now = Date.now();
        for (const m of Messages) this.delaysMs.push(now - Number(m.Body));
        if (Messages.length) {
          void this.aws.sqs
            .send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: Messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })) }))
            .catch(() => undefined);
        }
      } catch {
        if (this.abort.signal.aborted) return;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  stop(): number[] {
    if (this.timer) clearInterval(this.timer);
    this.abort.abort();
    return [...this.delaysMs];
  }
}

interface ProcessUsage {
  cpuMs: number;
  wallMs: number;
  eventLoopUtilization: number;
}

type Quantiles = { p50: number; p99: number; n: number };

interface RoleReport {
  calls?: Record<string, number>;
  /** Round trips by operation, ms. */
  latency?: Record<string, Quantiles>;
  /** API only: the submit's phases inside the service, ms (every accepted submit, load and probe). */
  phases?: Record<string, Quantiles>;
  usage?: ProcessUsage;
  /** Worker only: "jobId/version" → [stored, published] epoch ms. */
  transitions?: Record<string, [number, number]>;
}

interface RoleProcess {
  /** The GraphQL URL (api) or "worker", once it serves. */
  ready: Promise<string>;
  /** SIGTERM, graceful stop; what it counted (absent if it did not report). */
  stop(): Promise<RoleReport>;
}

/** Spawns `node dist/src/cli/benchRole.js <role>` with the bench's configuration. */
function spawnRole(role: 'api' | 'worker', env: Record<string, string>): RoleProcess {
  // BENCH_CPU_PROF_DIR=dir: each role writes a V8 CPU profile there when it stops (Node refuses --cpu-prof in NODE_OPTIONS).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`, `--cpu-prof-name=${role}.cpuprofile`] : [];
  const child = spawn(process.execPath, [...profile, path.join(__dirname, 'benchRole.js'), role], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const report: RoleReport = {};
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} did not start within ${STARTUP_TIMEOUT_MS} ms`)), STARTUP_TIMEOUT_MS);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith(`${READY_LINE} `)) {
          clearTimeout(timer);
          resolve(line.slice(READY_LINE.length + 1));
        } else if (line.startsWith(`${CALLS_LINE} `)) {
          report.calls = JSON.parse(line.slice(CALLS_LINE.length + 1)) as Record<string, number>;
        } else if (line.startsWith(`${LATENCY_LINE} `)) {
          report.latency = JSON.parse(line.slice(LATENCY_LINE.length + 1)) as RoleReport['latency'];
        } else if (line.startsWith(`${PHASES_LINE} `)) {
          report.phases = JSON.parse(line.slice(PHASES_LINE.length + 1)) as RoleReport['phases'];
        } else if (line.startsWith(`${TRANSITIONS_LINE} `)) {
          report.transitions = JSON.parse(line.slice(TRANSITIONS_LINE.length + 1)) as RoleReport['transitions'];
        } else if (line.startsWith(`${PROCESS_LINE} `)) {
          report.usage = JSON.parse(line.slice(PROCESS_LINE.length + 1)) as ProcessUsage;
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${role} exited early (${code})`));
    });
  });
  ready.catch(() => undefined);
  let stopping: Promise<RoleReport> | undefined;
  return {
    ready,
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
        return report;
      })()),
  };
}
