// Owns the Index's cause subterms (I.A.15 "with"/"due to"/"in", I.A.13 etiology/manifestation): a condition stated
// with its cause ("parkinsonism due to haloperidol", "polyneuropathy due to hypothyroidism", "cardiomyopathy due to
// amiodarone") is coded from the subterm the Index prints under the condition for that cause ("Parkinsonism, secondary,
// due to, drugs, neuroleptic G21.11"; "Polyneuropathy, in, endocrine disease NEC E34.9 [G63]"), not as the unspecified
// condition. The cause is read from the condition's sentence: a drug of the Table of Drugs (its class from the Table's
// own code title, "butyrophenone ... neuroleptics"), the cause's words as printed, or a reported condition that is the
// subterm's code or belongs to the class the subterm names ("endocrine disease NEC" → a chapter 4 endocrine code).
import { loadKnowledge, type CodeSet, type Knowledge } from '../../icd10';
import { processSingleton } from '../../processStore';
import { sentenceAt } from '../../text';
import { codeFor, loadDrugTable, substancesIn, type DrugTable } from '../drugs';
import { addNote, billable, dropDraft, ensureDraft, tokenIndexAt } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** One cause subterm under a condition's Index entry: the cause's words (link words removed) and what it codes to. */
interface CauseSubterm {
  /** Segments between the condition's entry and the first link ("autonomic" in "Neuropathy, autonomic, in, ..."): the condition's own qualifiers. */
  readonly qualifiers: readonly string[];
  /** The cause's segments after the link, most general first ("drugs", "neuroleptic"); NEC/NOS removed. */
  readonly cause: readonly string[];
  /** The path names drugs as the cause at or above the entry it is keyed under ("drugs NEC G21.19" → "neuroleptic"). */
  readonly drugAbove: boolean;
  readonly code: string;
  readonly manifestation?: string;
  /** The printed path (for the reviewer's note). */
  readonly path: string;
}

/** Condition code or category prefix → its cause subterms; shared by every note of the process, so read-only. */
type CauseIndex = ReadonlyMap<string, readonly CauseSubterm[]>;

/** Subterm titles that only link a condition to its cause. */
const LINK_SEGMENT = /^(due to|in|in \(due to\)|secondary|secondary to|caused by|induced)$/i;
/** A segment naming drugs as the cause. */
const DRUG_SEGMENT = /^(drugs?|medicaments?|drug or medicament|drugs? or medicaments?)( induced)?$|^drug[- ]induced$/i;
/** Words in the condition's sentence that state a cause follows (or, for "-induced", precedes). */
const LINK_AFTER = /\b(due to|secondary to|caused by|induced by|related to|associated with|attributed to|because of|from|in)\b/i;
const LINK_BEFORE = /[- ](induced|related|associated)\s*$/i;
/** A drug not taken as prescribed is underdosing (I.C.19.e.5.c), not the drug causing the condition. */
const UNDERDOSED = /\b(missed|missing|skipped|forgot|ran out|run out|not taking|stopped|discontinu\w*|noncomplian\w*|non-complian\w*|withdrawal|underdos\w*)\b/i;
/** A cause clause that negates what it names ("without septic shock", "no organ dysfunction"). */
const NEGATED_CAUSE = /\b(without|no|not|negative for|denies|ruled out)\b/i;
const GENERIC = new Set(['nec', 'nos', 'disease', 'diseases', 'disorder', 'disorders', 'condition', 'conditions', 'other', 'specified', 'and', 'or', 'of', 'the']);

/** Drafts coded from an Index cause subterm: their code already names the cause, so no later rule re-derives it. */
export const codedFromIndexCause = new WeakSet<Draft>();

// A pure function of the knowledge base it is read from (its Index terms; the code set is not read), read only once
// built: one per process (processStore.ts), keyed by that knowledge base itself, so two knowledge bases of one
// fiscal year (another data directory) never share an index.
const cache = processSingleton('coding.causeIndexByKnowledge', () => new WeakMap<Knowledge, CauseIndex>());

/**
 * Condition code (or category prefix "G20." for an Index header "G20.-") → the cause subterms printed below every
 * Index entry carrying that code. Built once per knowledge base (the code set's fiscal year's) from the Index terms.
 */
