// Owns the chapter 19 rules that run before the 7th character: an injury in its healing phase or a
// sequela that context read as a healed history (seventh.ts restores it), and two site rules the Tabular states in its titles and notes: fractures of two or more
// ribs of one side are "multiple fractures of ribs" (S22.4-), not one rib (S22.3-); and a siteless
// injury or burn (T14.-, T30.-: "to be used only when the site … is unspecified") is not reported
// beside an injury or burn whose site the note states (I.B.2 specificity, Tabular T30 note).
import { addNote, dropDraft, ensureDraft, sentencesOf } from './drafts';
import { fracturesByIndex } from './fractureIndex';
import { inHealingPhase, restoreUnhealedInjuries } from './seventh';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Two or more ribs counted or listed: "5th and 6th ribs", "ribs 4-7", "three rib fractures", "x2". */
const RIB_LIST = /\bfractures? of (?:the )?(?:(?:right|left) )?(?:\d+(?:st|nd|rd|th)?|two|three|four|five|several|multiple)(?:\s*(?:,|and|-|–|to|through)\s*\d+(?:st|nd|rd|th)?)+\s+ribs\b|\bribs\s+\d+\s*(?:,|and|-|–|to|through)\s*\d+\b|\b(?:two|three|four|five|six|several|multiple)\s+(?:(?:right|left|adjacent|consecutive)\s+)?(?:\w+\s+)?ribs?\b|\brib fractures?\s*x\s*[2-9]\b/i;
/** The mention itself is plural: "rib fractures", "fractures of the left ribs". */
const RIBS_PLURAL = /\bribs\b|\brib fractures\b/i;

/** Siteless injury categories and the sited injuries that replace them. */
const SITELESS: ReadonlyArray<readonly [siteless: RegExp, sited: RegExp]> = [
  [/^T30\./, /^T2[0-8]\./], // burn of unspecified body region vs burn by site
  [/^T14\./, /^S\d/], // injury of unspecified body region vs injury by site
];

export const fractureCareRule: GuidelineRule = {
  name: 'injury sites: multiple ribs, siteless injuries',
  section: 'I.C.19',
  // A healing injury read as history may be the note's only code (its history code too weak to be a draft).
  readsText: true,
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    let injuries = false;
    for (const k of drafts.keys()) if (k[0] === 'S' || k[0] === 'T' || k.startsWith('Z87.8')) injuries = true;
    const fractureWord = /\bfractur|\bfx\b/i.test(ctx.text);
    if (!injuries && !fractureWord && !ctx.mentionSpans.some((m) => m.code[0] === 'S' || m.code[0] === 'T')) return;
    // A healing or late-effect injury read as history is the injury (its site then counts below).
    restoreUnhealedInjuries(ctx, drafts);
    // Fractures the lexicon did not reach, by the Index's "Fracture, traumatic" subterms.
    if (fractureWord) fracturesByIndex(ctx, drafts, inHealingPhase(ctx.text));
    multipleRibs(ctx, drafts);
    for (const [siteless, sited] of SITELESS) {
      const keeper = [...drafts.values()].find((d) => sited.test(d.code));
      if (!keeper) continue;
      for (const d of [...drafts.values()]) {
        if (siteless.test(d.code)) dropDraft(ctx, drafts, d.code, 'I.B.2', `the site is stated: ${keeper.code}`, keeper);
      }
    }
  },
};

function multipleRibs(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    if (!d.code.startsWith('S22.3')) continue;
    if (!d.evidence.some((e) => RIBS_PLURAL.test(e.text) || RIB_LIST.test(e.text)) && !sentencesOf(ctx, d).some((s) => RIB_LIST.test(s))) continue;
    const title = ctx.codeSet.find(d.code)?.longDescription;
    if (!title || !/^Fracture of one rib\b/.test(title)) continue;
    const want = title.replace(/^Fracture of one rib/, 'Multiple fractures of ribs');
    const target = ctx.codeSet.billableDescendants('S22.4').find((e) => e.longDescription === want);
    if (!target) continue;
    const t = ensureDraft(ctx, drafts, target.code, [d], { section: 'I.C.19', action: 'refined', detail: `two or more ribs fractured: ${d.code} → ${target.code}` });
    if (!t) continue;
    t.confidence = d.confidence;
    addNote(t, { section: 'I.B.2', action: 'refined', detail: 'the Tabular codes fractures of two or more ribs as multiple fractures of ribs' });
    dropDraft(ctx, drafts, d.code, 'I.B.2', `two or more ribs: ${target.code}`, t);
  }
}
