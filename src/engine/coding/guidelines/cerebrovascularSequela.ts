// Owns the sequelae of cerebrovascular disease (Guidelines I.C.9.d, I.B.10): a deficit that persists after a past
// stroke ("history of stroke with residual aphasia", "left hemiparesis since an infarct last year") is reported with
// category I69, the subcategory of the stroke's type (I60 → I69.0-, I61 → I69.1-, I62 → I69.2-, I63 or a stroke NOS →
// I69.3-) and the code the Tabular titles with the deficit ("Aphasia following cerebral infarction"), never the acute
// I60-I63 code nor Z86.73 (which says "without residual deficits"). The deficit's own code stays only where the I69
// code's "use additional code" note asks for it (the type of dysphagia). The side of a hemiplegia or monoplegia is
// dominant or non-dominant by I.C.9.d.1/I.B.13: a right side is dominant, a left side non-dominant, unless the note says
// the patient is left-handed (then the reverse); ambidextrous is dominant.
import { mentionContext } from '../../context';
import { sectionAt, sentenceAt } from '../../text';
import type { EvidenceSpan, Span } from '../../types';
import { addNote, dropDraft, ensureDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

const SECTION = 'I.C.9.d';
/** Codes of deficits I69 titles name (speech, swallowing, paralysis, facial weakness, ataxia, apraxia, cognition). */
const DEFICIT = /^(?:R47\.|R13\.1|G81\.|G83\.[1-4]|R29\.81|R27\.|R48\.|R41\.)/;

/** Stroke codes by type → the I69 subcategory of their sequelae. Z86.73 is a past cerebral infarction. */
function sequelaSubcategory(code: string): string | undefined {
  if (/^I60\./.test(code)) return 'I69.0';
  if (/^I61\./.test(code)) return 'I69.1';
  if (/^I62\./.test(code)) return 'I69.2';
  if (/^I63\./.test(code) || code === 'Z86.73') return 'I69.3';
  // "Unspecified sequelae of …" (a late effect named without its deficit) yields to the deficit's own I69 code.
  if (/^I69\.[0-38]0$/.test(code)) return code.slice(0, 5);
  return undefined;
}

/**
 * The stroke is over: a history wording, a date or an interval in weeks, months or years before now, or the words
 * for a deficit left behind. Days and hours are the acute episode itself (an acute stroke admitted two days ago).
 */
const PAST_STROKE = /\b(?:history of|h\/o|hx of|old|remote|prior|previous|past|healed|late effects?|sequelae?|residual|status post|s\/p|\d+\s*(?:weeks?|months?|years?|yrs?)\s+ago|(?:two|three|four|five|six|several|many)\s+(?:weeks?|months?|years?)\s+ago|last (?:month|year)|in (?:19|20)\d\d|(?:weeks?|months?|years?)\s+(?:after|following|since)|since (?:an?|the|her|his) (?:\w+\s+){0,4}(?:stroke|infarct\w*|CVA|hemorrhage|haemorrhage|bleed))\b/i;
/** A deficit the note itself ties to the stroke ("hemiparesis following cerebral infarction", "aphasia after a CVA"). */
const SEQUELA_OF_STROKE = /\b(?:following|after|from|since|due to)\s+(?:an?\s+|the\s+|her\s+|his\s+)?(?:\w+\s+){0,3}?(?:stroke|infarct\w*|CVA|hemorrhage|haemorrhage|bleed)\b/i;
const ACUTE = /\b(?:acute|new|evolving|hyperacute|tPA|alteplase|tenecteplase|thrombectomy|code stroke)\b/i;

/** The deficit a title names before "following …" ("Hemiplegia and hemiparesis", "Monoplegia of upper limb"). */
function deficitHead(description: string): string {
  return description.split(/\s+following\s+/i)[0].trim().toLowerCase();
}

/** The deficit's own title, cut to its head ("Hemiplegia, unspecified affecting right dominant side" → "hemiplegia"). */
function ownHead(description: string): string {
  return description.split(/\s+affecting\s+/i)[0].split(',')[0].replace(/\s+unspecified$/i, '').trim().toLowerCase();
}

function sideOf(description: string): string | undefined {
  return /\baffecting\s+(.+)$/i.exec(description)?.[1].trim().toLowerCase();
}

/** Billable codes under a subcategory, depth first. */
function leaves(ctx: GuidelineContext, code: string): { code: string; description: string }[] {
  const out: { code: string; description: string }[] = [];
  const walk = (c: string, depth: number) => {
    let kids: ReturnType<GuidelineContext['codeSet']['children']> = [];
    try {
      kids = ctx.codeSet.children(c);
    } catch {
      kids = [];
    }
    for (const k of kids) {
      if (k.billable) out.push({ code: k.code, description: k.longDescription });
      if (depth < 3) walk(k.code, depth + 1);
    }
  };
  walk(code, 0);
  return out;
}

/** Handedness phrases ("right-handed", "left-hand dominant") say which side is dominant, not which side is affected. */
const HANDEDNESS = /\b(?:right|left)[- ]?hand(?:ed)?(?:[- ]dominant)?\b|\b(?:right|left)[- ]dominant\b/gi;

/** The side nearest the deficit word: just before it ("left hemiparesis"), just after it ("of the right side"), else the sentence's only side. */
function affectedSide(ctx: GuidelineContext, span: Span): 'right' | 'left' | undefined {
  const s = sentenceAt(ctx.analysis, span.start);
  const lo = s ? s.start : span.start;
  const hi = s ? Math.max(s.end, span.end) : span.end;
  const blank = (t: string) => t.replace(HANDEDNESS, (m) => ' '.repeat(m.length)).toLowerCase();
  const before = blank(ctx.text.slice(Math.max(lo, span.start - 30), span.start));
  const after = blank(ctx.text.slice(span.end, Math.min(hi, span.end + 30)));
  const near = /\b(right|left|rt|lt)\b(?:[- ]?sided)?[^.;,]{0,12}$/.exec(before)?.[1] ?? /^\s*(?:of|on|affecting)\s+(?:the\s+)?(right|left)\b/.exec(after)?.[1];
  if (near) return near === 'right' || near === 'rt' ? 'right' : 'left';
  const sentence = blank(ctx.text.slice(lo, hi));
  const right = /\bright\b/.test(sentence);
  const left = /\bleft\b/.test(sentence);
  return right === left ? undefined : right ? 'right' : 'left';
}

/** Dominant or non-dominant from the side written beside the deficit and the patient's handedness (I.C.9.d.1). */
function sideFromNote(ctx: GuidelineContext, span: Span): string | undefined {
  const side = affectedSide(ctx, span);
  if (!side) return undefined;
  const leftHanded = /\bleft[- ]?hand(?:ed)?\b|\bleft[- ]dominant\b/i.test(ctx.text) && !/\bright[- ]?hand(?:ed)?\b|\bright[- ]dominant\b/i.test(ctx.text);
  const ambidextrous = /\bambidextrous\b/i.test(ctx.text);
  const dominant = ambidextrous || (side === 'right' ? !leftHanded : leftHanded);
  return `${side} ${dominant ? 'dominant' : 'non-dominant'} side`;
}

function evidenceAt(ctx: GuidelineContext, span: Span): EvidenceSpan {
  return { start: span.start, end: span.end, text: ctx.text.slice(span.start, span.end) };
}

/** The I69 code titled with the deficit of `deficitCode`, on its side when the title has one. */
export function sequelaCode(ctx: GuidelineContext, subcategory: string, deficitCode: string, side: string | undefined): string | undefined {
  const own = ctx.codeSet.find(deficitCode);
  if (!own) return undefined;
  const head = ownHead(own.longDescription);
  if (!head || head.length < 4) return undefined;
  const matches = leaves(ctx, subcategory).filter((l) => deficitHead(l.description) === head || deficitHead(l.description).startsWith(`${head} and `));
  if (!matches.length) return undefined;
  const sided = matches.filter((m) => sideOf(m.description) !== undefined);
  if (!sided.length) return matches.length === 1 ? matches[0].code : undefined;
  const wanted = sideOf(own.longDescription) ?? side;
  const exact = wanted ? sided.find((m) => sideOf(m.description) === wanted) : undefined;
  if (exact && !/unspecified/.test(wanted ?? '')) return exact.code;
  const fromNote = side ? sided.find((m) => sideOf(m.description) === side) : undefined;
  return (fromNote ?? sided.find((m) => /unspecified/.test(sideOf(m.description) ?? '')))?.code;
}

/** Words of a title head that name a deficit in a note ("hemiplegia and hemiparesis" → hemiplegia, hemiparesis). */
function headWords(head: string): string[] | undefined {
  if (/\b(?:other|unspecified|of|specified|sequelae?)\b/.test(head)) return undefined;
  const words = head.split(/\s+and\s+/).map((w) => w.trim()).filter((w) => w.length >= 5);
  return words.length ? words : undefined;
}

/**
 * The residual deficits the note names, each as the I69 code titled with it: the heads of the subcategory's own titles
 * ("Aphasia following …", "Hemiplegia and hemiparesis following …") are searched in the note, affirmed mentions only.
 */
function residualDeficits(ctx: GuidelineContext, subcategory: string): { code: string; span: Span }[] {
  const out: { code: string; span: Span }[] = [];
  const byHead = new Map<string, { code: string; description: string }[]>();
  for (const l of leaves(ctx, subcategory)) {
    const head = deficitHead(l.description);
    if (!byHead.has(head)) byHead.set(head, []);
    byHead.get(head)!.push(l);
  }
  const lower = ctx.text.toLowerCase();
  for (const [head, codes] of byHead) {
    const words = headWords(head);
    if (!words) continue;
    for (const w of words) {
      const re = new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      let found: { code: string; span: Span } | undefined;
      for (const m of lower.matchAll(re)) {
        const span = { start: m.index!, end: m.index! + w.length };
        const c = mentionContext(ctx.analysis, span);
        if (c.negated || c.family || c.hypothetical || c.uncertain) continue;
        const code = pickSide(codes, sideFromNote(ctx, span));
        if (code) {
          found = { code, span };
          break;
        }
      }
      if (found && !out.some((x) => x.code === found!.code)) out.push(found);
      if (found) break;
    }
  }
  // A deficit the lexicon read in other words ("facial droop" is R29.810, facial weakness): its own code's I69 title.
  for (const m of ctx.mentionSpans) {
    if (!DEFICIT.test(m.code)) continue;
    const c = mentionContext(ctx.analysis, m.span);
    if (c.negated || c.family || c.hypothetical || c.uncertain) continue;
    const code = sequelaCode(ctx, subcategory, m.code, sideFromNote(ctx, m.span));
    if (code && !out.some((x) => x.code === code || deficitHead(ctx.codeSet.find(x.code)?.longDescription ?? '') === deficitHead(ctx.codeSet.find(code)?.longDescription ?? ''))) out.push({ code, span: m.span });
  }
  return out;
}

/** Of titles sharing a head, the one on the note's side, else the unspecified side, else the only one. */
function pickSide(codes: readonly { code: string; description: string }[], side: string | undefined): string | undefined {
  const sided = codes.filter((c) => sideOf(c.description) !== undefined);
  if (!sided.length) return codes.length === 1 ? codes[0].code : undefined;
  return (side ? sided.find((c) => sideOf(c.description) === side) : undefined)?.code ?? sided.find((c) => /unspecified/.test(sideOf(c.description) ?? ''))?.code;
}

/**
 * A past stroke the coder drafted nothing for ("remote left MCA infarct with residual right hemiparesis": a remote
 * stroke is no acute code, and its history code says "without residual deficits"): its affirmed mentions in sentences
 * that say it is past, as drafts of their own code, so I.C.9.d reads the deficit whether or not an acute code was drafted.
 */
function pastStrokeMentions(ctx: GuidelineContext): Draft[] {
  const out: Draft[] = [];
  for (const m of ctx.mentionSpans) {
    if (!/^I6[0-3]\./.test(m.code) || out.some((d) => d.code === m.code)) continue;
    const s = sentenceAt(ctx.analysis, m.span.start);
    const sentence = s ? ctx.text.slice(s.start, Math.max(s.end, m.span.end)) : '';
    if (!(PAST_STROKE.test(sentence) || SEQUELA_OF_STROKE.test(sentence)) || ACUTE.test(sentence)) continue;
    const c = mentionContext(ctx.analysis, m.span);
    if (c.negated || c.family || c.hypothetical || c.uncertain) continue;
    const evidence = evidenceAt(ctx, m.span);
    out.push({ code: m.code, confidence: 0, first: m.span.start, priority: 9, evidence: [evidence], mentions: [], match: 'description', termTokens: 2, section: sectionAt(ctx.analysis, m.span.start).kind, guideline: [] });
  }
  return out;
}

export const cerebrovascularSequelaRule: GuidelineRule = {
  name: 'cerebrovascular sequelae',
  section: SECTION,
  readsText: true,
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    let strokes = [...drafts.values()].filter((d) => sequelaSubcategory(d.code));
    if (!strokes.length) strokes = pastStrokeMentions(ctx);
    if (!strokes.length) return;
    const subcategories = new Set(strokes.map((d) => sequelaSubcategory(d.code)!));
    if (subcategories.size !== 1) return;
    const subcategory = [...subcategories][0];
    // The stroke is past when a sentence naming it says so and none calls it acute: an acute stroke's deficits are
    // coded with it (I.C.9.d is for after it).
    const strokeSentences = new Set<string>();
    const addSentence = (at: number) => {
      const s = sentenceAt(ctx.analysis, at);
      if (s) strokeSentences.add(ctx.text.slice(s.start, s.end));
    };
    for (const d of strokes) for (const e of d.evidence) addSentence(e.start);
    for (const m of ctx.mentionSpans) if (sequelaSubcategory(m.code) || /^I69\./.test(m.code)) addSentence(m.span.start);
    const sentences = [...strokeSentences];
    const past = strokes.some((d) => d.code === 'Z86.73' || d.code.startsWith('I69.')) || sentences.some((t) => PAST_STROKE.test(t) || SEQUELA_OF_STROKE.test(t));
    if (!past || sentences.some((t) => ACUTE.test(t))) return;
    const sequelae = residualDeficits(ctx, subcategory);
    if (!sequelae.length) return;
    const made: Draft[] = [];
    for (const s of sequelae) {
      const d = ensureDraft(ctx, drafts, s.code, strokes, { section: SECTION, action: 'combined', detail: `a deficit persisting after a past stroke is its sequela ${s.code}` });
      if (!d) continue;
      if (!d.evidence.some((e) => e.start === s.span.start)) d.evidence.push(evidenceAt(ctx, s.span));
      d.first = Math.min(d.first, s.span.start, ...strokes.map((x) => x.first));
      d.priority = Math.min(d.priority, ...strokes.map((x) => x.priority));
      made.push(d);
    }
    if (!made.length) return;
    const keeper = made[0];
    for (const st of strokes) if (!made.includes(st)) dropDraft(ctx, drafts, st.code, SECTION, 'the stroke is past; its residual deficit is coded with I69', keeper);
    // A history code read from the same past stroke (Z86.79 for a hemorrhage) is the sequela's too: the deficit is current.
    const history = drafts.get('Z86.79');
    if (history && history.evidence.some((e) => { const s = sentenceAt(ctx.analysis, e.start); return !!s && strokeSentences.has(ctx.text.slice(s.start, s.end)); })) {
      dropDraft(ctx, drafts, 'Z86.79', SECTION, 'the past stroke has a residual deficit, coded with I69', keeper);
    }
    // The deficit's own code goes, unless the sequela's "use additional code" note asks for it (the type of dysphagia).
    for (const code of [...drafts.keys()]) {
      if (!DEFICIT.test(code) || made.some((d) => d.code === code)) continue;
      const head = deficitHead(ctx.codeSet.find(sequelaCode(ctx, subcategory, code, undefined) ?? '')?.longDescription ?? '');
      const named = made.find((d) => head && deficitHead(ctx.codeSet.find(d.code)?.longDescription ?? '') === head);
      if (!named || (ctx.conventions.asksFor?.(named.code, code) ?? false)) continue;
      dropDraft(ctx, drafts, code, SECTION, `named by the sequela code ${named.code}`, named);
    }
    addNote(keeper, { section: 'I.B.10', action: 'refined', detail: 'a sequela is coded with the residual condition, not the past acute event' });
  },
};
