// Owns specificity and laterality (Guidelines I.B.2, I.A.9, I.B.13): a code is replaced by a sibling
// whose extra qualifier words (type, episode, acuity, severity, stage, site, side) are all stated
// around the mention. Siblings and their qualifiers come from the code set's own descriptions; the
// only data here is how notes write sides ("OD", "R", "both").
import type { CodeSet } from '../../icd10';
import type { Span } from '../../types';
import { memoOf } from '../../text/memo';
import { contentTokens, normalizeWord } from '../normalize';
import { addNote, billable, dropDraft, ensureDraft, mergeEvidence, tokenIndexAt, windowAround } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** A 7th character naming the encounter (the 7th-character rule chooses it, not this one). */
const ENCOUNTER = /\b(encounter|sequela)\b/i;

/** Words around a mention that count as its qualifiers. */
const WINDOW_WORDS = 8;

/**
 * Categories that split one condition by a qualifier across two categories: the episode of major
 * depression (F32/F33), and the site of osteoarthritis (Index "Osteoarthritis, hip M16.-", "knee M17.-",
 * "shoulder M19.01-": an unspecified-site M19.9- is refined to the site the note states, I.B.2/I.B.13).
 */
const SIBLING_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  F32: ['F33'], F33: ['F32'], M19: ['M16', 'M17'],
  // "Cataract, unspecified" (H26.9) and age-related cataract (H25); otitis media unspecified (H66.9)
  // and nonsuppurative otitis media (H65): the Index sends the stated kind to the second category.
  H26: ['H25'], H66: ['H65'],
  // Index "Meningitis, viral A87.9 / bacterial G00.9" and "Pneumonia, viral J12.9 / bacterial J15.9".
  G03: ['A87', 'G00'], J18: ['J12', 'J15'],
};

/**
 * Categories whose mentions name the same condition as a category's code, so their words qualify it, though
 * the code never moves to them: the dementia of a disease classified elsewhere (F02, I.A.13) is the dementia
 * an F03 mention ("dementia, moderate") names.
 */
const SAME_CONDITION: Readonly<Record<string, readonly string[]>> = { F02: ['F03'] };

/**
 * Index defaults of osteoarthritis: "Osteoarthritis, hip, unilateral M16.1-", "bilateral M16.0" and
 * "shoulder M19.01-" are the primary codes, so osteoarthritis of a stated side is primary unless the
 * note names another kind (secondary, post-traumatic, dysplasia).
 */
const PRIMARY_BY_DEFAULT = new Set(['M15', 'M16', 'M17', 'M19']);
const NOT_PRIMARY = ['secondary', 'traumatic', 'posttraumatic', 'dysplasia', 'post'];
const NOT_IDIOPATHIC = ['drug', 'induced', 'lead', 'renal', 'impairment', 'secondary'];
const JOINT_SITE_WORDS = ['shoulder', 'elbow', 'wrist', 'hand', 'hip', 'knee', 'ankle', 'foot', 'vertebra'];
/** Musculoskeletal sites the Tabular names by the region: a toe or its joint is "ankle and foot" (M00-M25). */
const FOOT_PARTS = new Set(['toe', 'toes', 'mtp', 'hallux', 'metatarsophalangeal', 'forefoot', 'midfoot', 'heel']);

/**
 * Index subterms that make a general term the specific one: "Depression, recurrent" and "Depression,
 * single episode" index to major depressive disorder (F33.9 / F32.9), not F32.A. When a code's
 * qualifiers include one of the trigger words, the implied words count as stated.
 */
const INDEX_IMPLIES: Readonly<Record<string, { when: readonly string[]; words: readonly string[] }>> = {
  'F32.A': { when: ['recurrent', 'episode'], words: ['major', 'depressive', 'disorder'] },
};

/**
 * How notes write sides: eye (OD/OS/OU) and ear (AD/AS/AU) abbreviations in capitals, "R"/"L" in
 * capitals before a word, and plain-word synonyms. Each maps to the words the Tabular uses.
 */
const SIDE_CAPITALS: Readonly<Record<string, readonly string[]>> = {
  OD: ['right', 'eye'], OS: ['left', 'eye'], OU: ['bilateral', 'eye'],
  AD: ['right', 'ear'], AS: ['left', 'ear'], AU: ['bilateral', 'ear'],
};
/** Organ parts the Tabular names by the whole ("Crohn's disease of small intestine" for the ileum). */
const PART_OF: Readonly<Record<string, readonly string[]>> = {
  ileum: ['small', 'intestine'], ileal: ['small', 'intestine'], jejunum: ['small', 'intestine'], jejunal: ['small', 'intestine'],
  duodenum: ['small', 'intestine'], duodenal: ['small', 'intestine'], ileitis: ['small', 'intestine'],
  colon: ['large', 'intestine'], colonic: ['large', 'intestine'], cecum: ['large', 'intestine'], cecal: ['large', 'intestine'],
  sigmoid: ['large', 'intestine'], rectum: ['large', 'intestine'], rectal: ['large', 'intestine'], colitis: ['large', 'intestine'],
  // The Tabular's limbs ("Cellulitis of right lower limb") for the parts notes name.
  leg: ['lower', 'limb'], legs: ['lower', 'limb'], calf: ['lower', 'limb'], shin: ['lower', 'limb'], thigh: ['lower', 'limb'],
  arm: ['upper', 'limb'], arms: ['upper', 'limb'], forearm: ['upper', 'limb'],
  // "Cellulitis of left lower extremity": the stated upper/lower qualifies "extremity" as the Tabular's limb.
  extremity: ['limb'], extremities: ['limb'],
  // Organisms as clinicians shorten them ("strep pharyngitis" is J02.0 Streptococcal pharyngitis).
  strep: ['streptococcal'], staph: ['staphylococcal'],
  // Adjectives for the Tabular's nouns ("acute hypoxic respiratory failure" is J96.01 "with hypoxia").
  hypoxic: ['hypoxia'], hypoxemic: ['hypoxia'], hypercapnic: ['hypercapnia'], hypercarbic: ['hypercapnia'],
  // The Tabular's "sacral region" (L89.15- pressure ulcer, M53.2X8, M54.18) is the sacrum and the coccyx.
  sacrum: ['sacral', 'region'], coccyx: ['sacral', 'region'], coccygeal: ['sacral', 'region'],
};

/**
 * Digits as notes count them ("R 4th digit", "fifth finger"): the Tabular names the fingers (M65.3-
 * "Trigger finger, right ring finger", S62.6- "… of right little finger"): the first is the thumb, then
 * the index, middle, ring and little finger. Read only before "digit" or "finger" (a toe is counted by
 * the foot's codes, "great" and "lesser" toes, not by these names).
 */
