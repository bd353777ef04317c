// Owns the infectious agent of a note's infections (Guidelines I.C.1.d.1.a, I.C.1.d.4, I.A.13 "use
// additional code (B95-B97) to identify infectious agent"): how notes name organisms, which sepsis code
// each organism has, and the rule that sepsis with a known organism is coded to that organism while an
// agent code never repeats an organism another code already names.
import { isClinicalSpan, sentenceAt } from '../../text';
import type { EvidenceSpan } from '../../types';
import { addNote, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/**
 * One organism as clinicians write it, with the Tabular's sepsis code for it (A40-A41 titles "Sepsis due
 * to …"). `within` says which unspecified sepsis codes it may refine: streptococcal sepsis, unspecified
 * (A40.9) only to another A40 code; gram-negative sepsis, unspecified (A41.50) only to an A41.5 code.
 * Ordered most specific first: "MRSA" before "Staphylococcus aureus", "group B streptococcus" before
 * "streptococcus".
 */
interface Organism {
  name: string;
  pattern: RegExp;
  sepsis: string;
}

const ORGANISMS: readonly Organism[] = [
  { name: 'MRSA', pattern: /\b(MRSA|methicillin[- ]resistant (staph(ylococcus|ylococcal)?( aureus)?|S\. ?aureus))\b/i, sepsis: 'A41.02' },
  { name: 'MSSA', pattern: /\b(MSSA|methicillin[- ]s(usceptible|ensitive) (staph(ylococcus|ylococcal)?( aureus)?|S\. ?aureus)|(staph(ylococcus)?|S\.) ?aureus,? (oxacillin|methicillin)[- ]s(usceptible|ensitive))\b/i, sepsis: 'A41.01' },
  // Index: "Sepsis, Staphylococcus, aureus A41.01" (methicillin susceptible unless resistance is stated).
  { name: 'Staphylococcus aureus', pattern: /\b(staph(ylococcus|ylococcal)? aureus|S\. ?aureus)\b/i, sepsis: 'A41.01' },
  { name: 'group A streptococcus', pattern: /\b(group A (beta[- ]hemolytic )?strep(tococc(us|al|i))?|GAS\b|strep(tococcus)? pyogenes|S\. ?pyogenes)/i, sepsis: 'A40.0' },
  { name: 'group B streptococcus', pattern: /\b(group B (beta[- ]hemolytic )?strep(tococc(us|al|i))?|GBS\b|strep(tococcus)? agalactiae|S\. ?agalactiae)/i, sepsis: 'A40.1' },
  { name: 'Streptococcus pneumoniae', pattern: /\b(strep(tococcus)? pneumoniae|S\. ?pneumoniae|pneumococc(us|al|i))\b/i, sepsis: 'A40.3' },
  { name: 'Enterococcus', pattern: /\b(enterococc(us|al|i)|E\. ?faecalis|E\. ?faecium|VRE)\b/i, sepsis: 'A41.81' },
  { name: 'Escherichia coli', pattern: /\b(escherichia coli|E\. ?coli)\b/i, sepsis: 'A41.51' },
  { name: 'Pseudomonas', pattern: /\b(pseudomonas|P\. ?aeruginosa)\b/i, sepsis: 'A41.52' },
  { name: 'Serratia', pattern: /\bserratia\b/i, sepsis: 'A41.53' },
  { name: 'Haemophilus influenzae', pattern: /\b(ha?emophilus influenzae|H\. ?influenzae)\b/i, sepsis: 'A41.3' },
  { name: 'anaerobes', pattern: /\banaerob(es|ic bacteria)\b/i, sepsis: 'A41.4' },
  { name: 'gram-negative', pattern: /\bgram[- ]negative (rods?|bacilli|bacteria|organisms?)\b/i, sepsis: 'A41.50' },
];

/** Unspecified sepsis codes and the codes each may be refined to (the same category's organisms). */
const REFINABLE: Readonly<Record<string, RegExp>> = {
  'A41.9': /^A4[01]\./,
  'A40.9': /^A40\./,
  'A41.50': /^A41\.5/,
};

/**
 * A sentence that ties an organism to the bloodstream infection: it names the sepsis itself, or a blood
 * culture or bacteremia, which is how the systemic infection's organism is documented.
 */
const SYSTEMIC_SENTENCE = /\b(sep(sis|tic)|bacteremi[ac]|blood ?cultures?|BCx)\b/i;

/** "Sepsis criteria", "sepsis screen", "sepsis bundle": a protocol's name, not a diagnosis (I.C.1.d.1.a). */
const SEPSIS_PROTOCOL_AFTER = /^\s*(criteria|screen(ing)?|protocol|bundle|alert|work-?up|pathway|order ?set|risk|score|precautions)\b/i;
const SEPSIS_CODE = /^(A40|A41|R65\.2)/;

/** Words of an agent code's title that name no organism (B95-B97 "… as the cause of diseases classified elsewhere"). */
const AGENT_FILLER = new Set(['as', 'the', 'cause', 'of', 'diseases', 'classified', 'elsewhere', 'unspecified', 'infection', 'other', 'and', 'in']);

function organismWords(title: string): string[] {
  return title.toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').split(/[^a-z]+/).filter((w) => w.length > 1 && !AGENT_FILLER.has(w));
}

/** Every organism named in clinical text of a sentence tying it to the systemic infection, with its span. */
function systemicOrganisms(ctx: GuidelineContext): Array<{ organism: Organism; span: EvidenceSpan }> {
  const out: Array<{ organism: Organism; span: EvidenceSpan }> = [];
  for (const o of ORGANISMS) {
    const re = new RegExp(o.pattern.source, 'gi');
    for (const m of ctx.text.matchAll(re)) {
      const start = m.index ?? 0;
      const span = { start, end: start + m[0].length, text: m[0] };
      if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
      // A more specific organism already claimed these characters ("MRSA" inside a longer phrase).
      if (out.some((x) => x.span.start < span.end && span.start < x.span.end)) continue;
      const s = sentenceAt(ctx.analysis, start);
      const sentence = ctx.text.slice(s.start, Math.max(s.end, span.end));
      // "No growth of …", "negative for …": an organism the sentence denies is no agent.
      const before = ctx.text.slice(Math.max(s.start, start - 30), start);
      if (/\b(no|negative for|not|without|ruled? out)\b[^.;]*$/i.test(before)) continue;
      if (SYSTEMIC_SENTENCE.test(sentence)) out.push({ organism: o, span });
    }
  }
  return out;
}

export const infectiousAgentRule: GuidelineRule = {
  name: 'infectious agent',
  section: 'I.C.1.d.1.a, I.C.1.d.4, I.A.13',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    dropProtocolOnlySepsis(ctx, drafts);
    refineSepsisOrganism(ctx, drafts);
    dropRedundantAgents(ctx, drafts);
    dropUnspecifiedInfection(ctx, drafts);
    refineClostridioidesColitis(ctx, drafts);
  },
};

