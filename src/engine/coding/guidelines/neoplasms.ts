// Owns the neoplasm chapter rules (Guidelines I.C.2): primary vs secondary site as the note words it
// ("metastatic to bone" is a bone secondary, "metastases from the lung" a lung primary; I.C.2.b), an
// unknown primary (C80.1 beside the secondary, I.C.2.l… as the Index directs), current vs history
// (treatment still directed at the cancer keeps it current, an excised cancer with no treatment is
// Z85 only, I.C.2.d; follow-up after completed treatment Z08), encounters for chemotherapy or
// radiotherapy first-listed (I.C.2.e.2), leukemia/myeloma/lymphoma "in remission" or "in relapse"
// characters, anemia in neoplastic disease after its neoplasm (I.C.2.c.1), estrogen receptor status
// (Z17) and long-term hormonal therapy (Z79.81-) for breast cancer. Codes come from the Index and the
// Neoplasm Table; words a note uses that the Index lacks (drug names) are listed with a reason.
import { mentionContext } from '../../context';
import { codeSetCache, loadKnowledge, type CodeSet } from '../../icd10';
import { isClinicalSpan, sectionAt, sentenceAt } from '../../text';
import { neoplasmIndex, secondaryFor } from '../neoplasms';
import { addNote, billable, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineNote, GuidelineRule } from './types';

const MALIGNANT = /^(C[0-7]|C8[1-9]|C9[0-6]|C7A|C7B)/;
const SECONDARY = /^C7[7-9]/;
const HISTORY_OF_CANCER = /^Z85/;

/**
 * A chemotherapy session at this encounter (I.C.2.e.2), charted as visit notes chart it ("Chemotherapy
 * given as ordered", "Cycle 2 day 1 of …"); a case history's "chemotherapy was administered" is a past episode.
 */
const CHEMO_SESSION = /\b(?:(?<!(?:was|were|been) )chemotherapy (?:is )?(?:given|administered|infused|delivered)(?! (?:in|during|on) \d)|(?:here|presents?|admitted|returns?) for (?:(?:his|her|the) )?(?:next )?(?:cycle|C\d+D\d+|chemotherapy|chemo|infusion)|cycle \d+,? day \d+ of|C\d+D\d+)\b/i;
const RADIATION_SESSION = /\b(?:fraction \d+ (?:of|\/) \d+|radiation (?:therapy |treatment )?(?:was )?(?:delivered|given|administered)(?: today)?|on-treatment (?:visit|check)|weekly (?:treatment|on-treatment) (?:check|visit))\b/i;
const PAST_OR_PLAN = /\b(?:after|since|following|post|completed|finished|last|previous|prior|will|plan(?:ned)?|to start|scheduled)\s+(?:\w+\s+){0,2}$/i;

/** Treatment still directed at the cancer (I.C.2.d: then the cancer is current, not history). */
const ON_TREATMENT = /\b(?:adjuvant|neoadjuvant|currently (?:on|receiving|undergoing)|on active treatment|receiving (?:chemotherapy|radiation|treatment)|undergoing (?:chemotherapy|radiation|treatment)|(?:on|continue|continues|continuing) (?:tamoxifen|letrozole|anastrozole|exemestane|raloxifene|toremifene|fulvestrant|chemotherapy|hormonal therapy|endocrine therapy|maintenance))\b/i;
/** A completion said after the treatment it ends ("adjuvant therapy completed", "… chemotherapy, finished 2020"). */
const POSTPOSED_COMPLETION = /^\s*(?:(?:chemo\w*|radi\w*|therapy|treatment|and|\+|with|was|were|has been|fully)[\s,]+){0,4}(?:completed|finished|complete)\b/i;
/** Excised or treated with nothing further directed at it (I.C.2.d personal history). */
const RESOLVED = /\b(?:no (?:evidence of )?(?:recurrence|residual|disease)|no (?:evidence of )?(?:recurrent|residual) (?:malignancy|disease|cancer|carcinoma|tumou?r)|(?:treatment|therapy) (?:is |was )?complete|NED|no adjuvant|no further treatment|completed (?:treatment|therapy|chemotherapy|radiation)|therapy completed|excised|resected|excision|removed|\w{3,}ectomy)\b/i;
/** The note says no disease remains. */
const NO_DISEASE = /\bno (?:evidence of )?(?:recurrence|residual|disease)\b|\bno (?:evidence of )?(?:recurrent|residual) (?:malignancy|disease|cancer|carcinoma|tumou?r)\b|\bNED\b|\bno (?:further|current|active|other|more) (?:treatment|therapy)\b|\bno treatment (?:\w+ ){0,3}since\b|\b(?:PSA|CEA|tumou?r markers?) (?:has been |have been |remains? |is )?undetectable\b|\b(?:cancer|disease)[- ]free\b|\bfree of (?:disease|cancer|recurrence|tumou?r)\b/i;
/** Drafts below this are not conditions a visit is for (the Z-code encounter rules' threshold). */
const ENCOUNTER_MIN_CONFIDENCE = 0.4;
const SURVEILLANCE = /\b(?:surveillance|survivorship|follow-up|follow up|skin check|skin exam)\b/i;

/** "Metastatic X cancer", "metastases from the X (primary)": X is where the cancer began. */
const FROM_PRIMARY = /^(?:metastatic\b|metasta\w*\s+(?:from|of)\b)/i;
/** "Carcinoma (metastatic) to bone", "mets to the liver": the site after "to" is secondary. */
const TO_SITE = /\b(?:metasta\w*|mets|spread|cancers?|carcinomas?|adenocarcinomas?|malignanc\w*|disease|tumou?rs?)\s+(?:\w+\s+)?to\b/i;
/** "Metastases to the lumbar spine": the site follows "to"/"in" ("metastatic renal carcinoma" names the primary). */
const METASTATIC_BEFORE = /\b(?:metasta\w*|mets)\s+(?:to|in|into|involving)\b[^.;\n]{0,40}$/i;