const FINGER_BY_ORDINAL: Readonly<Record<string, readonly string[]>> = {
  '1st': ['thumb'], first: ['thumb'], '2nd': ['index', 'finger'], second: ['index', 'finger'],
  '3rd': ['middle', 'finger'], third: ['middle', 'finger'], '4th': ['ring', 'finger'], fourth: ['ring', 'finger'],
  '5th': ['little', 'finger'], fifth: ['little', 'finger'],
};
const FINGER_NOUN = /^(digit|finger|dig)$/;

/**
 * Sites the Index sends to a limb for one category: "Cellulitis, hand / wrist / elbow / axilla / shoulder —
 * see Cellulitis, upper limb" and "foot / ankle / heel / knee / hip — see Cellulitis, lower limb" (L03.11-,
 * L03.12- keep the fingers and toes apart, L03.01-/L03.03-; the abscess category L02 names the hand and
 * foot itself, so only L03 reads them as limbs).
 */
/** "Lower" as the Tabular's titles normalize it ("low") and as written. */
const LOWER_LIMB = ['lower', 'low', 'limb'];
const LIMB_OF_SITE: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  L03: {
    hand: ['upper', 'limb'], wrist: ['upper', 'limb'], elbow: ['upper', 'limb'], axilla: ['upper', 'limb'], shoulder: ['upper', 'limb'],
    foot: LOWER_LIMB, ankle: LOWER_LIMB, heel: LOWER_LIMB, knee: LOWER_LIMB, hip: LOWER_LIMB,
  },
};

/**
 * Substance use disorders by DSM-5 severity are inclusion terms of the Tabular (I.A.11; I.C.5.b.1): "Alcohol
 * use disorder, mild" under F10.10 (abuse), "moderate" and "severe" under F10.20 (dependence), and the same
 * for each substance class F11-F16, F18-F19 (F17 nicotine has only dependence).
 */
const USE_DISORDER_CATEGORY = /^F1[0-689]$/;
function useDisorderSeverity(category: string, affirmed: Set<string>): void {
  if (!USE_DISORDER_CATEGORY.test(category) || !affirmed.has('disorder') || !affirmed.has('use')) return;
  const kind = affirmed.has('moderate') || affirmed.has('severe') ? 'dependence' : affirmed.has('mild') ? 'abuse' : undefined;
  if (!kind) return;
  affirmed.add(kind);
  // "Use" is a word of the disorder's DSM-5 name, not the Tabular's "use" (F1x.9-) the note leaves behind.
  affirmed.delete('use');
  // "Disorder" is the DSM-5 name's word too: it states no "(substance)-induced disorder" (F1x.29 "with
  // unspecified opioid-induced disorder") unless the note says "induced" itself.
  if (!affirmed.has('induced')) affirmed.delete('disorder');
}
const SIDE_WORDS: Readonly<Record<string, string>> = { rt: 'right', lt: 'left', both: 'bilateral', bilaterally: 'bilateral', bilat: 'bilateral' };
/** Words that negate the qualifiers after them in the clause ("without psychotic features"). */
const NEGATORS = new Set(['without', 'no', 'not', 'denies', 'denied', 'negative', 'free']);
const NEGATOR_REACH = 4;
/** "w/o", the charting abbreviation of "without", tokenises as "w" "o": its "o" negates as "without" does. */
function isWithoutAbbreviation(tokens: readonly { start: number; end: number; raw: string }[], k: number, text: string): boolean {
  return tokens[k].raw === 'o' && k > 0 && tokens[k - 1].raw === 'w' && text.slice(tokens[k - 1].end, tokens[k].start) === '/';
}
/**
 * Cues that make the qualifiers after them uncertain ("acute pharyngitis - likely streptococcal", "acute
 * bronchitis, probably viral"): outpatient, an uncertain cause or type is not coded (IV.H), so the words
 * are no qualifier and the established condition keeps its unspecified code; inpatient they are (II.H).
 */
const UNCERTAIN_CUES = new Set(['likely', 'probable', 'probably', 'possible', 'possibly', 'suspected', 'suspect', 'presumed', 'presumably', 'questionable', 'query', 'perhaps', 'maybe']);
const UNCERTAIN_REACH = 3;

interface Variant {
  code: string;
  /** Content words the description affirms (parenthesised nonessential words removed). */
  pos: Set<string>;
  /** Each "without …" segment's words: the description says they are absent. */
  neg: string[][];
  /** Words a trailing "unspecified" qualifies (", unspecified eye"): never required; a gain when stated. */
  soft: Set<string>;
  /** A residual "other" code: a qualifier match can never establish it. */
  other: boolean;
  /** The category's unspecified code of its kind: it gives way to any sibling the note supports. */
  unspecified: boolean;
}

interface CategoryVariants {
  list: Variant[];
  /** Word → the variants whose description uses it (affirmed or in a "without" segment). */
  byWord: Map<string, Variant[]>;
  /** Some codes of the category name a side. */
  lateral: boolean;
}

const variantCache = new WeakMap<CodeSet, Map<string, CategoryVariants>>();

