// Owns the "with" presumption and combination codes (Guidelines I.A.15, I.B.9): diabetes with its
// complications (I.C.4.a), hypertension with heart and kidney disease (I.C.9.a.1–3), and dementia in
// a disease classified elsewhere. Two affirmed, current conditions the Index links by "with" are one
// combination code, plus the manifestation codes the Tabular asks for ("use additional code").
import { sentenceAt } from '../../text';
import { addNote, billable, dropDraft, ensureDraft, sentencesOf } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/**
 * Conditions the Index lists under "Diabetes, with" (I.A.15: linked unless the note says otherwise),
 * as [manifestation prefix, diabetes subcode suffix, keep the manifestation code]. The manifestation is
 * kept where the Tabular says "use additional code" (CKD stage, ulcer site, gastroparesis, atherosclerosis)
 * and replaced where the combination code says it all (unspecified retinopathy, polyneuropathy, PAD).
 * `words`: the Index term the evidence must use (the Index links "gangrene", not any necrosis).
 */
const DIABETES_WITH: ReadonlyArray<readonly [prefix: RegExp, suffix: string, keep: boolean, words?: RegExp]> = [
  [/^N18\./, '22', true],
  // Index: Disease, kidney (renal), diabetic → E08-E13 with .22; only "nephropathy" is .21.
  [/^N28\.9$/, '22', false, /\b(kidney|renal) disease\b|\bdisease of (the )?kidneys?\b/i],
  [/^(N08|N28\.9|N05\.9|N04\.9|N25\.9)$/, '21', false],
  [/^(H35\.00|H36)/, '319', false],
  [/^(G62\.9|G63)$/, '42', false],
  [/^G90\.9$/, '43', false],
  [/^K31\.84$/, '43', true],
  [/^I73\.9$/, '51', false],
  [/^I70\.2/, '51', true],
  [/^I96$/, '52', false, /gangren/i],
  [/^L97\./, '621', true],
  [/^L98\.4/, '622', true],
  [/^R73\.9$/, '65', false],
  [/^E16\.[12]$/, '649', false],
  [/^M14\.6/, '610', false],
];

/** A diabetes category (type 1, type 2, other specified) whose combination codes the rule builds. */
const DIABETES = /^E1[013]\./;
/** A stated other cause breaks the presumed link (I.A.15: "unless the documentation clearly states …"). */
const OTHER_CAUSE = /\b(due to|secondary to|caused by|induced by|attributed to|because of|from)\b/;
const NOT_LINKED = /\b(not|un)\s*(related|due|attributed|secondary)\s+to\s+(his |her |the )?(diabet|dm\b|hypertens|htn\b)|\bunrelated\b/;
/**
 * The diabetes or its own treatment named as the cause keeps the link: "hypoglycemia due to glyburide" in a
 * diabetic is diabetes with hypoglycemia (E11.649) plus the adverse effect (I.C.4.a, I.C.19.e.5.a).
 */
const DIABETES_CAUSE = /diabet|\bdm\b|\bt[12]dm\b|\biddm\b|\bniddm\b|insulin|hypoglycemic|antidiabetic|metformin|sulfonylurea|glyburide|glipizide|glimepiride|gliclazide|sitagliptin|linagliptin|saxagliptin|pioglitazone|gliflozin|glutide|tirzepatide/;
const HYPERTENSION_WORD = /hypertens|\bhtn\b|blood pressure/;

/**
 * Attribution written on the condition's own phrase (I.A.15 exception): "chemotherapy-induced",
 * "alcohol-related", "drug induced", "radiation …" before it; "induced by", "related to" after it.
 */
