// Owns the grammar of clinical quantities: the closed class of digit-bearing tokens clinicians write that are not
// identifiers (a number with its unit, a vital or a lab value after its name, doses and frequencies, clock times,
// ranges, ratios, scores, stages, spine levels, obstetric counts, code shapes, list numbering, bare years). Each rule
// is named data; `readQuantity` returns the first rule that reads a token, or null. The default-deny pass
// (`deny.unread-number`) redacts what no rule reads — Safe Harbor's "any other unique identifying number".

/** A digit-bearing token and what stands around it on its line, in lower case. */
export interface NumberToken {
  /** The token itself, surrounding brackets and trailing punctuation trimmed ("120/80", "5mg/kg", "wa-4471-kp"). */
  value: string;
  /** Up to three words before it on its line, nearest first, lower case, fillers kept ("of", "is"). */
  before: readonly string[];
  /** The next word after it on its line, lower case ("" when none). */
  after: string;
  /** The characters right before the token (up to 3), for "#", "$", "@", "x". */
  gapBefore: string;
  /** The token opens its line (list numbering, entry times). */
  lineStart: boolean;
  /** The characters right after the token (up to 2): "." or ")" after a list number, ":" after an entry time. */
  gapAfter: string;
  /** Whether the clinical vocabulary holds a lower-case word ("spo2", "d5w", "il"). */
  known: (lower: string) => boolean;
  /** The characters after the token on its line (up to 24), for "2 of 3"; absent in hand-built tokens. */
  tail?: string;
}

export interface QuantityRule {
  /** Stable name shown by explain-phi and the tests (`quantity.unit-glued`). */
  name: string;
  /** The clinical writing this rule reads, in a phrase. */
  description: string;
  reads: (t: NumberToken) => boolean;
}

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Units of measure, dose forms and duration words clinicians put after a number (SI and customary units, the
 * mEq/mmHg/cmH2O of bedside charting, dose forms, gauges and French sizes, time units); lower case.
 */
export const MEASURE_UNITS: ReadonlySet<string> = set(`
  mg mgs mcg ug µg ng pg g gm gms gr grams gram kg kgs kilo kilos lb lbs pound pounds oz ounce ounces
  ml mls cc ccs l ls lt liter liters litre litres dl ul µl
  meq mmol umol mol mosm iu ius u units unit miu kiu mu mci mbq gy cgy kcal cal cals calories
  mm cm m km in inch inches ft feet foot mmhg cmh2o cmh h2o bpm mph psi ppm hz mhz khz ms msec mv mm/hr
  fr french g gauge ga
  s sec secs second seconds min mins minute minutes h hr hrs hour hours d day days wk wks week weeks mo mos month months
  y yr yrs year years yo y/o
  am pm a.m p.m noon midnight
  x times time tab tabs tablet tablets cap caps capsule capsules puff puffs gtt gtts drop drops spray sprays patch patches
  dose doses amp amps vial vials bag bags pill pills pack packs packs/day ppd sachet scoops scoop tsp tbsp teaspoon tablespoon
  deg degree degrees ° c f celsius fahrenheit percent pct % point points pts pt
  beats breaths bpm/min episodes episode stools stool voids void pads pad attempts attempt liters/min lpm l/min
  mm3 mcl k/ul k/mcl /hpf hpf lpf /lpf
  cells copies copies/ml
  servings drinks drink cigarettes cigs beers glasses cups cup meals
  steps stairs flights blocks miles mile km/h
  weeks' days' hours' months' years'
  wga wk/ga ga weeks/days
  st nd rd th
`);

