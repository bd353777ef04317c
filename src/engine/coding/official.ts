// Owns turning the official ICD-10-CM knowledge (Alphabetic Index terms, Tabular inclusion terms) into
// lexicon phrases for candidate generation: a main term with its subterm path ("Pneumonia" → "aspiration"
// reads "aspiration pneumonia" in either order, since the matcher is order-free), nonessential modifiers
// optional (left out of the required words), "with" subterms only as one term whose words must all be in
// the same sentence, cross-references ("see") followed to the term they name. Too-generic terms never
// code alone. Context (negation, uncertainty, history) is decided later by the coder, as for any term.
import type { CodeEntry, CodeSet, IndexTerm, Knowledge } from '../icd10';
import { withSeventhCharacter } from '../icd10';
import { phraseTokens } from './phrase';
import { stem } from './normalize';
import { unspecifiedEpisodeLeaf } from './guidelines/episodeAxis';

export interface OfficialPhrase {
  code: string;
  phrase: string;
  tokens: string[];
  kind: 'index' | 'inclusion';
  /**
   * The words must stand together (any order, stop words between): a printed term is looked up as the
   * note writes it. False for "with" / "in" / "due to" subterms, whose two conditions may be apart in
   * one sentence ("hypertension … and heart failure").
   */
  contiguous: boolean;
  /** The Index's bracketed manifestation code ("Cardiomyopathy, amyloid E85.4 [I43]"), reported after `code` (I.A.13). */
  manifestation?: string;
}

/** Subterms that join a second condition to the main term (the "with" presumption, I.A.15). */
const LINKING_SUBTERM = /^(with|in|due to|associated with)\b/i;

/**
 * A lone word names a condition only when it is built like a diagnosis (Greek/Latin disease suffixes)
 * or is the head word of the code's own title; "cold", "fall", "arrest" alone name nothing codable.
 */
const DIAGNOSTIC_SUFFIX = /(itis|osis|oses|oma|omas|emia|aemia|algia|pathy|plasia|trophy|rrhea|rrhoea|uria|ectasis|iasis|cele|megaly|penia|cytosis|plegia|paresis|lepsy|phobia|malacia|lithiasis|rrhagia)$/;

/**
 * Head words that name a kind of finding, not a condition: "lesion", "disorder", "findings" with only a
 * site or a qualifier ("lesion of sinus", "secondary lesion", "mental disorder") is a residual code a
 * coder would not pick from the words alone; such a head needs a modifier that names the condition.
 */
const GENERIC_HEAD = new Set([
  'lesion', 'tumor', 'mass', 'finding', 'disease', 'disorder', 'damage', 'defect', 'abnormal', 'abnormality', 'change',
  'state', 'reaction', 'complication', 'condition', 'problem', 'anomaly', 'deformity', 'loop', 'error', 'displacement',
  'positive', 'elevated', 'difficulty', 'lack', 'loss', 'injury', 'wound', 'infection', 'antibody', 'culture', 'tissue',
  'granulation', 'gain', 'illness', 'syndrome', 'failure', 'insufficiency', 'obstruction', 'history', 'status', 'mental',
]);

/** Qualifiers that never make a generic head specific ("secondary lesion", "multiple lesions"). */
const QUALIFIER = new Set([
  'secondary', 'primary', 'acute', 'chronic', 'severe', 'mild', 'moderate', 'recurrent', 'multiple', 'single', 'postoperative',
  'general', 'generalized', 'local', 'localized', 'left', 'right', 'bilateral', 'unilateral', 'late', 'early', 'old', 'new',
  'small', 'large', 'minor', 'major', 'simple', 'complex', 'partial', 'total', 'mental', 'physical', 'medical', 'surgical',
]);

/** A residual class ("NEC", "other specified"): the note's words do not tell which member it is. */
const RESIDUAL_SUBTERM = /\b(NEC|specified)\b/;

/**
 * Symptoms and signs (chapter 18) are left to the tabular descriptions: the Index's symptom main terms
 * are everyday words ("anesthesia", "shock", "weight gain") that in a note name a procedure, a state or
 * a measurement far more often than a sign (Index-only R codes were right 15% of the time on dev notes).
 */
const SYMPTOM_CHAPTER = 'R';

/**
 * Personal and family history (Z80–Z87) come from the history mapper, which reads the note's history
 * context; an Index "History, family, …" phrase would code the condition's words as history without it.
 */
