// Owns the agency recognizers: fire, EMS and ambulance agencies, funeral homes, mortuaries and medical examiner or
// coroner offices named by their head noun ("Kettle Moraine Ambulance District", "BITTERROOT VALLEY EMS", "Office of
// the Pelican Shoals Medical Examiner"), and the value of a "Funeral home:" field whatever its words.
import type { MatchContext, PatternRecognizerDef } from './types';

/** The head nouns of agencies a note names: the words before them (on the same line) are the agency's own name. */
const AGENCY_HEAD = String.raw`(?:volunteer\s)?(?:fire\s(?:department|dept\.?|district|protection\sdistrict|&\srescue|and\srescue|company|co\.)|ambulance\s(?:district|service|corps|authority|association)|rescue\ssquad|ems|emergency\smedical\sservices|funeral\s(?:homes?|chapel|services)|mortuary(?:\s(?:&|and)\scremation(?:\sservices?)?)?|crematory|medical\sexaminer(?:['’]s\soffice)?|coroner(?:['’]s\soffice)?|(?:home\s)?hospice\s(?:&|and)\spalliative\scare|skilled\snursing\s(?:&|and)\s(?:rehab|rehabilitation)(?:\s(?:center|centre))?)`;
/** The head nouns of correctional facilities (jails, prisons, detention and work-release centres, youth facilities). */
const CORRECTIONAL_HEAD = String.raw`(?:detention\s(?:center|centre|facility|complex)|correctional\s(?:facility|institution|center|centre|complex|institute|unit)|(?:department|dept\.?)\sof\scorrections?|jail|penitentiary|work\srelease(?:\s(?:center|centre|facility|program))?|youth\s(?:facility|detention(?:\s(?:center|centre))?|correctional\s(?:center|centre|facility)|development\scenter)|juvenile\s(?:hall|detention(?:\s(?:center|centre|facility))?|justice\scenter)|prison|reformatory)`;
/** Words that end the walk back: grammar and verbs around an agency, never its name ("transported by", "called"). */
const STOP_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'by', 'to', 'from', 'of', 'at', 'with', 'and', 'or', 'per', 'via', 'for', 'in', 'on', 'via',
  'called', 'notified', 'paged', 'contacted', 'arrived', 'transported', 'transferred', 'released', 'per', 'local', 'area', 'nearby', 'our', 'his', 'her',
  'their', 'your', 'my', 'pt', 'patient', 'family', 'was', 'is', 'were', 'by', 'says', 'per', 'responding', 'arriving', 'on-scene', 'scene', 'initial',
  'prehospital', 'pre-hospital', 'ground', 'air', 'private', 'public', 'contact', 'home', 'report', 'crew', 'medic', 'note']);
/** Words inside an agency's name that say which kind of place it is: they do not name one by themselves ("the county EMS"). */
const KIND_WORDS: ReadonlySet<string> = new Set(['county', 'city', 'state', 'district', 'regional', 'region', 'municipal', 'township', 'town', 'village',
  'chief', 'deputy', 'assistant', 'associate', 'volunteer', 'community', 'metro', 'parish', 'tribal', 'rural']);
const MAX_NAME_WORDS = 5;
const WORD_BEFORE_RE = /([\p{L}][\p{L}'’.-]*)([ \t]{1,2}|[ \t]?&[ \t]?)$/u;
const OFFICE_OF_RE = /(?:office|dept\.?|department)[ \t]of(?:[ \t]the)?[ \t]$/i;

/** A note written without capitals: its lower-case words may be names. */
function caseless(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i += 7) {
    const ch = text[i];
    if (ch >= 'a' && ch <= 'z') letters++;
    else if (ch >= 'A' && ch <= 'Z') { letters++; upper++; }
  }
  return letters > 0 && upper / letters < 0.03;
}

/** Walks back from the head over the agency's name words; null when no distinctive word names it. */
function agencySpan(c: MatchContext): { start: number; end: number } | null {
  const { text } = c;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  const lower = caseless(text);
  let s = c.start;
  let named = 0;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    const m = WORD_BEFORE_RE.exec(text.slice(Math.max(lineStart, s - 40), s));
    if (!m) break;
    const word = m[1].replace(/\.$/, '');
    const lw = word.toLowerCase();
    if (STOP_WORDS.has(lw) || /\d/.test(word)) break;
    // In a note with capitals only capitalised words are names ("called Kettle Moraine EMS", not "called local EMS").
    if (!lower && !/^\p{Lu}/u.test(word)) break;
    // A verb or adverb in capitals before the agency ("TRANSPORTED", "Reportedly").
    if (/(?:ed|ing|ly)$/i.test(lw) && lw.length > 4) break;
    if (!KIND_WORDS.has(lw)) named++;
    s -= m[0].length;
  }
  if (named === 0) return null;
  const office = OFFICE_OF_RE.exec(text.slice(Math.max(lineStart, s - 24), s));
  if (office) s -= office[0].length;
  return { start: s, end: c.end };
}

