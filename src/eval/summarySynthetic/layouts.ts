// Owns how one synthetic case is written down, in the layouts clinicians use for long multi-problem notes:
// numbered A/P, "# Problem" blocks, problem-oriented SOAP, prose assessment paragraphs, hospital course by
// system, result tables with an impression, telehealth, consult letter with recommendations, and discharge
// summary with a diagnoses list and START/STOP/CHANGE reconciliation. Each layout also writes the distractors
// a summary must not take for problems or changes: history, a medication list, family history, negated findings.
import type { Rng } from '../synthetic/prng';
import { cap, homeMedications, imperative, narrative, recommendation, reconciliation, type CaseProblem, type SummaryCase } from './cases';

export const LAYOUTS = [
  'numbered_ap', 'hash_blocks', 'soap_problem_oriented', 'prose_assessment', 'hospital_course_by_system',
  'table_impression', 'telehealth', 'consult_letter', 'discharge_summary', 'ed_mdm', 'inline_problem_list', 'apso_assessment_first',
] as const;
export type Layout = (typeof LAYOUTS)[number];

type Writer = (c: SummaryCase, rng: Rng) => string;

/** "eGFR 35" keeps its case; "hemoglobin 9.8" opens a sentence with a capital. */
const capEvidence = (e: string) => (/^[a-z][A-Z]/.test(e) ? e : cap(e));
const name = (c: SummaryCase) => `${c.title} ${c.surname}`;
const intro = (c: SummaryCase, rng: Rng) => `${name(c)} is a ${c.age}-year-old ${c.he === 'he' ? 'man' : 'woman'} ${rng.pick(['seen today for follow-up of multiple chronic problems', 'who presents for a scheduled visit', 'here for reassessment of several medical problems'])}.`;

/** The patient's story: every problem in history voice, as long notes tell it before they assess it. */
function hpi(c: SummaryCase, rng: Rng): string {
  const bits = c.problems.map((p) => rng.pick([
    `${cap(c.he)} says the ${p.name} has been on ${c.his} mind over the last few weeks.`,
    `Regarding the ${p.name}, ${c.he} notes ${rng.pick(['no major change', 'some worsening', 'gradual improvement'])} since the last visit and asks whether anything should change.`,
    `The ${p.name} was discussed at length; ${c.he} ${rng.pick(['keeps a log at home', 'has questions about treatment options', 'has read about it online'])}.`,
  ]));
  const life = rng.pick([
    `${cap(c.he)} lives with ${c.his} spouse, walks the dog most mornings and does not drink alcohol.`,
    `${cap(c.he)} lives alone in a second-floor apartment, still drives, and has two glasses of wine a week.`,
    `${cap(c.he)} recently retired from teaching, sleeps about six hours a night and follows a mostly vegetarian diet.`,
  ]);
  const course = rng.pick([
    `Since the last visit ${c.he} had one urgent care visit for a cold, which resolved without antibiotics, and ${c.he} has had no hospital stays.`,
    `${cap(c.he)} saw ${c.his} dentist and eye doctor this spring and had no falls, emergency visits or new diagnoses elsewhere.`,
    `Outside records from ${c.his} last specialist visit were reviewed and contain no new diagnoses or medication changes.`,
  ]);
  const ros = rng.pick([
    `${cap(c.he)} denies fever, chills, night sweats, weight loss, headache, vision change, cough, abdominal pain, nausea, vomiting, diarrhea, blood in the stool, urinary symptoms, rash or joint swelling.`,
    `Review of systems: no fevers or chills, no unintended weight change, no dysphagia, no abdominal pain, no change in bowel habits, no dysuria, no new rashes, no focal weakness or numbness.`,
  ]);
  return [intro(c, rng), ...bits, course, life, `${cap(c.he)} has been taking ${c.his} medications as prescribed and brought the bottles today.`, c.negatedFinding,
    ros, rng.pick(['Review of systems is otherwise negative in 12 systems.', 'A full review of systems was otherwise negative.'])].join(' ');
}

