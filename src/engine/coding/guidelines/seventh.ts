// Owns 7th characters (Guidelines I.C.19.a, I.C.19.c.1, I.C.13.c for pathological fractures): the
// encounter — initial (active treatment), subsequent (healing or recovery phase) or sequela — and for
// fractures open or closed and routine, delayed, nonunion or malunion healing. The valid characters
// and their meaning come from the full codes of the set (placeholder X included); nothing is a table.
import { mentionContext } from '../../context';
import { sectionAt, sentenceAt } from '../../text';
import { addNote, billable, dropDraft, ensureDraft, sentencesOf } from './drafts';
import type { Draft, GuidelineContext, GuidelineNote, GuidelineRule } from './types';

type Encounter = 'initial' | 'subsequent' | 'sequela';
type Healing = 'routine' | 'delayed' | 'nonunion' | 'malunion';

/** The visit is for the healing or recovery phase (I.C.19.a: "subsequent encounter"). */
const SUBSEQUENT = new RegExp([
  String.raw`\b(here|presents?|seen|returns?|comes? in|visit|appointment) for (a |her |his |the )?(follow[- ]?up|recheck|re-check|cast (change|removal)|suture removal|staple removal|x-?ray follow[- ]?up)`,
  String.raw`\bfollow[- ]?up (visit|appointment|exam|examination|evaluation) (for|of|after)`,
  String.raw`\b(cast change|routine healing|healing (well|fracture|as expected|appropriately|normally|nicely|uneventfully|in good (position|alignment))|(is|are) healing|subsequent encounter)`,
  // Callus is bone healing: an X-ray that shows it is read in the healing phase.
  String.raw`(?<!\b(no|without|absent|no evidence of|no signs? of)\s(\w+\s)?)\b(bridging |interval |early |maturing |abundant )?callus\b`,
  String.raw`\b(delayed (healing|union)|non-?union|mal-?union|mal-?united|non-?united|ununited)`,
  // I.C.19.a's own examples of the healing phase: removal of sutures or staples, a cast checked or removed,
  // follow-up after the injury's treatment, and rehabilitation therapy for the injury.
  // Done at this visit, not planned ("suture removal in 10 days", "return for staple removal").
  String.raw`(?<!\b(return|returns|come back|rtc|schedul\w*|plan\w*|arrange\w*|will|need\w*|due|for|after|until|before)\s+(for\s+)?)\b((suture|stitch|staple)s? (removal|removed|taken out|out)|(removal|removed|took out) (of )?(the |all |\d+ |\w+ )?(\w+ )?(sutures|stitches|staples)|(sutures|stitches|staples) (were |was )?(removed|taken out))\b(?!\s+(in|at|after|within|on|by)\b)`,
  String.raw`\b(cast|splint|boot) (check|recheck|removal|removed|off)\b`,
  // "X-ray to check healing status", "removal of external or internal fixation device" (I.C.19.a's examples).
  String.raw`\b(check(ing)?|assess(ing)?|evaluat(e|ing)) (the )?(fracture )?healing\b|\bhealing status\b`,
  // Aftercare of an injury is the injury with D, never an aftercare Z code (I.C.21.c.7); a wound granulating or
  // re-epithelializing is in its healing phase.
  String.raw`\baftercare (of|for|following|after)\b|\b(granulating|re-?epitheli[sz]\w*)\b`,
  String.raw`\b((external )?fixators?|ex-?fix|k-?wires?|pins|hardware|fixation device) (was |were )?(removed|removal|taken out)\b(?!\s+(in|at|after|within|on|by)\b)|\bremoval of (the )?(external fixator|ex-?fix|k-?wires?|pins|fixation device)\b`,
  String.raw`\b(follow[- ]?up|f\/u|recheck|post-?op(erative)? (visit|check)) (after|following|post|s\/p|status post) (the |his |her )?(orif|open reduction|closed reduction|reduction|fixation|nailing|pinning|plating|repair|surgery|surgical fixation)\b`,
  String.raw`\b(physical|occupational) therapy (re-?eval\w*|daily note|progress note|treatment note|visit|session)\b|\bfor rehabilitation (of|after|following) (the |this |his |her )?(injury|fracture|sprain|strain|tear|dislocation)\b`,
  // The injury qualified as healing or recovering in the assessment ("corneal abrasion left eye, healing",
  // "dislocation of the right shoulder, reduced, recovering": I.C.19.a's recovery phase).
  String.raw`[,;:-] (is |now )?(healing|recovering)( well| as expected| nicely)?\s*(;|\.|\n|$)`,
].join('|'), 'i');
/** A note titled as a recheck visit ("Eye clinic recheck", "Wound re-check"): the healing phase of its injury. */
const RECHECK_TITLE = /^\s*[^\n]{0,40}\bre-?check\b[^\n]{0,15}\n/i;
/**
 * "Week 6 after a displaced lateral malleolus fracture treated in a boot": the visit follows the
 * treatment of this injury. Read in the injury's own sentences only (a case report's "3 months after
 * surgery" narrates another event).
 */
