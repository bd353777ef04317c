// Owns the protected clinical terms of the PHI detector: words that look like a person's or a place's name
// but name a disease, sign, scale, test, virus or brand drug ("Bethesda system", "Wells score", "Keppra").
// Data in vocab.ts; one rule: a protected word, or a capitalised run right before a clinical head noun.
import {
  WORD_COMMON, WORD_CONTACT, WORD_FIRST, WORD_HEADER, WORD_LAST, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE, type Lexicon,
} from './lexicon';
import type { CaseMode, Word } from './tokens';
import { UNIT_CLINICAL_HEAD, UNIT_FACILITY_HEAD, UNIT_PROTECTED } from './unitWords';
import { tokenize } from './tokens';
import { icdEponyms } from './eponymList';
import { icdClinicalHeads } from './deny/clinicalHeads';
import { ANATOMICAL_EPONYM_HEADS, PROSTHETIC_HEADS } from './deny/eponymHeads';
import { BRAND_DRUGS, FUNCTION_WORDS, HISTORY_VERBS, PROTECTED_HYPHEN_PAIRS, PROTECTED_PHRASES, PROTECTED_TERMS, US_STATES } from './vocab';

const HYPHEN_PAIRS: ReadonlySet<string> = new Set(PROTECTED_HYPHEN_PAIRS.map((p) => p.toLowerCase()));

export const PROTECTED_WORDS: ReadonlySet<string> = new Set([...PROTECTED_TERMS, ...BRAND_DRUGS]);
/** Words before "system" that make it a health system, not a clinical head noun (kept equal to facilityGrammar's owners). */
const HEALTH_SYSTEM_WORDS: ReadonlySet<string> = new Set(['health', 'healthcare', 'hospital', 'hospitals', 'medical', 'care', 'clinic', 'clinics']);
/** Longest run of words a head noun protects: "Columbia Suicide Severity Rating Scale". */
const MAX_RUN_WORDS = 4;
// One space or a hyphen: two spaces separate the columns of a table line ("PROVIDER JORGE CROGHAN  BAERVELDT IMPLANT").
const RUN_GAP_RE = /^(?:[ \t\u00a0]?-?[ \t\u00a0]?)$/;
const COLUMN_GAP_RE = /^[ \t\u00a0]{2,}$/;
/**
 * Head nouns a person's full name never stands before: a first name and a surname before them are an eponym
 * ("Marcus Gunn pupil", "Mary Allen Walker syndrome"), unlike "test" or "assessment" ("Mary Smith test results").
 */
const EPONYM_ONLY_HEADS: ReadonlySet<string> = new Set(['virus', 'encephalitis', 'typhus', 'disease', 'diseases', 'syndrome', 'syndromes', 'sign', 'signs', 'reflex', 'palsy',
  'phenomenon', 'triad', 'pupil', 'pupils', 'valve', 'reservoir', 'implant', 'shunt', 'catheter', 'stent', 'angina', 'dystrophy',
  'encephalopathy', 'thyroiditis', 'macroglobulinemia', 'nodule', 'nodules', 'node', 'fracture', 'aneurysm', 'ulcer', 'cyst',
  // Classifications and indices are named after their authors or the city of their consensus ("Ann Arbor stage",
  // "Charlson index"); a patient's name is never followed by them.
  'index', 'stage', 'staging', 'classification', 'criteria', 'chair', 'chairs']);
const MAX_LOWER_INSIDE = 2;
/**
 * Head nouns beside vocab.ts's list, read here only (the learned model's features never see them): named methods,
 * techniques, approaches and flaps ("Seldinger technique", "Kocher approach", "Westergren method"), prognostic models
 * ("Seattle Heart Failure Model"), a tumour's
 * named depth ("Breslow depth"), and rickettsial typhus named by its region ("Queensland tick typhus").
 */
// Not "tool", "repair", "block" or "solution": businesses are named so ("Kessler Tool & Die", "Ortega Auto Repair").
// Named seating and transfer equipment of nursing and rehabilitation notes ("Broda chair", "Geri chair") is a product, like "lift".
const MORE_HEAD_NOUNS: ReadonlySet<string> = new Set(['method', 'methods', 'technique', 'approach', 'flap', 'model', 'depth', 'typhus',
  'fundoplication', 'agar', 'chair', 'chairs',
  // Named equations, formulas and reference atlases ("Cockcroft-Gault equation", "Friedewald formula", "Greulich and Pyle atlas").
  'equation', 'equations', 'formula', 'atlas',
  // Named estimates, reference standards and growth curves ("Harris-Benedict estimate", "Tanner-Whitehouse standards",
  // "Fenton curve"), and monitoring devices named by their maker or model ("Holter monitor", "Dexcom G7 sensor").
  'estimate', 'estimates', 'standard', 'standards', 'curve', 'curves', 'monitor', 'sensor', 'sensors', 'processor',
  // Issue 9 (session 10): named hardware and treatment plans ("Camino bolt", "Luer connector", "Stanford V regimen"), and the
  // plurals of heads vocab.ts lists in the singular ("Epley maneuvers", "Whipple procedures"): a person is not written before them.
  'bolt', 'bolts', 'connector', 'connectors', 'regimen', 'regimens', 'maneuvers', 'manoeuvres', 'procedures', 'operations', 'protocols',
  'techniques', 'flaps']);
/**
 * More head nouns, read here only (the learned model's features never see them): nomograms and structured interviews
 * ("Rumack-Matthew nomogram", "Zarit Burden Interview"), blood-group and genetic readings ("Bombay phenotype", "Kell
 * antigen"), eponymous lesions and conditions ("Morton neuroma", "Haglund deformity", "Gulf War illness"), mutual-help
 * fellowships ("Narcotics Anonymous"), and patient-handling and restraint equipment named by its maker ("Rifton gait
 * trainer", "Posey mitts", "Hoyer sling"). A capitalised head of this list that a census list has as a name ("Trainer",
 * "Bed") is a person's, not a head.
 */
const MORE_EPONYM_HEADS: ReadonlySet<string> = new Set(['nomogram', 'nomograms', 'interview', 'phenotype', 'phenotypes', 'genotype',
  'antigen', 'antigens', 'antibody', 'antibodies', 'neuroma', 'neuromas', 'deformity', 'deformities', 'illness', 'anonymous', 'protocol',
  // Named operations whose noun has no -ectomy/-plasty form ("McDonald cerclage", "Nissen fundoplication" has its own entry).
  'cerclage', 'anastomosis',
  // Eponymous lesions, conditions and effects ("Fanconi anemia", "Friedreich ataxia", "Spigelian hernia", "Somogyi effect",
  // "Hürthle cell carcinoma") and surgical instruments ("Kocher clamp", "Adson forceps", "Deaver retractor"). Not "cell": after
  // a name it is the person's phone ("Lopie Certusi cell# ..."); not "lesion": a subject line names the patient before the
  // listed eponymous lesion ("curbside - Pham Janeway lesions", kept by its phrase in vocab.ts).
  'anemia', 'ataxia', 'hernia', 'murmur', 'contracture', 'granuloma', 'granulomas', 'carcinoma', 'effect',
  'clamp', 'clamps', 'forceps', 'retractor', 'retractors', 'speculum',
  // Named anatomical and imaging reference planes, test ratios and skin signs ("Frankfort plane", "Arden ratio",
  // "Dennie-Morgan folds", "Beau lines", "Wickham striae"): a person's name is not written before them.
  'plane', 'planes', 'ratio', 'ratios', 'fold', 'folds', 'lines', 'striae']);
/** Heads of measurement instruments: an English title word before them ends an instrument's title ("... Disability Questionnaire"). */
// Not "assessment", "test" or "screen": a form's header puts the patient's name before them ("Mary Smith Pain Assessment").
const MEASUREMENT_HEADS: ReadonlySet<string> = new Set(['questionnaire', 'inventory', 'scale', 'index', 'equation', 'criteria', 'classification']);
/** Words after which a run before an equipment head is where the equipment stands ("transferred to Mercy hospital bed"). */
const PLACE_PREPS: ReadonlySet<string> = new Set(['to', 'at', 'from', 'in', 'into', 'near', 'on']);
/** Equipment heads: a capitalised facility word inside their run is a place's bed or sling ("Mercy Hospital bed 4"), not a product. */
const DEVICE_HEADS: ReadonlySet<string> = new Set(['trainer', 'trainers', 'bed', 'beds', 'mitts', 'mitt', 'boot', 'boots', 'sling', 'slings',
  'stander', 'harness', 'collar', 'mattress', 'commode', 'orthosis', 'walker', 'wheelchair', 'belt']);
/** Heads before which a first name and a surname are still an eponym ("Ivor Lewis" is no person before a nomogram or a phenotype). */
const MORE_EPONYM_ONLY: ReadonlySet<string> = new Set(['nomogram', 'nomograms', 'phenotype', 'phenotypes', 'genotype', 'antigen', 'antigens',
  'antibody', 'antibodies', 'neuroma', 'neuromas', 'deformity', 'deformities',
  // A hyphenated pair of surnames before a reference plane, test ratio, skin fold or striae is two authors ("Dennie-Morgan folds").
  'plane', 'planes', 'ratio', 'ratios', 'fold', 'folds', 'striae',
  // Equations and atlases are named after their authors ("Harris-Benedict equation"); a patient's name is not written before them.
  'equation', 'equations', 'formula', 'atlas']);
/** Head nouns of tools as often owned by a person ("Jones chart", "Smith device"): they protect only a longer or acronym run. */
// "Okafor interview by phone" is a person's; a named interview has two words or more ("Zarit Burden Interview").
const WEAK_EPONYM_HEADS: ReadonlySet<string> = new Set(['chart', 'device', 'devices', 'battery', 'interview']);
/**
 * Heads of named examination instruments and methods, read here only (the learned model's features never see them): a
 * capitalised word before them is the instrument's maker or describer ("Hruby lens", "Goldmann applanation", "Humphrey
 * perimetry", "Schiotz tonometer"), as before any head of vocab.ts.
 */
const INSTRUMENT_HEADS: ReadonlySet<string> = new Set(['lens', 'lenses', 'applanation', 'tonometry', 'tonometer', 'perimetry', 'perimeter',
  'gonioscopy', 'goniolens']);
/**
 * Heads that name an eponym only with its grade after them ("Clark level III", "Clark's level IV"): "level" alone follows
 * a person as often ("Smith level of care"), a grade (Roman numeral or number) after it does not.
 */
const GRADED_HEADS: ReadonlySet<string> = new Set(['level', 'levels']);
const GRADED_PLACE_WORDS: ReadonlySet<string> = new Set(['trauma', 'nicu', 'picu', 'icu', 'care', 'unit', 'center', 'centre', 'facility', 'nursery']);
const GRADE_RE = /^(?:i{1,3}|iv|v|vi{0,3}|\d{1,2}[a-c]?)$/;
/**
 * Heads that are an eponym's only in lower case in mixed text ("Bassini repair", "Bankart repair", "Bier block"): written
 * capitalised they end a business's name ("Ortega Auto Repair", "Kessler Tool & Die").
 */
