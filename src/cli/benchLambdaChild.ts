// Owns one sample of `npm run bench -- lambda`: a fresh Node process standing for a new Lambda execution
// environment. It loads the production handler from the copied production file set, builds its
// composition root, runs the first SQS event, then the warm ones, and prints the wall time, CPU time (all
// threads of this process: getrusage) and peak RSS of each phase on one line for the bench to read.
// Only Node built-ins here: nothing of the bench's own module graph may warm the handler's.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export const SAMPLE_LINE = 'LAMBDA_SAMPLE';
/** What the fake context tells the handler is left of the function's timeout (the infra's 900 s maximum). */
const FUNCTION_TIMEOUT_MS = 900_000;

export interface PhaseFigures {
  wallMs: number;
  cpuMs: number;
  /** Peak resident set of the process at the end of the phase. */
  maxRssMb: number;
}

export interface SampleReport {
  /** Node start-up and loading the handler module: what Lambda's INIT phase runs for this CommonJS build. */
  load: PhaseFigures;
  /** Composition root (config, clients, engine, code set, lexicon, models): the first invocation runs it. */
  root: PhaseFigures;
  first: PhaseFigures;
  warm: PhaseFigures[];
  /** Records reported back per invocation (first, then warm): 0 when every job finished. */
  failures: number[];
}

interface LambdaModule {
  init(): Promise<void>;
  handler(event: { Records: unknown[] }, context: { getRemainingTimeInMillis(): number }): Promise<{ batchItemFailures: unknown[] }>;
}

async function main(): Promise<void> {
  const [handlerFile, eventsFile] = process.argv.slice(2);
  if (!handlerFile || !eventsFile) throw new Error('usage: benchLambdaChild <handler.js> <events.json>');
  const events = JSON.parse(fs.readFileSync(eventsFile, 'utf8')) as Array<{ Records: unknown[] }>;
  // performance.now() and process.cpuUsage() both count from the start of this process.
  let wallMark = 0;
  let cpuMark = 0;
  const phase = (): PhaseFigures => {
    const wall = performance.now();
    const u = process.cpuUsage();
    const cpu = (u.user + u.system) / 1000;
    const figures = { wallMs: wall - wallMark, cpuMs: cpu - cpuMark, maxRssMb: process.resourceUsage().maxRSS / 1024 };
    wallMark = wall;
    cpuMark = cpu;
    return figures;
  };
  const lambda = require(handlerFile) as LambdaModule;
  const load = phase();
  await lambda.init();
  const root = phase();
  const invoke = async (event: { Records: unknown[] }): Promise<number> => {
    const startedMs = Date.now();
    const result = await lambda.handler(event, { getRemainingTimeInMillis: () => FUNCTION_TIMEOUT_MS - (Date.now() - startedMs) });
    return result.batchItemFailures.length;
  };
  const failures = [await invoke(events[0]!)];
  const first = phase();
  const warm: PhaseFigures[] = [];
  for (const event of events.slice(1)) {
    failures.push(await invoke(event));
    warm.push(phase());
  }
  const report: SampleReport = { load, root, first, warm, failures };
  process.stdout.write(`${SAMPLE_LINE} ${JSON.stringify(report)}\n`);
}

if (require.main === module) {
  main().then(
    // The handler keeps its clients (keep-alive sockets) for the next invocation, as Lambda freezes rather than ends them.
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`bench lambda sample failed: ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
