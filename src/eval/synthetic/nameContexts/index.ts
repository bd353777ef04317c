// Owns the name-context corpus: short notes in which people are named the ways running text names them — by a
// kinship word, a staff role or credential, a verb of communication, a letter's or message's greeting and
// closing, in lists, surname first, with particles, hyphens, apostrophes, nicknames and possessives, in lower
// case, and in e-mail and chat headers — beside sentences using the same words as plain English and protected
// clinical eponyms. Gold NAME spans by construction; `half` 0 draws the tuning half of every word list and
// seed, `half` 1 the scoring half, so a figure on half 1 is of names no rule was written against.
import type { PhiType } from '../../../engine/types';
import { Rng } from '../prng';
import { f, NoteBuilder, phi, term, type CaseMode, type Frag, type SyntheticNote } from '../segments';
import {
  ACCENTED_GIVEN, CLOSINGS, CONTACT_VERBS, GREETINGS, halfOf, inventedGiven, inventedSurname, KIN_NOUNS, NICKNAMES, PARTICLES,
  STAFF_ROLES, WORD_GIVEN, WORD_SURNAME,
} from './vocab';

export const DEFAULT_NAME_CONTEXT_SEED = 90210;
export const DEFAULT_NAME_CONTEXT_NOTES = 400;

interface P {
  given: string;
  surname: string;
  middle: string;
  nickname?: string;
}

class Pools {
  readonly wordGiven: readonly string[];
  readonly wordSurname: readonly string[];
  readonly accented: readonly string[];
  readonly particles: readonly (readonly [string, string])[];
  readonly nicknames: readonly string[];
  constructor(half: 0 | 1) {
    this.wordGiven = halfOf(WORD_GIVEN, half);
    this.wordSurname = halfOf(WORD_SURNAME, half);
    this.accented = halfOf(ACCENTED_GIVEN, half);
    this.particles = halfOf(PARTICLES, half);
    this.nicknames = halfOf(NICKNAMES, half);
  }
}

function person(rng: Rng, pools: Pools): P {
  const given = rng.weighted<() => string>([
    [5, () => rng.pick(pools.wordGiven)], [3, () => inventedGiven(rng)], [1, () => rng.pick(pools.accented)],
  ])();
  const base = (): string => (rng.chance(0.5) ? rng.pick(pools.wordSurname) : inventedSurname(rng));
  const surname = rng.weighted<() => string>([
    [5, () => rng.pick(pools.wordSurname)], [3, () => inventedSurname(rng)],
    [2, () => { const [p, j] = rng.pick(pools.particles); return p + j + (j === '' || j === "'" ? base() : base()); }],
    [1, () => `${base()}-${base()}`],
  ])();
  const middle = String.fromCharCode(65 + rng.int(0, 25));
  return { given, surname, middle, nickname: rng.chance(0.2) ? rng.pick(pools.nicknames) : undefined };
}

const N = (text: string, kind: string) => phi(text, 'NAME' as PhiType, `ctx.${kind}`);

