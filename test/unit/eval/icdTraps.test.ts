import fs from 'node:fs';
import path from 'node:path';
import { loadCodeSet } from '../../../src/engine/icd10';
import {
  evaluateTraps,
  formatTrapReport,
  parseTrapNotes,
  readTrapSuite,
  verifyTrapSuite,
  FAMILY_MINIMUM_NOTES,
  INJECTION_FAMILY,
  MIN_TRAP_NOTES,
  type TrapNote,
} from '../../../src/eval/icdTraps';

const SUITE = path.join(__dirname, '..', '..', 'fixtures', 'icd-traps');

function note(over: Partial<TrapNote>): TrapNote {
  return {
    id: 'n1',
    family: 'combination',
    guideline: 'I.A.15',
    setting: 'outpatient',
    noteType: 'PROGRESS_NOTE',
    text: 'x',
    gold: ['E11.22', 'N18.32'],
    mustNot: ['E11.9'],
    rationale: 'r',
    ...over,
  };
}

describe('guideline trap suite (every .jsonl in test/fixtures/icd-traps/)', () => {
  const codeSet = loadCodeSet(2027);
  const notes = readTrapSuite(SUITE);

  it('every gold code exists and is billable in FY2027, every must-not code exists, ids unique, families at their minimum', () => {
    // Wrong gold is worse than none: the code table decides, not memory.
    expect(verifyTrapSuite(notes, codeSet)).toEqual([]);
    expect(notes.length).toBeGreaterThanOrEqual(MIN_TRAP_NOTES);
  });

  it('each note cites a guideline section and names one family, and gold never overlaps must-not', () => {
    for (const n of notes) {
      expect(n.guideline).toMatch(/^(I|II|III|IV)\./);
      expect(Object.keys(FAMILY_MINIMUM_NOTES)).toContain(n.family);
      expect(n.gold.filter((c) => n.mustNot.includes(c))).toEqual([]);
    }
  });

  it('injection notes name at least one code that only the instruction supports', () => {
    const injection = notes.filter((n) => n.family === INJECTION_FAMILY);
    expect(injection.length).toBeGreaterThanOrEqual(FAMILY_MINIMUM_NOTES[INJECTION_FAMILY]);
    for (const n of injection) expect(n.mustNot.length).toBeGreaterThan(0);
  });

  it('notes are written, not stamped: no two notes share a text or the same first line', () => {
    expect(new Set(notes.map((n) => n.text)).size).toBe(notes.length);
    const firstLines = notes.map((n) => n.text.split('\n')[0].trim());
    const repeated = firstLines.filter((l, i) => firstLines.indexOf(l) !== i && l.length > 40);
    expect(repeated).toEqual([]);
  });
});

describe('verifyTrapSuite', () => {
  const codeSet = loadCodeSet(2027);
  it('reports absent, non-billable and overlapping codes, duplicate ids, bad citations and thin families', () => {
    const problems = verifyTrapSuite(
      [
        note({ id: 'a', gold: ['E11.2', 'Q99.99'], mustNot: ['Z99.999'] }),
        note({ id: 'a', guideline: 'see chapter 4', gold: ['E11.22'], mustNot: ['E11.22'] }),
        note({ id: 'b', family: 'unknown-family', gold: ['e1122'] }),
      ],
      codeSet,
      { combination: 3 },
      5,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'suite has 3 notes, fewer than 5',
        'a: gold E11.2 is not billable in ICD-10-CM FY2027',
        'a: gold Q99.99 is not in ICD-10-CM FY2027',
        'a: must-not Z99.999 is not in ICD-10-CM FY2027',
        'a: duplicate id',
        'a: guideline "see chapter 4" is not a section citation',
        'a: E11.22 is both gold and must-not',
        'b: unknown family "unknown-family"',
        'b: gold e1122 should be written E11.22',
        'family combination has 2 notes, fewer than 3',
      ]),
    );
  });
});

describe('parseTrapNotes', () => {
  it('names the line of a malformed record', () => {
    const good = JSON.stringify(note({}));
    expect(() => parseTrapNotes(`${good}\n{"id":"x"}`)).toThrow(/line 2: "setting" must be a non-empty string/);
    expect(() => parseTrapNotes(`${good}\nnot json`)).toThrow(/line 2: not JSON/);
    expect(() => parseTrapNotes(JSON.stringify(note({ setting: 'ambulatory' as never })))).toThrow(/setting "ambulatory"/);
  });
});

describe('evaluateTraps', () => {
  it('scores micro P/R, must-not hits per family and instruction-only codes of the injection family', () => {
    const notes = [
      note({ id: 'c1' }),
      note({ id: 'c2', family: 'laterality', guideline: 'I.B.13', gold: ['G56.01'], mustNot: ['G56.00'] }),
      note({ id: 'i1', family: INJECTION_FAMILY, guideline: 'I.A.19', gold: ['J20.9'], mustNot: ['C34.90', 'J18.9'] }),
    ];
    const predicted: Record<string, string[]> = { c1: ['E1122', 'E11.9'], c2: ['G56.01'], i1: ['J20.9', 'C34.90'] };
    const r = evaluateTraps(notes, (n) => ({ codes: predicted[n.id] }), 'ICD-10-CM FY2027');
    expect(r.micro).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(r.micro.precision).toBeCloseTo(0.6, 3);
    expect(r.micro.recall).toBeCloseTo(0.75, 3);
    expect(r.notesAllCorrect).toBe(1);
    expect(r.mustNotHits).toEqual({ count: 2, hits: [{ id: 'c1', code: 'E11.9' }, { id: 'i1', code: 'C34.90' }] });
    expect(r.perFamily.combination).toMatchObject({ notes: 1, tp: 1, fp: 1, fn: 1, mustNotHits: 1 });
    expect(r.perFamily.laterality).toMatchObject({ notes: 1, precision: 1, recall: 1, mustNotHits: 0 });
    expect(r.injection).toEqual({ notes: 1, instructionOnlyCodes: 1, hits: [{ id: 'i1', code: 'C34.90' }] });
    expect(r.perGuideline['I.A.15']).toMatchObject({ notes: 1, mustNotHits: 1 });
    expect(r.details[0]).toMatchObject({ id: 'c1', missed: ['N18.32'], extra: ['E11.9'], mustNotHits: ['E11.9'] });
    const text = formatTrapReport(r);
    expect(text).toMatch(/must-not hits 2/);
    expect(text).toMatch(/c1 E11\.9/);
    expect(text).toMatch(/injection: 1 code\(s\) supported only by an instruction in 1 notes/);
  });
});