function exam(c: SummaryCase, rng: Rng): string {
  return `BP ${rng.int(118, 162)}/${rng.int(68, 96)}, HR ${rng.int(58, 104)}, RR 16, SpO2 ${rng.int(92, 99)}% on room air, weight ${rng.int(130, 260)} lb. General: alert, in no distress. Lungs: ${rng.pick(['clear to auscultation', 'scattered expiratory wheezes', 'bibasilar crackles'])}. Heart: ${rng.pick(['regular rate and rhythm', 'irregularly irregular rhythm'])}, no murmur. Extremities: ${rng.pick(['no edema', 'trace bilateral ankle edema'])}.`;
}

function labsTable(c: SummaryCase, rng: Rng): string {
  const rows = [
    ['Sodium', `${rng.int(132, 142)}`, '135-145 mmol/L'],
    ['Potassium', `${(rng.int(33, 51) / 10).toFixed(1)}`, '3.5-5.0 mmol/L'],
    ['Creatinine', `${(rng.int(8, 24) / 10).toFixed(1)}`, '0.6-1.2 mg/dL'],
    ['Hemoglobin', `${(rng.int(92, 146) / 10).toFixed(1)}`, '12.0-16.0 g/dL'],
    ['Hemoglobin A1c', `${(rng.int(55, 98) / 10).toFixed(1)}%`, '<5.7%'],
    ['LDL', `${rng.int(70, 180)}`, '<100 mg/dL'],
    ['TSH', `${(rng.int(4, 98) / 10).toFixed(1)}`, '0.4-4.5 mIU/L'],
  ];
  return ['Test | Result | Reference', ...rows.map((r) => r.join(' | '))].join('\n');
}

function vitalsTable(rng: Rng): string {
  return ['Vital | Today | Last visit', `BP | ${rng.int(130, 162)}/${rng.int(78, 96)} | ${rng.int(120, 150)}/${rng.int(70, 90)}`, `HR | ${rng.int(60, 100)} | ${rng.int(60, 100)}`, `Weight | ${rng.int(150, 240)} lb | ${rng.int(150, 240)} lb`, `SpO2 | ${rng.int(92, 99)}% | ${rng.int(92, 99)}%`].join('\n');
}

function followUpSentence(c: SummaryCase, rng: Rng): string {
  return rng.pick([
    `Return to clinic in ${c.interval}.`,
    `Follow up with me in ${c.interval}, sooner if symptoms worsen.`,
    `I will see ${c.him} back in ${c.interval}.`,
    `Next appointment in ${c.interval} with labs beforehand.`,
    `RTC ${c.interval}.`,
  ]);
}

function pendingSentence(c: SummaryCase, rng: Rng): string | undefined {
  if (!c.pending) return undefined;
  return rng.pick([`${cap(c.pending)} is pending; we will call with results.`, `Awaiting ${c.pending} results.`, `${cap(c.pending)} was ordered and is pending.`]);
}

/** "Hypertension, uncontrolled." or "Hypertension - uncontrolled" as a problem's heading. */
function head(p: CaseProblem, rng: Rng): string {
  return rng.pick([`${cap(p.name)}, ${p.status}.`, `${cap(p.name)} - ${p.status}.`, `${cap(p.name)}, ${p.status}, with ${p.evidence}.`]);
}

function planSentences(p: CaseProblem, c: SummaryCase, rng: Rng, voice: 'order' | 'narrative' | 'recommend' = 'order'): string[] {
  const out: string[] = [];
  if (p.change) out.push(voice === 'order' ? imperative(p.change, rng) : voice === 'narrative' ? narrative(p.change, c, rng) : recommendation(p.change, rng));
  if (p.continued) out.push(voice === 'recommend' ? `Continue ${p.continued.name} at the current dose.` : `Continue ${p.continued.name} ${p.continued.doses[0]} ${p.continued.freq}.`);
  if (p.order) out.push(`${p.order}.`);
  return out;
}

