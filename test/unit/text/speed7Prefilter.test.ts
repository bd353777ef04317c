// Owns the safety check of the literal prefilter that gates the PHI registry: the registry skips an unanchored
// (whole-note) pattern when the prefilter says its required strings are absent, which is only safe if the
// prefilter never misses a pattern that matches.
import fs from 'node:fs';
import path from 'node:path';
import { RulePrefilter } from '../../../src/engine/text/literalPrefilter';
import { DEFAULT_PATTERN_RECOGNIZERS, RecognizerRegistry } from '../../../src/engine/phi/recognizers';
import type { PatternRecognizerDef } from '../../../src/engine/phi/recognizers/types';

const unanchored = DEFAULT_PATTERN_RECOGNIZERS.filter((d) => !d.anchored);
const plain = (flags = 'gi') => flags.replace(/[gy]/g, '');

/** Synthetic texts: each recognizer's own description (it quotes the format it serves) and the synthetic fixture notes. */
function texts(): string[] {
  const out = DEFAULT_PATTERN_RECOGNIZERS.map((d) => d.description);
  const fixture = path.join(__dirname, '../../fixtures/notes.jsonl');
  for (const line of fs.readFileSync(fixture, 'utf8').split('\n')) if (line.trim().startsWith('{')) out.push(String(JSON.parse(line).text ?? ''));
  out.push('Image saved as IMG_2231.JPG and scan-04.pdf; UDI (01)00844588003288(17)141120; PID|1||12345^^^MRN');
  return out;
}

describe('literal prefilter gating the PHI registry\'s whole-note patterns', () => {
  const prefilter = new RulePrefilter(unanchored.map((d) => new RegExp(d.pattern, plain(d.flags))));

  it('marks every pattern that matches a text as a candidate there (no match is ever skipped)', () => {
    let matched = 0;
    for (const text of texts()) {
      const possible = prefilter.candidates(text);
      unanchored.forEach((d, i) => {
        if (new RegExp(d.pattern, plain(d.flags)).test(text)) {
          matched++;
          expect({ name: d.name, candidate: possible[i] }).toEqual({ name: d.name, candidate: 1 });
        }
      });
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('rules a file-name pattern out of a note without any file extension', () => {
    const i = unanchored.findIndex((d) => d.name === 'id.file-name');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(prefilter.candidates('Chest pain, troponin negative. Follow up in 2 weeks.')[i]).toBe(0);
    expect(prefilter.candidates('Photo attached: wound_0412.jpg')[i]).toBe(1);
  });

  it('the registry finds the same spans before and after its gate is built (after ~20k characters read)', () => {
    const registry = new RecognizerRegistry();
    const knowledge = { knowledge: { isCommonWord: () => false } };
    const text = 'Photo attached: wound_0412.jpg\nPID|1||448812^^^HOSP^MR||Thistlewood^Quilla\nDOB: 03/12/1947';
    const spans = () => {
      const found: string[] = [];
      registry.run(text, [], (s, e, _t, name) => found.push(`${name}:${text.slice(s, e)}`), knowledge);
      return found.sort();
    };
    const ungated = spans();
    registry.run('Chest pain, troponin negative. '.repeat(800), [], () => undefined, knowledge);
    const gated = spans();
    expect(ungated).toContain('id.file-name:wound_0412.jpg');
    expect(ungated.some((f) => f.startsWith('hl7.'))).toBe(true);
    expect(gated).toEqual(ungated);
  });
});

describe('the registry\'s gate counts the characters its table read in the whole process', () => {
  // A table of patterns no other test builds (an extra recognizer), so this process has read nothing through it yet.
  const probe: PatternRecognizerDef = { name: 'test.gate-probe', type: 'ID', description: 'a probe: GATEPROBE-123456', pattern: String.raw`\bGATEPROBE-\d{6}\b` };
  const table = [...DEFAULT_PATTERN_RECOGNIZERS, probe];
  const knowledge = { knowledge: { isCommonWord: () => false } };
  const note = 'Photo attached: wound_0412.jpg\nRef GATEPROBE-123456\nPID|1||448812^^^HOSP^MR||Thistlewood^Quilla';
  const spans = (registry: RecognizerRegistry) => {
    const found: string[] = [];
    registry.run(note, [], (s, e, _t, name) => found.push(`${name}:${note.slice(s, e)}`), knowledge);
    return found.sort();
  };
  afterEach(() => jest.restoreAllMocks());

  it('a registry built again after the process read 20k characters through the same table gates from its first note', () => {
    const candidates = jest.spyOn(RulePrefilter.prototype, 'candidates');
    const first = new RecognizerRegistry(table);
    const ungated = spans(first);
    expect(candidates).not.toHaveBeenCalled();
    expect(ungated).toContain('test.gate-probe:GATEPROBE-123456');
    first.run('Chest pain, troponin negative. '.repeat(800), [], () => undefined, knowledge);
    expect(candidates).toHaveBeenCalledTimes(1);
    // Another registry of the same table (an engine built again, as every test file does): gated at once, same spans.
    const again = new RecognizerRegistry(table);
    expect(spans(again)).toEqual(ungated);
    expect(candidates).toHaveBeenCalledTimes(2);
  });
});

describe('RulePrefilter minLiteralChars: short literal sets are dropped, never a match', () => {
  it('a rule whose only requirement is a one-character set runs everywhere', () => {
    const rules = [/a-b/, /x\|y/, /\.jpg\b/i];
    const pf = new RulePrefilter(rules, { minLiteralChars: 3 });
    const marks = pf.candidates('no such strings here');
    // "a-b" (3 chars) still gates; "x|y" is 3 chars too; ".jpg" gates.
    expect([...marks]).toEqual([0, 0, 0]);
    const short = new RulePrefilter([/-/, /\d+-\d+/], { minLiteralChars: 2 });
    expect([...short.candidates('nothing')]).toEqual([1, 1]);
    expect([...new RulePrefilter([/-/, /\d+-\d+/]).candidates('nothing')]).toEqual([0, 0]);
  });
});