function parse(code: string, description: string): Variant {
  // Nonessential (parenthesised) words and "unspecified as acute or chronic" name no qualifier.
  // "Not intractable" says the qualifier is absent, as "without" does (G43.709 vs G43.719).
  const plain = description.replace(/\([^)]*\)/g, ' ').replace(/\bunspecified as \w+ or \w+/gi, 'unspecified').replace(/\bunspecified whether [^,]*/gi, 'unspecified').replace(/\b\w+ or unspecified\b/gi, 'unspecified')
    .replace(/,\s*not (\w+)(?=,|$)/gi, ' without $1,')
    // "with both hemorrhage and perforation" states two complications; "both" is no word a note must write.
    .replace(/\bwith both\b/gi, 'with')
    // The Tabular's one joint site "ankle and foot" (M19.07-, M19.17-): a note naming the ankle states it;
    // "foot" is a word it may take, never one it requires (M25.47- keeps ankle and foot as separate codes).
    .replace(/\bankle and foot\b/gi, 'ankle')
    // L97.4- "heel and midfoot" is one site likewise: the heel states it.
    .replace(/\bheel and midfoot\b/gi, 'heel');
  const soft = new Set<string>();
  if (/\bankle and foot\b/i.test(description)) soft.add('foot');
  if (/\bheel and midfoot\b/i.test(description)) soft.add('midfoot');
  // "Chronic or unspecified duodenal ulcer with perforation": the code is the chronic one too, so "chronic"
  // is a word it may take from the note, never one it requires.
  const eitherWords: string[] = [];
  for (const m of description.matchAll(/\b(\w+) or unspecified\b/gi)) eitherWords.push(...contentTokens(m[1]));
  for (const w of eitherWords) soft.add(w);
  // Only a trailing ", unspecified eye" leaves a dimension open; a leading "Unspecified acute
  // conjunctivitis" names the condition itself.
  // ", unspecified with intestinal obstruction" opens nothing: the "with" part is a stated complication.
  for (const m of plain.matchAll(/,\s*unspecified ((?:(?!\bwith)[^,])+)/gi)) for (const w of contentTokens(m[1])) soft.add(w);
  const neg: string[][] = [];
  const pos: string[] = [];
  const parts = plain.split(/\bwithout\b/i);
  pos.push(...contentTokens(parts[0]));
  for (const part of parts.slice(1)) {
    // "without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety": an enumeration
    // closed by "and" is one negated list, not a negated word followed by affirmed qualifiers.
    if (/^[^,]+(,[^,]+)*,\s*(and|or)\s+[^,]+$/i.test(part) && !/\b(right|left|bilateral|with|initial|subsequent|sequela)\b/i.test(part)) {
      for (const item of part.split(/,\s*(?:and\s+|or\s+)?/)) {
        const words = contentTokens(item);
        if (words.length) neg.push(words);
      }
      continue;
    }
    // "without X, right eye": the segment runs to the next comma or "with"; the rest is affirmed.
    const m = /^([^,]*?)(?=,|\bwith\b|$)(.*)$/is.exec(part)!;
    const words = contentTokens(m[1]);
    if (words.length) neg.push(words);
    pos.push(...contentTokens(m[2]));
  }
  // "Dementia in other diseases classified elsewhere, mild" is a manifestation code, not a residual "other" code.
  const residual = /\bother\b/i.test(plain.replace(/\bin other diseases classified elsewhere\b/gi, ' '));
  pos.push(...eitherWords);
  return { code, pos: new Set(pos), neg, soft, other: residual, unspecified: /\bunspecified\b/i.test(description) };
}

function variantsOf(codeSet: CodeSet, category: string): CategoryVariants {
  let byCategory = variantCache.get(codeSet);
  if (!byCategory) variantCache.set(codeSet, (byCategory = new Map()));
  let found = byCategory.get(category);
  if (!found) {
    const list: Variant[] = [];
    const byWord = new Map<string, Variant[]>();
    // Encounter 7th characters (initial, subsequent, sequela) are the 7th-character rule's.
    for (const e of codeSet.billableDescendants(category)) {
      if (ENCOUNTER.test(e.longDescription)) continue;
      const v = parse(e.code, e.longDescription);
      list.push(v);
      for (const w of new Set([...v.pos, ...v.neg.flat()])) {
        const at = byWord.get(w);
        if (at) at.push(v);
        else byWord.set(w, [v]);
      }
    }
    byCategory.set(category, (found = { list, byWord, lateral: byWord.has('right') || byWord.has('left') }));
  }
  return found;
}

/** Per note (kept on the context: see text/memo.ts): the categories of the mentions covering each token (most tokens: none). */
const COVER = Symbol('cover');

function coverOf(ctx: GuidelineContext): Array<string[] | undefined> {
  let cover = memoOf(ctx).get(COVER) as Array<string[] | undefined> | undefined;
  if (cover) return cover;
  cover = new Array<string[] | undefined>(ctx.tokens.length);
  for (const m of ctx.mentionSpans) {
    const category = m.code.slice(0, 3);
    for (let i = tokenIndexAt(ctx.tokens, m.span.start); i < ctx.tokens.length && ctx.tokens[i].start < m.span.end; i++) {
      const list = cover[i] ?? (cover[i] = []);
      if (!list.includes(category)) list.push(category);
    }
  }
  memoOf(ctx).set(COVER, cover);
  return cover;
}

/** An uncertainty cue a few tokens before token i, in its clause. */
function uncertainBefore(tokens: readonly { clause: number; raw: string }[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - UNCERTAIN_REACH); k--) {
    if (tokens[k].clause !== tokens[i].clause) return false;
    if (UNCERTAIN_CUES.has(tokens[k].raw)) return true;
  }
  return false;
}

/** Words that join two sides into both sides. */
const SIDE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', '&', '/', 'plus']);

/** Two side tokens at a < b name both sides of one thing: only joiners between them, or the same noun after each. */
function sidesJoined(tokens: readonly { raw: string }[], a: number, b: number): boolean {
  const between = tokens.slice(a + 1, b).map((t) => t.raw);
  if (between.every((w) => SIDE_JOINERS.has(w))) return true;
  return b + 1 < tokens.length && tokens[a + 1]?.raw === tokens[b + 1].raw;
}

