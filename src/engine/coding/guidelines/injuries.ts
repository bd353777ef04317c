// Owns two injury rules beside the 7th character: the pain of the injured site is integral to the
// injury (I.B.5: "neck pain" with a cervical sprain, "ankle pain" with an ankle fracture), and a
// fracture in known osteoporosis from trauma that would not break a normal bone is an osteoporotic
// pathological fracture M80 by site and side, not a traumatic S code (I.C.13.d.1).
import { addNote, dropDraft, ensureDraft, sentencesOf } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/** Pain codes by the body-site words an injury's title uses for the same part. */
const SITE_PAIN: ReadonlyArray<readonly [pain: RegExp, site: RegExp]> = [
  [/^M54\.2/, /\b(neck|cervical)\b/], // cervicalgia
  [/^M54\.(5|4)/, /\b(lower back|lumbar|lumbosacral|sacrum|sacral)\b/], // low back pain
  [/^M54\.6/, /\b(thoracic|thorax)\b/], // thoracic spine pain
  [/^M54\.9/, /\b(back|lumbar|thoracic|spine|vertebra)/], // dorsalgia
  [/^M25\.51/, /\b(shoulder|clavicle|scapula|humerus)\b/],
  [/^M25\.52/, /\b(elbow|olecranon)\b/],
  [/^M25\.53/, /\b(wrist|radius|ulna|carpal|scaphoid|navicular)\b/],
  [/^M25\.55/, /\b(hip|femur|acetabulum)\b/],
  [/^M25\.56/, /\b(knee|patella)\b/],
  [/^M25\.57/, /\b(ankle|foot|malleolus|lower leg|talus|calcaneus|metatarsal)\b/],
  [/^M79\.6[0-3]/, /\b(arm|forearm|humerus|radius|ulna)\b/],
  [/^M79\.64/, /\b(hand|finger|thumb|metacarpal)\b/],
  [/^M79\.6[5-6]/, /\b(thigh|femur|lower leg|tibia|fibula)\b/],
  [/^M79\.67/, /\b(foot|toe|metatarsal)\b/],
  [/^R07\.(1|81|82|89)/, /\b(rib|ribs|sternum|thorax|chest wall|front wall of thorax)\b/], // chest wall or pleuritic pain with a rib injury
];

/** Injuries (S) and burns of a stated site, whose titles name the part. */
const INJURY = /^(S|T2[0-5]|M84\.[3-6]|M48\.5)/;

/** The fall or trauma would not break a healthy bone (I.C.13.d.1 "minor fall or trauma"). */
const FRAGILITY = /\b(fragility|osteoporotic|minimal trauma|minor (fall|trauma)|low[- ](energy|impact|trauma)|from standing height|ground[- ]level fall|insufficiency fracture|pathologic(al)? fracture)\b/i;
/** Osteoporosis without a current fracture (M81.-): the combination's first half. */
const OSTEOPOROSIS = /^M81\./;
/** Fractures a fragile bone can have: traumatic (S), collapsed vertebra (M48.5-), pathological NOS (M84.4-). */
const FRACTURE = /^(S\d\d\.\d*[A-Z]?$|M48\.5|M84\.4)/;

/** M80.0- site words, in the order of its subcategories, from a fracture title. */
const M80_SITES: ReadonlyArray<readonly [site: string, words: RegExp]> = [
  ['vertebra', /\b(vertebra|vertebrae|spine|lumbar|thoracic|sacrum|collapsed vertebra)\b/],
  ['shoulder', /\b(clavicle|scapula|shoulder)\b/],
  ['humerus', /\bhumerus\b/],
  ['forearm', /\b(radius|ulna|forearm|colles)\b/],
  ['hand', /\b(metacarpal|carpal|scaphoid|navicular|hand|finger|thumb|wrist)\b/],
  ['femur', /\b(femur|hip|acetabulum)\b/],
  ['ankle and foot', /\b(malleolus|ankle|foot|talus|calcaneus|tarsal|metatarsal|toe)\b/],
  ['lower leg', /\b(tibia|fibula|lower leg|patella)\b/],
];