/** Words that name a vital sign, a laboratory analyte, a scale or a clinical count: the number after them is its value. */
export const QUANTITY_LABELS: ReadonlySet<string> = set(`
  bp sbp dbp map hr p pulse rr resp t temp tmax tm tc tcurrent spo2 sao2 sat sats o2 o2sat pox fio2 fi02 peep ps psv cpap ipap epap
  tv vt ve mv pip pplat plat rate rsbi nif cvp pap pas pad pcwp wedge ci co svr svo2 scvo2 icp cpp iabp
  i/o io intake output uo u/o ngt ogt jp drain drains ebl urine stool emesis balance net
  wt weight ht height bmi bsa length hc circumference girth
  na k cl co2 hco3 bicarb bun cr creat cre scr glu gluc glucose bs bg fs fsbs fsg fingerstick accucheck accuchecks accuchek
  ca ica mg phos po4 mag alb albumin tp prot protein
  wbc rbc hct hgb hb plt plts platelets pt ptt aptt inr fib fibrinogen ddimer d-dimer retic mcv esr crp procalcitonin pct
  ast alt alp alk ap ldh ggt tbili dbili bili bilirubin lipase amylase ammonia nh3 lactate lactic lac
  ck cpk ckmb mb trop tropi tropt troponin bnp probnp ntprobnp
  ph pco2 po2 pao2 paco2 abg vbg be bd ag gap osm osmo
  tsh t3 t4 ft4 a1c hba1c ldl hdl chol tg trig trigs cholesterol vit vitamin ferritin iron tibc b12 folate
  cd4 vl viral psa cea afp hcg bhcg
  ef lvef fs ejection
  vanc vanco vancomycin trough peak level levels dig digoxin lithium dilantin phenytoin tacro tacrolimus fk
  gcs apgar apgars nihss phq phq-9 phq9 gad gad-7 gad7 mmse moca cows ciwa rass cam sofa apache meld child curb ps
  cha2ds2-vasc cha2ds2vasc chads2 has-bled curb-65 qsofa
  score scores scale grade stage class level step type gravida para g p ab sab tab lc
  pain vas nrs
  dose doses dosing rate drip infusion bolus gtt titrate titrated
  day days pod hd dol ga week weeks cycle cycles
  x times
  page pg section sec item question q
  bed
`);

/** Words that say a number names a thing (an identifier), not a measure: "bib 417", "study no. 48213", "plate 7XKM". */
export const IDENTIFIER_CUES: ReadonlySet<string> = set(`
  ids ident identifier identification bib badge ticket tag tags serial sn s/n plate plates registration
  account acct member membership policy group grp claim case study accession acc confirmation conf reference ref
  certificate cert license licence lic permit voucher barcode locker pin pager subscriber enrollment
  enrolment voter passport visa docket file folio ssn mrn fin csn har dea npi vin lot kit
`);


/** A plain number: optional sign or comparison, digits with an optional decimal part (".5" too), decades ("80's"). */
const NUM = String.raw`(?:[<>≤≥~±+-]|<=|>=)?(?:\d+(?:\.\d+)?|\.\d+)`;

const ANY_NUMERIC_RE = new RegExp(String.raw`^${NUM}(?:'?s)?[+-]?(?:(?:-|\/|–|x)${NUM}(?:'?s)?[+-]?)*%?$`, 'i');
const THOUSANDS_RE = /^[<>~+-]?\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const YEAR_RE = /^(?:19|20)\d\d(?:'?s)?$/;
const COLON_TIME_RE = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ap]\.?m?\.?)?$/i;
const HOUR_AMPM_RE = /^(?:[1-9]|1[0-2])(?::[0-5]\d)?[ap]\.?m?\.?$/i;
const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/i;
const FREQUENCY_RE = /^(?:q\.?\d+(?:-\d+)?(?:h|hr|hrs|min|d|wk|w)?|x\d+(?:\.\d+)?|\d+(?:\.\d+)?x(?:\/?(?:day|d|wk|week|daily|hr|h|month|mo))?|\d+\/(?:day|d|wk|week|hr|h|min|month|mo|yr|year))$/i;
const DIMENSIONS_RE = /^\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?){1,2}(?:cm|mm|m|in)?$/i;
const OBSTETRIC_RE = /^(?:g\d{1,2}p\d{1,2}(?:[-(]?\d{1,2}[-)]?){0,4}|g\d{1,2}|p\d{1,4})$/i;
const TNM_RE = /^(?:[cpy]?t[0-4isx][a-d]?)(?:n[0-3x][a-c]?)?(?:m[01x][a-c]?)?$/i;
const SPINE_RE = /^(?:[ctls]\d{1,2})(?:-(?:[ctls])?\d{1,2})?$/i;
const ICD_RE = /^[a-tv-z]\d[0-9a-z](?:\.[0-9a-z]{1,4})?$/i;
const LOINC_RE = /^\d{3,5}-\d$/;
const ANALYTE_HYPHEN_RE = /^([a-z]{1,12})-(\d{1,2}[a-z]?)$/i;

