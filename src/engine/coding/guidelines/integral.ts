// Owns signs and symptoms integral to a confirmed diagnosis (Guidelines I.B.4, I.B.5, I.C.18.b): a
// symptom code is not reported beside a definitive diagnosis that routinely presents with it, nor
// beside one the note names as its cause in the same sentence.
import { loadKnowledge, type CodeSet, type Knowledge } from '../../icd10';
import { sectionAt, sentenceAt } from '../../text';
import type { SectionKind, Span } from '../../types';
import { contentTokens } from '../normalize';
import { isCaseReportNarrative } from '../noteForm';
import { dropDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/**
 * Symptom → diagnoses that routinely present with it (by code prefix). Pairs are textbook
 * presentations, not note-driven: a symptom NOT on its diagnosis' list stays coded (I.B.6).
 */
const INTEGRAL: ReadonlyArray<readonly [symptom: RegExp, diagnoses: RegExp]> = [
  [/^R07\.(89|9|2|1)/, /^(I2[0-4]|I26|I30|J18|J93)/], // chest pain: angina, MI, PE, pericarditis, pneumonia, pneumothorax
  // Pain on breathing is what pleurisy is (R09.1; Index "Pain, chest, pleurodynia" is the same pain).
  [/^R07\.(1|81|9)/, /^R09\.1/],
  // Chest wall pain: costochondritis and Tietze syndrome (M94.0, pain at the costochondral junction is
  // what it is), rib fractures and chest wall contusion.
  [/^R07\.(89|9|1)/, /^(M94\.0|S22\.[3-5]|S20\.2)/],
  [/^R05/, /^(J0[0-6]|J09|J1[0-8]|J2[0-2]|J4[0-2]|J44\.[01]|A15|U07\.1)/], // cough: respiratory infections, bronchitis
  // fever: the febrile infections (intestinal, tuberculous, bacterial, spirochetal and rickettsial,
  // viral CNS and arthropod-borne, exanthems, mononucleosis, unspecified viral infection, malaria), acute
  // respiratory and middle-ear infections, meningitis and encephalitis, aspiration pneumonia, lung
  // abscess and empyema, pyelonephritis, prostatitis, orchitis, pelvic inflammatory disease, appendicitis,
  // diverticulitis, peritonitis, acute cholecystitis (with or without stones), organ abscess, cellulitis,
  // septic arthritis, osteomyelitis, endocarditis — not warts, mycoses, HIV or a skin abscess (the
  // Index default of a bare "abscess", whose site is usually elsewhere).
  [/^R50\.9/, /^(A0|A1[5-9]|A[2-4]|A[6-9]|B0[0-689]|B2[5-7]|B3[34]|B5[0-5]|J0[0-6]|J09|J1[0-8]|J2[0-2]|J69\.0|J8[56]|H65\.[01]|H66|G0[0-5]|N10|N41\.0|N45|N7[0-3]|K35|K57|K65|K61|K75\.0|K80\.[0146]|K81\.0|L03|M00|M86|I33|U07\.1)/],
  [/^R06\.0/, /^(I50|J44\.1|J45\.[2-9][12]|J09|J1[0-8]|J96|I26)/], // dyspnea, orthopnea, shortness of breath: heart failure, exacerbations, pneumonia, PE
  [/^(R30\.0|R35\.0|R39\.1)/, /^(N39\.0|N30\.|N10)/], // dysuria, frequency, urgency: urinary tract infection
  [/^(R35\.8|R63\.1|R73\.9|R63\.2)/, /^E1[013]\./], // polyuria, polydipsia, hyperglycemia, polyphagia: diabetes
  // abdominal pain: appendicitis, gallstones, pancreatitis, diverticulitis, peptic ulcer and gastritis,
  // dyspepsia, stones, pyelonephritis, irritable bowel (pain is in its definition)
  [/^R10\.[0-9]/, /^(K35|K36|K37|K80|K81|K85|K57|K2[5-9]|K30|N20|N10|K58)/],
  [/^R10\.A/, /^(N1[03]|N2[0-3])/], // flank pain: renal and ureteral calculus, renal colic, hydronephrosis, pyelonephritis
  // nausea and vomiting: gastroenteritis, obstruction, hyperemesis, gastroparesis, appendicitis, biliary
  // and renal colic, migraine, gastritis, dyspepsia, peptic ulcer, peripheral vertigo
  [/^R11\./, /^(K52|A08|A09|K56|K5[01]\.\d12|K85|O21|K31\.84|E1[013]\.43|K35|K80\.[0-4]|K81\.0|N20|G43|K2[5-9]|K30|H81)/],
  [/^R68\.81/, /^(K31\.84|E1[013]\.43|K30)/], // early satiety: gastroparesis, dyspepsia
  [/^R19\.7/, /^(A0[0-9]|K52|K50|K51)/], // diarrhea: infectious and inflammatory enteritis
  [/^R51/, /^(G4[34]|G0[0-5]|A8[5-7])/], // headache: migraine and other headache syndromes, meningitis, encephalitis
  [/^H53\.14/, /^(G43|G0[0-5]|A8[5-7])/], // photophobia (visual discomfort): migraine, meningitis
  [/^R60\./, /^(I50|I82|I87\.[23]|L03|N04)/], // edema: heart failure, venous thrombosis and insufficiency, cellulitis, nephrotic syndrome
  // Swelling of a limb (the Index sends "Swelling, leg" to M79.89 and "Swelling, ankle" to an effusion of the
  // ankle, M25.47-): deep vein thrombosis, cellulitis, abscess.
  [/^(R22\.4|M79\.89|M25\.4)/, /^(I82|L03|L02)/],
  [/^M79\.6/, /^(I82|L03|L02)/], // limb pain: deep vein thrombosis, cellulitis, abscess
  [/^R00\.[02]/, /^I4[78]/], // tachycardia, palpitations: tachyarrhythmia, atrial fibrillation
  [/^R56\./, /^G40/], // seizure: epilepsy
  [/^(R00\.0|R50\.9|D72\.829|R06\.82)/, /^(A40|A41|R65\.[12])/], // tachycardia, fever, leukocytosis, tachypnea: the SIRS criteria of sepsis
  [/^R82\.(81|998)/, /^(N39\.0|N30\.|N10)/], // pyuria: urinary tract infection
  [/^L29\./, /^(B86|L20|L50|L23|L24|B35)/], // pruritus: scabies, dermatitis, urticaria, tinea
  [/^R07\.0/, /^(J0[2-3]|J06|B27)/], // sore throat: pharyngitis, tonsillitis, mononucleosis
  [/^(J02\.9|R59\.)/, /^B27/], // pharyngitis and enlarged nodes: infectious mononucleosis
  [/^R53\.83/, /^(E03|B27)/], // fatigue: hypothyroidism, mononucleosis
  [/^R21/, /^(B0[1-2]|B05|B06|L50|L27)/], // rash: varicella, zoster, measles, rubella, urticaria, drug eruption
  // Headache, dizziness, nausea, confusion after a concussion; the heat illness presentation.
  [/^(R51|R42|R11\.|R41\.0)/, /^(S06\.0|T67)/],
  [/^(R61|R25\.2)/, /^T67/],
  // Hives, vomiting, wheeze and swelling are how anaphylaxis and angioedema present.
  [/^(L50\.|R11\.|R06\.2|R22\.|R60\.)/, /^(T78\.0|T78\.2|T78\.3|T88\.6|T80\.5)/],
  [/^R09\.81/, /^(J0[0-1]|J06|J30)/], // nasal congestion: cold, sinusitis, rhinitis
  [/^R06\.7/, /^J30/], // sneezing: allergic rhinitis
  // Rhinorrhea (Index "Rhinorrhea J34.89") is what rhinitis, the common cold and sinusitis are.
  [/^J34\.89/, /^(J00|J01|J06|J30|J31\.0)/],
  // A chronic ulcer a wound-care note calls a "wound" is the ulcer, not an injury of unspecified region (T14.8).
  [/^T14\.8/, /^(L97|L98\.4|L89|E1[013]\.62[12])/],
  // A breast lump or mass: how the breast neoplasm or cyst the note diagnoses presents (a pathology report's specimen
  // is "breast mass", its diagnosis the fibroadenoma). Lung and thyroid nodules are left out: published case reports
  // (the CodiEsp development set) code the nodule beside its cancer.
  [/^N63/, /^(C50|D05|D24|D48\.6|D49\.3|N60)/],
  [/^R42/, /^(H81|H83\.0)/], // dizziness, vertigo: peripheral vestibular disorders, labyrinthitis
  [/^H55\.0/, /^(H81|H83\.0)/], // nystagmus: the positional test finding of peripheral vertigo
  [/^J02\.9/, /^J06/], // pharyngitis: part of an acute upper respiratory infection of multiple sites
  // numbness, tingling: nerve entrapment and other mononeuropathies, polyneuropathy, radiculopathy,
  // diabetic neuropathy, and the prodrome of herpes simplex and zoster
  [/^R20\./, /^(G5[4-9]|G6[0-3]|M54\.1|E1[013]\.4|B00|B02)/],
  [/^H92\.0/, /^(H6[056])/], // ear pain: otitis externa and media
  [/^R31\./, /^(N2[0-3])/], // hematuria: urinary calculus
  // Renal colic (N23, "Unspecified renal colic") is how a kidney or ureteral stone presents: the Index's
  // "Colic, renal" is the stone's pain, never coded beside the calculus it is the colic of.
  [/^N23/, /^(N20|N21|N13\.[2-6])/],
  // Suprapubic and lower abdominal pain or tenderness: cystitis and other urinary tract infection.
  [/^(R10\.2|R10\.30|R10\.8A3)/, /^(N39\.0|N30\.|N10)/],
  [/^M54\.5/, /^(M54\.4|S3[39])/], // low back pain: lumbago with sciatica (the combination names it), lumbar sprain
  [/^M54\.2/, /^S1[0-9]/], // neck pain: injuries of the neck
  [/^R12/, /^(K2[01]|K30)/], // heartburn: reflux disease and esophagitis, dyspepsia
  [/^R80/, /^(O1[1-5]|N04|E1[013]\.2)/], // proteinuria: preeclampsia, nephrotic syndrome (its definition), diabetic kidney disease
  // Hypotension and shock are what septic shock is (R65.21 "Severe sepsis with septic shock", I.C.1.d.1.a).
  [/^(I95\.9|R57\.[89]|R03\.1)/, /^R65\.21/],
  // Jaundice: cholangitis, bile duct stones, liver disease and hepatitis present with it.
  [/^R17/, /^(K83\.0|K80\.[3-7]|K7[0-6]|B1[5-9]|K72)/],
  // Tremor, sweating, anxiety, tachycardia, nausea: the withdrawal state of a substance code (F1x.x3-).
  [/^(R25\.1|R61|R45\.0|F41\.9|R00\.0|R11\.)/, /^F1[0-9]\.[129]3/],
  // Memory loss, amnesia and confusion are how dementia presents; agitation is part of "dementia … with agitation".
  [/^(R41\.[038]|R41\.81)/, /^(F0[1-3]|G30|G31\.[0-8])/],
  [/^R45\.1/, /^F0[1-3]\.([A-C]|8)11/],
  // Anhedonia, sadness, nervousness, weight loss, poor appetite, insomnia, hypersomnia, fatigue and poor
  // concentration are the criteria of a depressive or manic episode (F30-F33, F06.3).
  [/^(R45\.84|R45\.[0-3]|R63\.[04]|G47\.(00|9|10)|R53\.83|R41\.840)/, /^(F3[0-3]|F06\.3)/],
  // Retinal edema and hemorrhages are the findings of diabetic retinopathy.
  [/^(H35\.81|H35\.6)/, /^E1[013]\.3/],
  // Erythema is how cellulitis presents (and the endoscopic sign of gastritis).
  [/^L53\.9/, /^(L03|L02|A46|K29)/],
  // Vomiting is routine in diabetic ketoacidosis; cough in aspiration pneumonitis.
  [/^R11\./, /^E1[013]\.1/],
  [/^R05/, /^J69/],
  // Shakiness, sweating and palpitations are the adrenergic signs of hypoglycemia.
  [/^(R61|R25\.1|R00\.[02])/, /^(E1[013]\.64|E16\.[012]|E15)/],
  // Swelling and edema at a fracture (an MRI's "marrow edema") are part of it.
  [/^R60\./, /^(S[0-9]2|M80|M84\.[3-6])/],
  // Muscle weakness (M62.81, M62.84 sarcopenia aside) is what a myopathy or myositis is.
  [/^M62\.81/, /^(G7[1-3]|M60|M33)/],
  // Leg pain radiating from the back is the sciatica / radiculopathy that names it (M54.3-, M54.4-, M54.1-).
  [/^M79\.6/, /^M54\.(1[4-8]|3|4)/],
  // Scintillating scotoma and other transient visual disturbance is the aura of migraine with aura.
  [/^H53\.1/, /^G43\.[15]/],
  // The throbbing head pain of a migraine or other headache syndrome is the syndrome (pain NOS, R52, never beside it).
  [/^R52/, /^G4[34]/],
  // Anorexia is part of the presentation of appendicitis.
  [/^R63\.0/, /^K3[5-7]/],
  // Rectal bleeding is what "ulcerative colitis / Crohn disease with rectal bleeding" (K5x.x11) names.
  [/^(K62\.5|K62\.89|K92\.[12])/, /^K5[01]\.\d*11$/],
  // Myalgia: influenza and viral infections (COVID-19, arboviral fevers) present with it.
  // "Body aches" (R52, pain with no site) are the same myalgia.
  [/^(M79\.1|R52)/, /^(J09|J1[01]|B3[34]|U07\.1|A9[0-9])/],
  // Back pain: a vertebral fracture (osteoporotic, pathological, traumatic, collapsed vertebra) and a
  // secondary or primary neoplasm of bone or the spine present with it.
  [/^M54\.(5|6|89|9)/, /^(M80\.08|M84\.[3-6]8|M48\.5|S22\.0|S32\.0|C79\.5|C41\.[24]|C90\.0)/],
  // General signs (R50-R69 name no body system): the textbook presentations of their diseases.
  // Headache and vomiting: intracranial hemorrhage (subarachnoid, intracerebral, other nontraumatic).
  // A "primary" thunderclap headache (G44.53) is by definition not the hemorrhage's.
  [/^(R51|R11\.|G44\.53)/, /^I6[0-2]/],
  // Fatigue: adrenocortical insufficiency, hypopituitarism (also after surgery), the anemias.
  [/^R53\.8/, /^(E27\.[1-4]|E23\.0|E89\.[36]|D5[0-9]|D6[0-4])/],
  // Weight loss, anorexia: protein-calorie malnutrition and cachexia are defined by them.
  [/^(R63\.[04]|R63\.6|M62\.5)/, /^(E4[0-6]|R64)/],
  // Dry skin and cold intolerance: hypothyroidism.
  [/^(L85\.3|R68\.89)/, /^(E03|E89\.0)/],
  // Sweating and flushing: premature and postprocedural menopause, thyrotoxicosis (with natural menopause
  // R61 itself says "code first … (N95.1)": coded, see instructedToCode).
  [/^(R61|R23\.2)/, /^(E28\.31|E89\.41|E05)/],
  // Paresthesia, numbness and cramps: the hypocalcemia of hypoparathyroidism.
  [/^(R20\.|R25\.2)/, /^(E20|E89\.2|E83\.51)/],
  // Headache is how a malignant space-occupying lesion of the brain presents (primary or secondary, brain or
  // meninges); a benign meningioma is often found by chance, so its headache is left to the provider's words.
  [/^R51/, /^(C70|C71|C79\.3[12])/],
];

/**
 * Joint signs (M25.4 effusion, M25.5 pain, M25.6 stiffness, M25.7 osteophyte) are integral to a
 * musculoskeletal diagnosis or an injury of the same joint (I.B.5; the Tabular's M25 is "not elsewhere classified"):
 * pain in the right knee beside osteoarthritis of the right knee. Joints are read from the titles.
 */
const JOINT_SIGN = /^M25\.[4-7]/;
const JOINT_DISEASE = /\b(arthropathy|arthritis|prosthetic joint)\b/i;
const JOINTS = ['shoulder', 'elbow', 'wrist', 'hand', 'hip', 'knee', 'ankle', 'foot', 'finger', 'thumb', 'toe'];

function jointOf(title: string): { joint?: string; side?: string; anySite: boolean } {
  const t = title.toLowerCase();
  const joint = JOINTS.find((j) => new RegExp(`\\b${j}s?\\b`).test(t));
  const side = /\bbilateral\b/.test(t) ? 'bilateral' : /\bright\b/.test(t) ? 'right' : /\bleft\b/.test(t) ? 'left' : undefined;
  return { joint, side, anySite: !joint && /\b(unspecified|multiple) (sites?|joints?)\b/.test(t) };
}

/** A musculoskeletal diagnosis of the joint a joint sign names (a different side is another joint). */
function sameJoint(ctx: GuidelineContext, sign: string, diagnosis: string): boolean {
  const title = ctx.codeSet.find(diagnosis)?.longDescription ?? '';
  // Musculoskeletal diagnoses, injuries (a sprained ankle's pain is the sprain's), complications of a joint
  // prosthesis (T84: a loosened knee prosthesis is the painful knee), and a combination code naming a joint
  // disease without its site (E11.610 "… with diabetic neuropathic arthropathy": the Charcot joint's).
  const jointDisease = JOINT_DISEASE.test(title);
  if ((diagnosis[0] !== 'M' && diagnosis[0] !== 'S' && !diagnosis.startsWith('T84') && !jointDisease) || JOINT_SIGN.test(diagnosis) || diagnosis.startsWith('M79')) return false;
  const s = jointOf(ctx.codeSet.find(sign)?.longDescription ?? '');
  const d = jointOf(title);
  if (d.anySite || s.anySite || (jointDisease && !d.joint)) return true;
  if (!s.joint || s.joint !== d.joint) return false;
  return !s.side || !d.side || s.side === d.side || d.side === 'bilateral' || s.side === 'bilateral';
}

/**
 * "Pain, unspecified" (R52) has an Excludes1 note sending every localized pain to its site (abdomen, back,
 * chest, joint, limb …): a "pain" whose sentence names a site, names a coded condition (its pain, I.B.5),
 * or is what a medication is for ("ibuprofen for pain") is never R52. Pain with none of these stays.
 */
const UNSPECIFIED_PAIN = 'R52';
const GENERAL_WEAKNESS = 'R53.1';
/** "Right shoulder pain and weakness", "left leg weakness", "weakness of the left arm": a weakness of a site. */
function weaknessOfSite(text: string, e: Span): boolean {
  const before = text.slice(Math.max(0, e.start - 40), e.start).toLowerCase();
  const after = text.slice(e.end, e.end + 30).toLowerCase();
  const site = PAIN_SITE.source;
  return new RegExp(`(${site})\\s+(\\w+\\s+){0,2}$`).test(before) || new RegExp(`^\\s+(of|in)\\s+(the\\s+)?(\\w+\\s+)?(${site})`).test(after);
}
const PAIN_SITE_WORDS = [
  'head', 'scalp', 'face', 'facial', 'jaw', 'cheek', 'ear', 'eye', 'throat', 'neck', 'chest', 'breast', 'rib', 'back',
  'lumbar', 'spine', 'spinal', 'sacral', 'flank', 'abdomen', 'abdominal', 'epigastric', 'epigastrium', 'quadrant', 'ruq',
  'luq', 'rlq', 'llq', 'suprapubic', 'pelvis', 'pelvic', 'groin', 'groins', 'buttock', 'hip', 'hips', 'thigh', 'knee', 'knees',
  'leg', 'legs', 'calf', 'shin', 'ankle', 'foot', 'feet', 'heel', 'toe', 'toes', 'shoulder', 'arm', 'elbow', 'forearm',
  'wrist', 'hand', 'hands', 'finger', 'fingers', 'thumb', 'joint', 'joints', 'muscle', 'muscles', 'bone', 'tooth', 'teeth',
  'testicle', 'testicular', 'scrotal', 'penile', 'rectal', 'anal', 'perineal', 'vaginal', 'dermatome', 'incision', 'wound',
  'bump', 'urination', 'micturition', 'swallowing', 'intercourse',
  // "Painful contractions" are labour's (chapter 15), never pain unspecified.
  'contraction', 'contractions',
];
const PAIN_SITE = new RegExp(`\\b(${PAIN_SITE_WORDS.join('|')})\\b|\\bfor (the )?pain\\b|\\bpain (control|management|medication|relief)\\b`, 'i');

/**
 * Every mention of the symptom is localized (its sentence names a site or a medication's purpose, see
 * PAIN_SITE) or, with `byCause`, shares its sentence with a coded diagnosis (not another symptom: "fever,
 * pain and asthenia" is a list of symptoms, not a cause).
 */
function painIsPlaced(ctx: GuidelineContext, pain: Draft, drafts: Map<string, Draft>, byCause = true): boolean {
  return pain.evidence.every((e) => {
    const s = sentenceAt(ctx.analysis, e.start);
    const from = s.end > s.start ? s.start : e.start;
    const to = s.end > s.start ? s.end : e.end;
    if (PAIN_SITE.test(ctx.text.slice(from, to))) return true;
    return byCause && [...drafts.values()].some((d) => d !== pain && !/^[RZ]/.test(d.code) && d.evidence.some((x) => x.start >= from && x.end <= to));
  });
}

/**
 * A bare "pain" in a note that names the pain's site elsewhere ("L flank pain radiating to groin … Pain controlled
 * with ketorolac") is the same pain told again: R52 excludes pain by site (Excludes1), and with a coded diagnosis
 * the sited pain is that diagnosis's to explain.
 */
function painSitedElsewhere(ctx: GuidelineContext, pain: Draft): boolean {
  const own = new Set(pain.evidence.map((e) => sentenceAt(ctx.analysis, e.start).start));
  return ctx.analysis.sentences.some((s) => {
    if (own.has(s.start)) return false;
    const text = ctx.text.slice(s.start, s.end);
    return SITED_PAIN.test(text);
  });
}
const SITED_PAIN = new RegExp(`\\b(?:${PAIN_SITE_WORDS.join('|')})\\s+(?:\\w+\\s+)?pain\\b`, 'i');

/**
 * Chapter 18 groups its signs by the body system they involve ("Symptoms and signs involving the digestive
 * system and abdomen", R10-R19), as the disease chapters are named by system ("Diseases of the digestive
 * system"). A sign of the system whose confirmed disease the provider concludes is routinely that disease's
 * presentation (I.C.18.b: no R code once a related definitive diagnosis is established). The systems are
 * read from the block and chapter titles of the code set, so the pairing is the classification's own.
 */
const BODY_SYSTEMS = ['circulatory', 'respiratory', 'digestive', 'skin', 'nervous', 'musculoskeletal', 'genitourinary'];

function systemsOf(title: string): string[] {
  const t = title.toLowerCase();
  return BODY_SYSTEMS.filter((w) => new RegExp(`\\b${w}\\b`).test(t));
}

/** Per code set: the body systems a sign's block names and a disease's chapter names (by category). */
class SystemIndex {
  private readonly signs = new Map<string, string[]>();
  private readonly diseases = new Map<string, string[]>();
  constructor(private readonly codeSet: CodeSet) {}
  sign(code: string): string[] {
    // A category that names its own system ("Hemorrhage from respiratory passages") narrows its block's two.
    return this.of(this.signs, code, (h) => {
      if (!/^symptoms and signs involving\b/i.test(h.block.description)) return [];
      const own = systemsOf(h.category.longDescription);
      return own.length ? own : systemsOf(h.block.description);
    });
  }
  disease(code: string): string[] {
    return this.of(this.diseases, code, (h) => (/^diseases of\b/i.test(h.chapter.description) ? systemsOf(h.chapter.description) : []));
  }
  private of(cache: Map<string, string[]>, code: string, read: (h: ReturnType<CodeSet['hierarchy']>) => string[]): string[] {
    const category = code.slice(0, 3);
    let found = cache.get(category);
    if (!found) {
      try {
        found = read(this.codeSet.hierarchy(code));
      } catch {
        found = [];
      }
      cache.set(category, found);
    }
    return found;
  }
}
const systemIndexes = new WeakMap<CodeSet, SystemIndex>();
function systemIndexOf(codeSet: CodeSet): SystemIndex {
  let index = systemIndexes.get(codeSet);
  if (!index) systemIndexes.set(codeSet, (index = new SystemIndex(codeSet)));
  return index;
}

/** Sections where the provider states conclusions: a sign listed there is a problem of its own. */
const CONCLUSION_SECTIONS: ReadonlySet<SectionKind> = new Set(['assessment', 'assessment_plan', 'impression', 'diagnoses', 'discharge']);

function inConclusion(ctx: GuidelineContext, e: Span): boolean {
  const kind = sectionAt(ctx.analysis, e.start)?.kind;
  return kind !== undefined && CONCLUSION_SECTIONS.has(kind);
}

function sameSentence(ctx: GuidelineContext, a: Span, b: Span): boolean {
  const s = sentenceAt(ctx.analysis, a.start);
  return s.end > s.start && b.start >= s.start && b.end <= s.end;
}

/** The Tabular notes of the code set's year, read once per code set (loading reads the manifest from disk). */
const knowledgeByCodeSet = new WeakMap<CodeSet, Knowledge | null>();
function knowledgeOf(ctx: GuidelineContext): Knowledge | null {
  let knowledge = knowledgeByCodeSet.get(ctx.codeSet);
  if (knowledge === undefined) {
    try {
      knowledge = loadKnowledge(ctx.codeSet.fiscalYear);
    } catch {
      knowledge = null;
    }
    knowledgeByCodeSet.set(ctx.codeSet, knowledge);
  }
  return knowledge;
}

/**
 * "Unless otherwise instructed by the classification" (I.B.5): a disease whose Tabular says "use additional
 * code for associated symptoms" (N40.1 lists nocturia, frequency, weak stream …), or a sign whose own note
 * says "code first underlying condition" (R64 cachexia), is coded beside its disease.
 */
function instructedToCode(knowledge: Knowledge | null, sign: string, disease: string): boolean {
  if (!knowledge) return false;
  // The sign's "code first" names its underlying condition in general (R64) or the disease itself (R61:
  // "code first, if applicable, menopausal and female climacteric states (N95.1)").
  if (knowledge.codeFirst(sign).some((r) => (!r.ranges.length && /\bunderlying\b/i.test(r.note)) || r.ranges.some((x) => inRangeDotless(disease, x)))) return true;
  return knowledge.useAdditional(disease).some((r) => r.ranges.some((x) => inRangeDotless(sign, x)));
}

/** A code within a Tabular note's range (dotless prefixes: "N39.4-" covers N39.41). */
function inRangeDotless(code: string, range: { from: string; to: string }): boolean {
  const dotless = code.replace('.', '');
  return range.from.length <= dotless.length && dotless.slice(0, range.from.length) >= range.from && dotless.slice(0, range.to.length) <= range.to;
}

/**
 * A sign of the same body system as a confirmed disease the provider concludes (stated in the assessment,
 * impression or diagnoses) is integral to it, unless the provider lists the sign as a problem of its own
 * there (I.B.6, a sign not routinely associated is assessed separately); a sign in the disease's own
 * concluding sentence ("COPD exacerbation with dyspnea") is part of it.
 */
function sameSystemDisease(ctx: GuidelineContext, sign: Draft, diagnoses: Draft[], drafts: Map<string, Draft>, knowledge: Knowledge | null): Draft | undefined {
  const systems = systemIndexOf(ctx.codeSet);
  const signSystems = systems.sign(sign.code);
  if (!signSystems.length) return undefined;
  return diagnoses.find((d) => {
    if (!drafts.has(d.code) || /^[RZ]/.test(d.code) || !systems.disease(d.code).some((x) => signSystems.includes(x))) return false;
    if (instructedToCode(knowledge, sign.code, d.code)) return false;
    // Only a disease the provider concludes: two findings listed in one narrative sentence ("hypotension
    // and tachycardia") are not one explaining the other.
    const concluded = d.evidence.filter((e) => inConclusion(ctx, e));
    if (!concluded.length) return false;
    return sign.evidence.every((x) => !inConclusion(ctx, x) || concluded.some((e) => sameSentence(ctx, x, e)));
  });
}

/**
 * Symptom codes the Index sends to a body-system chapter rather than to chapter 18 ("Pain, limb" M79.6-,
 * "Myalgia" M79.1-, "Swelling, limb" M79.89, "Pain, joint" M25.5-, "Dorsalgia" M54.-, "Blurred vision"
 * H53.8, "Visual disturbance" H53.1-, "Pain, eye" H57.1-, "Otalgia" H92.0-, "Mastodynia" N64.4): symptoms
 * all the same for I.C.18 and I.B.4–5.
 */
const BODY_SYSTEM_SYMPTOM = /^(M79\.[16]|M79\.89|M25\.5|M54\.[2569]|H53\.[18]|H57\.1|H92\.0|N64\.4)/;

/**
 * Poisonings, adverse effects and toxic effects (T36–T65) are coded with their manifestations (I.C.19.e.5.a:
 * the nature of the adverse effect; I.C.19.e.5.b: "followed by the code(s) that specify the nature of the
 * poisoning"): a symptom beside one is its manifestation, never explained away.
 */
const DRUG_OR_TOXIC_EFFECT = /^T(3[6-9]|[4-5][0-9]|6[0-5])/;

/**
 * A symptom the note mentions only in its narrative (chief complaint, history, review of systems, exam, plan),
 * never in the provider's conclusion, when that conclusion establishes a definitive diagnosis (I.C.18: codes
 * for signs and symptoms are reported when a related definitive diagnosis has not been established; IV.D;
 * III.B and IV.J: the other conditions reported are those the provider documents as affecting care). The
 * presenting symptoms are how the concluded disease was reached; a symptom the provider also lists as a
 * problem of its own in the conclusion, or addresses in the plan, stays (I.B.6, IV.J), as do the manifestations of a poisoning or adverse
 * effect and the symptoms a disease's Tabular asks to code beside it ("use additional code … symptoms").
 * A note with no conclusion section, or one whose conclusion is only signs (no diagnosis), is untouched; so is a
 * published-style case report (noteForm.ts), whose narrative is the clinician's account of the whole stay with
 * its findings, closed by a summary diagnosis rather than an encounter's assessment that selects what is reported
 * (measured on the CodiEsp development set: 9 of 10 symptoms this would drop there are gold).
 */
function narrativeOnlyBesideConclusion(ctx: GuidelineContext, sign: Draft, diagnoses: Draft[], drafts: Map<string, Draft>, knowledge: Knowledge | null, caseReport: () => boolean): Draft | undefined {
  const spans = [...sign.evidence, ...sign.mentions.map((m) => m.span)];
  if (!spans.length || spans.some((e) => inConclusion(ctx, e) || sectionAt(ctx.analysis, e.start)?.kind === 'plan')) return undefined;
  if (caseReport()) return undefined;
  const live = diagnoses.filter((d) => drafts.has(d.code));
  if (live.some((d) => instructedToCode(knowledge, sign.code, d.code))) return undefined;
  // The condition a drug was taken for ("took extra acetaminophen for a headache") is its indication, not a
  // manifestation of the poisoning.
  if (live.some((d) => DRUG_OR_TOXIC_EFFECT.test(d.code)) && spans.some((e) => !isIndication(ctx.text, e))) return undefined;
  return live.find((d) => !/^[RZ]/.test(d.code) && d.evidence.some((e) => inConclusion(ctx, e)));
}

/** "… for a headache", "for his back pain": the mention is what something (a drug, a visit) was for. */
function isIndication(text: string, e: Span): boolean {
  return /\bfor\s+(?:(?:a|an|the|his|her|their|mild|severe|chronic|occasional|recurrent)\s+){0,2}$/i.test(text.slice(Math.max(0, e.start - 40), e.start));
}

/** The Index's signs of gastrointestinal bleeding, printed outside chapter 18 (Hemorrhage, rectum; Hematemesis; Melena). */
const BLEEDING_SIGN = /^(K62\.5|K92\.[0-2])$/;

/** The sign's head word (its title's first content word) is a word of the combination's "with" clause. */
function namesSignInWith(codeSet: CodeSet, combination: string, sign: string): boolean {
  const title = codeSet.find(combination)?.longDescription ?? '';
  const at = title.search(/\bwith\b/i);
  if (at < 0) return false;
  const head = contentTokens(codeSet.find(sign)?.longDescription ?? '')[0];
  return head !== undefined && contentTokens(title.slice(at)).includes(head);
}

const UNSPECIFIED_HEMORRHAGE = 'R58';
const BLEEDING_TITLE = /\b(hemorrhage|hemorrhagic|bleeding|retinopathy)\b/i;

/** "X due to / secondary to / from Y" in one sentence: the note itself says Y explains X. */
const EXPLAINED_BY = /\b(due to|secondary to|caused by|attributed to)\b/;

export const integralSymptomRule: GuidelineRule = {
  name: 'integral signs and symptoms',
  section: 'I.B.5',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    // Severe sepsis and SIRS (R65) and pleurisy (R09.1) are diagnoses a symptom can be part of, though they sit in chapter 18.
    const diagnoses = [...drafts.values()].filter((d) => !/^[RZ]/.test(d.code) || /^(R65\.|R09\.1)/.test(d.code));
    const knowledge = diagnoses.length ? knowledgeOf(ctx) : null;
    let isCaseReport: boolean | undefined;
    const caseReport = () => (isCaseReport ??= isCaseReportNarrative(ctx.text));
    for (const s of [...drafts.values()]) {
      if (!drafts.has(s.code)) continue;
      // R52's and R53.1's Excludes1 hold with or without a coded diagnosis ("left calf pain" is never R52).
      if (!diagnoses.length && s.code !== UNSPECIFIED_PAIN && s.code !== GENERAL_WEAKNESS) continue;
      // (A published case report tells each pain of a long course on its own; only an encounter note's bare
      // "pain" is read as the sited pain told again.)
      const placed = s.code === UNSPECIFIED_PAIN && (painIsPlaced(ctx, s, drafts) || (diagnoses.length > 0 && !caseReport() && painSitedElsewhere(ctx, s)));
      if (s.code === UNSPECIFIED_PAIN && (placed || !diagnoses.length)) {
        if (placed) dropDraft(ctx, drafts, s.code, 'I.B.5', 'the pain has a site, a coded cause or is a medication\'s purpose (R52 Excludes1: pain by site)');
        continue;
      }
      // Pain with no site of its own may still be integral to a confirmed diagnosis (the table below: migraine).
      // "Weakness" (R53.1) excludes muscle weakness (M62.8-): weakness of a site or of a coded condition is not R53.1.
      if (s.code === GENERAL_WEAKNESS && s.evidence.every((e) => weaknessOfSite(ctx.text, e))) {
        dropDraft(ctx, drafts, s.code, 'I.B.5', 'the weakness has a site (R53.1 Excludes1: muscle weakness)');
        continue;
      }
      if (JOINT_SIGN.test(s.code)) {
        const joint = diagnoses.find((d) => drafts.has(d.code) && sameJoint(ctx, s.code, d.code));
        if (joint) {
          dropDraft(ctx, drafts, s.code, 'I.B.5', `a sign of the same joint as ${joint.code}`, joint);
          continue;
        }
      }
      // "Hemorrhage, not elsewhere classified" (R58) beside a code whose title already names the bleeding
      // (K25.0 "… with hemorrhage", retinopathy with its hemorrhages) is that code's own sign.
      if (s.code === UNSPECIFIED_HEMORRHAGE) {
        const bleeding = diagnoses.find((d) => drafts.has(d.code) && BLEEDING_TITLE.test(ctx.codeSet.find(d.code)?.longDescription ?? ''));
        if (bleeding) {
          dropDraft(ctx, drafts, s.code, 'I.B.5', `the bleeding is part of ${bleeding.code}`, bleeding);
          continue;
        }
      }
      // A combination code that names the sign in its "with" clause ("Diverticulosis of large intestine …
      // with bleeding", "Acute cystitis with hematuria") reports it already (I.A.15, I.B.9).
      if (s.code[0] === 'R' || BLEEDING_SIGN.test(s.code)) {
        const named = diagnoses.find((d) => drafts.has(d.code) && d.code[0] !== 'R' && namesSignInWith(ctx.codeSet, d.code, s.code));
        if (named) {
          dropDraft(ctx, drafts, s.code, 'I.A.15', `the combination ${named.code} names it`, named);
          continue;
        }
      }
      if (s.code[0] !== 'R' && !BODY_SYSTEM_SYMPTOM.test(s.code) && !INTEGRAL.some(([symptom]) => symptom.test(s.code))) continue;
      let routine: Draft | undefined;
      for (const [symptom, explains] of INTEGRAL) if (!routine && symptom.test(s.code)) routine = diagnoses.find((d) => drafts.has(d.code) && explains.test(d.code));
      if (routine && !instructedToCode(knowledge, s.code, routine.code)) {
        dropDraft(ctx, drafts, s.code, 'I.B.5', `a sign routinely associated with ${routine.code}`, routine);
        continue;
      }
      if (s.code[0] === 'R' && !s.code.startsWith('R65')) {
        const system = sameSystemDisease(ctx, s, diagnoses, drafts, knowledge);
        if (system) {
          dropDraft(ctx, drafts, s.code, 'I.C.18.b', `a sign of the same body system as ${system.code}, the provider's conclusion`, system);
          continue;
        }
      }
      // Only symptoms (R00–R69): SIRS and sepsis codes (R65) and findings are never "explained away".
      const chapter18Symptom = /^R[0-6]/.test(s.code) && !s.code.startsWith('R65');
      if (!chapter18Symptom && !BODY_SYSTEM_SYMPTOM.test(s.code)) continue;
      const concluded = narrativeOnlyBesideConclusion(ctx, s, diagnoses, drafts, knowledge, caseReport);
      if (concluded) {
        dropDraft(ctx, drafts, s.code, 'I.C.18.b', `a presenting symptom the provider's conclusion explains with ${concluded.code} (coded only when no definitive diagnosis is established)`, concluded);
        continue;
      }
      if (!chapter18Symptom) continue;
      // "Epistaxis due to warfarin": the symptom is the adverse effect's nature, coded with it (I.C.19.e.5), never explained away.
      const explained = diagnoses.find((d) => !DRUG_OR_TOXIC_EFFECT.test(d.code) && d.evidence.some((e) => s.evidence.some((x) => explains(ctx, x, e))));
      if (explained) dropDraft(ctx, drafts, s.code, 'I.B.4', `explained by ${explained.code} in the same sentence`, explained);
    }
  },
};

/** Words allowed between "due to" and the diagnosis it names. */
const MAX_GAP_CHARS = 80;

/** "<symptom> … due to … <diagnosis>" in one sentence, the cue between them. */
function explains(ctx: GuidelineContext, symptom: Span, diagnosis: Span): boolean {
  if (diagnosis.start < symptom.end) return false;
  const s = sentenceAt(ctx.analysis, symptom.start);
  if (diagnosis.start >= s.end) return false;
  const between = ctx.text.slice(symptom.end, diagnosis.start).toLowerCase();
  return between.length <= MAX_GAP_CHARS && EXPLAINED_BY.test(between);
}
