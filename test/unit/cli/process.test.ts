import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../src/cli/main';

function capture(): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('chartcoder CLI', () => {
  const fixture = path.join(__dirname, '../../fixtures/notes.jsonl');
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chartcoder-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('process writes one result per note, reports malformed lines by number and keeps going', async () => {
    const out = path.join(dir, 'results.jsonl');
    const stdout = capture();
    const stderr = capture();
    const code = await main(['process', '--input', fixture, '--output', out], { stdout: stdout.stream, stderr: stderr.stream });
    expect(code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['syn-1', 'syn-2', 'syn-4', 'syn-5']);
    expect(stderr.text()).toContain('line 3: skipped, not valid JSON');
    expect(stderr.text()).toContain('line 4: skipped, "text" is missing or not a string');
    // No note text in diagnostics.
    expect(stderr.text()).not.toContain('not json at all');

    const inputs = fs.readFileSync(fixture, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    const byId = new Map(inputs.map((r) => [r.id, r.text as string]));
    for (const result of lines) {
      const text = byId.get(result.id)!;
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining(['id', 'redactedText', 'phi', 'summary', 'codes', 'rejectedCodes', 'needsReview', 'reviewReasons', 'timingsMs']),
      );
      for (const c of result.codes) {
        expect(c.billable).toBe(true);
        expect(c.code).toMatch(/^[A-Z][0-9A-Z]{2}(\.[0-9A-Z]{1,4})?$/);
        expect(c.evidence.length).toBeGreaterThan(0);
        for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
      for (const p of result.phi) expect(p.end).toBeGreaterThan(p.start);
    }

    const first = lines[0];
    expect(first.redactedText).not.toContain('Quimby');
    expect(first.redactedText).not.toContain('555-201-3344');
    expect(first.redactedText).toContain('[NAME]');
    const codes = first.codes.map((c: { code: string }) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['E11.22', 'N18.31']));
    expect(codes).not.toContain('R07.9'); // chest pain is denied
    expect(first.summary.sections.length).toBeGreaterThan(0);

    const empty = lines.find((l) => l.id === 'syn-4');
    expect(empty.codes).toEqual([]);
    expect(empty.needsReview).toBe(true);
  });

  it('process --redaction SURROGATE|MASK replaces PHI in that mode; a seed makes it reproducible; a bad mode is a usage error', async () => {
    const run = async (...extra: string[]): Promise<Array<{ id: string; redactedText: string; redaction: string; phi: { start: number; end: number }[] }>> => {
      const out = path.join(dir, `r-${extra.join('-')}.jsonl`);
      expect(await main(['process', '--input', fixture, '--output', out, ...extra], { stdout: capture().stream, stderr: capture().stream })).toBe(0);
      return fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    };
    const inputs = new Map(fs.readFileSync(fixture, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).map((r) => [r.id, r.text as string]));
    const surrogate = await run('--redaction', 'surrogate', '--surrogate-seed', 'run-1');
    expect(surrogate[0].redaction).toBe('SURROGATE');
    expect(surrogate[0].redactedText).not.toContain('Quimby');
    expect(surrogate[0].redactedText).not.toContain('[NAME]');
    expect((await run('--redaction', 'surrogate', '--surrogate-seed', 'run-1'))[0].redactedText).toBe(surrogate[0].redactedText);
    const masked = await run('--redaction', 'MASK');
    for (const r of masked) expect(r.redactedText.length).toBe(inputs.get(r.id)!.length);
    expect(masked[0].redactedText).not.toContain('Quimby');
    const stderr = capture();
    expect(await main(['process', '--input', fixture, '--output', path.join(dir, 'x'), '--redaction', 'SHRED'], { stdout: capture().stream, stderr: stderr.stream })).toBe(1);
    expect(stderr.text()).toContain('BAD_USER_INPUT: --redaction expects one of TAG, SURROGATE, MASK');
  });

  it('code-lookup prints a code with its hierarchy', async () => {
    const stdout = capture();
    const stderr = capture();
    expect(await main(['code-lookup', 'e1122'], { stdout: stdout.stream, stderr: stderr.stream })).toBe(0);
    const entry = JSON.parse(stdout.text());
    expect(entry).toMatchObject({ code: 'E11.22', billable: true, codeSetVersion: 'ICD-10-CM FY2027' });
    expect(entry.block.range).toBe('E08-E13');
  });

  it('code-lookup gives a typed error for unknown and malformed codes', async () => {
    const stderr = capture();
    expect(await main(['code-lookup', 'Z99.999'], { stdout: capture().stream, stderr: stderr.stream })).toBe(1);
    expect(stderr.text()).toContain('UNKNOWN_CODE');
    const stderr2 = capture();
    expect(await main(['code-lookup', '12345'], { stdout: capture().stream, stderr: stderr2.stream })).toBe(1);
    expect(stderr2.text()).toContain('INVALID_CODE');
  });

  it('code-search lists matching codes', async () => {
    const stdout = capture();
    expect(await main(['code-search', 'diabetic', 'kidney', '--limit', '5'], { stdout: stdout.stream, stderr: capture().stream })).toBe(0);
    const rows = stdout.text().trim().split('\n');
    expect(rows).toHaveLength(5);
    expect(stdout.text()).toContain('E11.22');
  });

  it('unknown commands and missing options exit with usage (2)', async () => {
    expect(await main(['frobnicate'], { stdout: capture().stream, stderr: capture().stream })).toBe(2);
    expect(await main(['process', '--input', fixture], { stdout: capture().stream, stderr: capture().stream })).toBe(2);
  });
});