const ATTRIBUTED_BEFORE = /\b([a-z]+)[- ](induced|related|associated|mediated)\s+([a-z]+\s+){0,2}$|\b(drug|alcohol|alcoholic|chemo|chemotherapy|radiation|toxic|medication)(-\w+)?\s+((?!and\b|or\b|with\b|use\b|abuse\b|dependence\b)[a-z]+\s+)?$/;
const ATTRIBUTED_AFTER = /^[\s,(]*([a-z]+ly\s+)?(induced by|related to|due to|secondary to|caused by|attributed to|because of|from)\s+([^.;]{0,60})/;
const NOT_CAUSE_WORD = /\b(non-?|not\s+)(diabetic|hypertensive)\b/;

/** The condition's own words (its phrase and the words around it in its sentence) give it another cause. */
function attributedElsewhere(ctx: GuidelineContext, manifestation: Draft, cause: RegExp): boolean {
  for (const e of manifestation.evidence) {
    const s = sentenceAt(ctx.analysis, e.start);
    const lo = s ? s.start : e.start;
    const hi = s ? Math.max(s.end, e.end) : e.end;
    const before = ctx.text.slice(Math.max(lo, e.start - 40), e.start).toLowerCase();
    const own = ctx.text.slice(e.start, e.end).toLowerCase();
    const after = ctx.text.slice(e.end, Math.min(hi, e.end + 80)).toLowerCase();
    const phrase = `${before}${own}`;
    // The attribution may sit inside the quoted phrase ("chemotherapy-induced peripheral neuropathy").
    for (const cut of [before, phrase.slice(0, before.length + Math.max(0, own.lastIndexOf(' ') + 1))]) {
      const m = ATTRIBUTED_BEFORE.exec(cut);
      if (m && !cause.test(m[0])) return true;
    }
    const a = ATTRIBUTED_AFTER.exec(after);
    if (a && !cause.test(a[3])) return true;
    const not = NOT_CAUSE_WORD.exec(`${before}${own}${after}`);
    if (not && cause.test(not[2])) return true;
  }
  return false;
}

function linked(ctx: GuidelineContext, manifestation: Draft, cause: RegExp): boolean {
  for (const s of sentencesOf(ctx, manifestation)) {
    if (NOT_LINKED.test(s)) return false;
    if (OTHER_CAUSE.test(s) && !cause.test(s)) return false;
  }
  return !attributedElsewhere(ctx, manifestation, cause);
}

/**
 * A combination code the lexicon read from one phrase ("diabetes with chemotherapy-induced neuropathy")
 * whose condition the phrase attributes to another cause: the link does not apply (I.A.15 exception), so
 * the diabetes and the condition are reported apart.
 */
function splitAttributedCombinations(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    // Complication codes only (E1x.9 "without complications" and E1x.8 "unspecified complications" aside).
    if (!DIABETES.test(d.code) || /^E1[013]\.[89]/.test(d.code) || !attributedElsewhere(ctx, d, DIABETES_CAUSE)) continue;
    const category = d.code.slice(0, 3);
    const row = DIABETES_WITH.find(([, suffix]) => d.code === `${category}.${suffix}`);
    const note = { section: 'I.A.15', action: 'refined' as const, detail: `${d.code} not reported: the note attributes the condition to another cause` };
    const plain = ensureDraft(ctx, drafts, `${category}.9`, [d], note);
    // The plain diabetes code keeps only the diabetes words as evidence (the attributed condition's words
    // would read as a diabetic complication again).
    const own = ctx.covered.find((m) => DIABETES.test(m.code) && d.evidence.some((e) => e.start <= m.span.start && m.span.end <= e.end));
    if (plain && own && plain.evidence.every((e) => d.evidence.includes(e))) {
      plain.evidence = [{ start: own.span.start, end: own.span.end, text: own.text }];
      plain.mentions = [];
      plain.first = own.span.start;
    }
    const inside = ctx.covered.find((m) => !DIABETES.test(m.code) && (!row || row[0].test(m.code)) && d.evidence.some((e) => e.start <= m.span.start && m.span.end <= e.end));
    if (inside && !drafts.has(inside.code)) {
      const added = ensureDraft(ctx, drafts, inside.code, [d], note);
      if (added) {
        added.evidence = [{ start: inside.span.start, end: inside.span.end, text: inside.text }];
        added.mentions = [];
        added.first = inside.span.start;
      }
    }
    if (plain) dropDraft(ctx, drafts, d.code, 'I.A.15', 'the "with" presumption does not apply: the condition is attributed to another cause', plain);
  }
}

/**
 * A hypertensive CKD read as one phrase ("ESRD due to type 2 diabetes and hypertension" → I12.0) holds the CKD
 * the diabetes is presumed linked to as well: its stage becomes a draft here (the Tabular's "use additional code
 * to identify the stage" under I12/I13) so the diabetes combination sees it (I.A.15; I.C.9.a.2 with I.C.4.a:
 * hypertension and diabetes with CKD are both combination codes, E1x.22 beside I12/I13).
 */
function ckdInsideHypertensiveCombination(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if ([...drafts.keys()].some((k) => k.startsWith('N18.'))) return;
  for (const h of [...drafts.values()]) {
    if (!/^I1[23]\./.test(h.code)) continue;
    const within = ctx.covered.filter((m) => /^N18\./.test(m.code) && h.evidence.some((e) => e.start <= m.span.start && m.span.end <= e.end));
    // The stated stage, not the unstaged "kidney disease" of the same phrase.
    const inside = within.find((m) => m.code !== 'N18.9') ?? within[0];
    if (!inside) continue;
    const n = ensureDraft(ctx, drafts, inside.code, [h], { section: 'I.C.9.a.2', action: 'added', detail: `CKD stage named within ${h.code}'s phrase ("use additional code")` });
    if (!n) continue;
    n.evidence = [{ start: inside.span.start, end: inside.span.end, text: inside.text }];
    n.mentions = [];
    n.first = inside.span.start;
    return;
  }
}

