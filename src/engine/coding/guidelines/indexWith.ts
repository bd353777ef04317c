// Owns the Index's "with" subterms read across a note (Guidelines I.A.15, I.B.9): when a coded condition's Index
// entry lists a second documented condition under "with" (at any depth: "Calculus, bile duct, with, cholangitis,
// acute, with obstruction"), the combination code the Index gives replaces the separate codes. Each condition must
// be a draft already, so it is stated, affirmed, current and the patient's: a negated or absent complication never
// selects its combination code (I.A.15 presumes the link between documented conditions only).
import { sentenceAt } from '../../text';
import { contentTokens } from '../normalize';
import { dropDraft, ensureDraft } from './drafts';
import type { IndexWithEntry } from './conventions';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/**
 * Categories whose "with" links other rules own, with the manifestation codes their Tabular notes keep: diabetes
 * (I.C.4.a), hypertension (I.C.9.a), pregnancy (I.C.15), injuries and poisonings (I.C.19), neoplasms (I.C.2), and the
 * Z codes and symptoms, which are no condition a "with" names.
 */
const OWNED_ELSEWHERE = /^(E0[89]|E1[0-3]|I1[0-6]|O|S|T|C|D0|D[1-4]|Z|R|V|W|X|Y)/;
/** Companions: a symptom may be the "with" condition ("with ischemic chest pain"); the owned categories may not. */
const NOT_A_COMPANION = /^(E0[89]|E1[0-3]|I1[0-6]|O|S|T|C|D0|D[1-4]|Z|V|W|X|Y)/;

/** Segments naming a residual class: no stated word establishes "specified … NEC" or "other". */
const RESIDUAL = /\b(specified|other|unspecified)\b/i;
/** "peritonitis NEC": the stated word establishes the entry; NEC and NOS are no words of the note (I.A.9). */
const NEC_NOS = /\b(NEC|NOS)\b/g;

/** A segment that only says a complication follows ("with, complication, fistula"): the deeper segment names it. */
const GENERIC_SEGMENT = /^complications?$/i;

/** A companion the note attributes to another cause, or says is unrelated (the I.A.15 exception). */
const NOT_LINKED = /\b(?:not|un)\s*(?:related|due|attributed|secondary)\s+to\b|\bunrelated\b/i;
const OTHER_CAUSE = /\b(?:due to|secondary to|caused by|induced by|attributed to|because of|from)\s+([^.;\n]{0,60})/i;

/** One word for bleeding: the Index prints "with bleeding" (K57.31) and "with hemorrhage" (K25.4) for the same finding. */
const SAME_WORD: Readonly<Record<string, string>> = { bleeding: 'hemorrhage', bleed: 'hemorrhage', haemorrhage: 'hemorrhage', hemorrhagic: 'hemorrhage' };
const canonical = (w: string) => SAME_WORD[w] ?? w;

/** Stems of a text's content words. */
function words(text: string): Set<string> {
  return new Set(contentTokens(text).map(canonical));
}

/**
 * The condition a companion's title names, before its qualifying clauses ("Acute gastritis without bleeding" → "Acute
 * gastritis"): a "with" or "without" clause is another code's axis, not what the companion states.
 */
function titleHead(title: string): string {
  return title.replace(/\([^)]*\)/g, ' ').split(/\bwith(?:out)?\b|,/i)[0];
}

/** Words that name a kind of finding, not a condition: a segment made only of them ("disorder") names nothing stated. */
const GENERIC_WORDS = new Set(['disorder', 'disease', 'condition', 'complication', 'induced', 'related', 'involvement', 'manifestation', 'problem', 'unspecified']);

/**
 * The two conditions are stated in one passage (a sentence or its neighbours): in a long narrative, conditions far apart
 * are as often two episodes or two problems as one linked condition, and I.A.15 reads the link the note documents.
 */
const PASSAGE_CHARS = 240;