const LOWER_CASE_HEADS: ReadonlySet<string> = new Set(['repair', 'repairs', 'block', 'blocks', 'tool']);
/** Cue words that announce a person: a run of capitals never extends over them. */
const PERSON_CUE_BITS = WORD_TITLE | WORD_RELATIVE | WORD_ROLE | WORD_CONTACT | WORD_PERSON_VERB | WORD_HEADER;
/**
 * Two-word device heads: the run before "hearing aid(s)" is the aid's maker and model ("Phonak Audéo hearing aids",
 * "Oticon More hearing aid"). "Aid" alone follows roles and programmes ("nurse aid", "Medicaid").
 */
const HEARING_AID_RE = /^aids?$/;
/** Heads a short model number may stand inside the run of ("FreeStyle Libre 3 sensors", "Nucleus 8 processor", "Dexcom G7 sensor"). */
const MODEL_NUMBER_HEADS: ReadonlySet<string> = new Set(['sensor', 'sensors', 'processor', 'monitor', 'pump', 'pumps', 'implant', 'implants', 'aid', 'aids']);
const MODEL_NUMBER_RE = /^[a-z]?\d{1,2}[a-z]?$/;
/** Procedure words by their form: named operations ("... osteotomy", "... fundoplication" has its own list entry). */
const PROCEDURE_FORM_RE = /(?:otomy|ectomy|ostomy|plasty|pexy|rrhaphy|oscopy)$/;
/**
 * A measuring or viewing instrument by its Greek combining form ("Jamar dynamometer", "Harpenden stadiometer", "Welch Allyn
 * otoscope"): a capitalised word right before it is the instrument's maker or describer. A person's name is not written
 * before an instrument noun; the form is checked on words of eight letters or more ("meter" and "scope" alone are no head).
 */
const INSTRUMENT_FORM_RE = /^[a-z]{3,}(?:ometer|ometers|oscope|oscopes|ograph|ographs)$/;
/** A disease noun by its form: a capitalised word right before it names the disease's people, place or describer ("Navajo neurohepatopathy"). */
const DISEASE_FORM_RE = /(?:opathy|itis|osis|emia|aemia|plasia|trophy|oma)$/;

/**
 * A device's remote-monitoring service written as its web domain ("Housemark.net", "CareHub.com"): a capitalised single
 * label, no path, in a device-clinic note (a device word anywhere before it: the header names the clinic). People's and practices' web addresses are written in lower case or with a
 * path; the product's name is not the patient's URL.
 */
// An all-caps note writes the same label in capitals ("VIA MERLIN.NET").
export const PRODUCT_DOMAIN_RE = /^(?:[A-Z][a-z]+(?:[A-Z][a-z]*)*\.(?:net|com)|[A-Z]{3,}\.(?:NET|COM))$/;
export const DEVICE_CLINIC_CONTEXT_RE = /\b(?:remote|transmission|transmitted|transmitter|interrogat\w*|pacemaker|defibrillator|icd|crt-?[dp]?|loop recorder|implantable|device|monitor(?:ing)?)\b/i;

/** The mark of a word inside a listed protected phrase: no place or name rule may start from it ("St. Louis encephalitis"). */
export const PROTECTED_BY_PHRASE = 2;
/**
 * The mark of an unlisted possessive word right before an eponym head ("Okafor's disease"): the eponym reading holds
 * unless the note names a person so elsewhere, where propagation takes it ("my patient, A. Okafor … Okafor's disease").
 */
export const PROTECTED_POSSESSIVE_OWNER = 3;
/** Between two words of a protected phrase: spaces, a hyphen, a full stop ("St. Louis"), never a line break. */
const PHRASE_GAP_RE = /^[ \t\u00a0.\-]{1,3}$/;
/** Protected phrases by their first word, each as its words' lower-case bases (possessives dropped like the tokenizer does). */
const PHRASES_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const out = new Map<string, string[][]>();
  for (const p of PROTECTED_PHRASES) {
    const seq = tokenize(p).map((w) => w.lower);
    const list = out.get(seq[0]) ?? [];
    list.push(seq);
    out.set(seq[0], list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
})();

/**
 * Capitalised words joined by hyphens with no space name a disease after its describers when there are three or more
 * ("Sinding-Larsen-Johansson", "Osler-Weber-Rendu"): a person's double-barrelled surname has two parts. Left to the name
 * rules when a part is a census given name or a title, relative or role word stands right before it ("Dr. Ruiz-Lopez-Vega").
 * Two parts are an eponym when the ICD-10-CM Index or Tabular writes the compound whole ("Klippel-Feil", "Budd-Chiari",
 * "KLIPPEL-FEIL" in an all-caps note, "klippel-feil" in a lower-case one), unless a title, relative or role word stands before it, or every part is a census
 * name and no clinical word follows ("Sanger-Brown arrived" is a person, "Adams-Stokes syndrome" an eponym).
 */
function markHyphenatedEponyms(words: readonly Word[], flags: Uint32Array, lex: Lexicon, mode: CaseMode, out: Uint8Array): void {
  const eponyms = icdEponyms();
  // A lower-case note writes no capital at all ("klippel-feil", "budd-chiari"): there every hyphen-joined run of letters is
  // read, and only the listed compounds can be protected (an unlisted run needs capitals, which a lower-case note lacks).
  const capital = (q: Word): boolean => q.alpha && (q.capitalized || q.upper || mode === 'lower');
  for (let i = 0; i < words.length; i++) {
    if (!capital(words[i]) || (i > 0 && words[i].gapBefore === '-')) continue;
    let e = i;
    while (e + 1 < words.length && words[e + 1].gapBefore === '-' && capital(words[e + 1])) e++;
    if (e === i) continue;
    const cued = i > 0 && (flags[i - 1] & (WORD_TITLE | WORD_RELATIVE | WORD_ROLE)) !== 0;
    const listed = eponyms.has(words.slice(i, e + 1).map((q) => q.lower).join('-'));
    let person = cued;
    if (listed) {
      // "Adams-Stokes", "Sanger-Brown": when every part is a census name the compound is also a double-barrelled surname,
      // an eponym only before a clinical word ("Adams-Stokes syndrome", "Allen-Masters syndrome").
      let allNames = true;
      for (let x = i; x <= e; x++) if ((flags[x] & (WORD_FIRST | WORD_LAST)) === 0) allNames = false;
      const after = words[e + 1];
      const clinicalAfter = after !== undefined && after.alpha && /^[ \t\u00a0]$/.test(after.gapBefore) &&
        (lex.clinical.has(after.lower) || lex.indexClinical.has(after.lower));
      if (allNames && !clinicalAfter) person = true;
    } else {
      let allCapitalised = true;
      for (let x = i; x <= e; x++) {
        if ((flags[x] & (WORD_FIRST | PERSON_CUE_BITS)) !== 0) person = true;
        if (!words[x].capitalized) allCapitalised = false;
      }
      if (e - i < 2 || !allCapitalised) person = true;
    }
    if (!person) for (let x = i; x <= e; x++) out[x] ||= 1;
    i = e;
  }
}

/** Marks the words of every protected phrase in the note ("Sister Mary Joseph nodule", "Jackson-Pratt drain", "Kcentra"). */
function markPhrases(words: readonly Word[], out: Uint8Array): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i + 1].gapBefore === '-' && HYPHEN_PAIRS.has(`${words[i].lower}-${words[i + 1].lower}`)) out[i] = out[i + 1] = PROTECTED_BY_PHRASE;
  }
  for (let i = 0; i < words.length; i++) {
    const candidates = PHRASES_BY_FIRST.get(words[i].lower);
    if (!candidates) continue;
    for (const seq of candidates) {
      if (i + seq.length > words.length) continue;
      let k = 1;
      while (k < seq.length && words[i + k].lower === seq[k] && PHRASE_GAP_RE.test(words[i + k].gapBefore)) k++;
      if (k < seq.length) continue;
      for (let x = i; x < i + k; x++) out[x] = PROTECTED_BY_PHRASE;
      break;
    }
  }
}

/** Marks the label of a device's product domain ("Housemark" of "Housemark.net") so no name rule takes it. */
function markProductDomains(words: readonly Word[], out: Uint8Array): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const tld = words[i + 1];
    if (!(w.capitalized || (w.upper && tld.upper)) || !w.alpha || tld.gapBefore !== '.' || (tld.lower !== 'net' && tld.lower !== 'com')) continue;
    const after = words[i + 2];
    if (after !== undefined && after.gapBefore === '/') continue;
    const label = w.upper ? `${w.lower.toUpperCase()}.${tld.lower.toUpperCase()}` : `${w.lower.charAt(0).toUpperCase()}${w.lower.slice(1)}.${tld.lower}`;
    if (!PRODUCT_DOMAIN_RE.test(label)) continue;
    if (!words.slice(0, i).some((q) => DEVICE_CLINIC_CONTEXT_RE.test(q.lower))) continue;
    out[i] = 1;
  }
}

/**
 * Two hyphen-joined words protected by their grammar, marked both (returns whether it marked):
 * - a blood-group antibody, "anti-" before a capitalised antigen's name ("anti-Lewis", "ANTI-KELL", "anti-Diego"):
 *   the prefix never stands before a person's name in a note;
 * - a fellowship of the Al-Anon family, a capitalised word hyphen-joined to "Anon" ("Al-Anon", "Nar-Anon", "Gam-Anon"):
 *   a mutual-help programme, not a person, and no Safe Harbor identifier.
 */
function markGrammarPair(words: readonly Word[], i: number, out: Uint8Array): boolean {
  const w = words[i];
  const prev = words[i - 1];
  if (w.gapBefore !== '-' || !prev.alpha || !w.alpha) return false;
  const antibody = prev.lower === 'anti' && (w.capitalized || w.upper) && prev.end === prev.baseEnd;
  const fellowship = w.lower === 'anon' && (prev.capitalized || prev.upper) && prev.lower.length <= 4;
  if (!antibody && !fellowship) return false;
  out[i - 1] = 1;
  out[i] = 1;
  return true;
}

/** Verbs and labels after which a capitalised run is what the patient takes ("has been taking Pepto-Bismol", "started Kyleena"). */
const MEDICATION_CUES: ReadonlySet<string> = new Set(['take', 'takes', 'taking', 'took', 'started', 'starting', 'restarted', 'resumed',
  'resume', 'continue', 'continues', 'continued', 'prescribed', 'concomitant', 'discontinued', 'stopped', 'tapering', 'titrated',
  // The verbs of a medication plan ("start Zimhi", "taper Ativan", "refill Xalatan", "increase Lucemyra", "hold Eliquis").
  'start', 'stop', 'restart', 'discontinue', 'titrate', 'titrating', 'taper', 'tapered', 'refill', 'refilled', 'prescribe', 'prescribing',
  'increase', 'increased', 'decrease', 'decreased', 'hold', 'holding', 'dispensed', 'administered', 'add', 'added', 'adding',
  // Rescue medicines a patient carries or uses ("carries Auvi-Q and Baqsimi", "uses Flonase").
  'carries', 'carrying', 'uses', 'using']);