/** Seven digits in a row are an identifier's or a phone's length, even after a label; lab counts stay under it ("plt 150000"). */
const LONG_DIGITS_RE = /\d{7,}/;

function labelBefore(t: NumberToken): string | undefined {
  // "HR of 88", "K was 4.1", "glucose up to 250": the label stands before a few function words.
  for (const w of t.before) {
    const base = w.replace(/['’]?s$/, '');
    if (QUANTITY_LABELS.has(w) || (w.length > 2 && QUANTITY_LABELS.has(base))) return w;
    // "CK at 2pm 4609": a clock time between the label and its value is the time it was drawn.
    if (!FILLERS.has(w) && !/^\d{1,2}(?::\d\d)?[ap]m?$/.test(w)) return undefined;
  }
  return undefined;
}
const FILLERS = set(`of is was were are at to from up down now ~ around about approx approximately in the high low then range ranged ranges ranging
  between and or with on off by max min peak peaked nadir trending trended remains remained still initial initially repeat rpt rose fell dropped
  increased decreased improved went came back today this am pm rising falling climbing`);

function identifierCue(t: NumberToken): boolean {
  const w = t.before[0];
  if (w === undefined) return false;
  if (IDENTIFIER_CUES.has(w)) return true;
  // "Bib #417", "EEG study no. 48213": a cue word two back with "#"/"no." between.
  return (w === '#' || w === 'no' || w === 'number') && t.before[1] !== undefined && IDENTIFIER_CUES.has(t.before[1]);
}

/** A 24-hour clock time, optionally approximate or with its unit ("0800", "~1030", "1850p", "0700h"). */
const CLOCK_24_RE = /^~?(?:[01]\d|2[0-4])[0-5]\d(?:[ap]m?|h|hrs?)?$/;
/** A signed or compared number is a change, a balance or a threshold ("-1074", "+2.4L", ">1000", "~1030"): identifiers carry no sign. */
const SIGNED_RE = /^(?:[+-]|[<>]=?|[≤≥~])\d+(?:\.\d+)?[a-z]*$/;
/** Segments of a token: a number (a decimal part of at most three digits), a letter run, or joining punctuation. */
const SEGMENT_RE = /(\d+(?:\.\d{1,3}(?!\d))?)|([a-zµ]+)|([^a-zµ\d]+)/g;

/** A letter run the clinical side writes: a known word or unit, three letters at most, or two known parts glued ("meqiv", "cabgx"). */
function knownRun(run: string, t: NumberToken): 'known' | 'short' | null {
  const k = (w: string) => MEASURE_UNITS.has(w) || QUANTITY_LABELS.has(w) || t.known(w);
  if (k(run)) return 'known';
  if (run.length <= 3) return 'short';
  for (let i = 1; i < run.length; i++) {
    const a = run.slice(0, i);
    const b = run.slice(i);
    if ((k(a) || a.length === 1) && (k(b) || b.length === 1) && (a.length > 1 || b.length > 1)) return 'known';
  }
  return null;
}

/**
 * The compositional reading: a token is a clinical quantity when each of its letter runs is clinical writing and
 * each of its numbers is a value — three integer digits at most, a year, a number glued to or followed by its unit,
 * or a number after a vital, lab or scale label. "A&Ox3", "98.8po", "6mcg/kg->8mcg/kg", "PS10/PEEP", "Vt400-500".
 * Alternating unknown letters and digits ("7XKM22", "A1B2C3") is an identifier's shape, not a measure's.
 */
function composedQuantity(t: NumberToken): boolean {
  const segs: { kind: 'num' | 'alpha' | 'sep'; text: string }[] = [];
  SEGMENT_RE.lastIndex = 0;
  for (let m = SEGMENT_RE.exec(t.value); m; m = SEGMENT_RE.exec(t.value)) {
    segs.push({ kind: m[1] ? 'num' : m[2] ? 'alpha' : 'sep', text: m[0] });
  }
  const cue = identifierCue(t);
  const labelled = labelBefore(t) !== undefined;
  const slashSeries = (t.value.match(/\d\/[~<>]?\.?\d/g) ?? []).length >= 2;
  const classes = segs.map((s) => (s.kind === 'alpha' ? knownRun(s.text, t) : null));
  if (!labelled && (hyphenGroupedIdentifier(segs) || prefixedPairIdentifier(t))) return false;
  let lastNum = -1;
  for (let k = 0; k < segs.length; k++) if (segs[k].kind === 'num') lastNum = k;
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k];
    if (s.kind === 'alpha') {
      // An unknown word is only part of an identifier when glued to a digit; "propfol/mso4" is a word and a value.
      if (classes[k] === null && (segs[k - 1]?.kind === 'num' || segs[k + 1]?.kind === 'num')) return false;
      continue;
    }
    if (s.kind !== 'num') continue;
    const intDigits = s.text.split('.')[0].length;
    const next = segs[k + 1];
    const nextUnit = next !== undefined && (
      (next.kind === 'alpha' && unitLeads(next.text)) || /^\s?[%°]/.test(next.text) ||
      (next.kind === 'sep' && /^[/-]$/.test(next.text) && segs[k + 2]?.kind === 'alpha' && unitLeads(segs[k + 2].text)));
    // A unit word after the token measures its last number; "in" is also the preposition, so it measures a plain value only.
    const afterUnit = MEASURE_UNITS.has(t.after) && (!PREPOSITION_UNITS.has(t.after) || (segs.length === 1 && intDigits <= 3));
    const measured = nextUnit || (k === lastNum && k === segs.length - 1 && afterUnit);
    const prev = segs[k - 1];
    const prevLabel = (prev?.kind === 'alpha' && QUANTITY_LABELS.has(prev.text)) ||
      (prev?.kind === 'sep' && /^[-:=>]+$/.test(prev.text) && segs[k - 2]?.kind === 'alpha' && QUANTITY_LABELS.has(segs[k - 2].text));
    if (measured) continue;
    if (cue) return false;
    if (intDigits <= 3 || YEAR_RE.test(s.text)) {
      // Unknown short letters glued on both sides of a number, or a number glued between them: a code, not a value.
      const gluedUnknown = (j: number) => segs[j]?.kind === 'alpha' &&
        (classes[j] === 'short' || (segs[j].text.length <= 2 && !MEASURE_UNITS.has(segs[j].text) && !QUANTITY_LABELS.has(segs[j].text)));
      if (gluedUnknown(k - 1) && gluedUnknown(k + 1)) return false;
      const labelDigits = segs[k + 1] !== undefined && segs[k + 2] !== undefined && QUANTITY_LABELS.has(segs[k + 1].text + segs[k + 2].text);
      if (gluedUnknown(k + 1) && segs[k + 2]?.kind === 'num' && !labelDigits) return false;
      continue;
    }
    if ((labelled || prevLabel) && intDigits < 7) continue;
    // A slash series of values (blood gas "7.47/41/88/24", haemodynamic sets "5.1/2.5/1150") carries four-digit members.
    if (intDigits === 4 && slashSeries) continue;
    // An entry opened by its 24-hour time ("0600-10mg/hr", "0400--PAD 31").
    if (k === 0 && CLOCK_24_RE.test(s.text) && segs[1]?.kind === 'sep') continue;
    // The high end of a range of like magnitude ("900-1000"): a phone's exchange and line are not low-high.
    // A low end written with its unit ("750cc-1250") is a measure's range up to three times its low end.
    const unitOnLow = segs[k - 2]?.kind === 'alpha' && unitLeads(segs[k - 2].text) && segs[k - 3]?.kind === 'num';
    if (prev?.kind === 'sep' && /^[-–]$/.test(prev.text) && (segs[k - 2]?.kind === 'num' || unitOnLow)) {
      const lo = Number(segs[k - (unitOnLow ? 3 : 2)].text);
      const hi = Number(s.text);
      if (hi > lo && hi <= lo * (unitOnLow ? 3 : 1.5)) continue;
    }
    return false;
  }
  return true;
}

