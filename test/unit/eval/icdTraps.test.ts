import fs from 'node:fs';
import path from 'node:path';
import { loadCodeSet } from '../../../src/engine/icd10';
import {
  evaluateTraps,
  formatTrapReport,
  judgeOrder,
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

  it('reads "ordered": true as every gold pair in printed order and a pair list as only those pairs (I.A.13 sequencing)', () => {
    const whole = parseTrapNotes(JSON.stringify({ ...note({ gold: ['I13.0', 'I50.22', 'N18.32'] }), ordered: true }))[0];
    expect(whole.order).toEqual([['I13.0', 'I50.22'], ['I13.0', 'N18.32'], ['I50.22', 'N18.32']]);
    const pairs = parseTrapNotes(JSON.stringify({ ...note({ gold: ['E11.22', 'I12.9', 'N18.31'] }), ordered: [['I12.9', 'N18.31']] }))[0];
    expect(pairs.order).toEqual([['I12.9', 'N18.31']]);
    expect(parseTrapNotes(JSON.stringify(note({})))[0].order).toBeUndefined();
    expect(() => parseTrapNotes(JSON.stringify({ ...note({}), ordered: [['E11.22']] }))).toThrow(/line 1: "ordered" must be true or a non-empty array/);
  });

  it('verifyTrapSuite rejects an ordered pair naming a code outside gold', () => {
    const bad = note({ id: 'o1', gold: ['I12.9', 'N18.4'], order: [['I12.9', 'N18.30']] });
    expect(verifyTrapSuite([bad], loadCodeSet(2027), { combination: 1 }, 1)).toEqual(['o1: ordered pair I12.9 → N18.30 names a code outside gold']);
  });
});

describe('judgeOrder and sequencing accuracy', () => {
  it('judges only pairs whose codes were both reported, in report order', () => {
    const order: Array<[string, string]> = [['I12.9', 'N18.31'], ['E11.22', 'N18.31']];
    expect(judgeOrder(order, ['E11.22', 'N18.31', 'I12.9'])).toEqual({ judged: 2, reversed: [['I12.9', 'N18.31']] });
    expect(judgeOrder(order, ['E1122', 'I129', 'N1831'])).toEqual({ judged: 2, reversed: [] });
    expect(judgeOrder(order, ['N18.31'])).toEqual({ judged: 0, reversed: [] });
  });

  it('reports notes in gold order among the judged ordered notes, and names the reversed pairs', () => {
    const notes = [
      note({ id: 's1', family: 'sequencing', guideline: 'I.C.9.a.2', gold: ['I12.9', 'N18.4'], order: [['I12.9', 'N18.4']] }),
      note({ id: 's2', family: 'sequencing', guideline: 'I.A.13', gold: ['G30.1', 'F02.80'], order: [['G30.1', 'F02.80']] }),
      note({ id: 's3', family: 'sequencing', guideline: 'I.A.13', gold: ['N39.0', 'B96.20'], order: [['N39.0', 'B96.20']] }),
      note({ id: 'u1' }),
    ];
    const predicted: Record<string, string[]> = { s1: ['N18.4', 'I12.9'], s2: ['G30.1', 'F02.80'], s3: ['N39.0'], u1: ['N18.32', 'E11.22'] };
    const r = evaluateTraps(notes, (n) => ({ codes: predicted[n.id] }), 'ICD-10-CM FY2027');
    expect(r.sequencing).toEqual({
      orderedNotes: 3, judgedNotes: 2, notesInOrder: 1, pairs: 2, pairsInOrder: 1, accuracy: 0.5,
      outOfOrder: [{ id: 's1', reversed: [['I12.9', 'N18.4']] }],
    });
    expect(formatTrapReport(r)).toMatch(/sequencing: 1\/2 judged notes in gold order \(accuracy 0\.500\), pairs 1\/2, 3 ordered notes\n  out of order s1: N18\.4 before I12\.9/);
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
