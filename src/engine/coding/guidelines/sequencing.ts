// Owns the Tabular conventions between reported codes (Guidelines I.A.12.a Excludes1, I.A.13 code
// first / use additional): an Excludes1 pair is never reported together (the better supported code
// stays, the choice is flagged for review), an etiology is sequenced before its manifestation, and
// the reporting order follows every "code first" / "use additional code" note between reported codes.
import { excludes1Winner, type ConventionSource } from './conventions';
import { addNote, billable, dropDraft, ensureDraft, sentencesOf } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/**
 * The order before the instructional notes speak: a guideline's sequence (chapter 15 first, poisoning before
 * its manifestations, an adverse effect after its nature), then the section the code was documented in
 * (diagnoses and assessment before narrative), then position in the note, then confidence.
 */
export function baseOrder(a: Draft, b: Draft): number {
  return (a.sequence ?? 1) - (b.sequence ?? 1) || a.priority - b.priority || a.first - b.first || b.confidence - a.confidence;
}

/**
 * The reporting order (I.A.13, I.B.7): the base order, changed only where a Tabular instructional note between two
 * reported codes requires it — a code whose "use additional code" note names another goes before it (I12 before
 * its N18 stage, E03.2 before the T-code of its drug), and a code whose "code first" note names another goes after
 * it (N18.31 after I12.9 and E11.22, D63.1 after N18.-, L89 after I96). A stable topological sort: among the codes
 * whose required predecessors are placed, the earliest in base order goes next; a cycle of notes (rare, when the
 * Tabular points both ways) is broken in base order. A code moved by a note records why.
 */
export function reportingOrder(drafts: readonly Draft[], conventions: ConventionSource): Draft[] {
  const base = [...drafts].sort(baseOrder);
  const order = conventions.noteOrder?.bind(conventions);
  if (!order || base.length < 2) return base;
  const n = base.length;
  const before: number[][] = base.map(() => []);
  const indegree = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const o = order(base[i].code, base[j].code);
      if (o === 0) continue;
      const [first, then] = o < 0 ? [i, j] : [j, i];
      before[first].push(then);
      indegree[then]++;
    }
  }
  const placed = new Array<boolean>(n).fill(false);
  const out: Draft[] = [];
  while (out.length < n) {
    let next = -1;
    for (let i = 0; i < n && next < 0; i++) if (!placed[i] && indegree[i] === 0) next = i;
    // A cycle: the earliest unplaced code in base order goes next.
    if (next < 0) next = placed.indexOf(false);
    placed[next] = true;
    for (const k of before[next]) indegree[k]--;
    // Moved ahead of codes that came before it in base order: say which note moved it.
    const overtaken = base.slice(0, next).filter((d, i) => !placed[i]);
    const d = base[next];
    if (overtaken.length) {
      const follows = overtaken.filter((o) => order(d.code, o.code) < 0).map((o) => o.code);
      if (follows.length) addNote(d, { section: 'I.A.13', action: 'sequenced', detail: `before ${follows.join(', ')}: the Tabular's "code first" / "use additional code" notes set this order` });
    }
    out.push(d);
  }
  return out;
}

/**
 * Evidence strength: more mentions (a statement in the provider's conclusion — diagnoses, assessment, impression —
 * counts as one more: the conclusion is the provider's final word over a finding it resolves, e.g. a polyp
 * whose pathology the final diagnosis names), then the curated or verbatim match, then confidence.
 */
function strength(d: Draft): number {
  return (d.evidence.length + (d.priority === 0 ? 1 : 0)) * 10 + (d.match === 'synonym' || d.match === 'description' ? 5 : 0) + d.confidence;
}

export const excludes1Rule: GuidelineRule = {
  name: 'Excludes1 pairs',
  section: 'I.A.12.a',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const list = [...drafts.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!drafts.has(a.code) || !drafts.has(b.code) || !ctx.conventions.excludes1Conflict(a.code, b.code)) continue;
        // One rule, one place (conventions.ts): the validator judges a model's Excludes1 pairs the same way.
        const aWins = excludes1Winner(ctx.conventions, ctx.codeSet, { code: a.code, strength: strength(a) }, { code: b.code, strength: strength(b) }) === 'a';
        const [keep, lose] = aWins ? [a, b] : [b, a];
        addNote(keep, { section: 'I.A.12.a', action: 'review', detail: `Excludes1 with ${lose.code}: ${keep.code} kept (more specific or better supported); confirm` });
        dropDraft(ctx, drafts, lose.code, 'I.A.12.a', `Excludes1 with ${keep.code}`);
      }
    }
  },
};

/**
 * Chapter rules that set a code first (I.C), as data, for the classes no other rule sequences: each names the codes,
 * the section and the sequence value (below the default 1; chapter 15 (0) and sepsis (0.5), which the Guidelines put
 * before these, keep their lower values).
 */
const CHAPTER_FIRST: ReadonlyArray<{ codes: RegExp; section: string; sequence: number; reason: string }> = [
  { codes: /^U07\.1$/, section: 'I.C.1.g.1.a', sequence: 0.8, reason: 'COVID-19 is sequenced first, followed by the codes of its manifestations (except where obstetrics or sepsis rules come first)' },
];

export const chapterFirstRule: GuidelineRule = {
  name: 'chapter rules that sequence a code first',
  section: 'I.C',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    if (drafts.size < 2) return;
    for (const d of drafts.values()) {
      const rule = CHAPTER_FIRST.find((r) => r.codes.test(d.code));
      if (!rule || (d.sequence ?? 1) <= rule.sequence) continue;
      d.sequence = rule.sequence;
      addNote(d, { section: rule.section, action: 'sequenced', detail: rule.reason });
    }
  },
};