/** Affirmed and negated qualifier words around a draft's mentions, outside other findings. */
function qualifiers(ctx: GuidelineContext, d: Draft): { affirmed: Set<string>; negated: Set<string> } {
  const category = d.code.slice(0, 3);
  const cover = coverOf(ctx);
  // A sibling category's mention is the same condition ("osteoarthritis of both hips" beside "primary osteoarthritis").
  const same = [...(SIBLING_CATEGORIES[category] ?? []), ...(SAME_CONDITION[category] ?? [])];
  const coveredByOther = (i: number) => cover[i]?.some((c) => c !== category && !same.includes(c)) === true;
  const affirmed = new Set<string>();
  const negated = new Set<string>();
  const { tokens, text } = ctx;
  let sidePair = false;
  for (const e of d.evidence) {
    const [from, to] = windowAround(ctx, e, WINDOW_WORDS);
    let lastSide: { side: string; at: number } | undefined;
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      const inOwn = e.start < t.end && t.start < e.end;
      if (!inOwn && !joinedByWith(text, e, t) && (coveredByOther(i) || modifiesOther(tokens, i, coveredByOther, e))) continue;
      let negatedHere = false;
      for (let k = i - 1; k >= Math.max(from, i - NEGATOR_REACH); k--) {
        if (tokens[k].clause !== t.clause) break;
        if (NEGATORS.has(tokens[k].raw) || isWithoutAbbreviation(tokens, k, text)) negatedHere = true;
      }
      if (!inOwn && ctx.setting === 'outpatient' && uncertainBefore(tokens, i, from)) continue;
      // "Common bile duct not dilated", "left kidney normal": the word is the subject of a statement that
      // it is unremarkable, so it is no qualifier of this finding (refinements read affirmed modifiers only).
      if (!negatedHere && !inOwn && saidUnremarkable(tokens, i, to)) continue;
      const target = negatedHere ? negated : affirmed;
      for (const n of t.norms) if (!NEVER_QUALIFIER.has(n)) target.add(n);
      const noun = complicationNoun(t.raw);
      if (noun) target.add(noun);
      // Side abbreviations are one or two capitals: only such tokens are read from the text.
      const surface = t.end - t.start <= 2 ? text.slice(t.start, t.end) : '';
      const capital = surface.length === 2 ? SIDE_CAPITALS[surface] : undefined;
      if (capital) for (const w of capital) target.add(w);
      const side = SIDE_WORDS[t.raw];
      if (side) target.add(side);
      // A part the category's own titles name is read as itself ("Pain in left leg" M79.605, never the lower leg),
      // unless the whole only restates it in the Tabular's words ("sacrum" is the "sacral region" of L89.15-).
      const restates = PART_OF[t.raw]?.some((w) => normalizeWord(w) === t.norms[0]);
      const whole = !restates && variantsOf(ctx.codeSet, category).byWord.has(t.norms[0]) ? undefined : PART_OF[t.raw];
      // The parts' words as the descriptions' tokens are normalised ("lower" is "low").
      if (whole) for (const w of whole) target.add(normalizeWord(w));
      if (category[0] === 'M' && FOOT_PARTS.has(t.raw)) for (const w of ['ankle', 'foot']) target.add(w);
      // "R knee", "L hip": a capital letter naming a side only directly before a word.
      // "R 4th digit": an ordinal digit between the side and its noun.
      if ((surface === 'R' || surface === 'L') && i + 1 < to && (/^[a-z]{3,}$/.test(tokens[i + 1].raw) || (FINGER_BY_ORDINAL[tokens[i + 1].raw] && i + 2 < to && FINGER_NOUN.test(tokens[i + 2].raw)))) target.add(surface === 'R' ? 'right' : 'left');
      const limb = LIMB_OF_SITE[category]?.[t.raw];
      if (limb) for (const w of limb) target.add(w);
      const finger = FINGER_BY_ORDINAL[t.raw];
      if (finger && i + 1 < to && FINGER_NOUN.test(tokens[i + 1].raw)) for (const w of finger) target.add(w);
      // "right and left": both sides named together are the bilateral code where one exists (I.B.13).
      const sideHere = surface === 'R' || t.raw === 'right' || t.raw === 'rt' ? 'right' : surface === 'L' || t.raw === 'left' || t.raw === 'lt' ? 'left' : undefined;
      if (sideHere && !negatedHere) {
        // Only sides joined directly ("right and left", "L/R") or naming the same noun ("right knee and left knee"):
        // "left knee and right hip" gives each site its own side, not both sides to either (I.B.13).
        if (lastSide && lastSide.side !== sideHere && i - lastSide.at <= 3 && sidesJoined(tokens, lastSide.at, i)) sidePair = true;
        lastSide = { side: sideHere, at: i };
      }
    }
  }
  if (sidePair) affirmed.add('bilateral');
  // Index "unilateral" subterms (Osteoarthritis, hip, unilateral M16.1-): one stated side is unilateral.
  if (!affirmed.has('bilateral') && (affirmed.has('right') !== affirmed.has('left'))) affirmed.add('unilateral');
  const sided = affirmed.has('unilateral') || affirmed.has('bilateral');
  if (sided && PRIMARY_BY_DEFAULT.has(category) && !NOT_PRIMARY.some((w) => affirmed.has(w))) affirmed.add('primary');
  // Index "Gout, idiopathic M10.0-" is the gout of a stated site unless the note names a cause (drug, lead,
  // renal impairment, secondary).
  if (category === 'M10' && (sided || JOINT_SITE_WORDS.some((w) => affirmed.has(w))) && !NOT_IDIOPATHIC.some((w) => affirmed.has(w))) affirmed.add('idiopathic');
  if (affirmed.has('small') && affirmed.has('large')) affirmed.add('both');
  useDisorderSeverity(category, affirmed);
  return { affirmed, negated };
}

/**
 * The Tabular names a complication by its noun ("Acute gastric ulcer with hemorrhage and perforation",
 * "with obstruction", "with gangrene"); a note often writes the participle or adjective ("perforated acute
 * gastric ulcer", "obstructed hernia", "gangrenous appendix", "infected cyst"). The word's noun form counts
 * as the same qualifier (I.A.15 "with": the complication stated either way).
 */
function complicationNoun(raw: string): string | undefined {
  if (raw.length < 7) return undefined;
  const irregular = IRREGULAR_NOUN[raw];
  if (irregular) return irregular;
  const m = /^([a-z]{4,})(at|ct)(ed|ing)$/.exec(raw);
  return m ? `${m[1]}${m[2]}ion` : undefined;
}
const IRREGULAR_NOUN: Readonly<Record<string, string>> = { gangrenous: 'gangrene', abscessed: 'abscess', bled: 'hemorrhage' };

/**
 * I.A.15: a finding the note joins to this one with "with" ("vascular dementia, moderate, with agitation",
 * "diverticulitis with perforation and abscess") is the combination code's component, though it is a
 * finding of its own too: its words qualify this code. Only right after the mention, in its sentence.
 */
function joinedByWith(text: string, own: Span, t: { start: number }): boolean {
  if (t.start < own.end || t.start - own.end > WITH_REACH_CHARS) return false;
  return WITH_LINK.test(text.slice(own.end, t.start));
}
const WITH_LINK = /^[^.;:\n]*\bwith\b[^.;:\n]*$/i;
const WITH_REACH_CHARS = 40;

/** Token i is followed, in its clause, by "not <state>" or "normal" / "unremarkable" (a few words on). */
function saidUnremarkable(tokens: readonly { clause: number; raw: string }[], i: number, to: number): boolean {
  const clause = tokens[i].clause;
  for (let k = i + 1; k < Math.min(to, i + 1 + UNREMARKABLE_REACH) && tokens[k].clause === clause; k++) {
    const w = tokens[k].raw;
    if (UNREMARKABLE.has(w)) return true;
    if ((w === 'not' || w === 'non') && k + 1 < tokens.length && tokens[k + 1].clause === clause && STATE_WORD.test(tokens[k + 1].raw)) return true;
  }
  return false;
}
const UNREMARKABLE = new Set(['normal', 'unremarkable', 'patent', 'intact']);
/** "Not dilated", "not thickened", "not enlarged", "not seen": a state the subject lacks. */
const STATE_WORD = /^([a-z]+ed|seen|present|visible|evident)$/;
const UNREMARKABLE_REACH = 4;

