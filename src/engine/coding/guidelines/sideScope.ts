// Owns the scope of a stated side in coordinated phrases (Guidelines I.B.13 laterality, read with I.A.9/I.B.2:
// the code reports what the documentation says of *that* condition). "Right knee pain and left shoulder pain"
// states two sites, each with its own side: the side belongs to the conjunct that holds its site, never to the
// site of the other conjunct. A sided code whose site, in every conjunct of its clause that names that site,
// carries only the other side is the other side's code (its sibling by the Tabular title), or nothing when that
// sibling is already reported. Data: the code titles ("Pain in right shoulder": the site is what follows the side).
import { addNote, billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

type Side = 'right' | 'left';

/** Words that end a clause: a side never reaches across them. */
const CLAUSE_END = /[.;:\n()[\]]/;
/** Coordinators that split a clause into conjuncts, each with its own side. */
const CONJUNCT_SPLIT = /,|&|\/|\band\b|\bor\b|\bplus\b|\bas well as\b/i;
/** Words of a title after its side that are no site (the title's own grammar). */
const NOT_SITE = new Set(['and', 'the', 'with', 'without', 'of', 'in', 'unspecified', 'side', 'other', 'initial', 'subsequent', 'encounter', 'sequela']);

/** Words no conjunct needs to be a phrase of its own (articles, prepositions, side words). */
const FUNCTION_WORDS = new Set([...NOT_SITE, 'right', 'left', 'both', 'bilateral', 'bilat', 'for', 'from', 'on', 'at', 'to', 'a', 'an', 'his', 'her', 'rt', 'lt', 'r', 'l']);

export interface SidedTitle {
  side: Side;
  /** Words after the side: the site ("Pain in right knee": [knee]). */
  site: string[];
  /** Words before the side: the condition ("Pain in right knee": [pain]). */
  condition?: string[];
}

/** The side a code's title names, its site words after it and its condition words before it. */
export function titleSide(title: string): SidedTitle | undefined {
  const lower = title.toLowerCase();
  if (/\bbilateral\b/.test(lower)) return undefined;
  const m = /\b(right|left)\b([^,]*)/.exec(lower);
  if (!m || /\b(right|left)\b/.test(lower.slice(m.index + m[1].length))) return undefined;
  const site = m[2].split(/[^a-z]+/).filter((w) => w.length >= 3 && !NOT_SITE.has(w));
  const condition = lower.slice(0, m.index).split(/[^a-z]+/).filter((w) => w.length >= 4 && !NOT_SITE.has(w) && !site.includes(w));
  return site.length ? { side: m[1] as Side, site, ...(condition.length ? { condition } : {}) } : undefined;
}

/** The sides one conjunct states: words, R/L in capitals directly before a word, and the eye's and ear's abbreviations. */
export function sidesIn(conjunct: string): Set<string> {
  const out = new Set<string>();
  for (const m of conjunct.matchAll(/\b(right|rt|left|lt|bilateral|bilat|both)\b/gi)) {
    const w = m[1].toLowerCase();
    out.add(w === 'rt' ? 'right' : w === 'lt' ? 'left' : w === 'right' || w === 'left' ? w : 'bilateral');
  }
  for (const m of conjunct.matchAll(/(?:^|[^A-Za-z])([RL])\s+(?=[a-z]{3,})/g)) out.add(m[1] === 'R' ? 'right' : 'left');
  // The eye's and the ear's own side abbreviations in capitals (OD/OS/OU, AD/AS/AU): "nuclear cataract OD and cortical
  // cataract OS" states one side per conjunct as the words do.
  for (const m of conjunct.matchAll(/\b(OD|OS|OU|AD|AS|AU)\b/g)) out.add(/D$/.test(m[1]) ? 'right' : /S$/.test(m[1]) ? 'left' : 'bilateral');
  return out;
}

function wordsOf(conjunct: string): string[] {
  return conjunct.toLowerCase().split(/[^a-z]+/).filter(Boolean);
}

function holdsSite(conjunct: string, site: readonly string[]): boolean {
  const words = wordsOf(conjunct);
  return site.some((s) => words.some((w) => w === s || w === `${s}s` || w === `${s}es`));
}

/** The eye's (OD/OS/OU) and the ear's (AD/AS/AU) side abbreviations name their organ as well as the side. */
function abbreviationNamesSite(conjunct: string, site: readonly string[]): boolean {
  const eye = site.some((s) => s === 'eye' || s === 'eyes');
  const ear = site.some((s) => s === 'ear' || s === 'ears');
  return (eye && /\b(OD|OS|OU)\b/.test(conjunct)) || (ear && /\b(AD|AS|AU)\b/.test(conjunct));
}

/** A conjunct names the condition when it holds a word sharing the first five letters of a condition word (osteoarthritis/osteoarthritic). */
function holdsCondition(conjunct: string, condition: readonly string[]): boolean {
  const words = wordsOf(conjunct);
  return condition.some((c) => words.some((w) => w.slice(0, 5) === c.slice(0, 5)));
}

/** Words of a conjunct beyond its sides, its site and function words: its own head ("left knee effusion": effusion). */
function ownHead(conjunct: string, site: readonly string[]): boolean {
  return wordsOf(conjunct).some((w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !holdsSite(w, site));
}

/**
 * Judges one evidence span: the clause around it is split into conjuncts; of those the span touches, the ones
 * naming the code's site decide. 'other' when each of them states a side and none states the code's side (or
 * both sides); 'crossed' when the code's condition is only in a sided conjunct without the site and the site's conjunct
 * has its own head word; 'open' otherwise (no site named, a conjunct with no side of its own, or the code's side).
 */
export function sideOfSpan(text: string, start: number, end: number, code: { side: Side; site: readonly string[]; condition?: readonly string[] }): 'other' | 'crossed' | 'open' {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to])) to++;
  const clause = text.slice(from, to);
  const parts: { start: number; end: number; text: string }[] = [];
  let at = 0;
  const re = new RegExp(CONJUNCT_SPLIT.source, 'gi');
  for (const m of clause.matchAll(re)) {
    parts.push({ start: from + at, end: from + m.index, text: clause.slice(at, m.index) });
    at = m.index + m[0].length;
  }
  parts.push({ start: from + at, end: to, text: clause.slice(at) });
  if (parts.length < 2) return 'open';
  const touched = parts.filter((p) => p.start < end && start < p.end);
  // "right and left knees": a conjunct ending in the code's side shares the next conjunct's site.
  if (touched.some((p) => { const m = /\b(right|rt|left|lt)\s*$/i.exec(p.text); return !!m && sidesIn(m[1]).has(code.side); })) return 'open';
  const deciding = touched.filter((p) => holdsSite(p.text, code.site) || abbreviationNamesSite(p.text, code.site));
  if (!deciding.length) return 'open';
  // "right hip pain, left knee effusion" read as "Pain in left knee": the condition sits only in a conjunct that
  // states its own side, and the site's conjunct has its own head word: two phrases, each with its own condition.
  // ("pain in right knee and left hip" is one condition distributed: the hip's conjunct has no head of its own.)
  if (code.condition) {
    const holding = touched.filter((p) => holdsCondition(p.text, code.condition!));
    if (holding.length && holding.every((p) => !holdsSite(p.text, code.site) && sidesIn(p.text).size > 0) && deciding.every((p) => !holdsCondition(p.text, code.condition!) && ownHead(p.text, code.site))) return 'crossed';
  }
  for (const p of deciding) {
    const sides = sidesIn(p.text);
    if (!sides.size || sides.has(code.side) || sides.has('bilateral')) return 'open';
  }
  return 'other';
}

