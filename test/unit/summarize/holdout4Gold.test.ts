// Owns the checks of the fourth held-out summary gold (test/fixtures/summary-gold/holdout4-*.jsonl, written by the
// session-6 examiner): every record declares the holdout4 split, no note id is shared with another gold file, the
// invented notes are long multi-problem notes, and every gold problem, medication change, allergy and follow-up of
// an invented note is written in that note's own words (a gold item the note does not state could never be covered).
import fs from 'node:fs';
import path from 'node:path';
import { splitOf, type SummaryGoldRecord } from '../../../src/eval/summary';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'summary-gold');
const read = (file: string): (SummaryGoldRecord & { style?: string })[] =>
  fs.readFileSync(path.join(DIR, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

describe('fourth held-out summary gold', () => {
  const notes = read('holdout4-notes.jsonl');
  const synthetic = read('holdout4-synthetic.jsonl');
  const others = fs.readdirSync(DIR).filter((f) => f.endsWith('.jsonl') && !f.startsWith('holdout4-')).flatMap(read);

  it('has at least 12 real and 12 invented notes, all in the holdout4 split, none shared with another gold file', () => {
    expect(notes.length).toBeGreaterThanOrEqual(12);
    expect(synthetic.length).toBeGreaterThanOrEqual(12);
    for (const r of [...notes, ...synthetic]) expect(splitOf(r.id, r.split)).toBe('holdout4');
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
      expect(words).toBeGreaterThanOrEqual(350);
      expect(words).toBeLessThanOrEqual(700);
      expect(r.problems.length).toBeGreaterThanOrEqual(4);
      expect(r.problems.length).toBeLessThanOrEqual(8);
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