/** Whether one of the first three words before the token (through "#", "no", "number", "code") is in the set. */
function cuedBy(t: NumberToken, words: ReadonlySet<string>): boolean {
  for (const w of t.before) {
    if (words.has(w)) return true;
    if (!SLOT_FILLERS.has(w)) return false;
  }
  return false;
}
const SLOT_FILLERS = set('# no number num nbr code codes of is was');
/** Words that open a procedure or billing code slot (CPT, HCPCS, E/M level). */
const BILLING_CODE_CUES = set('cpt hcpcs cpt-4 cpt4 e/m em billed billing bill procedure');
/** Words that open a diagnosis code slot. */
const DIAGNOSIS_CODE_CUES = set('icd icd-10 icd10 icd-10-cm dx diagnosis diagnoses diag problem problems coded code codes coding');
const UNDOTTED_ICD_RE = /^[a-tv-z]\d[0-9a-z]{1,5}$/;
/** A diagnosis-code slot: its cue before the token, through fillers and earlier codes of the same list ("coded S72001A and M8008XA"). */
function diagnosisSlot(t: NumberToken): boolean {
  for (const w of t.before) {
    if (DIAGNOSIS_CODE_CUES.has(w)) return true;
    if (!SLOT_FILLERS.has(w) && !UNDOTTED_ICD_RE.test(w) && w !== 'and' && w !== 'or') return false;
  }
  return false;
}
/** Words that name a model (a product's designation, shared by every unit made), not the one device's serial. */
const MODEL_CUES = set('model mod');
/** Places in the building: a room, bay or bed number names where, not whom. */
const ROOM_CUES = set('room rm rooms bay suite cubicle');
/** Polymers dispensed by molecular-weight grade (USP/INN naming: the number is part of the drug's name). */
const POLYMER_NAMES = set('peg glycol macrogol polyethylene macrogols');
/** Words before an amount of money paid or owed. */
const PAYMENT_CUES = set('paid pay pays paying charged charge charges owes owed cost costs copay co-pay refund refunded fee deductible');