export const injuryRule: GuidelineRule = {
  name: 'injuries: integral site pain, osteoporotic fractures',
  section: 'I.C.13.d.1',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    surgicalWound(ctx, drafts);
    osteoporoticFracture(ctx, drafts);
    pathologicalFractureSite(ctx, drafts);
    pathologicalNotTraumatic(ctx, drafts);
    oneFractureOnePhrase(ctx, drafts);
    sitePain(ctx, drafts);
  },
};

/**
 * One fracture stated in one phrase is one code, at the level of detail the phrase gives (I.B.2): "Colles
 * fracture of the left wrist" names the distal radius (S52.53-); the carpal code the region word "wrist"
 * also yields (S62.10- "Fracture of unspecified carpal bone") is the same fracture, unspecified. A fracture
 * code whose every mention lies inside another fracture code's mention, with "unspecified" in its title
 * where the other has none, gives way to it. Fractures stated in phrases of their own stay (I.C.19.b).
 */
const TRAUMATIC_FRACTURE = /^S\d\d\./;
function oneFractureOnePhrase(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const fractures = [...drafts.values()].filter((d) => TRAUMATIC_FRACTURE.test(d.code) && /\bfracture\b/.test(title(ctx, d.code)) && d.evidence.length);
  for (const vague of fractures) {
    if (!drafts.has(vague.code) || !/\bunspecified\b/.test(title(ctx, vague.code))) continue;
    const specific = fractures.find((f) => f !== vague && drafts.has(f.code) && !/\bunspecified\b/.test(title(ctx, f.code))
      && vague.evidence.every((e) => f.evidence.some((x) => x.start < e.end && e.start < x.end)));
    if (specific) dropDraft(ctx, drafts, vague.code, 'I.B.2', `the same fracture, stated in one phrase, is ${specific.code}`, specific);
  }
}

/**
 * A wound the operation made (surgical wound, incision, "laparotomy wound") is postprocedural, not an injury
 * (chapter 19 codes injuries from external causes, I.C.19.a): its healing is aftercare (Z48.0-, Z48.81-) and
 * its complications T81.-, never an open-wound S code or T14.8.
 */
const SURGICAL_WOUND = /\b(?:surgical|operative|post-?op(?:erative)?|postprocedural|post-procedural|incisional)\s+(?:site\s+|open\s+)?(?:wounds?|incisions?|sites?)\b|\bincisions?(?:\s+sites?)?\b|\b\w+(?:otomy|ectomy|plasty|scopy)\s+(?:wounds?|incisions?|sites?|scars?)\b|\b(?:port|trocar|drain|stoma|donor)\s+sites?\b|\b(?:after|following|since|post)\s+(?:the\s+|his\s+|her\s+)?(?:surgery|operation|procedure|\w+otomy|\w+ectomy|\w+plasty|arthroplasty)\b/i;
/** An external cause stated beside the wound: the injury is real even in a surgical patient. */
const TRAUMA = /\b(?:lacerat\w*|cut (?:on|by|with)|fell|fall(?:ing)?|bitten|bite|stab\w*|gunshot|knife|nail|glass|accident\w*|assault\w*|trauma\w*|struck|hit by|mvc|mva)\b/i;
const WOUND_INJURY = /^(?:S\d\d\.|T14\.)/;
/** Words around a wound's evidence that say which wound it is. */
const WOUND_WINDOW_CHARS = 60;

function surgicalWound(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    if (!WOUND_INJURY.test(d.code) || !/\b(?:wound|laceration|puncture|injury)\b/.test(title(ctx, d.code)) || !d.evidence.length) continue;
    const sentences = sentencesOf(ctx, d);
    if (sentences.some((s) => TRAUMA.test(s))) continue;
    const near = (e: { start: number; end: number }) => ctx.text.slice(Math.max(0, e.start - WOUND_WINDOW_CHARS), e.end + WOUND_WINDOW_CHARS);
    if (d.evidence.some((e) => SURGICAL_WOUND.test(near(e))) || sentences.some((s) => SURGICAL_WOUND.test(s))) {
      dropDraft(ctx, drafts, d.code, 'I.C.19.a', 'a surgical wound or incision is postprocedural, not an injury');
    }
  }
}

function title(ctx: GuidelineContext, code: string): string {
  try {
    return ctx.codeSet.find(code)?.longDescription.toLowerCase() ?? '';
  } catch {
    return '';
  }
}

