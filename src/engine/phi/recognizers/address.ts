// Owns the street-level geography recognizers (Safe Harbor: every geographic unit smaller than a state):
// street addresses with number, name, suffix and unit, PO boxes, rural routes, ZIP and ZIP+4 codes, and
// the town before a state and ZIP.
import type { PatternRecognizerDef } from './types';
import { PUB28_ALL, PUB28_DISTINCT_ABBREVIATIONS, PUB28_STREET_NAMES } from './uspsSuffixes';

const STATE_ABBR = String.raw`(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)`;
const STATE_ABBR_NOT_WORDS = String.raw`(?:AK|AZ|AR|CA|CT|DC|FL|GA|IA|IL|KS|KY|MD|MI|MN|MO|MT|NC|ND|NE|NH|NJ|NM|NV|NY|RI|SC|SD|TN|TX|UT|VA|VT|WA|WI|WV|WY)\b`;
const STATE_NAME = String.raw`(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico)`;
const STATE_ONLY_RE = new RegExp(String.raw`^(?:${STATE_ABBR}|${STATE_NAME})$`, 'i');
/** A word as notes write it in a name: Title case, UPPER CASE or lower case (the pattern itself is case-sensitive). */
function anyCase(words: readonly string[]): string {
  const alts = new Set<string>();
  for (const w of words) {
    alts.add(w);
    alts.add(w.toUpperCase());
    alts.add(w.replace(/\b[a-z]/g, (c) => c.toUpperCase()));
  }
  return `(?:${[...alts].sort((a, b) => b.length - a.length).join('|')})`;
}

/**
 * Title case: "Maduena Way Lake Pelleyton" is an address whatever follows. UPPER CASE is how all-caps notes
 * write prose too ("2 UNITS PRBC RUN OVER 4 HRS"), so there an ambiguous suffix must end the address.
 */
function titleCase(words: readonly string[]): string {
  return `(?:${words.map((w) => w[0].toUpperCase() + w.slice(1)).sort((a, b) => b.length - a.length).join('|')})`;
}

function upperCase(words: readonly string[]): string {
  return `(?:${words.map((w) => w.toUpperCase()).sort((a, b) => b.length - a.length).join('|')})`;
}

/** USPS suffixes (Publication 28) that are rarely prose words: an address may continue after them. */
const HARD_SUFFIXES = ['street', 'avenue', 'road', 'boulevard', 'lane', 'parkway', 'highway', 'terrace', 'pike', 'drive', 'turnpike', 'expressway',
  'freeway', 'causeway'];
/** Suffixes that are also ordinary words ("Way", "Place", "Point"), and abbreviations that are also titles ("Dr", "St"). */
const SOFT_SUFFIXES = ['way', 'place', 'court', 'circle', 'trail', 'plaza', 'square', 'crescent', 'loop', 'alley', 'row', 'path', 'walk', 'run', 'ridge',
  'heights', 'hollow', 'crossing', 'commons', 'green', 'point', 'bend', 'landing', 'glen', 'grove', 'manor', 'meadow', 'meadows', 'park', 'pass', 'view',
  'village', 'vista', 'estates', 'spur'];
const ABBREVIATED_SUFFIXES = ['st', 'ave', 'rd', 'blvd', 'ln', 'pkwy', 'hwy', 'ter', 'terr', 'dr', 'ct', 'cir', 'pl', 'trl', 'sq', 'plz', 'cres',
  'expy', 'fwy', 'tpke', 'xing', 'hts', 'rte'];
/** Abbreviations that are no title or clinical word in Title case ("Ave", "Blvd", "Rd"); "St", "Dr", "Ct", "Pl" are excluded. */
const UNAMBIGUOUS_ABBREVIATIONS = ['ave', 'rd', 'blvd', 'ln', 'pkwy', 'hwy', 'terr', 'cir', 'trl', 'plz', 'cres', 'expy', 'fwy', 'tpke', 'xing'];
const DIRECTIONAL = String.raw`(?:[NSEW]\.?|[NS]\.?[EW]\.?|${anyCase(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'])})`;
const FUNCTION = anyCase(['in', 'on', 'of', 'to', 'at', 'and', 'the', 'for', 'with', 'per', 'not', 'no', 'was', 'is', 'x', 'by', 'from', 'up', 'down', 'over', 'via', 'or']);
// Street words are capitalised even in all-caps notes; a function word inside ("3 WAY FOLEY IN PLACE") is not an address.
const STREET_WORD = String.raw`(?:(?!${FUNCTION}\s)[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'.-]*|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))`;
/**
 * A house number as addresses print it: digits with a letter glued or after a dash ("17a", "43-B"), a second number after a
 * dash ("12-14"), or a half written "1/2" or "½" ("13½ N Pueblo Viejo Road").
 */