const AFTER_TREATMENT = /\b(week \d+|\d+ (weeks?|months?)|(one|two|three|four|five|six|seven|eight|nine|ten|twelve) (weeks?|months?)) (after|since|post|status post|s\/p)\b[^.\n]{0,80}\b(treated|managed|fixation|reduction|cast|splint|boot|orif|surgery|repair)/i;

/**
 * Weeks or months since an injury already treated ("sustained 4 weeks ago; managed in a sling", "placed 6 weeks ago"):
 * the healing phase, unless the note says active treatment is under way or planned (I.C.19.a: surgery, a new
 * physician's evaluation and continuing treatment, an emergency visit).
 */
const WEEKS_SINCE_TREATED = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s*-?\s*(weeks?|wks?|months?|mos?)\s+ago\b[^.\n]{0,60}\b(treated|managed|casted|splinted|immobili[sz]ed|placed|fixed|reduced|repaired|pinned|nailed|plated)\b|\b(treated|managed|casted|splinted|immobili[sz]ed|fixed|reduced|repaired|pinned|nailed|plated)\b[^.\n]{0,60}\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s*-?\s*(weeks?|wks?|months?|mos?)\s+ago\b/i;
const ACTIVE_TREATMENT = /\b(new physician|establish(ing)? care|definitive (treatment|management|fixation)|(surgery|orif|fixation|reduction|operative (repair|treatment)) (is |was )?(planned|scheduled|recommended|indicated)|(planned|scheduled|plan|proceed|proceeding) (for |to )?(surgery|orif|operative|the or)|to (the )?OR\b|emergency (department|room)|\bED\b)/i;

/** A healing complication the note rules out ("not yet a nonunion", "no malunion"). */
const NEGATED_HEALING = /\b(no|not|without|not yet an?|rather than|ruled out)\s+(\w+\s+){0,2}?(non-?union|mal-?union|mal-?united|non-?united|delayed (healing|union))\b/gi;
/** A late effect of an injury, coded with the sequela character (I.C.19.a). */
const SEQUELA = /\b(sequela|sequelae|late effects? of|residual (effects? )?(of|from)|(as a result of|resulting from|residual from|due to|from|after|following|since) (an? |the |his |her |their )?(old|previous|prior|remote|healed)\b)/i;
/**
 * A residual condition the note ties to an injury of the past ("a scar from a dog bite two years ago", "foot drop
 * since a nerve injury in 2019", "stiffness, residual from a dislocation last year"): the injury is a sequela (I.C.19.a).
 */
const RESIDUAL_OF_PAST = /\b(scars?|scarring|keloid|contractures?|deformity|stiffness|weakness|drop|instability|arthritis|numbness|residual)\b[^.;\n]{0,40}\b(from|after|following|since|due to|resulting from|secondary to|caused by)\b/i;
const LONG_AGO = /\b(?:19|20)\d{2}\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several)\s+(?:years?|yrs?)\s+ago\b|\b(?:last|a|one) year\b|\byears? (ago|before|earlier|prior)\b|\b(?:old|remote|childhood)\b/i;
/** An injury dated in the past (a year, "years ago", "old", "prior"). */
const PAST_INJURY = /\b(?:19|20)\d{2}\b|\b(?:years?|months?) ago\b|\b(?:old|previous|prior|remote)\b/i;
/** A late effect the note ties to an injury named elsewhere ("a late effect of the old fracture"). */
const SEQUELA_OF_INJURY = /\b(?:sequela|sequelae|late effects?)\s+of\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:\w+\s+){0,3}?(?:fracture|injury|burn|dislocation|sprain|strain|wound|laceration|trauma|bite|tear)\b/i;
const OPEN = /\b(open|compound)\s+(\w+\s+){0,3}fracture|\bfracture\W+(\w+\W+){0,4}open\b/i;