/** Verbs of a change of drug before "to" ("transition to Lucemyra", "switched to Opvee", "bridge to Xarelto"). */
const MEDICATION_TO_CUES: ReadonlySet<string> = new Set(['allergic', 'intolerant', 'transition', 'transitioned', 'transitioning', 'switch', 'switched', 'switching',
  'change', 'changed', 'convert', 'converted', 'bridge', 'bridged', 'bridging', 'rotate', 'rotated', 'titrated', 'increased', 'decreased']);
/**
 * Verbs whose object is a treatment as often as a person ("discussed Zimhi.", "declined Opvee;", "tolerating Caplyta,"): a
 * single capitalised word in no census list after them, ending its clause, is the treatment; one that owns something
 * ("discussed Aigerim's results") or that more words follow ("offered Aigerim a bed", "recommended Aigerim follow up") is not.
 */
const TOPIC_CUES: ReadonlySet<string> = new Set(['discussed', 'offered', 'recommended', 'declined', 'refused', 'tolerating', 'tolerated',
  'tolerates', 'trialed', 'failed']);
/**
 * Two-word diagnostic positions: what follows is a disease, a sign or a principle, never a person ("consistent with
 * Budd-Chiari", "not consistent with Hardy-Weinberg", "concerning for Stevens-Johnson"); a census surname there is an
 * eponym ("consistent with Parkinson"), a title or a full name is still a person.
 */
const DIAGNOSTIC_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['with', new Set(['consistent', 'compatible', 'diagnosed'])],
  ['of', new Set(['suggestive', 'diagnostic', 'characteristic'])],
  ['for', new Set(['concerning', 'suspicious', 'worrisome'])],
]);
/** Words after a cued run that make it the person the verb acts on ("start Aigerim on", "take Aigerim home", "uses Aigerim as interpreter"). */
const PATIENT_OBJECT_NEXT: ReadonlySet<string> = new Set(['on', 'to', 'home', 'with', 'back', 'out', 'as']);
/** Labels of a medication or product field ("Drug: Armour Thyroid", "Suspect product: Kyleena", "Meds: Xalatan, Zimhi"). */
const MEDICATION_LABELS: ReadonlySet<string> = new Set(['product', 'drug', 'medication', 'med', 'rx', 'medications', 'meds', 'drugs',
  'medicines', 'prescriptions']);
/** Labels of an allergy list ("Allergies: Bactrim, Qtern (rash)"): its items are drugs, read as a verb's cue is (census words excepted). */
const ALLERGY_LABELS: ReadonlySet<string> = new Set(['allergies', 'allergy', 'allergens', 'intolerances', 'nkda']);
/**
 * Dose forms and delivery devices written right after a drug's name ("Qtern tablet", "Ozempic pen", "Breztri inhaler",
 * "Butrans patch"): a person's name is not followed by one, and a possessive owner ("Mary's inhaler") is left to the name rules.
 */
const DOSE_FORMS: ReadonlySet<string> = new Set(['tablet', 'tablets', 'tab', 'tabs', 'capsule', 'capsules', 'caplet', 'caplets', 'pen', 'pens',
  'inhaler', 'inhalers', 'patch', 'patches', 'injection', 'injections', 'injector', 'autoinjector', 'cream', 'ointment', 'gel', 'lotion',
  'drops', 'spray', 'sprays', 'suspension', 'syrup', 'elixir', 'lozenge', 'lozenges', 'suppository', 'suppositories', 'kwikpen', 'flexpen',
  'flextouch', 'respimat', 'diskus', 'ellipta', 'aerosphere', 'nebules', 'vial', 'vials']);
/** A release or formulation suffix written in capitals after a brand ("Xigduo XR", "Trijardy XR", "Tegretol XR", "Ventolin HFA"). */
const RELEASE_SUFFIXES: ReadonlySet<string> = new Set(['xr', 'er', 'sr', 'xl', 'cr', 'la', 'odt', 'dr', 'hfa', 'cd', 'xrt', 'eq', 'hct']);
/**
 * A drug's delivery device written as a brand word after it ("Humalog KwikPen", "Spiriva Respimat", "Breztri Aerosphere"):
 * the word before is the drug, whatever its case pattern.
 */
const DEVICE_FORM_BRANDS: ReadonlySet<string> = new Set(['kwikpen', 'flexpen', 'flextouch', 'solostar', 'respimat', 'ellipta', 'aerosphere',
  'handihaler', 'diskus', 'inhub', 'redihaler', 'pressair', 'twisthaler', 'flexhaler', 'neohaler', 'digihaler', 'sensoready']);
/** Labels of a device field ("Hearing aids: Phonak Audéo", "Pump: Tandem t:slim", "Implant: Cochlear Nucleus"). */
const DEVICE_LABELS: ReadonlySet<string> = new Set(['aid', 'aids', 'device', 'devices', 'implant', 'implants', 'pump', 'sensor', 'sensors',
  'processor', 'cgm', 'pacemaker', 'defibrillator', 'inhaler', 'inhalers', 'meter', 'glucometer']);
/** Units of a dose after a strength ("Kyleena 19.5 mg", "Tylenol 500mg", "Xalatan 1 gtt"). */
const DOSE_UNIT_RE = /^(?:mg|mcg|µg|ug|g|gm|ml|meq|units?|iu|mg\/ml|%|puffs?|tabs?|tablets?|caps?|capsules?|drops?|sprays?|gtts?|patch(?:es)?|vials?|pens?|nebs?)$/;
/**
 * A route or a frequency abbreviation written right after a drug's name ("Xalatan OU qhs", "Keppra BID", "Zimhi IM prn"): a person's
 * name is not followed by one. "OD" is left out: it is also an optometrist's credential after a name.
 */
const EYE_SIDES: ReadonlySet<string> = new Set(['os', 'ou']);
// Not "daily" or "weekly": English adverbs follow a person as well ("visits Aigerim weekly").
const ROUTE_FREQUENCY_RE = /^(?:po|iv|ivp|ivpb|im|sq|subq|subcut|sc|sl|pr|inh|os|ou|bid|tid|qid|qd|qhs|qam|qpm|qod|prn)$/;
const STRENGTH_RE = /^\d+(?:mg|mcg|g|ml|meq|iu|u)$/;
/** Product identifiers that follow a product's name ("Kyleena, lot KD37482", "Kyleena S/N: ...", "Kyleena UDI:"). */
/** A treatment's status verbs, at the end of a clause after a drug ("Marinol for appetite stopped."). */
const TREATMENT_STATUS: ReadonlySet<string> = new Set(['stopped', 'held', 'discontinued', 'tapered', 'titrated', 'weaned', 'restarted',
  'resumed', 'increased', 'decreased', 'reduced', 'uptitrated']);
const DRUG_ONLY_STATUS: ReadonlySet<string> = new Set(['discontinued', 'tapered', 'titrated', 'weaned', 'uptitrated']);
const PRODUCT_ID_WORDS: ReadonlySet<string> = new Set(['lot', 'ndc', 'udi']);
const MAX_BRAND_WORDS = 3;
const MAX_BRAND_ITEMS = 4;

/**
 * Capitalised words that are a drug or an over-the-counter product by their place in the sentence, whatever list has them:
 * after a verb of taking or a "concomitant", "product:" or "Drug:" label (items joined by "and", "or" or commas), before a strength
 * with its unit, or before a lot number or serial number. A run with any census name, cue word or facility word in it is
 * left to the name rules whole ("taking Mary Okafor home"), so no person's name is ever split and sheltered.
 */
