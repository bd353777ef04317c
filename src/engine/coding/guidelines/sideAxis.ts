// Owns the side axis of a category read from the Tabular (Guidelines I.B.13: "when a patient has a bilateral
// condition and each side is treated … ", laterality from any provider documentation, I.B.14): a drafted code
// whose title leaves the side open ("… unspecified ear", "… unspecified elbow") is the sibling whose title
// differs from it only by the side the note states for that site, wherever in the note the side is written
// ("keloid of the left earlobe" one sentence before "keloid scar, sequela of ear laceration"). The siblings are
// read from the code titles (same category, same length, same words but the side and the words "unspecified"
// left open), never listed; the side from side words, their abbreviations (R/L/rt/lt/bilat/B/L) and the ear's
// and eye's own (AD/AS/AU, OD/OS/OU). The unspecified side stays only when the note states none for the site.
// Runs after the specificity rule, which reads the side in the words around the mention; this one reads the note.
import { addNote, billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

export type Side = 'right' | 'left' | 'bilateral';

/** One side statement of the note: the side, where it is written, the words around it. */
export interface SideStatement {
  side: Side;
  start: number;
  end: number;
  /** The statement says that side is normal or unaffected ("AS thresholds normal", "left arm asymptomatic"). */
  normal: boolean;
}

/** Side words and their charting abbreviations (case-insensitive); not the verb or the idiom ("left home", "right away"). */
const SIDE_WORD = /\b(right|rt|left|lt|bilateral|bilaterally|bilat|both)\b(?!\s+(?:away|now|after|before|here|there|the|a|an|his|her|home|without|against|work|school|ama)\b)|\bB\/L\b/gi;
/**
 * A capital R or L directly before a lower-case word or a short capital abbreviation of a part, or closing a phrase
 * ("R knee", "L upper lid", "R TM", "otitis media L").
 */
const SIDE_CAPITAL = /(?<![A-Za-z./-])([RL])(?=\s+(?:[a-z]{3,}|[A-Z]{2,3}\b)|\s*(?:[,.;)\n]|$))/g;
/** The ear's own abbreviations (auris dextra, sinistra, utraque). */
const EAR_SIDE = /\b(AD|AS|AU)\b/g;
/** The eye's own abbreviations (oculus dexter, sinister, uterque). */
const EYE_SIDE = /\b(OD|OS|OU)\b/g;
/** Words that say the side they follow in their clause is normal or unaffected. */
const NORMAL_AFTER = /^[^.;\n]{0,40}?\b(normal|unremarkable|asymptomatic|intact|clear|negative|unaffected|spared|uninvolved|wnl|nl|fine|benign|quiet|ok|within normal limits)\b/i;
/** Words just before a side that deny it ("no left", "denies right-sided"). */
const DENIED_BEFORE = /\b(no|not|denies|denied|without|negative for)\s+(\w+\s+)?$/i;
/** A clause ends at these characters: a side never reaches across them to a site. */
const CLAUSE_END = /[.;:\n()]/;

/** Function words a title's site is never (the words after the side: "right upper eyelid" → eyelid). */
const TITLE_FILLER = new Set(['of', 'the', 'and', 'with', 'without', 'in', 'to', 'on', 'a', 'an', 'unspecified', 'side', 'initial', 'subsequent', 'encounter', 'sequela', 'for']);

function titleWords(title: string): string[] {
  return title.toLowerCase().replace(/\([^)]*\)/g, ' ').split(/[^a-z0-9]+/).filter(Boolean);
}

