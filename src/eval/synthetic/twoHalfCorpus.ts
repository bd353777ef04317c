// Owns the machinery the two-half held-out PHI generators (#9 onwards) share: the cast a note is written about, the style
// shape, the guard that plants only declared protected terms, and the loop that interleaves the source-style and new-style
// halves. Each corpus keeps its own data (vocabulary, written forms, styles, visit years, seeds, age and event spans).
// The draw order below is the one those generators were written with: changing it changes every corpus they write.
import { addDays, randomDate, type Ymd } from './dates';
import { Rng } from './prng';
import { NoteBuilder, term, type CaseMode, type Frag, type SyntheticNote } from './segments';

export interface TwoHalfCast<P> { patient: P; staff: P[]; kin: { p: P; rel: string }[]; age: number; dob: Ymd; visit: Ymd; events: Ymd[] }

/** What differs between corpora in how a cast is drawn. */
export interface CastShape {
  /** Over-89 ages are drawn from 90 to this, inclusive. */
  readonly oldestAge: number;
  /** Event dates fall this many days around the visit, inclusive. */
  readonly eventDays: readonly [number, number];
}

/** One patient, four staff and three relatives, a visit in `years`, an age (over 89 with `oldShare`), a birth date, six events. */
export function drawCast<P>(
  rng: Rng, person: (rng: Rng) => P, relations: readonly string[], shape: CastShape,
  ages: readonly [number, number], oldShare: number, years: readonly [number, number],
): TwoHalfCast<P> {
  const visit = randomDate(rng, years[0], years[1]);
  const age = rng.chance(oldShare) ? rng.int(90, shape.oldestAge) : rng.int(ages[0], ages[1]);
  return {
    patient: person(rng),
    staff: Array.from({ length: 4 }, () => person(rng)),
    kin: Array.from({ length: 3 }, () => ({ p: person(rng), rel: rng.pick(relations) })),
    age, visit,
    dob: addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360)),
    events: Array.from({ length: 6 }, () => addDays(visit, rng.int(shape.eventDays[0], shape.eventDays[1]))),
  };
}

export type TwoHalf = 'source' | 'styles';
export interface TwoHalfStyle<C> { name: string; half: TwoHalf; ages: readonly [number, number]; oldShare: number; caseMode(rng: Rng): CaseMode; render(rng: Rng, c: C): Frag }

/** A protected clinical term, refused unless the corpus declares it, so every planted term is one its test knows. */
export function protectedTermOf(corpus: string, declared: readonly string[]): (text: string) => Frag {
  const known = new Set<string>(declared);
  return (text) => {
    if (!known.has(text)) throw new Error(`${corpus}: ${text} is not a protected term of this check`);
    return term(text, text);
  };
}

export interface TwoHalfCorpusSpec<C> {
  /** Note ids are `<idPrefix>-<seed>-<index>`. */
  readonly idPrefix: string;
  readonly seed: number;
  readonly notes: number;
  readonly sourceStyles: readonly TwoHalfStyle<C>[];
  readonly otherStyles: readonly TwoHalfStyle<C>[];
  /** Visit years of each half. */
  readonly years: Readonly<Record<TwoHalf, readonly [number, number]>>;
  readonly cast: (rng: Rng, ages: readonly [number, number], oldShare: number, years: readonly [number, number]) => C;
}

/** Even notes in the source styles, odd notes in the other styles, each style in turn, so any prefix keeps both halves. */
export function generateTwoHalfCorpus<C>(spec: TwoHalfCorpusSpec<C>): SyntheticNote[] {
  const rng = new Rng(spec.seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < spec.notes; i++) {
    const k = i >> 1;
    const style = i % 2 === 0 ? spec.sourceStyles[k % spec.sourceStyles.length] : spec.otherStyles[k % spec.otherStyles.length];
    const builder = new NoteBuilder(style.caseMode(rng));
    builder.add(style.render(rng, spec.cast(rng, style.ages, style.oldShare, spec.years[style.half])));
    out.push(builder.build(`${spec.idPrefix}-${spec.seed}-${String(i).padStart(5, '0')}`, style.name));
  }
  return out;
}