function markBrandsByContext(words: readonly Word[], flags: Uint32Array, unit: Uint8Array, mode: CaseMode, lex: Lexicon, out: Uint8Array): void {
  if (mode !== 'mixed') return;
  const runEnd = (s: number): number => {
    let e = s;
    // A capital letter hyphen-joined to a brand is part of its name ("Auvi-Q"), and so is one lower-case letter ("Gonal-f").
    while (e + 1 < words.length && e + 1 - s < MAX_BRAND_WORDS && words[e + 1].alpha &&
      (words[e + 1].capitalized || (words[e + 1].upper && (words[e + 1].gapBefore === '-' || RELEASE_SUFFIXES.has(words[e + 1].lower))) ||
        (words[e + 1].gapBefore === '-' && words[e + 1].lower.length === 1)) &&
      (words[e + 1].gapBefore === ' ' || words[e + 1].gapBefore === '-') && words[e].end === words[e].baseEnd) e++;
    return e;
  };
  // A labelled drug field holds a drug even when its brand is also a surname ("Drug: Armour Thyroid"); elsewhere a census word
  // leaves the run to the name rules.
  const clean = (s: number, e: number, labelled = false): boolean => {
    const personBits = labelled ? PERSON_CUE_BITS : WORD_FIRST | WORD_LAST | PERSON_CUE_BITS;
    for (let x = s; x <= e; x++) {
      if (!words[x].alpha || (flags[x] & personBits) !== 0 || (unit[x] & UNIT_FACILITY_HEAD) !== 0) return false;
    }
    // A person's verb after the run makes it a person ("started Okonjo states"), and so does an owner's "'s" ("continue Okonjo's").
    return !(e + 1 < words.length && (flags[e + 1] & WORD_PERSON_VERB) !== 0) && words[e].end === words[e].baseEnd;
  };
  // Words a medication position made a drug, in no English or census list: the same drug at its other uses in the note
  // ("transition to Lucemyra ... discussed Lucemyra"), as a name found once is that person everywhere.
  // A weak position (a treatment-object verb) marks without spreading: one misread name must not be kept note-wide.
  const drugs = new Set<string>();
  const compounds = new Set<string>();
  // A position read from the verb alone (a cue, a label, a treatment-object verb, the same word elsewhere) marks with
  // PROTECTED_POSSESSIVE_OWNER: the drug reading holds unless the note names a person so elsewhere ("Patient: Aigerim
  // Bekova ... Declined Aigerim."), where propagation takes it. A dose, a route, a generic pair or a diagnosis marks firmly.
  const mark = (s: number, e: number, spread = true, weak = false): void => {
    for (let x = s; x <= e; x++) {
      if (!weak && out[x] === PROTECTED_POSSESSIVE_OWNER) out[x] = 1;
      else out[x] ||= weak ? PROTECTED_POSSESSIVE_OWNER : 1;
      if (spread && (flags[x] & (WORD_FIRST | WORD_LAST | WORD_COMMON | PERSON_CUE_BITS)) === 0 && words[x].lower.length >= 4) drugs.add(words[x].lower);
    }
  };
  const unknownWords = (s: number, e: number): boolean => {
    let spaced = 0;
    for (let x = s; x <= e; x++) {
      if ((flags[x] & WORD_COMMON) !== 0) return false;
      if (x > s && words[x].gapBefore !== '-') spaced++;
    }
    return spaced > 0;
  };
  const hyphenEnd = (s: number): number => {
    let end = s;
    while (end + 1 < words.length && words[end + 1].gapBefore === '-' && words[end + 1].alpha && (words[end + 1].capitalized || words[end + 1].upper)) end++;
    return end;
  };
  const statusAfter = (e: number): boolean => {
    let k = e + 1;
    if (words[k]?.lower === 'for' && SPACE_GAP_RE.test(words[k].gapBefore)) {
      k++;
      let purpose = 0;
      while (words[k] !== undefined && words[k].alpha && !words[k].capitalized && !words[k].upper && SPACE_GAP_RE.test(words[k].gapBefore) &&
        !TREATMENT_STATUS.has(words[k].lower) && purpose < 2) { k++; purpose++; }
      if (purpose === 0) return false;
    }
    // Without a purpose, only a verb no person is the subject of at a clause's end ("Okonkwo stopped." may be the patient).
    const purposed = k > e + 1;
    if (words[k]?.lower === 'was' && SPACE_GAP_RE.test(words[k].gapBefore)) k++;
    const v = words[k];
    if (v === undefined || !TREATMENT_STATUS.has(v.lower) || !SPACE_GAP_RE.test(v.gapBefore) || v.capitalized || v.upper) return false;
    if (!purposed && !DRUG_ONLY_STATUS.has(v.lower)) return false;
    const n = words[k + 1];
    return n === undefined || /^[ \t]*[.;,]|[\r\n]/.test(n.gapBefore);
  };
  const compoundKey = (s: number, e: number): string => words.slice(s, e + 1).map((q) => q.lower).join('-');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.capitalized || !w.alpha) continue;
    // "Start Zimhi (naloxone)", "Switch to Opvee": a capitalised cue opening a sentence is the cue, not the drug's first word.
    if (MEDICATION_CUES.has(w.lower) || MEDICATION_TO_CUES.has(w.lower)) continue;
    const e = runEnd(i);
    const next = words[e + 1];
    const after = words[e + 2];
    // Before a strength ("Kyleena 19.5 mg", "Tylenol 500mg") or a product identifier ("Kyleena, lot KD37482", "Kyleena S/N").
    const strength = next !== undefined && /^[ \t]$/.test(next.gapBefore) && (STRENGTH_RE.test(next.lower) ||
      (/^\d+$/.test(next.lower) && words.slice(e + 2, e + 4).some((q) => DOSE_UNIT_RE.test(q.lower) && /^[ .]?$/.test(q.gapBefore))));
    const productId = next !== undefined && /^,?[ \t]$/.test(next.gapBefore) && (PRODUCT_ID_WORDS.has(next.lower) ||
      (next.lower === 's' && after !== undefined && after.lower === 'n' && after.gapBefore === '/'));
    // A route or a frequency after it ("Xalatan OU qhs", "Keppra BID"), in lower case or as a capitals abbreviation.
    // Two capitals alone are as often a person's initials ("Baruelli PR"): "PR", "IM" or "SL" count only in lower case or
    // before another route or frequency ("Zimhi IM prn"); an eye's side ("Xalatan OS", "OU") is rarely a pair of initials.
    const routeWord = (q: Word | undefined): boolean => q !== undefined && /^[ \t]$/.test(q.gapBefore) && q.alpha && !q.capitalized &&
      ROUTE_FREQUENCY_RE.test(q.lower);
    const route = (routeWord(next) && (!next.upper || next.lower.length >= 3 || EYE_SIDES.has(next.lower) || routeWord(after))) ||
      (next !== undefined && /^[ \t]$/.test(next.gapBefore) && next.alpha && !next.capitalized && !next.upper && DOSE_FORMS.has(next.lower));
    // A brand and its generic in brackets, either way round ("Zimhi (naloxone)", "lofexidine (Lucemyra)").
    const pair = genericPairAt(words, i, e, lex);
    const prev = words[i - 1];
    const labelled = prev !== undefined && MEDICATION_LABELS.has(prev.lower) && /^:[ \t]$/.test(w.gapBefore);
    const toCued = prev !== undefined && prev.lower === 'to' && /^[ \t]$/.test(w.gapBefore) && i >= 2 &&
      /^[ \t]$/.test(prev.gapBefore) && MEDICATION_TO_CUES.has(words[i - 2].lower);
    const allergyList = prev !== undefined && ALLERGY_LABELS.has(prev.lower) && /^:[ \t]$/.test(w.gapBefore);
    // A device field holds a maker and a model, two words in no English list ("Hearing aids: Phonak Audéo"): no full-name guard.
    const deviceField = prev !== undefined && DEVICE_LABELS.has(prev.lower) && /^:[ \t]$/.test(w.gapBefore);
    const cued = labelled || toCued || allergyList || deviceField || (prev !== undefined && /^[ \t]$/.test(w.gapBefore) && MEDICATION_CUES.has(prev.lower));
    const spaced = prev !== undefined && /^[ \t]$/.test(w.gapBefore);
    // Only a clause's last word: "recommended Aigerim follow up" has the person as the subject of what follows.
    const topic = spaced && !cued && TOPIC_CUES.has(prev.lower) && e === i && w.end === w.baseEnd &&
      (next === undefined || /^[ \t]*[.;,:)]/.test(next.gapBefore));
    const diagnostic = spaced && i >= 2 && /^[ \t]$/.test(prev.gapBefore) && (DIAGNOSTIC_CUES.get(prev.lower)?.has(words[i - 2].lower) ?? false);
    if (diagnostic) {
      // A census given name before another word is a person even here ("consistent with Mary Smith's account"), and so are
      // two spaced words in no English list ("consistent with Teodora Ibe") and an owner ("consistent with Okafor's report");
      // a title is never part of a disease's name.
      let person = e > i && ((flags[i] & WORD_FIRST) !== 0 || unknownWords(i, e));
      for (let x = i; x <= e; x++) {
        if (!words[x].alpha || (flags[x] & PERSON_CUE_BITS) !== 0 || (unit[x] & UNIT_FACILITY_HEAD) !== 0 || words[x].end !== words[x].baseEnd) person = true;
      }
      if (!person) {
        // "consistent with Hardy-Weinberg": the hyphen-joined parts are one name, and the compound is that principle
        // at its other uses in the note ("Confirmed by Hardy-Weinberg"); a single census word does not spread.
        const end = hyphenEnd(e);
        mark(i, end);
        if (end > e || e > i) compounds.add(compoundKey(i, end));
        i = end;
      }
      continue;
    }
    if (topic) {
      if (clean(i, e)) mark(i, e, false, true);
      continue;
    }
    // A treatment's status after it ends its clause ("Marinol for appetite stopped.", "Keppra discontinued;"): a drug is stopped,
    // held or tapered, a person is not so written at a clause's end. Only a run in no census or English list (clean and
    // unknown below), with at most a purpose ("for appetite") between; marked weak, without spreading.
    if (!strength && !productId && !route && !pair && !cued) {
      if (!w.upper && statusAfter(e) && clean(i, e) && !((flags[i] & WORD_COMMON) !== 0 || lex.common.has(w.lower))) mark(i, e, false, true);
      continue;
    }
    // "started Aigerim on buprenorphine", "take Aigerim home": a run a verb puts on a drug or somewhere is the patient.
    const onAfter = cued && !strength && !route && !pair && next !== undefined && PATIENT_OBJECT_NEXT.has(next.lower) && /^[ \t]$/.test(next.gapBefore);
    // "Start Okonkwo Adeyemi today": after a verb alone, two or more spaced words in no English list are a full name; a
    // brand of several words holds an English word ("Armour Thyroid", "Tiger Balm") or is hyphen-joined ("Pepto-Bismol").
    const unknownRun = cued && !labelled && !deviceField && !strength && !route && !pair && unknownWords(i, e);
    if (unknownRun) {
      i = e;
      continue;
    }
    if (!onAfter && clean(i, e, labelled)) mark(i, e, true, !strength && !productId && !route && !pair);
    if (!cued) {
      i = e;
      continue;
    }
    // Coordinated items after the cue: "taking Tiger Balm and Pepto-Bismol from Rite Aid" (the run stops at "from").
    let k = e;
    for (let items = 1; items < MAX_BRAND_ITEMS; items++) {
      const q = words[k + 1];
      let s2 = k + 1;
      if (q === undefined) break;
      if ((q.lower === 'and' || q.lower === 'or') && /^[ \t]$/.test(q.gapBefore)) s2 = k + 2;
      else if (!/^,[ \t]$/.test(q.gapBefore)) break;
      const first = words[s2];
      if (first === undefined || !first.capitalized || !first.alpha || (s2 === k + 2 && !/^[ \t]$/.test(first.gapBefore))) break;
      const e2 = runEnd(s2);
      if (clean(s2, e2)) mark(s2, e2, true, true);
      k = e2;
    }
    i = k;
  }
  // "Humalog KwikPen", "Breztri Aerosphere": a delivery device's brand word after a capitalised word makes that word the drug.
  for (let x = 1; x < words.length; x++) {
    if (!DEVICE_FORM_BRANDS.has(words[x].lower) || !/^[ \t]$/.test(words[x].gapBefore)) continue;
    const d = words[x - 1];
    if (d.alpha && (d.capitalized || d.upper) && clean(x - 1, x - 1)) mark(x - 1, x);
    out[x] ||= 1;
  }
  markSectionItems(words, runEnd, clean, mark);
  if (drugs.size === 0 && compounds.size === 0) return;
  for (let x = 0; x < words.length; x++) {
    if (out[x] || !(words[x].capitalized || words[x].upper)) continue;
    // "Dr. Lucemyra" would be a person: a title, relative or role right before keeps it the name rules'.
    if (x > 0 && (flags[x - 1] & (WORD_TITLE | WORD_RELATIVE | WORD_ROLE)) !== 0) continue;
    if (drugs.has(words[x].lower)) out[x] = PROTECTED_POSSESSIVE_OWNER;
    else if (compounds.size > 0 && (x === 0 || words[x].gapBefore !== '-')) {
      const end = hyphenEnd(x);
      if (end > x && compounds.has(compoundKey(x, end))) for (let y = x; y <= end; y++) out[y] = 1;
    }
  }
}

/** Words that give a drug as a continuous infusion after its name ("giapreza gtt", "levophed drip"). */
const INFUSION_WORDS: ReadonlySet<string> = new Set(['gtt', 'gtts', 'drip', 'drips', 'infusion', 'infusions']);
/** A treatment's status that ends a clause after a drug, not after a person ("giapreza held.", "unasyn stopped;"). */
const CLAUSE_END_AFTER_RE = /^[ \t]*[.;,)]|[\r\n]/;

/**
 * Where case says nothing (caps-only or lower-case notes) the mixed-case brand rule above reads no capital, so a brand in a
 * medication position is found by its position alone: a word in no English, census or cue list right before an infusion
 * word ("giapreza gtt", "GIAPREZA DRIP"), a strength ("kyleena 19.5 mg"), a dose form ("zimhi pen") or a treatment's status
 * that ends its clause ("giapreza held.", "unasyn titrated down"). A person is never given by drip, dosed or held; the drug
 * so found is that drug at its other mentions in the note ("giapreza for comfort"), unless a title, role or relative
 * stands right before one ("dr. giapreza").
 */