const header = (c: SummaryCase, rng: Rng) => `${rng.pick(['CHIEF COMPLAINT', 'Chief Complaint', 'Reason for visit'])}: Follow-up of ${c.problems[0].name} and ${c.problems[1].name}.`;

const numberedAp: Writer = (c, rng) => {
  const ap = c.problems.map((p, i) => {
    const one = rng.chance(0.5);
    const h = head(p, rng);
    const body = [...(one || h.includes(p.evidence) ? [] : [`${capEvidence(p.evidence)}.`]), ...planSentences(p, c, rng)];
    return one ? `${i + 1}. ${h} ${body.join(' ')}` : `${i + 1}. ${h}\n   ${body.join(' ')}`;
  });
  return [
    header(c, rng), '', `HISTORY OF PRESENT ILLNESS:\n${hpi(c, rng)}`, '', `CURRENT MEDICATIONS:\n${homeMedications(c).map((m) => `- ${m}`).join('\n')}`, '',
    `ALLERGIES: ${cap(c.allergy)}.`, '', `FAMILY HISTORY: ${c.familyHistory}`, '', `PHYSICAL EXAM:\n${exam(c, rng)}`, '',
    `ASSESSMENT AND PLAN:\n${ap.join('\n')}`, '', [followUpSentence(c, rng), pendingSentence(c, rng)].filter(Boolean).join(' '),
  ].join('\n');
};

const hashBlocks: Writer = (c, rng) => {
  const style = rng.pick(['hash', 'hashProblem', 'problemN']);
  const blocks = c.problems.map((p, i) => {
    const title = style === 'hash' ? `# ${cap(p.name)}` : style === 'hashProblem' ? `# Problem: ${cap(p.name)}` : `Problem ${i + 1}: ${cap(p.name)}`;
    const lines = [`- ${cap(p.status)}; ${p.evidence}.`, ...planSentences(p, c, rng).map((s) => `- ${s}`)];
    return `${title}\n${lines.join('\n')}`;
  });
  return [
    `Hospital Day ${rng.int(2, 6)} Progress Note`, '', `Subjective: ${hpi(c, rng)}`, '', `Objective: ${exam(c, rng)}`, '', `Medications: ${homeMedications(c).join(', ')}.`, '',
    `Allergies: ${cap(c.allergy)}`, '', `Assessment and Plan:\n${intro(c, rng)}`, '', blocks.join('\n\n'), '',
    `# Dispo: ${[followUpSentence(c, rng), pendingSentence(c, rng)].filter(Boolean).join(' ')}`,
  ].join('\n');
};

const soapProblemOriented: Writer = (c, rng) => {
  const a = c.problems.map((p, i) => `${i + 1}) ${cap(p.name)} - ${p.status}`);
  const plan = c.problems.map((p) => `${cap(p.name)}: ${planSentences(p, c, rng).join(' ') || 'No change today.'}`);
  return [
    `S: ${hpi(c, rng)} Family history: ${c.familyHistory}`, '', `O: ${exam(c, rng)}`, `Meds: ${homeMedications(c).join('; ')}.`, `Allergies: ${c.allergy}.`, '',
    `A:\n${a.join('\n')}`, '', `P:\n${plan.join('\n')}`, [followUpSentence(c, rng), pendingSentence(c, rng)].filter(Boolean).join(' '),
  ].join('\n');
};

