// Owns the checks every two-half held-out PHI corpus (#10 onwards: even notes in five ICU-era styles of the development
// source, odd notes in new styles) makes of itself: sound gold spans, reproducible from its seed, halves that alternate,
// nothing shared with the corpora registered before it (test/helpers/heldOutPhiCorpora.ts), optionally no value another
// synthetic or re-surrogation module holds, every Safe Harbor class in each half, the forms it exists for, no state or
// country labelled, no age under 90 and no bare year. Each corpus's test file gives its figures and keeps its own checks.
import * as fs from 'fs';
import * as path from 'path';
import type { SyntheticNote } from '../../src/eval/synthetic';
import { goldSpanProblems } from './syntheticGold';
import { NOTHING_SHARED, sharedWithEarlier } from './heldOutPhiCorpora';

/** Every PHI type the engine writes a placeholder for; each corpus writes all of them. */
const ENGINE_PHI_TYPES = ['NAME', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'ADDRESS', 'LOCATION', 'URL', 'IP', 'DEVICE', 'VEHICLE', 'ID'];

export interface HeldOutPhiCorpusSpec {
  /** The corpus's number: its registry label is `#n`, its styles `hN_src_…`/`hN_new_…`, its ids `holdoutN-…`. */
  readonly n: number;
  /** "tenth", as the describe title says it. */
  readonly ordinal: string;
  readonly generate: (options?: { seed?: number; notes?: number }) => SyntheticNote[];
  /** The seed of the 300-note corpus the test generates beside the scored (default) one. */
  readonly seed: number;
  readonly defaultSeed: number;
  readonly defaultNotes: number;
  readonly sourceStyles: readonly unknown[];
  readonly otherStyles: readonly unknown[];
  readonly protectedSource: readonly string[];
  readonly protectedStyles: readonly string[];
  readonly protectedAll: readonly string[];
  readonly minProtectedTerms: number;
  /** Average PHI spans a note, at least, in each half of the scored corpus. */
  readonly minPhiPerNoteEachHalf?: number;
  /** Protected terms planted in the scored corpus, more than this. */
  readonly minProtectedPlanted?: number;
  /** The fine kinds checked against the earlier corpora come from the seeded corpus rather than the scored one. */
  readonly sharedKindsFromSeeded?: boolean;
  /** The registry row and seed the nothing-shared check is made as, where the test was written with another (see the file). */
  readonly sharedCheckedAs?: { readonly label: string; readonly seed: number };
  /** The corpus's vocabulary module and its folder under src/eval/synthetic: no value of it in any other module. */
  readonly vocabulary?: { readonly module: Record<string, unknown>; readonly folder: string };
  /** The PHI types the source-style half must write. */
  readonly sourceTypes: readonly string[];
  /** The name-word and place-word forms, and every fine kind the generator can write (the scored corpus shows each). */
  readonly forms?: {
    readonly givenWords: readonly string[];
    readonly surnameWords: readonly string[];
    readonly townWords: readonly string[];
    /** Names with a particle word ("van der Berg"). */
    readonly particles: RegExp;
    readonly kinds: readonly string[];
    /** The fine kind of a town that is also an English word, where it is not `hN.location.town-word`. */
    readonly townWordKind?: string;
  };
  /** States and countries the corpus writes, which Safe Harbor does not remove. */
  readonly statesAndCountries: RegExp;
  /** How an over-89 age written in words begins. */
  readonly agesInWords: RegExp;
}

export interface HeldOutPhiCorpusContext {
  /** The 300-note corpus of `spec.seed`. */
  readonly corpus: SyntheticNote[];
  /** The scored corpus (the generator's default). */
  readonly scored: SyntheticNote[];
}