function markCaselessBrands(words: readonly Word[], flags: Uint32Array, mode: CaseMode, lex: Lexicon, out: Uint8Array): void {
  if (mode === 'mixed') return;
  const unlisted = (x: number): boolean => words[x].alpha && words[x].lower.length >= 4 && words[x].end === words[x].baseEnd &&
    (flags[x] & (WORD_FIRST | WORD_LAST | WORD_COMMON | PERSON_CUE_BITS)) === 0 && !lex.common.has(words[x].lower);
  const drugs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (!unlisted(i) || (i > 0 && (flags[i - 1] & (WORD_TITLE | WORD_RELATIVE | WORD_ROLE)) !== 0)) continue;
    const next = words[i + 1];
    if (!/^[ \t]$/.test(next.gapBefore)) continue;
    const infusion = INFUSION_WORDS.has(next.lower);
    const strength = STRENGTH_RE.test(next.lower) ||
      (/^\d+(?:\.\d+)?$/.test(next.lower) && words.slice(i + 2, i + 4).some((q) => DOSE_UNIT_RE.test(q.lower) && /^[ .]?$/.test(q.gapBefore)));
    const form = DOSE_FORMS.has(next.lower);
    const status = next.alpha && TREATMENT_STATUS.has(next.lower) && (DRUG_ONLY_STATUS.has(next.lower) ||
      words[i + 2] === undefined || CLAUSE_END_AFTER_RE.test(words[i + 2].gapBefore));
    if (!infusion && !strength && !form && !status) continue;
    out[i] ||= 1;
    drugs.add(words[i].lower);
  }
  if (drugs.size === 0) return;
  for (let x = 0; x < words.length; x++) {
    if (out[x] || !drugs.has(words[x].lower)) continue;
    if (x > 0 && (flags[x - 1] & (WORD_TITLE | WORD_RELATIVE | WORD_ROLE)) !== 0) continue;
    out[x] = 1;
  }
}

/** A culture's growth after these words is on a medium ("culture on Lowenstein-Jensen", "plated on Thayer-Martin"). */
const CULTURE_WORDS: ReadonlySet<string> = new Set(['culture', 'cultures', 'cultured', 'grown', 'growth', 'plated', 'subcultured']);

/**
 * A microbiology medium is named after its describers, hyphen-joined ("Lowenstein-Jensen", "Thayer-Martin", "Middlebrook")
 * and in any case: after a culture word and "on" the run of hyphen-joined words is the medium, never a person (a person is
 * not cultured or plated on). At most three parts, letters only.
 */
function markCultureMedia(words: readonly Word[], out: Uint8Array): void {
  for (let i = 2; i < words.length; i++) {
    if (words[i - 1].lower !== 'on' || !CULTURE_WORDS.has(words[i - 2].lower) || !/^[ \t]$/.test(words[i].gapBefore) ||
      !/^[ \t]$/.test(words[i - 1].gapBefore) || !words[i].alpha || words[i].end !== words[i].baseEnd) continue;
    let e = i;
    while (e + 1 < words.length && e - i < 2 && words[e + 1].gapBefore === '-' && words[e + 1].alpha) e++;
    for (let x = i; x <= e; x++) out[x] ||= 1;
  }
}

/** A generic drug's name by its form: a drug stem ("-pril", "-idine", "-one") on a code-set word or on a word in no English list. */
const DRUG_STEM_RE = /(?:ine|ide|one|olol|pril|sartan|statin|azole|mab|nib|vir|xaban|parin|prost|profen|oxetine|triptan|idine|amide|azepam|zolam|mycin|cillin|cycline|floxacin|dronate|gliflozin|glutide|lukast|terol|sone|olone|asone|tidine|prazole)$/;
function genericDrugWord(lex: Lexicon, q: Word | undefined): boolean {
  if (q === undefined || !q.alpha || q.capitalized || q.upper || q.lower.length < 6 || !DRUG_STEM_RE.test(q.lower)) return false;
  return lex.clinical.has(q.lower) || lex.indexClinical.has(q.lower) || !lex.common.has(q.lower);
}

const LINE_BREAK_RE = /[\r\n]/;
const BLANK_LINE_RE = /\n[ \t]*\r?\n/;
/** A list item's opening after its line break: a bullet or nothing ("- Qtern", "• Qtern", "Qtern"). */
const ITEM_OPENING_RE = /[\r\n][ \t]*(?:[-*•·][ \t]*)?$/;
const MAX_SECTION_LINES = 30;

/**
 * Medication and allergy lists written as a section ("Medications:⏎1. Qtern⏎2. Metformin 500 mg", "Allergies:⏎- Sulfa"): the
 * capitalised run opening each item line is a drug or an allergen, to a blank line or the next "Header:" line. Census names,
 * cue words and places are left to the name rules (clean), and the mark is the weak one, so a person a field names stays a person.
 */
function markSectionItems(
  words: readonly Word[], runEnd: (s: number) => number, clean: (s: number, e: number) => boolean, mark: (s: number, e: number, spread?: boolean, weak?: boolean) => void,
): void {
  const n = words.length;
  for (let i = 0; i + 1 < n; i++) {
    const label = words[i].lower;
    if (!(MEDICATION_LABELS.has(label) || ALLERGY_LABELS.has(label)) || !/^:[ \t]*\r?\n/.test(words[i + 1].gapBefore)) continue;
    let k = i + 1;
    for (let line = 0; line < MAX_SECTION_LINES && k < n; line++) {
      if (BLANK_LINE_RE.test(words[k].gapBefore)) break;
      let start = k;
      // "1. Qtern", "2) Qtern": an item number opens the line.
      if (/^\d{1,2}$/.test(words[k].lower) && k + 1 < n && /^[.)][ \t]+$/.test(words[k + 1].gapBefore)) start = k + 1;
      else if (!ITEM_OPENING_RE.test(words[k].gapBefore)) break;
      const w = words[start];
      if (w === undefined) break;
      const e = w.alpha && w.capitalized ? runEnd(start) : start;
      // The next section's "Header:" line ends the list.
      if (words[e + 1] !== undefined && /^:[ \t]*(?:\r?\n|$)/.test(words[e + 1].gapBefore)) break;
      if (w.alpha && w.capitalized && clean(start, e)) mark(start, e, false, true);
      k = e + 1;
      while (k < n && !LINE_BREAK_RE.test(words[k].gapBefore)) k++;
    }
  }
}

/**
 * A brand and its generic written as a pair: the run s..e, then "(" and one generic word and ")" ("Zimhi (naloxone)"), or
 * one generic word then the run in brackets ("lofexidine (Lucemyra)"). A relative or a role in the brackets is not a generic.
 */
function genericPairAt(words: readonly Word[], s: number, e: number, lex: Lexicon): boolean {
  const after = words[e + 1];
  if (after !== undefined && /^[ \t]?\($/.test(after.gapBefore) && genericDrugWord(lex, after) && /^\)/.test(words[e + 2]?.gapBefore ?? ')')) return true;
  const before = words[s - 1];
  const closes = words[e + 1] === undefined || /^\)/.test(words[e + 1].gapBefore);
  return before !== undefined && /^[ \t]?\($/.test(words[s].gapBefore) && closes && genericDrugWord(lex, before);
}

const ROMAN_ITEM_RE = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;
/**
 * An outline's Roman-numeral item ("IV. Hypertension⏎V. Gouty arthritis"): a numeral at a line's start before a full stop or
 * a bracket, when two or more lines of the note open so, is an item number, not a person's initial; the English word it
 * opens is a heading's first word (census names excepted, so "V. Rose" stays the name rules').
 */
function markOutlineItems(words: readonly Word[], flags: Uint32Array, lex: Lexicon, out: Uint8Array): void {
  const items: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (!w.upper || !ROMAN_ITEM_RE.test(w.lower.toUpperCase()) || !(i === 0 || /[\n\r][ \t]*$/.test(w.gapBefore))) continue;
    if (!/^[.)][ \t]+$/.test(words[i + 1].gapBefore)) continue;
    items.push(i);
  }
  if (items.length < 2) return;
  for (const i of items) {
    const next = words[i + 1];
    // A surname that is also a word heads an item when a clinical word follows it ("V. Gouty arthritis"), not a verb ("V. Gray states").
    const after = words[i + 2];
    const clinicalAfter = after !== undefined && /^[ \t]+$/.test(after.gapBefore) && (lex.indexClinical.has(after.lower) || lex.clinical.has(after.lower));
    if (!next.alpha || !lex.common.has(next.lower) || (flags[i + 1] & WORD_FIRST) !== 0 || ((flags[i + 1] & WORD_LAST) !== 0 && !clinicalAfter)) continue;
    out[i] ||= 1;
    out[i + 1] ||= 1;
  }
}

/** The run s..i-1 is one eponym of the ICD-10-CM Index: a listed word, or a hyphen-joined pair listed whole or part by part. */
function indexEponymRun(words: readonly Word[], s: number, i: number): boolean {
  const eponyms = icdEponyms();
  if (i - s === 1) return eponyms.has(words[s].lower);
  if (i - s !== 2 || words[s + 1].gapBefore !== '-') return false;
  return eponyms.has(`${words[s].lower}-${words[s + 1].lower}`) || (eponyms.has(words[s].lower) && eponyms.has(words[s + 1].lower));
}

/** Whether word i is a head of this module's position lists (instrument heads, graded heads, lower-case-only heads). */
function positionHeadAt(words: readonly Word[], unit: Uint8Array, i: number, mode: CaseMode): boolean {
  const w = words[i];
  if (INSTRUMENT_HEADS.has(w.lower)) return true;
  if (GRADED_HEADS.has(w.lower)) {
    // "Clark level 2 trauma center" grades a place: a facility word or a unit of care after the grade is no eponym's.
    const next = words[i + 1];
    const then = words[i + 2];
    const place = then !== undefined && ((unit[i + 2] & UNIT_FACILITY_HEAD) !== 0 || GRADED_PLACE_WORDS.has(then.lower));
    return next !== undefined && /^[ \t\u00a0]$/.test(next.gapBefore) && GRADE_RE.test(next.lower) && !place;
  }
  return LOWER_CASE_HEADS.has(w.lower) && mode === 'mixed' && !w.capitalized && !w.upper;
}

/**
 * Records the capitalised run a head protected ("Kimmelstiel-Wilson", "Greulich and Pyle", "Navajo") by its words and the
 * gaps between them, so the same term is known at its other mentions without its head. A single word a census list has as
 * a name or English has as a word is not recorded ("Wells score" leaves "Wells called" to the name rules).
 */