function applyDiabetes(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  splitAttributedCombinations(ctx, drafts);
  const diabetes = [...drafts.values()].filter((d) => DIABETES.test(d.code));
  if (!diabetes.length) return;
  // One type per patient: the validator resolves a contradiction; combinations use the first stated.
  const primary = diabetes.sort((a, b) => a.first - b.first)[0];
  const category = primary.code.slice(0, 3);
  ckdInsideHypertensiveCombination(ctx, drafts);
  let combined = false;
  for (const m of [...drafts.values()]) {
    // The first row whose code and Index words (if any) fit: the same code may sit under two Index terms.
    const row = DIABETES_WITH.find(([p, , , words]) => p.test(m.code) && (!words || m.evidence.some((e) => words.test(e.text))));
    if (!row || !linked(ctx, m, DIABETES_CAUSE)) continue;
    const target = `${category}.${row[1]}`;
    const note = { section: 'I.A.15', action: 'combined' as const, detail: `"with" presumption: ${primary.code} and ${m.code} → ${target}` };
    const d = ensureDraft(ctx, drafts, target, [primary, m], note);
    if (!d) continue;
    combined = true;
    if (!row[2]) dropDraft(ctx, drafts, m.code, 'I.A.15', `included in combination code ${target}`, d);
    else addNote(drafts.get(m.code)!, { section: 'I.A.15', action: 'combined', detail: `reported with ${target} ("use additional code")` });
  }
  // "Without complications" contradicts any complication code of the same type, combined here or stated.
  const hasComplication = (cat: string) => [...drafts.keys()].some((k) => k.startsWith(`${cat}.`) && !/\.9$/.test(k));
  // A combination the Index found in one phrase ("diabetes with gastroparesis") still reports the
  // manifestation its Tabular note asks for ("use additional code"), from the words it covers.
  for (const d of [...drafts.values()]) {
    if (!d.code.startsWith(`${category}.`)) continue;
    const row = DIABETES_WITH.find(([, suffix, keep]) => keep && d.code === `${category}.${suffix}`);
    if (!row) continue;
    const inside = ctx.covered.find((m) => row[0].test(m.code) && d.evidence.some((e) => e.start <= m.span.start && m.span.end <= e.end));
    // A stated manifestation of the same kind (the staged CKD N18.30 beside the phrase's unstaged N18.9) is the one reported.
    if (!inside || [...drafts.keys()].some((k) => row[0].test(k))) continue;
    const added = ensureDraft(ctx, drafts, inside.code, [d], { section: 'I.A.15', action: 'added', detail: `manifestation reported with ${d.code} ("use additional code")` });
    if (added) {
      added.evidence = [{ start: inside.span.start, end: inside.span.end, text: inside.text }];
      added.mentions = [];
      added.first = inside.span.start;
    }
  }
  if (!combined && !diabetes.some((d) => /\.9$/.test(d.code) && hasComplication(d.code.slice(0, 3)))) return;
  for (const d of diabetes) {
    if (!hasComplication(d.code.slice(0, 3))) continue;
    if (/\.9$/.test(d.code) && drafts.has(d.code)) {
      const keeper = [...drafts.values()].find((x) => x.code.startsWith(d.code.slice(0, 4)) && x !== d) ?? [...drafts.values()].find((x) => DIABETES.test(x.code) && x !== d);
      dropDraft(ctx, drafts, d.code, 'I.A.15', 'diabetes "without complications" is contradicted by the combination code', keeper);
    }
  }
}

/** Heart conditions I11/I13 presume linked to hypertension (I.C.9.a.1). */
const HEART = /^(I50\.|I51\.[4-7]|I51\.89|I51\.9$)/;
const HYPERTENSION = /^(I10$|I11\.|I12\.|I13\.)/;
/** Heart disease of another named kind (ischemic, valvular, congenital …) is not presumed hypertensive. */
const OTHER_HEART_KIND = /\b(ischa?emic|coronary|congenital|valvular|rheumatic|structural)\W+(\w+\W+)?$/i;

function otherHeartDisease(ctx: GuidelineContext, d: Draft): boolean {
  return d.code.startsWith('I51.9') && d.evidence.every((e) => OTHER_HEART_KIND.test(ctx.text.slice(Math.max(0, e.start - 30), e.start)) || /ischa?emic|coronary/i.test(e.text));
}

function applyHypertension(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const htn = [...drafts.values()].filter((d) => HYPERTENSION.test(d.code));
  if (!htn.length) return;
  const heart = [...drafts.values()].filter((d) => HEART.test(d.code) && linked(ctx, d, HYPERTENSION_WORD) && !otherHeartDisease(ctx, d));
  const ckd = [...drafts.values()].filter((d) => d.code.startsWith('N18.') && linked(ctx, d, HYPERTENSION_WORD));
  const has = (re: RegExp) => htn.some((d) => re.test(d.code));
  const heartDisease = heart.length > 0 || has(/^I1[13]\./);
  const failure = heart.some((d) => d.code.startsWith('I50.')) || has(/^(I11\.0|I13\.0|I13\.2)$/);
  const kidney = ckd.length > 0 || has(/^I1[23]\./);
  const stage5 = ckd.some((d) => /^N18\.[56]$/.test(d.code)) || has(/^(I12\.0|I13\.11|I13\.2)$/);
  let target: string;
  let section: string;
  if (heartDisease && kidney) {
    target = failure ? (stage5 ? 'I13.2' : 'I13.0') : stage5 ? 'I13.11' : 'I13.10';
    section = 'I.C.9.a.3';
  } else if (kidney) {
    target = stage5 ? 'I12.0' : 'I12.9';
    section = 'I.C.9.a.2';
  } else if (heartDisease) {
    target = failure ? 'I11.0' : 'I11.9';
    section = 'I.C.9.a.1';
  } else return;
  if (htn.length === 1 && htn[0].code === target) return;
  const parts = [...htn, ...heart, ...ckd];
  const note = { section, action: 'combined' as const, detail: `"with" presumption (I.A.15): ${parts.map((p) => p.code).join(' + ')} → ${target}` };
  const d = ensureDraft(ctx, drafts, target, [...htn, ...heart, ...ckd], note);
  if (!d) return;
  for (const h of htn) if (h.code !== target) dropDraft(ctx, drafts, h.code, section, `hypertension reported as combination code ${target}`, d);
  // I11/I13 include the heart conditions of I51.4–I51.9 due to hypertension; only heart failure (I50)
  // and the CKD stage (N18) are reported in addition ("use additional code").
  for (const x of heart) if (x.code.startsWith('I51.')) dropDraft(ctx, drafts, x.code, section, `included in ${target} (hypertensive heart disease)`, d);
  for (const x of [...heart, ...ckd]) if (drafts.has(x.code)) addNote(x, { section, action: 'combined', detail: `reported with ${target} (use additional code for the type of heart failure or the CKD stage)` });
}