function causeIndex(codeSet: CodeSet): CauseIndex {
  const knowledge = loadKnowledge(codeSet.fiscalYear);
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const out = new Map<string, CauseSubterm[]>();
  const codes: Array<string | undefined> = [];
  for (const t of knowledge.indexTerms()) {
    const depth = t.path.length - 1;
    codes[depth] = t.code ? (t.code.endsWith('-') ? t.code.replace(/\.?-$/, '.') : t.code) : undefined;
    codes.length = depth + 1;
    // An entry that is itself an etiology with a manifestation ("in, sepsis A41.9 [N16]") is a cause, never a condition to key.
    if (t.manifestation) codes[depth] = undefined;
    if (!t.code || t.code.endsWith('-') || depth === 0) continue;
    // A cause subterm: a link ("due to", "in", "secondary") or a drug segment somewhere in the path, or a bracketed
    // manifestation (an etiology printed under its manifestation, "Cardiomyopathy, thyrotoxic E05.90 [I43]").
    const isLink = (seg: string, i: number) => i > 0 && (LINK_SEGMENT.test(seg) || DRUG_SEGMENT.test(clean(seg)));
    const firstLink = t.path.findIndex(isLink);
    if (firstLink < 0 && !t.manifestation) continue;
    // Keyed only at the condition's own entries: above the link, or a link or drug entry itself ("secondary G21.9",
    // "drugs NEC G21.19"); an entry below the link that names a cause ("in, sepsis A41.9") is another condition's cause.
    for (let k = 0; k < depth; k++) {
      const at = codes[k];
      if (!at || (firstLink >= 0 && k >= firstLink && !t.path.slice(firstLink, k + 1).every((seg, i) => isLink(seg, firstLink + i)))) continue;
      const split = firstLink > k ? firstLink : k + 1;
      const qualifiers = t.path.slice(k + 1, split).filter((seg) => !LINK_SEGMENT.test(seg)).map(clean).filter(Boolean);
      const drugAbove = t.path.slice(0, k + 1).some((seg, i) => i > 0 && DRUG_SEGMENT.test(clean(seg)));
      const cause = t.path.slice(split).filter((seg) => !LINK_SEGMENT.test(seg)).map(clean).filter(Boolean);
      if (!cause.length && !drugAbove) continue;
      const list = out.get(at) ?? [];
      list.push({ qualifiers, cause, drugAbove, code: t.code, manifestation: t.manifestation, path: t.path.join(', ') });
      out.set(at, list);
    }
  }
  cache.set(knowledge, out);
  return out;
}

function clean(seg: string): string {
  return seg.replace(/\b(NEC|NOS)\b/g, '').replace(/\s+/g, ' ').trim();
}

function contentWords(s: string): string[] {
  return s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !GENERIC.has(w));
}

/** A word stated in a text, allowing a plural or adjective ending ("neuroleptic" in "neuroleptics"). */
function says(text: string, word: string): boolean {
  const stem = word.length > 5 ? word.replace(/(s|es|ic|al)$/, '') : word;
  return new RegExp(`\\b${stem.replace(/[^a-z0-9]/g, '')}`, 'i').test(text);
}

interface Cause {
  /** The sentence text where the cause is stated (after the link word, or before an "-induced"). */
  text: string;
  /** The whole sentence (a drug's qualifier, "acute dystonia induced by haloperidol", may precede the condition). */
  sentence: string;
  /** Drafts stated there. */
  drafts: Draft[];
  /** The link word ("due to", "in", "induced"): a drug is a cause only through a causal link, never "in". */
  link: string;
  /** Adverse-effect code titles of the Table of Drugs substances stated there. */
  drugTitles: string[];
}

