// Owns the developer runner for the PHI redactor: metrics on a gold JSONL file, the misses and false
// positives (printed to the terminal only, never written into the repo), and throughput.
// usage: node dist/scripts/phi-dev.js <dev.jsonl> [--misses] [--fps] [--bench]
import { readFileSync } from 'node:fs';
import { redact } from '../src/engine/phi';
import { evaluatePhi, type PhiGoldRecord } from '../src/eval/phi';

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error('usage: phi-dev <gold.jsonl> [--misses] [--fps] [--bench]');
  process.exit(2);
}
const records: PhiGoldRecord[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const report = evaluatePhi(records, redact);
const fmt = (x: number): string => x.toFixed(4);
for (const [name, m] of [['without bare years (keepYears=true)', report.withoutYears], ['with years (keepYears=false)', report.withYears]] as const) {
  console.log(`${name}: recall ${fmt(m.recall)} (${m.caughtTokens}/${m.goldTokens})  precision ${fmt(m.precision)} (${m.truePositiveTokens}/${m.redactedTokens})  leaks ${m.leaks}/${m.goldSpans}`);
  console.log('  per type: ' + Object.entries(m.perType).map(([t, v]) => `${t} ${fmt(v.recall)} (${v.caughtTokens}/${v.goldTokens})`).join(', '));
}

const ctx = (t: string, a: number, b: number): string =>
  (t.slice(Math.max(0, a - 35), a) + '<<' + t.slice(a, b) + '>>' + t.slice(b, b + 25)).replace(/\s+/g, ' ');
if (flags.includes('--misses') || flags.includes('--fps')) {
  for (const r of records) {
    const red = redact(r.text, { keepYears: true });
    const covered = new Uint8Array(r.text.length + 1);
    for (const s of red.spans) covered.fill(1, s.start, s.end);
    const gold = new Uint8Array(r.text.length + 1);
    for (const g of r.phi) gold.fill(1, g.start, g.end);
    if (flags.includes('--misses')) {
      for (const g of r.phi) {
        if (g.type === 'DateYear') continue;
        let miss = false;
        for (let x = g.start; x < g.end; x++) if (!covered[x] && /[\p{L}\p{N}]/u.test(r.text[x])) miss = true;
        if (miss) console.log(`MISS ${g.type}\t${ctx(r.text, g.start, g.end)}`);
      }
    }
    if (flags.includes('--fps')) {
      for (const s of red.spans) {
        let hit = false;
        for (let x = s.start; x < s.end; x++) if (gold[x]) hit = true;
        if (!hit) console.log(`FP ${s.type}\t${ctx(r.text, s.start, s.end)}`);
      }
    }
  }
}
if (flags.includes('--bench')) {
  // CPU time as well as wall time: on a shared 2-core machine wall time mostly measures the neighbours.
  const texts = records.map((r) => r.text);
  const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  for (const t of texts) redact(t);
  const rounds = 5;
  const wall0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let rep = 0; rep < rounds; rep++) for (const t of texts) redact(t);
  const cpu = process.cpuUsage(cpu0);
  const wallS = Number(process.hrtime.bigint() - wall0) / 1e9;
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`throughput over ${rounds}x${texts.length} notes (${(mb * rounds).toFixed(1)} MB): ${(mb * rounds / cpuS).toFixed(1)} MB/s per CPU-second, ${(mb * rounds / wallS).toFixed(1)} MB/s wall`);
  const one = texts.join('\n');
  const c1 = process.cpuUsage();
  redact(one);
  const cs = process.cpuUsage(c1);
  console.log(`one ${(one.length / 1e6).toFixed(2)} MB text: ${(one.length / 1e6 / ((cs.user + cs.system) / 1e6)).toFixed(1)} MB/s per CPU-second`);
}