/** Every string exported (at any depth) by the other synthetic and re-surrogation modules, lower-cased. */
export function earlierValues(ownFolder: string): Set<string> {
  const root = path.join(__dirname, '../../src/eval');
  const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const files = [...walk(path.join(root, 'synthetic')), ...walk(path.join(root, 'deidResurrogate'))].filter((f) => f.endsWith('.ts') && !f.includes(`${path.sep}${ownFolder}${path.sep}`));
  const out = new Set<string>();
  const visit = (x: unknown): void => {
    if (typeof x === 'string') out.add(x.toLowerCase());
    else if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') Object.values(x).forEach(visit);
  };
  for (const f of files) {
    Object.values(require(f) as Record<string, unknown>).forEach(visit);
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/'([^'\n]{2,60})'/g)) out.add(m[1].toLowerCase());
  }
  return out;
}

/** Declares the shared checks of a held-out PHI corpus; `own` adds the corpus's own tests inside the same describe. */
export function describeHeldOutPhiCorpus(spec: HeldOutPhiCorpusSpec, own?: (context: HeldOutPhiCorpusContext) => void): void {
  const { n, generate } = spec;
  const src = `h${n}_src_`;
  const other = `h${n}_new_`;
  describe(`${spec.ordinal} held-out synthetic PHI corpus`, () => {
    const corpus = generate({ seed: spec.seed, notes: 300 });
    const scored = generate();

    it('plants gold spans whose offsets slice out the planted value, sorted and non-overlapping, protected terms outside PHI', () => {
      expect(goldSpanProblems(corpus, { protectedOutsidePhi: true })).toEqual([]);
      expect(goldSpanProblems(scored, { protectedOutsidePhi: true })).toEqual([]);
      for (const note of scored) for (const s of note.phi) expect(note.text.slice(s.start, s.end)).toBe(s.value);
      // A realistic PHI density: at least this many spans a note on average, in each half.
      if (spec.minPhiPerNoteEachHalf !== undefined) {
        for (const prefix of [src, other]) {
          const half = scored.filter((note) => note.style.startsWith(prefix));
          expect(half.reduce((k, note) => k + note.phi.length, 0) / half.length).toBeGreaterThanOrEqual(spec.minPhiPerNoteEachHalf);
        }
      }
      if (spec.minProtectedPlanted !== undefined) expect(scored.reduce((k, note) => k + note.protected.length, 0)).toBeGreaterThan(spec.minProtectedPlanted);
    });

    it('is reproducible from the seed and differs between seeds; the default is the scored corpus', () => {
      expect(generate({ seed: spec.seed, notes: 10 })).toEqual(corpus.slice(0, 10));
      expect(generate({ seed: spec.seed + 1, notes: 10 }).map((note) => note.text)).not.toEqual(corpus.slice(0, 10).map((note) => note.text));
      expect(generate()).toEqual(scored);
      expect(scored).toHaveLength(spec.defaultNotes);
      expect(scored[0].id).toBe(`holdout${n}-${spec.defaultSeed}-00000`);
    });

    it('alternates its halves: 150 source-style notes in 5 styles and 150 notes in at least 8 new styles, told apart by style name', () => {
      const source = scored.filter((note) => note.style.startsWith(src));
      const others = scored.filter((note) => note.style.startsWith(other));
      expect([source.length, others.length]).toEqual([150, 150]);
      expect(scored.filter((note, i) => note.style.startsWith(i % 2 === 0 ? src : other))).toHaveLength(300);
      expect(spec.sourceStyles.length).toBe(5);
      expect(spec.otherStyles.length).toBeGreaterThanOrEqual(8);
      expect(new Set(source.map((note) => note.style)).size).toBe(spec.sourceStyles.length);
      expect(new Set(others.map((note) => note.style)).size).toBe(spec.otherStyles.length);
      // The source half is written upper, lower and mixed case, as its model is.
      const cased = (note: { text: string }) => (note.text === note.text.toUpperCase() ? 'upper' : note.text === note.text.toLowerCase() ? 'lower' : 'mixed');
      expect(new Set(source.map(cased))).toEqual(new Set(['upper', 'lower', 'mixed']));
      const sourceTerms = new Set<string>(spec.protectedSource);
      expect(spec.protectedStyles.filter((t) => sourceTerms.has(t))).toEqual([]);
      expect(source.flatMap((note) => note.protected.map((p) => p.term)).filter((t) => !sourceTerms.has(t))).toEqual([]);
      expect(others.flatMap((note) => note.protected.map((p) => p.term)).filter((t) => sourceTerms.has(t))).toEqual([]);
    });

    it(`shares no style, fine kind or protected term with the main corpus or held-outs #1–#${n - 1}`, () => {
      const as = spec.sharedCheckedAs ?? { label: `#${n}`, seed: n };
      expect(sharedWithEarlier(as.label, spec.sharedKindsFromSeeded ? corpus : scored, as.seed)).toEqual(NOTHING_SHARED);
      expect(new Set(spec.protectedAll).size).toBeGreaterThanOrEqual(spec.minProtectedTerms);
      const planted = new Set(scored.flatMap((note) => note.protected.map((p) => p.term)));
      expect(spec.protectedAll.filter((t) => !planted.has(t))).toEqual([]);
    });

    if (spec.vocabulary) {
      const { module, folder } = spec.vocabulary;
      it('draws no name, place or protected term that any other synthetic module or re-surrogation vocabulary holds', () => {
        const earlier = earlierValues(folder);
        const ownValues = Object.entries(module).filter(([k]) => !/RELATIONS|STATES|SUFFIX/.test(k)).flatMap(([, v]) => v as readonly string[]);
        expect(ownValues.length).toBeGreaterThan(300);
        expect(ownValues.filter((v) => earlier.has(v.toLowerCase()))).toEqual([]);
      });
    }

    it('covers every Safe Harbor class the engine types, in each half', () => {
      const typesOf = (prefix: string) => new Set(scored.filter((note) => note.style.startsWith(prefix)).flatMap((note) => note.phi.map((s) => s.type)));
      const all = typesOf(`h${n}_`);
      for (const t of ENGINE_PHI_TYPES) expect([t, all.has(t as never)]).toEqual([t, true]);
      const source = typesOf(src);
      for (const t of spec.sourceTypes) expect([t, source.has(t as never)]).toEqual([t, true]);
    });

    if (spec.forms) {
      const forms = spec.forms;
      it('writes the forms it exists for (in the scored corpus)', () => {
        const spans = scored.flatMap((note) => note.phi);
        const kinds = new Set(spans.map((s) => s.kind));
        const words = new Set<string>([...forms.givenWords, ...forms.surnameWords].map((w) => w.toLowerCase()));
        expect(spans.some((s) => s.type === 'NAME' && words.has(s.value.toLowerCase()) && s.value === s.value.toUpperCase())).toBe(true);
        expect(spans.some((s) => s.type === 'NAME' && s.value === s.value.toLowerCase() && words.has(s.value))).toBe(true);
        expect(spans.some((s) => s.kind === (forms.townWordKind ?? `h${n}.location.town-word`) && forms.townWords.map((w) => w.toLowerCase()).includes(s.value.toLowerCase()))).toBe(true);
        expect(spans.some((s) => s.type === 'NAME' && /[\u00C0-\u024F]/.test(s.value))).toBe(true);
        expect(spans.some((s) => s.type === 'NAME' && forms.particles.test(s.value))).toBe(true);
        expect(spans.some((s) => s.type === 'NAME' && /(^|\s|\.)(O'|Mac|Mc)\p{L}/iu.test(s.value))).toBe(true);
        expect([...new Set(forms.kinds)].filter((k) => !kinds.has(k))).toEqual([]);
      });
    }

    it('labels no state or country as PHI, and plants no age under 90 and no bare year', () => {
      expect(scored.flatMap((note) => note.phi).filter((s) => s.type === 'LOCATION' && spec.statesAndCountries.test(s.value))).toEqual([]);
      for (const s of corpus.flatMap((note) => note.phi)) {
        if (s.type === 'AGE' && /\d/.test(s.value)) expect(Number(s.value.replace(/\D/g, ''))).toBeGreaterThan(89);
        if (s.type === 'AGE' && !/\d/.test(s.value)) expect(s.value).toMatch(spec.agesInWords);
        if (s.type === 'DATE') expect(s.value).not.toMatch(/^'?(19|20)?\d\d$/);
      }
    });

    own?.({ corpus, scored });
  });
}