const HOUSE_NUMBER = String.raw`[1-9]\d{0,5}(?:[A-Za-z]\b|-[A-Za-z]\b|-\d{1,4}\b|[ \t]1\/2|½)?`;
/** A road's number inside a street's name ("Old Highway 61 Trl", "County Road 12 St"): only right after a road word. */
const ROAD_NUMBER = String.raw`(?<=(?:[Hh]ighway|HIGHWAY|[Hh]wy|HWY|[Rr]oad|ROAD|[Rr]oute|ROUTE|[Rr]te|RTE|[Rr]d|RD|[Ff]arm [Rr]oad)[ \t])\d{1,4}[A-Za-z]?`;
/** Words after a street's first word: a Romance particle inside a name ("Calle del Sol Street") or a road's number. */
const STREET_WORD_INNER = String.raw`(?:${STREET_WORD}|${ROAD_NUMBER}|(?:de|del|la|las|los|da|do|dos|das|van|von|le)(?=[ \t][A-Z\u00C0-\u00DE]))`;
const UNIT_WORDS = ['apt', 'apartment', 'unit', 'suite', 'ste', 'fl', 'floor', 'bldg', 'building', 'rm', 'room', 'lot', 'trlr', 'trailer', 'space', 'spc'];
const UNIT_START = String.raw`(?:${anyCase(UNIT_WORDS)}\b|#)`;
/** Where an address that ends in an ambiguous suffix may stop: punctuation, the end of the line, a unit, a state or a ZIP, a lower-case word. */
// A lower-case word may follow ("42 Wallaby Way with her sister", "12 Elm St in Towson"); a capitalised one may not
// ("St. Agnes", "Dr. Smith").
const ADDRESS_END = String.raw`(?=\s*[,;)\n]|\s*$|\s+(?:${UNIT_START}|${STATE_ABBR},?\s{1,2}\d{5}\b|\d{5}\b|(?:[A-Z][A-Za-z'-]+\s?){1,3},\s?(?:${STATE_ABBR}|${STATE_NAME})\b)|\.?\s+[a-z]|\.\s*$)`;
// A building may carry a letter and then its own unit: "Bldg C #326", "Building 4, Apt 12".
const UNIT = String.raw`(?:bldg|building)\.?\s?[A-Za-z0-9-]{1,4},?\s(?:#|apt|apartment|unit|suite|ste|rm|room|fl|floor)\.?\s?#?\s?[A-Za-z0-9-]*\d[A-Za-z0-9-]*|(?:apt|apartment|unit|suite|ste|#|fl|floor|bldg|building|rm|room|lot|trlr|trailer|space|spc)\.?\s?#?\s?[A-Za-z0-9-]*\d[A-Za-z0-9-]*|(?:apt|apartment|unit|suite|ste)\.?\s?#?\s?[A-Za-z]\b`;
/**
 * USPS Publication 28 suffixes beyond the lists above (uspsSuffixes.ts): names in Title case only ("Tamsworth Knoll", "Old
 * Mill Cove"; an all-caps note writes "LAPS AROUND NURSES STATION" in prose), and the standard abbreviations that are no
 * English or clinical token ("Gdns", "Lndg", "Holw") in Title case or, at an address's end, in any case.
 */
const PUB28_TITLE_NAMES = PUB28_STREET_NAMES.filter((n) => !HARD_SUFFIXES.includes(n) && !SOFT_SUFFIXES.includes(n));
const PUB28_ABBREVIATIONS = PUB28_DISTINCT_ABBREVIATIONS.filter((a) => !ABBREVIATED_SUFFIXES.includes(a));
/** Pub 28 abbreviations read in Title case only: in capitals they are clinical ("HL" Hodgkin lymphoma, "LK", "STA"). */
const PUB28_TITLE_ABBREVIATIONS = ['hl', 'hls', 'lk', 'lks', 'riv', 'sta', 'grn', 'grns'];
const SUFFIX_ANY = String.raw`(?:${[...new Set([...HARD_SUFFIXES, ...SOFT_SUFFIXES, ...ABBREVIATED_SUFFIXES, ...PUB28_ALL])].sort((a, b) => b.length - a.length).join('|')})`;
const ALL_SUFFIX_TRIGGERS = [...new Set([...HARD_SUFFIXES, ...SOFT_SUFFIXES, ...ABBREVIATED_SUFFIXES, ...PUB28_TITLE_NAMES, ...PUB28_ABBREVIATIONS,
  ...PUB28_TITLE_ABBREVIATIONS])];

/** One to three capitalised (or all-caps) words, with Romance particles between them: "Maple Ridge", "de la Cruz", "SANTA FE". */
const PROPER_WORDS = String.raw`(?:\p{Lu}[\p{L}'’-]*)(?:[ \t](?:(?:de|del|la|los|das|dos|do|da|DE|DEL|LA)[ \t])?\p{Lu}[\p{L}'’-]*){0,2}`;

