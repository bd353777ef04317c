// Owns the session-12 issued-number shapes and cues (issue 9, wave 2): identifiers whose letter prefix is part of the
// number as printed ("MCT 124.2819", "DIS/93704/Z": a case, call or registration number of a program's own series),
// state boat registrations (33 CFR 174.23: the state's postal code, up to four digits, up to two letters), trunk-prefixed
// eleven-digit phone numbers grouped 4-3-4 (the national form of mobile numbers that start with a 0 trunk digit), the
// Latin age cue ("aet. 93", aetatis: "at the age of") and public venues named by a proper name and a venue head noun.
import type { MatchContext, PatternRecognizerDef } from './types';

const OVER_89 = String.raw`(?:9\d|1[0-2]\d)`;

/** US state and territory postal codes: the first group of a state boat registration number (33 CFR 174.23). */
export const STATE_CODES: readonly string[] = ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
  'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP').split(' ');
const STATES = STATE_CODES.join('|');
/** Two letters after a number that are a unit or a time, not a registration's letter suffix ("IN 1000 ML", "OK 1200 HR"). */
const UNIT_SUFFIXES: ReadonlySet<string> = new Set(['ml', 'mg', 'kg', 'mm', 'cm', 'hr', 'hs', 'iu', 'cc', 'gm', 'mcg', 'am', 'pm', 'ms', 'mu', 'ft', 'in',
  'lb', 'oz', 'dl', 'ul', 'mi', 'km', 'yr', 'wk', 'bd', 'qd', 'st', 'nd', 'rd', 'th']);
/** Words near a lower-case registration that say it is one (a boat, vessel or vehicle field). */
const VESSEL_CUE_RE = /\b(?:boat|vessel|hull|skiff|registration|reg|vehicle|craft)\b[^\n]{0,24}$/i;

/**
 * Letter prefixes that open a clinical reading, not a number's series ("BP 1200/80" would be a typo of a reading; "INR
 * 2.5", "FEV1"): a prefixed identifier never starts with one.
 */
export const CLINICAL_PREFIXES: ReadonlySet<string> = new Set(['bp', 'hr', 'rr', 'inr', 'fev', 'fvc', 'wbc', 'rbc', 'hgb', 'hct', 'plt', 'bun', 'psa', 'ldl', 'hdl',
  'tsh', 'ef', 'lvef', 'map', 'cvp', 'sbp', 'dbp', 'ptt', 'pt', 'abg', 'vbg', 'peep', 'fio', 'tv', 'ic', 'gfr', 'egfr', 'ck', 'crp', 'esr', 'ast', 'alt',
  'ldh', 'bnp', 'cpt', 'icd', 'drg', 'dob', 'dos', 'doa', 'tid', 'bid', 'qid', 'prn', 'iv', 'po', 'im', 'sq', 'gcs', 'nihss', 'pain', 'ua', 'ins', 'mg', 'ml', 'am', 'pm']);

/** The identifier has a run of four or more digits and five digits in all: readings and ratios are shorter. */
function seriesNumber(v: string): boolean {
  const digits = v.replace(/\D/g, '').length;
  return digits >= 5 && /\d{4}/.test(v);
}