/** "Without complications": narrative says "complications" of everything; only a named one counts. */
function isGeneric(segment: string[]): boolean {
  return segment.every((w) => w === 'complication' || w === 'complications');
}

/** Words that never qualify a code by themselves ("complications" of anything). */
const NEVER_QUALIFIER = new Set(['complication', 'complications']);
/** A modifier sits right before its head; a preposition between them ends the phrase ("both eyes without edema"). */
const PREPOSITIONS = new Set(['with', 'without', 'of', 'in', 'on', 'at', 'for', 'to', 'due', 'from', 'by', 'after', 'before', 'than']);
/** How far before another finding its modifiers reach ("acute" in "… for acute anemia"). */
const MODIFIER_REACH = 3;

/** Token i sits just before another finding, in its clause: it modifies that finding, not this one. */
function modifiesOther(tokens: readonly { start: number; end: number; clause: number; raw: string }[], i: number, coveredByOther: (k: number) => boolean, own: Span): boolean {
  const t = tokens[i];
  for (let k = i + 1; k <= i + MODIFIER_REACH && k < tokens.length; k++) {
    const n = tokens[k];
    if (n.clause !== t.clause || (own.start < n.end && n.start < own.end) || PREPOSITIONS.has(n.raw)) return false;
    if (coveredByOther(k)) return true;
  }
  return false;
}

/** Words of the current code the note denies and never affirms, unless its own title denies them ("not intractable"). */
function deniedWords(ctx: GuidelineContext, current: Variant, q: { affirmed: Set<string>; negated: Set<string> }): Set<string> {
  const out = new Set<string>();
  const title = ctx.codeSet.find(current.code)?.longDescription.toLowerCase() ?? '';
  for (const w of current.pos) {
    if (!q.negated.has(w) || q.affirmed.has(w) || NEVER_QUALIFIER.has(w)) continue;
    if (new RegExp(`\\b(not|without|no|non)\\s+(\\w+\\s+)?${w}`).test(title)) continue;
    out.add(w);
  }
  return out;
}

function score(v: Variant, current: Variant, q: { affirmed: Set<string>; negated: Set<string> }, denied: ReadonlySet<string> = new Set()): number {
  let gained = 0;
  for (const w of v.pos) {
    if (current.pos.has(w)) continue;
    // ", unspecified wrist": the site counts when stated, the open side is never required.
    if (v.soft.has(w)) {
      if (q.affirmed.has(w)) gained++;
      continue;
    }
    if (!q.affirmed.has(w)) return -1;
    gained++;
  }
  for (const seg of v.neg) {
    if (!isGeneric(seg) && seg.every((w) => q.affirmed.has(w))) return -1;
    if (seg.every((w) => q.negated.has(w))) gained += seg.length;
  }
  if (!gained) return 0;
  for (const w of current.pos) {
    // The current code's open dimension (", unspecified ear") is what the sibling fills in.
    if (v.pos.has(w) || current.soft.has(w)) continue;
    // Dropping a word the note denies is the point of the move.
    if (denied.has(w)) continue;
    // A specified code never gives way to a sibling that drops its words (E11.42 "polyneuropathy"
    // is not refined to E11.40 "neuropathy, unspecified"); an unspecified one may.
    if (!current.unspecified) return -1;
    // A word of the current code the note states, which this sibling drops, speaks against it.
    if (q.affirmed.has(w)) gained--;
  }
  return gained;
}

/** Negative when a should win a tie against b. */
function tieBreak(a: Variant, b: Variant, current: Variant, drafts: Map<string, Draft>): number {
  const coded = Number(drafts.has(b.code)) - Number(drafts.has(a.code));
  if (coded) return coded;
  const opened = (v: Variant) => [...v.soft].filter((w) => !current.pos.has(w)).length;
  const open = opened(a) - opened(b);
  if (open) return open;
  return Number(b.unspecified) - Number(a.unspecified);
}

/** The best-scoring variant the qualifiers support, over the groups' variants using a stated word. */
function bestVariant(q: { affirmed: Set<string>; negated: Set<string> }, base: number, current: Variant, groups: CategoryVariants[], d: Draft, drafts: Map<string, Draft>, denied: ReadonlySet<string> = new Set()): Variant | undefined {
  // Only a sibling using a word the note states (or denies) beyond the current code's can score.
  const pool = new Set<Variant>();
  for (const words of [q.affirmed, q.negated]) {
    for (const w of words) {
      if (current.pos.has(w) && !denied.has(w)) continue;
      for (const group of groups) for (const v of group.byWord.get(w) ?? []) pool.add(v);
    }
  }
  let best: Variant | undefined;
  let bestScore = base;
  for (const v of pool) {
    if (v.code === d.code || v.other) continue;
    // A sibling keeping a word the note denies is no way out of the contradiction.
    if ([...denied].some((w) => v.pos.has(w))) continue;
    const s = score(v, current, q, denied);
    // Ties: a sibling already coded, then the one opening no new unstated dimension ("with unspecified
    // complications"), then the Index default (the sibling that leaves the rest unspecified).
    const tie = s === bestScore && s >= 0 && best !== undefined && tieBreak(v, best, current, drafts) < 0;
    if (s > bestScore || tie) {
      best = v;
      bestScore = s;
    }
  }
  return best;
}