/**
 * The post town a UK or Canadian address line puts right before its postcode ("Leeds LS6 3EX", "KESTREL BAY K1A 0B1"):
 * one to three capitalised words at the start of the line or after a comma, so a label ("Address:") is never taken;
 * the first has three letters or more, so a US state code ("IL") before a postcode is not read as a town.
 */
const TOWN_BEFORE_POSTCODE = String.raw`(?:(?<=^|\n[ \t]*|,[ \t]{0,2})\p{Lu}[\p{L}'’.-]{2,}(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}[ \t]{1,2}(?=[A-Z][A-Z\d]{1,3} \d[A-Z]))?`;

/**
 * A US mailing-address line in any case: house number, street words, USPS suffix, unit (glued "ter#2" or after a comma),
 * town, state and ZIP, commas with or without spaces or no commas at all ("3157 mill farm ave de land nc 51388"). Group 1 is street to town, group 2 the ZIP; the state between
 * is not PHI. ZIP+4 may be printed without its hyphen.
 */
const ADDRESS_LINE = String.raw`\b([1-9]\d{0,5}[a-z]?[ \t](?:[a-z0-9'.-]+[ \t]){0,3}?(?:${SUFFIX_ANY})\b\.?(?:[ \t]?(?:#|(?:apt|unit|suite|ste)\.?[ \t]?#?)[ \t]?[a-z0-9-]{1,6})?(?:[ \t]?,[ \t]?(?:#|(?:apt|unit|suite|ste)\.?[ \t]?#?)[ \t]?[a-z0-9-]{1,6})?(?:[ \t]?,[ \t]?|[ \t]{1,2})[a-z][a-z .'-]{1,30}?)(?:[ \t]?,[ \t]?|[ \t]{1,2})${STATE_ABBR}\.?[ \t]?,?[ \t]?(\d{5}(?:-?\d{4})?)(?![0-9])`;

/**
 * Where a note names a street without a house number (issue 9, session 10): a residence cue ("lives on", "lives off of",
 * "resides on"), a meeting point ("corner of", "intersection of") or "off of". The street after it is PHI (a geographic
 * unit smaller than a state) with a suffix in any case, or in Title case without one.
 */
// Only the verbs of residing: "sent home on Azithromycin", "stays on Coumadin" name a drug in Title case.
const STREET_CUE = String.raw`(?:(?:lives?|living|lived|resides?|residing|resided|LIVES?|LIVING|RESIDES?)[ \t](?:(?:out|over|down|up|just|OUT|DOWN|UP)[ \t])?(?:on|ON|off(?:[ \t](?:of|from))?|OFF(?:[ \t](?:OF|FROM))?)|(?:corner|intersection|CORNER|INTERSECTION|Corner|Intersection)[ \t](?:of|OF))[ \t](?:(?:the|THE)[ \t])?`;
/**
 * "off of", and a home, trailer or stay "on" or "off", name a street only with its suffix: "weaned off of Levophed",
 * "sent home on Azithromycin" name a drug in Title case.
 */
const OFF_OF_CUE = String.raw`(?:(?:(?:off|Off|OFF)|(?:house|home|trailer|apartment|stays?|staying|HOME)[ \t](?:on|ON|off|OFF))[ \t](?:of|OF)?[ \t]?)(?:(?:the|THE)[ \t])?`;
/** Suffixes read in lower case after a street cue: the full names and abbreviations a lower-case note writes. */
const CUE_LOWER_SUFFIXES = [...HARD_SUFFIXES, 'way', 'court', 'circle', 'trail', 'loop', 'ridge', 'hollow', 'crossing', 'st', 'ave', 'rd', 'blvd', 'ln',
  'dr', 'ct', 'cir', 'pkwy', 'hwy', 'trl', 'ter', 'xing'];
/** A Title-case street word or a numbered street ("Tamsworth", "5th"). */
const CUE_TITLE_WORD = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z'’-]+)`;
const CUE_TITLE_SUFFIX = titleCase([...SOFT_SUFFIXES, ...PUB28_TITLE_NAMES, ...HARD_SUFFIXES, ...UNAMBIGUOUS_ABBREVIATIONS, ...PUB28_ABBREVIATIONS, 'st', 'dr', 'ct', 'pl']);
/** What a Title-case street name without a suffix is followed by: a cross street, the clause's end, or a preposition. */
const CUE_STREET_END = String.raw`(?=[ \t](?:and|&|\/)[ \t]|[ \t]*[,.;)\n]|[ \t]+(?:with|near|in|by|where|at|and|since|for|behind|across)\b|[ \t]*$)`;
/**
 * A street named after a cue: Title-case words ending in a suffix, lower-case words ending in a suffix, or one or two
 * Title-case words without a suffix that end the clause or meet a cross street.
 */
