// Owns the unit tests of `chartcoder explain-phi`: each span printed with its type, recognizers and cue; --list.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { cueBefore, explainPhi } from '../../../src/cli/explainPhi';
import { main } from '../../../src/cli/main';

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('explain-phi', () => {
  it('prints every span with its type, recognizers and the label before it, and skips bad lines', async () => {
    const input = Readable.from([
      JSON.stringify({ id: 'n1', text: 'MRN: 00482913\nDOB: 04/17/1950\nPlan: rest.' }) + '\n',
      'not json\n',
    ]);
    const out = collect();
    const err = collect();
    const stats = await explainPhi({ input, output: out.stream, errors: err.stream });
    expect(stats).toEqual({ notes: 1, spans: 2, malformed: 1 });
    const lines = out.text().split('\n');
    expect(lines[0]).toBe('== n1: 2 spans');
    expect(lines[1]).toMatch(/MRN\s+"00482913"\s+by .*mrn\.labelled.*after "MRN:"/);
    expect(lines[2]).toMatch(/DATE\s+"04\/17\/1950"\s+by .*field\.date.*after "DOB:"/);
    expect(err.text()).toContain('line 2: not JSON');
  });

  it('reads the cue on the same line only', () => {
    expect(cueBefore('Seen\nby Dr. X', 11)).toBe('by Dr.');
  });
});

describe('chartcoder explain-phi (command line)', () => {
  it('lists every recognizer with its type and format', async () => {
    const out = collect();
    expect(await main(['explain-phi', '--list'], { stdout: out.stream, stderr: collect().stream })).toBe(0);
    expect(out.text()).toMatch(/^vehicle\.vin\s+VEHICLE\s+vehicle identification number/m);
    expect(out.text()).toMatch(/^signature\.electronic\s+NAME/m);
  });

  it('explains a JSON Lines file and needs --input', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'explain-')), 'notes.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'a', text: 'Attending: Orla Vantreese, MD' }) + '\n');
    const out = collect();
    const err = collect();
    expect(await main(['explain-phi', '--input', file], { stdout: out.stream, stderr: err.stream })).toBe(0);
    expect(out.text()).toMatch(/NAME\s+"Orla Vantreese"\s+by .*field\.attending.*after "Attending:"/);
    expect(err.text()).toContain('1 notes, 1 spans, 0 lines skipped');
    expect(await main(['explain-phi'], { stdout: collect().stream, stderr: collect().stream })).toBe(2);
  });
});