function sitePain(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const injuries = [...drafts.values()].filter((d) => INJURY.test(d.code) || d.code.startsWith('M80'));
  if (!injuries.length) return;
  for (const p of [...drafts.values()]) {
    // Pain with no site beside an injury is the injury's pain (the injury is the site).
    if (p.code === 'R52') {
      dropDraft(ctx, drafts, p.code, 'I.B.5', `pain of the injury, integral to ${injuries[0].code}`, injuries[0]);
      continue;
    }
    const site = SITE_PAIN.find(([pain]) => pain.test(p.code))?.[1];
    if (!site) continue;
    const injury = injuries.find((d) => site.test(title(ctx, d.code)));
    if (injury) dropDraft(ctx, drafts, p.code, 'I.B.5', `pain of the injured site, integral to ${injury.code}`, injury);
  }
}

function osteoporoticFracture(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const osteoporosis = [...drafts.values()].find((d) => OSTEOPOROSIS.test(d.code));
  if (!osteoporosis) return;
  for (const f of [...drafts.values()]) {
    if (!FRACTURE.test(f.code)) continue;
    const t = title(ctx, f.code);
    if (!/fracture|collapsed/.test(t)) continue;
    // A traumatic fracture is the osteoporosis' only when the note says the trauma was minor.
    if (f.code[0] === 'S' && !sentencesOf(ctx, f).concat(sentencesOf(ctx, osteoporosis)).some((s) => FRAGILITY.test(s)) && !FRAGILITY.test(ctx.text)) continue;
    const site = M80_SITES.find(([, words]) => words.test(t))?.[0];
    if (!site) continue;
    const side = /\bright\b/.test(t) ? 'right' : /\bleft\b/.test(t) ? 'left' : undefined;
    const code = m80Code(ctx, site, side);
    if (!code) continue;
    const d = ensureDraft(ctx, drafts, code, [f, osteoporosis], { section: 'I.C.13.d.1', action: 'combined', detail: `osteoporosis with a fracture from minor trauma: ${osteoporosis.code} + ${f.code} → ${code}` });
    if (!d) continue;
    d.confidence = Math.max(f.confidence, osteoporosis.confidence);
    addNote(d, { section: 'I.C.13.d.1', action: 'combined', detail: 'M80, not a traumatic fracture code, for a fragility fracture in known osteoporosis' });
    dropDraft(ctx, drafts, f.code, 'I.C.13.d.1', `a fragility fracture in osteoporosis is ${code}`, d);
    dropDraft(ctx, drafts, osteoporosis.code, 'I.C.13.d.1', `osteoporosis with a current fracture is ${code}`, d);
    return;
  }
}

/** The initial-encounter M80.0 code of a site and side (the 7th-character rule refines the encounter). */
function m80Code(ctx: GuidelineContext, site: string, side: string | undefined): string | undefined {
  const leaves = ctx.codeSet.billableDescendants('M80.0').filter((e) => e.code.endsWith('A'));
  const want = site === 'vertebra' ? ', vertebra' : `, ${side ?? 'unspecified'} ${site},`;
  return leaves.find((e) => e.longDescription.toLowerCase().includes(want))?.code;
}

/** Pathological fractures of chapter 13 by cause: stress (M84.3), NOS (M84.4), neoplastic (M84.5), other disease (M84.6), osteoporotic (M80.0, M80.8). */
const PATHOLOGICAL_FRACTURE = /^(M84\.[3-6]|M80\.[08])/;
/** A pathological fracture coded without its site ("Stress fracture, unspecified site"). */
const SITELESS_PATHOLOGICAL = /^M84\.[3-6]0X/;
/**
 * The region words of the M84 titles, from the bones a note names (Index: Fracture, pathological, by site; the
 * Tabular groups the metatarsals and tarsals under "foot", the malleoli and talus under "ankle").
 */