/** The cause region of a condition's mention: the words after a link that follows it, or before "-induced" that precedes it. */
function causeOf(ctx: GuidelineContext, d: Draft, drafts: Map<string, Draft>, table: () => DrugTable): Cause | undefined {
  for (const e of d.evidence) {
    const s = sentenceAt(ctx.analysis, e.start);
    if (!s) continue;
    const after = ctx.text.slice(e.end, s.end);
    const before = ctx.text.slice(s.start, e.start);
    let region: [number, number] | undefined;
    // The mention may end inside the link ("parkinsonism secondary" + "to olanzapine").
    const link = /(secondary|due|related|attributed)$/i.test(e.text.trim()) && /^\s*to\b/i.test(after) ? /^\s*(to)\b/i.exec(after) : LINK_AFTER.exec(after);
    // The link must follow the condition closely ("polyneuropathy due to", not a later clause's "from").
    if (link && link.index <= 12) region = [e.end + link.index + link[0].length, s.end];
    else if (LINK_BEFORE.test(before)) region = [Math.max(s.start, e.start - 80), e.start];
    if (!region) continue;
    const clause = ctx.text.slice(region[0], region[1]);
    // The cause's clause ends at a semicolon or a new item; an "-induced" cause starts after the last one.
    // A cause after the link is its first phrase: up to a clause break, a new item ("and abundant urine ...") or eight
    // words, so a later finding in the same sentence is never read as the cause.
    const cut = region[0] > e.start ? firstPhrase(clause) : clause.split(/[;:,]/).pop() ?? '';
    const start = region[0] > e.start ? region[0] : region[1] - cut.length;
    const end = start + cut.length;
    const stated = [...drafts.values()].filter((x) => x !== d && x.evidence.some((v) => v.start >= start && v.end <= end));
    const words = new Set<string>();
    for (let i = tokenIndexAt(ctx.tokens, start); i < ctx.tokens.length && ctx.tokens[i].start < end; i++) for (const n of ctx.tokens[i].norms) words.add(n);
    const t = table();
    const drugTitles = substancesIn(t, words)
      .map((x) => codeFor(t, x, 'adverseEffect'))
      .map((c) => (c ? ctx.codeSet.find(`${c}A`)?.longDescription ?? '' : ''))
      .filter(Boolean);
    return { link: (link && link.index <= 12 ? link[1] : 'induced').toLowerCase(), text: cut.toLowerCase(), sentence: ctx.text.slice(s.start, s.end).toLowerCase(), drafts: stated, drugTitles };
  }
  return undefined;
}