/** Etiologies whose dementia the Index codes to F02 ("Dementia, in (due to)"), coded first (I.A.13). */
const DEMENTIA_ETIOLOGY = /^(G30\.|G31\.0|G31\.83|G20|G35|G10|B20|G31\.1)/;

function applyDementia(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const etiology = [...drafts.values()].find((d) => DEMENTIA_ETIOLOGY.test(d.code));
  if (!etiology) return;
  // "Alzheimer's disease with dementia" in one phrase: the dementia mention lies inside the etiology's.
  for (const m of ctx.covered) {
    if (!/^F03\./.test(m.code) || drafts.has(m.code) || !etiology.evidence.some((e) => e.start <= m.span.start && m.span.end <= e.end)) continue;
    const d = ensureDraft(ctx, drafts, m.code, [etiology], { section: 'I.A.13', action: 'added', detail: 'dementia stated with its etiology' });
    if (d) {
      d.evidence = [{ start: m.span.start, end: m.span.end, text: m.text }];
      d.first = m.span.start;
    }
  }
  for (const d of [...drafts.values()]) {
    if (!/^F03\./.test(d.code)) continue;
    // F03.9x (unspecified severity) ↔ F02.8x; the severity subcategories A, B, C keep their letter.
    const rest = d.code.slice(4);
    const target = `F02.${rest[0] === '9' ? `8${rest.slice(1)}` : rest}`;
    const note = { section: 'I.A.13', action: 'combined' as const, detail: `dementia due to ${etiology.code}: ${d.code} → ${target} (etiology coded first)` };
    const t = ensureDraft(ctx, drafts, target, [d], note);
    if (t) dropDraft(ctx, drafts, d.code, 'I.A.13', `dementia in a disease classified elsewhere is ${target}`, t);
  }
}

/**
 * Index: Dementia (in diseases specified elsewhere / vascular / unspecified), with agitation, aberrant motor behavior
 * (pacing, restlessness) or verbal or physical behaviors (aggression, violence) → the ".x11" subcode (F02.811, F03.911,
 * F01.511, severity forms F02.A11 …): the behavior stated beside the dementia is the dementia's, not a separate symptom.
 */
const DEMENTIA_BEHAVIOR = /^(R45\.1|R45\.6)/;
const DEMENTIA_WITHOUT_BEHAVIOR = /^F0[1-3]\.[5-9A-C]0$/;

function applyDementiaBehavior(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const behavior = [...drafts.values()].find((d) => DEMENTIA_BEHAVIOR.test(d.code));
  if (!behavior) return;
  for (const d of [...drafts.values()]) {
    if (!DEMENTIA_WITHOUT_BEHAVIOR.test(d.code)) continue;
    const target = `${d.code.slice(0, -1)}11`;
    if (!billable(ctx, target)) continue;
    const t = ensureDraft(ctx, drafts, target, [d, behavior], { section: 'I.A.15', action: 'combined', detail: `dementia with ${behavior.code} (Index: Dementia, with, agitation / behaviors): ${d.code} → ${target}` });
    if (t) dropDraft(ctx, drafts, d.code, 'I.A.15', `dementia with behavioral disturbance is ${target}`, t);
  }
}

/**
 * F30 (manic episode) Excludes1 bipolar disorder (F31.-): a manic episode stated of a bipolar disorder is the Index's
 * "Disorder, bipolar, current episode, manic …" (F31.1-, F31.2, F31.7-), severity and psychotic features kept.
 */
const MANIC_TO_BIPOLAR: Readonly<Record<string, string>> = {
  'F30.10': 'F31.10', 'F30.11': 'F31.11', 'F30.12': 'F31.12', 'F30.13': 'F31.13', 'F30.2': 'F31.2',
  'F30.3': 'F31.73', 'F30.4': 'F31.74', 'F30.9': 'F31.10',
};
const BIPOLAR_WORDS = /\bbipolar\b|\bmanic[- ]depress/i;

function applyBipolarEpisode(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    const target = MANIC_TO_BIPOLAR[d.code];
    if (!target || !billable(ctx, target) || !sentencesOf(ctx, d).some((s) => BIPOLAR_WORDS.test(s))) continue;
    const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.A.12.a', action: 'combined', detail: `manic episode of a bipolar disorder: ${d.code} → ${target} (F30 Excludes1 F31)` });
    if (!t) continue;
    dropDraft(ctx, drafts, d.code, 'I.A.12.a', `a manic episode of bipolar disorder is ${target}`, t);
    if (drafts.has('F31.9')) dropDraft(ctx, drafts, 'F31.9', 'I.B.2', `the episode is stated: ${target}`, t);
  }
}

