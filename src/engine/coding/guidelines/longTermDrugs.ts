// Owns long-term (current) drug therapy (Guideline I.C.21.c.3, category Z79): a drug the note says the patient
// takes on a long-term basis, for treatment or prophylaxis, is reported with its Z79 code, the drug's class read
// from the Table of Drugs and Chemicals (warfarin → anticoagulant → Z79.01). Only stated continuous use counts
// ("long-term", "lifelong", "indefinite", "chronic … therapy"); a drug started, stopped, denied or merely
// discussed is not. Insulin and oral hypoglycemics stay with the diabetes rule (I.C.4.a.3, combinations.ts).
import { mentionContext } from '../../context';
import { isClinicalSpan, sectionAt } from '../../text';
import { codeFor, loadDrugTable, substancesIn } from '../drugs';
import { billable, tokenIndexAt } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Stated continuous use. */
const LONG_TERM = /\b(?:long[- ]term|lifelong|life-long|indefinite(?:ly)?|chronic (?:anticoagulation|antiplatelet therapy|anticoagulant therapy))\b/i;
/** The use is not current: stopped, held for good, or only planned or considered. */
const NOT_CURRENT = /\b(?:stopped|discontinued|d\/c'?d|off (?:of )?|no longer|declined|refused|consider(?:ing)?|would (?:start|need)|if\b|candidate for|discuss(?:ed|ing)? (?:starting|whether))/i;

/** Table of Drugs adverse-effect code prefixes (the drug's class) → the Z79 code for its long-term use. */
const CLASS_TO_Z79: ReadonlyArray<readonly [RegExp, string]> = [
  [/^T45\.51/, 'Z79.01'], // anticoagulants
  [/^T45\.52/, 'Z79.02'], // antithrombotic (antiplatelet) drugs
  [/^T39\.01/, 'Z79.82'], // aspirin
  [/^T42\.[0-7]/, 'Z79.899'], // antiepileptics: Z79 has no own subcategory, "other long term (current) drug therapy"
];
/**
 * The class named without a drug ("long-term anticoagulation"), and drugs the FY2023 Table of Drugs predates
 * (direct oral anticoagulants, low-molecular-weight heparins, P2Y12 inhibitors; class per their FDA labeling).
 */
const CLASS_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\banticoagula(?:tion|nts?)\b|\b(?:apixaban|rivaroxaban|dabigatran|edoxaban|enoxaparin|dalteparin|fondaparinux)\b/i, 'Z79.01'],
  [/\bantiplatelets?(?: therapy| agents?)?\b|\b(?:clopidogrel|prasugrel|ticagrelor)\b/i, 'Z79.02'],
  // Index (FY2025): Long-term (current) (prophylactic) drug therapy (use of), by drug and class (Z79.52-Z79.83).
  [/\b(?:tacrolimus|cyclosporine|calcineurin inhibitors?)\b/i, 'Z79.621'],
  [/\b(?:mycophenolate(?: mofetil)?|mycophenolic acid|azathioprine)\b/i, 'Z79.624'],
  [/\b(?:sirolimus|everolimus|mTOR inhibitors?)\b/i, 'Z79.623'],
  [/\b(?:adalimumab|etanercept|infliximab)\b/i, 'Z79.620'],
  [/\b(?:tofacitinib|baricitinib|upadacitinib|janus kinase inhibitors?|JAK inhibitors?)\b/i, 'Z79.622'],
  [/\b(?:apremilast|lenalidomide|pomalidomide)\b/i, 'Z79.61'],
  [/\b(?:tamoxifen|raloxifene|toremifene)\b/i, 'Z79.810'],
  [/\b(?:anastrozole|letrozole|exemestane|aromatase inhibitors?)\b/i, 'Z79.811'],
  [/\b(?:fulvestrant|goserelin|leuprolide)\b/i, 'Z79.818'],
  [/\b(?:prednisone|prednisolone|methylprednisolone)\b/i, 'Z79.52'],
  [/\b(?:alendronate|risedronate|ibandronate|bisphosphonates?)\b/i, 'Z79.83'],
];

