// Owns the nursing-note slots where staff initials, family names and wards stand (session 13, issue 9): initials
// and names before a staff credential ("t.n., crna", "mg/np", "BURDOCK Q RT"), a surname after a role and "per"
// ("rt per cornerstone"), a name in the possessive before a kinship word or a phone-log message ("X's sis",
// "X's message"), a kinship cue and a given name before what the relative did ("stepmom Wayfarer taught",
// "son meadowlark called"), a nickname quoted before "is what family calls", a dash sign-off closing a note, and a
// ward named where a code-blue patient was found ("on CUSHING-ABBOT 10N found unresponsive").
// Each slot is a grammar of the note, not a list of names; clinical look-alikes are refused by the validators.
import type { PatternRecognizerDef } from './types';
import { FUNCTION_WORDS } from '../vocab';
import { CLINICAL } from '../names/nameShapes';

/** Staff credentials that follow an initial or a name in nursing notes. */
const CREDENTIAL = String.raw`(?:rn|rt|rrt|na|np|pa|md|lpn|crna|cna|pca|sn|msw|slp|ccc-slp|emt|mt\(ascp\))`;
/** Letters of names in any script the notes use (Latin with diacritics). */
const L = String.raw`A-Za-z\u00C0-\u024F`;

/** Two-letter tokens that are clinical words or credentials, never initials. */
const CLINICAL_PAIRS: ReadonlySet<string> = new Set(('pt po iv bs im sq sc pr md np pa rn rt na ot st er ed or cm sw ns hs od os ou ' +
  'am pm bp hr rr gi gu ob cv tf ng og et ct mr us ek dc ap la lv rv ra bm uo ss cx ua ab ' +
  'vs ms ac bi qd hd pd pe ir nc fc af sr vt vf oz cc kg ml mg ug dl hi ok no re to in on at by of').split(' '));

/** Words that follow "per" as a source but name no person. */
const PER_OBJECTS: ReadonlySet<string> = new Set(('protocol protocols report reports pt pts patient patients family md mds order orders policy chart rn rns np ' +
  'team attending resident fellow nursing pharmacy hour hr day shift guidelines guideline dr doctor wife husband son daughter mom dad ' +
  'rt standard routine unit request kg min minute week month year plan discussion notes note records record verbal phone her him them us ' +
  'self mar sliding scale ss iv po consult surgery renal cards cardiology neuro neurology icu micu sicu ccu ed er or pacu anesthesia ' +
  'gi id ent ortho psych sw social case manager cm dietitian nutrition speech pt/ot ot ost slp respiratory pulmonary team. nephrology ' +
  'oncology hematology radiology lab labs micro infectious endocrine physician physicians provider providers surgeon surgical medical ' +
  'house covering on-call oncall night day evening primary nurse nurses charge recommendations recs rec instructions instruction result ' +
  'results cxr ct mri echo ekg ecg culture cultures abg abgs sheet flowsheet mar. emr his hers their ours our your my the a an this that ' +
  'previous prior last old new written telephone pager call conversation discussion. daughter-in-law son-in-law caregiver caregivers ' +
  'her. him. them. parents parent mother father sister brother staff nurse. pharmacist dialysis hd crrt cvvh cvvhd ir vascular tele').split(' '));

/** Words that stand before a possessive kinship word or message but name no person. */
const NOT_POSSESSOR: ReadonlySet<string> = new Set(('pt patient pts patients his her their its one everyone someone nobody anyone family ' +
  'mother father mom dad wife husband son daughter dtr sis sister bro brother uncle aunt cousin stepmom stepdad grandson granddaughter ' +
  'niece nephew guardian roommate fiance fiancee partner friend neighbor neighbour caller nurse doctor md physician attending resident ' +
  'team child baby infant client resident today yesterday tomorrow mother-in-law father-in-law son-in-law daughter-in-law ' +
  'grandmother grandfather grandma grandpa boyfriend girlfriend spouse parent parents other another who whose ' +
  'care caregiver facility agency pharmacy office').split(' '));

/** Words that follow a kinship cue but are no given name. */
const NOT_GIVEN: ReadonlySet<string> = new Set(('is was has had will would and or not also then still now who here there present aware at in on to ' +
  'by for with from of the a an his her their called taught staying visiting updated notified informed phoned came left ' +
  'arrived says said states stated reports reported asked wants wanted requests requested lives living member members ' +
  'pt patient present. bedside number phone cell home work pager x2 x3 it this that today tonight yesterday tomorrow both all '+
  'this later earlier again twice briefly').split(' '));