const HISTORY_CHAPTER = 'Z';

/** Subterms that state an absence or an exception: the words of such a path are not in the note as a finding. */
const NEGATIVE_SUBTERM = /^(without|except|not\b|no\b|absence of)/i;

/** The head of a main term: "Hypertension, hypertensive" → "Hypertension" (the rest are word-form variants). */
function mainHead(title: string): string {
  return title.split(',')[0].trim();
}

/**
 * Qualifiers a main term's title must keep as words the note states: "Fracture, pathological" is not the
 * bare "Fracture" (I.C.13.c: a pathological fracture is coded when documented; an unqualified fracture is
 * traumatic). When one head is printed under several titles, each names a different kind of the condition;
 * the head's default title keeps its qualifier optional: the unqualified title ("Gout, gouty" beside
 * "Gout, chronic"), else the most used one ("Fracture, traumatic" beside "Fracture, pathological",
 * "Fracture, nontraumatic, NEC"). A title that is the head's only one ("Wound, open") is left as it was.
 */
export function requiredQualifiers(titles: Iterable<string>): Map<string, string> {
  const count = new Map<string, number>();
  for (const t of titles) count.set(t, (count.get(t) ?? 0) + 1);
  const byHead = new Map<string, string[]>();
  for (const t of count.keys()) {
    const head = mainHead(t).toLowerCase();
    byHead.set(head, [...(byHead.get(head) ?? []), t]);
  }
  const out = new Map<string, string>();
  for (const list of byHead.values()) {
    if (list.length < 2) continue;
    const qualifiers = new Map(list.map((t) => [t, titleQualifiers(t)] as const));
    const plain = list.filter((t) => !qualifiers.get(t));
    const byUse = [...list].sort((a, b) => count.get(b)! - count.get(a)!);
    const fallback = plain.length ? plain : byUse.slice(0, 1);
    for (const t of list) if (!fallback.includes(t) && qualifiers.get(t)) out.set(t, qualifiers.get(t)!);
  }
  return out;
}

/** The parts of a title after its head that are not word forms of the head ("pathological"; NEC, NOS dropped). */
function titleQualifiers(title: string): string {
  const parts = title.split(',').map((p) => p.trim()).filter(Boolean);
  const stem = parts[0].toLowerCase().slice(0, VARIANT_STEM_CHARS);
  return parts.slice(1)
    .filter((p) => p.toLowerCase().slice(0, VARIANT_STEM_CHARS) !== stem && !/^(NEC|NOS)$/.test(p))
    .map((p) => p.replace(/\b(NEC|NOS)\b/g, '').trim()).filter(Boolean).join(' ').toLowerCase();
}

function pathKey(path: string[]): string {
  return path.map(keyPart).join('|');
}

/**
 * One level of an Index path as a cross-reference names it: a "see" prints the level's head in its own
 * number and without the level's qualifiers ("see Complications, joint prosthesis, mechanical, loosening"
 * for the printed "Complication(s), joint prosthesis, internal, mechanical, loosening"), so a level is
 * compared by its words before the first comma, plurals folded.
 */
function keyPart(part: string): string {
  return mainHead(part).toLowerCase().split(/\s+/).filter(Boolean).map(stem).join(' ');
}

/** The words of some path levels as an order-free key ("" when none). */
function wordBag(levels: string[]): string {
  return levels.join(' ').split(/\s+/).filter(Boolean).sort().join(' ');
}

/** The path key a "see" text names ("Fracture, radius, lower end" → "fracture|radius|lower end"). */
function seeKeyOf(see: string): string {
  return see.split(/,\s*/).map(keyPart).join('|');
}

/**
 * The billable code an Index target stands for in this code set: the code itself when billable; for a
 * header ("I11.-", or a code that takes a 7th character), its initial encounter (7th character A, with
 * placeholder X) or its only billable leaf.
 */