export const longTermDrugRule: GuidelineRule = {
  name: 'long-term drug therapy (Z79)',
  section: 'I.C.21.c.3',
  readsText: true,
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    applyContinuationOrders(ctx, drafts);
    if (!LONG_TERM.test(ctx.text)) return;
    for (const s of ctx.analysis.sentences) {
      const sentence = ctx.text.slice(s.start, s.end);
      const lt = LONG_TERM.exec(sentence);
      if (!lt || NOT_CURRENT.test(sentence)) continue;
      const span = { start: s.start + lt.index, end: s.start + lt.index + lt[0].length };
      if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
      const c = mentionContext(ctx.analysis, span);
      // Not "hypothetical": prophylaxis is a long-term use Z79 counts (I.C.21.c.3); plans and conditions are NOT_CURRENT.
      if (c.negated || c.family || c.uncertain) continue;
      const found = new Map<string, { start: number; end: number }>();
      const words = new Set<string>();
      for (let i = tokenIndexAt(ctx.tokens, s.start); i < ctx.tokens.length && ctx.tokens[i].start < s.end; i++) for (const n of ctx.tokens[i].norms) words.add(n);
      const table = loadDrugTable();
      for (const sub of substancesIn(table, words)) {
        const t = codeFor(table, sub, 'adverseEffect');
        const z = t && CLASS_TO_Z79.find(([re]) => re.test(t))?.[1];
        if (!z || found.has(z)) continue;
        const first = sub.tokens[sub.tokens.length - 1];
        const at = sentence.toLowerCase().indexOf(first);
        found.set(z, at >= 0 ? { start: s.start + at, end: s.start + at + first.length } : span);
      }
      for (const [re, z] of CLASS_WORDS) {
        const m = re.exec(sentence);
        if (m && !found.has(z)) found.set(z, { start: s.start + m.index, end: s.start + m.index + m[0].length });
      }
      for (const [z, at] of found) {
        if (drafts.has(z) || !billable(ctx, z)) continue;
        drafts.set(z, {
          code: z, confidence: 0.75, first: at.start, priority: 2,
          evidence: [{ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) }, { start: at.start, end: at.end, text: ctx.text.slice(at.start, at.end) }],
          mentions: [], match: 'synonym', termTokens: 2, section: sectionAt(ctx.analysis, at.start)?.kind ?? 'other',
          guideline: [{ section: 'I.C.21.c.3', action: 'added', detail: `long-term use stated: ${ctx.text.slice(at.start, at.end)}` }],
        });
      }
    }
  },
};

/**
 * A continuation order ("continue apixaban", "remains on metformin", "refill clopidogrel") is current use of a
 * maintenance drug; with a chronic condition coded beside it, that is the long-term use Z79 reports
 * (I.C.21.c.3: "for treatment or prophylaxis of a chronic condition"). A course with an end ("for 7 days",
 * "until", "to complete", "taper") is not long-term.
 */
const CONTINUATION = /\b(?:continue[sd]?|continuing|cont\.|resume[sd]?|remains? on|maintained on|refill(?:ed|s)?)\b/i;
/**
 * Current use stated without an order verb ("on tacrolimus and mycophenolate", "takes apixaban", "take your
 * metformin"): the same clause rules apply. A medication-list line is current use by its section.
 */
const CURRENT_USE = /\b(?:on|takes|taking|take (?:your|his|her|their))\b/i;
const PAST_BEFORE = /\b(?:was|were|had been|been|previously|formerly|prior|based|context of|after|while|when)\s+$/i;
/** Where a continuation order's clause ends: a new order verb or a clause break. */
const CLAUSE_END = /[;,]|\b(?:start(?:ed|ing)?|begin|add(?:ed)?|initiate[sd]?|stop(?:ped)?|hold|held|switch(?:ed)?|change[sd]? to|increase[sd]?|decrease[sd]?|reduce[sd]?|new)\b/i;
const SHORT_COURSE = /\b(?:for|x|×)\s*(?:\d+|one|two|three|five|seven|ten|fourteen)\s*(?:more\s+|additional\s+|total\s+)?(?:days?|d|doses?|weeks?|wks?)\b|\b(?:course|complete|completing|until|through|taper(?:ing)?|descending|wean(?:ing)?|pulses?|total of|bridg(?:e|ing)|peri-?procedural|post-?op(?:erative)?ly|while (?:admitted|inpatient|hospitali[sz]ed)|sliding scale|temporar(?:y|ily)|drip|gtt|infusion|bolus|loading dose|burst|prn|as needed)\b/i;
/** Maintenance drugs by class (a drug taken for a chronic condition): the Table of Drugs class, then its Z79. */
const CONTINUED_CLASS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^T38\.3/, 'Z79.84'], // insulin and oral hypoglycemics (insulin itself is Z79.4, below)
];
/** Drugs of the continuation rule the FY2023 Table predates, by FDA labeling class (oral hypoglycemics). */
const CONTINUED_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  // Insulin by its nonproprietary and US brand names (FDA labeling: every one is an insulin product).
  [/\b(?:insulin|glargine|detemir|degludec|lispro|aspart|glulisine|lantus|levemir|tresiba|toujeo|basaglar|semglee|rezvoglar|humalog|novolog|admelog|fiasp|lyumjev|apidra|humulin|novolin)\b/i, 'Z79.4'],
  [/\b(?:metformin|glipizide|glimepiride|glyburide|sitagliptin|linagliptin|saxagliptin|alogliptin|empagliflozin|dapagliflozin|canagliflozin|ertugliflozin|pioglitazone)\b/i, 'Z79.84'],
];
const TRANSPLANTED = /\b(?:transplant(?:ed)?|allograft|s\/p (?:kidney|renal|liver|heart|lung) (?:tx|transplant))\b/i;
/** Chronic conditions the diabetes drugs treat: type 2 or other diabetes (type 1 implies insulin, I.C.4.a.3). */
const DIABETES_DRAFT = /^E1[13]\./;