function firstPhrase(clause: string): string {
  const head = clause.split(/[;:(]|\.(\s|$)|\s(and|with|but|or|which|after|while)\s/i)[0];
  const words = head.match(/\S+\s*/g) ?? [];
  // Leading space kept: the phrase's offsets are the clause's.
  return (/^\s*/.exec(head)?.[0] ?? '') + words.slice(0, 8).join('');
}

/** The chapter and block titles of a code (the class a "disease NEC" subterm can name). */
function classTitles(codeSet: CodeSet, code: string): { chapter: number; text: string } | undefined {
  try {
    const h = codeSet.hierarchy(code);
    return { chapter: h.chapter.chapter, text: `${h.chapter.description} ${h.block.description}`.toLowerCase() };
  } catch {
    return undefined;
  }
}

interface Match {
  sub: CauseSubterm;
  /** The reported condition that is the cause, when one is. */
  causeDraft?: Draft;
  depth: number;
}

/** Whether a cause subterm is satisfied by the stated cause. */
function matches(ctx: GuidelineContext, sub: CauseSubterm, cause: Cause): Match | undefined {
  let causeDraft: Draft | undefined;
  // The condition's own qualifiers are stated in its sentence ("autonomic", "newborn"), or the subterm is not this note's.
  if (!sub.qualifiers.every((q) => contentWords(q).every((w) => says(cause.sentence, w)))) return undefined;
  const drugCause = () => cause.link !== 'in' && cause.link !== 'associated with' && !UNDERDOSED.test(cause.text) && (cause.drugTitles.length > 0 || /\b(drug|medication|medicine)s?\b/.test(cause.text));
  let drug = sub.drugAbove;
  if (drug && !drugCause()) return undefined;
  for (const seg of sub.cause) {
    if (DRUG_SEGMENT.test(seg)) {
      if (!drugCause()) return undefined;
      drug = true;
      continue;
    }
    const words = contentWords(seg);
    if (!words.length) return undefined;
    // A drug class under "drugs": stated, or in the Table's code title of the stated drug ("... neuroleptics").
    if (drug && words.every((w) => says(cause.text, w) || says(cause.sentence, w) || cause.drugTitles.some((t) => says(t, w)))) continue;
    if (drug) return undefined;
    // The cause's own words, as printed ("vitamin B12 deficiency", "hypothyroidism").
    // A word the cause leaves implicit may come from the Table of Drugs' class of the substance stated: "anemia due to
    // chemotherapy" is "Anemia, due to, antineoplastic chemotherapy" (the Table's title for chemotherapy names the class).
    const literal = words.some((w) => says(cause.text, w)) && words.every((w) => says(cause.text, w) || cause.drugTitles.some((t) => says(t, w))) && !NEGATED_CAUSE.test(cause.text);
    // A reported condition that is the subterm's code ("thyrotoxic E05.90 [I43]" with E05.90 reported).
    const same = cause.drafts.find((x) => x.code === sub.code);
    // A reported condition of the class a "disease NEC" subterm names, in the subterm code's chapter.
    const own = classTitles(ctx.codeSet, sub.code);
    const ofClass = sub.manifestation && /\bNEC\b/.test(sub.path) && own
      ? cause.drafts.find((x) => {
        const c = classTitles(ctx.codeSet, x.code);
        return c && c.chapter === own.chapter && words.every((w) => says(c.text, w));
      })
      : undefined;
    if (!literal && !same && !ofClass) return undefined;
    causeDraft = same ?? ofClass ?? cause.drafts.find((x) => x.code.slice(0, 3) === sub.code.slice(0, 3));
  }
  return { sub, causeDraft, depth: sub.cause.length + sub.qualifiers.length + (sub.drugAbove ? 1 : 0) };
}

function subtermsFor(index: CauseIndex, code: string): CauseSubterm[] {
  const out = [...(index.get(code) ?? [])];
  // An Index header ("Parkinsonism G20.-") reaches every code of its category.
  if (code.length > 4) out.push(...(index.get(code.slice(0, 4)) ?? []));
  return out;
}

export const dueToRule: GuidelineRule = {
  name: 'Index cause subterms (due to / in / drug induced)',
  section: 'I.A.15',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    let index: CauseIndex | undefined;
    let table: DrugTable | undefined;
    const loadTable = () => (table ??= loadDrugTable());
    for (const d of [...drafts.values()]) {
      if (drafts.get(d.code) !== d) continue;
      // The cause first (it reads only the note): a note that states no cause never builds the Index's cause table.
      const cause = causeOf(ctx, d, drafts, loadTable);
      if (!cause) continue;
      index ??= causeIndex(ctx.codeSet);
      const subs = subtermsFor(index, d.code).filter((s) => s.code !== d.code);
      if (!subs.length) continue;
      let best: Match | undefined;
      for (const s of subs) {
        if (!billable(ctx, s.code) || (s.manifestation && !billable(ctx, s.manifestation))) continue;
        const m = matches(ctx, s, cause);
        if (m && (!best || m.depth > best.depth)) best = m;
      }
      if (!best) continue;
      const { sub, causeDraft } = best;
      const why = `Index: ${sub.path} ${sub.code}${sub.manifestation ? ` [${sub.manifestation}]` : ''}`;
      if (sub.manifestation) {
        // Etiology/manifestation (I.A.13): the cause's own code first (the reported one, or the subterm's), then the manifestation.
        const etiology = causeDraft ?? ensureDraft(ctx, drafts, sub.code, [d], { section: 'I.A.13', action: 'added', detail: `the cause of ${d.code}'s condition: ${why}` });
        const m = ensureDraft(ctx, drafts, sub.manifestation, [d], { section: 'I.A.13', action: 'combined', detail: `manifestation of ${etiology?.code ?? sub.code}: ${why}` });
        if (m && m !== d) dropDraft(ctx, drafts, d.code, 'I.A.13', `the condition is the manifestation ${sub.manifestation} of its stated cause (${why})`, m);
        continue;
      }
      // A combination code for the condition with its cause (I.A.15): it replaces the condition; a cause of its own category too.
      const to = ensureDraft(ctx, drafts, sub.code, [d], { section: 'I.A.15', action: 'refined', detail: `${d.code} with its stated cause: ${why}` });
      if (!to || to === d) continue;
      codedFromIndexCause.add(to);
      dropDraft(ctx, drafts, d.code, 'I.A.15', `coded with its stated cause (${why})`, to);
      if (causeDraft && causeDraft.code !== to.code && causeDraft.code.slice(0, 3) === to.code.slice(0, 3)) {
        dropDraft(ctx, drafts, causeDraft.code, 'I.A.15', `included in ${to.code} (${why})`, to);
      }
      addNote(to, { section: 'I.A.15', action: 'refined', detail: why });
    }
  },
};