export function indexTargetCode(target: string, codeSet: CodeSet, knowledge: Knowledge, head?: string, subterm?: string): string | undefined {
  const code = target.replace(/\.?-$/, '');
  const entry = safeFind(codeSet, code);
  if (!entry) return undefined;
  if (entry.billable) return entry.code;
  const seven = knowledge.sevenChr(code);
  if (seven && code.replace('.', '').length <= 6 && seven.chars.A && /^initial encounter/.test(seven.chars.A)) {
    const padded = safeFind(codeSet, withSeventhCharacter(code, 'A'));
    if (padded?.billable) return padded.code;
  }
  let leaves: CodeEntry[] = codeSet.billableDescendants(entry.code);
  if (seven) leaves = leaves.filter((e) => e.code.length === 8 && e.code.endsWith('A'));
  leaves = namedBySubterm(namedByHead(displacedByDefault(leaves), head), subterm);
  // Several leaves: the coder chooses among them from what the note says; guessing the unspecified
  // member was right 27% of the time on dev notes (14 of 65), so such a target yields no phrase.
  return leaves.length === 1 ? leaves[0].code : undefined;
}


/**
 * A header whose billable leaves differ only by side (right, left, bilateral, unspecified): each sided
 * leaf with its side word, so "left otitis media" reaches H66.92 (laterality from the note, I.B.13);
 * the unspecified-side leaf is not guessed.
 */
export function sidedLeaves(target: string, codeSet: CodeSet, knowledge: Knowledge, head?: string, subterm?: string): Array<[side: string, code: string]> {
  const entry = safeFind(codeSet, target.replace(/\.?-$/, ''));
  if (!entry || entry.billable) return [];
  let leaves = codeSet.billableDescendants(entry.code);
  if (knowledge.sevenChr(entry.code)) leaves = leaves.filter((e) => e.code.length === 8 && e.code.endsWith('A'));
  leaves = namedBySubterm(namedByHead(displacedByDefault(leaves), head), subterm);
  if (leaves.length < 2 || leaves.length > 4) return [];
  const out: Array<[string, string]> = [];
  for (const leaf of leaves) {
    const d = leaf.longDescription.toLowerCase();
    const sides = SIDES.filter((side) => new RegExp(`\\b${side}\\b`).test(d));
    if (sides.length === 1) out.push([sides[0], leaf.code]);
    else if (!/\bunspecified\b/.test(d)) return [];
  }
  return new Set(out.map(([side]) => side)).size === out.length ? out : [];
}

const SIDES = ['right', 'left', 'bilateral'];

/**
 * The unspecified-side leaf of a header whose leaves differ only by side ("G56.00 Carpal tunnel syndrome,
 * unspecified upper limb"): the code the Index term stands for when no side is written near it. The
 * specificity rule moves it to the sided leaf when a side is stated anywhere around the mention (I.B.13),
 * so it is reported only when the note does not document the side.
 */
export function unsidedLeaf(target: string, codeSet: CodeSet, knowledge: Knowledge, head?: string, subterm?: string): string | undefined {
  if (!sidedLeaves(target, codeSet, knowledge, head, subterm).length) return undefined;
  const entry = safeFind(codeSet, target.replace(/\.?-$/, ''))!;
  let leaves = codeSet.billableDescendants(entry.code);
  if (knowledge.sevenChr(entry.code)) leaves = leaves.filter((e) => e.code.length === 8 && e.code.endsWith('A'));
  leaves = namedBySubterm(namedByHead(displacedByDefault(leaves), head), subterm);
  const unsided = leaves.filter((e) => !SIDES.some((side) => new RegExp(`\\b${side}\\b`, 'i').test(e.longDescription)));
  return unsided.length === 1 ? unsided[0].code : undefined;
}

/**
 * "Complications, joint prosthesis, mechanical, loosening, hip T84.03-": the subcategory holds the hip and
 * the knee leaves (right, left of each); the subterm the code is printed under names the leaves it means.
 * Only when its words name some leaves and not others (a subterm every leaf shares changes nothing).
 */
function namedBySubterm(leaves: CodeEntry[], subterm: string | undefined): CodeEntry[] {
  if (!subterm || leaves.length < 2) return leaves;
  const words = phraseTokens(subterm);
  if (!words.length || words.length > 2) return leaves;
  const named = leaves.filter((e) => {
    const title = phraseTokens(e.longDescription);
    return words.every((w) => title.includes(w));
  });
  return named.length && named.length < leaves.length ? named : leaves;
}

/**
 * A subcategory that holds two conditions ("Anterior subluxation and dislocation of humerus"): the
 * Index term's own word ("Dislocation") names the leaves it means, when some leaves carry it.
 */