/**
 * Index "Colitis, Clostridium difficile A04.72 (recurrent A04.71)": colitis, enteritis or diarrhea the note
 * attributes to C. difficile is the organism's enterocolitis code, not the noninfective K52.9 (which Excludes1
 * infectious colitis) nor the unspecified infectious A09.
 */
const C_DIFFICILE = /\b(c\.?\s?diff(icile)?|clostridi(um|oides) difficile|CDI)\b/i;

function refineClostridioidesColitis(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const code of ['K52.9', 'A09']) {
    const d = drafts.get(code);
    if (!d) continue;
    const sentence = d.evidence.map((e) => {
      const s = sentenceAt(ctx.analysis, e.start);
      return ctx.text.slice(s.start, Math.max(s.end, e.end));
    }).find((t) => C_DIFFICILE.test(t) && !/\b(no|negative|not)\b[^.;]{0,20}\b(c\.?\s?diff|clostridi)/i.test(t));
    if (!sentence) continue;
    const target = /\brecurren(t|ce)\b/i.test(sentence) ? 'A04.71' : 'A04.72';
    const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.A.15', action: 'refined', detail: `${code} → ${target}: the colitis is attributed to C. difficile` });
    if (t) dropDraft(ctx, drafts, code, 'I.A.12.a', `the colitis is infectious (C. difficile): ${target}`, t);
  }
}

/**
 * Sepsis is coded when the provider documents it: a sepsis code whose every mention names a screening
 * tool, criteria or a protocol ("sepsis criteria not met", "sepsis screen negative") is no diagnosis.
 */
function dropProtocolOnlySepsis(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    if (!SEPSIS_CODE.test(d.code) || !d.evidence.length) continue;
    if (d.evidence.every((e) => SEPSIS_PROTOCOL_AFTER.test(ctx.text.slice(e.end, e.end + 20)))) {
      dropDraft(ctx, drafts, d.code, 'I.C.1.d.1.a', 'every mention names sepsis criteria, a screen or a protocol, not a diagnosis of sepsis');
    }
  }
}

