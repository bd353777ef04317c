// Owns `npm run bench -- <suite>`: performance figures printed as medians over repeated passes
// (never asserted in tests: the machines are shared and noisy). Suites: engine.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { ClinicalEngine } from '../engine';
import { loadCodeSet } from '../engine/icd10';
import { redact } from '../engine/phi';
import { analyzeText } from '../engine/text';
import { benchPipeline } from './benchPipeline';

const DEFAULT_SHARED = path.resolve(process.cwd(), '../shared/eval');

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
  mbPerS: number;
  notesPerS: number;
  p50Ms: number;
  p99Ms: number;
}

function measure(texts: string[], passes: number, fn: (t: string) => unknown): StageFigures {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of texts) fn(t); // warm-up pass: JIT and lazy indexes
  const passSeconds: number[] = [];
  const latencies: number[] = [];
  for (let p = 0; p < passes; p++) {
    const start = performance.now();
    for (const t of texts) {
      const s = performance.now();
      fn(t);
      latencies.push(performance.now() - s);
    }
    passSeconds.push((performance.now() - start) / 1000);
  }
  const sec = median(passSeconds);
  latencies.sort((a, b) => a - b);
  return { mbPerS: bytes / 1e6 / sec, notesPerS: texts.length / sec, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
}

function benchEngine(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      notes: { type: 'string', default: path.join(DEFAULT_SHARED, 'notes/notes.jsonl') },
      codiesp: { type: 'string', default: path.join(DEFAULT_SHARED, 'codiesp/dev.jsonl') },
      passes: { type: 'string', default: '3' },
      'fiscal-year': { type: 'string' },
    },
  });
  const passes = Math.max(1, Number(values.passes) || 3);
  const t0 = performance.now();
  const codeSet = loadCodeSet(values['fiscal-year'] ? Number(values['fiscal-year']) : undefined);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const engine = new ClinicalEngine({ codeSet });
  const engineInitMs = performance.now() - t1;
  console.log(`code set ${codeSet.version}: load ${loadMs.toFixed(0)} ms; engine (lexicon) init ${engineInitMs.toFixed(0)} ms`);
  console.log(`single thread (= per core), median of ${passes} passes after a warm-up pass`);
  const corpora: Array<[string, string]> = [
    ['notes', values.notes!],
    ['codiesp', values.codiesp!],
  ];
  const header = `${'corpus'.padEnd(9)}${'stage'.padEnd(22)}${'MB/s'.padStart(8)}${'notes/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`;
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
      console.log(`${name.padEnd(9)}${stage.padEnd(22)}${f.mbPerS.toFixed(2).padStart(8)}${f.notesPerS.toFixed(0).padStart(10)}${f.p50Ms.toFixed(2).padStart(9)}${f.p99Ms.toFixed(2).padStart(9)}`);
    }
    console.log(`${name.padEnd(9)}(${texts.length} notes, ${mb.toFixed(2)} MB)`);
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; heap used now ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
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
    default:
      console.error(
        'Usage: npm run bench -- engine [--notes FILE] [--codiesp FILE] [--passes N]\n' +
          '       npm run bench -- pipeline [--jobs 300] [--clients 50] [--concurrency 8] [--model-latency MS] [--preload] [--notes FILE]',
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