function namedByHead(leaves: CodeEntry[], head: string | undefined): CodeEntry[] {
  // Injury subcategories pair conditions this way (subluxation/dislocation, laceration/puncture); elsewhere
  // a leaf without the head word is still the head's kind ("Sideropenic dysphagia" under anemia).
  if (!head || !/^[a-z]{5,}$/i.test(head) || !leaves.length || !/^[ST]/.test(leaves[0].code)) return leaves;
  const word = new RegExp(`\\b${head.toLowerCase()}\\b`);
  const named = leaves.filter((e) => word.test(e.longDescription.toLowerCase()));
  return named.length && named.length < leaves.length ? named : leaves;
}

/**
 * "A fracture not indicated as displaced or nondisplaced should be coded to displaced" (the Tabular
 * note of the fracture categories, I.C.19.c.1): an Index fracture term reaches the displaced leaves;
 * a note that says nondisplaced is refined by the 7th-character rule.
 */
export function displacedByDefault(leaves: CodeEntry[]): CodeEntry[] {
  const displaced = leaves.filter((e) => /^displaced\b/i.test(e.longDescription));
  if (!displaced.length) return leaves;
  return leaves.filter((e) => !/^nondisplaced\b/i.test(e.longDescription));
}

/** Phrases from the Index and the inclusion terms, for billable codes of the set that `keep` accepts. */
export function officialPhrases(
  codeSet: CodeSet,
  knowledge: Knowledge,
  keep: (code: string) => boolean,
  isVague: (token: string) => boolean,
  isSite: (token: string) => boolean,
): OfficialPhrase[] {
  const out: OfficialPhrase[] = [];
  const terms: IndexTerm[] = [...knowledge.indexTerms()];
  // Cross-reference targets by path, only for main terms some "see" names (most are never looked up).
  const seeHeads = new Set(terms.filter((t) => !t.code && t.see).map((t) => keyPart(t.see!)));
  const codeByPath = new Map<string, string>();
  const codeByBag = new Map<string, string>();
  const termsByHead = new Map<string, IndexTerm[]>();
  for (const t of terms) {
    const head = keyPart(t.path[0]);
    if (!t.code || !seeHeads.has(head)) continue;
    const list = termsByHead.get(head);
    if (list) list.push(t);
    else termsByHead.set(head, [t]);
    const key = pathKey(t.path);
    if (!codeByPath.has(key)) codeByPath.set(key, t.code);
    // The same levels' words in any order (the reference's order may predate the printed one); a bag two
    // codes share names neither.
    const bag = `${head}#${wordBag(t.path.slice(1).map(keyPart))}`;
    const had = codeByBag.get(bag);
    codeByBag.set(bag, had === undefined || had === t.code ? t.code : '');
  }

  // "Bedsore — see Ulcer, pressure, by site": a cross-reference to a term printed without a code of its
  // own sends the coder on to that term's subterms (the site, the stage), so the referring words stand
  // for the main term of each of them ("bedsore … sacral region … stage 3" is "Ulcer, pressure, sacral
  // region, stage 3"). "by site" / "by type" name the instruction, not a word of the note.
  const subtermsBySeeKey = new Map<string, Array<[string[], string]>>();
  const seeSubterms = (seeKey: string): Array<[string[], string]> => {
    const key = seeKey.replace(/\|by [a-z ]+$/, '');
    let found = subtermsBySeeKey.get(key);
    if (found) return found;
    found = [];
    const depth = key.split('|').length;
    for (const s of termsByHead.get(key.split('|')[0]) ?? []) {
      if (!s.code || s.path.length <= depth || s.path.length > depth + MAX_SEE_SUBTERMS) continue;
      // "Nonunion, fracture — see Fracture, by site" names the head's default title: the subterms of a
      // qualified title ("Fracture, pathological") are another kind, which the reference does not name.
      const qualifier = qualifiersOf.get(s.path[0]);
      if (qualifier && !key.includes(qualifier)) continue;
      const k = pathKey(s.path);
      if (k.startsWith(`${key}|`)) found.push([s.path.slice(depth), s.code]);
    }
    // "see Diverticulosis, intestine, large" for the printed "Diverticulosis, large intestine": the Index
    // was reorganised under the reference, the words are the same. When no level matches in order, the
    // levels whose words together are the reference's words stand for it.
    if (!found.length) {
      const want = wordBag(key.split('|').slice(1));
      for (const s of termsByHead.get(key.split('|')[0]) ?? []) {
        if (!s.code || !want || qualifiersOf.get(s.path[0])) continue;
        for (let j = 2; j < s.path.length; j++) {
          if (wordBag(s.path.slice(1, j).map(keyPart)) !== want) continue;
          const rest = s.path.slice(j);
          if (rest.length <= MAX_SEE_SUBTERMS) found.push([rest, s.code]);
          break;
        }
      }
    }
    subtermsBySeeKey.set(key, found);
    return found;
  };
  // The target's code is often a header whose leaves the Tabular tells apart ("Ulcer, pressure, sacral
  // region L89.15-": the stage is in the leaf): each leaf's own title, with the referring word in place
  // of the target's words ("Pressure ulcer of sacral region, stage 3" read as "bedsore … sacral region,
  // stage 3").
  const leafPhrases = (referrer: string[], seeKey: string, header: string): OfficialPhrase[] => {
    const entry = safeFind(codeSet, header.replace(/\.?-$/, ''));
    if (!entry || entry.billable) return [];
    const targetTokens = phraseTokens(seeKey.replace(/\|by [a-z ]+$/, '').split('|').join(' '));
    const referrerTokens = phraseTokens(referrer.map(mainHead).join(' '));
    if (!referrerTokens.length) return [];
    const found: OfficialPhrase[] = [];
    for (const leaf of codeSet.billableDescendants(entry.code)) {
      if (!keep(leaf.code) || (knowledge.sevenChr(leaf.code) && !leaf.code.endsWith('A'))) continue;
      const leafTokens = phraseTokens(leaf.longDescription);
      if (!targetTokens.every((w) => leafTokens.includes(w))) continue;
      const tokens = [...referrerTokens, ...leafTokens.filter((w) => !targetTokens.includes(w))];
      if (tokens.length > 7) continue;
      found.push({ code: leaf.code, phrase: tokens.join(' '), tokens, kind: 'index', contiguous: false });
    }
    return found;
  };
  const qualifiersOf = requiredQualifiers(terms.map((t) => t.path[0]));
  const targets = new Map<string, { code?: string; sided: Array<[string, string]>; unsided?: string }>();
  const add = (path: string[], target: string, kind: OfficialPhrase['kind'], manifestationTarget?: string): void => {
    // "Sprain, cervical, cervicodorsal, cervicothoracic S13.4-": a subterm printed in several word forms of one
    // word names each form alone (the Index's comma list of variants, as a main term's "Infarct, infarction").
    // A generic head ("Lesion, pigment, pigmented") gains no forms: its words alone describe, not diagnose.
    const forms = path.length > 1 && !GENERIC_HEAD.has(mainHead(path[0]).toLowerCase()) ? subtermForms(path[path.length - 1]) : [];
    if (forms.length) {
      for (const f of forms) add([...path.slice(0, -1), f], target, kind, manifestationTarget);
      return;
    }
    // A subterm marked NEC/specified opens a residual branch ("Diabetes, specified type NEC, with
    // retinopathy" is E13, other specified diabetes); on the main term it qualifies only the bare main
    // term ("Cholestasis NEC, pure" K71.0 is specific).
    if (path.slice(1).some((p) => NEGATIVE_SUBTERM.test(p) || RESIDUAL_SUBTERM.test(p))) return;
    if (path.length === 1 && RESIDUAL_SUBTERM.test(path[0])) return;
    // "Fracture, ankle, trimalleolar, nondisplaced S82.85-": the header resolves to the displaced
    // default, so the nondisplaced branch is left to the description terms and the 7th-character rule.
    if (path.slice(1).some((p) => /^nondisplaced$/i.test(p.trim()))) return;
    const headWord = mainHead(path[0]);
    const subterm = path.length > 1 ? path[path.length - 1] : undefined;
    const targetKey = `${target}|${headWord}|${subterm ?? ''}`;
    let resolved = targets.get(targetKey);
    if (!resolved) {
      // A chapter 15 header whose leaves differ only by trimester stands for its unspecified-trimester leaf, which the
      // pregnancy rule refines from the weeks stated (I.C.15.a.3).
      const direct = indexTargetCode(target, codeSet, knowledge, headWord, subterm) ?? unspecifiedEpisodeLeaf(target, codeSet, knowledge);
      const sidedHere = direct ? [] : sidedLeaves(target, codeSet, knowledge, headWord, subterm);
      const unsided = sidedHere.length ? unsidedLeaf(target, codeSet, knowledge, headWord, subterm) : undefined;
      targets.set(targetKey, (resolved = { code: direct, sided: sidedHere, ...(unsided ? { unsided } : {}) }));
    }
    const { code, sided, unsided } = resolved;
    const head = code ?? sided[0]?.[1];
    if (!head || !keep(head) || head[0] === SYMPTOM_CHAPTER || head[0] === HISTORY_CHAPTER) return;
    // A subterm naming the kind itself ("Fracture, pathological, osteoporotic", "…, due to neoplastic
    // disease") states what the qualifier says; a bare site ("…, hip") does not.
    const qualifier = qualifiersOf.get(path[0]);
    const kindStated = path.slice(1).some((p) => phraseTokens(p).some((t) => !isSite(t) && !isVague(t) && !QUALIFIER.has(t) && !SIDES.includes(t)));
    const words = [mainHead(path[0]), ...(qualifier && !kindStated ? [qualifier] : []), ...path.slice(1)];
    const phrase = words.join(' ').replace(/\s+/g, ' ').trim();
    const tokens = phraseTokens(phrase);
    if (!tokens.length || tokens.length > 6) return;
    if (tokens.length === 1 && !singleWordNamesCondition(tokens[0], head, codeSet, isVague)) return;
    if (!specificEnough(tokens, isVague, isSite)) return;
    const contiguous = !path.slice(1).some((p) => LINKING_SUBTERM.test(p));
    if (code) {
      const manifestation = manifestationTarget ? indexTargetCode(manifestationTarget, codeSet, knowledge) : undefined;
      out.push({ code, phrase: phrase.toLowerCase(), tokens, kind, contiguous, ...(manifestation && keep(manifestation) ? { manifestation } : {}) });
    }
    // The side is often written apart from the condition ("otitis media of the left ear").
    for (const [side, leaf] of sided) out.push({ code: leaf, phrase: `${side} ${phrase.toLowerCase()}`, tokens: [...tokens, side], kind, contiguous: false });
    // No side next to the words: the unspecified-side leaf, which the laterality rule refines (I.B.13).
    if (unsided && keep(unsided)) out.push({ code: unsided, phrase: phrase.toLowerCase(), tokens, kind, contiguous });
  };

  for (const t of terms) if (t.code) add(t.path, t.code, 'index', t.manifestation);
  for (const [code, inclusions] of knowledge.inclusionEntries()) {
    const entry = safeFind(codeSet, code);
    if (!entry?.billable || !keep(entry.code) || entry.code[0] === SYMPTOM_CHAPTER || entry.code[0] === HISTORY_CHAPTER) continue;
    for (const inc of inclusions) {
      const phrase = inc.replace(/\([^)]*\)/g, ' ').replace(/\bNOS\b/g, ' ').replace(/\s+/g, ' ').trim();
      const tokens = phraseTokens(phrase);
      if (RESIDUAL_SUBTERM.test(phrase) || !tokens.length || tokens.length > 6 || !specificEnough(tokens, isVague, isSite)) continue;
      if (tokens.length === 1 && !singleWordNamesCondition(tokens[0], entry.code, codeSet, isVague)) continue;
      out.push({ code: entry.code, phrase: phrase.toLowerCase(), tokens, kind: 'inclusion', contiguous: true });
    }
  }
  // "Abdominalgia — see Pain, abdominal": the term is a synonym of the one it points to. Last, so a
  // term printed with its own code wins over a cross-reference with the same words ("Failure, heart,
  // hypertensive — see Hypertension, heart" I11.9 vs "Hypertension, with heart failure" I11.0).
  for (const t of terms) {
    if (t.code || !t.see || /^(condition|specific|category)/i.test(t.see)) continue;
    const seeKey = t.see.split(/,\s*/).map((p) => p.toLowerCase()).join('|');
    const seeParts = seeKeyOf(t.see).split('|');
    const target = codeByPath.get(seeParts.join('|')) || codeByBag.get(`${seeParts[0]}#${wordBag(seeParts.slice(1))}`);
    if (target) add(t.path, target, 'index');
    else for (const [rest, code] of seeSubterms(seeKeyOf(t.see))) {
      add([...t.path, ...rest], code, 'index');
      out.push(...leafPhrases(t.path, seeKey, code));
    }
  }
  // Last of all, so a term printed with its own words wins a tie: the same subterms under another
  // form of the main term. "Infarct, infarction" prints one main term in two word forms (the main term
  // is the condition, whatever its form), so "testicular infarction" is "Infarct, testis" N50.1.
  // "See"-only main terms ("Lithiasis — see Calculus", "Pathology — see Disease") are not expanded the
  // same way: on held-out CodiEsp notes that added 22k phrases and more wrong codes than right ones
  // ("pathology" is used loosely in translated notes); the direct cross-references above stay.
  for (const t of terms) {
    // A bare main term alone is too weak a phrase to gain other forms ("erythematous" alone is no diagnosis).
    if (!t.code || t.path.length < 2) continue;
    for (const head of headVariants(t.path[0])) add([head, ...t.path.slice(1)], t.code, 'index', t.manifestation);
  }
  return out;
}

