// Owns the vendored street-suffix data of the address recognizers: the primary street suffix names of USPS Publication 28
// (Postal Addressing Standards), Appendix C1 "Street Suffix Abbreviations", with the Postal Service standard abbreviation of
// each. Provenance: https://pe.usps.com/text/pub28/28apc_002.htm (a U.S. Government work, public domain), transcribed in
// session 10; only the primary name and its standard abbreviation are kept, not the commonly used variants.

/** [primary suffix name, USPS standard abbreviation], lower case, in the publication's order. */
export const USPS_PUB28_SUFFIXES: readonly (readonly [string, string])[] = [
  ['alley', 'aly'], ['anex', 'anx'], ['arcade', 'arc'], ['avenue', 'ave'], ['bayou', 'byu'], ['beach', 'bch'], ['bend', 'bnd'], ['bluff', 'blf'],
  ['bluffs', 'blfs'], ['bottom', 'btm'], ['boulevard', 'blvd'], ['branch', 'br'], ['bridge', 'brg'], ['brook', 'brk'], ['brooks', 'brks'], ['burg', 'bg'],
  ['burgs', 'bgs'], ['bypass', 'byp'], ['camp', 'cp'], ['canyon', 'cyn'], ['cape', 'cpe'], ['causeway', 'cswy'], ['center', 'ctr'], ['centers', 'ctrs'],
  ['circle', 'cir'], ['circles', 'cirs'], ['cliff', 'clf'], ['cliffs', 'clfs'], ['club', 'clb'], ['common', 'cmn'], ['commons', 'cmns'], ['corner', 'cor'],
  ['corners', 'cors'], ['course', 'crse'], ['court', 'ct'], ['courts', 'cts'], ['cove', 'cv'], ['coves', 'cvs'], ['creek', 'crk'], ['crescent', 'cres'],
  ['crest', 'crst'], ['crossing', 'xing'], ['crossroad', 'xrd'], ['crossroads', 'xrds'], ['curve', 'curv'], ['dale', 'dl'], ['dam', 'dm'], ['divide', 'dv'],
  ['drive', 'dr'], ['drives', 'drs'], ['estate', 'est'], ['estates', 'ests'], ['expressway', 'expy'], ['extension', 'ext'], ['extensions', 'exts'],
  ['fall', 'fall'], ['falls', 'fls'], ['ferry', 'fry'], ['field', 'fld'], ['fields', 'flds'], ['flat', 'flt'], ['flats', 'flts'], ['ford', 'frd'],
  ['fords', 'frds'], ['forest', 'frst'], ['forge', 'frg'], ['forges', 'frgs'], ['fork', 'frk'], ['forks', 'frks'], ['fort', 'ft'], ['freeway', 'fwy'],
  ['garden', 'gdn'], ['gardens', 'gdns'], ['gateway', 'gtwy'], ['glen', 'gln'], ['glens', 'glns'], ['green', 'grn'], ['greens', 'grns'], ['grove', 'grv'],
  ['groves', 'grvs'], ['harbor', 'hbr'], ['harbors', 'hbrs'], ['haven', 'hvn'], ['heights', 'hts'], ['highway', 'hwy'], ['hill', 'hl'], ['hills', 'hls'],
  ['hollow', 'holw'], ['inlet', 'inlt'], ['island', 'is'], ['islands', 'iss'], ['isle', 'isle'], ['junction', 'jct'], ['junctions', 'jcts'], ['key', 'ky'],
  ['keys', 'kys'], ['knoll', 'knl'], ['knolls', 'knls'], ['lake', 'lk'], ['lakes', 'lks'], ['land', 'land'], ['landing', 'lndg'], ['lane', 'ln'],
  ['light', 'lgt'], ['lights', 'lgts'], ['loaf', 'lf'], ['lock', 'lck'], ['locks', 'lcks'], ['lodge', 'ldg'], ['loop', 'loop'], ['mall', 'mall'],
  ['manor', 'mnr'], ['manors', 'mnrs'], ['meadow', 'mdw'], ['meadows', 'mdws'], ['mews', 'mews'], ['mill', 'ml'], ['mills', 'mls'], ['mission', 'msn'],
  ['motorway', 'mtwy'], ['mount', 'mt'], ['mountain', 'mtn'], ['mountains', 'mtns'], ['neck', 'nck'], ['orchard', 'orch'], ['oval', 'oval'],
  ['overpass', 'opas'], ['park', 'park'], ['parkway', 'pkwy'], ['pass', 'pass'], ['passage', 'psge'], ['path', 'path'], ['pike', 'pike'], ['pine', 'pne'],
  ['pines', 'pnes'], ['place', 'pl'], ['plain', 'pln'], ['plains', 'plns'], ['plaza', 'plz'], ['point', 'pt'], ['points', 'pts'], ['port', 'prt'],
  ['ports', 'prts'], ['prairie', 'pr'], ['radial', 'radl'], ['ramp', 'ramp'], ['ranch', 'rnch'], ['rapid', 'rpd'], ['rapids', 'rpds'], ['rest', 'rst'],
  ['ridge', 'rdg'], ['ridges', 'rdgs'], ['river', 'riv'], ['road', 'rd'], ['roads', 'rds'], ['route', 'rte'], ['row', 'row'], ['rue', 'rue'], ['run', 'run'],
  ['shoal', 'shl'], ['shoals', 'shls'], ['shore', 'shr'], ['shores', 'shrs'], ['skyway', 'skwy'], ['spring', 'spg'], ['springs', 'spgs'], ['spur', 'spur'],
  ['square', 'sq'], ['squares', 'sqs'], ['station', 'sta'], ['stravenue', 'stra'], ['stream', 'strm'], ['street', 'st'], ['streets', 'sts'],
  ['summit', 'smt'], ['terrace', 'ter'], ['throughway', 'trwy'], ['trace', 'trce'], ['track', 'trak'], ['trafficway', 'trfy'], ['trail', 'trl'],
  ['trailer', 'trlr'], ['tunnel', 'tunl'], ['turnpike', 'tpke'], ['underpass', 'upas'], ['union', 'un'], ['unions', 'uns'], ['valley', 'vly'],
  ['valleys', 'vlys'], ['viaduct', 'via'], ['view', 'vw'], ['views', 'vws'], ['village', 'vlg'], ['villages', 'vlgs'], ['ville', 'vl'], ['vista', 'vis'],
  ['walk', 'walk'], ['wall', 'wall'], ['way', 'way'], ['ways', 'ways'], ['well', 'wl'], ['wells', 'wls'],
];

