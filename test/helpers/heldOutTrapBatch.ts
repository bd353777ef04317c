// Owns the validity checks every examiner's held-out trap batch must pass (issue 10 §4): size, ids in order,
// per-family coverage, codes billable in FY2027 (also checked suite-wide by icdTraps.test.ts) and no note shared with
// an earlier batch. Each batch's test file adds what is its own (whether it is a training file yet).
import fs from 'node:fs';
import path from 'node:path';
import { loadCodeSet } from '../../src/engine/icd10';
import { FAMILY_MINIMUM_NOTES, readTrapSuite, verifyTrapSuite, type TrapNote } from '../../src/eval/icdTraps';

export const TRAP_DIR = path.join(__dirname, '..', 'fixtures', 'icd-traps');

/** Declares the shared checks inside the caller's describe block; returns the batch's notes. */
export function heldOutTrapBatchChecks(file: string, idPrefix: string): TrapNote[] {
  const notes = readTrapSuite(path.join(TRAP_DIR, file));

  it(`has at least 100 notes with ids ${idPrefix}-001… in order, every family at least 5 and the brief's larger families at their minimum`, () => {
    expect(notes.length).toBeGreaterThanOrEqual(100);
    notes.forEach((n, i) => expect(n.id).toBe(`${idPrefix}-${String(i + 1).padStart(3, '0')}`));
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

  it('shares no text and no long first line (over 40 characters, the suite\'s rule) with any other batch', () => {
    const others = fs.readdirSync(TRAP_DIR).filter((f) => f.endsWith('.jsonl') && f !== file).flatMap((f) => readTrapSuite(path.join(TRAP_DIR, f)));
    const texts = new Set(others.map((n) => n.text));
    const firstLine = (n: TrapNote) => n.text.split('\n')[0].trim();
    const firstLines = new Set(others.map(firstLine));
    expect(notes.filter((n) => texts.has(n.text)).map((n) => n.id)).toEqual([]);
    expect(notes.filter((n) => firstLine(n).length > 40 && firstLines.has(firstLine(n))).map((n) => n.id)).toEqual([]);
  });

  return notes;
}