const proseAssessment: Writer = (c, rng) => {
  const paragraphs = c.problems.map((p, i) => {
    const opener = rng.pick([
      `${cap(c.his)} ${p.name} is ${p.status}, with ${p.evidence}.`,
      `${cap(p.name)} remains ${p.status}; ${p.evidence}.`,
      `${i === 0 ? 'First' : i === 1 ? 'Second' : i === 2 ? 'Third' : 'Finally'}, ${c.his} ${p.name} is ${p.status}.`,
    ]);
    return [opener, ...planSentences(p, c, rng, 'narrative')].join(' ');
  });
  return [
    `Visit note`, '', hpi(c, rng), '', `${cap(c.he)} is allergic to ${c.allergy}. ${c.familyHistory}`, '', `Examination: ${exam(c, rng)}`, '',
    `ASSESSMENT:`, paragraphs.join('\n\n'), '', `${[followUpSentence(c, rng), pendingSentence(c, rng)].filter(Boolean).join(' ')}`,
  ].join('\n');
};

const SYSTEM_LABEL: Readonly<Record<string, readonly string[]>> = {
  Neuro: ['Neuro', 'Neurologic'], Cardiovascular: ['CV', 'Cardiovascular'], Pulmonary: ['Pulm', 'Respiratory'], Renal: ['Renal', 'Renal/Electrolytes'], GI: ['GI'],
  Endocrine: ['Endo', 'Endocrine'], Heme: ['Heme', 'Hematology'], ID: ['ID'], Psych: ['Psych'], MSK: ['MSK', 'Musculoskeletal'], Skin: ['Skin', 'Dermatology'], GU: ['GU'],
};

const hospitalCourseBySystem: Writer = (c, rng) => {
  const bySystem = new Map<string, CaseProblem[]>();
  for (const p of c.problems) bySystem.set(p.def.system, [...(bySystem.get(p.def.system) ?? []), p]);
  const course = [...bySystem.entries()].map(([sys, ps]) => `${rng.pick(SYSTEM_LABEL[sys] ?? [sys])}: ${ps.map((p) => [`${cap(p.name)}, ${p.status}; ${p.evidence}.`, ...planSentences(p, c, rng, 'narrative')].join(' ')).join(' ')}`);
  return [
    `ADMISSION DATE: 03/0${rng.int(1, 9)}/2026`, '', `HISTORY OF PRESENT ILLNESS: ${hpi(c, rng)}`, '', `HOME MEDICATIONS: ${homeMedications(c).join(', ')}.`, '',
    `ALLERGIES: ${c.allergy.toUpperCase()}.`, '', `HOSPITAL COURSE BY SYSTEM:`, course.join('\n'), '',
    `DISPOSITION: Home with family.`, `FOLLOW-UP: ${followUpSentence(c, rng)}`, ...(c.pending ? [`PENDING AT DISCHARGE: ${c.pending}.`] : []),
  ].join('\n');
};

const tableImpression: Writer = (c, rng) => {
  const asTable = rng.chance(0.5);
  const impression = asTable
    ? ['Problem | Status | Plan', ...c.problems.map((p) => `${cap(p.name)} | ${p.status} | ${planSentences(p, c, rng).join(' ').replace(/\.$/, '') || 'no change'}`)].join('\n')
    : c.problems.map((p, i) => `${i + 1}. ${cap(p.name)}, ${p.status}. ${planSentences(p, c, rng).join(' ')}`).join('\n');
  return [
    `Clinic note - results review`, '', intro(c, rng), `${cap(c.he)} reports no new complaints. ${c.negatedFinding}`, '', `Vitals:`, vitalsTable(rng), '',
    `Laboratory results:`, labsTable(c, rng), '', `Medications reviewed: ${homeMedications(c).join(', ')}.`, `Allergies: ${c.allergy}.`, '',
    `${asTable ? 'Assessment/Plan' : 'Impression'}:`, impression, '', [followUpSentence(c, rng), pendingSentence(c, rng)].filter(Boolean).join(' '),
  ].join('\n');
};