/** Unit words that are also prepositions ("4 in" an inch, "car ab-1234 in the lot"). */
const PREPOSITION_UNITS = set('in');

/**
 * Digit groups joined by hyphens in an identifier's grouping ("546-604-543-237", "421-284-612"): three groups or more,
 * two of them of three digits or more. A range is two groups, however wide ("100-200cc/hr", "800-700"); a labelled
 * value keeps its label's reading.
 */
function hyphenGroupedIdentifier(segs: readonly { kind: string; text: string }[]): boolean {
  let run: string[] = [];
  const runs: string[][] = [];
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k];
    if (s.kind === 'num' && !s.text.includes('.')) {
      if (run.length > 0 && segs[k - 1]?.text !== '-') { runs.push(run); run = []; }
      run.push(s.text);
    } else if (!(s.kind === 'sep' && s.text === '-' && run.length > 0)) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.some((r) => r.length >= 3 && r.filter((g) => g.length >= 3).length >= 2);
}

/** Letters glued to a number, then a hyphen or slash and a second number: "mr566-242", "ab12/3456". */
const PREFIXED_PAIR_RE = /^([a-z]{1,4})(\d{2,})[-/](\d{2,})$/;

/**
 * A reference number written as a short letter prefix glued to two digit groups ("MR566-242", "RX12-4471"): an
 * identifier's shape unless the letters are a vital, lab or dose label or a unit ("Vt400-500", "PS10-12"), in which
 * case the label's reading stands. Five digits or more, and not an ascending range of like magnitude, since a label
 * the vocabulary lacks may still open a range ("ac100-120"). The clinical abbreviation the letters may also spell
 * (MR, mitral regurgitation) does not make them a label: a finding is not written glued to a number pair.
 */
function prefixedPairIdentifier(t: NumberToken): boolean {
  const m = PREFIXED_PAIR_RE.exec(t.value);
  if (m === null || m[2].length + m[3].length < 5) return false;
  if (QUANTITY_LABELS.has(m[1]) || unitLeads(m[1])) return false;
  // A label spelled with a digit glued to its value ("SaO298-100" is SaO2 98-100, "fio240-50").
  for (let k = 1; k <= 2 && k < m[2].length; k++) {
    const label = m[1] + m[2].slice(0, k);
    if (QUANTITY_LABELS.has(label) || t.known(label)) return false;
  }
  const lo = Number(m[2]);
  const hi = Number(m[3]);
  return !(hi > lo && hi <= lo * 1.5 && m[2].length === m[3].length);
}

/** Equipment a model number names when it stands right before it. */
const EQUIPMENT_NOUNS: ReadonlySet<string> = set('vent vents ventilator ventilators pump pumps monitor monitors machine bed mattress scanner analyzer analyser');