function healingOf(stated: string): Healing {
  const text = stated.replace(NEGATED_HEALING, ' ');
  if (/\b(non-?union|non-?united|ununited)\b/i.test(text)) return 'nonunion';
  if (/\bmal-?(union|united)\b/i.test(text)) return 'malunion';
  if (/\bdelayed (healing|union)\b/i.test(text)) return 'delayed';
  return 'routine';
}

/** Encounter of the injury a draft names: its own sentences first, then the note (the visit). */
/** An open fracture of Gustilo-Anderson type III (IIIA, IIIB, IIIC): the C, F, M, N, Q, R characters (I.C.19.c.1). */
const OPEN_TYPE_III = /\b(?:gustilo(?:[- ]anderson)?(?: type| grade| class)?|type|grade)\s*(?:III|3)\s*-?\s*[ABC]?\b|\bIII[ABC]\b/;

interface Want { encounter: Encounter; open: boolean; typeIII?: boolean; healing: Healing }

function encounterOf(ctx: GuidelineContext, d: Draft): Want {
  const sentences = d.evidence.map((e) => {
    const s = sentenceAt(ctx.analysis, e.start);
    return s.end > s.start ? ctx.text.slice(s.start, s.end) : e.text;
  }).join(' ');
  const open = OPEN.test(sentences);
  const typeIII = open && OPEN_TYPE_III.test(sentences);
  if (SEQUELA.test(sentences) || (RESIDUAL_OF_PAST.test(sentences) && LONG_AGO.test(sentences))) return { encounter: 'sequela', open, typeIII, healing: 'routine' };
  // "Trimalleolar fracture … treated in 2019" + "a late effect of the old fracture": the dated injury is the sequela's.
  if (PAST_INJURY.test(sentences) && SEQUELA_OF_INJURY.test(ctx.text)) return { encounter: 'sequela', open, typeIII, healing: 'routine' };
  if (SUBSEQUENT.test(sentences) || SUBSEQUENT.test(ctx.text) || RECHECK_TITLE.test(ctx.text) || AFTER_TREATMENT.test(sentences)
    || (WEEKS_SINCE_TREATED.test(sentences) && !ACTIVE_TREATMENT.test(ctx.text))) return { encounter: 'subsequent', open, typeIII, healing: healingOf(`${sentences} ${ctx.text}`) };
  return { encounter: 'initial', open, typeIII, healing: 'routine' };
}

function fits(description: string, want: Want): boolean {
  const d = description.toLowerCase();
  if (want.encounter === 'sequela') return /\bsequela\b/.test(d);
  if (!d.includes(`${want.encounter} encounter`)) return false;
  if (/\bfracture\b/.test(d.slice(d.indexOf('encounter')))) {
    // Open fracture NOS is "type I or II" (the 7th-character note of fracture categories).
    if (want.open ? !/open fracture( type i or ii| nos)?/.test(d) || /type iii/.test(d) !== Boolean(want.typeIII) : /open fracture/.test(d)) return false;
    if (want.encounter === 'subsequent' && !d.includes(want.healing === 'routine' ? 'routine healing' : want.healing)) return false;
  }
  return true;
}

/** The note says the fracture is not displaced (the Tabular default is displaced, I.C.19.c.1). */
const NONDISPLACED = /\b(non-?displaced|undisplaced|not displaced|without displacement)\b/i;

/**
 * A displaced fracture code whose own sentences say nondisplaced: the sibling of the same subcategory
 * whose title differs only by "Nondisplaced" (same site, side and 7th character).
 */
function nondisplacedSibling(ctx: GuidelineContext, d: Draft): string | undefined {
  const entry = ctx.codeSet.find(d.code);
  if (!entry || !/^Displaced\b/.test(entry.longDescription)) return undefined;
  if (!sentencesOf(ctx, d).some((s) => NONDISPLACED.test(s))) return undefined;
  const want = entry.longDescription.replace(/^Displaced/, 'Nondisplaced');
  const header = d.code.replace('.', '').slice(0, 5);
  let parent;
  try {
    parent = ctx.codeSet.find(`${header.slice(0, 3)}.${header.slice(3)}`);
  } catch {
    return undefined;
  }
  if (!parent) return undefined;
  return ctx.codeSet.billableDescendants(parent.code).find((e) => e.longDescription === want)?.code;
}

/** Personal history of a healed injury or fracture (Z87.81, Z87.82-): only right once the injury has healed. */
const HEALED_INJURY_HISTORY = /^Z87\.8[12]/;
/** An injury code with an encounter character (chapter 19 S and T codes). */
const INJURY_WITH_ENCOUNTER = /^(S\d\d|T[0-3]\d|T[67]\d)\.[0-9A-Z]{4}$/;
/**
 * The injury is recent or still under treatment: days, weeks or months since it, or the device that
 * treats it ("3 weeks ago, treated in a sling", "in a boot since the injury").
 */