/** Routine insulin or oral hypoglycemic use, stated (I.C.4.a.3); "temporarily" or "sliding scale" only is not. */
const INSULIN = /\b(on|takes|taking|uses|using|requires|requiring|treated with|receiving|started on|maintained on|controlled with|managed with)\s+(basal\s+|long-acting\s+|daily\s+)?insulin\b|\binsulin[- ](dependent|requiring|treated|therapy|regimen|pump)\b/i;
const ORAL_AGENT = /\b(on|takes|taking|treated with|controlled with|managed with)\s+(metformin|glipizide|glimepiride|glyburide|sitagliptin|linagliptin|empagliflozin|dapagliflozin|canagliflozin|pioglitazone|oral (hypoglycemics?|antidiabetics?|agents?))\b/i;
const TEMPORARY = /\b(temporar(y|ily)|sliding scale only|during (the )?(admission|hospitalization|stay))\b/i;

/**
 * A medication list line ("Regimen: basal insulin 30 u qhs + metformin 1 g BID", "Meds: glipizide, lisinopril"):
 * each item it names, not stopped or held, is a drug the patient routinely takes.
 */
const MED_LIST_LINE = /\b(?:regimen|(?:current |home |outpatient |active |diabetes |DM )?(?:med(?:ication)?s|therapy|treatment))\s*:[^\n]*/gi;
const INSULIN_NAME = /\binsulin\b|\b(?:glargine|detemir|degludec|NPH)\b/i;
const ORAL_NAME = /\b(?:metformin|glipizide|glimepiride|glyburide|sitagliptin|linagliptin|saxagliptin|alogliptin|empagliflozin|dapagliflozin|canagliflozin|ertugliflozin|pioglitazone|oral (?:hypoglycemics?|antidiabetics?))\b/i;
const ITEM_NOT_CURRENT = /\b(?:stopped|discontinued|d\/c'?d|held|holding|off|declined|consider(?:ing)?|sliding scale)\b/i;

function listedDrug(ctx: GuidelineContext, name: RegExp): { index: number; 0: string } | undefined {
  for (const line of ctx.text.matchAll(MED_LIST_LINE)) {
    let at = line.index ?? 0;
    for (const item of line[0].split(/([,;+]|\band\b)/)) {
      const m = name.exec(item);
      if (m && !ITEM_NOT_CURRENT.test(item)) return { index: at + m.index, 0: m[0] };
      at += item.length;
    }
  }
  return undefined;
}

/**
 * A drug written as an order with its dose and schedule ("metformin 1000 BID", "glipizide 5 mg daily", "glargine
 * 20 units qhs") is a regimen the patient routinely takes (I.C.4.a.3), unless the words before it stop or hold it.
 */
const DOSE_SCHEDULE = String.raw`\s+\d+(?:\.\d+)?\s*(?:mg|g|mcg|units?|u)?\s*(?:(?:po|sc|subq|sq|xr|er)\s+)?(?:daily|bid|tid|qid|qd|qhs|qam|qpm|nightly|once daily|twice daily|twice a day|q\s?\d{1,2}\s?h)\b`;
function dosedDrug(ctx: GuidelineContext, name: RegExp): { index: number; 0: string } | undefined {
  const re = new RegExp(String.raw`(?:${name.source})${DOSE_SCHEDULE}`, 'gi');
  for (const m of ctx.text.matchAll(re)) {
    const before = ctx.text.slice(Math.max(0, m.index! - 30), m.index);
    if (ITEM_NOT_CURRENT.test(before) || /\b(?:if|start(?:ing)?|add(?:ing)?|no|not)\s+(?:\w+\s+)?$/i.test(before)) continue;
    return { index: m.index!, 0: m[0] };
  }
  return undefined;
}

/**
 * I.C.4.a.3: type 2 (or unstated type, E11) and other diabetes with routine insulin use adds Z79.4;
 * with oral hypoglycemics, Z79.84; treated with both, both codes. Type 1 never (insulin is implied by the type).
 */
function applyDiabetesDrugs(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const diabetes = [...drafts.values()].find((d) => /^E1[13]\./.test(d.code));
  if (!diabetes || [...drafts.keys()].some((k) => k.startsWith('E10.'))) return;
  const insulin = INSULIN.exec(ctx.text) ?? listedDrug(ctx, INSULIN_NAME);
  const oral = ORAL_AGENT.exec(ctx.text) ?? listedDrug(ctx, ORAL_NAME) ?? dosedDrug(ctx, ORAL_NAME);
  for (const [m, code, what] of [[insulin, 'Z79.4', 'insulin'], [oral, 'Z79.84', 'oral hypoglycemic']] as const) {
    if (!m) continue;
    const s = sentenceAt(ctx.analysis, m.index);
    if (TEMPORARY.test(ctx.text.slice(s.start, s.end))) continue;
    const d = ensureDraft(ctx, drafts, code, [diabetes], { section: 'I.C.4.a.3', action: 'added', detail: `long-term ${what} use stated with ${diabetes.code}` });
    if (!d) continue;
    d.evidence = [{ start: m.index, end: m.index + m[0].length, text: m[0] }];
    d.mentions = [];
    d.first = m.index;
  }
}

/**
 * Other pairs the Index joins under "with" into one code: [condition, companion, combination]. Both
 * codes are replaced ("Cirrhosis, alcoholic, with ascites"; "Influenza, with pneumonia").
 */
const WITH_PAIRS: ReadonlyArray<readonly [condition: RegExp, companion: RegExp, combined: string]> = [
  [/^K70\.30$/, /^R18\.8$/, 'K70.31'],
  [/^J11\.1$/, /^J18\./, 'J11.00'],
  [/^J10\.1$/, /^J18\./, 'J10.00'],
  [/^J11\.1$/, /^J10\.1$/, 'J10.1'],
  [/^K80\.20$/, /^K81\.0$/, 'K80.00'],
  [/^K80\.20$/, /^K81\.1$/, 'K80.10'],
  [/^K80\.20$/, /^K81\.2$/, 'K80.12'],
  // Index "Hydronephrosis, with, calculous obstruction (kidney) (ureter) N13.2"; N13.3 Excludes1 it and the
  // stone code is included (N20 Excludes1 "with hydronephrosis N13.2").
  [/^N20\.[0-29]$/, /^N13\.(30|39|9)$/, 'N13.2'],
  // I.C.9.b: atherosclerotic heart disease with angina is one code (Index "Arteriosclerosis, coronary, native
  // vessel, with, angina pectoris" I25.11-; the link is presumed unless stated otherwise), by the angina's type:
  // unstable, with documented spasm, refractory, another stated type ("Angina, stable" I20.89), unspecified.
  [/^I25\.10$/, /^I20\.0$/, 'I25.110'],
  [/^I25\.10$/, /^I20\.1$/, 'I25.111'],
  [/^I25\.10$/, /^I20\.2$/, 'I25.112'],
  [/^I25\.10$/, /^I20\.(8|89)$/, 'I25.118'],
  [/^I25\.10$/, /^I20\.9$/, 'I25.119'],
];

/**
 * Infections whose code names the organism (Index: "Sepsis, Escherichia coli"; "Pneumonia, in
 * (due to) Streptococcus pneumoniae"): the organism code ("as the cause of diseases classified
 * elsewhere") joins the infection into one code. [organism prefix, sepsis code, pneumonia code,
 * pharyngitis code].
 */
const ORGANISMS: ReadonlyArray<readonly [organism: RegExp, sepsis?: string, pneumonia?: string, pharyngitis?: string]> = [
  [/^B95\.0$/, 'A40.0', 'J15.4', 'J02.0'],
  [/^B95\.1$/, 'A40.1', 'J15.3', 'J02.0'],
  [/^B95\.3$/, 'A40.3', 'J13', 'J02.0'],
  [/^B95\.4$/, 'A40.8', 'J15.4', 'J02.0'],
  [/^B95\.5$/, 'A40.9', 'J15.4', 'J02.0'],
  [/^B95\.61$/, 'A41.01', 'J15.211'],
  [/^B95\.62$/, 'A41.02', 'J15.212'],
  [/^B95\.7$/, 'A41.1'],
  [/^B95\.8$/, 'A41.2'],
  [/^B96\.2/, 'A41.51', 'J15.5'],
  [/^B96\.3$/, 'A41.3', 'J14'],
  [/^B96\.5$/, 'A41.52', 'J15.1'],
  [/^B96\.1$/, 'A41.59', 'J15.0'],
  [/^B96\.4$/, 'A41.59'],
];

/** One organism named with an unspecified infection: the organism-specific code (I.C.1.d.1.a, I.A.15). */
function applyOrganisms(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const organisms = [...drafts.values()].filter((d) => ORGANISMS.some(([re]) => re.test(d.code)));
  // Two organisms: which one caused which infection is the note's to say, not a guess.
  if (organisms.length !== 1) return;
  const organism = organisms[0];
  const row = ORGANISMS.find(([re]) => re.test(organism.code))!;
  const targets: Array<[RegExp, string | undefined]> = [[/^A41\.9$/, row[1]], [/^J18\.9$/, row[2]], [/^J02\.9$/, row[3]]];
  let used = false;
  for (const [unspecified, target] of targets) {
    const d = target && [...drafts.values()].find((x) => unspecified.test(x.code));
    if (!d || !target) continue;
    const t = ensureDraft(ctx, drafts, target, [d, organism], { section: 'I.A.15', action: 'combined', detail: `infection and its organism: ${d.code} + ${organism.code} → ${target}` });
    if (!t) continue;
    dropDraft(ctx, drafts, d.code, 'I.A.15', `the organism-specific code ${target} is stated`, t);
    used = true;
  }
  // The organism code stays only for an infection whose own code does not name it.
  const stillNeeded = [...drafts.keys()].some((k) => /^(N39\.0|N30|N10|L0[0-8]|K65|K81|K57|M86|H66|J20|J01|J32|N70|N71|N76|I33|A49)/.test(k));
  if (used && !stillNeeded) dropDraft(ctx, drafts, organism.code, 'I.A.15', 'the organism is named by the infection code');
}


/**
 * I.C.4.a.2: E11 is the default only "if the type of diabetes mellitus is not documented". A complication
 * read as "diabetic X" (Index default E11.-) in a note that states type 1 diabetes (E10) is the type-1 code
 * with the same complication ("diabetic ketoacidosis" in a type 1 patient is E10.10, not E11.10 beside E10.9).
 */
const TYPE_2_WORDS = /type\s*(2|ii|two)\b|\bt2dm\b|\bniddm\b/i;

function carryStatedDiabetesType(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const type1 = [...drafts.values()].filter((d) => d.code.startsWith('E10.'));
  if (!type1.length) return;
  for (const d of [...drafts.values()]) {
    if (!d.code.startsWith('E11.') || d.evidence.some((e) => TYPE_2_WORDS.test(e.text))) continue;
    const target = `E10.${d.code.slice(4)}`;
    const t = ensureDraft(ctx, drafts, target, [d, ...type1], { section: 'I.C.4.a.2', action: 'combined', detail: `${d.code} → ${target}: the note states type 1 diabetes; E11 is only the default when the type is not documented` });
    if (!t) continue;
    dropDraft(ctx, drafts, d.code, 'I.C.4.a.2', `the stated type is type 1: ${target}`, t);
    if (target !== 'E10.9' && drafts.has('E10.9')) dropDraft(ctx, drafts, 'E10.9', 'I.C.4.a.2', `the complication is coded: ${target}`, t);
  }
}

/**
 * Index "Influenza (bronchial) (epidemic) (respiratory (upper)) (unidentified influenza virus) J11.1" against
 * "Influenza, due to identified influenza virus NEC J10.1": a note naming the virus type ("influenza A",
 * "flu B") codes J10 with the same manifestation. Novel and avian influenza (J09, I.C.10.c.1) is left alone.
 */
const IDENTIFIED_INFLUENZA = /\b(influenza|flu)\s*(type\s*)?[AB]\b(?!\s*\(?H\d)/;
const NOVEL_INFLUENZA = /\b(avian|novel|H5N1|H7N9|pandemic)\b/i;

function applyIdentifiedInfluenza(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    if (!d.code.startsWith('J11.')) continue;
    const m = IDENTIFIED_INFLUENZA.exec(ctx.text);
    if (!m || NOVEL_INFLUENZA.test(ctx.text)) return;
    const target = `J10.${d.code.slice(4)}`;
    const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.A.15', action: 'refined', detail: `${d.code} → ${target}: the note identifies the virus ("${m[0]}")` });
    if (!t) continue;
    if (!t.evidence.some((e) => e.start === m.index)) t.evidence.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    dropDraft(ctx, drafts, d.code, 'I.A.15', `the influenza virus is identified: ${target}`, t);
  }
  // "Influenza with pneumonia" (J1x.0-) is the combination; "with other respiratory manifestations" (J1x.1)
  // beside it names the same illness again.
  for (const cat of ['J09.X', 'J10.', 'J11.']) {
    const pneumonia = [...drafts.values()].find((d) => d.code.startsWith(`${cat}${cat === 'J09.X' ? '1' : '0'}`));
    const other = drafts.get(cat === 'J09.X' ? 'J09.X2' : `${cat}1`);
    if (pneumonia && other) dropDraft(ctx, drafts, other.code, 'I.A.15', `influenza with pneumonia is coded: ${pneumonia.code}`, pneumonia);
  }
}

/**
 * Index "Disease, lung, obstructive (chronic), with, lower respiratory infection J44.0", whose Tabular note
 * says "code also to identify the infection": COPD beside a coded pneumonia or bronchitis is J44.0 plus the
 * infection (I.A.15, I.A.12.b "code also").
 */
const LOWER_RESPIRATORY_INFECTION = /^(J09|J1[0-8]|J2[0-2]|J85|J86)/;

function applyCopdWithInfection(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const infection = [...drafts.values()].find((d) => LOWER_RESPIRATORY_INFECTION.test(d.code));
  // "COPD exacerbation with pneumonia": J44.1 names the exacerbation only; the infection is J44.0's axis, so
  // both are reported, with the infection (the Tabular's J44.0 and J44.1 each name one "with" condition).
  const exacerbation = drafts.get('J44.1');
  if (exacerbation && infection && !drafts.has('J44.0')) {
    ensureDraft(ctx, drafts, 'J44.0', [exacerbation, infection], { section: 'I.A.15', action: 'combined', detail: `COPD with a lower respiratory infection (${infection.code}, coded also) beside the exacerbation J44.1` });
  }
  const copd = drafts.get('J44.9');
  if (!copd || !infection) return;
  const t = ensureDraft(ctx, drafts, 'J44.0', [copd, infection], { section: 'I.A.15', action: 'combined', detail: `COPD with a lower respiratory infection (${infection.code}, coded also)` });
  if (t) dropDraft(ctx, drafts, 'J44.9', 'I.A.15', 'COPD with a lower respiratory infection is J44.0', t);
}

/**
 * Index "Disorder, mood, due to known physiological condition F06.30 (with depressive features F06.31)" and
 * "Disorder, anxiety, due to known physiological condition F06.4": a depressive, mood or anxiety disorder the
 * note states is due to a coded physical condition is the F06 code, sequenced after that condition (I.A.13
 * "code first the underlying physiological condition"). Substance-induced disorders are the F1x codes' own.
 */
const MENTAL_DUE: ReadonlyArray<readonly [mental: RegExp, target: (sentence: string) => string]> = [
  [/^(F32\.[A9]|F33\.9|F39|F34\.9)$/, (s) => (/depress/i.test(s) ? 'F06.31' : 'F06.30')],
  [/^(F41\.[19])$/, () => 'F06.4'],
];
const DUE_TO = /\b(due to|secondary to|caused by|attributed to|from)\b/i;

function applyMentalDueToPhysical(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    const row = MENTAL_DUE.find(([re]) => re.test(d.code));
    if (!row) continue;
    for (const e of d.evidence) {
      const s = sentenceAt(ctx.analysis, e.start);
      const after = ctx.text.slice(e.end, Math.max(s.end, e.end));
      const cue = DUE_TO.exec(after);
      if (!cue) continue;
      const from = e.end + cue.index;
      const cause = [...drafts.values()].find((x) => /^[A-EG-QS-Y]/.test(x.code) && x.evidence.some((o) => o.start >= from && o.end <= Math.max(s.end, e.end)));
      if (!cause) continue;
      const target = row[1](ctx.text.slice(s.start, Math.max(s.end, e.end)));
      const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.A.13', action: 'combined', detail: `${d.code} due to ${cause.code}: ${target} (the physiological condition coded first)` });
      if (!t) break;
      t.sequence = Math.max(t.sequence ?? 1, 2);
      cause.sequence = Math.min(cause.sequence ?? 1, 1);
      dropDraft(ctx, drafts, d.code, 'I.A.13', `due to a physiological condition: ${target}`, t);
      break;
    }
  }
}

