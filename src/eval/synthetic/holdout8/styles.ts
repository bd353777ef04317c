// Owns the note styles of the eighth held-out PHI check, none of which an earlier generator writes: a NICU family
// update, a migrant/farmworker clinic note, a tribal (IHS) clinic note, a military sick-call note, an FMLA /
// disability certification, a blood-donor deferral record, an organ-procurement referral call log, a cardiac-rehab
// session log, an audiology report, a POLST form, a radiation-oncology treatment summary and a mandated child-
// protection report. Written from how these documents look, not from what any recognizer does.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, term, type CaseMode, type Frag } from '../segments';
import {
  h8Account, h8Address, h8Age, h8Camp, h8Church, h8Clinic, h8County, h8Date, h8Device, h8Email, h8Employer, h8Given, h8GivenPossessive, h8GroupHome,
  h8Hospital, h8Id, h8Ip, h8License, h8Mrn, h8Name, h8Nick, h8Person, h8Pharmacy, h8Phone, h8School, h8Ssn, h8Staff, h8Team, h8Titled, h8Town, h8Unit,
  h8Url, h8Vehicle, h8Zip, type H8Person,
} from './formats';
import { H8_PROTECTED_ALL, H8_RELATIONS } from './vocab';

export interface H8Cast { patient: H8Person; staff: H8Person[]; kin: { p: H8Person; rel: string }[]; age: number; dob: Ymd; visit: Ymd; events: Ymd[] }

export function h8Cast(rng: Rng, ages: readonly [number, number], oldShare: number): H8Cast {
  const visit = randomDate(rng, 2019, 2026);
  const age = rng.chance(oldShare) ? rng.int(90, 104) : rng.int(ages[0], ages[1]);
  return {
    patient: h8Person(rng),
    staff: Array.from({ length: 3 }, () => h8Person(rng)),
    kin: Array.from({ length: 3 }, () => ({ p: h8Person(rng), rel: rng.pick(H8_RELATIONS) })),
    age, visit,
    dob: addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360)),
    events: Array.from({ length: 5 }, () => addDays(visit, rng.int(-400, 60))),
  };
}

export interface H8Style { name: string; ages: readonly [number, number]; oldShare: number; caseMode(rng: Rng): CaseMode; render(rng: Rng, c: H8Cast): Frag }

/** A protected clinical term, checked against the vocabulary so every planted term is one the test knows. */
function t(text: string): Frag {
  if (!H8_PROTECTED_SET.has(text)) throw new Error(`holdout8: ${text} is not in H8_PROTECTED`);
  return term(text, text);
}
const H8_PROTECTED_SET = new Set(H8_PROTECTED_ALL);
const asis = (): CaseMode => 'asis';

const nicuUpdate: H8Style = {
  name: 'h8_nicu_family_update', ages: [0, 0], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`NICU Family Update — ${h8Hospital(rng)}, pod C
Baby ${rng.pick(['Boy', 'Girl'])} ${h8Name(rng, c.patient)} (twin ${rng.pick(['A', 'B'])}), born ${h8Date(rng, c.dob)} at 27+4 wks, ${h8Mrn(rng)}; now day of life ${rng.int(3, 60)}.
Spoke with mom ${h8Name(rng, c.kin[0].p)} and ${c.kin[1].rel} ${h8Given(c.kin[1].p)} at bedside; dad joined by phone from ${h8Employer(rng)} (${h8Phone(rng)}).
Resp: s/p ${t('Curosurf')} x2, now on CPAP 6; ${t('Silverman-Andersen score')} this morning was 3. GI: abdomen soft, treated for ${t('Bell stage IIA')} last week. Head US ${h8Date(rng, c.events[0])}: ${t('Papile grade II')} IVH L.
GA by ${t('Ballard score')} agreed with dates. ${t('Synagis')} planned before discharge; ${t('Kangaroo care')} encouraged daily out of the ${t('Giraffe OmniBed')}. TPN via ${h8Device(rng, 'pump')}. Family lives ${rng.int(40, 190)} miles away in ${h8Town(rng)}; staying at the Ronald McDonald House, room ${rng.int(2, 40)}.
Family updates posted at ${h8Url(rng, c.kin[0].p)}. Next care conference ${h8Date(rng, c.events[4])}. — ${h8Staff(rng, c.staff[0], 'NNP-BC')}
`,
};