const telehealth: Writer = (c, rng) => {
  const ap = c.problems.map((p) => `- ${cap(p.name)}: ${p.status}. ${planSentences(p, c, rng).join(' ')}`.trimEnd());
  return [
    `TELEHEALTH VISIT (video)`, `The patient was seen by synchronous audio-video telehealth and consented to a virtual visit. The patient was at home; the provider was in the clinic.`, '',
    `Subjective: ${hpi(c, rng)}`, '', `Observations by video: alert, speaking full sentences, no respiratory distress. Home BP reading ${rng.int(120, 160)}/${rng.int(70, 95)}.`, '',
    `Allergies: ${cap(c.allergy)}.`, '', `Assessment/Plan:`, ap.join('\n'), '',
    `${rng.pick([`Video follow-up in ${c.interval}.`, `Follow up by telehealth in ${c.interval}.`, followUpSentence(c, rng)])}${c.pending ? ' ' + pendingSentence(c, rng) : ''}`,
    `Total time spent on this visit was 25 minutes.`,
  ].join('\n');
};

const consultLetter: Writer = (c, rng) => {
  const impressions = c.problems.map((p, i) => `${i + 1}. ${cap(p.name)}, ${p.status}.`);
  const recs = c.problems.flatMap((p) => planSentences(p, c, rng, 'recommend'));
  return [
    `Dear ${rng.pick(['Dr. Halloway', 'Dr. Nguyen', 'Dr. Abernathy'])},`, '',
    `Thank you for referring ${name(c)}, whom I saw in consultation today. ${hpi(c, rng)}`, '',
    `${cap(c.his)} family history is notable as follows: ${c.familyHistory} ${cap(c.he)} reports an allergy to ${c.allergy}.`, '',
    `On examination: ${exam(c, rng)}`, '', `My impression is as follows:`, impressions.join('\n'), '', `Recommendations:`, recs.map((r, i) => `${i + 1}. ${r}`).join('\n'), '',
    `${rng.pick([`I would be happy to see ${c.him} again in ${c.interval}.`, `I will see ${c.him} back in ${c.interval}.`])}${c.pending ? ' ' + pendingSentence(c, rng) : ''}`, '',
    `Thank you for allowing me to participate in ${c.his} care.`, '', `Sincerely,`, c.clinician,
  ].join('\n');
};

const dischargeSummary: Writer = (c, rng) => {
  const recon = new Map<string, string[]>();
  for (const p of c.problems) if (p.change) for (const [action, line] of reconciliation(p.change)) recon.set(action, [...(recon.get(action) ?? []), line]);
  const continued = c.problems.filter((p) => p.continued).map((p) => `${p.continued!.name} ${p.continued!.doses[0]} ${p.continued!.freq}`);
  const style = rng.pick(['inline', 'grouped', 'table']);
  const reconLines = style === 'inline'
    ? [...recon.entries()].flatMap(([action, lines]) => lines.map((l) => `${action}: ${l}`))
    : style === 'grouped'
      ? [...recon.entries()].flatMap(([action, lines]) => [`${action}:`, ...lines.map((l) => `- ${l}`)])
      : ['Medication | Action | Instructions', ...c.problems.flatMap((p) => (p.change ? reconciliation(p.change) : []).map(([action, line]) => {
        const [drug, ...rest] = line.split(/ (?=\d)/);
        return `${drug} | ${action} | ${rest.join(' ') || 'as directed'}`;
      }))];
  const course = c.problems.map((p) => [`${cap(p.name)} was ${p.status}; ${p.evidence}.`, ...(p.change ? [narrative(p.change, c, rng)] : [])].join(' '));
  return [
    `DISCHARGE SUMMARY`, '', `Admission diagnosis: ${cap(c.problems[0].name)}.`, '', `Discharge diagnoses:`, c.problems.map((p, i) => `${i + 1}. ${cap(p.name)}`).join('\n'), '',
    `History of present illness: ${hpi(c, rng)}`, '', `Hospital course: ${course.join(' ')}`, '', `Allergies: ${cap(c.allergy)}.`, '',
    `Discharge medications:`, ...reconLines, ...(continued.length ? [`CONTINUE: ${continued.join('; ')}`] : []), '',
    `Follow-up: ${rng.pick([`Primary care in ${c.interval}.`, followUpSentence(c, rng)])}`, ...(c.pending ? [`Pending at discharge: ${c.pending}.`] : []),
  ].join('\n');
};

