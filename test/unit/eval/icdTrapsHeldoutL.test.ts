// Trap batch L (session 12's examiner, held out; issue 10 §4): the batch's own validity — size, ids, per-family
// coverage, codes billable in FY2027 (also checked suite-wide by icdTraps.test.ts), no note shared with an earlier
// batch, and never a training file of the statement model. Scored by the lead with
// `npm run eval -- --icd-traps test/fixtures/icd-traps/s12-heldout-l.jsonl --setting-from-note`.
import fs from 'node:fs';
import path from 'node:path';
import { loadCodeSet } from '../../../src/engine/icd10';
import { FAMILY_MINIMUM_NOTES, readTrapSuite, verifyTrapSuite } from '../../../src/eval/icdTraps';
import { TRAINING_TRAP_FILES } from '../../../src/eval/injection/trainStatement';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'icd-traps');
const FILE = 's12-heldout-l.jsonl';

describe('trap batch L (s12-heldout-l.jsonl, held out)', () => {
  const notes = readTrapSuite(path.join(DIR, FILE));

  it('has at least 100 notes with ids s12hl-001… in order, every family at least 5 and the brief\'s larger families at their minimum', () => {
    expect(notes.length).toBeGreaterThanOrEqual(100);
    notes.forEach((n, i) => expect(n.id).toBe(`s12hl-${String(i + 1).padStart(3, '0')}`));
    const count = (f: string) => notes.filter((n) => n.family === f).length;
    for (const family of Object.keys(FAMILY_MINIMUM_NOTES)) expect(`${family}: ${count(family) >= 5}`).toBe(`${family}: true`);
    expect(count('lookalike')).toBeGreaterThanOrEqual(10);
    expect(count('injection')).toBeGreaterThanOrEqual(10);
    expect(count('history_family')).toBeGreaterThanOrEqual(8);
    expect(count('seventh_character')).toBeGreaterThanOrEqual(8);
  });

  it('every gold code is billable in FY2027 and every must-not code exists (batch checked on its own)', () => {
    const minimum = Object.fromEntries(Object.keys(FAMILY_MINIMUM_NOTES).map((f) => [f, 5]));
    expect(verifyTrapSuite(notes, loadCodeSet(2027), minimum, 100)).toEqual([]);
  });

  it('shares no text and no long first line (over 40 characters, the suite\'s rule) with any earlier batch', () => {
    const earlier = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && f !== FILE).flatMap((f) => readTrapSuite(path.join(DIR, f)));
    const texts = new Set(earlier.map((n) => n.text));
    const firstLines = new Set(earlier.map((n) => n.text.split('\n')[0].trim()));
    expect(notes.filter((n) => texts.has(n.text)).map((n) => n.id)).toEqual([]);
    expect(notes.filter((n) => n.text.split('\n')[0].trim().length > 40 && firstLines.has(n.text.split('\n')[0].trim())).map((n) => n.id)).toEqual([]);
  });

  it('is not a training file of the statement model', () => {
    expect(TRAINING_TRAP_FILES).not.toContain(FILE);
  });
});
