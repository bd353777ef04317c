// Owns the checks of the examiner-written held-out summary gold sets (test/fixtures/summary-gold/holdout3-*.jsonl from
// session 5, holdout4-*.jsonl from session 6, holdout5-*.jsonl from session 7, holdout6-*.jsonl and holdout7-*.jsonl from session 8, holdout8-*.jsonl from session 9, holdout9-*.jsonl from session 10, holdout10-*.jsonl from session 11, holdout11-*.jsonl from session 12, holdout12-*.jsonl from session 13, holdout13-*.jsonl from session 14, holdout14-*.jsonl from session 15): every record declares its split, no note id is shared with another
// gold file, the invented notes are long multi-problem notes, and every gold problem, medication change, allergy and
// follow-up of an invented note is written in that note's own words (a gold item the note does not state could never
// be covered).
import fs from 'node:fs';
import path from 'node:path';
import { splitOf, type SummaryGoldRecord } from '../../../src/eval/summary';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'summary-gold');
const read = (file: string): (SummaryGoldRecord & { style?: string })[] =>
  fs.readFileSync(path.join(DIR, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Each set with the length bounds its examiner wrote to (holdout3 set no upper bound on problems). */
const SETS = [
  { split: 'holdout3', name: 'third', minWords: 340, maxProblems: Infinity },
  { split: 'holdout4', name: 'fourth', minWords: 350, maxProblems: 8 },
  { split: 'holdout5', name: 'fifth', minWords: 350, maxProblems: 8 },
  { split: 'holdout6', name: 'sixth', minWords: 350, maxProblems: 8 },
  { split: 'holdout7', name: 'seventh', minWords: 350, maxProblems: 8 },
  { split: 'holdout8', name: 'eighth', minWords: 350, maxProblems: 8 },
  { split: 'holdout9', name: 'ninth', minWords: 350, maxProblems: 8 },
  // holdout10 adds short multi-problem clinic notes (150-280 words), the hard case for the length budget.
  { split: 'holdout10', name: 'tenth', minWords: 150, maxProblems: 9 },
  // holdout11 likewise mixes short clinic notes and long hospital notes (5-9 problems).
  { split: 'holdout11', name: 'eleventh', minWords: 150, maxProblems: 9 },
  // holdout12 (session 13): short clinic notes and long hospital notes again, in new layouts.
  { split: 'holdout12', name: 'twelfth', minWords: 150, maxProblems: 9 },
  // holdout13 (session 14): short clinic notes and long hospital notes in layouts and specialties no earlier set uses.
  { split: 'holdout13', name: 'thirteenth', minWords: 150, maxProblems: 9 },
  // holdout14 (session 15): short clinic notes and long hospital notes in layouts and specialties no earlier set uses.
  { split: 'holdout14', name: 'fourteenth', minWords: 150, maxProblems: 9 },
] as const;

describe.each(SETS)('$name held-out summary gold ($split)', ({ split, minWords, maxProblems }) => {
  const notes = read(`${split}-notes.jsonl`);
  const synthetic = read(`${split}-synthetic.jsonl`);
  const others = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && !f.startsWith(`${split}-`)).flatMap(read);

  it('has at least 12 real and 12 invented notes, all in its split, none shared with another gold file', () => {
    expect(notes.length).toBeGreaterThanOrEqual(12);
    expect(synthetic.length).toBeGreaterThanOrEqual(12);
    for (const r of [...notes, ...synthetic]) expect(splitOf(r.id, r.split)).toBe(split);
    const ids = [...notes, ...synthetic].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const otherIds = new Set(others.map((r) => r.id));
    expect(ids.filter((id) => otherIds.has(id))).toEqual([]);
    // Real notes carry only an id; their text is read at run time from ../shared/eval/notes.
    for (const r of notes) expect(r.text).toBeUndefined();
    expect(new Set(notes.map((r) => r.source))).toEqual(new Set(['aci-bench', 'mtsamples']));
  });

  it('invents long multi-problem notes in styles the other synthetic gold does not use', () => {
    const otherStyles = new Set(others.map((r) => (r as { style?: string }).style).filter(Boolean));
    for (const r of synthetic) {
      const words = (r.text ?? '').split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(minWords);
      expect(words).toBeLessThanOrEqual(700);
      expect(r.problems.length).toBeGreaterThanOrEqual(4);
      expect(r.problems.length).toBeLessThanOrEqual(maxProblems);
      expect(otherStyles.has(r.style)).toBe(false);
    }
    expect(new Set(synthetic.map((r) => r.style)).size).toBe(synthetic.length);
  });

  it('writes every gold item of an invented note in the note\'s own words', () => {
    const missing: string[] = [];
    for (const r of synthetic) {
      const text = (r.text ?? '').toLowerCase();
      for (const p of r.problems) if (![p.term, ...(p.synonyms ?? [])].some((w) => text.includes(w.toLowerCase()))) missing.push(`${r.id} problem ${p.term}`);
      for (const m of r.medChanges ?? []) if (!text.includes(m.drug.toLowerCase())) missing.push(`${r.id} drug ${m.drug}`);
      for (const a of [...(r.allergies ?? []), ...(r.followUp ?? [])]) if (!text.includes(a.toLowerCase())) missing.push(`${r.id} ${a}`);
    }
    expect(missing).toEqual([]);
  });
});
