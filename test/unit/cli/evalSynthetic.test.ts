// Owns the unit test of `npm run eval -- --phi-synthetic`: the corpus dump is in the deid development
// format, the report carries per-style, per-kind and protected-term figures, and bad flags are refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runEval } from '../../../src/cli/eval';

describe('eval --phi-synthetic', () => {
  let dir: string;
  let log: jest.SpyInstance;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartcoder-eval-'));
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    log.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('dumps the corpus as deid-format JSON Lines and reports recall per style and kind', async () => {
    const dump = path.join(dir, 'corpus.jsonl');
    const out = path.join(dir, 'report.json');
    const code = await runEval(['--phi-synthetic', '--seed', '11', '--notes', '33', '--dump', dump, '--out', out]);
    expect(code).toBe(0);
    const records = fs.readFileSync(dump, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(33);
    for (const r of records) {
      expect(typeof r.text).toBe('string');
      for (const s of r.phi) expect(Object.keys(s).sort()).toEqual(['end', 'start', 'type']);
    }
    const report = JSON.parse(fs.readFileSync(out, 'utf8')).phiSynthetic;
    expect(report.seed).toBe(11);
    expect(report.notes).toBe(33);
    expect(Object.keys(report.perStyle).length).toBe(11);
    expect(Object.keys(report.perKind).length).toBeGreaterThan(30);
    expect(report.protectedTerms.spans).toBeGreaterThan(0);
    expect(report.goldSpans).toBe(records.reduce((n, r) => n + r.phi.length, 0));
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    expect(printed).toContain('token recall (bare years excluded)');
    expect(printed).toContain('protected terms redacted');
  });

  it('refuses a malformed seed', async () => {
    await expect(runEval(['--phi-synthetic', '--seed', 'abc'])).rejects.toThrow('--seed expects a non-negative integer');
  });
});