const farmworker: H8Style = {
  name: 'h8_migrant_farmworker_clinic_note', ages: [16, 72], oldShare: 0, caseMode: (rng) => rng.weighted([[4, 'asis'], [1, 'lower']]),
  render: (rng, c) => f`${h8Clinic(rng)} — mobile unit at ${h8Camp(rng)}
Pt: ${h8Name(rng, c.patient)}   DOB ${h8Date(rng, c.dob)}   ${h8Id(rng, 'anumber')}   Interpreter: K'iche' via ${h8Name(rng, c.staff[1])}
${h8Given(c.patient)} picks for ${h8Employer(rng)}; crew leader ${h8Titled(rng, c.kin[2].p)} drove him in. Came north from ${h8Town(rng)} ${h8Date(rng, c.events[0])}.
CC: rash and fever x3 days after working in the orchard. Exam: ${t('Kernig sign')} neg, ${t('Brudzinski sign')} neg. Worked in Peru 2019 — ${t('Oroya fever')} considered, smear negative. Petechiae on wrists — ${t('Rocky Mountain spotted fever')} on the differential, doxycycline started. Prior ${t('Mantoux')} 12 mm; sputum for ${t('Kinyoun stain')}. Old draining sinus R foot, ${t('Madura foot')} vs chronic osteomyelitis.
Mexican cell ${h8Phone(rng)}; US contact ${c.kin[0].rel} ${h8Name(rng, c.kin[0].p)} ${h8Phone(rng)}. Meds picked up at ${h8Pharmacy(rng)}. Attends ${h8Church(rng)}.
Return ${h8Date(rng, c.events[4])} or sooner. ${h8Staff(rng, c.staff[0], 'PA-C')}
`,
};

const tribal: H8Style = {
  name: 'h8_tribal_health_clinic_note', ages: [25, 89], oldShare: 0.1, caseMode: asis,
  render: (rng, c) => f`${h8Clinic(rng)} — Diabetes Follow-up
${h8Name(rng, c.patient)}, ${h8Age(rng, c.age)}, ${h8Mrn(rng)}, ${h8Id(rng, 'tribal')}
Address: ${h8Address(rng)}   Phone: ${h8Phone(rng)}
S: ${h8Nick(c.patient)} (as family calls ${rng.pick(['him', 'her'])}) reports sugars 180s. Lives with ${c.kin[0].rel} ${h8Given(c.kin[0].p)} who hauls water weekly. ${t('Acanthosis nigricans')} noted at last visit.
O: foot exam with ${t('Semmes-Weinstein monofilament')}: decreased L great toe. Midfoot warm — rule out ${t('Charcot foot')}. Renal bx ${h8Date(rng, c.events[1])}: ${t('Kimmelstiel-Wilson')} lesions. Sibling had ${t('Navajo neurohepatopathy')}.
A/P: continue ${t('Xultophy')}; add ${t('Qtern')}. CHR ${h8Name(rng, c.staff[1])} to visit home ${h8Date(rng, c.events[4])}. Traditional healer consult at ${h8Church(rng)} per pt preference.
${h8Staff(rng, c.staff[0], 'MD')}  ${h8License(rng)}
`,
};

const sickCall: H8Style = {
  name: 'h8_military_sick_call_note', ages: [18, 45], oldShare: 0, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render: (rng, c) => f`CHRONOLOGICAL RECORD OF MEDICAL CARE (SF 600) — Battalion Aid Station
${h8Date(rng, c.visit)}  ${rng.pick(['SPC', 'PFC', 'SGT', 'LCpl', 'SSgt'])} ${h8Name(rng, c.patient)}  ${h8Id(rng, 'edipi')}  Unit: ${h8Unit(rng)}  ${h8Account(rng, true)}
S: 2 days L ankle pain after ruck march at ${h8Town(rng)} range; ${h8Titled(rng, c.kin[2].p)} (first sergeant) sent SM in. Took ${t('Motrin')} without relief.
O: swelling lat malleolus; no bony tenderness, imaging not indicated. ${t('Kleiger test')} neg. ${t('Thompson test')} neg. Wrist and shoulder pain too: ${t('Eichhoff test')} neg; ${t("Speed's test")} neg bilaterally.
A/P: lateral ankle sprain. Ibuprofen 800 mg TID x7d. Profile 14 days; ${t('PULHES')} unchanged. F/u ${h8Date(rng, c.events[4])}.
Spouse ${h8Name(rng, c.kin[0].p)} ${h8Phone(rng)}; off-post ${h8Address(rng)}. POV ${h8Vehicle(rng)} — no driving on narcotics.
${h8Staff(rng, c.staff[0], 'PA-C, CPT, MC')}  ${h8Email(rng, c.staff[0])}
`,
};