const CUE_STREET_SUFFIXED = String.raw`(?:${CUE_TITLE_WORD}[ \t]){1,3}${CUE_TITLE_SUFFIX}\b\.?|(?:(?!(?:a|an|her|his|their|my|our|your|its|own|no)[ \t]|${FUNCTION}[ \t])[a-z][a-z'’-]*[ \t]){1,3}(?:${CUE_LOWER_SUFFIXES.join('|')})\b\.?`;
const CUE_STREET = String.raw`${CUE_STREET_SUFFIXED}|${CUE_TITLE_WORD}(?:[ \t]${CUE_TITLE_WORD})?${CUE_STREET_END}`;
/** Things people live on or come off of that are written in Title case: income, programmes and drugs, not streets. */
const NOT_STREET_RE = /^(?:Social|Security|SSI|SSDI|Medicaid|Medicare|Disability|Welfare|Section|Public|Assistance|Oxygen|Dialysis|Hospice|Campus|Base|Post|Reservation|Her|His|Their|My|Our|Your|Own|The)\b/;

function streetAfterCue(v: string): boolean {
  if (NOT_STREET_RE.test(v)) return false;
  return true;
}

export const ADDRESS_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'address.street',
    type: 'ADDRESS',
    description: 'house number, optional directional, one to four capitalised street words and a USPS suffix, optional directional: 42 Wallaby Way, 400 E. 34th Street, 1600 Pennsylvania Ave NW',
    // One to four street words, as before the name grammar took particles and road numbers, parted by spaces: a house
    // number and its street share a line ("RR 5 Box 981⏎Owl Creek 26577" is a box line, then the town) and a cell
    // ("2⇥SOB⇥Cuauhtli de Villaseñor⇥CT" is a table row).
    pattern: String.raw`\b${HOUSE_NUMBER}[ \t](?:${DIRECTIONAL}\s)?${STREET_WORD} (?:${STREET_WORD_INNER} ){0,3}(?:${anyCase(HARD_SUFFIXES)}\b(?:\.?\s${DIRECTIONAL}(?=[\s,.;]|$))?|(?:${titleCase([...SOFT_SUFFIXES, ...PUB28_TITLE_NAMES])}|${titleCase([...UNAMBIGUOUS_ABBREVIATIONS, ...PUB28_ABBREVIATIONS, ...PUB28_TITLE_ABBREVIATIONS])}\.?)\b(?:\s${DIRECTIONAL}\b)?|(?:${upperCase(SOFT_SUFFIXES)}\b|${anyCase([...ABBREVIATED_SUFFIXES, ...PUB28_ABBREVIATIONS])}\b\.?)(?:\s${DIRECTIONAL})?${ADDRESS_END})`,
    flags: 'gm',
    triggers: ALL_SUFFIX_TRIGGERS,
  },
  {
    name: 'address.street-with-unit',
    type: 'ADDRESS',
    description: 'house number, street words in any case and a USPS suffix followed by a floor, basement or apartment, the unit included: 1127 winter ct 2nd fl, 490 bayberry street basement apt, 1309 bayberry dr. 3rd floor',
    // The unit after the suffix is what says "address" where the words are in lower case: a dose or count is never
    // followed by a street suffix and then a floor.
    pattern: String.raw`\b${HOUSE_NUMBER}[ \t](?:(?!${FUNCTION}[ \t])(?:[A-Za-z\u00C0-\u024F'-]+\.?|${ROAD_NUMBER})[ \t]){1,4}(?:${anyCase([...HARD_SUFFIXES, ...SOFT_SUFFIXES, ...ABBREVIATED_SUFFIXES])})\b\.?,?[ \t](?:(?:ground|first|second|third|top|\d{1,2}(?:st|nd|rd|th))[ \t](?:fl\b\.?|floor\b)|(?:fl\b\.?|floor)[ \t]?\d{1,2}\b|(?:basement|bsmt|rear|upper|lower)\b(?:[ \t](?:apt|unit)\b\.?)?|(?:apt|unit|suite|ste)\b\.?[ \t]?#?[ \t]?[A-Za-z0-9-]{1,5}\b)`,
    flags: 'gi',
    triggers: [...HARD_SUFFIXES, ...SOFT_SUFFIXES, ...ABBREVIATED_SUFFIXES],
  },
  {
    name: 'address.line',
    type: 'ADDRESS',
    description: 'street, unit and town of a US mailing-address line ending in a state and ZIP, any case, commas with or without spaces, a unit glued or not: 1794 degroff ave, apopka, wa, 74720; 1177 walnut ter#2,shelbiana,mi 600182345; 4591 TOOMBS DR, APT 23C, MINTO, NC, 18904',
    pattern: ADDRESS_LINE,
    flags: 'gi',
    group: 1,
    triggers: ['#zip5', '#digits9'],
  },
  {
    name: 'address.line.zip',
    type: 'ADDRESS',
    description: 'the ZIP or run-together ZIP+4 ending such a line (the state between stays: it is not PHI): 1177 walnut ter#2,shelbiana,mi 600182345',
    pattern: ADDRESS_LINE,
    flags: 'gi',
    group: 2,
    triggers: ['#zip5', '#digits9'],
  },
  {
    name: 'address.street.lower',
    type: 'ADDRESS',
    description: 'a street address written in lower case after a residence cue: lives at 10470 oak avenue, 4620 cedar st. unit 24',
    pattern: String.raw`\b${HOUSE_NUMBER}\s(?:(?!${FUNCTION}\s)(?:[a-z][a-z'-]*\.?|${ROAD_NUMBER})\s){1,4}(?:street|avenue|road|boulevard|drive|lane|parkway|highway|terrace|st|ave|rd|blvd|ln|dr|ct|pl|pkwy|hwy|cir|ter|trl|circle|court|trail|place|row|loop|pike|way|crossing|xing|run|path)\b\.?(?:,?\s(?:unit|apt|apartment|suite|ste|trlr|trailer|lot|rm|room|space|spc|#)\.?\s?#?\s?[a-z0-9-]*\d[a-z0-9-]*)?`,
    flags: 'gm',
    triggers: ['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'parkway', 'highway', 'terrace', 'st', 'ave', 'rd', 'blvd', 'ln', 'dr', 'ct', 'pl',
      'pkwy', 'hwy', 'cir', 'ter', 'trl', 'circle', 'court', 'trail', 'place', 'row', 'loop', 'pike', 'way', 'crossing', 'xing', 'run', 'path'],
    // Prose has numbers before such words too ("2 lane road", "at 6 months we"): it must follow a residence cue or a
    // care-of name ("mail c/o marla quill, 24 fox hollow ln"), and no street word may itself be a suffix.
    validate: (v, c) => !/^\S+\s+(?:lane|road|way|drive|street)\s/i.test(v) &&
      /\b(?:lives?|living|resides?|residing|moved|address|located|mail(?:ing)?|home|house|trailer|apartment)\b[^.\n]{0,24}\b(?:at|to|on|in|is)\s$|address:?\s$|\bc\/o\b[^\n.;]{0,40},\s?$/i.test(c.text.slice(Math.max(0, c.start - 48), c.start)),
  },
  {
    name: 'address.street-name.after-cue',
    type: 'ADDRESS',
    description: 'a street named without a house number after a residence or meeting-point cue: lives on Tamsworth Road, lives off of County Line Rd, resides on Dunmore, corner of Ashcombe and Quillfeather, off of Marrowby Pike, lives on bramblecot road',
    pattern: String.raw`\b(?:${STREET_CUE}(${CUE_STREET})|${OFF_OF_CUE}(${CUE_STREET_SUFFIXED}))`,
    flags: 'gu',
    group: 'last',
    triggers: ['lives', 'live', 'living', 'lived', 'resides', 'reside', 'residing', 'resided', 'stays', 'stay', 'staying', 'house', 'home', 'trailer',
      'apartment', 'corner', 'intersection', 'off'],
    anchored: true,
    validate: streetAfterCue,
    refine: (c) => {
      const v = c.text.slice(c.start, c.end).replace(/\.$/, '');
      return { start: c.start, end: c.start + v.length };
    },
  },
  {
    name: 'address.street-name.cross',
    type: 'ADDRESS',
    description: 'the cross street of an intersection after "corner of" or "intersection of": corner of Ashcombe and Quillfeather, intersection of 5th & Vine',
    pattern: String.raw`\b(?:corner|intersection|CORNER|INTERSECTION|Corner|Intersection)[ \t](?:of|OF)[ \t](?:(?:the|THE)[ \t])?(?:${CUE_STREET})[ \t](?:and|&|\/)[ \t](?:(?:the|THE)[ \t])?(${CUE_STREET})`,
    flags: 'gu',
    group: 1,
    triggers: ['corner', 'intersection'],
    anchored: true,
    validate: streetAfterCue,
  },
  {
    name: 'address.street.numbered',
    type: 'ADDRESS',
    description: 'house number on a numbered street, any suffix and case: 6515 28th St. South, 400 E 34th Street',
    // Full suffixes in any case; abbreviations capitalised ("2 4th rd doses" is prose).
    pattern: String.raw`\b[1-9]\d{0,5}[A-Za-z]?\s(?:${DIRECTIONAL}\s)?\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)\s(?:${anyCase(['street', 'avenue', 'road', 'boulevard', 'drive', 'place', 'lane', 'court', 'terrace', 'way'])}|${titleCase(['st', 'ave', 'rd', 'blvd', 'dr', 'pl', 'ln', 'ct', 'ter', 'hwy', 'pkwy', 'cir'])}|${upperCase(['st', 'ave', 'rd', 'blvd', 'dr', 'pl', 'ln', 'ct', 'ter', 'hwy', 'pkwy', 'cir'])})\b\.?(?:\s${DIRECTIONAL}\b)?`,
    flags: 'g',
    triggers: ['#ordinal'],
  },
  {
    name: 'address.route',
    type: 'ADDRESS',
    description: 'house number on a numbered road, optional letter or directional after the road number: 5489 Route 278, 8589 Highway 295, 2813 County Road 197, 2519 County Rd 43A, 5488 County Rd 232 N, 209 Rt. 280 (not "HR 96 SR -110")',
    pattern: String.raw`\b[1-9]\d{0,5}[A-Za-z]?\s(?:${anyCase(['route', 'highway', 'county road', 'county rd', 'state route', 'state highway', 'us route', 'us highway', 'farm to market road', 'ranch road'])}\.?|Rte\.?|RTE|rte\.?|Rt\.?|RT\.?|rt\.?|Hwy\.?|HWY|hwy\.?)\s?\d{1,4}[A-Za-z]?\b(?:\s[NSEW]\b)?`,
    flags: 'gm',
    triggers: ['route', 'highway', 'county', 'state', 'us', 'rte', 'rt', 'hwy', 'farm', 'ranch'],
  },
  {
    name: 'address.unit',
    type: 'ADDRESS',
    description: 'apartment, unit or suite after a street suffix or a comma: Apt 3B, Suite 200, #12',
    pattern: String.raw`\b${SUFFIX_ANY}\.?,?\s(${UNIT})\b`,
    group: 1,
    triggers: [...new Set([...ALL_SUFFIX_TRIGGERS, ...PUB28_ALL])],
    anchored: true,
    // A unit follows a street address: a house number and a capitalised street name stand before the suffix ("row #5" is not one).
    // The street's words stand on one line, parted by spaces: tab-separated table cells are no street ("2⏎ABD PN⏎IBARRA⏎CT").
    validate: (_v, c) => /\b[1-9]\d{0,5}(?:[A-Za-z]|-[A-Za-z]|½)? +(?:[A-Z0-9][\w'.-]* +|(?:de|del|la|los|las) +){1,5}$/.test(c.text.slice(Math.max(0, c.match.index - 60), c.match.index)),
  },
  {
    name: 'address.unit.standalone',
    type: 'ADDRESS',
    description: 'an apartment, flat or suite number on its own: Apt. #4C, Apartment 12, Ste 210, Flat 5',
    // "Flat" is the British apartment, capitalised only: "T waves flat 2 leads" is prose.
    pattern: String.raw`\b(?:apt|apartment|suite|ste|Flat|FLAT)\.?\s?#?\s?[A-Za-z]?\d{1,5}[A-Za-z]?\b`,
    triggers: ['apt', 'apartment', 'suite', 'ste', 'flat'],
    // A flat is written "Flat 5, 89 Oak Road": capitalised, no full stop, a comma after ("SOB WHILE FLAT. 100%" is posture).
    validate: (v, c) => !/^flat/i.test(v) || (/^(?:Flat|FLAT) [A-Za-z]?\d/.test(v) && c.text.charAt(c.end) === ','),
  },
  {
    name: 'address.pobox',
    type: 'ADDRESS',
    description: 'post-office box, with a rural delivery tail: P.O. Box 123, PO Box 77, Post Office Box 9, POB 12, Box 430, General Delivery, Box 12, Star Route',
    pattern: String.raw`\b(?:p\.?\s?o\.?\s?box|post\s?office\s?box|pob|box)\s?#?\s?\d{1,6}\b(?:,?\s(?:general\sdelivery|star\sroute|hcr\s?\d{1,3})\b)?`,
    triggers: ['box', 'pob', 'po', 'p', 'post'],
    anchored: true,
    // A bare "Box 12" is an address after a residence or mail cue or with its delivery tail ("Box 430, General Delivery").
    validate: (v, c) => !/^box/i.test(v) || /delivery|route|hcr/i.test(v) ||
      /\b(?:rr|hc|route|rural|address|mail|addr|home|lives?\sat|resides?\sat)\b[^\n]{0,20}$/i.test(c.text.slice(Math.max(0, c.start - 30), c.start)),
  },
  {
    name: 'address.rural-route',
    type: 'ADDRESS',
    description: 'rural route or highway contract address: RR 2 Box 15, Rural Route 3, HC 1 Box 22, HCR 42 Box 117',
    pattern: String.raw`\b(?:rr|r\.\s?r\.|rural\s?route|hcr?|highway\s?contract(?:\s?route)?)\s?#?\s?\d{1,4}(?:,?\s?box\s?#?\s?\d{1,6})?\b`,
    triggers: ['rr', 'r', 'rural', 'hc', 'hcr', 'highway'],
    anchored: true,
    // "RR 18" is a respiratory rate and "HC 34" a head circumference unless a box number follows or it is spelled out.
    validate: (v) => /box|rural|contract|r\.\s?r\.|#/i.test(v),
  },
  {
    name: 'address.street.head-first',
    type: 'ADDRESS',
    description: 'a Spanish or Portuguese street line, street word first and number after, with its neighbourhood: Calle Hidalgo 579, Col. Centro; Rua Augusta 1200; Av. Juárez #45',
    pattern: String.raw`\b(?:${anyCase(['calle', 'avenida', 'rua', 'carrera', 'camino', 'paseo', 'privada', 'calzada', 'travessa', 'alameda'])}|Av\.|AV\.|Avda\.)\s${PROPER_WORDS}\s(?:#\s?|No\.\s?|n\.?º\s?)?\d{1,5}[A-Za-z]?\b(?:,?\s(?:Col\.|COL\.|Colonia|COLONIA|Bairro|BAIRRO|Barrio|BARRIO)\s${PROPER_WORDS})?`,
    flags: 'gu',
    triggers: ['calle', 'avenida', 'rua', 'carrera', 'camino', 'paseo', 'privada', 'calzada', 'travessa', 'alameda', 'av', 'avda'],
  },
  {
    name: 'location.facility-head-first',
    type: 'LOCATION',
    description: 'a facility or church named head first, as Spanish, Portuguese and French write them: Hospital Universitário Ashgrove, Clínica Santa Fe, Iglesia Cristiana Betel, Hôpital Saint-Louis',
    // Only heads that are not English words, or "Hospital" with a Romance adjective: "Hospital Course" is a heading.
    pattern: String.raw`\b(?:Cl[ií]nica|CL[IÍ]NICA|Policl[ií]nica|Hôpital|HÔPITAL|Sanatorio|Hospital\s(?:Universit[aá]ri[oa]|Universitario|General\sde|Regional\sde|de\sla|del|de|das|dos|do|da|S[ãa]o|Santa|San)|HOSPITAL\s(?:UNIVERSIT[AÁ]RI[OA]|DE|DEL|DA|DO)|Centro\s(?:M[ée]dico|de\sSa[uú]de|de\sSalud)|Iglesia(?:\s(?:Cristiana|Bautista|Evang[ée]lica|Cat[oó]lica|Pentecostal))?|IGLESIA(?:\s[A-Z]+)?|Igreja)\s${PROPER_WORDS}`,
    flags: 'gu',
    triggers: ['clínica', 'clinica', 'policlínica', 'policlinica', 'hôpital', 'hopital', 'sanatorio', 'hospital', 'centro', 'iglesia', 'igreja'],
  },
  {
    name: 'zip.state',
    type: 'ADDRESS',
    description: 'ZIP or ZIP+4 after a state abbreviation or name, hyphen or space before the +4: MD 21204, Maryland 21204-1234, PA 12105 1752',
    // ZIP+4 with a space instead of the hyphen ("PA 12105 1752") is how forms and OCR print it.
    pattern: String.raw`\b(?:${STATE_ABBR}|${STATE_NAME}),?\s{1,2}(\d{5}(?:-\d{4}|\s\d{4}(?![0-9]))?)\b`,
    flags: 'g',
    group: 1,
    triggers: ['#zip5'],
  },
  {
    name: 'zip.state-any-case',
    type: 'ADDRESS',
    description: 'ZIP after a state typed in capitals or lower case: TEXAS 34188, vermont 31362, spurlockville,tn 85661',
    // A spelled-out state in any case; a two-letter code in any case only after a comma or a word ("de land nc 51388")
    // and only where the code is not also an English word ("or", "in", "me", "ok", "hi", "oh", "pa"…).
    pattern: String.raw`(?:\b${STATE_NAME}|,[ \t]?${STATE_ABBR_NOT_WORDS}|(?<=[A-Za-z][ \t])${STATE_ABBR_NOT_WORDS}),?\s{1,2}(\d{5}(?:-\d{4}|\s\d{4}(?![0-9]))?)(?![\d\-\/.]\d)\b`,
    flags: 'gi',
    group: 1,
    triggers: ['#zip5'],
  },
  {
    name: 'zip.labelled',
    type: 'ADDRESS',
    description: 'ZIP code after its label: ZIP: 21204, postal code 21204-1234',
    pattern: String.raw`\b(?:zip|zip\s?code|zipcode|postal\s?code)\s{0,3}[:\-#]?\s{0,3}(\d{5}(?:-\d{4})?)\b`,
    group: 1,
    triggers: ['zip', 'zipcode', 'postal'],
    anchored: true,
  },
  {
    name: 'postcode.uk',
    type: 'ADDRESS',
    description: 'UK postcode in capitals with its space (Royal Mail format A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA), with the post town written before it on the line: SW1A 1AA, Leeds LS6 3EX',
    // The inward code never uses C, I, K, M, O or V; the space is required so run-together codes such as TNM
    // staging ("T2N0M0") and lab tokens are never read as postcodes.
    pattern: String.raw`${TOWN_BEFORE_POSTCODE}(?<![0-9A-Za-z])[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]? \d[ABD-HJLNP-UW-Z]{2}(?![0-9A-Za-z])`,
    flags: 'gu',
  },
  {
    name: 'postcode.canada',
    type: 'ADDRESS',
    description: 'Canadian postal code in capitals with its space (Canada Post format A9A 9A9, no D F I O Q U), with the municipality before it: K1A 0B1, Toronto M5V 3L9',
    pattern: String.raw`${TOWN_BEFORE_POSTCODE}(?<![0-9A-Za-z])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d(?![0-9A-Za-z])`,
    flags: 'gu',
  },
  {
    name: 'zip.plus4',
    type: 'ADDRESS',
    description: 'ZIP+4 written alone: 21204-1234',
    pattern: String.raw`(?<![0-9\-\/.])\d{5}-\d{4}(?![0-9]|[\-\/.]\d)`,
    triggers: ['#zip5'],
    anchored: true,
  },
  {
    name: 'location.town-after-street',
    type: 'LOCATION',
    description: 'town between a street or box line and its ZIP, with or without a state, any case, whatever its words: 17283 West Fourth Lane, Paradise 73798-9872; 9370 FERRY DR, HOPE 14601; 12419 n canal trail, eureka, montana 25016',
    pattern: String.raw`,[ \t]{1,2}(\p{L}[\p{L}'’.\-]*(?:[ \t]\p{L}[\p{L}'’.\-]*){0,3}?),?[ \t]{1,2}(?:(?:${STATE_ABBR}|${STATE_NAME}),?[ \t]{1,2})?\d{5}(?:-?\d{4})?(?!\d)`,
    flags: 'giu',
    group: 1,
    triggers: ['#zip5'],
    // The line holds a street number or a box before the comma ("17283 West Fourth Lane,", "Box 229,"); the town's words are
    // capitalised, all capitals or all lower case like the line, joined by at most one lower-case connector ("Truth or Consequences").
    validate: (v, c) => townAfterStreet(v, c.text, c.start, c.match.index),
  },
  {
    name: 'zip.after-street-town',
    type: 'ADDRESS',
    description: 'ZIP after a town that follows a street or box line, without a state: 24805 Calle del Sol Cir, Lodi 11342; 9370 FERRY DR, HOPE 14601',
    pattern: String.raw`,[ \t]{1,2}(\p{L}[\p{L}'’.\-]*(?:[ \t]\p{L}[\p{L}'’.\-]*){0,3}?),?[ \t]{1,2}(\d{5}(?:-?\d{4})?)(?!\d)`,
    flags: 'giu',
    group: 2,
    triggers: ['#zip5'],
    // The same line test as the town's: a street number or a box before the comma, the town shaped like the line.
    // A count with its unit after it ("12 units, Insulin 10000 units") is a dose, not a ZIP.
    validate: (_v, c) => !/^[ \t]?(?:units?|u\b|iu|mg|mcg|ml|copies|cells|%)/i.test(c.text.slice(c.end, c.end + 8)) &&
      townAfterStreet(c.match[1], c.text, c.match.index + c.match[0].indexOf(c.match[1], 1), c.match.index),
  },
  {
    name: 'location.city-state',
    type: 'LOCATION',
    description: 'town before a state and ZIP: Towson, MD 21204',
    pattern: String.raw`\b([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+(?:\s[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+){0,2}),?\s(?=(?:${STATE_ABBR}|${STATE_NAME}),?\s{1,2}\d{5}\b)`,
    flags: 'g',
    group: 1,
    triggers: ['#zip5'],
  },
];

/** The town between a street or box line and its ZIP: the line holds a street number or a box, the town is shaped like the line. */
function townAfterStreet(v: string, text: string, start: number, matchIndex: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, matchIndex);
  if (!/(?:^|[^\p{L}\p{N}])\d{1,6}[a-z]?[ \t]+\p{L}|\bbox[ \t]#?\d/iu.test(before)) return false;
  // A state is not PHI under Safe Harbor: ", KY 18218" names no town.
  if (STATE_ONLY_RE.test(v)) return false;
  const words = v.split(/[ \t]+/);
  const lower = words.every((w) => w === w.toLowerCase());
  const lowerLine = before === before.toLowerCase();
  if (lower) return lowerLine;
  return words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && k < words.length - 1 && /^(?:or|of|on|the|de|la|du)$/.test(w)));
}