function recordRun(words: readonly Word[], flags: Uint32Array, lex: Lexicon, s: number, i: number, runs: Map<string, Run[]>): void {
  const capital = (q: Word): boolean => q.alpha && (q.capitalized || q.upper);
  // An owner before the head ("Tesfaye's disease") is the eponym's reading of one mention, not a term to carry to others.
  if (!capital(words[s]) || (i - s === 1 && words[s].end !== words[s].baseEnd)) return;
  let e = s;
  while (e + 1 < i) {
    const q = words[e + 1];
    if (capital(q) && (q.gapBefore === '-' || SPACE_GAP_RE.test(q.gapBefore))) e++;
    else if (q.lower === 'and' && SPACE_GAP_RE.test(q.gapBefore) && e + 2 < i && capital(words[e + 2]) && SPACE_GAP_RE.test(words[e + 2].gapBefore)) e += 2;
    else break;
    if (words[e].end !== words[e].baseEnd) break;
  }
  if (e === s && ((flags[s] & (WORD_FIRST | WORD_LAST | WORD_COMMON)) !== 0 || lex.common.has(words[s].lower) || words[s].lower.length < 4)) return;
  const run: Run = { words: [], hyphens: [] };
  for (let x = s; x <= e; x++) {
    run.words.push(words[x].lower);
    run.hyphens.push(x > s && words[x].gapBefore === '-');
  }
  const list = runs.get(run.words[0]) ?? [];
  if (!list.some((r) => r.words.join(' ') === run.words.join(' '))) list.push(run);
  runs.set(run.words[0], list);
}

/** A protected run's words and, per word after the first, whether a hyphen joins it to the one before. */
interface Run {
  words: string[];
  hyphens: boolean[];
}
const SPACE_GAP_RE = /^[ \t\u00a0]$/;
/** First words of the two-word state names ("Navajo, New Mexico"), which the one-word state list does not hold. */
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set(['new', 'north', 'south', 'west', 'rhode']);

/**
 * Document-level consistency: a term a head protected once is the same term at its other mentions in the note ("Greulich
 * and Pyle atlas ... bone age by Greulich and Pyle", "Kimmelstiel-Wilson disease ... (Kimmelstiel-Wilson)"). The mark is
 * the weak one, so a person a labelled field names with the same words is still redacted there; a title, role or relative
 * before a mention, or a person's verb after it, leaves it to the name rules ("Dr. Harris-Benedict", "Pyle, Anne called").
 */
function markOtherMentions(words: readonly Word[], flags: Uint32Array, runs: ReadonlyMap<string, Run[]>, out: Uint8Array): void {
  if (runs.size === 0) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (out[i] || !w.alpha || !(w.capitalized || w.upper) || (i > 0 && w.gapBefore === '-')) continue;
    const list = runs.get(w.lower);
    if (!list) continue;
    for (const run of list) {
      const e = i + run.words.length - 1;
      if (e >= words.length) continue;
      let ok = true;
      for (let j = 1; ok && j < run.words.length; j++) {
        const q = words[i + j];
        ok = q.lower === run.words[j] && (run.hyphens[j] ? q.gapBefore === '-' : SPACE_GAP_RE.test(q.gapBefore));
      }
      if (!ok || words[e + 1]?.gapBefore === '-') continue;
      const cued = i > 0 && (flags[i - 1] & (WORD_TITLE | WORD_ROLE | WORD_RELATIVE)) !== 0 && !/[\n\r]/.test(w.gapBefore);
      const personAfter = e + 1 < words.length && (flags[e + 1] & WORD_PERSON_VERB) !== 0 && !/[\n\r.;:]/.test(words[e + 1].gapBefore);
      // "Pyle, Anne": a census given name after a comma turns the mention into an inverted full name.
      const inverted = e + 1 < words.length && /^,[ \t]*$/.test(words[e + 1].gapBefore) && (flags[e + 1] & WORD_FIRST) !== 0 &&
        words[e + 1].capitalized;
      // A capitalised word spaced right before or after makes the mention part of a longer name ("Hiroshi Tesfaye").
      const longer = (i > 0 && SPACE_GAP_RE.test(w.gapBefore) && words[i - 1].alpha && words[i - 1].capitalized && !out[i - 1]) ||
        (e + 1 < words.length && SPACE_GAP_RE.test(words[e + 1].gapBefore) && words[e + 1].alpha && words[e + 1].capitalized && !out[e + 1]);
      // "Lives in Navajo, NM": after a place preposition or a movement word, or before a state, the mention is a town.
      const prev = words[i - 1];
      const placed = (prev !== undefined && SPACE_GAP_RE.test(w.gapBefore) && (PLACE_PREPS.has(prev.lower) || (flags[i - 1] & WORD_MOVEMENT) !== 0)) ||
        (e + 1 < words.length && /^,[ \t]*$/.test(words[e + 1].gapBefore) &&
          (US_STATES.has(words[e + 1].lower) || STATE_FIRST_WORDS.has(words[e + 1].lower) ||
            (words[e + 1].upper && words[e + 1].alpha && words[e + 1].lower.length === 2)));
      if (cued || personAfter || inverted || longer || placed) continue;
      for (let x = i; x <= e; x++) out[x] ||= PROTECTED_POSSESSIVE_OWNER;
      i = e;
      break;
    }
  }
}

/** Slots of a measurement's method: "per", "using", "via", "by" ("bone age by Greulich and Pyle", "per Harris-Benedict"). */
const METHOD_PREPS: ReadonlySet<string> = new Set(['per', 'using', 'via', 'by']);
/** Words right before a method's preposition that make the phrase a measurement (not "seen by Smith and Jones"). */
const MEASURE_WORDS: ReadonlySet<string> = new Set(['age', 'ages', 'needs', 'need', 'requirement', 'requirements', 'expenditure', 'estimate',
  'estimated', 'calculated', 'recalculated', 'calculation', 'estimation', 'measured', 'predicted', 'scored', 'graded', 'staged', 'classified', 'kcal', 'kcals', 'calories', 'score',
  'scores', 'stage', 'grade', 'percentile', 'bmr', 'ree', 'rmr', 'tee', 'ibw', 'height', 'weight', 'dose', 'dosing', 'clearance', 'gfr',
  'egfr', 'crcl', 'risk', 'class']);
const SCORE_UNIT_RE = /^(?:points?|pts?|kcal)$/;
const MAX_SCORE_TOTAL = 100;

/**
 * An eponymous method written without its head, by its slot: two authors joined by a hyphen or "and" ("Harris-Benedict",
 * "Greulich and Pyle", "Roland-Morris") after a method's preposition that follows a measurement ("1850 kcal/day per
 * Harris-Benedict", "bone age by Greulich and Pyle"), or before a score ("Roland-Morris: 14/24", "Harris-Benedict = 1850
 * kcal"). A score is a fraction that no date reads (14/24) or a number with points or kcal. Marked weak: a person a
 * labelled field names so keeps the name reading. The term is then known at its other mentions (markOtherMentions).
 */
function markMeasurementSlots(words: readonly Word[], flags: Uint32Array, lex: Lexicon, runs: Map<string, Run[]>, out: Uint8Array): void {
  const author = (k: number): boolean => k < words.length && words[k].alpha && words[k].capitalized && words[k].lower.length >= 3 &&
    (flags[k] & PERSON_CUE_BITS) === 0;
  for (let i = 1; i + 1 < words.length; i++) {
    const w = words[i];
    if (out[i] || !author(i) || w.gapBefore === '-' || w.end !== w.baseEnd) continue;
    let e = -1;
    if (words[i + 1].gapBefore === '-' && author(i + 1)) e = i + 1;
    else if (words[i + 1].lower === 'and' && SPACE_GAP_RE.test(words[i + 1].gapBefore) && author(i + 2) &&
      SPACE_GAP_RE.test(words[i + 2].gapBefore)) e = i + 2;
    // "by Mei-Ling Ouyang": a capitalised word after the pair makes it a person's given name and surname.
    const after = words[e + 1];
    if (e < 0 || after?.gapBefore === '-' || words[e].end !== words[e].baseEnd ||
      (after !== undefined && after.alpha && (after.capitalized || after.upper) && SPACE_GAP_RE.test(after.gapBefore))) continue;
    const p = i - 1;
    // "R. Ben-Mcguffey": an initial before the pair makes it a person's surname.
    if (words[p].upper && words[p].lower.length === 1 && /^\.[ \t]?$/.test(w.gapBefore)) continue;
    const prep = SPACE_GAP_RE.test(w.gapBefore) && METHOD_PREPS.has(words[p].lower);
    const before = (k: number): boolean => k >= 0 && !/[\n\r]/.test(words[k + 1].gapBefore) && MEASURE_WORDS.has(words[k].lower);
    // "Bone age (Greulich-Pyle) 10 years": the method in brackets right after the measurement.
    const bracketed = /^[ \t]?\($/.test(w.gapBefore) && /^\)/.test(words[e + 1]?.gapBefore ?? '') && before(p);
    const measureBefore = bracketed || (prep && (before(p - 1) || (p >= 2 && words[p - 1].gapBefore === '/' && before(p - 2))));
    const v = words[e + 1];
    let scoreAfter = false;
    if (v !== undefined && /^[ \t]*[:=]?[ \t]*$/.test(v.gapBefore) && /^\d+$/.test(v.lower)) {
      const d = words[e + 2];
      if (d !== undefined && d.gapBefore === '/' && /^\d+$/.test(d.lower)) {
        const a = Number(v.lower);
        const b = Number(d.lower);
        // A scale's total is small (14/24, 27/30, 8/10); "445/880-7829" is a phone number and "3/14" a date.
        scoreAfter = a <= b && b <= MAX_SCORE_TOTAL && !(a >= 1 && a <= 12 && b >= 1 && b <= 31) && !/^[-.]/.test(words[e + 3]?.gapBefore ?? '');
      } else scoreAfter = d !== undefined && SPACE_GAP_RE.test(d.gapBefore) && SCORE_UNIT_RE.test(d.lower);
    }
    if (!measureBefore && !scoreAfter) continue;
    for (let x = i; x <= e; x++) out[x] ||= PROTECTED_POSSESSIVE_OWNER;
    recordRun(words, flags, lex, i, e + 1, runs);
    i = e;
  }
}

/** An edition or version numeral after a named test's name: "Denver II", "Bayley-III", "Vineland-3", "WISC-V". */
const EDITION_ROMAN_RE = /^(?:ii|iii|iv|v)$/;
const EDITION_DIGIT_RE = /^\d{1}$/;
const EDITION_ORDINAL_RE = /^\d{1,2}(?:st|nd|rd|th)$/;
/** Words after a score that make the number an age or a sex ("Smith III 67 yo"): a census line's person, not a test's result. */
const AGE_SEX_RE = /^(?:y|yo|yr|yrs|year|years|m|f|male|female|mo|mos|months?|wk|wks|weeks?|d|days?)$/;
/**
 * A named test by its edition, without a head noun: a capitalised run of one or two words followed by an edition numeral
 * joined by a hyphen ("Vineland-3", "Bayley-III") or spaced in capitals ("Denver II"), or an ordinal edition ("Peabody 2nd
 * ed."). A person's generational suffix is spaced and follows a given name ("Robert Denver II") or comes before a comma
 * ("Denver III, Robert"), so the spaced numeral counts only in a test's slot: a method preposition before it ("adaptive by
 * Denver II") or a result after it on the same line ("Denver II 2 cautions"), never after a title, role or relative. A
 * hyphen-joined numeral is never a person's suffix but is a ward's number ("Blake-7"): it too needs the slot, or a
 * preposition of method. Marked weak, so a labelled field naming the person outweighs it.
 */