/**
 * Names a clinical note puts after a number in Title case as often as a street does ("Level 1 Trauma Center", "3 Vessel
 * Bypass", "Chest 2 View", "Day 2 Hospital Course", "2 Falls", "Grade 2 Heart Block"), or that are units of their own
 * (trailer), numbered roads (route) or everyday words of care (rest, well, light, key, lock): they are no suffix by
 * themselves, only in the mailing-address line that ends in a state and ZIP.
 */
const CLINICAL_LOOKALIKE_NAMES: ReadonlySet<string> = new Set(['center', 'centers', 'club', 'camp', 'union', 'unions', 'port', 'ports', 'key', 'keys',
  'light', 'lights', 'lock', 'locks', 'rest', 'route', 'tunnel', 'underpass', 'overpass', 'wall', 'well', 'wells', 'fall', 'falls', 'land', 'mall', 'ramp',
  'flat', 'flats', 'neck', 'branch', 'bridge', 'course', 'curve', 'divide', 'loaf', 'fork', 'forks', 'forge', 'forges', 'mission', 'radial', 'rapid',
  'rapids', 'spring', 'mount', 'plain', 'plains', 'bottom', 'extension', 'extensions', 'field', 'fields', 'view', 'views', 'stream', 'track', 'trailer',
  'bypass', 'passage', 'common', 'corner', 'corners', 'dam', 'cape', 'pine', 'anex', 'arcade', 'burg', 'burgs', 'ville', 'viaduct', 'points', 'drives',
  'streets', 'roads', 'ways', 'courts', 'circles', 'squares', 'island', 'islands', 'estate', 'gateway']);
/** Standard abbreviations that are also clinical or English tokens ("ml", "ft", "pt", "est", "is", "br", "pr", "via"). */
const CLINICAL_LOOKALIKE_ABBREVIATIONS: ReadonlySet<string> = new Set(['ml', 'ft', 'pt', 'pts', 'est', 'ext', 'exts', 'is', 'iss', 'br', 'pr', 'via', 'vis', 'sta',
  'dl', 'dm', 'dv', 'cp', 'bg', 'bgs', 'ky', 'kys', 'lf', 'un', 'uns', 'vl', 'wl', 'mt', 'arc', 'fall', 'land', 'mall', 'ramp', 'wall', 'ctr', 'ctrs',
  'clb', 'lgt', 'lgts', 'lck', 'lcks', 'rst', 'rte', 'fld', 'flds', 'flt', 'flts', 'vw', 'vws', 'cor', 'cors', 'crse', 'curv', 'radl', 'rpd', 'rpds', 'trak',
  'trlr', 'tunl', 'upas', 'opas', 'psge', 'cmn', 'spg', 'pln', 'plns', 'nck', 'brg', 'byp', 'msn', 'frg', 'frgs', 'frk', 'frks', 'btm', 'cpe', 'pne', 'anx',
  'drs', 'rds', 'sts', 'cts', 'cirs', 'sqs', 'grn', 'grns', 'est', 'ests', 'gtwy', 'mtwy', 'trwy', 'trfy', 'skwy', 'stra', 'riv', 'lk', 'lks', 'hl', 'hls']);

/** Pub 28 names a note writes after a house number only for a street (Title case), beyond the address module's own lists. */
export const PUB28_STREET_NAMES: readonly string[] = USPS_PUB28_SUFFIXES.map(([name]) => name).filter((n) => !CLINICAL_LOOKALIKE_NAMES.has(n));
/** Pub 28 standard abbreviations that are no English or clinical token ("Gdns", "Knls", "Trce", "Holw", "Lndg"). */
export const PUB28_DISTINCT_ABBREVIATIONS: readonly string[] = [...new Set(USPS_PUB28_SUFFIXES.map(([, a]) => a))]
  .filter((a) => !CLINICAL_LOOKALIKE_ABBREVIATIONS.has(a) && !USPS_PUB28_SUFFIXES.some(([n]) => n === a));
/** Every name and abbreviation: inside a mailing-address line ending in a state and ZIP any of them is a suffix. */
export const PUB28_ALL: readonly string[] = [...new Set(USPS_PUB28_SUFFIXES.flat())];