/** The code of the same length whose title is this one's with the other side (M25.511 → M25.512). */
export function otherSideCode(ctx: GuidelineContext, code: string, title: string, side: Side): string | undefined {
  const other: Side = side === 'right' ? 'left' : 'right';
  const wanted = title.replace(new RegExp(`\\b${side}\\b`, 'i'), (w) => (w[0] === w[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other));
  for (let i = 1; i < code.length; i++) {
    if (code[i] === '.') continue;
    for (const c of '0123456789') {
      if (c === code[i]) continue;
      const candidate = code.slice(0, i) + c + code.slice(i + 1);
      const entry = ctx.codeSet.find(candidate);
      if (entry && entry.longDescription === wanted) return entry.code;
    }
  }
  return undefined;
}

export const sideScopeRule: GuidelineRule = {
  name: 'side scoped to its conjunct',
  section: 'I.B.13',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const d of [...drafts.values()]) {
      if (!drafts.has(d.code) || !d.evidence.length) continue;
      const title = ctx.codeSet.find(d.code)?.longDescription;
      const sided = title ? titleSide(title) : undefined;
      if (!title || !sided) continue;
      // Any span that leaves the side open keeps the code: only a side contradicted wherever the code is stated moves it.
      const verdicts = d.evidence.map((e) => sideOfSpan(ctx.text, e.start, e.end, sided));
      if (verdicts.includes('open')) continue;
      if (verdicts.includes('crossed')) {
        dropDraft(ctx, drafts, d.code, 'I.B.13', `the ${sided.site.join(' ')} and the condition are stated in different phrases, each with its own side`);
        continue;
      }
      const other = otherSideCode(ctx, d.code, title, sided.side);
      const detail = `"${sided.side}" belongs to another site of the coordinated phrase; the ${sided.site.join(' ')} is stated on the other side`;
      if (other && billable(ctx, other) && !drafts.has(other)) {
        const moved = ensureDraft(ctx, drafts, other, [d], { section: 'I.B.13', action: 'refined', detail: `${d.code} → ${other}: ${detail}` });
        if (moved) {
          moved.first = d.first;
          moved.priority = d.priority;
          moved.sequence = d.sequence;
        }
        dropDraft(ctx, drafts, d.code, 'I.B.13', detail, moved);
      } else {
        const keeper = other ? drafts.get(other) : undefined;
        dropDraft(ctx, drafts, d.code, 'I.B.13', detail, keeper);
        if (keeper) addNote(keeper, { section: 'I.B.13', action: 'review', detail: `the other side's code ${d.code} was read across a coordination` });
      }
    }
  },
};