function applyWithPairs(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const [condition, companion, target] of WITH_PAIRS) {
    const a = [...drafts.values()].find((d) => condition.test(d.code));
    const b = a && [...drafts.values()].find((d) => d !== a && companion.test(d.code));
    if (!a || !b) continue;
    const t = ensureDraft(ctx, drafts, target, [a, b], { section: 'I.A.15', action: 'combined', detail: `"with" presumption: ${a.code} and ${b.code} → ${target}` });
    if (!t) continue;
    for (const x of [a, b]) if (x !== t) dropDraft(ctx, drafts, x.code, 'I.A.15', `included in combination code ${target}`, t);
  }
}

/**
 * Rheumatoid arthritis by serostatus (Index "Arthritis, rheumatoid, seropositive M05.-", "seronegative M06.0-";
 * M05 "with rheumatoid factor", M06.0 "without rheumatoid factor"): a note stating rheumatoid factor positive
 * (seropositive) moves a site code of M06.0- to the same site of M05.7- ("without organ or systems involvement",
 * the Index default when none is named) and M06.9 to M05.9; seronegative moves M06.9 to M06.00. Only from the
 * note's own words: no serology stated leaves the code as it is (I.B.2 specificity, I.A.15 "with").
 */
const SEROPOSITIVE = /\bsero-?positive\b|\b(?:RF|rheumatoid factor)\s*(?:\+|positive\b|pos\b)|\bpositive (?:for )?(?:RF|rheumatoid factor)\b|\bwith rheumatoid factor\b/i;
const SERONEGATIVE = /\bsero-?negative\b|\b(?:RF|rheumatoid factor)\s*(?:negative\b|neg\b)|\bnegative (?:for )?(?:RF|rheumatoid factor)\b|\bwithout rheumatoid factor\b/i;