/** Words that head a place in the patient's own room or body, never a ward, before "found". */
const NOT_WARD: ReadonlySet<string> = new Set(('floor floors bed beds room rooms bathroom hallway hall chair toilet commode shower ground ' +
  'unit units ward wards the a an his her their stretcher couch sofa street sidewalk car home house yard stairs stairwell lobby ' +
  'elevator tub bathtub kitchen bedroom porch lawn field road parking lot ambulance arrival exam rounds icu micu sicu ccu ' +
  'tele telemetry stepdown er ed or pacu cath lab ventilator vent bipap cpap monitor monitors heparin drip drips pressors ' +
  'lasix insulin levophed it this that room. back side stomach abdomen left right pod step tower level wing').split(' '));

/** Words that head a patient line after the age but name no ward: sex, build, post-operative day, obstetric counts. */
const NOT_WARD_AFTER_AGE: ReadonlySet<string> = new Set(('male female man woman boy girl gentleman lady obese thin frail cachectic alert ' +
  'pod day dos hd hosp hospital gravida para grade stage class nyha type week wk postop post-op s/p status full code dnr dni ' +
  'married single widowed divorced white black asian hispanic caucasian intubated sedated trached vented nonverbal').split(' '));
const NOT_HYPHEN_PREFIX = /^(?:non|post|pre|well|ill|self|full|half|semi|anti|re|co|ex|x|in|out|over|under|long|short|high|low|left|right|bi|tri|multi|sub)-/i;
const BUILDING_WORD = /^(?:tower|pavilion|wing|annex|hall|building|house|north|south|east|west|center|centre)$/i;
function wardWords(v: string): boolean {
  const words = v.split(/[ \t]+/);
  const building = words.length === 2 && BUILDING_WORD.test(words[1]);
  if ((building ? words.slice(0, 1) : words).some((w) => NOT_WARD.has(w.toLowerCase()) || NOT_WARD_AFTER_AGE.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()) || CLINICAL.has(w.toLowerCase()))) return false;
  if (NOT_HYPHEN_PREFIX.test(v)) return false;
  // A ward is named by a floor number, a double-barrelled building word or a word and a building word.
  const last = words[words.length - 1];
  return /^\d/.test(last) || /-/.test(words[0]) || building;
}

const isName = (v: string, deny: ReadonlySet<string>): boolean => !deny.has(v.toLowerCase()) && !/\d/.test(v);

/** Three-letter words and unit or service letters before a credential that are no one's initials: "ICU RN", "day RN". */
/** Service and role letters that head a shift line ("RN 7p-7a", "NPN 3-11"): never a signer. */
const TEAM_PAIRS: ReadonlySet<string> = new Set('rn np pa md rt ot pt na sw cm ns npn nsg icu ccu ed er or'.split(' '));
const NOT_INITIALS: ReadonlySet<string> = new Set(('icu ccu pcu nicu micu sicu cvu med surg neo ped peds obs tele onc rad ans day eve noc new old per see via and ' +
  'the his her any one two six ten all our see pts ptn amb adm mrs msw crn bsn lpn cna for was not yes ' +
  'are has had can did got get put set may let out off sat sun mon tue wed thu fri jan feb mar apr jun jul aug sep oct nov dec ' +
  'abg cxr ekg ecg eeg emg bmp cbc lft inr art cvp gcs rrt sbt tid bid qid prn npo').split(' '));