function markEditionTests(words: readonly Word[], flags: Uint32Array, unit: Uint8Array, lex: Lexicon, runs: Map<string, Run[]>, out: Uint8Array): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (out[i] || !w.alpha || !(w.capitalized || w.upper) || w.lower.length < 3 || (flags[i] & PERSON_CUE_BITS) !== 0) continue;
    // The run opens the phrase: a capitalised word right before it would make a longer name ("Robert Denver II").
    const prev = words[i - 1];
    if (prev !== undefined && prev.alpha && (prev.capitalized || prev.upper) && SPACE_GAP_RE.test(w.gapBefore)) continue;
    let e = i;
    if (words[i + 1].alpha && words[i + 1].capitalized && SPACE_GAP_RE.test(words[i + 1].gapBefore) && words[i + 1].lower.length >= 3 && (flags[i + 1] & PERSON_CUE_BITS) === 0 &&
      !EDITION_ROMAN_RE.test(words[i + 1].lower)) e = i + 1;
    const num = words[e + 1];
    if (num === undefined || words[e].end !== words[e].baseEnd) continue;
    const hyphened = num.gapBefore === '-' && (EDITION_DIGIT_RE.test(num.lower) || (num.upper && EDITION_ROMAN_RE.test(num.lower)));
    const spaced = SPACE_GAP_RE.test(num.gapBefore) && num.upper && EDITION_ROMAN_RE.test(num.lower) && num.lower.length >= 2;
    const ordinal = SPACE_GAP_RE.test(num.gapBefore) && EDITION_ORDINAL_RE.test(num.lower) && words[e + 2] !== undefined &&
      /^(?:ed|edition)$/.test(words[e + 2].lower) && SPACE_GAP_RE.test(words[e + 2].gapBefore);
    if (!hyphened && !spaced && !ordinal) continue;
    const last = ordinal ? e + 2 : e + 1;
    const next = words[last + 1];
    // "Denver III, Robert": an inverted name's suffix stands before its comma; a hyphen or digit run after is an identifier.
    if (next !== undefined && /^[-/]/.test(next.gapBefore)) continue;
    if (spaced && next !== undefined && /^[ 	]*,/.test(next.gapBefore)) continue;
    if (prev !== undefined && (flags[i - 1] & (WORD_TITLE | WORD_ROLE | WORD_RELATIVE)) !== 0 && !/[\n\r):;]/.test(w.gapBefore)) continue;
    // A first name then a surname is a person whatever follows ("Mary Vineland-3" is no test).
    if (e > i && (flags[i] & WORD_FIRST) !== 0) continue;
    let facility = false;
    for (let x = i; x <= e; x++) if ((unit[x] & UNIT_FACILITY_HEAD) !== 0) facility = true;
    if (facility) continue;
    const methodBefore = prev !== undefined && METHOD_PREPS.has(prev.lower) && SPACE_GAP_RE.test(w.gapBefore);
    const after = words[last + 2];
    const resultAfter = next !== undefined && /^[ \t]*[:=]?[ \t]*$/.test(next.gapBefore) && /^\d{1,3}$/.test(next.lower) &&
      !(after !== undefined && !/[\n\r]/.test(after.gapBefore) && AGE_SEX_RE.test(after.lower));
    if (!methodBefore && !resultAfter) continue;
    for (let x = i; x <= last; x++) out[x] ||= PROTECTED_POSSESSIVE_OWNER;
    recordRun(words, flags, lex, i, e + 1, runs);
    i = last;
  }
}

/** A result read against a test's normative sample ("below norms", "within age norms"): only a test has norms. */
const NORM_PREPS: ReadonlySet<string> = new Set(['below', 'above', 'within', 'at', 'near']);
const NORM_WORDS: ReadonlySet<string> = new Set(['norm', 'norms', 'normative']);
/**
 * A named test by its result slot, without a head noun: the capitalised run (up to three words) right before a reading
 * against norms ("Purdue Pegboard below norms", "Nine Hole Peg within age norms"). A person is not compared with norms; a
 * given name then a surname, a title, role or relative before the run, or a facility word in it leave it to the name rules.
 */
function markNormedTests(words: readonly Word[], flags: Uint32Array, unit: Uint8Array, lex: Lexicon, runs: Map<string, Run[]>, out: Uint8Array): void {
  for (let p = 1; p + 1 < words.length; p++) {
    if (!NORM_PREPS.has(words[p].lower) || !SPACE_GAP_RE.test(words[p].gapBefore) || words[p].capitalized || words[p].upper) continue;
    let k = p + 1;
    if (words[k].lower === 'age' && SPACE_GAP_RE.test(words[k].gapBefore)) k++;
    if (words[k] === undefined || !NORM_WORDS.has(words[k].lower) || !SPACE_GAP_RE.test(words[k].gapBefore)) continue;
    let s = p;
    while (s > 0 && p - s < MAX_RUN_WORDS - 1) {
      const q = words[s - 1];
      if (!q.alpha || !(q.capitalized || q.upper) || (flags[s - 1] & PERSON_CUE_BITS) !== 0 || (unit[s - 1] & UNIT_FACILITY_HEAD) !== 0) break;
      if (s < p && !RUN_GAP_RE.test(words[s].gapBefore)) break;
      if (s === p && !SPACE_GAP_RE.test(words[s].gapBefore)) break;
      if (q.end !== q.baseEnd && s < p) break;
      s--;
    }
    if (s === p || words[p - 1].end !== words[p - 1].baseEnd) continue;
    if (s > 0 && (flags[s - 1] & (WORD_TITLE | WORD_ROLE | WORD_RELATIVE)) !== 0 && !/[\n\r):;]/.test(words[s].gapBefore)) continue;
    let person = false;
    for (let x = s; x + 1 < p; x++) if ((flags[x] & WORD_FIRST) !== 0 && (flags[x + 1] & (WORD_LAST | WORD_FIRST)) !== 0 && !lex.common.has(words[x + 1].lower)) person = true;
    if (person) continue;
    for (let x = s; x < p; x++) out[x] ||= PROTECTED_POSSESSIVE_OWNER;
    recordRun(words, flags, lex, s, p, runs);
  }
}