function refine(ctx: GuidelineContext, drafts: Map<string, Draft>, d: Draft): void {
  const category = d.code.slice(0, 3);
  const own = variantsOf(ctx.codeSet, category);
  const current = own.list.find((v) => v.code === d.code);
  const siblings = (SIBLING_CATEGORIES[category] ?? []).map((c) => variantsOf(ctx.codeSet, c));
  if (!current || (own.list.length < 2 && !siblings.length)) return;
  // Only a code that leaves something open can be refined: unspecified, "without …", or unsided where
  // its category has sides.
  const open = current.unspecified || current.neg.length > 0 || (own.lateral && !current.pos.has('right') && !current.pos.has('left') && !current.pos.has('bilateral'));
  // Words of another finding ("acute" of "acute anemia") never qualify this one (the coverage map).
  const q = qualifiers(ctx, d);
  // I.B.13: a condition stated as bilateral ("cataract OU, visually significant OD") is the bilateral code
  // where the category has one; a side named beside it describes one eye's severity or plan, not the site.
  if (q.affirmed.has('bilateral') && own.byWord.has('bilateral')) for (const w of ['right', 'left', 'unilateral']) q.affirmed.delete(w);
  // A specific code whose own qualifier the note denies ("acute cystitis without hematuria" read as
  // N30.01 "with hematuria") is contradicted too: it gives way to the sibling that says "without" (I.B.2).
  const denied = deniedWords(ctx, current, q);
  // A combination code whose category also holds it with a further complication ("Acute gastric ulcer with
  // hemorrhage" beside "… with both hemorrhage and perforation") is open to the complication the note states
  // (I.A.15 "with", I.B.2).
  const extended = !open && !denied.size && own.list.some((v) => v !== current && [...current.pos].every((w) => v.pos.has(w)) && [...v.pos].some((w) => !current.pos.has(w)) && [...v.pos].every((w) => current.pos.has(w) || q.affirmed.has(w)));
  if (!open && !denied.size && !extended) return;
  // A DSM-5 severity read from "use disorder" (I.C.5.b.1) whose draft is "use, unspecified with unspecified
  // …-induced disorder" only because of the name's word "disorder": with no induced disorder stated, the
  // dependence or abuse is the uncomplicated one (F11.99 "opioid use disorder, moderate" → F11.20, not F11.29).
  if (USE_DISORDER_CATEGORY.test(category) && (q.affirmed.has('dependence') || q.affirmed.has('abuse')) && current.pos.has('induced') && !q.affirmed.has('induced')) q.affirmed.add('uncomplicated');
  const implied = INDEX_IMPLIES[d.code];
  if (implied && implied.when.some((w) => q.affirmed.has(w))) for (const w of implied.words) q.affirmed.add(w);
  // A code whose "without X" the note contradicts ("with macular edema") gives way to any sibling that fits.
  const contradicted = denied.size > 0 || current.neg.some((seg) => !isGeneric(seg) && seg.every((w) => q.affirmed.has(w)));
  const base = contradicted ? -1 : current.neg.reduce((n, seg) => n + (seg.every((w) => q.negated.has(w)) ? seg.length : 0), 0);
  const best = bestVariant(q, base, current, [own, ...siblings], d, drafts, denied);
  // I.B.13: "If no bilateral code is provided and the condition is bilateral, assign separate codes for
  // both the left and right side" (trigger thumbs of both hands: M65.311 and M65.312).
  if (q.affirmed.has('bilateral') && !own.byWord.has('bilateral') && own.byWord.has('right') && own.byWord.has('left')) {
    const sided = (side: string, other: string) => {
      const qs = { affirmed: new Set([...q.affirmed].filter((w) => w !== 'bilateral' && w !== other && w !== 'unilateral')), negated: q.negated };
      qs.affirmed.add(side);
      return bestVariant(qs, base, current, [own], d, drafts);
    };
    const right = sided('right', 'left');
    const left = sided('left', 'right');
    if (right && left && right.pos.has('right') && left.pos.has('left')) {
      const note = { section: 'I.B.13', action: 'refined' as const, detail: `${d.code} → ${right.code} and ${left.code}: bilateral, and the category has no bilateral code` };
      for (const v of [right, left]) {
        const t = drafts.get(v.code) ?? ensureDraft(ctx, drafts, v.code, [d], note);
        if (!t) continue;
        if (t !== drafts.get(d.code)) mergeEvidence(t, d);
        addNote(t, note);
        t.confidence = Math.max(t.confidence, d.confidence);
      }
      if (drafts.has(right.code) && drafts.has(left.code)) dropDraft(ctx, drafts, d.code, 'I.B.13', `coded for each side: ${right.code}, ${left.code}`);
      return;
    }
  }
  if (!best) return;
  const lateral = /\b(right|left|bilateral)\b/i.test(ctx.codeSet.get(best.code).longDescription) && !/\b(right|left|bilateral)\b/i.test(ctx.codeSet.get(d.code).longDescription);
  const section = lateral ? 'I.B.13' : 'I.B.2';
  const words = [...best.pos].filter((w) => !current.pos.has(w));
  const note = { section, action: 'refined' as const, detail: `${d.code} → ${best.code}: the note states ${words.join(', ') || 'what the code excludes'}` };
  const existing = drafts.get(best.code);
  if (existing) {
    mergeEvidence(existing, d);
    addNote(existing, note);
    dropDraft(ctx, drafts, d.code, section, `a more specific code is stated: ${best.code}`, existing);
    return;
  }
  const t = ensureDraft(ctx, drafts, best.code, [d], note);
  if (!t) return;
  t.confidence = d.confidence;
  dropDraft(ctx, drafts, d.code, section, `a more specific code is stated: ${best.code}`);
}

/**
 * An unspecified code beside a coded code of its sibling category is that condition named less
 * precisely ("cataract" beside "age-related cortical cataract OD"): it gives way (I.B.2, I.A.9).
 */
function dropUnspecifiedBesideSibling(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    const others = SIBLING_CATEGORIES[d.code.slice(0, 3)];
    if (!others || !drafts.has(d.code) || !/\bunspecified\b/i.test(ctx.codeSet.find(d.code)?.longDescription ?? '')) continue;
    const keeper = [...drafts.values()].find((x) => others.includes(x.code.slice(0, 3)));
    if (!keeper) continue;
    mergeEvidence(keeper, d);
    dropDraft(ctx, drafts, d.code, 'I.B.2', `the condition is coded more specifically as ${keeper.code}`, keeper);
  }
}

/**
 * Residual codes of a condition whose specific forms sit in other categories of the same block: "Anemia,
 * unspecified" (D64.9) and "Nutritional anemia, unspecified" (D53.9) beside a coded anemia of D50-D64, and
 * unspecified colitis beside inflammatory bowel disease, are that condition named less precisely (I.B.2).
 */
const UNSPECIFIED_OF_BLOCK: Readonly<Record<string, RegExp>> = {
  'D64.9': /^D(5\d|6[0-4])/,
  'D53.9': /^D(5\d|6[0-4])/,
  // "Colitis" (K52.9, noninfective, unspecified) beside Crohn disease or ulcerative colitis is that disease's colitis.
  'K52.9': /^K5[01]\./,
  // "Scar L90.5" is the Index default whose subterms "hypertrophic" and "keloid" are L91.0: the same scar.
  'L90.5': /^L91\.0/,
};

function dropUnspecifiedBesideBlock(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const [code, block] of Object.entries(UNSPECIFIED_OF_BLOCK)) {
    const d = drafts.get(code);
    const keeper = d && [...drafts.values()].find((x) => x !== d && block.test(x.code) && !UNSPECIFIED_OF_BLOCK[x.code]);
    if (!d || !keeper) continue;
    mergeEvidence(keeper, d);
    dropDraft(ctx, drafts, code, 'I.B.2', `the condition is coded more specifically as ${keeper.code}`, keeper);
  }
}