function applyContinuationOrders(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if (!CONTINUATION.test(ctx.text) && !CURRENT_USE.test(ctx.text) && !ctx.analysis.sections?.some((x) => x.kind === 'medications')) return;
  // Only a condition coded for this patient makes the order a treatment of it; acute-only notes do not count.
  // A transplanted organ's status (Z94.-) is the chronic condition its immunosuppressants treat.
  // A past condition whose recurrence the drug prevents (Z86.-: "DVT 2023, remains on warfarin to prevent recurrence")
  // or a device the drug protects (Z95.-: a coronary stent on clopidogrel) is prophylaxis Z79 counts (I.C.21.c.3).
  const conditions = [...drafts.keys()].filter((k) => !/^[RZTVWXY]/.test(k) || /^Z(?:94|86|95)\./.test(k));
  // A transplanted organ (Z94.-, coded by the status rule later) is the chronic condition of its immunosuppressants.
  const transplant = TRANSPLANTED.test(ctx.text);
  if (!conditions.length && !transplant) return;
  const diabetes = conditions.some((k) => DIABETES_DRAFT.test(k)) && !conditions.some((k) => k.startsWith('E10.'));
  const table = loadDrugTable();
  for (const s of ctx.analysis.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    const inMedList = sectionAt(ctx.analysis, s.start)?.kind === 'medications';
    const order = CONTINUATION.exec(sentence);
    const use = order ? null : CURRENT_USE.exec(sentence);
    // "was on", "had been taking", "in the context of taking", "based on": a past use narrated or no use at all.
    const pastUse = use !== null && PAST_BEFORE.test(sentence.slice(Math.max(0, use.index - 20), use.index));
    const cont = order ?? (pastUse ? null : use) ?? (inMedList ? /\S+/.exec(sentence) : null);
    if (!cont || SHORT_COURSE.test(sentence) || NOT_CURRENT.test(sentence)) continue;
    const span = { start: s.start + cont.index, end: s.start + cont.index + cont[0].length };
    if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.family) continue;
    // The order's own clause: "continue insulin, start empagliflozin" continues only the insulin.
    const rest = sentence.slice(cont.index);
    const boundary = CLAUSE_END.exec(rest.slice(cont[0].length));
    const clause = boundary ? rest.slice(0, cont[0].length + boundary.index) : rest;
    // Without an order verb the drug must follow the cue directly ("on tacrolimus", "taking daily aspirin"), so
    // "On her first visit she was treated with … prednisone" is no current use.
    const after = cont === use ? (/^\S+(?:\s+\S+){0,3}/.exec(clause)?.[0] ?? clause) : clause;
    const found = new Map<string, { start: number; end: number }>();
    const words = new Set<string>();
    for (let i = tokenIndexAt(ctx.tokens, span.start); i < ctx.tokens.length && ctx.tokens[i].start < s.end; i++) for (const n of ctx.tokens[i].norms) words.add(n);
    for (const sub of substancesIn(table, words)) {
      const t = codeFor(table, sub, 'adverseEffect');
      const z = t && [...CLASS_TO_Z79, ...CONTINUED_CLASS].find(([re]) => re.test(t))?.[1];
      // The residual Z79.899 only on a stated long-term use, never from an order alone.
      if (z === 'Z79.899') continue;
      if (!z || found.has(z)) continue;
      const first = sub.tokens[sub.tokens.length - 1];
      const at = after.toLowerCase().indexOf(first);
      if (at < 0) continue;
      found.set(z, { start: span.start + at, end: span.start + at + first.length });
    }
    for (const [re, z] of [...CLASS_WORDS, ...CONTINUED_WORDS]) {
      const m = re.exec(after);
      if (m) found.set(z, { start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
    // The words name the drug more exactly than the Table's class (insulin is Z79.4, not the oral class).
    if (found.has('Z79.84') && !CONTINUED_WORDS[1][0].test(after) && CONTINUED_WORDS[0][0].test(after)) found.delete('Z79.84');
    for (const [z, at] of found) {
      if ((z === 'Z79.84' || z === 'Z79.4') && !diabetes) continue;
      if (!conditions.length && !z.startsWith('Z79.62')) continue;
      if (drafts.has(z) || !billable(ctx, z)) continue;
      drafts.set(z, {
        code: z, confidence: 0.7, first: at.start, priority: 2,
        evidence: [{ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) }, { start: at.start, end: at.end, text: ctx.text.slice(at.start, at.end) }],
        mentions: [], match: 'synonym', termTokens: 2, section: sectionAt(ctx.analysis, at.start)?.kind ?? 'other',
        guideline: [{ section: 'I.C.21.c.3', action: 'added', detail: `continued maintenance drug: ${ctx.text.slice(at.start, at.end)}` }],
      });
    }
  }
}