/** Every side statement of the note, with whether the note calls that side normal. */
export function sideStatements(text: string, opts: { ear?: boolean; eye?: boolean } = {}): SideStatement[] {
  const out: SideStatement[] = [];
  const push = (side: Side, start: number, end: number) => {
    let to = end;
    while (to < text.length && !CLAUSE_END.test(text[to])) to++;
    const after = text.slice(end, to);
    const before = text.slice(Math.max(0, start - 25), start);
    out.push({ side, start, end, normal: NORMAL_AFTER.test(after) || DENIED_BEFORE.test(before) });
  };
  for (const m of text.matchAll(SIDE_WORD)) {
    // "RT" in capitals is radiotherapy; "rt"/"Rt" is the side.
    if (m[0] === 'RT') continue;
    const w = m[0].toLowerCase();
    const side: Side = w === 'right' || w === 'rt' ? 'right' : w === 'left' || w === 'lt' ? 'left' : 'bilateral';
    push(side, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(SIDE_CAPITAL)) push(m[1] === 'R' ? 'right' : 'left', m.index!, m.index! + 1);
  const abbreviations: Array<[RegExp, boolean | undefined]> = [[EAR_SIDE, opts.ear], [EYE_SIDE, opts.eye]];
  for (const [re, wanted] of abbreviations) {
    if (!wanted) continue;
    for (const m of text.matchAll(re)) {
      const side: Side = /D$/.test(m[1]) ? 'right' : /S$/.test(m[1]) ? 'left' : 'bilateral';
      push(side, m.index!, m.index! + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A note word names the title's site: the same word, its plural, a compound on it (earlobe, eyelids) or its tail (lid). */
function namesSite(word: string, site: string): boolean {
  if (word === site || word === `${site}s` || word === `${site}es`) return true;
  if (site.length >= 3 && word.startsWith(site) && word.length <= site.length + 5) return true;
  return word.length >= 3 && site.endsWith(word) && site.length - word.length <= 3;
}

/** The statement names the site in its own clause: within three words after it, or just before it ("ear, left"). */
function tiedToSite(text: string, s: SideStatement, sites: ReadonlySet<string>): boolean {
  let to = s.end;
  while (to < text.length && !CLAUSE_END.test(text[to])) to++;
  const after = text.slice(s.end, to).toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(0, 3);
  let from = s.start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  const before = text.slice(from, s.start).toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-2);
  return [...after, ...before].some((w) => [...sites].some((site) => namesSite(w, site)));
}

interface Sibling { code: string; side: Side; words: Set<string> }

/**
 * The siblings of an open-sided code that differ from it only on the side axis: same category and length, a title
 * naming one side, and no other word than the side and the words an "unspecified" of its own title left open.
 */
export function sideSiblings(ctx: GuidelineContext, code: string): { open: boolean; sites: Set<string>; siblings: Sibling[] } {
  const none = { open: false, sites: new Set<string>(), siblings: [] };
  const entry = ctx.codeSet.find(code);
  if (!entry) return none;
  const title = entry.longDescription.toLowerCase();
  if (!/\bunspecified\b/.test(title) || /\b(right|left|bilateral)\b/.test(title)) return none;
  const own = new Set(titleWords(title));
  // ", unspecified eye, unspecified eyelid": the words an "unspecified" leaves open may be filled in by a sibling.
  const soft = new Set<string>(['unspecified', 'side', 'laterality']);
  for (const m of title.matchAll(/\bunspecified ([a-z]+)/g)) soft.add(m[1]);
  const length = code.replace('.', '').length;
  const siblings: Sibling[] = [];
  const sites = new Set<string>();
  for (const e of ctx.codeSet.billableDescendants(code.slice(0, 3))) {
    if (e.code === code || e.code.replace('.', '').length !== length) continue;
    const t = e.longDescription.toLowerCase();
    const sides = [...t.matchAll(/\b(right|left|bilateral)\b/g)].map((m) => m[1]);
    if (new Set(sides).size !== 1) continue;
    const words = new Set(titleWords(t));
    const removed = [...own].filter((w) => !words.has(w));
    if (!removed.every((w) => soft.has(w))) continue;
    const added = [...words].filter((w) => !own.has(w) && w !== sides[0] && w !== 'and');
    // At most the words the note must state beside the side (a part of the open site: "upper and lower" eyelids).
    if (added.length > 4) continue;
    siblings.push({ code: e.code, side: sides[0] as Side, words: new Set(added) });
    const site = /\b(?:right|left|bilateral)\b([^,]*)/.exec(t)?.[1].split(/[^a-z]+/).filter((w) => w.length >= 2 && !TITLE_FILLER.has(w)) ?? [];
    if (site.length) sites.add(site[site.length - 1]);
  }
  return { open: siblings.length > 0, sites, siblings };
}

/** Words stated in the clause of a side statement (the "upper" of "L upper lid"). */
function clauseWords(text: string, s: SideStatement): Set<string> {
  let from = s.start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  let to = s.end;
  while (to < text.length && !CLAUSE_END.test(text[to])) to++;
  return new Set(text.slice(from, to).toLowerCase().split(/[^a-z]+/).filter(Boolean));
}

/** The one side the statements give (right and left together are bilateral), or undefined when they disagree or say none. */
function oneSide(statements: readonly SideStatement[]): Side | undefined {
  const sides = new Set(statements.map((s) => s.side));
  if (!sides.size) return undefined;
  if (sides.has('bilateral') || (sides.has('right') && sides.has('left'))) return 'bilateral';
  return [...sides][0];
}

/**
 * The side the note states for the code's site: first the statements tied to the site (its word in the same clause),
 * then, when the note names no side of any site but this condition's, every side statement of the note. Sides the
 * note calls normal are not the condition's.
 */
export function statedSide(ctx: GuidelineContext, d: Draft, sites: ReadonlySet<string>, othersSided: boolean): { side: Side; statements: SideStatement[] } | undefined {
  const ear = [...sites].some((s) => s === 'ear' || s.endsWith('ear'));
  const eye = [...sites].some((s) => s === 'eye' || s === 'eyelid' || s === 'orbit');
  const all = sideStatements(ctx.text, { ear, eye }).filter((s) => !s.normal);
  if (!all.length) return undefined;
  const abbreviation = (s: SideStatement) => /^(AD|AS|AU|OD|OS|OU)$/.test(ctx.text.slice(s.start, s.end));
  const tied = all.filter((s) => abbreviation(s) || tiedToSite(ctx.text, s, sites));
  if (tied.length) {
    const side = oneSide(tied);
    return side ? { side, statements: tied } : undefined;
  }
  // No statement names the site: the note's sides are this condition's only when no other coded condition holds a side.
  // Never for a neoplasm: a tumour's note describes other lesions, nodes and metastases with their own sides, and the
  // neoplasm rules own its site (I.C.2).
  if (othersSided || !d.evidence.length || /^(C|D[0-4])/.test(d.code)) return undefined;
  const side = oneSide(all);
  // Both sides only from a word that says so ("both hands", "bilateral"), never from two sides of different sites.
  if (side === 'bilateral' && !all.every((s) => s.side === 'bilateral')) return undefined;
  return side ? { side, statements: all } : undefined;
}

/** Drafts whose titles name a side (another condition's site that may own the note's side words). */
function sidedDrafts(ctx: GuidelineContext, drafts: Map<string, Draft>, except: Draft): boolean {
  for (const x of drafts.values()) {
    if (x === except) continue;
    const t = ctx.codeSet.find(x.code)?.longDescription ?? '';
    if (/\b(right|left|bilateral)\b/i.test(t)) return true;
  }
  return false;
}

/** A further word of a title is stated when a word of the side's clause names it (lid: eyelids, lids: eyelid). */
function stated(word: string, words: ReadonlySet<string>): boolean {
  const singular = word.replace(/s$/, '');
  for (const w of words) if (namesSite(w, word) || namesSite(w, singular) || namesSite(w.replace(/s$/, ''), singular)) return true;
  return false;
}

/**
 * The sibling of one side whose further words are all stated, naming the most of them ("L upper lid": the left upper
 * eyelid, not "left eye, unspecified eyelid"); a tie between different further words is not for the side to decide.
 */
function pick(siblings: readonly Sibling[], side: Side, words: ReadonlySet<string>): string | undefined {
  const fits = siblings.filter((s) => s.side === side && [...s.words].every((w) => stated(w, words)));
  if (!fits.length) return undefined;
  const most = Math.max(...fits.map((s) => s.words.size));
  const best = fits.filter((s) => s.words.size === most);
  return best.length === 1 ? best[0].code : undefined;
}

export const sideAxisRule: GuidelineRule = {
  name: 'side axis from the note',
  section: 'I.B.13',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const open = [...drafts.values()].filter((d) => !/^[OZ]/.test(d.code)).map((d) => ({ d, axis: sideSiblings(ctx, d.code) })).filter((x) => x.axis.open);
    for (const { d, axis } of open) {
      if (!drafts.has(d.code)) continue;
      // Two open-sided conditions in one note: an untied side statement could be either's.
      const othersSided = open.length > 1 || sidedDrafts(ctx, drafts, d);
      const stated = statedSide(ctx, d, axis.sites, othersSided);
      if (!stated) continue;
      const words = new Set<string>();
      for (const s of stated.statements) for (const w of clauseWords(ctx.text, s)) words.add(w);
      // I.B.13: "If no bilateral code is provided and the condition is bilateral, assign separate codes for both the
      // left and right side."
      const sides: Side[] = stated.side === 'bilateral' && !axis.siblings.some((s) => s.side === 'bilateral') ? ['right', 'left'] : [stated.side];
      const targets = sides.map((side) => pick(axis.siblings, side, words));
      if (targets.some((t) => !t || !billable(ctx, t))) continue;
      const made: Draft[] = [];
      for (const target of targets as string[]) {
        const detail = `${d.code} → ${target}: the note states the ${stated.side} side for the ${[...axis.sites].join('/') || 'site'}`;
        const existing = drafts.get(target);
        const t = existing ?? ensureDraft(ctx, drafts, target, [d], { section: 'I.B.13', action: 'refined', detail });
        if (!t) continue;
        if (existing) addNote(existing, { section: 'I.B.13', action: 'refined', detail });
        t.confidence = Math.max(t.confidence, d.confidence);
        t.first = Math.min(t.first, d.first);
        t.priority = Math.min(t.priority, d.priority);
        if (!existing) t.sequence = d.sequence;
        made.push(t);
      }
      if (made.length === targets.length) dropDraft(ctx, drafts, d.code, 'I.B.13', `the side is stated: ${targets.join(', ')}`, made[0]);
    }
  },
};
