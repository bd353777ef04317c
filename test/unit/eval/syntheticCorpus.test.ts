// Owns the unit tests of the synthetic PHI corpus: gold offsets match the planted values, spans do
// not overlap, the corpus is reproducible from its seed, and every style and Safe Harbor class appears.
import { generateCorpus, NOTE_STYLES, Rng, toDeidRecord } from '../../../src/eval/synthetic';
import { evaluatePhiMode } from '../../../src/eval/phi';
import { PHI_TYPES } from '../../../src/engine/types';

const TOKEN_RE = /[\p{L}\p{N}]/u;

describe('synthetic PHI corpus', () => {
  const corpus = generateCorpus({ seed: 7, notes: 550 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping', () => {
    expect(corpus).toHaveLength(550);
    const problems: string[] = [];
    for (const note of corpus) {
      let lastEnd = 0;
      for (const s of note.phi) {
        const value = note.text.slice(s.start, s.end);
        if (value !== s.value) problems.push(`${note.id} ${s.kind}: slice ${JSON.stringify(value)} != planted ${JSON.stringify(s.value)}`);
        if (s.start < lastEnd) problems.push(`${note.id} ${s.kind}: overlaps the previous span`);
        if (!TOKEN_RE.test(value) || value !== value.trim()) problems.push(`${note.id} ${s.kind}: empty or padded ${JSON.stringify(value)}`);
        lastEnd = s.end;
      }
      for (const p of note.protected) {
        if (note.text.slice(p.start, p.end).toLowerCase() !== p.term.toLowerCase()) problems.push(`${note.id}: protected ${p.term} misplaced`);
        if (note.phi.some((s) => p.start < s.end && s.start < p.end)) problems.push(`${note.id}: protected ${p.term} overlaps PHI`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    const again = generateCorpus({ seed: 7, notes: 20 });
    expect(again).toEqual(corpus.slice(0, 20));
    const other = generateCorpus({ seed: 8, notes: 20 });
    expect(other.map((n) => n.text)).not.toEqual(again.map((n) => n.text));
  });

  it('covers at least nine note styles and every PHI type the engine names', () => {
    const styles = new Set(corpus.map((n) => n.style));
    expect(styles.size).toBe(NOTE_STYLES.length);
    expect(styles.size).toBeGreaterThanOrEqual(9);
    const types = new Set(corpus.flatMap((n) => n.phi.map((s) => s.type)));
    for (const t of PHI_TYPES) expect(types).toContain(t);
    const kinds = new Set(corpus.flatMap((n) => n.phi.map((s) => s.kind)));
    for (const k of ['date.dmy-dots', 'date.compact', 'date.dashed-month', 'date.apostrophe-year', 'date.ordinal-of-month',
      'age.words', 'age.compact', 'phone.extension', 'phone.slash', 'ssn.spaces', 'device.udi', 'vehicle.plate', 'vehicle.vin',
      'address.po-box', 'address.rural-route', 'address.zip4', 'location.church', 'location.school', 'name.particle',
      'name.nickname', 'name.word', 'name.possessive', 'name.list', 'ip.v6']) {
      expect(kinds).toContain(k);
    }
    expect(corpus.some((n) => n.protected.length > 0)).toBe(true);
  });

  it('never marks a bare year as PHI', () => {
    for (const note of corpus) {
      for (const s of note.phi) {
        if (s.type === 'DATE') expect(note.text.slice(s.start, s.end)).not.toMatch(/^(19|20)\d\d$/);
      }
    }
  });

  it('writes records in the deid development format', () => {
    const rec = toDeidRecord(corpus[0]);
    expect(Object.keys(rec).sort()).toEqual(['id', 'phi', 'text']);
    expect(Object.keys(rec.phi[0]).sort()).toEqual(['end', 'start', 'type']);
  });

  it('scores a perfect redactor at recall 1 with no leaks, and one that misses a kind with leaks of that kind only', () => {
    const sample = corpus.slice(0, 60);
    const perfect = evaluatePhiMode(sample, (text) => ({ spans: sample.find((n) => n.text === text)!.phi }));
    expect(perfect.recall).toBe(1);
    expect(perfect.leaks).toBe(0);
    expect(perfect.protectedTerms?.redacted).toBe(0);
    const noDates = evaluatePhiMode(sample, (text) => ({ spans: sample.find((n) => n.text === text)!.phi.filter((s) => s.type !== 'DATE') }));
    const leaked = Object.entries(noDates.perKind ?? {}).filter(([, t]) => t.leaks > 0).map(([k]) => k);
    expect(leaked.length).toBeGreaterThan(0);
    for (const k of leaked) expect(k.startsWith('date.')).toBe(true);
    expect(Object.keys(noDates.perStyle ?? {}).length).toBe(NOTE_STYLES.length);
  });
});

describe('Rng', () => {
  it('is deterministic per seed and stays in range', () => {
    const a = new Rng(42), b = new Rng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const v = r.int(3, 5);
      expect([3, 4, 5]).toContain(v);
    }
  });
});