function applyRheumatoidFactor(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const ra = [...drafts.values()].filter((d) => /^M0[56]\./.test(d.code));
  if (!ra.length) return;
  // The serology written in a sentence of the arthritis itself ("negative RF" of another arthritis says nothing of it).
  const said = ra.flatMap((d) => sentencesOf(ctx, d)).join(' ');
  const positive = (SEROPOSITIVE.test(said) && !SERONEGATIVE.test(said)) || (drafts.has('M05.9') && ra.some((d) => d.code.startsWith('M06.0')));
  const negative = !positive && SERONEGATIVE.test(said);
  const move = (d: Draft, target: string, detail: string) => {
    const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.B.2', action: 'refined', detail: `${d.code} → ${target}: ${detail}` });
    if (t && t !== d) dropDraft(ctx, drafts, d.code, 'I.B.2', `rheumatoid factor stated: ${target}`, t);
  };
  for (const d of ra) {
    if (positive && /^M06\.0\d\d?$/.test(d.code)) move(d, `M05.7${d.code.slice(5)}`, 'rheumatoid factor positive (M05.7-, no organ involvement named)');
    else if (positive && d.code === 'M06.9') move(d, 'M05.9', 'rheumatoid factor positive');
    else if (negative && d.code === 'M06.9') move(d, 'M06.00', 'seronegative (Index: Arthritis, rheumatoid, seronegative M06.0-)');
  }
  if (drafts.has('M05.9') && [...drafts.keys()].some((k) => /^M05\.[1-8]/.test(k))) dropDraft(ctx, drafts, 'M05.9', 'I.B.2', 'a site code of rheumatoid arthritis with rheumatoid factor is coded');
}

export const combinationRule: GuidelineRule = {
  name: 'combination codes',
  section: 'I.A.15',
  apply(ctx, drafts) {
    carryStatedDiabetesType(ctx, drafts);
    applyDiabetes(ctx, drafts);
    applyDiabetesDrugs(ctx, drafts);
    applyIdentifiedInfluenza(ctx, drafts);
    applyWithPairs(ctx, drafts);
    applyRheumatoidFactor(ctx, drafts);
    applyCopdWithInfection(ctx, drafts);
    applyOrganisms(ctx, drafts);
    applyHypertension(ctx, drafts);
    applyDementia(ctx, drafts);
    applyDementiaBehavior(ctx, drafts);
    applyBipolarEpisode(ctx, drafts);
    applyMentalDueToPhysical(ctx, drafts);
  },
};
