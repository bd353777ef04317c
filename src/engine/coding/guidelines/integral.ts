// Owns signs and symptoms integral to a confirmed diagnosis (Guidelines I.B.4, I.B.5, I.C.18.b): a
// symptom code is not reported beside a definitive diagnosis that routinely presents with it, nor
// beside one the note names as its cause in the same sentence.
import { sentenceAt } from '../../text';
import type { Span } from '../../types';
import { dropDraft } from './drafts';
import type { Draft, GuidelineContext, GuidelineRule } from './types';

/**
 * Symptom → diagnoses that routinely present with it (by code prefix). Pairs are textbook
 * presentations, not note-driven: a symptom NOT on its diagnosis' list stays coded (I.B.6).
 */
const INTEGRAL: ReadonlyArray<readonly [symptom: RegExp, diagnoses: RegExp]> = [
  [/^R07\.(89|9|2|1)/, /^(I2[0-4]|I26|I30|J18|J93)/], // chest pain: angina, MI, PE, pericarditis, pneumonia, pneumothorax
  [/^R05/, /^(J0[0-6]|J09|J1[0-8]|J2[0-2]|J4[0-2]|J44\.[01]|A15|U07\.1)/], // cough: respiratory infections, bronchitis
  // fever: the febrile infections (intestinal, tuberculous, bacterial, spirochetal and rickettsial,
  // viral CNS and arthropod-borne, exanthems, mononucleosis, malaria), acute respiratory infections,
  // pyelonephritis, appendicitis, cholecystitis, cellulitis, osteomyelitis — not warts, mycoses or HIV.
  [/^R50\.9/, /^(A0|A1[5-9]|A[2-4]|A[6-9]|B0[1-6]|B2[5-7]|B3[34]|B5[0-5]|J0[0-6]|J09|J1[0-8]|J2[0-2]|N10|K35|K81\.0|L03|M86|U07\.1)/],
  [/^R06\.0/, /^(I50|J44\.1|J45\.[2-9][12]|J18|J96|I26)/], // dyspnea: heart failure, exacerbations, pneumonia, PE
  [/^(R30\.0|R35\.0|R39\.1)/, /^(N39\.0|N30\.|N10)/], // dysuria, frequency, urgency: urinary tract infection
  [/^(R35\.8|R63\.1|R73\.9|R63\.2)/, /^E1[013]\./], // polyuria, polydipsia, hyperglycemia, polyphagia: diabetes
  [/^R10\./, /^(K35|K36|K37|K80|K81|K85|K57|K29|N20|N10)/], // abdominal pain: appendicitis, gallstones, pancreatitis
  [/^R11\./, /^(K52|A08|A09|K56|K85|O21|K31\.84|E1[013]\.43|K35|K80\.[0-4]|K81\.0|N20|G43)/], // nausea and vomiting: gastroenteritis, obstruction, hyperemesis, gastroparesis, appendicitis, biliary and renal colic, migraine
  [/^R68\.81/, /^(K31\.84|E1[013]\.43)/], // early satiety: gastroparesis
  [/^R19\.7/, /^(A0[0-9]|K52|K50|K51)/], // diarrhea: infectious and inflammatory enteritis
  [/^R51/, /^G4[34]/], // headache: migraine and other headache syndromes
  [/^R60\./, /^I50/], // edema: heart failure
  [/^R00\.[02]/, /^I4[78]/], // tachycardia, palpitations: tachyarrhythmia, atrial fibrillation
  [/^R56\./, /^G40/], // seizure: epilepsy
  [/^(R00\.0|R50\.9|D72\.829|R06\.82)/, /^(A40|A41|R65\.1)/], // tachycardia, fever, leukocytosis, tachypnea: the SIRS criteria of sepsis
  [/^R82\.(81|998)/, /^(N39\.0|N30\.|N10)/], // pyuria: urinary tract infection
  [/^L29\./, /^(B86|L20|L50|L23|L24|B35)/], // pruritus: scabies, dermatitis, urticaria, tinea
  [/^R07\.0/, /^(J0[2-3]|J06)/], // sore throat: pharyngitis, tonsillitis
  [/^R21/, /^(B0[1-2]|B05|B06|L50)/], // rash: varicella, zoster, measles, rubella, urticaria
  [/^R09\.81/, /^(J0[0-1]|J06|J30)/], // nasal congestion: cold, sinusitis, rhinitis
];

/** "X due to / secondary to / from Y" in one sentence: the note itself says Y explains X. */
const EXPLAINED_BY = /\b(due to|secondary to|caused by|attributed to)\b/;

export const integralSymptomRule: GuidelineRule = {
  name: 'integral signs and symptoms',
  section: 'I.B.5',
  apply(ctx: GuidelineContext, drafts: Map<string, Draft>) {
    const diagnoses = [...drafts.values()].filter((d) => !/^[RZ]/.test(d.code));
    if (!diagnoses.length) return;
    for (const s of [...drafts.values()]) {
      if (s.code[0] !== 'R' && !INTEGRAL.some(([symptom]) => symptom.test(s.code))) continue;
      let routine: Draft | undefined;
      for (const [symptom, explains] of INTEGRAL) if (!routine && symptom.test(s.code)) routine = diagnoses.find((d) => explains.test(d.code));
      if (routine) {
        dropDraft(ctx, drafts, s.code, 'I.B.5', `a sign routinely associated with ${routine.code}`, routine);
        continue;
      }
      // Only symptoms (R00–R69): SIRS and sepsis codes (R65) and findings are never "explained away".
      if (!/^R[0-6]/.test(s.code) || s.code.startsWith('R65')) continue;
      const explained = diagnoses.find((d) => d.evidence.some((e) => s.evidence.some((x) => explains(ctx, x, e))));
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