/** Element symbols of the salts, gases and electrolytes clinicians write as formulas. */
const ELEMENTS: ReadonlySet<string> = set('h he li be b c n o f ne na mg al si p s cl ar k ca fe cu zn i br mn co se cr mo ba li au pt ag');
/** Element symbols each followed by a count of at most two digits, two symbols at least ("nahco3", "kcl", "mgso4"). */
function chemicalFormula(v: string): boolean {
  if (!/\d/.test(v) || !/^[a-z0-9]+$/.test(v)) return false;
  const ok: number[] = new Array(v.length + 1).fill(-1);
  ok[0] = 0;
  for (let i = 0; i < v.length; i++) {
    if (ok[i] < 0) continue;
    for (const len of [1, 2]) {
      const sym = v.slice(i, i + len);
      if (sym.length !== len || !ELEMENTS.has(sym)) continue;
      let j = i + len;
      ok[j] = Math.max(ok[j], ok[i] + 1);
      for (let d = 1; d <= 2 && /\d/.test(v.charAt(j)); d++) ok[++j] = Math.max(ok[j], ok[i] + 1);
    }
  }
  return ok[v.length] >= 2;
}

/** A letter run that starts with a unit ("mcg", "ccs", "meqiv"). */
function unitLeads(run: string): boolean {
  if (MEASURE_UNITS.has(run)) return true;
  for (let i = run.length - 1; i >= 1; i--) if (MEASURE_UNITS.has(run.slice(0, i)) && i >= 2) return true;
  return false;
}