/** A person as running text names them, without a title. */
function nameForm(rng: Rng, p: P, kind: string): Frag {
  return rng.weighted<() => Frag>([
    [4, () => N(p.given, kind)],
    [4, () => N(`${p.given} ${p.surname}`, kind)],
    [1, () => N(`${p.given} ${p.middle}. ${p.surname}`, kind)],
    [1, () => N(`${p.given[0]}. ${p.surname}`, kind)],
  ])();
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Template = (rng: Rng, pools: Pools) => Frag;

/** One sentence per template; each names the general pattern it exercises in its kind. */
const TEMPLATES: readonly (readonly [number, Template])[] = [
  // Kinship words before and after the name.
  [4, (rng, pl) => { const p = person(rng, pl); const kin = rng.pick(KIN_NOUNS); return rng.weighted<() => Frag>([
    [3, () => f`${rng.pick(['Lives with her', 'Lives with his', 'Lives with', 'Accompanied by', 'Visited by', 'Here with'])} ${kin} ${nameForm(rng, p, 'kin')}.`],
    [2, () => f`${cap(kin)} ${nameForm(rng, p, 'kin')} ${rng.pick(['is at bedside', 'will pick up', 'is HCP', 'has questions', 'asks for update', 'brought clothes'])}.`],
    [2, () => f`${nameForm(rng, p, 'kin')} (${kin}) ${rng.pick(['at bedside', 'updated by phone', 'is POA', 'present for teaching'])}.`],
    [1, () => f`Her ${kin}, ${nameForm(rng, p, 'kin')}, ${rng.pick(['will stay overnight', 'manages meds', 'drives her to HD'])}.`],
    [1, () => f`${cap(kin)}: ${nameForm(rng, p, 'kin')}.`],
    [1, () => f`Emergency contact is ${rng.pick(['her', 'his', 'the patient\'s'])} ${kin} ${nameForm(rng, p, 'kin')}.`],
  ])(); }],
  // Staff roles and credentials before the name, in running text.
  [4, (rng, pl) => { const p = person(rng, pl); const q = person(rng, pl); return rng.weighted<() => Frag>([
    [2, () => f`Discussed with Dr ${N(p.surname, 'staff')} and ${rng.pick(STAFF_ROLES)} ${N(q.surname, 'staff')}.`],
    [2, () => f`Per ${rng.pick(STAFF_ROLES)} ${nameForm(rng, p, 'staff')}, ${rng.pick(['pt ate 50%', 'no BM today', 'dressing changed', 'family updated'])}.`],
    [2, () => f`${rng.pick(STAFF_ROLES)} ${nameForm(rng, p, 'staff')} ${rng.pick(['notified', 'at bedside', 'aware', 'will follow', 'saw patient', 'to reassess'])}.`],
    [1, () => f`Care handed to ${rng.pick(['oncoming', 'night', 'day'])} ${rng.pick(['RN', 'nurse', 'shift'])} ${nameForm(rng, p, 'staff')}.`],
    [1, () => f`Seen with ${rng.pick(['attending', 'resident', 'fellow'])} ${N(`${p.given} ${p.surname}`, 'staff')} and ${rng.pick(['RN', 'CNA', 'student nurse'])} ${N(q.given, 'staff')}.`],
  ])(); }],
  // Verbs of communication.
  [4, (rng, pl) => { const p = person(rng, pl); return f`${cap(rng.pick(CONTACT_VERBS))} ${nameForm(rng, p, 'verb')} ${rng.pick(['re: discharge plan', 'about lab results', 'regarding pain control', 'who agrees with plan', 'at 1400', 'and questions answered', 'this am', '- no new orders'])}.`; }],
  // Greeting and closing of a letter or message.
  [3, (rng, pl) => { const p = person(rng, pl); const q = person(rng, pl); return f`${rng.pick(GREETINGS)} ${rng.chance(0.5) ? N(p.given, 'greeting') : N(`${p.given} ${p.surname}`, 'greeting')}${rng.pick([',', ' -', ':', '!'])}\n${rng.pick(['Your patient was seen today for follow-up.', 'Thank you for this referral.', 'Quick update on the patient in 12.', 'Labs are back and stable.'])}\n${rng.pick(CLOSINGS)}\n${rng.chance(0.5) ? N(q.given, 'closing') : N(`${q.given} ${q.surname}`, 'closing')}${rng.pick(['', ', RN', ' (case management)', ', MD'])}`; }],
  // Lists of people: one member named anywhere makes its siblings names.
  [3, (rng, pl) => { const a = person(rng, pl); const b = person(rng, pl); const c = person(rng, pl); return rng.weighted<() => Frag>([
    [2, () => f`Seen with ${N(a.given, 'list')}, ${N(b.given, 'list')} and their ${rng.pick(['son', 'daughter', 'grandson'])} ${N(c.given, 'list')}.`],
    [2, () => f`${rng.pick(['Family present:', 'At bedside:', 'Visitors today:', 'Present:'])} ${N(a.given, 'list')}, ${N(`${b.given} ${b.surname}`, 'list')}, ${N(c.given, 'list')}.`],
    [1, () => f`${N(a.given, 'list')} and ${N(b.given, 'list')} ${rng.pick(['visited', 'called', 'are aware', 'at bedside'])}.`],
    [1, () => f`Attendees: Dr ${N(a.surname, 'list')}, ${N(`${b.given} ${b.surname}`, 'list')} RN, ${N(c.given, 'list')} (SW).`],
  ])(); }],
  // Surname first outside a labelled field.
  [3, (rng, pl) => { const p = person(rng, pl); const upper = rng.chance(0.5); const s = upper ? p.surname.toUpperCase() : p.surname; return rng.weighted<() => Frag>([
    [1, () => f`Pt ${N(`${s}, ${p.given}`, 'inverted')} seen ${rng.pick(['today', 'on rounds', 'in clinic'])}.`],
    [1, () => f`Covering for ${N(`${s}, ${p.given} ${p.middle}.`, 'inverted')} ${rng.pick(['tonight', 'this weekend'])}.`],
    [1, () => f`${N(`${s}, ${p.given}`, 'inverted')} - ${rng.pick(['bed 4', 'room 12', 'follow-up visit', 'callback requested'])}`],
    [1, () => f`Referred by ${N(`${s}, ${p.given} ${p.middle}`, 'inverted')}${rng.pick([', MD', '', ' NP'])}.`],
  ])(); }],
  // Nicknames in quotes and preferred names.
  [2, (rng, pl) => { const p = person(rng, pl); const nick = p.nickname ?? rng.pick(pl.nicknames); return rng.weighted<() => Frag>([
    [1, () => f`${N(p.given, 'nickname')} "${N(nick, 'nickname')}" ${N(p.surname, 'nickname')} ${rng.pick(['arrived by EMS', 'was admitted', 'is resting'])}.`],
    [1, () => f`${rng.pick(['Prefers to be called', 'Goes by', 'Likes to be called'])} "${N(nick, 'nickname')}".`],
    [1, () => f`Pt (${rng.pick(['goes by', 'prefers'])} '${N(nick, 'nickname')}') ${rng.pick(['oriented x3', 'pleasant and cooperative'])}.`],
  ])(); }],
  // Possessives.
  [2, (rng, pl) => { const p = person(rng, pl); return rng.weighted<() => Frag>([
    [1, () => f`${N(p.given, 'possessive')}'s ${rng.pick(['mother', 'husband', 'daughter'])} called for an update.`],
    [1, () => f`Per Dr ${N(p.surname, 'possessive')}'s ${rng.pick(['note', 'team', 'recommendations'])}, continue current plan.`],
    [1, () => f`Left message on ${N(`${p.given} ${p.surname}`, 'possessive')}'s cell.`],
  ])(); }],
  // E-mail, chat and thread headers.
  [3, (rng, pl) => { const p = person(rng, pl); const q = person(rng, pl); const user = `${p.given[0]}${p.surname}`.toLowerCase().replace(/[^a-z]/g, ''); return rng.weighted<() => Frag>([
    [1, () => f`From: ${N(`${p.given} ${p.surname}`, 'header')} <${phi(`${user}@clinicmail.org`, 'EMAIL', 'ctx.email')}>\nTo: ${N(`${q.given} ${q.surname}`, 'header')}\nSubject: pt follow-up\n`],
    [1, () => f`[${rng.int(7, 18)}:${String(rng.int(10, 59))}] ${N(`${p.given} ${p.surname}`, 'chat')}: ${rng.pick(['ok will do', 'pt asking for you', 'labs back', 'can you sign the order?'])}\n[${rng.int(7, 18)}:${String(rng.int(10, 59))}] ${N(q.given, 'chat')}: ${rng.pick(['thanks', 'on my way', 'done'])}\n`],
    [1, () => f`On ${rng.pick(['Tue', 'Mon', 'Fri'])}, ${N(`${p.given} ${p.surname}`, 'header')} wrote:\n> ${rng.pick(['Please call the daughter.', 'Results attached.'])}\n`],
    [1, () => f`@${N(p.given, 'chat')} ${rng.pick(['can you see bed 9?', 'pharmacy called back', 'family is here'])}\n`],
    [1, () => f`CC: ${N(`${p.surname}, ${p.given}`, 'header')}; ${N(`${q.given} ${q.surname}`, 'header')}\n`],
  ])(); }],
  // Lower-case typing.
  [3, (rng, pl) => { const p = person(rng, pl); const g = p.given.toLowerCase(); const s = p.surname.toLowerCase(); return rng.weighted<() => Frag>([
    [1, () => f`spoke w/ ${rng.pick(['dtr', 'son', 'wife', 'husband'])} ${N(g, 'lower')} re plan.`],
    [1, () => f`per ${rng.pick(['rn', 'charge nurse', 'dr'])} ${N(rng.chance(0.5) ? g : s, 'lower')} pt resting.`],
    [1, () => f`${N(`${g} ${s}`, 'lower')} ${rng.pick(['called', 'visited', 'aware'])}.`],
    [1, () => f`d/w ${N(s, 'lower')} and ${N(person(rng, pl).given.toLowerCase(), 'lower')}.`],
  ])(); }],
  // Titles in running text, with and without stops.
  [2, (rng, pl) => { const p = person(rng, pl); return f`${rng.pick(['Mr', 'Mrs.', 'Ms', 'Mx.', 'Miss', 'Prof', 'Rev.', 'Pastor', 'Sister', 'Fr.'])} ${N(rng.chance(0.7) ? p.surname : `${p.given} ${p.surname}`, 'title')} ${rng.pick(['visited', 'was updated', 'called back', 'at bedside'])}.`; }],
];

/** Sentences using name-like words as plain English, and eponyms that must stay. */
const DISTRACTORS: readonly Template[] = [
  () => f`Patient expresses hope about going home.`,
  () => f`Rose from chair with a walker and standby assist.`,
  () => f`Young adult with ${term('Crohn disease')}.`,
  () => f`Will follow up in two weeks; bill to insurance.`,
  () => f`Skin mark noted on left thigh; no frank blood.`,
  () => f`Child life specialist consulted.`,
  () => f`Faith and family are important to her.`,
  () => f`Cervix favorable, ${term('Bishop score')} 8.`,
  () => f`${term('Bell palsy')} on the right, improving.`,
  () => f`${term('Wood lamp')} exam negative.`,
  () => f`${term('Glasgow Coma Scale')} 15, ${term('Foley')} in place.`,
  () => f`History of ${term('Hodgkin lymphoma')} in remission.`,
  () => f`Stone in the left ureter, 4 mm.`,
  () => f`Little appetite, drinking fluids well.`,
  () => f`Gray matter changes on MRI; ${term('Parkinson disease')} suspected.`,
  () => f`Price of inhaler is a barrier; will switch.`,
  () => f`Storm warning: home health visit moved.`,
  () => f`Dawn phenomenon suspected; check 3 am glucose.`,
  () => f`Strong cough, good air movement.`,
  () => f`Patient is a poor historian; sister unavailable.`,
];

export function generateNameContextCorpus(options: { seed?: number; notes?: number; half?: 0 | 1 } = {}): SyntheticNote[] {
  const half = options.half ?? 1;
  const seed = (options.seed ?? DEFAULT_NAME_CONTEXT_SEED) + half;
  const count = options.notes ?? DEFAULT_NAME_CONTEXT_NOTES;
  const rng = new Rng(seed);
  const pools = new Pools(half);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const mode = rng.weighted<CaseMode>([[80, 'asis'], [10, 'lower'], [10, 'upper']]);
    const b = new NoteBuilder(mode);
    b.add(rng.pick(['Nursing note. ', 'Progress note\n', 'Telephone encounter: ', 'SOCIAL WORK NOTE\n', 'Message thread\n', '']));
    const sentences = rng.int(3, 6);
    for (let s = 0; s < sentences; s++) {
      b.add(rng.chance(0.3) ? rng.pick(DISTRACTORS)(rng, pools) : rng.weighted(TEMPLATES)(rng, pools), rng.pick([' ', ' ', '\n']));
    }
    out.push(b.build(`namectx-${half}-${seed}-${String(i).padStart(4, '0')}`, `name_contexts_${mode}`));
  }
  return out;
}