/** Emergency department note: the reasoning in an MDM paragraph, the diagnoses as a "Clinical impression" list. */
const edMdm: Writer = (c, rng) => {
  const mdm = c.problems.map((p) => `${rng.pick([`Regarding ${c.his} ${p.name}, it is ${p.status} with ${p.evidence}.`, `${cap(p.name)} is ${p.status} given ${p.evidence}.`])} ${planSentences(p, c, rng, 'narrative').join(' ')}`.trim());
  return [
    `EMERGENCY DEPARTMENT NOTE`, '', `Chief complaint: ${cap(c.problems[0].name)}.`, '', `HPI: ${hpi(c, rng)}`, '', `Home medications: ${homeMedications(c).join(', ')}.`, `Allergies: ${c.allergy}.`, '',
    `Physical exam: ${exam(c, rng)}`, '', `MDM: ${intro(c, rng)} ${mdm.join(' ')}`, '',
    `Clinical impression:`, c.problems.map((p) => `- ${cap(p.name)}`).join('\n'), '',
    `Disposition: Discharged home in stable condition. ${rng.pick([`Follow up with primary care in ${c.interval}.`, `Return to clinic in ${c.interval}.`])}${c.pending ? ' ' + pendingSentence(c, rng) : ''}`,
  ].join('\n');
};

/** A terse clinic note whose problems run on one line ("A: 1) HTN - uncontrolled 2) DM2 - not at goal ...") and whose plan is one line per problem. */
const inlineProblemList: Writer = (c, rng) => {
  const a = c.problems.map((p, i) => `${i + 1}) ${p.name} - ${p.status}`).join(' ');
  const plan = c.problems.map((p) => `${p.name}: ${planSentences(p, c, rng).join(' ') || 'no change.'}`);
  return [
    `CC: f/u ${c.problems[0].name}`, `HPI: ${hpi(c, rng)}`, `PMH: reviewed. FH: ${c.familyHistory} All: ${c.allergy}.`, `Meds: ${homeMedications(c).join(', ')}.`, `PE: ${exam(c, rng)}`,
    `A: ${a}`, `P:`, ...plan.map((l) => `- ${l}`), followUpSentence(c, rng), ...(c.pending ? [pendingSentence(c, rng)!] : []),
  ].join('\n');
};

/** APSO: the assessment and plan come first, one paragraph per problem without numbers, the history after. */
const apsoAssessmentFirst: Writer = (c, rng) => {
  const ap = c.problems.map((p) => [`${cap(p.name)}, ${p.status}.`, ...planSentences(p, c, rng)].join(' '));
  return [
    `ASSESSMENT AND PLAN`, ap.join('\n'), '', [followUpSentence(c, rng), pendingSentence(c, rng)].filter(Boolean).join(' '), '',
    `SUBJECTIVE`, hpi(c, rng), '', `OBJECTIVE`, exam(c, rng), '', `ALLERGIES: ${cap(c.allergy)}.`, `FAMILY HISTORY: ${c.familyHistory}`,
  ].join('\n');
};

export const WRITERS: Readonly<Record<Layout, Writer>> = {
  ed_mdm: edMdm,
  inline_problem_list: inlineProblemList,
  apso_assessment_first: apsoAssessmentFirst,
  numbered_ap: numberedAp,
  hash_blocks: hashBlocks,
  soap_problem_oriented: soapProblemOriented,
  prose_assessment: proseAssessment,
  hospital_course_by_system: hospitalCourseBySystem,
  table_impression: tableImpression,
  telehealth,
  consult_letter: consultLetter,
  discharge_summary: dischargeSummary,
};