/**
 * I.B.2 through the Index: an unspecified code is the default of an Index entry ("Pain, chest R07.9"); when
 * the words of one of that entry's subterms are stated around the mention ("chest wall pain", "musculoskeletal
 * chest pain"), the subterm's code is the one the Index gives ("wall (anterior) R07.89"). Only subterms in
 * the same category, never a word the note negates; the subterm naming the most stated words wins.
 */
/**
 * Subterms this rule leaves alone: connectives ("with …", "due to …", "in …"), whose pairing the combination
 * and etiology rules own, and residual "specified … NEC"/"other" entries, which no stated word establishes.
 */
const CONNECTIVE_OR_RESIDUAL = /^(with|without|due to|in|following|after|from|of|on)\b|\b(NEC|NOS|specified|other|unspecified)\b/i;
/**
 * A subterm whose stated words are followed by NEC ("Rhinitis, allergic, seasonal NEC J30.2") is the code for
 * those words when nothing more specific is classified (I.A.9.a): the words establish it; "NEC" alone does not.
 */
const TRAILING_NEC = /\s+NEC$/;

/**
 * The Index entry a code completes ("Sprain, ankle S93.40-" for S93.402A) and the characters the draft adds
 * to it (side and 7th character "2A"): its subterms' headers ("S93.49-") are completed with the same ones.
 */
function headerSubterms(ctx: GuidelineContext, code: string): Array<{ words: string; code: string; parentNonessential?: readonly string[] }> {
  const plain = code.replace('.', '');
  for (let len = plain.length - 1; len >= 4; len--) {
    const stem = `${plain.slice(0, 3)}.${plain.slice(3, len)}`;
    const subterms = ctx.conventions.indexSubterms?.(`${stem}-`) ?? [];
    if (!subterms.length) continue;
    const rest = plain.slice(len);
    return subterms.map((t) => ({ ...t, code: `${t.code.slice(0, -1)}${rest}` })).filter((t) => t.code.replace('.', '').length === plain.length && billable(ctx, t.code));
  }
  return [];
}

function refineByIndexSubterm(ctx: GuidelineContext, drafts: Map<string, Draft>, d: Draft): void {
  // The title test first: the Index's subterm table is built on its first use, and a note without an unspecified code never needs it.
  if (!/\bunspecified\b/i.test(ctx.codeSet.find(d.code)?.longDescription ?? '')) return;
  const own = ctx.conventions.indexSubterms?.(d.code) ?? [];
  const subterms = own.length ? own : /^S/.test(d.code) ? headerSubterms(ctx, d.code) : [];
  if (!subterms.length) return;
  const category = d.code.slice(0, 3);
  const q = qualifiers(ctx, d);
  let best: { code: string; words: string[] } | undefined;
  for (const t of subterms) {
    const stated = t.words.replace(TRAILING_NEC, '');
    if (('via' in t && t.via) || t.code.slice(0, 3) !== category || t.code === d.code || CONNECTIVE_OR_RESIDUAL.test(stated)) continue;
    const words = contentTokens(stated);
    // "Pharyngitis (acute) … (viral) J02.9" beside "viral NEC J02.8": the parent prints the word as a
    // nonessential modifier of its own code (I.A.7), so the word alone never moves the code.
    if (stated !== t.words && t.parentNonessential?.length) {
      const optional = new Set(t.parentNonessential.flatMap((m) => contentTokens(m)));
      if (words.every((w) => optional.has(w))) continue;
    }
    if (!words.length || !words.every((w) => q.affirmed.has(w) && !q.negated.has(w))) continue;
    if (!best || words.length > best.words.length) best = { code: t.code, words };
  }
  if (!best) return;
  const note = { section: 'I.B.2', action: 'refined' as const, detail: `${d.code} → ${best.code}: the Index subterm "${best.words.join(' ')}" is stated` };
  const t = ensureDraft(ctx, drafts, best.code, [d], note);
  if (!t) return;
  t.confidence = Math.max(t.confidence, d.confidence);
  dropDraft(ctx, drafts, d.code, 'I.B.2', `the Index gives ${best.code} for what the note states`, t);
}

/**
 * I.B.2 through the Index, the other way round: an unspecified code that is an Index entry's default ("Hypothyroidism
 * E03.9") beside a coded code of its chapter that the same entry sends one of its subterms to ("autoimmune — see
 * Thyroiditis, autoimmune" E06.3) is that condition named less precisely: the subterm's code is the condition
 * ("hypothyroidism from Hashimoto thyroiditis" is E06.3 alone). Z codes are left to their own rules.
 */
/** Words that join two names of one condition: its cause or its companion in the same phrase. */
const JOINS_ONE_CONDITION = /^[^\S\n]*,?[^\S\n]*(?:due to|from|secondary to|caused by|because of|with|related to|attributed to|in the setting of|\()[^\S\n]*(?:an?[^\S\n]+|the[^\S\n]+)?$/i;

function namedAsOne(text: string, a: readonly Span[], b: readonly Span[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.start < y.end && y.start < x.end) return true;
      const [first, second] = x.start < y.start ? [x, y] : [y, x];
      if (second.start - first.end <= 30 && JOINS_ONE_CONDITION.test(text.slice(first.end, second.start))) return true;
    }
  }
  return false;
}

function dropDefaultBesideSubtermCode(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if (drafts.size < 2) return;
  for (const d of [...drafts.values()]) {
    if (!drafts.has(d.code) || /^Z/.test(d.code) || !/\bunspecified\b/i.test(ctx.codeSet.find(d.code)?.longDescription ?? '')) continue;
    // Only the "see" subterms: a subterm with its own code is read from the stated words (refineByIndexSubterm),
    // and a code of another chapter is a companion, not the same condition ("Sepsis, severe R65.20" goes with the
    // infection's code, I.C.1.d.4; "Cardiomyopathy, thyrotoxic E05.90 [I43]" with its manifestation).
    const subterms = (ctx.conventions.indexSubterms?.(d.code) ?? []).filter((t) => 'via' in t && t.via === 'see' && t.code[0] === d.code[0]);
    if (!subterms.length) continue;
    // The note must say the two are one condition: named together, one as the other's cause or companion
    // ("hypothyroidism from Hashimoto thyroiditis", "Hashimoto thyroiditis with hypothyroidism"). Named apart, a
    // case's pulmonary embolism and its other embolism, or its herpes and its varicella, are two conditions.
    const keeper = [...drafts.values()].find((x) => x !== d && subterms.some((t) => t.code === x.code) && namedAsOne(ctx.text, d.evidence, x.evidence));
    if (!keeper) continue;
    mergeEvidence(keeper, d);
    dropDraft(ctx, drafts, d.code, 'I.B.2', `the Index gives ${keeper.code} for this form of the condition`, keeper);
  }
}