/**
 * The other noun forms a main term is printed with ("Infarct, infarction", "Diverticula, diverticulitis,
 * diverticulosis"): one word each, sharing the head's first letters. A title whose other parts are
 * qualifiers ("Abruption, placenta") has none. Adjective forms ("ulcerated", "arteriosclerotic") are
 * left out: in a note they qualify another noun ("obstructive urinary symptoms", "necrotic tissue").
 */
export function headVariants(title: string): string[] {
  const parts = title.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  const stem = parts[0].toLowerCase().slice(0, VARIANT_STEM_CHARS);
  if (!parts.every((p) => p.toLowerCase().slice(0, VARIANT_STEM_CHARS) === stem && !/\s/.test(p))) return [];
  return parts.slice(1).filter((p) => !ADJECTIVE_ENDING.test(p));
}

/**
 * The word forms of a subterm printed as a comma list of one word's variants ("cervical, cervicodorsal,
 * cervicothoracic"): each a single word sharing the first one's letters. Empty for any other subterm
 * ("lower end, radius" is two levels' words, not variants).
 */
export function subtermForms(level: string): string[] {
  const parts = level.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  // "Endometritis, puerperal, postpartum, childbirth O86.12": the Index prints the obstetric period as one
  // subterm listing its synonyms (also "postpartum, puerperal", "puerperal, postpartum or gestational"); a note
  // writes one of them ("postpartum endometritis"), so each names the subterm alone.
  const periods = level.split(/,|\bor\b/).map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (periods.length >= 2 && periods.every((p) => OBSTETRIC_PERIOD.has(p))) return periods;
  const stem = parts[0].toLowerCase().slice(0, VARIANT_STEM_CHARS);
  if (parts[0].length < VARIANT_STEM_CHARS || !parts.every((p) => p.toLowerCase().slice(0, VARIANT_STEM_CHARS) === stem && /^[a-z-]+$/i.test(p))) return [];
  return parts;
}