/** "Femoral neck due to the bone metastasis": the site named is where the metastasis is. */
const SITE_OF_METASTASIS = /^\W*(?!metasta)\w[^.;\n]*\b(?:due to|from|by|of|with)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:metasta\w*|mets)\s*$/i;

/** "Liver mets", "bone mets": a one-word site before the abbreviation. */
const SITE_METS = /\b([a-z]+)\s+mets\b/gi;

/** The primary is unknown (I.C.2.l: C80.1 is coded beside the secondary site). */
const UNKNOWN_PRIMARY = /\b(?:primary (?:site |tumou?r )?(?:is |was |remains |remained )?(?:unknown|not (?:identified|found)|undetermined)|unknown primary|no primary (?:site |tumou?r )?(?:was |has been |could be )?(?:identified|found)|(?:did not|failed to) (?:identify|reveal|show|find) (?:a |any |the )?primary|(?:showed|revealed) no primary)\b/i;

/** A lung lobe with its side, in either order ("right upper lobe", "upper lobe of the left lung"). */
const LOBE = /\b(right|left)\s+(upper|middle|lower)\s+lobe\b/i;
const REMISSION = /(?<!\b(?:not|never|not yet|nor)\s)\bin (?:complete |partial |continued |sustained )?remission\b/i;
/** The hematologic malignancy is active: current (its "not having achieved remission" code), whatever else reads as history. */
const NOT_IN_REMISSION = /\b(?:not|never|not yet) (?:in|achieved|having achieved) (?:\w+ )?remission\b|\bactive (?:disease|myeloma|leukemia|lymphoma)\b/i;
const RELAPSE = /\b(?:in relapse|relapsed|relapsing|recurrent (?:leuk|lymph|myel))/i;

/** A pathological fracture the note says the tumour caused. */
const FRACTURE_FROM_NEOPLASM = /\b(?:due to|from|secondary to|caused by|through|at the site of|related to)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:\w+\s+){0,2}(?:metasta\w*|mets|malignan\w*|cancer|carcinoma|tumou?r|neoplas\w*|myeloma|lesion|lytic)|\b(?:neoplastic|malignant|metastatic)\s+(?:pathologic(?:al)?\s+)?fracture\b/i;

/** The reason for the admission or encounter is pain control or management (I.C.6.b.5). */
const PAIN_CONTROL_ENCOUNTER = /\b(?:admitted|admission|presents?|seen|here|referred|reason for (?:admission|visit|encounter))\s+(?:\w+\s+){0,2}?(?:for|is)\s+(?:\w+\s+){0,2}?pain (?:control|management|crisis)\b/i;

/** Anemia from the tumour itself (I.C.2.c.1), not from its treatment (I.C.2.c.2: D64.81). */
const ANEMIA_OF_NEOPLASM = /\banemia (?:of|from|due to|secondary to|in|related to|caused by|associated with) (?:the |his |her )?(?:\w+ ){0,2}(?:malignanc\w*|cancer|carcinoma|tumou?r|neoplas\w*|myeloma|leukemia|lymphoma|marrow infiltration)|\b(?:malignancy|cancer|tumou?r)[- ]related anemia|\banemia in neoplastic disease\b|\b(?:from|due to) marrow infiltration\b/i;
const ANEMIA_OF_TREATMENT = /(?<!not )(?:chemotherapy|antineoplastic|treatment)[- ](?:induced|related)(?!\s*-?\s*no)|\b(?:due to|from|after) (?:antineoplastic )?chemotherapy\b/i;

/**
 * Drug names the Index's "Long-term (current) drug therapy" entries name only by class (the Index
 * lists "tamoxifen" and the classes "aromatase inhibitors", "estrogen receptor downregulators",
 * "selective estrogen receptor modulators"). Each name maps to the Index subterm of its class.
 */
const HORMONAL_DRUG_CLASS: Record<string, string> = {
  tamoxifen: 'tamoxifen', raloxifene: 'selective estrogen receptor modulators', toremifene: 'selective estrogen receptor modulators',
  anastrozole: 'aromatase inhibitors', letrozole: 'aromatase inhibitors', exemestane: 'aromatase inhibitors',
  fulvestrant: 'estrogen receptor downregulators',
};
const HORMONAL_DRUG = new RegExp(`\\b(${Object.keys(HORMONAL_DRUG_CLASS).join('|')})\\b`, 'i');
const DRUG_STOPPED = /\b(?:completed|stopped|discontinued|finished|off|declined|intolerant of)\s+(?:\w+\s+){0,2}$/i;