export const NURSING_STAFF_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'name.dotted-initials-credential',
    type: 'NAME',
    description: 'dotted initials of staff before a credential: t.n., crna / r.s. na / P.M. NA',
    pattern: String.raw`(?<![\w.])([${L}]\.[${L}]\.)(?=,?[ \t]+${CREDENTIAL}(?![\w]))`,
    group: 1,
    flags: 'gi',
    validate: (v, ctx) => !(/^[ap]\.m\.$/i.test(v) && /\d[ \t]*$/.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start))),
  },
  {
    name: 'name.two-letter-slash-credential',
    type: 'NAME',
    description: 'two-letter staff initials joined to a credential by a slash: mg/np, IG/RT',
    pattern: String.raw`(?<![\w/.\u00C0-\u024F])([${L}]{2})/${CREDENTIAL}(?![\w/])`,
    group: 1,
    flags: 'gi',
    validate: (v) => !CLINICAL_PAIRS.has(v.toLowerCase()),
  },
  {
    name: 'name.given-initial-credential',
    type: 'NAME',
    description: 'a name and a one-letter initial before a staff credential or closing a "by" clause: BURDOCK Q RT, by liberata m;',
    pattern: String.raw`(?:(?:\b(?:rt|and|team:|witnessed|via|to)[ \t]+|,[ \t]+)([${L}][${L}'-]{2,20}[ \t][${L}])(?![\w\u00C0-\u024F])(?=\.?,?[ \t]+${CREDENTIAL}(?![\w]))|(?:\bby[ \t]+|/[ \t]*)([${L}][${L}'-]{2,20}[ \t][${L}])(?![\w\u00C0-\u024F])(?=\.?(?:[ \t]+${CREDENTIAL}(?![\w])|[ \t]*[;.,](?:[ \t]|$))))`,
    group: 'last',
    flags: 'gi',
    validate: (v) => {
      const [word] = v.split(/[ \t]+/);
      return isName(word, NOT_POSSESSOR) && !/^(?:vitamin|hep|hepatitis|type|grade|stage|class|group|factor|protein|strep|influenza|plan|zone|lead|part|section|schedule|appendix|level|category|phase|tier|room|bed|pod|bay|wing|unit|floor|ward|vit|vita|apgar|mobitz|cluster|clade|subtype|block|lot|form|line|port|lumen|lab|and|or|by|see|note|with|without|plus|minus|hgb|hct|igg|igm|iga|ige|team|per)$/i.test(word);
    },
  },
  {
    name: 'name.role-per-surname',
    type: 'NAME',
    description: 'a surname after a staff role and "per": rt per cornerstone, renal fellow per X aware, done by per X',
    pattern: String.raw`(?:\b(?:rt|fellow|work|by|and|team:|np|rn|md|pa|dietitian|pharmacist|chaplain|slp|scribe)|[,/])[ \t]+per[ \t]+([${L}][${L}'-]{2,24})(?=[ \t]*(?:[.;,)/]|\r?\n|$|[ \t]+aware\b))`,
    group: 1,
    flags: 'gi',
    validate: (v) => isName(v, PER_OBJECTS),
  },
  {
    name: 'name.possessive-kin',
    type: 'NAME',
    description: "a name in the possessive before a kinship word or a phone-log message: X's sis, X's stepmom, X's message",
    pattern: String.raw`(?<![\w\u00C0-\u024F'-])([${L}]{2,24}(?:-[${L}]{2,24})?)'s[ \t]+(?:sis|sister|bro|brother|mom|mother|dad|father|uncle|aunt|stepmom|stepdad|cousin|wife|husband|son|dtr|daughter|grandson|granddaughter|niece|nephew|fiance|fiancee|guardian|roommate|message|voicemail|vm)\b`,
    group: 1,
    flags: 'gi',
    validate: (v) => isName(v, NOT_POSSESSOR) && !CLINICAL_PAIRS.has(v.toLowerCase()),
  },
  {
    name: 'name.kin-given-action',
    type: 'NAME',
    description: 'a kinship cue and a given name before what the relative did: stepmom Wayfarer taught, son meadowlark called, godson X at bedside, grandma X + ...',
    pattern: String.raw`\b(?:mom|dad|dtr|son|uncle|aunt|stepmom|stepdad|stepdtr|stepson|cousin|wife|husband|sis|bro|grandson|granddaughter|grandma|grandpa|granddad|grandmother|grandfather|godson|goddaughter|partner|neighbor|neighbour|buddy|hcp|guardian|roommate|fiance|fiancee|niece|nephew|daughter|sister|brother|mother|father)[ \t]+([${L}\u1E00-\u1EFF][${L}\u1E00-\u1EFF'-]{1,24})(?=[ \t]+(?:called|taught|staying|visiting|phoned|upset|updated|drives|drove|at[ \t]+bedside|by[ \t]+phone|pgr)\b|[ \t]+\+[ \t]|[ \t]*;|[ \t]+\(lives\b)`,
    group: 1,
    flags: 'gi',
    // A verb in the slot is what the relative did, not their name ("wife visited- updated").
    validate: (v) => isName(v, NOT_GIVEN) && !/^[a-z]{3,}(?:ed|ing)-?$/i.test(v),
  },
  {
    name: 'name.quoted-nickname-family-calls',
    type: 'NAME',
    description: 'a quoted nickname before "is what family calls": "Bud" is what family calls him',
    pattern: String.raw`"([${L}][${L}' -]{0,30})"[ \t]+is[ \t]+what[ \t]+(?:the[ \t]+)?(?:family|everyone|friends|she|he|they|pt|patient)[ \t]+calls?\b`,
    group: 1,
    flags: 'gi',
    triggers: ['calls', 'call'],
  },
  {
    name: 'name.signoff-initials-shift',
    type: 'NAME',
    description: 'a nurse\'s initials with the shift worked, closing the note: MM 3-11, mw 7p-7a, KK D/S',
    // The note's last words, so a header naming the shift ("NPN 7p-7a") is not read; at the close of a note the pair is
    // the signer even where it spells an abbreviation ("MM", "AM", "bs").
    pattern: String.raw`(?:^|\n|[.;][ \t]+)([A-Za-z]{2,3})[ \t]+(?:(?:7|11|3|7a|7p|11p|3p)-(?:7|11|3|7a|7p|11p|3p|19|23)|d\/s|n\/s|e\/s|nocs?|days|nights|eves)(?=\s*$)`,
    group: 1,
    flags: 'gi',
    validate: (v) => !NOT_INITIALS.has(v.toLowerCase()) && !TEAM_PAIRS.has(v.toLowerCase()),
  },
  {
    name: 'name.three-initials-credential',
    type: 'NAME',
    description: 'three staff initials run together before a credential, in one case: BPM MSW, wzm rn, MRT/RN, GAL RRT',
    pattern: String.raw`(?<![\w/.\u00C0-\u024F-])([A-Z]{3}|[a-z]{3})(?:[ \t]+|/)(?:RN|RRT|MSW|SN|LPN|PCA|NP|CNA|rn|rrt|msw|sn|lpn|pca|np|cna)(?![\w/])`,
    group: 1,
    flags: 'g',
    validate: (v) => !CLINICAL.has(v.toLowerCase()) && !FUNCTION_WORDS.has(v.toLowerCase()) && !NOT_INITIALS.has(v.toLowerCase()),
  },
  {
    name: 'name.calls-quoted-nickname',
    type: 'NAME',
    description: 'a quoted nickname after "calls him/her": pt calls her "X", family calls him \'X\'',
    pattern: String.raw`\bcall(?:s|ed)?[ \t]+(?:him|her|them|me)[ \t]+["'\u201c]([${L}\u1E00-\u1EFF][${L}\u1E00-\u1EFF' -]{0,30}?)["'\u201d]`,
    group: 1,
    flags: 'gi',
    triggers: ['calls', 'call', 'called'],
  },
  {
    name: 'name.dash-signoff',
    type: 'NAME',
    description: 'a given name after a dash closing a note, on its own line or after a sentence: 63/M. -Raili',
    pattern: String.raw`(?:^|[.][ \t]+)-([${L}][${L}'-]{1,24})(?=[ \t]*(?:\r?\n|$))`,
    group: 1,
    flags: 'gim',
    validate: (v) => !CLINICAL_PAIRS.has(v.toLowerCase()) && !/^(?:bm|neg|pos|ve|ive|none|nil|na|prn|done|end|out|in|off|on|ok|okay|yes|no|wnl|stable|same|resolved|pending|cont|continue|dc|d\/c)$/i.test(v),
  },
  {
    name: 'name.title-word-surname',
    type: 'NAME',
    description: 'a surname that is also a word after a person title, closing its clause: by mr buttermilk. / Judge GATEPOST, / w/ prof. lampblack.',
    pattern: String.raw`(?<![\w.])(dr|doctor|mr|mrs|miss|prof|professor|judge|deputy|officer|pastor|rev|reverend|fr|sgt|detective|trooper|atty|attorney)(\.?[ \t]+)([${L}][${L}']{2,24}(?:-[${L}]{2,24})?)(?=[ \t]*(?:[.,;:)]|\r?\n|$)|[ \t]+(?:asking|called|said|says|states|stated|asked|reports|reported)\b)`,
    group: 3,
    flags: 'gi',
    validate: (v, ctx) => {
      const title = ctx.match[1];
      const lower = v.toLowerCase();
      // "MR"/"MS" in capitals without a period are the valve lesion or mental status; "14 Fr" is a catheter size.
      if (/^MR$/.test(title) && !ctx.match[2].startsWith('.')) return false;
      if (/^fr$/i.test(title) && /\d[ \t]*$/.test(ctx.text.slice(Math.max(0, ctx.match.index - 3), ctx.match.index))) return false;
      if (FUNCTION_WORDS.has(lower) || CLINICAL.has(lower) || NOT_GIVEN.has(lower) || PER_OBJECTS.has(lower)) return false;
      return !/^[a-z]{3,}(?:ed|ing)$/i.test(v);
    },
  },
  {
    name: 'location.ward-found',
    type: 'LOCATION',
    description: 'a ward and its floor where a patient was found: on CUSHING-ABBOT 10N found unresponsive, on Lathrop 2N found down',
    pattern: String.raw`\b(?:on|in)[ \t]+((?:[${L}][${L}'-]{2,20}[ \t]){0,1}[${L}][${L}'-]{2,20}(?:[ \t]\d{1,2}[A-Za-z]?)?)(?=[ \t]+found[ \t]+(?:unresponsive|down|apneic|pulseless|unconscious)\b)`,
    group: 1,
    flags: 'gi',
    triggers: ['found'],
    validate: (v) => !v.split(/[ \t]+/).some((w) => NOT_WARD.has(w.toLowerCase())),
  },
  {
    name: 'location.ward-after-age',
    type: 'LOCATION',
    description: 'a ward and its floor after the age in a patient line, before the next clause: 84 yr old, KITTERIDGE-HALE 11, extubated',
    pattern: String.raw`\b\d{1,3}[ \t]*(?:yrs?[ \t]+old|years?[ \t]+old|years|yoa|yo|y/o)[ \t]*,{1,2}[ \t]*([${L}]{3,20}(?:-[${L}]{3,20})?(?:[ \t][${L}]{3,20})?(?:[ \t]\d{1,2}[A-Za-z]?)?)(?=,)`,
    group: 1,
    flags: 'gi',
    validate: wardWords,
  },
  {
    name: 'location.log-header-ward',
    type: 'LOCATION',
    description: 'a ward in parentheses closing a log header line: family phone log - <patient> (bowditch north 10)',
    pattern: String.raw`\blog[ \t]+-[ \t]+[^\n]{3,80}?\(([${L}]{3,20}(?:-[${L}]{3,20})?(?:[ \t][${L}]{3,20})?(?:[ \t]\d{1,2}[A-Za-z]?)?)\)[ \t]*(?=\r?\n|$)`,
    group: 1,
    flags: 'gim',
    validate: (v) => wardWords(v) && !/^(?:aka|cont|continued|am|pm|night|day|evening|update|updated|late|entry|addendum)$/i.test(v.split(/[ \t]/)[0]),
  },
  {
    name: 'name.patient-line-before-age',
    type: 'NAME',
    description: 'a given and family name heading a patient line before the age: PT WAYFARER ZAMBELLONI 80 YOA, Donor X Y, 34 yr old',
    pattern: String.raw`(?:^[ \t]*|\b(?:pt|donor|victim|decedent|patient|recipient)[ \t]+)([${L}][${L}'-]{1,24}[ \t][${L}][${L}'-]{1,24}),?[ \t]+\(?(?:\d{1,3}[ \t]*(?:yrs?[ \t]+old|yoa|yo|years|y/o)\b|age[ \t]+\d)`,
    group: 1,
    flags: 'gim',
    validate: (v) => v.split(/[ \t]+/).every((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !CLINICAL.has(w.toLowerCase()) &&
      !NOT_WARD_AFTER_AGE.has(w.toLowerCase()) && !NOT_GIVEN.has(w.toLowerCase()) && !NOT_POSSESSOR.has(w.toLowerCase())),
  },
  {
    name: 'name.kin-full-name-phone',
    type: 'NAME',
    description: 'a kinship cue and a given and family name before a phone number: stepmom Burdock Yardstick +1 555 …, dtr X Y, (555)',
    pattern: String.raw`\b(?:mom|dad|dtr|son|uncle|aunt|stepmom|stepdad|cousin|wife|husband|ex-wife|ex-husband|sis|bro|grandson|granddaughter|guardian|roommate|fiance|fiancee|niece|nephew|daughter|sister|brother|mother|father)[ \t]+([${L}][${L}'-]{1,24}[ \t][${L}][${L}'-]{1,24})(?=,?[ \t]+(?:by[ \t]+phone[ \t]+)?(?:\+\d|\(\d{3}\)|\(\(\d|\d{3}[ .-]))`,
    group: 1,
    flags: 'gi',
    validate: (v) => v.split(/[ \t]+/).every((w) => isName(w, NOT_GIVEN) && !FUNCTION_WORDS.has(w.toLowerCase())),
  },
  {
    name: 'name.log-header-name',
    type: 'NAME',
    description: 'a given and family name after a log header dash, before the parenthesised location: phone log - hinemoa lampblack (ward)',
    pattern: String.raw`\blog[ \t]+-[ \t]+([${L}][${L}'-]{1,24}[ \t][${L}][${L}'-]{1,24})[ \t]+\(`,
    group: 1,
    flags: 'gi',
    validate: (v) => v.split(/[ \t]+/).every((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !CLINICAL.has(w.toLowerCase())),
  },
];