/** The words the Index lists together for the obstetric period (subtermForms). */
const OBSTETRIC_PERIOD = new Set(['puerperal', 'postpartum', 'childbirth', 'gestational', 'puerperium']);

/** Subterm levels followed below a cross-reference's target (site, then stage). */
const MAX_SEE_SUBTERMS = 2;

/** Letters a word form shares with its main term's head ("infarct" / "infarction"). */
const VARIANT_STEM_CHARS = 4;
const ADJECTIVE_ENDING = /(ic|ous|ive|ed|ing|al|ary|oid|ar)$/i;

/** Some word must name the condition: not only generic heads, sites and qualifiers. */
function specificEnough(tokens: string[], isVague: (t: string) => boolean, isSite: (t: string) => boolean): boolean {
  const generic = tokens.some((t) => GENERIC_HEAD.has(t));
  return tokens.some((t) => !isVague(t) && !GENERIC_HEAD.has(t) && !QUALIFIER.has(t) && !(generic && isSite(t)));
}

function singleWordNamesCondition(token: string, code: string, codeSet: CodeSet, isVague: (token: string) => boolean): boolean {
  if (isVague(token) || token.length < 5) return false;
  if (DIAGNOSTIC_SUFFIX.test(token)) return true;
  const title = safeFind(codeSet, code)?.longDescription ?? '';
  return phraseTokens(title)[0] === token;
}

function safeFind(codeSet: CodeSet, code: string): CodeEntry | undefined {
  try {
    return codeSet.find(code);
  } catch {
    return undefined;
  }
}