/** Non-zero for every word of the note that is a protected clinical term (PROTECTED_BY_PHRASE inside a listed phrase). Linear in tokens. */
export function markProtected(
  words: readonly Word[], flags: Uint32Array, unit: Uint8Array, mode: CaseMode, lex: Lexicon,
): Uint8Array {
  const out = new Uint8Array(words.length);
  const runs = new Map<string, Run[]>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const bits = unit[i];
    // A listed word alone is protected only when no census list has it as a person's name: "Finkelstein" and "Kelly"
    // are people until a head noun says otherwise ("Finkelstein test").
    if ((bits & UNIT_PROTECTED) !== 0 && (flags[i] & (WORD_FIRST | WORD_LAST)) === 0 && !((flags[i - 1] ?? 0) & WORD_TITLE)) out[i] = 1;
    // A procedure named by its form after a capitalised word is a head noun too ("Youngswick osteotomy", "Kasai portoenterostomy").
    if (i > 0 && w.alpha && markGrammarPair(words, i, out)) continue;
    // The longer disease endings (-osis, -emia, -oma...) end English words too ("diploma"): a code-set word or one in no English list.
    const diseaseForm = i > 0 && words[i - 1].capitalized && w.lower.length >= 7 && DISEASE_FORM_RE.test(w.lower) &&
      mode === 'mixed' && !w.capitalized && !w.upper &&
      (/(?:opathy|itis)$/.test(w.lower) || lex.clinical.has(w.lower) || lex.indexClinical.has(w.lower) || !lex.common.has(w.lower));
    // A head noun of the official code titles written in lower case right after a capitalised word ("Kimmelstiel-Wilson
    // glomerulosclerosis", "Castleman lymphadenopathy"): only the capitalised words right before it are its run.
    const officialHead = i > 0 && mode === 'mixed' && w.alpha && !w.capitalized && !w.upper && words[i - 1].alpha &&
      (words[i - 1].capitalized || words[i - 1].upper) && RUN_GAP_RE.test(w.gapBefore) && !COLUMN_GAP_RE.test(w.gapBefore) &&
      icdClinicalHeads().has(w.lower);
    const hearingAid = i > 0 && HEARING_AID_RE.test(w.lower) && words[i - 1].lower === 'hearing';
    const instrument = i > 0 && (words[i - 1].capitalized || words[i - 1].upper) && w.alpha && INSTRUMENT_FORM_RE.test(w.lower);
    const procedure = (i > 0 && words[i - 1].capitalized && w.lower.length >= 7 && PROCEDURE_FORM_RE.test(w.lower)) || diseaseForm || instrument;
    // A head of the extra lists only while no census list reads it as a name, unless it is written in lower case.
    const extraHead = (MORE_EPONYM_HEADS.has(w.lower) || DEVICE_HEADS.has(w.lower) || ANATOMICAL_EPONYM_HEADS.has(w.lower) || PROSTHETIC_HEADS.has(w.lower)) &&
      ((flags[i] & (WORD_FIRST | WORD_LAST)) === 0 || (mode === 'mixed' && !w.capitalized && !w.upper) ||
        // "RIFTON GAIT TRAINER": after a plain English modifier in no name list a census head is the product's noun.
        ((flags[i - 1] & WORD_COMMON) !== 0 && (flags[i - 1] & (WORD_FIRST | WORD_LAST | PERSON_CUE_BITS)) === 0 && words[i - 1].alpha));
    const positionHead = positionHeadAt(words, unit, i, mode);
    const head = (bits & UNIT_CLINICAL_HEAD) !== 0 || MORE_HEAD_NOUNS.has(w.lower) || procedure || extraHead || positionHead ||
      officialHead || hearingAid;
    if (!head || i === 0) continue;
    // Only a head of the official list: no lower-case word may sit inside its run ("Okafor chest pain" protects nothing).
    const officialOnly = officialHead && !procedure && !extraHead && !positionHead && !hearingAid && (bits & UNIT_CLINICAL_HEAD) === 0 &&
      !MORE_HEAD_NOUNS.has(w.lower);
    // "Ardon Health System" is an organisation of care, not a classification system: the facility grammar types it.
    if ((w.lower === 'system' || w.lower === 'network') && HEALTH_SYSTEM_WORDS.has(words[i - 1].lower)) continue;
    // Walk back over the capitalised run before the head noun ("Denver Developmental Screening Test"); in mixed text a
    // lower-case word may sit inside it when a capitalised word opens it ("Ottawa ankle rules").
    let s = i;
    let lowerInside = 0;
    while (s > 0 && i - s < MAX_RUN_WORDS) {
      const q = words[s - 1];
      // "Lund and Browder chart", "Hunt and Hess scale": two capitalised eponyms joined by "and" are one eponym.
      if (q.lower === 'and' && s >= 2 && i - s >= 1 && mode !== 'lower' && (words[s].capitalized || words[s].upper) &&
        (words[s - 2].capitalized || words[s - 2].upper) && words[s - 2].alpha && RUN_GAP_RE.test(q.gapBefore) &&
        RUN_GAP_RE.test(words[s].gapBefore)) {
        s--;
        continue;
      }
      // "FreeStyle Libre 3 sensors", "Dexcom G7 sensor": a device's model number sits inside its maker's run.
      if (!q.alpha && MODEL_NUMBER_HEADS.has(w.lower) && MODEL_NUMBER_RE.test(q.lower) && s >= 2 && s < i && words[s - 2].alpha &&
        (words[s - 2].capitalized || words[s - 2].upper) && RUN_GAP_RE.test(words[s].gapBefore) && RUN_GAP_RE.test(q.gapBefore) &&
        !COLUMN_GAP_RE.test(words[s].gapBefore) && !COLUMN_GAP_RE.test(q.gapBefore)) {
        s--;
        continue;
      }
      if (!RUN_GAP_RE.test(words[s].gapBefore) || COLUMN_GAP_RE.test(words[s].gapBefore) || !q.alpha || FUNCTION_WORDS.has(q.lower)) break;
      // Before a head of the official list only: one capitalised word or a hyphen-joined pair, never an acronym ("ICH
      // discharge" is a hospital's) nor an owner ("Edoko's glucose"); a subject line's patient stands before the eponym
      // ("curbside - Escobedo-Graben Bankart lesion" keeps "Bankart" alone).
      if (officialOnly && (!q.capitalized || q.upper || q.end !== q.baseEnd || (s < i && (i - s > 1 || words[s].gapBefore !== '-')))) break;
      const capital = q.capitalized || q.upper;
      if (mode === 'mixed' && !capital && (officialOnly || lowerInside >= MAX_LOWER_INSIDE || !lex.common.has(q.lower))) break;
      if (!capital) lowerInside++;
      if ((unit[s - 1] & UNIT_CLINICAL_HEAD) !== 0 && capital) break;
      if (mode === 'upper' && (flags[s - 1] & PERSON_CUE_BITS) !== 0) break;
      // "D.B. Hopper denies fever": a person's verb ends the run in any case; an eponym holds no verb.
      if (!capital && ((flags[s - 1] & WORD_PERSON_VERB) !== 0 || HISTORY_VERBS.has(q.lower))) break;
      // "Walker's Barthel Index": a possessive before an eponym's run is its owner, never part of the eponym.
      if (s < i && q.end !== q.baseEnd) break;
      s--;
      // Lower-case notes: only the word right before the head noun is read ("wells score"). All-caps notes read the
      // run of capitals up to a cue word ("SAN FRANCISCO SYNCOPE RULE", not "DAUGHTER MARY ...").
      if (mode === 'lower' || (mode === 'upper' && !q.upper)) break;
    }
    // The run opens with a capitalised word: drop lower-case words before it ("the ankle rules" protects nothing).
    if (mode === 'mixed') while (s < i && !(words[s].capitalized || words[s].upper)) s++;
    const listedHead = (bits & UNIT_CLINICAL_HEAD) !== 0 || MORE_HEAD_NOUNS.has(w.lower) || extraHead || positionHead || hearingAid;
    // "Lee Revised Cardiac Risk Index": a capitalised head right after a protected head word belongs to the same eponym.
    if (s === i && listedHead && out[i - 1] !== 0 && (w.capitalized || w.upper) && (words[i - 1].capitalized || words[i - 1].upper) &&
      RUN_GAP_RE.test(w.gapBefore) && !COLUMN_GAP_RE.test(w.gapBefore) && (unit[i - 1] & UNIT_CLINICAL_HEAD) !== 0) out[i] = 1;
    if (s === i) continue;
    // "Mary's illness", "Okafor's bed": before a head of the extra lists a possessive is the person the thing belongs to.
    if ((extraHead || hearingAid || (positionHead && !GRADED_HEADS.has(w.lower))) && !(bits & UNIT_CLINICAL_HEAD) && !MORE_HEAD_NOUNS.has(w.lower) &&
      words[i - 1].end !== words[i - 1].baseEnd) continue;
    // "Mercy Hospital bed 4" is a place's bed; "Invacare hospital bed" a product (a facility word in lower case in mixed text).
    if (DEVICE_HEADS.has(w.lower) && !(bits & UNIT_CLINICAL_HEAD)) {
      // "SMITH, Bill - bed 4": a numbered bed is where a patient lies, and a dash parts a census line's fields.
      const numbered = words[i + 1] !== undefined && words[i + 1].hasDigit && /^[ \t#]*$/.test(words[i + 1].gapBefore);
      if (numbered || !/^[ \t\u00a0]$/.test(w.gapBefore)) continue;
      let place = false;
      for (let x = s; x < i; x++) if ((unit[x] & UNIT_FACILITY_HEAD) !== 0 && (mode !== 'mixed' || words[x].capitalized || words[x].upper)) place = true;
      // "transferred to Mercy hospital bed 4": a run after a place preposition or a movement word is where the bed stands.
      if (place || (s > 0 && (PLACE_PREPS.has(words[s - 1].lower) || (flags[s - 1] & WORD_MOVEMENT) !== 0))) continue;
    }
    // Heads that also follow a person's or a chart's owner ("Reviewed Jones chart"): only a run of two or more words names
    // an eponymous tool ("Lund and Browder chart"), or an acronym in mixed text ("LUCAS device").
    if (WEAK_EPONYM_HEADS.has(w.lower) && i - s < 2 && !(w.lower !== 'chart' && mode === 'mixed' && words[s].upper)) continue;
    // A title, role or relative noun before the run makes it a person ("Dr. Wells score", "DAUGHTER PERPETUA TEST"): not protected.
    // Only in the same sentence: a line's or a sentence's end parts them ("call the daughter.⏎Bell palsy on the right");
    // a title's own full stop does not ("Dr. Wells score").
    const cueGap = s > 0 ? words[s].gapBefore : '';
    // A closing bracket, a colon or a semicolon parts them too, after a title as well ("Reply (Dagny Popescu, MD): Dennie-Morgan
    // folds", "aide Boynton MR; Lawton IADL scale"): only a title's own full stop joins it to the run.
    const parted = /[\n\r):;!?]/.test(cueGap) || ((flags[s - 1] & WORD_TITLE) === 0 && /[.]/.test(cueGap));
    if (s > 0 && (flags[s - 1] & (WORD_TITLE | WORD_ROLE | WORD_RELATIVE)) !== 0 && !parted) continue;
    // "Mary Smith test results": a first name then a surname is a person, whatever follows.
    let person = false;
    for (let x = s; x + 1 < i; x++) {
      if ((flags[x] & WORD_FIRST) !== 0 && (unit[x] & UNIT_PROTECTED) === 0 &&
        (!lex.common.has(words[x + 1].lower) || (flags[x + 1] & WORD_LAST) !== 0)) person = true;
    }
    // A named operation written in lower case right after a capitalised run is an eponym too ("Ivor Lewis esophagectomy").
    const eponymOnly = EPONYM_ONLY_HEADS.has(w.lower) || MORE_EPONYM_ONLY.has(w.lower) || PROSTHETIC_HEADS.has(w.lower) ||
      (procedure && !diseaseForm && mode === 'mixed' && !w.capitalized && !w.upper && RUN_GAP_RE.test(w.gapBefore) && words[i - 1].capitalized);
    // "Roland-Morris questionnaire": a hyphen-joined pair of capitalised words alone before a listed head is its two authors;
    // a person's double-barrelled surname comes with a first name or a title, which the run or the cue check above reads.
    const authorPair = i - s === 2 && words[s + 1].gapBefore === '-' && (listedHead || officialHead) && words[s].capitalized && words[s + 1].capitalized;
    // "Roland Morris Disability Questionnaire": an English title word between the names and a listed head makes the names an
    // instrument's authors; a person's name is not followed by a title word and a measurement head.
    const titledInstrument = MEASUREMENT_HEADS.has(w.lower) && i - s >= 3 && words[i - 1].capitalized && lex.clinical.has(words[i - 1].lower) &&
      (flags[i - 1] & (WORD_FIRST | WORD_LAST | PERSON_CUE_BITS)) === 0 &&
      // Its result follows on the same line ("... Questionnaire score 12/24"); a line of its own is a form's title with the patient's name.
      words[i + 1] !== undefined && !/[\r\n]/.test(words[i + 1].gapBefore);
    if (person && !eponymOnly && !authorPair && !titledInstrument) continue;
    // A head of the official list or a longer disease ending (-osis, -emia, -oma) follows a patient's surname in a hand-off as
    // well ("Bed 4 Lindqvist delirium", "Garcia hyperkalemia"): its run must be an eponym the ICD-10-CM Index writes
    // ("Dieulafoy lesion", "Kimmelstiel-Wilson glomerulosclerosis"), and its mark is the weak one.
    const guarded = officialOnly || (diseaseForm && !/(?:opathy|itis)$/.test(w.lower) && !listedHead);
    if (guarded && !indexEponymRun(words, s, i)) continue;
    // The head noun is part of the eponym's name ("Charlson Comorbidity Index"): no voter may take it alone. A procedure
    // word is a head by its form only and may itself open a place's name ("Salix Endoscopy Suite"): it stays unmarked.
    for (let x = s; x < i; x++) out[x] = guarded ? PROTECTED_POSSESSIVE_OWNER : 1;
    // A lower-case named operation in mixed text opens no place's name ("Ivor Lewis esophagectomy"): it is marked too.
    // An instrument noun opens no place's name in any case ("JAMAR DYNAMOMETER"): it is marked with its maker.
    if (listedHead || instrument || ((procedure || officialHead) && mode === 'mixed' && !w.capitalized && !w.upper)) out[i] = 1;
    recordRun(words, flags, lex, s, i, runs);
    const owner = words[s];
    if (i - s === 1 && owner.end !== owner.baseEnd && (bits & UNIT_CLINICAL_HEAD) !== 0 && (unit[s] & UNIT_PROTECTED) === 0) out[s] = PROTECTED_POSSESSIVE_OWNER;
  }
  markPhrases(words, out);
  markHyphenatedEponyms(words, flags, lex, mode, out);
  markMeasurementSlots(words, flags, lex, runs, out);
  markEditionTests(words, flags, unit, lex, runs, out);
  markNormedTests(words, flags, unit, lex, runs, out);
  markOtherMentions(words, flags, runs, out);
  markProductDomains(words, out);
  markBrandsByContext(words, flags, unit, mode, lex, out);
  markCaselessBrands(words, flags, mode, lex, out);
  markCultureMedia(words, out);
  markOutlineItems(words, flags, lex, out);
  return out;
}