const RECENT_INJURY = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s*-?\s*(?:days?|weeks?|wks?|months?|mos?)\b(?!\s+(?:before|prior to)\b)|\b(?:treated|managed|immobili[sz]ed|placed)\s+(?:\w+\s+){0,3}?(?:in|with)\s+(?:an?\s+)?(?:\w+\s+)?(?:cast|splint|sling|boot|brace|nail|plate|fixation)|\bsince the injury\b/i;
/** The note is about the healing or recovery phase of an injury (I.C.19.a subsequent encounter), or its sequela. */
const HEALING_PHASE = /\b(?:callus|healing|healed with|bridging|union|non-?union|mal-?union|mal-?united|delayed union|cast (?:change|removal|removed|off)|recheck|follow[- ]?up|week \d+|wean|sequelae?|late effects?)\b/i;

/**
 * A current injury the context read as history ("clavicle fracture 3 weeks ago, treated in a sling"):
 * a Z87.8- history code is only for a healed injury (I.C.21.c.4), while the healing phase of a fracture
 * is the injury with a subsequent-encounter character and a late effect is the injury with S (I.C.19.a).
 * The injury code the mention named is restored (its 7th character is chosen by the rule below), and
 * the history code it had become is not reported, even where it was too weak to be a draft.
 */
/** The note speaks of an injury's healing phase or sequela. */
export function inHealingPhase(text: string): boolean {
  return HEALING_PHASE.test(text) || SUBSEQUENT.test(text) || RECHECK_TITLE.test(text);
}

export function restoreUnhealedInjuries(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  if (!inHealingPhase(ctx.text) && !RESIDUAL_OF_PAST.test(ctx.text)) return;
  for (const m of ctx.mentionSpans) {
    if (!INJURY_WITH_ENCOUNTER.test(m.code)) continue;
    // "Right foot drop since a laceration": words another (non-injury) concept holds name no injury of their own.
    if (ctx.mentionSpans.some((o) => o !== m && !/^[STZ]/.test(o.code) && o.span.start === m.span.start && o.span.end < m.span.end)) continue;
    const history = (m.codes ?? []).filter((c) => HEALED_INJURY_HISTORY.test(c));
    if (drafts.has(m.code) && !history.some((h) => drafts.has(h))) continue;
    const s = sentenceAt(ctx.analysis, m.span.start);
    const sentence = s && s.end > s.start ? ctx.text.slice(s.start, s.end) : ctx.text.slice(m.span.start, m.span.end);
    if (!SEQUELA.test(sentence) && !RECENT_INJURY.test(sentence) && !(RESIDUAL_OF_PAST.test(sentence) && LONG_AGO.test(sentence))) continue;
    const c = mentionContext(ctx.analysis, m.span);
    // Only a mention read as the past (a history code, or no code at all when the Index has no history code for it).
    if (c.negated || c.hypothetical || c.family || c.uncertain || (!history.length && !c.historical)) continue;
    const note = { section: 'I.C.19.a', action: 'refined' as const, detail: `the note treats ${m.code} in its healing phase or as a sequela, not as a healed injury` };
    const sources = history.map((h) => drafts.get(h)).filter((d): d is Draft => d !== undefined);
    const d = sources.length ? ensureDraft(ctx, drafts, m.code, sources, note) : injuryDraft(ctx, m.code, m.span, note);
    if (!d) continue;
    if (!sources.length) drafts.set(m.code, d);
    for (const h of history) {
      if (drafts.has(h)) dropDraft(ctx, drafts, h, 'I.C.21.c.4', `the injury has not healed: ${m.code}`, d);
      else ctx.dropped.push({ code: h, section: 'I.C.21.c.4', detail: `the injury has not healed: ${m.code}` });
    }
  }
}

function injuryDraft(ctx: GuidelineContext, code: string, span: { start: number; end: number }, note: GuidelineNote): Draft | undefined {
  if (!billable(ctx, code)) return undefined;
  const text = ctx.text.slice(span.start, span.end);
  return {
    code, confidence: 0.5, first: span.start, priority: 2, evidence: [{ start: span.start, end: span.end, text }], mentions: [],
    match: 'synonym', termTokens: text.split(/\s+/).filter((w) => w.length > 2).length, section: sectionAt(ctx.analysis, span.start)?.kind ?? 'other', guideline: [note],
  };
}

