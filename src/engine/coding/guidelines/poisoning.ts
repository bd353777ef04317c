// Owns poisoning, adverse effect and underdosing (Guideline I.C.19.e): a substance the Table of Drugs
// and Chemicals names, in a clinical sentence that says what happened with it, becomes the Table's
// code for that relationship — poisoning (overdose, wrong drug or dose, ingestion, toxic exposure)
// with the intent the note states (accidental when unstated, I.C.19.e.5.b), adverse effect of a drug
// properly taken (sequenced after its manifestation, I.C.19.e.5.a), underdosing (after the condition,
// with the Z91.12-/Z91.13- reason when the note gives one, I.C.19.e.5.c). The 7th character starts at
// A (initial) and is refined by the 7th-character rule from the encounter.
import { mentionContext } from '../../context';
import { withSeventhCharacter } from '../../icd10';
import { isClinicalSpan, sectionAt, sentenceAt } from '../../text';
import type { SectionKind, Span } from '../../types';
import { codedFromIndexCause } from './dueTo';
import { codeFor, loadDrugTable, substancesIn, type DrugColumn, type DrugTable, type Substance } from '../drugs';
import { MAX_WORDS, type NoteToken } from '../normalize';
import { addNote, billable, dropDraft, ensureDraft, tokenIndexAt } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

type Relationship = 'poisoning' | 'adverseEffect' | 'underdosing';

/** Taken more than, or other than, prescribed; or a chemical's toxic exposure (I.C.19.e.5.b). */
const POISONING = /\b(overdos(e|ed|es|ing)|poison(ing|ed)?|ingest(ion|ed)|intoxication|took [\w\s-]{0,30}?(too many|extra|twice|by mistake|in error)|by mistake|in error|medication error|wrong (drug|medication|medicine|dose|pill|patient)|toxic effect|self-poison\w*|(drink|beverage|food) (was |had been |got )?(spiked|laced|drugged)|spiked (her|his|their|the|a) (drink|beverage))\b/i;
/**
 * A drug taken with alcohol (I.C.19.e.5.b: "when a reaction results from the interaction of a drug(s) and alcohol, this
 * would be classified as poisoning"): the drug and the alcohol are each a poisoning.
 */