/**
 * I.C.1.d.1.a: "assign the appropriate code for the underlying systemic infection" — when the note names
 * the organism (blood cultures, "sepsis due to …"), sepsis of unspecified organism gives way to the
 * organism's sepsis code. Only one distinct organism may be named: two leave the choice to the provider.
 */
function refineSepsisOrganism(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const unspecified = [...drafts.values()].filter((d) => REFINABLE[d.code]);
  if (!unspecified.length) return;
  const found = systemicOrganisms(ctx);
  for (const d of unspecified) {
    const fits = found.filter((f) => REFINABLE[d.code].test(f.organism.sepsis) && f.organism.sepsis !== d.code);
    const targets = new Set(fits.map((f) => f.organism.sepsis));
    if (targets.size !== 1) continue;
    const target = [...targets][0];
    const note = { section: 'I.C.1.d.1.a', action: 'refined' as const, detail: `${d.code} → ${target}: the note names the organism (${fits[0].organism.name})` };
    const t = ensureDraft(ctx, drafts, target, [d], note);
    if (!t) continue;
    for (const f of fits) if (!t.evidence.some((e) => e.start === f.span.start && e.end === f.span.end)) t.evidence.push(f.span);
    t.sequence = d.sequence;
    dropDraft(ctx, drafts, d.code, 'I.C.1.d.1.a', `the organism is named: ${target}`, t);
  }
}

/**
 * I.A.13: the agent codes B95-B97 are "use additional code … to identify the infectious agent" where the
 * infection's own code does not; beside a code whose title already names the organism (A41.01 "Sepsis due to
 * Methicillin susceptible Staphylococcus aureus", J13 "Pneumonia due to Streptococcus pneumoniae") the agent
 * code repeats it.
 */
function dropRedundantAgents(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    if (!/^B9[5-7]/.test(d.code)) continue;
    const words = organismWords(ctx.codeSet.find(d.code)?.longDescription ?? '').filter((w) => !/^(methicillin|susceptible|resistant)$/.test(w));
    if (!words.length) continue;
    const namer = [...drafts.values()].find((x) => {
      if (x === d || /^B9[5-7]/.test(x.code)) return false;
      const title = ` ${organismWords(ctx.codeSet.find(x.code)?.longDescription ?? '').join(' ')} `;
      return words.every((w) => title.includes(` ${w} `));
    });
    if (namer) {
      addNote(namer, { section: 'I.A.13', action: 'dropped', detail: `${d.code} not reported: ${namer.code} already names the organism` });
      dropDraft(ctx, drafts, d.code, 'I.A.13', `${namer.code} already names the organism`, namer);
    }
  }
}

/**
 * "Unspecified infectious disease" (B99.9) is the residual code of an infection the note does not name
 * (I.B.2): read from the word "infection" inside a coded infection's own words ("urinary tract infection"),
 * or from "non-infectious", it says nothing the list lacks. A separate mention of an infection stays.
 */
function dropUnspecifiedInfection(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const d = drafts.get('B99.9');
  if (!d) return;
  const nonInfectious = d.evidence.every((e) => /\bnon-?\s?$/i.test(ctx.text.slice(Math.max(0, e.start - 5), e.start)));
  const other = [...drafts.values()].find((x) => x !== d && isInfection(ctx, x.code)
    && d.evidence.every((e) => x.evidence.some((o) => o.start <= e.start && e.end <= o.end)));
  if (nonInfectious) dropDraft(ctx, drafts, d.code, 'I.B.2', 'the word is "non-infectious": no infection is stated');
  else if (other) dropDraft(ctx, drafts, d.code, 'I.B.2', `the infection is coded as ${other.code}`, other);
}

const INFECTION_TITLE = /\b(infection|infectious|sepsis|septic|bacteremia|pneumonia|abscess|cellulitis|pyelonephritis|cystitis|osteomyelitis|cholangitis|cholecystitis|appendicitis|diverticulitis|pharyngitis|tonsillitis|sinusitis|otitis|bronchitis|bronchiolitis|meningitis|encephalitis|endocarditis|empyema|influenza|impetigo|erysipelas|gastroenteritis|enteritis|colitis due to)\b/i;

function isInfection(ctx: GuidelineContext, code: string): boolean {
  if (/^[AB]/.test(code)) return true;
  return INFECTION_TITLE.test(ctx.codeSet.find(code)?.longDescription ?? '');
}