const fmla: H8Style = {
  name: 'h8_fmla_disability_certification', ages: [22, 66], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION   ${h8Id(rng, 'fmla')}
Employer: ${h8Employer(rng)}   Employee: ${h8Name(rng, c.patient)}   ${h8Id(rng, 'employee')}   SSN ${h8Ssn(rng)}
Part A — Provider: ${h8Staff(rng, c.staff[0], 'MD')}, ${h8Clinic(rng)}, ${h8Phone(rng)}, fax ${h8Phone(rng)}  ${h8License(rng)}
Approximate date condition commenced: ${h8Date(rng, c.events[0])}. Probable duration: lifelong. Hospitalized at ${h8Hospital(rng)} ${h8Date(rng, c.events[1])} to ${h8Date(rng, c.events[2])}.
Diagnosis: ${rng.pick([t('Crohn disease'), t('Ménière disease')])}, flares 1–2x/month lasting 2–4 days. ${t('Roland-Morris questionnaire')} ${rng.int(8, 20)}/24; ${t('Karnofsky')} ${rng.pick([60, 70, 80])}. Differential previously included ${rng.pick([t('Lambert-Eaton syndrome'), t('Huntington disease')])}.
Employee will need intermittent leave; ${c.kin[0].rel} ${h8Name(rng, c.kin[0].p)} drives ${h8Given(c.patient)} to infusions. Return form to ${h8Email(rng, c.staff[1])} by ${h8Date(rng, c.events[4])}.
`,
};

const donorDeferral: H8Style = {
  name: 'h8_blood_donor_deferral_record', ages: [17, 79], oldShare: 0, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render: (rng, c) => f`DONOR DEFERRAL / LOOKBACK RECORD — mobile drive at ${h8School(rng)}
Donor: ${h8Name(rng, c.patient)}   ${h8Id(rng, 'din')}   DOB ${h8Date(rng, c.dob)}   ${rng.pick(['Whole blood', 'Double red', 'Platelet apheresis'])}
Reason: travel to an area with ${t('Oropouche virus')} risk; lived in UK ${rng.int(1980, 1996)} (vCJD deferral policy reviewed). Phenotype: ${t('Kell antigen')} negative, ${t('Lewis antigen')} Le(a-b+), ${t('Duffy antigen')} Fy(a-b-); ${t('Kidd antibody')} in prior plasma.
Screening: ${t('Babesia microti')} NAT reactive on ${h8Date(rng, c.events[1])}; recipient hospital ${h8Hospital(rng)} notified.
Donor notified by letter to ${h8Address(rng)} and phone ${h8Phone(rng)}; also e-mail ${h8Email(rng, c.patient)}. Counselor: ${h8Staff(rng, c.staff[0], 'RN')}
`,
};

const opoReferral: H8Style = {
  name: 'h8_organ_procurement_referral_log', ages: [18, 75], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`OPO REFERRAL CALL LOG   ${h8Id(rng, 'opo')}   ${h8Id(rng, 'unos')}
${h8Date(rng, c.visit)} 02:14 Call from ${h8Hospital(rng)} ICU, RN ${h8Name(rng, c.staff[1])} (${h8Phone(rng)}): ${h8Age(rng, c.age)} ${rng.pick(['male', 'female'])}, GCS 3 after MVC on Hwy ${rng.int(2, 99)} near ${h8Town(rng)}.
Pt ${h8Name(rng, c.patient)}, ${h8Mrn(rng)}. ${t('Cushing triad')} present earlier; ${t("doll's eyes")} absent. On ${t('Levophed')} 0.2 mcg/kg/min and ${t('Vasostrict')} 0.04 U/min. Feeds held; ${t('Harris-Benedict')} estimate on chart.
Family: ${c.kin[0].rel} ${h8Name(rng, c.kin[0].p)} at bedside; ${c.kin[1].rel} ${h8Given(c.kin[1].p)} driving from ${h8County(rng)}. Registry check: registered donor per state DL record. Home ZIP ${h8Zip(rng)}.
${t('Kidney Donor Profile Index')} calculated for kidneys. Coordinator ${h8Staff(rng, c.staff[0], 'CPTC')} en route, ETA 90 min.
`,
};

const cardiacRehab: H8Style = {
  name: 'h8_cardiac_rehab_session_log', ages: [45, 89], oldShare: 0.12, caseMode: asis,
  render: (rng, c) => f`Phase II Cardiac Rehabilitation — Session ${rng.int(2, 36)} of 36
${h8Name(rng, c.patient)} | ${h8Age(rng, c.age)} | ${h8Mrn(rng)} | ${h8Account(rng)} | s/p CABG ${h8Date(rng, c.events[0])}
Exercise: treadmill 2.5 mph 4% x 20 min, NuStep level 5 x 15 min. ${t('Borg scale')} RPE ${rng.int(11, 14)}. Telemetry: brief ${t('Mobitz I')} block on warm-up, asymptomatic.
Baseline ${t('Duke Activity Status Index')} ${rng.int(10, 40)}; entry test ${t('Bruce protocol')} stage 2. Meds: ${t('Entresto')} 49/51 bid, ${t('Effient')} 90 bid.
${h8GivenPossessive(c.patient)} ${c.kin[0].rel} ${h8Given(c.kin[0].p)} attended education class. Home BP log uploaded from ${h8Ip(rng)}; ${h8Device(rng, 'monitor')}. ICD in situ, ${h8Device(rng, 'udi')}.
Next: ${h8Date(rng, c.events[4])}. ${h8Staff(rng, c.staff[0], 'RCEP')}
`,
};

const audiology: H8Style = {
  name: 'h8_audiology_hearing_aid_report', ages: [4, 89], oldShare: 0.15, caseMode: asis,
  render: (rng, c) => f`AUDIOLOGIC EVALUATION AND HEARING AID FITTING   ${h8Id(rng, 'audiogram')}
Patient: ${h8Name(rng, c.patient)}   ${h8Age(rng, c.age)}   DOB ${h8Date(rng, c.dob)}   Referred by ${h8Staff(rng, c.staff[1], 'MD')}
Tuning forks: ${t('Weber test')} lateralizes L; ${t('Rinne test')} AC>BC bilaterally. Audiogram shows ${t('Carhart notch')} at 2 kHz R. ${t('Stenger test')} negative. Tymps type C, ${t('Eustachian tube')} dysfunction suspected.
Fitted binaural ${t('Phonak Audéo')} 90-R, L ${h8Device(rng, 'hearing')}, R ${h8Device(rng, 'hearing')}. ${rng.chance(0.3) ? f`Contralateral cochlear implant ${h8Device(rng, 'cochlear')}.` : ''}
Accompanied by ${c.kin[0].rel} ${h8Name(rng, c.kin[0].p)}; texts to ${h8Phone(rng)}. ${rng.chance(0.5) ? f`Attends ${h8School(rng)}; FM system for classroom.` : f`Resides at ${h8GroupHome(rng)}.`}
Recheck ${h8Date(rng, c.events[4])}. ${h8Staff(rng, c.staff[0], 'Au.D., CCC-A')}
`,
};

const polst: H8Style = {
  name: 'h8_polst_form', ages: [60, 89], oldShare: 0.35, caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render: (rng, c) => f`PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) — HIPAA PERMITS DISCLOSURE TO OTHER HEALTH CARE PROVIDERS