const PATHOLOGICAL_SITES: ReadonlyArray<readonly [region: string, words: RegExp]> = [
  ['toe', /\b(toes?|hallux|phalanx of (the )?(great |\w+ )?toe)\b/],
  ['foot', /\b(metatarsals?|tarsals?|calcaneus|calcaneal|navicular of the foot|cuboid|cuneiform|foot)\b/],
  ['ankle', /\b(malleolus|malleolar|talus|ankle)\b/],
  ['finger', /\b(fingers?|thumb|phalanx of (the )?(\w+ )?finger)\b/],
  ['hand', /\b(metacarpals?|carpals?|scaphoid|hand)\b/],
  ['tibia', /\b(tibia|tibial)\b/],
  ['fibula', /\b(fibula|fibular)\b/],
  ['femur', /\b(femur|femoral)\b/],
  ['pelvis', /\b(pelvis|pelvic|pubic rami?|sacrum|ilium|ischium)\b/],
  ['humerus', /\b(humerus|humeral)\b/],
  ['radius', /\b(radius|radial)\b/],
  ['ulna', /\b(ulna|ulnar)\b/],
  ['shoulder', /\b(clavicle|scapula|shoulder)\b/],
];

/**
 * I.B.2 and I.C.13.d: a pathological fracture (stress, neoplastic, other disease) is coded to the site and side the note
 * states ("stress fracture of the left second metatarsal" → M84.375-), never "unspecified site" beside it. The code is
 * the category's one billable code with the same 7th character whose title names that region and side.
 */
function pathologicalFractureSite(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  for (const d of [...drafts.values()]) {
    if (!SITELESS_PATHOLOGICAL.test(d.code) || !d.evidence.length) continue;
    const said = sentencesOf(ctx, d).join(' ').toLowerCase();
    const region = PATHOLOGICAL_SITES.find(([, words]) => words.test(said))?.[0];
    if (!region) continue;
    const side = /\bright\b/.test(said) ? 'right' : /\bleft\b/.test(said) ? 'left' : undefined;
    const seventh = d.code.slice(-1);
    const titleOf = (e: { longDescription: string }) => e.longDescription.toLowerCase();
    const targets = ctx.codeSet.billableDescendants(d.code.slice(0, 5)).filter((e) => e.code.endsWith(seventh) && e.code !== d.code
      && new RegExp(`, (${side ?? 'unspecified'} )?${region}s?(\\(s\\))?,`).test(titleOf(e)) && (side !== undefined || !/\b(right|left)\b/.test(titleOf(e))));
    if (targets.length !== 1) continue;
    const t = ensureDraft(ctx, drafts, targets[0].code, [d], { section: 'I.B.2', action: 'refined', detail: `the note states the fracture's site: ${d.code} → ${targets[0].code}` });
    if (!t) continue;
    t.confidence = d.confidence;
    dropDraft(ctx, drafts, d.code, 'I.B.2', `the site is stated: ${targets[0].code}`, t);
  }
}

/**
 * I.C.13.d.1: a fracture the note calls pathological (stress, osteoporotic, neoplastic, due to disease) is coded to
 * chapter 13, not to a traumatic S code as well: a traumatic fracture code of the same bone region as a pathological
 * fracture code stated in the same sentences is the same fracture.
 */
function pathologicalNotTraumatic(ctx: GuidelineContext, drafts: Map<string, Draft>): void {
  const pathological = [...drafts.values()].filter((d) => PATHOLOGICAL_FRACTURE.test(d.code));
  if (!pathological.length) return;
  for (const f of [...drafts.values()]) {
    if (!TRAUMATIC_FRACTURE.test(f.code) || !/\bfracture\b/.test(title(ctx, f.code)) || !f.evidence.length) continue;
    const own = sentencesOf(ctx, f);
    const region = (t: string) => M80_SITES.find(([, words]) => words.test(t))?.[0];
    const fRegion = region(title(ctx, f.code));
    const side = (t: string) => (/\bright\b/.test(t) ? 'right' : /\bleft\b/.test(t) ? 'left' : undefined);
    const fSide = side(title(ctx, f.code));
    // Same region, and the same side where both titles give one (or the same sentence when neither does).
    const same = pathological.find((p) => {
      if (!drafts.has(p.code) || region(title(ctx, p.code)) !== fRegion) return false;
      const pSide = side(title(ctx, p.code));
      return pSide && fSide ? pSide === fSide : sentencesOf(ctx, p).some((s) => own.includes(s));
    });
    if (fRegion && same) dropDraft(ctx, drafts, f.code, 'I.C.13.d.1', `the fracture is pathological: ${same.code}`, same);
  }
}