const ER_STATUS = /\b(?:ER|estrogen[- ]receptor)(?:\/PR)?\s*(?:status\s*)?(?:is\s*)?[:(]?\s*(positive|negative|\+|-)(?=[\s,;.)(]|$)/i;
const HER2_STATUS = /\bHER-?2(?:\/neu)?\s*(?:status\s*)?(?:is\s*)?[:(]?\s*(positive|negative|\+|-|amplified|not amplified|non-amplified)(?=[\s,;.)(]|$)/i;

const indexCache = codeSetCache<Map<string, string>>('guidelines.neoplasmIndexCodes');

/** A billable code of the Index by its printed path ("encounter", "chemotherapy for neoplasm"), or undefined. */
function indexCode(codeSet: CodeSet, ...path: string[]): string | undefined {
  let map = indexCache.get(codeSet);
  if (!map) {
    map = new Map();
    const heads = new Set(['encounter', 'admission', 'status', 'long-term', 'anemia', 'examination']);
    for (const t of loadKnowledge(codeSet.fiscalYear).indexTerms()) {
      const head = t.path[0].split(',')[0].trim().toLowerCase();
      if (!heads.has(head) || !t.code || t.code.endsWith('-')) continue;
      const key = [head, ...t.path.slice(1).map((p) => p.toLowerCase())].join('|');
      if (!map.has(key)) map.set(key, t.code);
    }
    indexCache.set(codeSet, map);
  }
  const code = map.get(path.map((p) => p.toLowerCase()).join('|'));
  try {
    return code && codeSet.find(code)?.billable ? code : undefined;
  } catch {
    return undefined;
  }
}

function textDraft(ctx: GuidelineContext, code: string, span: { start: number; end: number }, note: GuidelineNote): Draft {
  return {
    code, confidence: 0.75, first: span.start, priority: 2, evidence: [{ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) }],
    mentions: [], match: 'synonym', termTokens: 2, section: sectionAt(ctx.analysis, span.start)?.kind ?? 'other', guideline: [note],
  };
}

/** The first clinical, affirmed match of `re` in the note (its span), or undefined. */
const globalCache = new Map<RegExp, RegExp>();

function affirmed(ctx: GuidelineContext, re: RegExp, reject?: (before: string, after: string) => boolean): { start: number; end: number } | undefined {
  let global = globalCache.get(re);
  if (!global) globalCache.set(re, (global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  for (const m of ctx.text.matchAll(global)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (!isClinicalSpan(ctx.analysis.provenance, span)) continue;
    if (reject?.(ctx.text.slice(Math.max(0, span.start - 40), span.start), ctx.text.slice(span.end, span.end + 40))) continue;
    const c = mentionContext(ctx.analysis, span);
    if (c.negated || c.hypothetical || c.family) continue;
    return span;
  }
  return undefined;
}

function sentenceText(ctx: GuidelineContext, offset: number): string {
  const s = sentenceAt(ctx.analysis, offset);
  return s && s.end > s.start ? ctx.text.slice(s.start, s.end) : '';
}

/** The codes the lexicon read at a draft's evidence (before context turned them into history codes). */
function originalCodes(ctx: GuidelineContext, d: Draft): string[] {
  return ctx.mentionSpans.filter((m) => d.evidence.some((e) => m.span.start < e.end && e.start < m.span.end)).map((m) => m.code);
}

/**
 * History codes of a cancer still treated become the current code. The treatment statement joins the
 * evidence: it is what makes a cancer written in the past tense ("resected 6 weeks ago") current.
 */
function currentFromHistory(ctx: GuidelineContext, drafts: Map<string, Draft>, reason: string, cue?: { start: number; end: number }): void {
  for (const h of [...drafts.values()]) {
    if (!HISTORY_OF_CANCER.test(h.code)) continue;
    const current = originalCodes(ctx, h).find((c) => MALIGNANT.test(c) && billable(ctx, c));
    if (!current) continue;
    const d = ensureDraft(ctx, drafts, current, [h], { section: 'I.C.2.d', action: 'refined', detail: `${reason}: the cancer is current, not history` });
    if (!d) continue;
    if (cue) addEvidence(ctx, d, cue);
    dropDraft(ctx, drafts, h.code, 'I.C.2.d', 'treatment is still directed at the malignancy', d);
  }
}

function addEvidence(ctx: GuidelineContext, d: Draft, span: { start: number; end: number }): void {
  if (!d.evidence.some((e) => e.start === span.start && e.end === span.end)) d.evidence.push({ start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) });
}

/** Words that say the tumour itself was removed (I.C.2.d: "previously excised or eradicated"). */
const REMOVED = /\b(?:excis\w*|resect\w*|removed|\w+ectomy|eradicated|treated (?:definitively )?(?:in )?\d{4}|(?:radiation|radiotherapy|chemo\w*|brachytherapy|treatment|therapy)\b[^.;\n]{0,20}\b(?:completed|finished)\b)/i;

export const neoplasmRule: GuidelineRule = {
  name: 'neoplasm chapter',
  section: 'I.C.2',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    // Every rule below starts from a neoplasm or a cancer-history code (the cheap test spares the text scans).
    if (![...drafts.keys()].some((k) => /^(C|D[0-4]|Z85)/.test(k))) return;
    const values = () => [...drafts.values()];
    const malignant = () => values().filter((d) => MALIGNANT.test(d.code) && !SECONDARY.test(d.code) && d.code !== 'C80.1');

    // A lung primary without its lobe (C34.9-, or a morphology read without a site) takes the lobe and
    // side a sentence states ("adenocarcinoma of the right upper lobe"), by the Tabular's C34 titles.
    for (const d of values()) {
      if (!/^C34\.9/.test(d.code) && d.code !== 'C80.1') continue;
      const lobe = d.evidence.map((e) => LOBE.exec(sentenceText(ctx, e.start))).find((m) => m);
      if (!lobe) continue;
      const want = `${lobe[2].toLowerCase()} lobe, ${lobe[1].toLowerCase()} bronchus or lung`;
      const target = ctx.codeSet.billableDescendants('C34').find((k) => k.longDescription.toLowerCase().includes(want));
      if (!target || target.code === d.code) continue;
      const t = ensureDraft(ctx, drafts, target.code, [d], { section: 'I.C.2', action: 'refined', detail: `site stated: ${lobe[0]}` });
      if (t) dropDraft(ctx, drafts, d.code, 'I.B.2', `site stated: ${target.code}`, t);
    }

    // "Adenocarcinoma of the sigmoid colon with liver metastases": the secondary site is the word attached to
    // "metastases"; a secondary code read from a wider span reaching back into the primary's site words is the
    // primary named again (I.C.2: each site is coded once, as primary or as secondary, as the note states it).
    for (const d of values()) {
      if (!SECONDARY.test(d.code) || !drafts.has(d.code)) continue;
      const narrower = values().find((x) => x !== d && SECONDARY.test(x.code) && d.evidence.every((e) => x.evidence.some((o) => e.start <= o.start && o.end <= e.end && (o.end - o.start) < (e.end - e.start))));
      if (!narrower) continue;
      const primary = malignant().find((p) => p.evidence.some((pe) => d.evidence.some((e) => pe.start < e.start && e.start < pe.end)));
      if (!primary) continue;
      dropDraft(ctx, drafts, d.code, 'I.C.2', `the words are the primary ${primary.code}'s site; the secondary site is ${narrower.code}`, narrower);
    }

    // I.C.2.e.2: an encounter solely for chemotherapy or radiotherapy lists the Z51 code first.
    const notPastOrPlan = (before: string) => PAST_OR_PLAN.test(before);
    const sessions: Array<[RegExp, string[], string]> = [
      [CHEMO_SESSION, ['encounter', 'chemotherapy for neoplasm'], 'antineoplastic chemotherapy given at this encounter'],
      [RADIATION_SESSION, ['encounter', 'radiation therapy'], 'antineoplastic radiation therapy given at this encounter'],
    ];
    // "completed all adjuvant therapy", "no adjuvant therapy", "adjuvant therapy completed" are not treatment now.
    const treatmentCue = affirmed(ctx, ON_TREATMENT, (before, after) => /\b(?:completed|finished|no|without|after|declined|prior|previous)\s+(?:\w+\s+){0,2}$/i.test(before)
      || POSTPOSED_COMPLETION.test(after));
    let onTreatment = treatmentCue !== undefined;
    for (const [re, path, detail] of sessions) {
      const span = affirmed(ctx, re, notPastOrPlan);
      const code = span && indexCode(ctx.codeSet, ...path);
      if (!span || !code) continue;
      onTreatment = true;
      currentFromHistory(ctx, drafts, detail, span);
      if (!malignant().length && !values().some((d) => SECONDARY.test(d.code))) continue;
      const z = drafts.get(code) ?? textDraft(ctx, code, span, { section: 'I.C.2.e.2', action: 'added', detail });
      z.sequence = -1;
      drafts.set(code, z);
    }

    // I.C.2.d: history vs current.
    if (onTreatment) currentFromHistory(ctx, drafts, 'treatment directed at the malignancy', treatmentCue);
    else if (RESOLVED.test(ctx.text) && NO_DISEASE.test(ctx.text) && !values().some((d) => SECONDARY.test(d.code))) {
      // A cancer the note says was removed, with nothing further directed at it, is its personal history code.
      for (const c of malignant()) {
        // Every mention is the removed tumour, or (once one sentence says it was removed or eradicated) a restatement
        // that nothing of it remains: "A: prostate cancer, in remission - no active treatment" after "treated with
        // radiation, completed 2019" (a solid tumour's "remission" is its eradication; I.C.2.d).
        const sentences = c.evidence.map((e) => sentenceText(ctx, e.start));
        if (!/^C(?:[0-7]|7A)/.test(c.code) || !sentences.some((t) => REMOVED.test(t)) || !sentences.every((t) => REMOVED.test(t) || NO_DISEASE.test(t) || REMISSION.test(t))) continue;
        const history = ctx.mentionSpans.filter((m) => c.evidence.some((e) => m.span.start < e.end && e.start < m.span.end))
          .flatMap((m) => m.codes ?? []).find((x) => HISTORY_OF_CANCER.test(x) && billable(ctx, x));
        const h = history && ensureDraft(ctx, drafts, history, [c], { section: 'I.C.2.d', action: 'refined', detail: `excised or eradicated with no further treatment: personal history` });
        if (!h) continue;
        // The statement that nothing remains is part of the evidence for the history code (I.C.21.c.4).
        const gone = NO_DISEASE.exec(ctx.text) ?? RESOLVED.exec(ctx.text);
        if (gone) addEvidence(ctx, h, { start: gone.index, end: gone.index + gone[0].length });
        dropDraft(ctx, drafts, c.code, 'I.C.2.d', `excised with no further treatment: ${history}`, h);
      }
      for (const h of values().filter((d) => HISTORY_OF_CANCER.test(d.code))) {
        const same = new Set(originalCodes(ctx, h).map((c) => c.slice(0, 3)));
        for (const c of malignant()) {
          if (same.has(c.code.slice(0, 3))) dropDraft(ctx, drafts, c.code, 'I.C.2.d', `excised with no further treatment: personal history ${h.code}`, h);
        }
      }
      // Follow-up examination after completed treatment (Z08) with the history code.
      const history = values().find((d) => HISTORY_OF_CANCER.test(d.code));
      // I.C.21.c.8: the follow-up is the visit's reason only when no current condition is being managed
      // ("primary care follow-up … hypertension; history of colon cancer" is the hypertension's visit).
      const managed = values().some((d) => !/^[ZR]/.test(d.code) && d.confidence >= ENCOUNTER_MIN_CONFIDENCE);
      const follow = history && !malignant().length && !managed && affirmed(ctx, SURVEILLANCE);
      const z08 = follow && indexCode(ctx.codeSet, 'examination', 'follow-up', 'malignant neoplasm');
      if (follow && z08 && !drafts.has(z08)) {
        const z = textDraft(ctx, z08, follow, { section: 'I.C.2.d', action: 'added', detail: `follow-up after completed treatment, with ${history!.code}` });
        z.sequence = -1;
        drafts.set(z08, z);
      }
    }

    // I.C.2.b: the site a cancer spread to is secondary; the site it spread from is primary.
    for (const d of values()) {
      if (!drafts.has(d.code)) continue;
      if (SECONDARY.test(d.code)) {
        // "metastatic prostate cancer", "metastases from the lung": drop the secondary of a site already coded as primary.
        // A phrase another secondary also reads ("breast with bone metastases": the bone's) is no evidence of this one.
        const otherSecondary = (e: { start: number; end: number }) => values().some((o) => o !== d && SECONDARY.test(o.code) && o.evidence.some((x) => x.start < e.end && e.start < x.end && x.end >= e.end));
        if (d.evidence.length && d.evidence.some((e) => FROM_PRIMARY.test(e.text)) && d.evidence.every((e) => FROM_PRIMARY.test(e.text) || otherSecondary(e))) {
          const primary = malignant().find((p) => secondaryFor(ctx.codeSet, p.code)?.slice(0, 5) === d.code.slice(0, 5)) ?? primaryNamed(ctx, drafts, d);
          if (primary) dropDraft(ctx, drafts, d.code, 'I.C.2.b', `the named site is the primary (${primary.code})`, primary);
        }
        continue;
      }
      if (!MALIGNANT.test(d.code) || d.code === 'C80.1') continue;
      // "carcinoma to bone", "metastatic … to the liver", "femoral neck due to the bone metastasis": a
      // primary code read from a metastasis phrase.
      const toSite = d.evidence.length && d.evidence.every((e) => TO_SITE.test(e.text) || SITE_OF_METASTASIS.test(e.text) || METASTATIC_BEFORE.test(ctx.text.slice(Math.max(0, e.start - 40), e.start)));
      if (!toSite) continue;
      const others = malignant().filter((p) => p !== d);
      // The side the words after "to" state ("… to the right lung"), else the Table's code.
      const toWords = d.evidence.map((e) => /\sto\s+(.*)$/i.exec(e.text)?.[1]).find((x) => x !== undefined);
      const secondary = toWords !== undefined ? sidedSecondary(ctx, d.code, ` ${toWords}`) : secondaryFor(ctx.codeSet, d.code);
      if (!secondary || !billable(ctx, secondary) || (!others.length && !UNKNOWN_PRIMARY.test(ctx.text) && !/metasta/i.test(d.evidence.map((e) => sentenceText(ctx, e.start)).join(' ')))) continue;
      const s = ensureDraft(ctx, drafts, secondary, [d], { section: 'I.C.2.b', action: 'refined', detail: `${d.code} is named as a metastatic site: ${secondary}` });
      if (s) dropDraft(ctx, drafts, d.code, 'I.C.2.b', `a metastatic site, coded ${secondary}`, s);
    }
    // "Carcinoma of the left breast to the left lung": a malignant mention that holds a coded primary's
    // mention and then "to" a site names that site as the metastasis (I.C.2.b), even when its own code
    // was too weakly supported to be a draft.
    for (const m of ctx.mentionSpans) {
      if (!MALIGNANT.test(m.code) || SECONDARY.test(m.code) || m.code === 'C80.1') continue;
      const phrase = ctx.text.slice(m.span.start, m.span.end);
      const to = /\s(?:to|into)\s+(?:the\s+)?/i.exec(phrase);
      if (!to) continue;
      const primary = malignant().find((p) => p.code.slice(0, 3) !== m.code.slice(0, 3) && p.evidence.some((e) => e.start >= m.span.start && e.end <= m.span.start + to.index));
      if (!primary || !isClinicalSpan(ctx.analysis.provenance, m.span)) continue;
      const c = mentionContext(ctx.analysis, m.span);
      if (c.negated || c.hypothetical || c.family || c.uncertain) continue;
      const secondary = sidedSecondary(ctx, m.code, phrase.slice(to.index));
      if (!secondary || drafts.has(secondary)) continue;
      const sec = ensureDraft(ctx, drafts, secondary, [primary], { section: 'I.C.2.b', action: 'added', detail: `${primary.code} spread to the site named after "to": ${secondary}` });
      if (!sec) continue;
      sec.evidence = [{ start: m.span.start, end: m.span.end, text: phrase }];
      sec.first = m.span.start;
      if (drafts.has(m.code)) dropDraft(ctx, drafts, m.code, 'I.C.2.b', `a metastatic site, coded ${secondary}`, sec);
      else ctx.dropped.push({ code: m.code, section: 'I.C.2.b', detail: `a metastatic site, coded ${secondary}` });
    }
    // A non-neoplastic code read from "metastatic disease to the liver" is the metastasis.
    for (const d of values()) {
      if (/^[CD]/.test(d.code) || d.code[0] === 'Z' || !d.evidence.length) continue;
      if (d.evidence.every((e) => /^disease\b/i.test(e.text) && /\bmetasta\w*\s*$/i.test(ctx.text.slice(Math.max(0, e.start - 20), e.start)))) {
        dropDraft(ctx, drafts, d.code, 'I.C.2.b', 'names a metastasis, not a disease of the organ');
      }
    }

    // "Liver mets", "bone mets": the abbreviation after a site names a secondary there (I.C.2.b), by the Table.
    if (/\bmets\b/i.test(ctx.text)) {
      const table = neoplasmIndex(ctx.codeSet).bySitePhrase;
      for (const m of ctx.text.matchAll(SITE_METS)) {
        const span = { start: m.index!, end: m.index! + m[0].length };
        const primarySite = table.get(`neoplasm ${m[1].toLowerCase()}`)?.malignant;
        const secondary = primarySite && secondaryFor(ctx.codeSet, primarySite);
        if (!secondary || !billable(ctx, secondary) || drafts.has(secondary) || !isClinicalSpan(ctx.analysis.provenance, span)) continue;
        const c = mentionContext(ctx.analysis, span);
        if (c.negated || c.hypothetical || c.family || c.uncertain) continue;
        drafts.set(secondary, textDraft(ctx, secondary, span, { section: 'I.C.2.b', action: 'added', detail: `"${m[0]}": secondary neoplasm of the site named` }));
      }
    }

    // A secondary of unspecified site (C79.9, read from "metastases" alone) gives way to a stated secondary site (I.B.2).
    const sited = values().find((d) => SECONDARY.test(d.code) && d.code !== 'C79.9');
    if (sited && drafts.has('C79.9')) dropDraft(ctx, drafts, 'C79.9', 'I.B.2', `the secondary site is stated: ${sited.code}`, sited);

    // I.C.2.l: a secondary site with the primary unknown is reported with C80.1.
    const unknown = affirmed(ctx, UNKNOWN_PRIMARY);
    if (unknown && values().some((d) => SECONDARY.test(d.code)) && !malignant().length && billable(ctx, 'C80.1')) {
      const c = drafts.get('C80.1') ?? textDraft(ctx, 'C80.1', unknown, { section: 'I.C.2.l', action: 'added', detail: 'primary site unknown' });
      addNote(c, { section: 'I.C.2.l', action: 'added', detail: 'primary site unknown: reported beside the secondary site' });
      drafts.set('C80.1', c);
    }

    // Remission / relapse characters of leukemia, myeloma and lymphoma, from the Tabular's own titles.
    const remission = affirmed(ctx, REMISSION);
    const relapse = !remission && affirmed(ctx, RELAPSE);
    // "Not in remission": a leukemia, myeloma or lymphoma still active is current, not history (I.C.2.d).
    const active = !remission && !relapse ? NOT_IN_REMISSION.exec(ctx.text) : null;
    if (active) currentFromHistory(ctx, drafts, 'not in remission', { start: active.index, end: active.index + active[0].length });
    // A leukemia, myeloma or lymphoma in remission is current (its remission code), not history.
    if (remission) {
      for (const h of values().filter((d) => HISTORY_OF_CANCER.test(d.code))) {
        const current = originalCodes(ctx, h).find((c) => /^C(8[1-8]|9[0-5])/.test(c) && billable(ctx, c));
        const d = current && ensureDraft(ctx, drafts, current, [h], { section: 'I.C.2.d', action: 'refined', detail: 'in remission: current, not history' });
        if (!d) continue;
        addEvidence(ctx, d, remission);
        dropDraft(ctx, drafts, h.code, 'I.C.2.d', 'a hematologic malignancy in remission is coded as such', d);
      }
    }
    for (const d of values()) {
      if (!/^C(8[1-8]|9[0-5])/.test(d.code)) continue;
      const parent = d.code.slice(0, -1).replace(/\.$/, '');
      const siblings = ctx.codeSet.billableDescendants(parent);
      const want = remission ? /\bin remission\b/i : relapse ? /\bin relapse\b/i : undefined;
      const target = want && siblings.find((k) => want.test(k.longDescription) && !/not having achieved/i.test(k.longDescription));
      if (!target || target.code === d.code) continue;
      const t = ensureDraft(ctx, drafts, target.code, [d], { section: 'I.C.2.d', action: 'refined', detail: `${remission ? 'in remission' : 'in relapse'} as stated` });
      if (t) dropDraft(ctx, drafts, d.code, 'I.C.2.d', `stated ${remission ? 'in remission' : 'in relapse'}: ${target.code}`, t);
    }
    // An unspecified leukemia or lymphoma gives way to the named type (I.B specificity).
    const specificType = (re: RegExp) => values().some((d) => re.test(d.code));
    for (const d of values()) {
      if ((/^C95\.9/.test(d.code) && specificType(/^C9[1-4]/)) || (/^C85\.9/.test(d.code) && specificType(/^C8[1-4]|^C8[68]/))) {
        dropDraft(ctx, drafts, d.code, 'I.B.2', 'the note names the type');
      }
    }

    // I.C.2.c.1: anemia from the neoplasm itself is D63.0, after the neoplasm.
    const primaryOrAny = values().filter((d) => MALIGNANT.test(d.code) || /^D4[5-7]/.test(d.code));
    const anemia = primaryOrAny.length ? affirmed(ctx, ANEMIA_OF_NEOPLASM) : undefined;
    const d63 = indexCode(ctx.codeSet, 'anemia', 'in', 'neoplastic disease');
    if (anemia && d63 && !ANEMIA_OF_TREATMENT.test(sentenceText(ctx, anemia.start))) {
      const generic = values().filter((d) => /^D64\.9|^D63\.8/.test(d.code));
      const d = drafts.get(d63) ?? (generic.length ? ensureDraft(ctx, drafts, d63, generic, { section: 'I.C.2.c.1', action: 'refined', detail: 'anemia associated with the malignancy' }) : undefined) ?? textDraft(ctx, d63, anemia, { section: 'I.C.2.c.1', action: 'added', detail: 'anemia associated with the malignancy' });
      drafts.set(d63, d);
      for (const g of generic) dropDraft(ctx, drafts, g.code, 'I.C.2.c.1', `anemia in neoplastic disease: ${d63}`, d);
      d.sequence = Math.max(d.sequence ?? 1, 1.5);
      addNote(d, { section: 'I.C.2.c.1', action: 'sequenced', detail: 'code first the neoplasm' });
    }

    // A benign neoplasm coded without its site takes the site the note names (Neoplasm Table benign
    // column; lipomas by the Tabular's own D17 site titles, as the Index's "Lipoma, site classification" directs).
    for (const d of values()) {
      if (d.code !== 'D36.9' && d.code !== 'D17.9') continue;
      const target = d.code === 'D17.9' ? lipomaSite(ctx, d) : benignSite(ctx, d);
      if (!target || target === d.code || !billable(ctx, target)) continue;
      const t = ensureDraft(ctx, drafts, target, [d], { section: 'I.C.2', action: 'refined', detail: `benign neoplasm of the site stated: ${target}` });
      if (t) dropDraft(ctx, drafts, d.code, 'I.B.2', `site stated: ${target}`, t);
    }

    // Breast cancer: estrogen receptor status (Z17) and long-term hormonal therapy (Z79.81-), from the Index's Status / Long-term entries.
    const breast = values().find((d) => /^C50/.test(d.code));
    if (breast) {
      const er = ER_STATUS.exec(ctx.text);
      const her2 = HER2_STATUS.exec(ctx.text);
      const erValue = er && (/^(positive|\+)$/i.test(er[1]) ? 'positive' : 'negative');
      let status: string | undefined;
      if (erValue && her2) {
        const her2Value = /^(positive|\+|amplified)$/i.test(her2[1]) ? 'positive' : 'negative';
        status = indexCode(ctx.codeSet, 'status', 'combined receptor', erValue,
          `hormone receptor ${erValue} with human epidermal growth factor receptor 2 ${her2Value}`);
      } else if (erValue) status = indexCode(ctx.codeSet, 'status', 'estrogen receptor', erValue);
      if (status && er && !drafts.has(status)) {
        drafts.set(status, textDraft(ctx, status, { start: er.index, end: er.index + er[0].length }, { section: 'I.C.2 (Z17)', action: 'added', detail: 'receptor status of the breast cancer' }));
      }
      const drug = affirmed(ctx, HORMONAL_DRUG, (before) => DRUG_STOPPED.test(before));
      if (drug) {
        const name = ctx.text.slice(drug.start, drug.end).toLowerCase();
        const code = indexCode(ctx.codeSet, 'long-term', HORMONAL_DRUG_CLASS[name]);
        if (code && !drafts.has(code)) drafts.set(code, textDraft(ctx, code, drug, { section: 'I.C.21.c.3', action: 'added', detail: `long-term ${name} for the breast cancer` }));
      }
    }

    // I.C.6.b.5: an admission or encounter for control of neoplasm-related pain lists G89.3 first, the neoplasm after.
    const neoplasmPain = drafts.get('G89.3');
    if (neoplasmPain && affirmed(ctx, PAIN_CONTROL_ENCOUNTER)) {
      neoplasmPain.sequence = Math.min(neoplasmPain.sequence ?? 1, 0);
      addNote(neoplasmPain, { section: 'I.C.6.b.5', action: 'sequenced', detail: 'the encounter is for pain control: G89.3 first, then the neoplasm' });
    }

    // A pathological fracture the note ties to the neoplasm is "in neoplastic disease" (M84.5-, by the
    // Tabular titles: same site, side and 7th character), with the neoplasm coded also.
    const neoplastic = values().some((d) => MALIGNANT.test(d.code) || /^D4[5-9]/.test(d.code));
    for (const f of neoplastic ? values().filter((d) => d.code.startsWith('M84.4')) : []) {
      if (!f.evidence.map((e) => sentenceText(ctx, e.start)).some((t) => FRACTURE_FROM_NEOPLASM.test(t))) continue;
      const title = ctx.codeSet.find(f.code)?.longDescription ?? '';
      const want = title.replace(/^Pathological fracture,/, 'Pathological fracture in neoplastic disease,');
      const target = ctx.codeSet.billableDescendants('M84.5').find((e) => e.longDescription === want);
      const t = target && ensureDraft(ctx, drafts, target.code, [f], { section: 'I.C.2', action: 'refined', detail: `pathological fracture due to the neoplasm: ${f.code} → ${target.code}` });
      if (!t) continue;
      dropDraft(ctx, drafts, f.code, 'I.B.2', `the fracture is due to the neoplasm: ${target!.code}`, t);
      // The same fracture read as traumatic (S code) from its sentences or one calling it pathological is not reported beside it (M84.4-/M84.5- Excludes1 traumatic fracture).
      const own = new Set(f.evidence.map((e) => sentenceAt(ctx.analysis, e.start)?.start));
      for (const s of values().filter((d) => /^S\d\d\./.test(d.code) && d.evidence.every((e) => own.has(sentenceAt(ctx.analysis, e.start)?.start) || /\bpathologic(?:al)?\b/i.test(sentenceText(ctx, e.start))))) {
        dropDraft(ctx, drafts, s.code, 'I.A.12.a', `the fracture is pathological: ${t.code}`, t);
      }
    }

    // Sequencing: the treatment encounter, then the malignancy, then what the rules added.
    for (const d of values()) {
      if (MALIGNANT.test(d.code) && values().some((z) => /^Z51/.test(z.code))) {
        d.sequence = Math.min(d.sequence ?? 1, 0.5);
        addNote(d, { section: 'I.C.2.e.2', action: 'sequenced', detail: 'the malignancy follows the treatment encounter' });
      }
    }
  },
};

/**
 * "Metastatic breast cancer" read as a breast secondary with no breast primary coded: the site after
 * "metastatic" is where the cancer began (I.C.2.b), its malignant code by the Neoplasm Table, on the
 * one side the sentence states.
 */
function primaryNamed(ctx: GuidelineContext, drafts: Map<string, Draft>, secondary: Draft): Draft | undefined {
  const named = secondary.evidence.find((e) => FROM_PRIMARY.test(e.text));
  const site = named && /^metastatic\s+((?:\w+\s+){0,2}?\w+?)(?:\s+(?:cancer|carcinoma|adenocarcinoma|malignancy|tumou?r|neoplasm|disease))?\s*$/i.exec(named.text)?.[1]?.toLowerCase();
  // "Metastatic liver", "metastatic bone (disease)" name the metastasis; "metastatic breast cancer" the primary.
  if (!named || !site) return undefined;
  const tail = ctx.text.slice(named.start, named.end + 30);
  if (!/^metastatic\s+(?:\w+\s+){1,3}?(?:cancer|carcinoma|adenocarcinoma|malignancy|tumou?r|neoplasm)\b/i.test(tail)) return undefined;
  const sentence = sentenceText(ctx, named.start);
  const right = /\bright\b/i.test(sentence);
  const left = /\bleft\b/i.test(sentence);
  const side = right !== left ? (right ? 'right' : 'left') : undefined;
  const table = neoplasmIndex(ctx.codeSet).bySitePhrase;
  const code = (side && table.get(`neoplasm ${side} ${site}`)?.malignant) || table.get(`neoplasm ${site}`)?.malignant;
  if (!code || !billable(ctx, code) || secondaryFor(ctx.codeSet, code)?.slice(0, 5) !== secondary.code.slice(0, 5)) return undefined;
  // A primary already excised and coded as history (I.C.2.d) stays history: the history code is the keeper.
  const history = [...drafts.values()].find((h) => HISTORY_OF_CANCER.test(h.code) && originalCodes(ctx, h).some((c) => c.slice(0, 3) === code.slice(0, 3)));
  if (history) return history;
  return ensureDraft(ctx, drafts, code, [secondary], { section: 'I.C.2.b', action: 'refined', detail: `"${named.text}" names the primary site: ${code}` });
}

/**
 * The secondary code of a primary site's Table row, on the side the words after "to" state when the
 * row's code is the unspecified side ("… to the left lung": C78.00 → C78.02, by the Tabular titles).
 */
function sidedSecondary(ctx: GuidelineContext, primary: string, after: string): string | undefined {
  const secondary = secondaryFor(ctx.codeSet, primary);
  if (!secondary || !billable(ctx, secondary)) return undefined;
  const side = /^\W*(?:\w+\s+)?(?:the\s+)?(right|left)\b/i.exec(after)?.[1]?.toLowerCase();
  const title = ctx.codeSet.find(secondary)?.longDescription;
  if (!side || !title || !/\bunspecified\b/.test(title)) return secondary;
  const want = title.replace(/\bunspecified\b/, side);
  const parent = secondary.slice(0, -1).replace(/\.$/, '');
  return ctx.codeSet.billableDescendants(parent).find((e) => e.longDescription === want)?.code ?? secondary;
}

/**
 * Body regions the D17 titles use, for the parts a note names (the Tabular says "leg", a note says
 * "thigh"): anatomy, not a code list.
 */
const REGION: Record<string, string> = {
  thigh: 'leg', knee: 'leg', calf: 'leg', shin: 'leg', ankle: 'leg', foot: 'leg', hip: 'leg', legs: 'leg',
  forearm: 'arm', elbow: 'arm', wrist: 'arm', hand: 'arm', arms: 'arm', shoulder: 'arm',
  back: 'trunk', chest: 'trunk', flank: 'trunk', abdominal: 'trunk', buttock: 'trunk', torso: 'trunk',
  scalp: 'head', forehead: 'face', cheek: 'face',
};

function noteWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    if (!w) continue;
    out.add(w);
    if (REGION[w]) out.add(REGION[w]);
  }
  return out;
}