/** Organisations written head first with their place after "of": "Hospice of Tamarack Ridge", "Meals on Wheels of Owl Creek". */
const HEAD_FIRST = String.raw`(?:hospice|meals\son\swheels|visiting\snurses?(?:\sassociation)?|home\shealth|area\sagency\son\saging|catholic\scharities)`;
const OF_NAME_WORD_RE = /^[ \t]{1,2}([\p{L}][\p{L}'’.-]*)/u;
const MAX_OF_WORDS = 3;

/** The name words after "of": capitalised in a note with capitals, any in a caseless note; null when none follows. */
function headFirstSpan(c: MatchContext): { start: number; end: number } | null {
  const lower = caseless(c.text);
  let e = c.end;
  for (let n = 0; n < MAX_OF_WORDS; n++) {
    const m = OF_NAME_WORD_RE.exec(c.text.slice(e, e + 40));
    if (!m) break;
    const lw = m[1].toLowerCase();
    if (STOP_WORDS.has(lw) || (!lower && !/^\p{Lu}/u.test(m[1]))) break;
    // The header's own words after the name end it ("Hospice of Arrowhead — RN Case Manager Visit" stops at the dash).
    e += m[0].length;
  }
  if (e === c.end) return null;
  return { start: c.start, end: e };
}

export const AGENCY_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'agency.head-of-place',
    type: 'LOCATION',
    description: 'an organisation written head first with its place after "of": Hospice of Tamarack Ridge, Meals on Wheels of Owl Creek, hospice of black hawk',
    pattern: String.raw`(?<![\p{L}])${HEAD_FIRST}\sof(?:\sthe)?(?=[ \t]{1,2}\p{L})`,
    flags: 'giu',
    triggers: ['hospice', 'meals', 'visiting', 'home', 'area', 'catholic'],
    refine: headFirstSpan,
  },
  {
    name: 'agency.grammar',
    type: 'LOCATION',
    description: 'a fire, EMS or ambulance agency, funeral home, mortuary or medical examiner office named by its head noun: Kettle Moraine Ambulance District, OWL CREEK EMS, Office of the Pelican Shoals Medical Examiner, sandhill crane mortuary & cremation',
    pattern: String.raw`(?<![\p{L}])${AGENCY_HEAD}(?![\p{L}])`,
    flags: 'giu',
    triggers: ['fire', 'ambulance', 'rescue', 'ems', 'emergency', 'funeral', 'mortuary', 'crematory', 'examiner', 'coroner', 'volunteer', 'hospice', 'skilled'],
    refine: agencySpan,
  },
  {
    name: 'agency.correctional',
    type: 'LOCATION',
    description: 'a correctional facility named by its head noun: Harlan County Detention Center, Pine Ridge State Correctional Institution, Mesa Verde Youth Facility, Greer Work Release Center, MADISON COUNTY JAIL',
    // The walk back needs a distinctive word: "the county jail", "state prison" name no facility.
    pattern: String.raw`(?<![\p{L}])${CORRECTIONAL_HEAD}(?![\p{L}])`,
    flags: 'giu',
    triggers: ['detention', 'correctional', 'correction', 'corrections', 'jail', 'penitentiary', 'work', 'youth', 'juvenile', 'prison', 'reformatory'],
    // "Harlan County jail" is the county's jail: the county is the place named (the county recognizers take it), the
    // generic head adds nothing that identifies.
    refine: (c) => /^(?:jail|prison)$/i.test(c.text.slice(c.start, c.end)) && /(?:county|city|parish|borough)[ \t]$/i.test(c.text.slice(Math.max(0, c.start - 8), c.start)) ? null : agencySpan(c),
  },
  {
    name: 'agency.funeral-field',
    type: 'LOCATION',
    description: 'the value of a funeral home or mortuary field, whatever its words: Funeral home: Magnolia Bend Chapel of the Pines',
    pattern: String.raw`\b(?:funeral\s(?:home|chapel|director|arrangements)|mortuary)\s?:[ \t]?([^\n.;:()]{3,60})`,
    group: 'last',
    triggers: ['funeral', 'mortuary'],
    anchored: true,
    // "Funeral home: not yet chosen", "undecided", "TBD": the field is empty of a name.
    validate: (v) => !/^(?:none|n\/?a|tbd|not\b|undecided|unknown|pending|family\b|to be\b|no\b)/i.test(v.trim()),
    refine: (c) => {
      const v = c.text.slice(c.start, c.end).replace(/[\s,]+$/, '');
      return v.length === 0 ? null : { start: c.start, end: c.start + v.length };
    },
  },
];
