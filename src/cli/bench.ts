// Owns `npm run bench -- <suite>`: performance figures printed as medians over repeated passes
// (never asserted in tests: the machines are shared and noisy). Suites: engine.
import fs from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { ClinicalEngine } from '../engine';
import { loadCodeSet, loadKnowledge } from '../engine/icd10';
import { redact } from '../engine/phi';
import { analyzeText } from '../engine/text';
import { benchPipeline } from './benchPipeline';
import { benchProtections } from './benchProtections';
import { benchLambda } from './benchLambda';

/** The development sets beside the checkout (../shared), or beside its parent for a git worktree (../../shared). */
const DEFAULT_SHARED =
  ['../shared/eval', '../../shared/eval'].map((p) => path.resolve(process.cwd(), p)).find((p) => fs.existsSync(p)) ??
  path.resolve(process.cwd(), '../shared/eval');

export function readJsonl(file: string): Array<Record<string, unknown>> {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

interface StageFigures {
  /** Per CPU-second of the whole process (all threads, garbage collection included): what a deployment pays for. */
  mbPerCpuS: number;
  mbPerS: number;
  notesPerS: number;
  p50Ms: number;
  p99Ms: number;
}

function measure(texts: string[], passes: number, fn: (t: string) => unknown): StageFigures {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of texts) fn(t); // warm-up pass: JIT and lazy indexes
  const passSeconds: number[] = [];
  const passCpuSeconds: number[] = [];
  const latencies: number[] = [];
  for (let p = 0; p < passes; p++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const t of texts) {
      const s = performance.now();
      fn(t);
      latencies.push(performance.now() - s);
    }
    passSeconds.push((performance.now() - start) / 1000);
    passCpuSeconds.push(cpuSeconds(process.cpuUsage(cpu)));
  }
  const sec = median(passSeconds);
  latencies.sort((a, b) => a - b);
  return {
    mbPerCpuS: bytes / 1e6 / median(passCpuSeconds),
    mbPerS: bytes / 1e6 / sec,
    notesPerS: texts.length / sec,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

function cpuSeconds(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1e6;
}

/**
 * CPU seconds of a whole `chartcoder process` run in a fresh Node process (module loading, code set, lexicons,
 * every thread and GC), read by the child itself at exit: what one CLI invocation or one cold worker costs.
 */
function cliCpuSeconds(input: string): { cpuS: number; wallS: number } {
  const cli = path.resolve(__dirname, 'main.js');
  const script = `require(${JSON.stringify(cli)}).main(['process','--input',${JSON.stringify(input)},'--output','/dev/null'],{stdout:require('fs').createWriteStream('/dev/null'),stderr:require('fs').createWriteStream('/dev/null')}).then(()=>{const u=process.cpuUsage();process.stderr.write(JSON.stringify({cpu:(u.user+u.system)/1e6,wall:process.uptime()}))})`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench: chartcoder process exited ${r.status}`);
  const m = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{')));
  return { cpuS: m.cpu, wallS: m.wall };
}

function benchStartup(notesFile: string | undefined, runs: number): void {
  const empty = path.join(os.tmpdir(), `chartcoder-bench-${process.pid}.jsonl`);
  fs.writeFileSync(empty, JSON.stringify({ id: 'start-up', text: 'Essential hypertension.' }) + '\n');
  try {
    const start = Array.from({ length: runs }, () => cliCpuSeconds(empty));
    console.log(
      `CLI start-up (one-line input, fresh process, median of ${runs}): ${median(start.map((s) => s.cpuS)).toFixed(2)} CPU-s, ` +
        `${median(start.map((s) => s.wallS)).toFixed(2)} s wall`,
    );
    if (notesFile && fs.existsSync(notesFile)) {
      const mb = fs.statSync(notesFile).size / 1e6;
      const whole = cliCpuSeconds(notesFile);
      const work = Math.max(1e-9, whole.cpuS - median(start.map((s) => s.cpuS)));
      console.log(
        `CLI process ${path.basename(notesFile)} (${mb.toFixed(2)} MB): ${whole.cpuS.toFixed(2)} CPU-s in all = ${(mb / whole.cpuS).toFixed(2)} MB per CPU-s; ` +
          `after start-up ${(mb / work).toFixed(2)} MB per CPU-s`,
      );
    }
  } finally {
    fs.rmSync(empty, { force: true });
  }
}

function benchEngine(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      notes: { type: 'string', default: path.join(DEFAULT_SHARED, 'notes/notes.jsonl') },
      codiesp: { type: 'string', default: path.join(DEFAULT_SHARED, 'codiesp/dev.jsonl') },
      passes: { type: 'string', default: '3' },
      'fiscal-year': { type: 'string' },
      'no-startup': { type: 'boolean' },
    },
  });
  const passes = Math.max(1, Number(values.passes) || 3);
  // CPU seconds inflate on a busy machine too (shared caches, hyper-threads): the load says how far to trust them.
  console.log(`machine: ${os.cpus().length} CPUs, load average ${loadAverage()} at start`);
  const t0 = performance.now();
  const codeSet = loadCodeSet(values['fiscal-year'] ? Number(values['fiscal-year']) : undefined);
  const loadMs = performance.now() - t0;
  // The coding knowledge base (Index, Tabular notes) is loaded once per year; its own clock says how long.
  const knowledge = loadKnowledge(codeSet.fiscalYear);
  console.log(`knowledge base FY${knowledge.fiscalYear}: load ${knowledge.loadMs.toFixed(0)} ms`);
  const t1 = performance.now();
  const engine = new ClinicalEngine({ codeSet });
  const engineInitMs = performance.now() - t1;
  console.log(`code set ${codeSet.version}: load ${loadMs.toFixed(0)} ms; engine (lexicon) init ${engineInitMs.toFixed(0)} ms`);
  console.log(`single thread (= per core), median of ${passes} passes after a warm-up pass; MB/CPU-s counts every thread of the process`);
  const corpora: Array<[string, string]> = [
    ['notes', values.notes!],
    ['codiesp', values.codiesp!],
  ];
  const header = `${'corpus'.padEnd(9)}${'stage'.padEnd(22)}${'MB/CPU-s'.padStart(9)}${'MB/s'.padStart(8)}${'notes/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`;
  console.log(header);
  for (const [name, file] of corpora) {
    if (!fs.existsSync(file)) {
      console.log(`${name.padEnd(9)}(skipped: ${file} not found)`);
      continue;
    }
    const texts = readJsonl(file).map((r) => String(r.text ?? ''));
    const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
    const stages: Array<[string, (t: string) => unknown]> = [
      ['redact', (t) => redact(t)],
      ['analyse+code', (t) => {
        const a = analyzeText(t);
        return engine.propose(a);
      }],
      ['whole engine', (t) => engine.process(t)],
    ];
    for (const [stage, fn] of stages) {
      const f = measure(texts, passes, fn);
      console.log(`${name.padEnd(9)}${stage.padEnd(22)}${f.mbPerCpuS.toFixed(2).padStart(9)}${f.mbPerS.toFixed(2).padStart(8)}${f.notesPerS.toFixed(0).padStart(10)}${f.p50Ms.toFixed(2).padStart(9)}${f.p99Ms.toFixed(2).padStart(9)}`);
    }
    console.log(`${name.padEnd(9)}(${texts.length} notes, ${mb.toFixed(2)} MB)`);
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; heap used now ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  if (!values['no-startup']) benchStartup(values.notes, 3);
  console.log(`machine: load average ${loadAverage()} at end`);
}

function loadAverage(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}

export async function runBench(argv: string[]): Promise<number> {
  const [suite, ...rest] = argv;
  switch (suite) {
    case 'engine':
      benchEngine(rest);
      return 0;
    case 'pipeline':
      await benchPipeline(rest);
      return 0;
    case 'protections':
      await benchProtections(rest);
      return 0;
    case 'lambda':
      await benchLambda(rest);
      return 0;
    default:
      console.error(
        'Usage: npm run bench -- engine [--notes FILE] [--codiesp FILE] [--passes N] [--no-startup]\n' +
          '       npm run bench -- pipeline [--jobs 300] [--clients 50] [--concurrency 8] [--model-latency MS] [--preload] [--notes FILE]\n' +
          '       npm run bench -- protections [--submits 200] [--clients 20] [--rounds 3]\n' +
          '       npm run bench -- lambda [--samples 10] [--warm 3] [--model local|bedrock] [--notes FILE] [--sample-timeout-ms 180000] [--write-figures FILE]',
      );
      return 2;
  }
}

if (require.main === module) {
  runBench(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