const WITH_ALCOHOL = /\binteract\w*\s+(of|between|with)\s+[^.;]{0,60}?\b(with|and)\s+(alcohol|ethanol|beers?|wine|liquor|vodka|whiske?y)\b|\b(taken|took|taking|combined|mixed|along)\s+(it\s+|them\s+)?with\s+(alcohol|ethanol|beers?|wine|liquor|vodka|whiske?y)\b|\b(mixed|combined|washed down|took|taken|taking)\s+(her|his|their|the|a|an)\s+(\w+\s+){0,3}?with\s+(\w+\s+){0,4}?(alcohol|ethanol|beers?|wine|liquor|vodka|whiske?y|gin|rum|tequila)\b|\b(drank|drinking)\b[^.;]{0,60}\b(with|alongside|on top of)\s+(his|her|their|the|a)?\s*(\w+\s+){0,2}(dose|doses|pills?|tablets?|medications?)\b/i;
/** The Table row for drinking alcohol (ethyl alcohol as a beverage). */
const BEVERAGE_ALCOHOL = 'Alcohol > beverage';
/** "X instead of Y", "rather than Y": Y is the drug that was not taken. */
const NOT_TAKEN = /\b(instead of|rather than|in place of)\s+([\w'-]+\s+){0,3}$/i;
/** Taken as prescribed and harmful all the same (I.C.19.e.5.a): said of the whole sentence. */
const TAKEN_AS_PRESCRIBED = /\b(taken|took it|taking it|used) (exactly )?(as prescribed|correctly|properly|as directed)\b|\b(properly|correctly) (taken|used|administered)\b|\b(both|each|all) (\w+ )?(taken )?(as prescribed|as directed)\b/i;
/**
 * A cue that names its cause right after it ("due to glyburide", "adverse effect of metoprolol"):
 * the substance must follow within three words with no punctuation between ("septic shock due to
 * Enterococcus - ampicillin" names the organism, not the drug). "<substance>-induced", "<substance> toxicity" (the drug named first). */
const CAUSE_AFTER = /^[- ](induced|associated|related)\b/i;
const CAUSE_CUE = /\b(adverse (effect|reaction|drug reaction|drug event)s? (of|to|from)|side[- ]effects? (of|from)|induced by|reaction to|toxicity (of|from))\b/gi;
/**
 * In the conclusions "<condition> from <drug>" names the drug as the cause as "due to" does ("angioedema from ACE
 * inhibitor", "bleeding from warfarin"); "from" after a word of change or relief is not a cause ("withdrawal from
 * alcohol" is a use disorder, "switched from", "weaned from", "benefit from").
 */
const CAUSE_CUE_ASSESSMENT = /\b(adverse (effect|reaction|drug reaction|drug event)s? (of|to|from)|side[- ]effects? (of|from)|induced by|due to|caused by|secondary to|attributed to|reaction to|toxicity (of|from)|(?<!\b(?:withdrawal|withdrawing|weaned|weaning|switched|switching|changed|changing|transitioned|converted|abstinent|abstaining|abstinence|off|away|free|refrained|recovering|recovered|benefit|benefits|benefited|relief|discharged|transferred|referred|came|comes|returned|back|apart|separate|different|derived|made|taken|tapered|tapering|stopped|transition|switch|change|conversion|detox|detoxification|refrain|refraining|cessation|quit|quitting)\s)from)\b/gi;
const CUE_GAP = /^(\s*[A-Za-z][A-Za-z0-9-]*){0,3}\s*\(?\s*$/;
/** Words after a substance that make the condition its effect ("steroid-induced", "opioid use", "digoxin toxicity"). */
const CONDITION_OF_EXPOSURE = /\b(induced|related|associated|toxic\w*|due|from|caused|secondary|effects?|reactions?|overdose|poison\w*|withdrawal|use|abuse|dependence|intoxication|allergy)\b/i;
/** Side effects spoken of, not had: counseling, monitoring, possible or potential effects. */
const COUNSELING = /\b(discuss\w*|review\w*|counsel\w*|explain\w*|educat\w*|about|regarding|monitor\w*(\s+for)?|watch\s+for|warned\s+(of|about)|risks?\s+(and|of)|possible|potential|common)\s+(the\s+)?(possible\s+|potential\s+|common\s+)?(side[- ]effects?|adverse\s+(effects?|reactions?))\b/i;
/** Less taken than prescribed (I.C.19.e.5.c). */
const UNDERDOSING = /\b(underdos\w*|ran out of|run out of|stopped taking|stopped (her|his|their)|(missed|skipped|skipping|missing) (\w+ )?(doses?|pills?|tablets?)|not (been )?taking|could not afford|couldn't afford|cannot afford|taking (less|half)|rationing|quit (taking )?(her|his|their|the)|(intentionally|deliberately) (stopped|skipped|reduced|cut back)|(forgetting|forgets|forgot) (to take )?(her|his|their|the)( \w+)? (doses?|pills?|tablets?|medications?|meds)|(forgetting|forgets|forgot) (to take )?(her|his|their) \w+)\b/i;

/**
 * I.C.19.e.5.c: underdosing is the patient taking less than prescribed; a clinician stopping or holding the
 * drug ("I have stopped his spironolactone", "lisinopril was held", "cardiology stopped her warfarin") is a
 * change of prescription, not underdosing. Such phrases are removed before the underdosing cue is read.
 */
const CLINICIAN_STOPPED = /\b(?:I|we)(?:'ve|\s+have|\s+had|\s+will|\s+then)?\s+(?:stopped|held|discontinued|stop|hold|discontinue)\s+(?:her|his|their|the)\b|\b(?:was|were|been|is|are|got)\s+(?:stopped|held|discontinued)\b|\b(?:Dr\.?\s+[A-Z]\w+|cardiology|nephrology|oncology|the team|PCP|(?:her|his|their) (?:doctor|physician|cardiologist|nephrologist|oncologist|provider))\s+(?:has\s+|had\s+)?(?:stopped|held|discontinued)\s+(?:her|his|their|the)\b/gi;

/** Intent of a poisoning, checked in this order; unstated intent is accidental (I.C.19.e.5.b). */
const UNDETERMINED = /\b(intent (is |was )?(undetermined|unknown|unclear)|undetermined intent|(cannot|could not|can't|unable to) (be )?determine[ds]? (the |whether |if )?(intent|it was intentional)|intent (cannot|could not) be (determined|established))/i;
const ACCIDENTAL = /\b(accidental(ly)?|unintentional(ly)?|by mistake|in error|medication error|inadvertent(ly)?)\b/i;
const SELF_HARM = /\b(intentional(ly)?|suicid\w*|self[- ]harm|self[- ]poison\w*|to (end|take) (his|her|their|my) (own )?life|to kill (himself|herself|themselves|myself)|on purpose|deliberate(ly)?)\b/i;
const ASSAULT = /\b(assault\w*|poisoned by (her|his|their|a|an|the) \w+|homicid\w*|spiked|drugged by|laced by)\b/i;

/** Why a drug was taken less than prescribed (Z91.12- intentional, Z91.13- unintentional). */
const FINANCIAL = /\b(afford|cost|price|financial|expensive|insurance)\b/i;
const UNINTENTIONAL_UNDERDOSE = /\b(forgot|forgetting|forgetful|confus\w*|misunderst\w*|unintentional(ly)?)\b/i;
const INTENTIONAL_UNDERDOSE = /\b(chose|decided|did not want|didn't want|refus\w*|because of side effects|(stopped|quit) (taking )?(\w+ ){0,3}because|on (her|his|their) own|intentionally|deliberately)\b/i;

/** The unspecified adverse-effect codes a named drug's adverse effect replaces (their Excludes1). */
const UNSPECIFIED_ADVERSE_CODES = ['T88.6XXA', 'T88.7XXA'];

/** Per word-table entry: 1 a cue word, 0 not, -1 not looked up yet (tokens of known words carry the entry). */
const cueByWord = new Int8Array(MAX_WORDS).fill(-1);
function isCueWord(tok: NoteToken): boolean {
  if (tok.word === undefined) return CUE_WORDS.has(tok.raw);
  let v = cueByWord[tok.word];
  if (v < 0) v = cueByWord[tok.word] = CUE_WORDS.has(tok.raw) ? 1 : 0;
  return v === 1;
}

/** Substances with no therapeutic use a note could mean by "taken as prescribed" (the Table lists an adverse-effect code for some). */
const ILLICIT = new Set(['cocaine', 'heroin', 'cannabis', 'marihuana', 'marijuana', 'methamphetamine', 'phencyclidine', 'lsd', 'mdma', 'ecstasy', 'crack']);

/** Any relationship cue, tried on a sentence holding one of the cue words below. */
const ANY_CUE = new RegExp([POISONING, WITH_ALCOHOL, UNDERDOSING, TAKEN_AS_PRESCRIBED, CAUSE_CUE_ASSESSMENT, /[a-z][- ](induced|associated|related)\b/].map((r) => r.source).join('|'), 'i');
/** A word every cue holds (lower-cased token): a sentence without one is never read. */
const CUE_WORDS = new Set([
  'overdose', 'overdosed', 'overdoses', 'overdosing', 'poison', 'poisoning', 'poisoned', 'ingestion', 'ingested', 'intoxication',
  'mistake', 'error', 'wrong', 'toxic', 'toxicity', 'underdosing', 'underdosed', 'underdose', 'ran', 'run', 'stopped', 'missed',
  'missing', 'skipped', 'skipping', 'taking', 'afford', 'rationing', 'prescribed', 'correctly', 'properly', 'directed', 'due',
  'induced', 'caused', 'secondary', 'attributed', 'reaction', 'effect', 'effects', 'associated', 'related', 'took', 'self',
  'alcohol', 'drank', 'drinking', 'beer', 'wine', 'from', 'mixed', 'combined', 'quit', 'intentionally', 'deliberately', 'forgetting', 'forgets',
  'forgot', 'spiked', 'laced', 'drugged', 'administered', 'both', 'interaction',
]);

const SECTION_RANK: Partial<Record<SectionKind, number>> = { diagnoses: 0, assessment: 0, assessment_plan: 0, impression: 0 };

export const poisoningRule: GuidelineRule = {
  name: 'poisoning, adverse effect and underdosing',
  section: 'I.C.19.e',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    // The Table (~0.1 CPU-s to parse) is read when a sentence first carries a relationship cue: most notes never do.
    applyDrugTable(ctx, drafts, () => loadDrugTable());
  },
};

interface Found {
  substance: Substance;
  relationship: Relationship;
  span: Span;
  section: SectionKind;
}

export function applyDrugTable(ctx: GuidelineContext, drafts: Map<string, Draft>, tableOrLoader: DrugTable | (() => DrugTable)): void {
  let table = typeof tableOrLoader === 'function' ? undefined : tableOrLoader;
  if (table && !table.size) return;
  // Only sentences holding a cue word are read (one pass over the note's tokens; most have none).
  const cued: Span[] = [];
  for (const tok of ctx.tokens) {
    if (!isCueWord(tok) || (cued.length && tok.start < cued[cued.length - 1].end)) continue;
    const s = sentenceAt(ctx.analysis, tok.start);
    if (s.end > s.start) cued.push(s);
  }
  const found: Found[] = [];
  for (const s of cued) {
    const sentence = ctx.text.slice(s.start, s.end);
    // A question ("call her about side effects of sertraline?") or counseling ("discussed side effects of …") states no effect.
    if (!ANY_CUE.test(sentence) || /\?\s*$/.test(sentence) || COUNSELING.test(sentence)) continue;
    table ??= (tableOrLoader as () => DrugTable)();
    if (!table.size) return;
    const withAlcohol = WITH_ALCOHOL.test(sentence);
    const sentenceCue = POISONING.test(sentence) || withAlcohol ? 'poisoning' : UNDERDOSING.test(sentence.replace(CLINICIAN_STOPPED, ' ')) ? 'underdosing' : TAKEN_AS_PRESCRIBED.test(sentence) ? 'adverseEffect' : undefined;
    const words = new Set<string>();
    const from = tokenIndexAt(ctx.tokens, s.start);
    let to = from;
    while (to < ctx.tokens.length && ctx.tokens[to].start < s.end) for (const n of ctx.tokens[to++].norms) words.add(n);
    for (const named of substancesIn(table, words)) {
      const substance = medicinalForm(table, named, sentence);
      const span = substanceSpan(ctx, substance, from, to);
      if (!span || !isClinicalSpan(ctx.analysis.provenance, span)) continue;
      if (NOT_TAKEN.test(ctx.text.slice(Math.max(s.start, span.start - 60), span.start))) continue;
      // "Serotonin syndrome", "insulin resistance": the substance's words are part of a condition's name, not an exposure.
      if (ctx.mentionSpans.some((m) => !/^[TZ]/.test(m.code) && m.span.start === span.start && span.end < m.span.end
        && !CONDITION_OF_EXPOSURE.test(ctx.text.slice(span.end, m.span.end)))) continue;
      const section = sectionAt(ctx.analysis, span.start)?.kind ?? 'other';
      const relationship = sentenceCue ?? (namedAsCause(ctx.text, s.start, span, SECTION_RANK[section] === 0) ? 'adverseEffect' : undefined);
      if (!relationship) continue;
      const c = mentionContext(ctx.analysis, span);
      // A past poisoning is history (Z91.5-, Z92.-), not this encounter's injury.
      // Underdosing is told in the past by nature ("quit his lisinopril 3 weeks ago"): its effect is this encounter's (I.C.19.e.5.c).
      if (c.negated || c.hypothetical || c.family || (c.historical && relationship !== 'underdosing') || section === 'pmh' || (c.uncertain && ctx.setting === 'outpatient')) continue;
      // An illicit drug is never "properly taken": its harm is a poisoning or a use disorder, not an adverse effect.
      if (relationship === 'adverseEffect' && substance.tokens.some((w) => ILLICIT.has(w))) continue;
      found.push({ substance, relationship, span, section });
      const alcohol = withAlcohol && table.byName.get(BEVERAGE_ALCOHOL);
      if (alcohol && !found.some((f) => f.substance === alcohol)) found.push({ substance: alcohol, relationship: 'poisoning', span: alcoholSpan(ctx.text, s) ?? span, section });
    }
  }
  if (!found.length || !table) return;
  const clinical = ctx.text;
  for (const f of found) {
    const column = columnOf(f.relationship, clinical);
    const cell = codeFor(table, f.substance, column);
    if (!cell) continue;
    const code = withSeventhCharacter(cell, 'A');
    if (!billable(ctx, code)) continue;
    const d = draftFor(drafts, code, f, ctx);
    addNote(d, { section: sectionOf(f.relationship), action: 'added', detail: `${f.substance.name}: ${describe(column)} (Table of Drugs and Chemicals)` });
    if (f.relationship === 'adverseEffect') {
      for (const other of UNSPECIFIED_ADVERSE_CODES) {
        if (drafts.has(other)) dropDraft(ctx, drafts, other, 'I.C.19.e.5.a', `the drug is named: ${code}`, d);
        // Also when held below the threshold for now: the named drug rules the unspecified code out.
        else if (!ctx.dropped.some((x) => x.code === other)) ctx.dropped.push({ code: other, section: 'I.C.19.e.5.a', detail: `the drug is named: ${code}` });
      }
    }
    if (f.relationship === 'underdosing') {
      const reason = underdosingReason(clinical);
      if (reason && billable(ctx, reason)) {
        const z = draftFor(drafts, reason, f, ctx);
        addNote(z, { section: 'I.C.19.e.5.c', action: 'added', detail: 'noncompliance or underdosing reason stated in the note' });
      }
    }
  }
}

/** A code's title saying the condition is the drug-induced form ("Drug-induced myopathy", "Hypothyroidism due to medicaments …"). */
const DRUG_INDUCED_TITLE = /\b(drug[- ]induced|drug-? or chemical[- ]induced|medication[- ]induced|due to (drugs|medicaments)|induced by (other )?drugs?|drugs? and medicaments|chemotherapy)\b/i;
/** Title words that say nothing about which condition a code is. */
const TITLE_FILLER = new Set(['drug', 'drugs', 'induced', 'due', 'and', 'other', 'unspecified', 'the', 'medicaments', 'medicament', 'substances', 'exogenous', 'chemical', 'nec', 'specified', 'taken', 'internally', 'secondary', 'not', 'elsewhere', 'classified']);
/** The words of a title that name its condition ("without coma" names what it is not, so it is left out). */
const titleWords = (t: string) => new Set(t.toLowerCase().replace(/\bwithout [a-z ]+/g, ' ').split(/[^a-z]+/).filter((w) => w.length > 2 && !TITLE_FILLER.has(w)));
/** An adverse-effect code: T36-T50 with 5 as 5th or 6th character (the Tabular's own wording). */
const ADVERSE_EFFECT_CODE = /^T(3[6-9]|4\d|50)\.(\w5|\w\w5)/;

/**
 * I.C.19.e.5.a: an adverse effect is coded by "the nature of the adverse effect" first: a condition the note names in
 * the adverse effect's sentence is coded to its category's drug-induced code where the Tabular has one ("chemotherapy-
 * induced neuropathy" G62.9 → G62.0, "amiodarone-induced hypothyroidism" E03.9 → E03.2, K59.00 → K59.03). Runs after
 * the combination rules (diabetes with hypoglycemia stays E11.649: the "with" combination is the nature). The
 * drug-induced code must name the same condition and nothing more (its title words within the condition's, so "anemia"
 * never becomes "sideroblastic anemia due to drugs") and be the only such code of the category; mental and behavioral
 * codes (chapter 5: "alcohol-induced" is a use disorder), injuries and Z codes are left alone.
 */
export const adverseEffectNatureRule: GuidelineRule = {
  name: 'adverse effect: the nature of the effect',
  section: 'I.C.19.e.5.a',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const adverse = [...drafts.values()].filter((d) => ADVERSE_EFFECT_CODE.test(d.code));
    for (const a of adverse) for (const e of a.evidence) codeTheNature(ctx, drafts, a, e);
  },
};

function codeTheNature(ctx: GuidelineContext, drafts: Map<string, Draft>, adverse: Draft, span: Span): void {
  const sentence = sentenceAt(ctx.analysis, span.start);
  for (const d of [...drafts.values()]) {
    if (d === adverse || /^[FSTVWXYZ]/.test(d.code) || !d.evidence.some((e) => e.start >= sentence.start && e.end <= sentence.end)) continue;
    const entry = ctx.codeSet.find(d.code);
    // Already coded from the Index's cause subterm ("Parkinsonism, secondary, due to, drugs, neuroleptic G21.11").
    if (!entry || DRUG_INDUCED_TITLE.test(entry.longDescription) || codedFromIndexCause.has(d)) continue;
    const words = titleWords(entry.longDescription);
    const targets = ctx.codeSet.billableDescendants(d.code.slice(0, 3)).filter((k) => {
      if (k.code === d.code || !DRUG_INDUCED_TITLE.test(k.longDescription)) return false;
      const own = [...titleWords(k.longDescription)];
      return own.length > 0 && own.every((w) => words.has(w));
    });
    if (targets.length !== 1) continue;
    const target = targets[0].code;
    const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.C.19.e.5.a', action: 'refined', detail: `${d.code} → ${target}: the note attributes the condition to a drug (${adverse.code})` });
    if (t) dropDraft(ctx, drafts, d.code, 'I.C.19.e.5.a', `the condition is drug-induced: ${target}`, t);
  }
}

/** Words that make a substance a medicine the patient takes (tablets, doses, levels, a prescription). */
const MEDICATION_WORDS = /\b(tablets?|tabs?|pills?|capsules?|doses?|dosing|mg|prescri\w*|level|levels|carbonate|citrate|therapy|medications?)\b/i;

/**
 * A row with no adverse-effect column is the nonmedicinal substance ("Lithium", the metal, T56.89-); a note that speaks
 * of it as a medicine (tablets, a dose, a level) means its medicinal salts when the Table lists them ("Lithium, salts"
 * T43.59-, Table of Drugs and Chemicals).
 */
function medicinalForm(table: DrugTable, s: Substance, sentence: string): Substance {
  if (s.codes.adverseEffect) return s;
  const salts = table.byName.get(`${s.name} > salts`);
  return salts?.codes.adverseEffect && MEDICATION_WORDS.test(sentence) ? salts : s;
}

/** Where the sentence names the alcohol (the evidence of the alcohol's poisoning code). */
function alcoholSpan(text: string, s: Span): Span | undefined {
  const m = /\b(alcohol|ethanol|beers?|wine|liquor|vodka|whiske?y)\b/i.exec(text.slice(s.start, s.end));
  return m ? { start: s.start + m.index, end: s.start + m.index + m[0].length } : undefined;
}

const LACK_OF = /^[\s-]*([\w-]+\s+)?(deficien\w*|insufficien\w*|depletion|malabsorption)\b/i;

/** The substance is what a cause cue names: "due to [ACE inhibitor (]lisinopril", "metoprolol-induced". */
function namedAsCause(text: string, sentenceStart: number, span: Span, assessment: boolean): boolean {
  // "Due to vitamin B12 deficiency": the lack of a substance is a condition (E50–E64), not an exposure to it.
  if (LACK_OF.test(text.slice(span.end, span.end + 30))) return false;
  const before = text.slice(sentenceStart, span.start);
  // "Due to", "secondary to" name a drug as the cause only in the note's conclusions; in a narrative
  // they as often give a reason for treatment ("treatment withheld due to anticoagulation").
  const cue = assessment ? CAUSE_CUE_ASSESSMENT : CAUSE_CUE;
  cue.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = cue.exec(before); m; m = cue.exec(before)) last = m;
  if (last && CUE_GAP.test(before.slice(last.index + last[0].length))) return true;
  return CAUSE_AFTER.test(text.slice(span.end, span.end + 12));
}

/** The Table column for a relationship; a poisoning's intent from the note (I.C.19.e.5.b). */
/** Intent the note denies ("denies extra pills or self-harm", "no suicidal intent"): no evidence of that intent. */
const DENIED_INTENT = /\b(denies|denied|denying|no|not|without|negative for|never)\b[^.;\n]{0,40}?\b(self[- ]harm|suicid\w*|intent(ional(ly)?)?( to harm)?|on purpose|deliberate(ly)?)\b/gi;

function columnOf(relationship: Relationship, clinical: string): DrugColumn {
  if (relationship !== 'poisoning') return relationship;
  if (UNDETERMINED.test(clinical)) return 'undetermined';
  const text = clinical.replace(DENIED_INTENT, ' ');
  if (ACCIDENTAL.test(text)) return 'accidental';
  if (SELF_HARM.test(text)) return 'intentional';
  if (ASSAULT.test(text)) return 'assault';
  return 'accidental';
}

function underdosingReason(text: string): string | undefined {
  if (FINANCIAL.test(text)) return 'Z91.120';
  if (UNINTENTIONAL_UNDERDOSE.test(text)) return 'Z91.138';
  if (INTENTIONAL_UNDERDOSE.test(text)) return 'Z91.128';
  return undefined;
}

function sectionOf(r: Relationship): string {
  return r === 'poisoning' ? 'I.C.19.e.5.b' : r === 'adverseEffect' ? 'I.C.19.e.5.a' : 'I.C.19.e.5.c';
}

function describe(column: DrugColumn): string {
  return {
    accidental: 'poisoning, accidental (intent not stated or stated accidental)',
    intentional: 'poisoning, intentional self-harm',
    assault: 'poisoning, assault',
    undetermined: 'poisoning, intent stated as undetermined',
    adverseEffect: 'adverse effect of a drug properly taken',
    underdosing: 'underdosing',
  }[column];
}

/** The words of the substance in the sentence (first to last), or its first word when they are far apart. */
function substanceSpan(ctx: GuidelineContext, s: Substance, from: number, to: number): Span | undefined {
  let first = -1;
  let last = -1;
  let head = -1;
  for (let i = from; i < to; i++) {
    const norms = ctx.tokens[i].norms;
    if (!s.tokens.some((w) => norms.includes(w))) continue;
    if (first < 0) first = i;
    last = i;
    if (head < 0 && norms.includes(s.tokens[0])) head = i;
  }
  if (first < 0) return undefined;
  const span = { start: ctx.tokens[first].start, end: ctx.tokens[last].end };
  if (span.end - span.start <= 80) return span;
  return head >= 0 ? { start: ctx.tokens[head].start, end: ctx.tokens[head].end } : undefined;
}

function draftFor(drafts: Map<string, Draft>, code: string, f: Found, ctx: GuidelineContext): Draft {
  let d = drafts.get(code);
  if (!d) {
    d = {
      code, confidence: 0, first: f.span.start, priority: 9, evidence: [], mentions: [], match: 'synonym',
      termTokens: Math.max(3, f.substance.tokens.length), section: f.section, guideline: [],
      // Poisoning first, then its manifestations; an adverse effect or underdosing after the condition.
      sequence: f.relationship === 'poisoning' ? 0 : 2,
    };
    drafts.set(code, d);
  }
  if (!d.evidence.some((e) => e.start === f.span.start && e.end === f.span.end)) {
    d.evidence.push({ start: f.span.start, end: f.span.end, text: ctx.text.slice(f.span.start, f.span.end) });
    const context = mentionContext(ctx.analysis, f.span);
    // Underdosing is told in the past by nature: the rule read it as this encounter's, so the selection must not call it history.
    d.mentions.push({ span: f.span, term: f.substance.name.toLowerCase(), context: f.relationship === 'underdosing' ? { ...context, historical: false } : context });
  }
  const rank = SECTION_RANK[f.section] ?? 2;
  if (rank < (SECTION_RANK[d.section] ?? 2)) d.section = f.section;
  d.priority = Math.min(d.priority, rank);
  d.first = Math.min(d.first, f.span.start);
  return d;
}