function near(a: Draft, c: Draft): boolean {
  return a.evidence.some((x) => c.evidence.some((y) => Math.max(x.start, y.start) - Math.min(x.end, y.end) <= PASSAGE_CHARS));
}

interface Requirement {
  entry: IndexWithEntry;
  /** Per segment, the content words that must be stated (nonessential modifiers of its main term left out). */
  required: string[][];
  total: number;
}

function requirementOf(ctx: GuidelineContext, entry: IndexWithEntry): Requirement | undefined {
  if (entry.segments.some((s) => RESIDUAL.test(s))) return undefined;
  const required: string[][] = [];
  let generic = false;
  entry.segments.forEach((segment, i) => {
    if (GENERIC_SEGMENT.test(segment) && i < entry.segments.length - 1) return;
    const tokens = contentTokens(segment.replace(NEC_NOS, ' '));
    // "angina pectoris": "pectoris" is printed as a nonessential modifier of the main term "Angina" (I.A.7).
    const head = segment.split(/\s+/)[0] ?? '';
    const optional = ctx.conventions.mainTermNonessential?.(head) ?? new Set<string>();
    const optionalStems = new Set([...optional].flatMap((w) => contentTokens(w)));
    const own = tokens.filter((t, k) => k === 0 || !optionalStems.has(t)).map(canonical);
    if (own.length && own.every((w) => GENERIC_WORDS.has(w))) generic = true;
    if (own.length) required.push(own);
  });
  if (generic) return undefined;
  if (!required.length) return undefined;
  return { entry, required, total: required.reduce((n, r) => n + r.length, 0) };
}

/** The companion's own sentence attributes it to a cause other than the base condition, or calls it unrelated. */
function attributedElsewhere(ctx: GuidelineContext, companion: Draft, base: Set<string>): boolean {
  for (const e of companion.evidence) {
    const s = sentenceAt(ctx.analysis, e.start);
    const sentence = s ? ctx.text.slice(s.start, Math.max(s.end, e.end)) : e.text;
    if (NOT_LINKED.test(sentence)) return true;
    // The cause may be written inside the companion's own phrase ("bowel obstruction due to adhesions") or right after it.
    const after = OTHER_CAUSE.exec(ctx.text.slice(e.start, s ? Math.max(s.end, e.end) : e.end));
    if (after && ![...words(after[1])].some((w) => base.has(w))) return true;
  }
  return false;
}

/** A Tabular note between the two codes (use additional, code also, code first) wants both reported. */
function linkedByNote(ctx: GuidelineContext, combination: string, code: string): boolean {
  return ctx.conventions.asksFor?.(combination, code) === true || ctx.conventions.asksFor?.(code, combination) === true || (ctx.conventions.noteOrder?.(combination, code) ?? 0) !== 0;
}

interface Match {
  requirement: Requirement;
  companions: Draft[];
  /** The uncoded subterms between the entry and its "with" are stated ("native vessel", "bypass graft"). */
  betweenStated: boolean;
}

/** The companion's own words in the note. */
function ownWords(d: Draft): Set<string> {
  return new Set(d.evidence.flatMap((e) => [...words(e.text)]));
}

function matchEntry(ctx: GuidelineContext, requirement: Requirement, own: Set<string>, companions: ReadonlyArray<readonly [Draft, Set<string>]>, stated: Set<string>): Match | undefined {
  const used = new Set<Draft>();
  let fromCompanion = false;
  for (const segment of requirement.required) {
    for (const [k, w] of segment.entries()) {
      if (own.has(w)) continue;
      // The condition a segment names (its first word) must be in the note's own words of the companion; a title may
      // only add the companion's qualifiers ("Angina pectoris with documented spasm" for "vasospastic angina").
      const c = companions.find(([d, ws]) => ws.has(w) && (k > 0 || ownWords(d).has(w)));
      if (!c) return undefined;
      used.add(c[0]);
      // The second condition is the companion's: it states a segment's condition word, not only a qualifier of it.
      if (k === 0) fromCompanion = true;
    }
  }
  // I.A.15 joins two documented conditions: at least one word must come from a second one.
  if (!fromCompanion) return undefined;
  const between = requirement.entry.between.flatMap((b) => contentTokens(b));
  return { requirement, companions: [...used], betweenStated: between.every((w) => stated.has(w)) };
}