/**
 * The note states this injury's healing phase or sequela (its 7th character was set to a subsequent or
 * sequela encounter from the note's words): the injury is the encounter's reason, not an old trauma told in passing.
 */
export function statesHealingPhase(d: Draft): boolean {
  return d.guideline.some((g) => g.section === 'I.C.19.a' && g.action === 'refined' && /^(?:subsequent|sequela) encounter/.test(g.detail));
}

export const seventhCharacterRule: GuidelineRule = {
  name: '7th characters',
  section: 'I.C.19.a',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    for (const d of [...drafts.values()]) {
      const sibling = nondisplacedSibling(ctx, d);
      if (sibling && sibling !== d.code) {
        const t = ensureDraft(ctx, drafts, sibling, [d], { section: 'I.C.19.c.1', action: 'refined', detail: `the note says nondisplaced: ${d.code} → ${sibling}` });
        if (t) {
          t.confidence = d.confidence;
          dropDraft(ctx, drafts, d.code, 'I.C.19.c.1', `the note says nondisplaced: ${sibling}`);
        }
      }
    }
    for (const d of [...drafts.values()]) {
      const dotless = d.code.replace('.', '');
      if (dotless.length !== 7) continue;
      const options = ctx.conventions.sevenChr(dotless.slice(0, 6));
      // Only the encounter characters (A/D/S …); fetus characters of chapter 15 are another rule's.
      if (!options.some((o) => o.char === 'A')) continue;
      const want = encounterOf(ctx, d);
      const chosen = options.find((o) => fits(o.description, want)) ?? options.find((o) => fits(o.description, { ...want, healing: 'routine' }));
      if (!chosen || chosen.code === d.code) continue;
      const detail = `${want.encounter} encounter${want.open ? ', open fracture' : ''}${want.encounter === 'subsequent' ? `, ${want.healing} healing` : ''}: ${d.code} → ${chosen.code}`;
      const t = ensureDraft(ctx, drafts, chosen.code, [d], { section: 'I.C.19.a', action: 'refined', detail });
      if (!t) continue;
      t.confidence = d.confidence;
      addNote(t, { section: 'I.C.19.c.1', action: 'refined', detail: '7th character from the encounter stated in the note' });
      dropDraft(ctx, drafts, d.code, 'I.C.19.a', `the encounter calls for ${chosen.code}`);
    }
    // I.C.19.a: the sequela (the residual condition) is sequenced first, the injury with S after it.
    const sequelae = [...drafts.values()].filter((d) => /^[ST].{6}S$/.test(d.code.replace('.', '')));
    // The old injury a residual is tied to ("scar … after the old laceration") is the sequela's injury, not a healed
    // injury's history (Z87.81, Z87.82-, I.C.21.c.4).
    if (sequelae.length) {
      const lateEffect = (s: string) => SEQUELA.test(s) || (RESIDUAL_OF_PAST.test(s) && LONG_AGO.test(s));
      const detail = `the injury's late effect is coded with the sequela character: ${sequelae[0].code}`;
      for (const h of [...drafts.values()]) {
        if (!HEALED_INJURY_HISTORY.test(h.code)) continue;
        const said = sentencesOf(ctx, h);
        if (said.length && said.every(lateEffect)) dropDraft(ctx, drafts, h.code, 'I.C.19.a', detail, sequelae[0]);
      }
      // Also a history code too weak to be a draft yet: every mention that could support it tells the late effect.
      const histories = new Map<string, boolean>();
      for (const m of ctx.mentionSpans) {
        for (const h of (m.codes ?? []).filter((c) => HEALED_INJURY_HISTORY.test(c))) {
          const s = sentenceAt(ctx.analysis, m.span.start);
          histories.set(h, (histories.get(h) ?? true) && s.end > s.start && lateEffect(ctx.text.slice(s.start, s.end)));
        }
      }
      for (const [h, late] of histories) {
        if (late && !drafts.has(h) && !ctx.dropped.some((x) => x.code === h)) ctx.dropped.push({ code: h, section: 'I.C.19.a', detail });
      }
    }
    if (sequelae.length && [...drafts.values()].some((d) => !/^[STVWXYZ]/.test(d.code))) {
      for (const d of sequelae) {
        d.sequence = Math.max(d.sequence ?? 1, 1.5);
        addNote(d, { section: 'I.C.19.a', action: 'sequenced', detail: 'the injury of a sequela follows the residual condition' });
      }
    }
  },
};