/** True when span `inner` lies inside span `outer`. */
function inside(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when some evidence of `a` is stated in a sentence holding evidence of `b` (or shares characters with it). */
function statedTogether(ctx: GuidelineContext, a: Draft, b: Draft): boolean {
  if (a.evidence.some((e) => b.evidence.some((x) => e.start < x.end && x.start < e.end))) return true;
  const theirs = sentencesOf(ctx, b);
  return sentencesOf(ctx, a).some((s) => theirs.includes(s));
}

/**
 * An Index etiology/manifestation pair's etiology yields to the etiology the note states (I.A.13): the pair read from
 * the manifestation's own words ("amyloid cardiomyopathy" → "Amyloidosis, heart E85.4 [I43]") carries the Index's
 * default etiology; when the note also states the etiology itself in the manifestation's sentence ("wild-type
 * transthyretin amyloid cardiomyopathy" → E85.82, "light chain (AL) amyloidosis with amyloid cardiomyopathy" → E85.81), with a code of the same category that the manifestation's "code first"
 * note names, that code answers the note and the default one is not reported beside it. Codes with a 7th character
 * are left alone.
 */
export const statedEtiologyRule: GuidelineRule = {
  name: 'stated etiology over the Index pair default',
  section: 'I.A.13',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const list = [...drafts.values()].filter((d) => d.code.replace('.', '').length < 7 && !ctx.conventions.isManifestation(d.code));
    const manifestations = [...drafts.values()].filter((d) => ctx.conventions.isManifestation(d.code));
    for (const a of list) {
      for (const b of list) {
        if (a === b || a.code.slice(0, 3) !== b.code.slice(0, 3) || !drafts.has(a.code) || !drafts.has(b.code)) continue;
        const pair = a.evidence.length && manifestations.find((m) => drafts.has(m.code) && a.evidence.every((e) => m.evidence.some((x) => inside(e, x))));
        if (!pair || b.evidence.every((e) => pair.evidence.some((x) => inside(e, x))) || !statedTogether(ctx, b, pair)) continue;
        const wanted = ctx.conventions.codeFirst(pair.code);
        if (wanted.length && !wanted.some((w) => b.code.startsWith(w))) continue;
        dropDraft(ctx, drafts, a.code, 'I.A.13', `the etiology of ${pair.code} is stated as ${b.code}; the Index pair's default etiology is not reported beside it`, b);
      }
    }
  },
};

/**
 * I.A.13 / I.A.17: a code whose "use additional code" or "code also" note asks for another condition, written inside
 * the code's own phrase ("COPD with acute bronchitis": J44.0 "code also to identify the infection"; "hypertensive heart
 * disease with heart failure": I11.0 "use additional code to identify the type of heart failure"), reports that
 * condition too. Only a mention the matched phrase covers (affirmed, current), never one a rule removed.
 */
export const additionalCodeRule: GuidelineRule = {
  name: 'use additional code / code also',
  section: 'I.A.13',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const asksFor = ctx.conventions.asksFor?.bind(ctx.conventions);
    if (!asksFor || !ctx.covered.length) return;
    for (const d of [...drafts.values()]) {
      for (const m of ctx.covered) {
        // Asked for and already answered: a code of the same category is reported (I50.23 answers "the type of heart failure").
        if (ctx.dropped.some((x) => x.code === m.code) || [...drafts.keys()].some((k) => k.slice(0, 3) === m.code.slice(0, 3)) || !billable(ctx, m.code)) continue;
        if (!d.evidence.some((e) => e.start <= m.span.start && m.span.end <= e.end) || !asksFor(d.code, m.code)) continue;
        // The note asks for one code of its range, and a reported code of that range answers it (I16.1's "code also
        // any identified hypertensive disease (I10-I15)" is answered by I12.9; I10 is not added beside it).
        if ([...drafts.keys()].some((k) => k !== d.code && k !== m.code && (ctx.conventions.answeredBy?.(d.code, m.code, k) ?? false))) continue;
        const a = ensureDraft(ctx, drafts, m.code, [d], { section: 'I.A.13', action: 'added', detail: `${d.code}'s "use additional code" / "code also" note asks for it: "${m.text}"` });
        if (!a) continue;
        a.evidence = [{ start: m.span.start, end: m.span.end, text: m.text }];
        a.mentions = a.mentions.filter((x) => x.span.start >= m.span.start && x.span.end <= m.span.end);
        a.first = m.span.start;
        a.priority = d.priority;
      }
    }
  },
};

export const codeFirstRule: GuidelineRule = {
  name: 'code first / use additional',
  section: 'I.A.13',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const d of drafts.values()) {
      if (!ctx.conventions.isManifestation(d.code)) continue;
      const wanted = ctx.conventions.codeFirst(d.code);
      const etiology = [...drafts.values()].find((x) => x !== d && !ctx.conventions.isManifestation(x.code) && (wanted.length ? wanted.some((w) => x.code.startsWith(w)) : x.code[0] !== 'Z'));
      // A manifestation code is never first-listed; its etiology goes before it.
      d.sequence = Math.max(d.sequence ?? 1, 2);
      if (etiology) {
        etiology.sequence = Math.min(etiology.sequence ?? 1, 1);
        addNote(d, { section: 'I.A.13', action: 'sequenced', detail: `manifestation: sequenced after its etiology ${etiology.code}` });
      } else {
        addNote(d, { section: 'I.A.13', action: 'review', detail: 'manifestation code without its underlying condition (code first)' });
      }
    }
  },
};
