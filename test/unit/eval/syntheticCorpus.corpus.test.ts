// Owns the unit tests of the synthetic PHI corpus: gold offsets match the planted values, spans do
// not overlap, the corpus is reproducible from its seed, and every style and Safe Harbor class appears.
import { generateCorpus, NOTE_STYLES, Rng, toDeidRecord } from '../../../src/eval/synthetic';
import { evaluatePhi, evaluatePhiMode } from '../../../src/eval/phi';
import { PHI_TYPES } from '../../../src/engine/types';
import { goldSpanProblems } from '../../helpers/syntheticGold';

describe('synthetic PHI corpus', () => {
  const corpus = generateCorpus({ seed: 7, notes: 550 });

  it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping', () => {
    expect(corpus).toHaveLength(550);
    expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
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
      'name.nickname', 'name.word', 'name.possessive', 'name.list', 'ip.v6', 'date.range', 'date.holiday',
      'location.hospital-abbrev', 'id.dea', 'id.npi', 'id.claim', 'id.drivers-licence']) {
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

describe('PHI token metric', () => {
  // "Seen by Alden Quist on 3/4 at 12.03.2021": NAME (2 tokens), DATE (2 tokens), DATE (3 tokens).
  const text = 'Seen by Alden Quist on 3/4 at 12.03.2021 (Bell\'s palsy).';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const record = {
    id: 'n1', text, style: 'progress_note',
    phi: [{ ...at('Alden Quist'), type: 'NAME', kind: 'name.full' }, { ...at('3/4'), type: 'DATE', kind: 'date.md' }, { ...at('12.03.2021'), type: 'DATE', kind: 'date.dmy-dots' }],
    protected: [{ ...at("Bell's palsy"), term: "Bell's palsy" }],
  };

  it('counts a token caught only when all its characters are redacted, per kind and style, and protected terms hit', () => {
    // Redacts the name, half of "12.03.2021" ("12.03") and "Bell".
    const spans = [at('Alden Quist'), at('12.03'), at('Bell')];
    const r = evaluatePhiMode([record], () => ({ spans }), undefined, { collectLeaks: true });
    expect(r.goldTokens).toBe(7);
    expect(r.caughtTokens).toBe(4);
    expect(r.perKind).toEqual({
      'name.full': { goldTokens: 2, caughtTokens: 2, recall: 1, goldSpans: 1, leaks: 0 },
      'date.md': { goldTokens: 2, caughtTokens: 0, recall: 0, goldSpans: 1, leaks: 1 },
      'date.dmy-dots': { goldTokens: 3, caughtTokens: 2, recall: 2 / 3, goldSpans: 1, leaks: 1 },
    });
    expect(r.perStyle?.progress_note).toMatchObject({ goldTokens: 7, caughtTokens: 4, redactedTokens: 5, truePositiveTokens: 4, leaks: 2 });
    expect(r.protectedTerms).toEqual({ spans: 1, redacted: 1, redactedTerms: { "Bell's palsy": 1 } });
    expect(r.leakedSpans?.map((l) => l.text)).toEqual(['3/4', '12.03.2021']);
  });

  it('reports as before on development-format records (no style, kind or protected terms)', () => {
    const plain = { id: 'n1', text, phi: record.phi.map(({ start, end, type }) => ({ start, end, type })) };
    const r = evaluatePhi([plain], () => ({ spans: [at('Alden Quist')] }));
    expect(r.withoutYears.recall).toBeCloseTo(2 / 7);
    expect(r.withoutYears.perKind).toBeUndefined();
    expect(r.withoutYears.perStyle).toBeUndefined();
    expect(r.withoutYears.protectedTerms).toBeUndefined();
    expect(r.withoutYears.leakedSpans).toBeUndefined();
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