Patient Last Name: ${h8Name(rng, c.patient)}   Date of Birth: ${h8Date(rng, c.dob)}   Age: ${h8Age(rng, c.age)}
A. CPR: [X] Do Not Attempt Resuscitation   B. Medical interventions: [X] Selective treatment — ${t('BiPAP')} ok, no intubation; ${t('Coudé catheter')} for comfort. C. Artificial nutrition: trial period.
Summary of goals: ${t('Rotterdam Symptom Checklist')} reviewed; pain and dyspnea worst. Family has seen ${t('Cheyne-Stokes respirations')} and is prepared; comfort meds ${t('Robinul')} and ${t('Haldol')} in home kit. Home ${h8Device(rng, 'cpap')} to stay.
Discussed with: ${c.kin[0].rel} ${h8Name(rng, c.kin[0].p)} (legally recognized decisionmaker) ${h8Phone(rng)}, and ${c.kin[1].rel} ${h8Given(c.kin[1].p)}. Pastor from ${h8Church(rng)} present.
Signature of physician: ${h8Staff(rng, c.staff[0], 'MD')}  ${h8License(rng)}  Date signed ${h8Date(rng, c.visit)}   Hospice: ${h8Clinic(rng)}
`,
};

const radOnc: H8Style = {
  name: 'h8_radiation_oncology_treatment_summary', ages: [30, 89], oldShare: 0.08, caseMode: asis,
  render: (rng, c) => f`RADIATION ONCOLOGY END-OF-TREATMENT SUMMARY   ${h8Id(rng, 'course')}