/** A date after a word ("MRI 2021.03.04", "visit 12/05/2024") is the date recognizers' to read. */
const DATE_BODY_RE = /^(?:(?:19|20)\d{2}[./]\d{1,2}(?:[./]\d{1,2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[./](?:19|20)\d{2})$/;
/** A phone number after a name in capitals ("PARKS 670.911.0157") is the phone recognizers' to read. */
const PHONE_BODY_RE = /^\d{3}[./]\d{3}[./]\d{4}$/;

function prefixedSeries(_v: string, c: MatchContext): boolean {
  const prefix = c.match[1].toLowerCase();
  if (CLINICAL_PREFIXES.has(prefix)) return false;
  const body = c.match[3];
  if (DATE_BODY_RE.test(body) || PHONE_BODY_RE.test(body)) return false;
  // A series number is split by a dot or a slash ("124.2819", "93704/Z"), or glued to its prefix by a slash: a bare
  // "ABC 12345" after a label is the labelled recognizers' to judge.
  const split = /[./]/.test(body) || c.match[2] === '/';
  return split && seriesNumber(body);
}

/**
 * Head nouns of public venues and gathering places, from the OpenStreetMap amenity, leisure and shop tag vocabulary
 * (community_centre "hall", bowling_alley, marketplace, ice_rink, marina, slipway "dock", "lodge" of fraternal orders,
 * "barn" of flea and antique markets, "arcade", "pavilion", "grange", "armory"; tourism=camp_site "campground", leisure=stadium,
 * "arena", and the "grounds" of fairs and rodeos). Lower case; a proper name comes before.
 */
export const VENUE_HEADS: readonly string[] = ['hall', 'dock', 'docks', 'barn', 'alley', 'lanes', 'rink', 'market', 'lodge', 'arcade', 'pavilion',
  'grange', 'armory', 'wharf', 'pier', 'marina', 'boatyard', 'fairgrounds', 'speedway', 'casino', 'bingo', 'tavern', 'saloon', 'pub', 'diner',
  'taproom', 'brewery', 'grounds', 'campground', 'campgrounds', 'arena', 'stadium'];
/** Capitalised words before a venue head that name a kind or a part of a building, not a place ("Town hall", "Dining hall"). */
const GENERIC_VENUE_NAMES: ReadonlySet<string> = new Set(['the', 'town', 'city', 'main', 'dining', 'lecture', 'conference', 'residence', 'great',
  'grand', 'north', 'south', 'east', 'west', 'upper', 'lower', 'central', 'old', 'new', 'farmers', 'flea', 'super', 'county', 'state', 'music',
  'bowling', 'ferry', 'loading', 'dance', 'pool', 'skating', 'ice', 'roller', 'fish', 'fishing', 'night', 'food', 'boat', 'a', 'an', 'his', 'her', 'their',
  'our', 'my', 'this', 'that', 'same', 'local', 'church', 'mess', 'study', 'this']);
/** One lower-case word (or a short acronym) between the name and the head: "bowling alley", "ferry dock", "VFW hall", "flea barn". */
const VENUE_MODIFIER = String.raw`(?:[a-z]{3,12}|[A-Z]{2,4})`;
/** The positions a venue stands in: after a place preposition or a list's "and" ("met at", "drives to", "near"), never a sentence's first word. */
const VENUE_POSITION_RE = /\b(?:at|to|from|near|behind|outside|inside|in|and|by|via|toward|towards|past|around)[ \t]+$/i;
const VENUE_HEAD = [...VENUE_HEADS].sort((a, b) => b.length - a.length).join('|');

export const ISSUED_SHAPE_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'age.over89.latin',
    type: 'AGE',
    description: 'an age of 90–129 after the Latin age cue "aet." (aetatis, "at the age of"): aet. 93, aetat 101, AET 97',
    pattern: String.raw`\b(?:aet|aetat|aetatis)\.?[ \t]?(${OVER_89})\b`,
    group: 1,
    triggers: ['aet', 'aetat', 'aetatis'],
    anchored: true,
  },
  {
    name: 'vehicle.boat-registration',
    type: 'VEHICLE',
    description: 'a state boat registration number (33 CFR 174.23: state postal code, up to four digits, up to two letters, spaces or hyphens): CT 8118 JH, ME-6144-RY',
    pattern: String.raw`\b(?:${STATES})([ \-])\d{3,4}\1([A-Z]{2})\b`,
    flags: 'g',
    triggers: STATE_CODES.map((s) => s.toLowerCase()),
    anchored: true,
    validate: (_v, c) => !UNIT_SUFFIXES.has(c.match[2].toLowerCase()),
  },
  {
    name: 'vehicle.boat-registration-cued',
    type: 'VEHICLE',
    description: 'a state boat registration in any case after a boat, vessel or vehicle word: vessel reg ms 5916 ml, Boat: ct 3255 sz',
    pattern: String.raw`\b(?:${STATES})([ \-])\d{3,4}\1[a-z]{2}\b`,
    flags: 'gi',
    triggers: STATE_CODES.map((s) => s.toLowerCase()),
    anchored: true,
    validate: (_v, c) => {
      const cue = VESSEL_CUE_RE.exec(c.text.slice(Math.max(0, c.start - 40), c.start));
      // After a boat word the suffix is the registration's; after "vehicle" (also a compounding base) a unit stays a unit.
      return cue !== null && (!/^vehicle/i.test(cue[0]) || !UNIT_SUFFIXES.has(c.text.slice(c.end - 2, c.end).toLowerCase()));
    },
  },
  {
    name: 'id.prefixed-series',
    type: 'ID',
    description: 'an identifier whose letter prefix is part of the number as printed, its digits split by a dot or slash or glued by a slash: MCT 124.2819, DIS/93704/Z, TBC/2231/07',
    pattern: String.raw`\b([A-Z]{2,5})([ \t]|\/)(\d{2,7}(?:[./]\d{2,7}){0,2}(?:\/[A-Z]{1,2})?)(?![A-Za-z0-9])`,
    flags: 'g',
    validate: prefixedSeries,
  },
  {
    name: 'phone.trunk-434',
    type: 'PHONE',
    description: 'an eleven-digit national phone number with its 0 trunk digit, grouped 4-3-4 by spaces, dots or dashes: 0809 386 5978, 0803-555-0142',
    pattern: String.raw`(?<![\d.\-\/])0[1-9]\d{2}([ .\-])\d{3}\1\d{4}(?![\d.\-\/])`,
    flags: 'g',
  },
  {
    name: 'location.venue',
    type: 'LOCATION',
    description: 'a public venue named by a proper name, an optional kind word and a venue head noun (OpenStreetMap amenity/leisure heads): Cinderford bowling alley, Millstream VFW hall, Poponesset ferry dock',
    pattern: String.raw`(?<![A-Za-z])([A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?)[ \t](?:${VENUE_MODIFIER}[ \t])?(?:${VENUE_HEAD})(?![A-Za-z])`,
    flags: 'g',
    triggers: VENUE_HEADS,
    validate: (_v, c) => VENUE_POSITION_RE.test(c.text.slice(Math.max(0, c.start - 24), c.start)) &&
      !c.match[1].split(/[ \t]/).some((w) => GENERIC_VENUE_NAMES.has(w.toLowerCase())),
  },
];