/** Sentences of a draft's evidence, then the whole note (a pathology report states the site on its own line). */
function siteTexts(ctx: GuidelineContext, d: Draft): string[] {
  return [d.evidence.map((e) => sentenceText(ctx, e.start)).join(' '), ctx.text];
}

function lipomaSite(ctx: GuidelineContext, d: Draft): string | undefined {
  const kids = ctx.codeSet.billableDescendants('D17').filter((k) => /\bskin and subcutaneous tissue of\b/i.test(k.longDescription) && !/unspecified|other/i.test(k.longDescription));
  for (const text of siteTexts(ctx, d)) {
    const words = noteWords(text);
    const hits = kids.filter((k) => {
      const site = k.longDescription.toLowerCase().replace(/^.*tissue of /, '');
      const side = /\b(right|left)\b/.exec(site)?.[1];
      if (side && !words.has(side)) return false;
      return site.replace(/\b(right|left)\b/g, '').split(/,|\band\b/).some((alt) => alt.trim() && alt.trim().split(/\s+/).every((w) => words.has(w)));
    });
    if (hits.length === 1) return hits[0].code;
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

interface BenignSite {
  words: string[];
  code: string;
}
/** Table sites with a benign code, by their first word (a note is checked only against sites its words begin). */
const benignSiteCache = new WeakMap<CodeSet, Map<string, BenignSite[]>>();

function benignSite(ctx: GuidelineContext, d: Draft): string | undefined {
  let byFirst = benignSiteCache.get(ctx.codeSet);
  if (!byFirst) {
    byFirst = new Map();
    for (const [phrase, b] of neoplasmIndex(ctx.codeSet).bySitePhrase) {
      if (phrase.startsWith('#') || !b.benign) continue;
      const words = phrase.split(' ').slice(1);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, code: b.benign });
      byFirst.set(words[0], list);
    }
    benignSiteCache.set(ctx.codeSet, byFirst);
  }
  for (const text of siteTexts(ctx, d)) {
    const words = noteWords(text);
    const hits = [...words].flatMap((w) => byFirst!.get(w) ?? []).filter((s) => s.words.every((w) => words.has(w)));
    // The most specific reading of each site ("right breast" over "breast"); exactly one site, or none.
    const best = hits.filter((h) => !hits.some((o) => o.words.length > h.words.length && h.words.every((w) => o.words.includes(w))));
    const codes = [...new Set(best.map((h) => h.code))];
    if (codes.length === 1) return codes[0];
    if (codes.length > 1) return undefined;
  }
  return undefined;
}