${h8Name(rng, c.patient)} (${h8Age(rng, c.age)}), ${h8Mrn(rng)}, ${h8Account(rng)}
Diagnosis: adenocarcinoma of prostate, ${t('Gleason 4+3')}, ${h8Id(rng, 'accession')}. Treated on ${t('Varian TrueBeam')} from ${h8Date(rng, c.events[0])} through ${h8Date(rng, c.events[1])}: 70 Gy in 28 fractions.
Toxicity: ${t('RTOG grade 2')} urinary; skin managed with ${t('Aquaphor')}, then ${t('Cavilon')}. ${t('Compazine')} prn nausea. ${t('Zubrod')} performance status 1 at completion.
Lodged with ${c.kin[0].rel} in ${h8Town(rng)} during treatment; rides from ${h8Church(rng)} van. ${h8Given(c.patient)} prefers calls to ${h8Phone(rng)}.
Follow-up PSA ${h8Date(rng, c.events[4])} with ${h8Titled(rng, c.staff[1])}. cc: ${h8Staff(rng, c.staff[2], 'MD')}, ${h8Clinic(rng)}. ${h8Staff(rng, c.staff[0], 'MD')}
`,
};

const mandatedReport: H8Style = {
  name: 'h8_mandated_child_protection_report', ages: [0, 12], oldShare: 0, caseMode: asis,
  render: (rng, c) => f`SUSPECTED CHILD ABUSE/NEGLECT — MANDATED REPORTER FORM   ${h8Id(rng, 'cps')}
Child: ${h8Name(rng, c.patient)}  DOB ${h8Date(rng, c.dob)}  ${h8Mrn(rng)}  School/daycare: ${h8School(rng)}
Caregivers: ${rng.pick(['mother', 'grandmother', 'foster father', 'aunt', 'stepmother'])} ${h8Name(rng, c.kin[0].p)}; mother's boyfriend known only as "${h8Nick(c.kin[1].p)}". Home: ${h8Address(rng)}.
Findings: bruises of varying age on back and ears; ${t('Caffey disease')} considered and excluded on skeletal survey. ${t('Wood lamp')} exam negative. C-spine film: ${t('Swischuk line')} normal. Bone age by ${t('Greulich and Pyle')} matches stated age. XR: ${t('Salter-Harris II')} fracture distal radius.
Weight by ${t('Broselow tape')}. ${h8GivenPossessive(c.patient)} sibling ${h8Given(c.kin[2].p)} also seen. Vehicle at home ${h8Vehicle(rng)}.
Report phoned to ${h8County(rng)} hotline ${h8Date(rng, c.visit)} by ${h8Staff(rng, c.staff[0], 'MD')}, callback ${h8Phone(rng)}. Social work: ${h8Name(rng, c.staff[1])}.
`,
};

export const HOLDOUT8_STYLES: readonly H8Style[] = [
  nicuUpdate, farmworker, tribal, sickCall, fmla, donorDeferral, opoReferral, cardiacRehab, audiology, polst, radOnc, mandatedReport,
];