function resolve(ctx: GuidelineContext, drafts: Map<string, Draft>, a: Draft): void {
  const entries = ctx.conventions.indexWithEntries?.(a.code) ?? [];
  if (!entries.length) return;
  const category = a.code.slice(0, 3);
  // Two codes of one category are the category's own axes (specificity, the Tabular's combination titles), not two conditions.
  if ([...drafts.values()].some((d) => d !== a && d.code.slice(0, 3) === category)) return;
  const own = new Set(a.evidence.flatMap((e) => [...words(e.text)]));
  const companions = [...drafts.values()]
    // A code another rule built from two conditions is a combination already, not one condition to join.
    .filter((c) => c !== a && c.code.slice(0, 3) !== category && near(a, c) && !NOT_A_COMPANION.test(c.code) && !c.guideline.some((g) => g.action === 'combined') && !attributedElsewhere(ctx, c, own))
    .map((c) => [c, new Set([...c.evidence.flatMap((e) => [...words(e.text)]), ...words(titleHead(ctx.codeSet.find(c.code)?.longDescription ?? ''))])] as const);
  if (!companions.length) return;
  const stated = new Set<string>(own);
  for (const e of a.evidence) {
    const s = sentenceAt(ctx.analysis, e.start);
    if (s) for (const w of words(ctx.text.slice(s.start, s.end))) stated.add(w);
  }
  const matches: Match[] = [];
  for (const entry of entries) {
    if (entry.code.slice(0, 3) !== category) continue;
    const requirement = requirementOf(ctx, entry);
    const m = requirement && matchEntry(ctx, requirement, own, companions, stated);
    if (m) matches.push(m);
  }
  if (!matches.length) return;
  // The deepest entry the note states wins ("with angina pectoris, with documented spasm" over "with angina pectoris").
  const most = Math.max(...matches.map((m) => m.requirement.total));
  let best = matches.filter((m) => m.requirement.total === most);
  if (best.some((m) => m.betweenStated)) best = best.filter((m) => m.betweenStated);
  const targets = new Set(best.map((m) => m.requirement.entry.code));
  // Two readings of the same words ("native vessel" or "bypass graft" unstated): the note does not say which.
  if (targets.size !== 1) return;
  const match = best[0];
  const target = match.requirement.entry.code;
  const note = { section: 'I.A.15', action: 'combined' as const, detail: `Index "with": ${a.code} with ${match.companions.map((c) => c.code).join(' + ')} → ${target} (${match.requirement.entry.segments.join(', ')})` };
  const t = ensureDraft(ctx, drafts, target, [a, ...match.companions], note);
  if (!t) return;
  if (a.code !== target) dropDraft(ctx, drafts, a.code, 'I.A.15', `included in combination code ${target}`, t);
  for (const c of match.companions) {
    if (c.code !== target && !linkedByNote(ctx, target, c.code)) dropDraft(ctx, drafts, c.code, 'I.A.15', `included in combination code ${target}`, t);
  }
}

export const indexWithRule: GuidelineRule = {
  name: 'Index "with" combination codes',
  section: 'I.A.15, I.B.9',
  apply(ctx, drafts) {
    if (!ctx.conventions.indexWithEntries || drafts.size < 2) return;
    for (const a of [...drafts.values()]) {
      if (!drafts.has(a.code) || OWNED_ELSEWHERE.test(a.code)) continue;
      resolve(ctx, drafts, a);
    }
  },
};