/**
 * Index "Pain, chest, pleurodynia" / "Pleurodynia" (R07.81): chest pain the note says is pleuritic, or worse or
 * sharp with breathing ("sharp with deep breaths", "worse on inspiration"), is pleuritic pain, not R07.9.
 * Read only in the clause of the chest pain's own evidence.
 */
const PLEURITIC = /\bpleuritic\b|\b(?:with|on|when|during)\s+(?:deep\s+|each\s+|every\s+)?(?:breaths?|breathing|inspiration|inhalation)\b|\b(?:deep\s+)?(?:breaths?|breathing|inspiration|inhalation)\s+(?:worsens?|aggravates?)\b/i;

function pleuriticChestPain(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const d = drafts.get('R07.9');
  if (!d || drafts.has('R07.81') || !billable(ctx, 'R07.81') || !d.evidence.length) return;
  const clauseAfter = (e: Span) => ctx.text.slice(e.end, e.end + 60).split(/[.;\n]/)[0];
  const clauseBefore = (e: Span) => ctx.text.slice(Math.max(0, e.start - 30), e.start).split(/[.;\n,]/).pop() ?? '';
  if (!d.evidence.some((e) => PLEURITIC.test(clauseBefore(e)) || PLEURITIC.test(clauseAfter(e)))) return;
  const note = { section: 'I.B.2', action: 'refined' as const, detail: 'chest pain with breathing is pleuritic (Index: Pain, chest, pleurodynia R07.81)' };
  const t = ensureDraft(ctx, drafts, 'R07.81', [d], note);
  if (t) dropDraft(ctx, drafts, 'R07.9', 'I.B.2', 'the chest pain is pleuritic: R07.81', t);
}

export const specificityRule: GuidelineRule = {
  name: 'specificity and laterality',
  section: 'I.B.2, I.A.9, I.B.13',
  apply(ctx, drafts) {
    for (const d of [...drafts.values()]) {
      if (!drafts.has(d.code) || /^Z/.test(d.code)) continue;
      refine(ctx, drafts, d);
    }
    for (const d of [...drafts.values()]) {
      if (drafts.has(d.code) && !/^Z/.test(d.code)) refineByIndexSubterm(ctx, drafts, d);
    }
    dropUnspecifiedBesideSibling(ctx, drafts);
    dropUnspecifiedBesideBlock(ctx, drafts);
    dropDefaultBesideSubtermCode(ctx, drafts);
    dropNamedNerveAsPolyneuropathy(ctx, drafts);
    pleuriticChestPain(ctx, drafts);
  },
};

/**
 * "Median neuropathy at the wrist", "ulnar neuropathy": a neuropathy named for one nerve is a mononeuropathy
 * (Index "Lesion, nerve, median G56.1-", "Syndrome, carpal tunnel G56.0-"), never "Polyneuropathy,
 * unspecified" (G62.9). Beside the coded mononeuropathy (G56-G57) the word is that condition again (I.B.2).
 */
const ONE_NERVE_BEFORE = /\b(?:median|ulnar|radial|peroneal|fibular|tibial|sciatic|femoral|plantar|cutaneous)(?:\s+nerve)?\s+$/i;

function dropNamedNerveAsPolyneuropathy(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const d = drafts.get('G62.9');
  const keeper = d && [...drafts.values()].find((x) => /^G5[67]\./.test(x.code));
  if (!d || !keeper || !d.evidence.length) return;
  if (!d.evidence.every((e) => ONE_NERVE_BEFORE.test(ctx.text.slice(Math.max(0, e.start - 30), e.start)))) return;
  mergeEvidence(keeper, d);
  dropDraft(ctx, drafts, d.code, 'I.B.2', `a neuropathy of one named nerve is the mononeuropathy ${keeper.code}`, keeper);
}

/**
 * An unspecified code whose every mention lies inside another code's fuller term in the same chapter
 * ("pneumonia" inside "aspiration pneumonia", "obstruction" inside "Crohn's disease … with intestinal
 * obstruction") is that condition named less precisely: the Index is read with the fullest term (I.B.2, I.A.9).
 * Only unspecified codes give way, so two genuinely different conditions ("hypertension" I10 beside
 * "pulmonary hypertension") both stay.
 */
const NEOPLASM = /^(C|D[0-4])/;

function dropUnspecifiedInsideFullerTerm(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const words = (t: string) => new Set(contentTokens(t));
  for (const d of [...drafts.values()]) {
    // Neoplasms are the neoplasm rules' (a primary named inside "metastatic melanoma to the lung" stays).
    if (!drafts.has(d.code) || !d.evidence.length || NEOPLASM.test(d.code) || !/\bunspecified\b/i.test(ctx.codeSet.find(d.code)?.longDescription ?? '')) continue;
    const keeper = [...drafts.values()].find((x) => x !== d && x.code[0] === d.code[0] && !NEOPLASM.test(x.code) && !/\bunspecified\b/i.test(ctx.codeSet.find(x.code)?.longDescription ?? '')
      && d.evidence.every((e) => {
        const mine = words(e.text);
        // The same words of the note, read once more fully: a separate mention elsewhere may be another condition.
        return mine.size > 0 && x.evidence.some((o) => {
          const fuller = words(o.text);
          return o.start <= e.start && e.end <= o.end && fuller.size > mine.size && [...mine].every((w) => fuller.has(w));
        });
      }));
    if (!keeper) continue;
    mergeEvidence(keeper, d);
    dropDraft(ctx, drafts, d.code, 'I.B.2', `named more fully as ${keeper.code}`, keeper);
  }
}

/** The same rule for the codes a combination just built (E11.319 → E11.311 when edema is stated). */
export const combinedSpecificityRule: GuidelineRule = {
  name: 'specificity of combination codes',
  section: 'I.B.2, I.B.13',
  apply(ctx, drafts) {
    for (const d of [...drafts.values()]) {
      // A combination code, and the manifestation its "use additional code" note added (L97.- beside E11.621):
      // the manifestation's site and depth are read from the note like any code's (I.B.2, I.B.13).
      if (!drafts.has(d.code) || !d.guideline.some((g) => g.action === 'combined' || (g.action === 'added' && g.section === 'I.A.15'))) continue;
      refine(ctx, drafts, d);
    }
    dropUnspecifiedInsideFullerTerm(ctx, drafts);
  },
};