export const QUANTITY_RULES: readonly QuantityRule[] = [
  {
    name: 'quantity.count-of-total', description: 'a position in a counted series, "N of M" with N up to M ("case 2 of 3", "cycle no. 3 of 6", "page 1 of 4")',
    reads: (t) => {
      const m = /^\s+(?:of|out of|\/)\s*(\d{1,3})\b/.exec(t.tail ?? '');
      return m !== null && /^\d{1,3}$/.test(t.value) && Number(t.value) <= Number(m[1]);
    },
  },
  {
    name: 'quantity.small-range', description: 'an ascending range of one- or two-digit numbers ("3-4", "10-12"), even after a cue word: no identifier is a low-high pair',
    reads: (t) => {
      const m = /^(\d{1,2})[-–](\d{1,2})$/.exec(t.value);
      return m !== null && Number(m[1]) < Number(m[2]);
    },
  },
  {
    name: 'quantity.billing-code', description: 'a CPT or HCPCS code in its billing slot ("CPT # 99214", "billed CPT code 99213", "HCPCS J1885", "0503F")',
    reads: (t) => /^(?:\d{4}[\dftu]|[a-v]\d{4})$/.test(t.value) && cuedBy(t, BILLING_CODE_CUES),
  },
  {
    name: 'quantity.diagnosis-code-undotted', description: 'an ICD-10 code written without its dot in a diagnosis slot ("Problem No. J44921", "dx E1165")',
    reads: (t) => UNDOTTED_ICD_RE.test(t.value) && /\d/.test(t.value.slice(1)) && diagnosisSlot(t),
  },
  {
    name: 'quantity.dbsnp-id', description: 'a dbSNP reference variant id ("rs113993960"): a public variant, not a person',
    reads: (t) => /^rs\d{3,10}$/.test(t.value),
  },
  {
    name: 'quantity.model-number', description: 'a model designation after "model" ("Model no. 45210 pump"): a product, not the one device\'s serial number',
    reads: (t) => /^[a-z0-9][a-z0-9.-]{1,11}$/.test(t.value) && cuedBy(t, MODEL_CUES),
  },
  {
    name: 'quantity.room-number', description: 'a room, bay or suite number ("room number 4412", "Rm 12B"): a place in the building, not a person',
    reads: (t) => /^[a-z]?\d{1,4}[a-z]?$/.test(t.value) && cuedBy(t, ROOM_CUES),
  },
  {
    name: 'quantity.payment', description: 'an amount after a word of paying or owing ("copay paid 40", "owes 125.50")',
    reads: (t) => /^\d{1,6}(?:\.\d\d)?$/.test(t.value) && PAYMENT_CUES.has(t.before[0] ?? ''),
  },
  {
    name: 'quantity.year', description: 'a bare year or decade ("2019", "1990s", "registry 2019"): not PHI under Safe Harbor; after a cue with "#", "no." or a colon it is a number',
    reads: (t) => YEAR_RE.test(t.value) && (!identifierCue(t) || (IDENTIFIER_CUES.has(t.before[0]) && !/[#:]/.test(t.gapBefore))),
  },
  {
    name: 'quantity.season', description: 'a season or academic year, a year and the next one\'s two digits ("2020-21")',
    reads: (t) => {
      const m = /^((?:19|20)\d\d)[-–/](\d\d)$/.exec(t.value);
      return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
    },
  },
  {
    name: 'quantity.single-digit', description: 'one digit alone ("group 2", "type 1", "donor 1"): ten values identify no one',
    reads: (t) => /^\d$/.test(t.value) && !t.gapBefore.endsWith('#'),
  },
  { name: 'quantity.gcs-components', description: 'Glasgow Coma Scale components ("E4V5M6", "E2VTM4")', reads: (t) => /^e[1-4]v(?:[1-5]|t)m[1-6]$/.test(t.value) },
  { name: 'quantity.dilution', description: 'a dilution or ratio "1:N" ("epinephrine 1:1000", "1:10,000")', reads: (t) => /^1:(?:\d{1,3}(?:,\d{3})*|\d+)$/.test(t.value) },
  {
    name: 'quantity.protein-substitution', description: 'an amino-acid substitution in one-letter codes ("V600E", "G12D", "T790M")',
    reads: (t) => /^[acdefghiklmnpqrstvwy]\d{1,4}[acdefghiklmnpqrstvwy*]$/.test(t.value),
  },
  { name: 'quantity.clock-colon', description: 'a clock time with a colon or am/pm ("14:30", "8:05am", "8pm")', reads: (t) => COLON_TIME_RE.test(t.value) || HOUR_AMPM_RE.test(t.value) },
  {
    name: 'quantity.clock-24h', description: 'a four-digit 24-hour time or a range of two ("0800", "~1030", "2400-0400", "1850p")',
    reads: (t) => t.value.replace(/[-–>]+$/, '').split(/[-–]+/).every((p) => CLOCK_24_RE.test(p)) && !identifierCue(t) && !(t.gapBefore.endsWith('#') && !t.lineStart),
  },
  { name: 'quantity.signed', description: 'a signed change or balance ("-1074", "+2.4L", "(-) 500")', reads: (t) => SIGNED_RE.test(t.value) || /\([+-]\)\s*$/.test(t.gapBefore) },
  { name: 'quantity.chemical-formula', description: 'a chemical formula of element symbols and counts ("NaHCO3", "MgSO4", "CaCl2", "H2O")', reads: (t) => chemicalFormula(t.value) },
  {
    name: 'quantity.hgvs-variant', description: 'a sequence variant in HGVS nomenclature ("c.1852_1854del", "p.Arg123Ter", "c.76A>T")',
    reads: (t) => /^[cgmnpr]\.[0-9a-z_+*?()>-]*\d[0-9a-z_+*?()>-]*$/.test(t.value),
  },
  {
    name: 'quantity.clia-number', description: "a laboratory's CLIA certificate number (two digits, D, seven digits): the facility's public number, not the patient's",
    reads: (t) => /^\d{2}d\d{7}$/.test(t.value),
  },
  { name: 'quantity.gestational-age', description: 'a gestational age in weeks and days ("39w2d", "8w1d", "26w")', reads: (t) => /^\d{1,2}w(?:\d(?:d)?)?$/.test(t.value) },
  {
    name: 'quantity.named-agent', description: 'a gene, receptor or drug-class name of letters and a short number, HGNC-style ("SGLT2", "BRCA1", "HER2", "CYP2D6", "HSD17B13")',
    reads: (t) => /^[a-z]{3,}\d{1,2}(?:[a-z]{1,2}\d{0,2})?$/.test(t.value) && !identifierCue(t),
  },
  {
    name: 'quantity.equipment-model', description: 'a model designation before the equipment noun it names ("PB 7200 vent", "Alaris 8100 pump"): a model, not a serial number',
    reads: (t) => EQUIPMENT_NOUNS.has(t.after) && /^[a-z]{0,3}\d{2,4}[a-z]{0,2}$/.test(t.value) && !identifierCue(t),
  },
  { name: 'quantity.ordinal', description: 'an ordinal ("3rd", "21st")', reads: (t) => ORDINAL_RE.test(t.value) },
  { name: 'quantity.frequency', description: 'a dose frequency or repeat count ("q4h", "q4-6h", "x3", "2x/day", "3/wk")', reads: (t) => FREQUENCY_RE.test(t.value) },
  { name: 'quantity.dimensions', description: 'a size in two or three dimensions ("3x4", "2.1x3.5cm")', reads: (t) => DIMENSIONS_RE.test(t.value) },
  { name: 'quantity.obstetric', description: 'gravidity and parity ("G2P1", "G3P2012", "G4")', reads: (t) => OBSTETRIC_RE.test(t.value) },
  { name: 'quantity.tnm', description: 'a TNM stage ("T2N0M0", "pT1a")', reads: (t) => TNM_RE.test(t.value) && /\d/.test(t.value) },
  { name: 'quantity.spine-level', description: 'a vertebral level or span ("C5-6", "L4-L5", "T12")', reads: (t) => SPINE_RE.test(t.value) },
  { name: 'quantity.code-shape', description: 'an ICD-10 code or a LOINC code shape ("E11.22", "Z79.4", "2345-7")', reads: (t) => ICD_RE.test(t.value) || LOINC_RE.test(t.value) },
  {
    name: 'quantity.known-term', description: 'a clinical term spelled with digits that the vocabulary holds ("SpO2", "pCO2", "HbA1c", "D5W", "B12")',
    reads: (t) => QUANTITY_LABELS.has(t.value) || MEASURE_UNITS.has(t.value) || t.known(t.value),
  },
  {
    name: 'quantity.named-scale', description: 'a scale, analyte or agent named by a known word and a short number ("PHQ-9", "IL-6", "COVID-19", "GAD-7")',
    reads: (t) => {
      const m = ANALYTE_HYPHEN_RE.exec(t.value);
      // An instrument's edition or a scale's item count ("Bayley-4", "SF-36", "DSM-5"): identifiers carry more digits.
      return m !== null && (m[1].length >= 2 || QUANTITY_LABELS.has(m[1]) || t.known(m[1])) && !identifierCue(t);
    },
  },
  { name: 'quantity.thousands', description: 'a count or amount with thousands separators ("12,000", "$1,250.00")', reads: (t) => THOUSANDS_RE.test(t.value) && !identifierCue(t) },
  { name: 'quantity.money', description: 'an amount of money ("$40", "$1250")', reads: (t) => t.gapBefore.endsWith('$') && ANY_NUMERIC_RE.test(t.value) },
  {
    name: 'quantity.label-value', description: 'a value after a vital, lab, scale or dose word ("Na 138", "plt 150000", "GCS 15", "HR of 88")',
    reads: (t) => labelBefore(t) !== undefined && (ANY_NUMERIC_RE.test(t.value) || THOUSANDS_RE.test(t.value)) && !LONG_DIGITS_RE.test(t.value) && !identifierCue(t),
  },
  {
    name: 'quantity.polymer-grade', description: 'a polymer drug named by its molecular-weight grade ("PEG 3350", "polyethylene glycol 400", "macrogol 4000")',
    reads: (t) => /^\d{3,4}$/.test(t.value) && POLYMER_NAMES.has(t.before[0] ?? ''),
  },
  {
    name: 'quantity.round-count', description: 'a round count or amount of two significant digits at most ("no 10000 step days", "1500 kcal", "250000")',
    reads: (t) => /^[1-9]\d?0{2,5}$/.test(t.value) && !identifierCue(t),
  },
  {
    name: 'quantity.list-number', description: 'list numbering or a gauge after "#" ("#2", "#18 IV", a "#12" opening its line)',
    reads: (t) => t.gapBefore.endsWith('#') && /^\d{1,2}$/.test(t.value) || (t.lineStart && /^\d{1,3}$/.test(t.value) && /^[.)]/.test(t.gapAfter)),
  },
  {
    name: 'quantity.composed', description: 'numbers that are values (up to three digits, a year, glued to a unit, after a label) joined to clinical words and units ("A&Ox3", "98.8po", "6mcg/kg->8mcg/kg", "120/80", "3/5", "10-15", "2+")',
    reads: (t) => !(t.gapBefore.endsWith('#') && !t.lineStart && /^\d{3,}$/.test(t.value)) && composedQuantity(t),
  },
];

/** The first rule that reads the token as a clinical quantity, or null (an unread number). */
export function readQuantity(t: NumberToken): string | null {
  for (const r of QUANTITY_RULES) if (r.reads(t)) return r.name;
  return null;
}
