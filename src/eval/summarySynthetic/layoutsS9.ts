// Owns the session-9 synthetic layouts: the layout families the session-8 examiner sets showed the summarizer had not
// met. An EHR export with a "Visit Diagnoses" list carrying ICD-10-CM codes and "Orders"/"Discontinued"/"PRESCRIPTIONS"
// blocks; dictated prose with no heading at all; an assessment of bullets followed by PRESCRIPTIONS/ORDERS/DISCONTINUED
// blocks; problems as capitalised or bold paragraph heads. Written last and scored once before any tuning on them (their
// own seed, reported apart): lettered diagnoses with a medication table ("old → new"), and "#" problem headings with an
// "(ICD-10: …)" suffix whose paragraphs carry hedges, negations and a family history. The same cases as ./layouts
// (./cases), so gold follows by construction. The notes are invented.
import type { Rng } from '../synthetic/prng';
import { cap, homeMedications, imperative, narrative, type MedChange, type SummaryCase } from './cases';

export const S9_LAYOUTS = ['visit_diagnoses_icd', 'dictated_no_headings', 'prescription_blocks', 'caps_problem_heads'] as const;
export type S9Layout = (typeof S9_LAYOUTS)[number];
/** Written after the summarizer was changed for the four above and scored once before any change for them (--s9-unseen). */
export const S9_UNSEEN_LAYOUTS = ['lettered_med_table', 'hash_icd_hedged'] as const;
export type S9UnseenLayout = (typeof S9_UNSEEN_LAYOUTS)[number];

type Writer = (c: SummaryCase, rng: Rng) => string;

/**
 * ICD-10-CM codes of the vocabulary's problems (FY2025 tabular, the default code of each term as a clinician would pick
 * it without further detail), shown beside a problem as an EHR's diagnosis list shows them.
 */
const ICD10: Readonly<Record<string, string>> = {
  'essential hypertension': 'I10', 'type 2 diabetes mellitus': 'E11.65', hyperlipidemia: 'E78.5', 'heart failure with reduced ejection fraction': 'I50.22',
  'atrial fibrillation': 'I48.91', 'chronic obstructive pulmonary disease': 'J44.9', 'community-acquired pneumonia': 'J18.9', asthma: 'J45.40',
  'chronic kidney disease stage 3b': 'N18.32', 'acute kidney injury': 'N17.9', hypokalemia: 'E87.6', 'gastroesophageal reflux disease': 'K21.9',
  'upper gastrointestinal bleed': 'K92.2', 'iron deficiency anemia': 'D50.9', hypothyroidism: 'E03.9', 'major depressive disorder': 'F32.A',
  'generalized anxiety disorder': 'F41.1', insomnia: 'G47.00', 'diabetic peripheral neuropathy': 'E11.42', 'migraine without aura': 'G43.009',
  'mild cognitive impairment': 'G31.84', 'osteoarthritis of the right knee': 'M17.11', gout: 'M10.9', osteoporosis: 'M81.0', 'urinary tract infection': 'N39.0',
  'benign prostatic hyperplasia': 'N40.0', 'cellulitis of the left lower leg': 'L03.116', 'obstructive sleep apnea': 'G47.33', obesity: 'E66.9', 'tobacco use disorder': 'F17.210',
};

export const icdOf = (term: string): string => ICD10[term] ?? 'R69';

const name = (c: SummaryCase) => `${c.title} ${c.surname}`;

function vitals(rng: Rng): string {
  return rng.pick([
    `BP ${rng.int(112, 162)}/${rng.int(64, 96)} | Pulse ${rng.int(56, 102)} | Temp 36.${rng.int(4, 9)} °C | SpO2 ${rng.int(92, 99)}%`,
    `BP ${rng.int(112, 162)}/${rng.int(64, 96)}, HR ${rng.int(56, 102)}, RR ${rng.int(12, 20)}, SpO2 ${rng.int(92, 99)}% on room air.`,
  ]);
}

/** A history told around the problems, with the family history and a negated finding a faithful summary must keep as such. */
function history(c: SummaryCase, rng: Rng): string {
  const bits = c.problems.map((p) => rng.pick([
    `${cap(c.he)} has questions about ${c.his} ${p.name}.`,
    `${cap(c.his)} ${p.name} was last reviewed ${rng.int(2, 11)} months ago.`,
    `${cap(c.he)} reports ${rng.pick(['good', 'fair', 'variable'])} adherence to the plan for ${c.his} ${p.name}.`,
  ]));
  return [`${name(c)} is a ${c.age}-year-old ${rng.pick(['patient', c.he === 'he' ? 'man' : 'woman'])} ${rng.pick(['seen for a scheduled follow-up', 'here for a chronic care visit', 'returning to clinic'])}.`,
    ...bits, c.negatedFinding, rng.pick([`${cap(c.he)} denies fever, weight loss or night sweats.`, `No fever, dyspnea or chest pain.`])].join(' ');
}

function pending(c: SummaryCase, rng: Rng): string[] {
  return c.pending ? [rng.pick([`${cap(c.pending)} pending.`, `Awaiting results of ${c.pending}.`, `${cap(c.pending)} results are pending.`])] : [];
}

function returnVisit(c: SummaryCase, rng: Rng): string {
  return rng.pick([`Return in ${c.interval}.`, `Follow up in ${c.interval}.`, `RTC ${c.interval}.`, `Schedule a return visit in ${c.interval}.`]);
}

/** An EHR prescription entry for a drug started, resumed, switched to or changed ("lisinopril 20 mg tablet - Take 1 tablet by mouth daily. Disp: 90, Refills: 1"). */
function prescriptionEntry(drug: string, dose: string, freq: string, rng: Rng): string {
  const form = rng.pick(['tablet', 'capsule', 'tab']);
  return rng.pick([
    `${drug} ${dose} ${form} - Take ${dose} by mouth ${freq}. Disp: ${rng.pick([30, 60, 90])}, Refills: ${rng.int(0, 3)}`,
    `${cap(drug)} ${dose} ${freq}, #${rng.pick([30, 60, 90])}, ${rng.int(0, 3)} refills`,
    `${drug} (${cap(drug.split(' ')[0])}) ${dose} ${form}, sig: ${dose} ${freq}`,
  ]);
}

/** The EHR blocks a change lands in: prescriptions written, medications discontinued, medications held, with a reason. */
interface EhrBlocks { prescriptions: string[]; discontinued: string[]; held: string[] }
function ehrBlocks(c: SummaryCase, rng: Rng): EhrBlocks {
  const out: EhrBlocks = { prescriptions: [], discontinued: [], held: [] };
  for (const p of c.problems) {
    const m = p.change;
    if (!m) continue;
    const d = m.drug;
    switch (m.kind) {
      case 'start':
      case 'resume':
      case 'increase':
      case 'decrease':
      case 'titrate':
        out.prescriptions.push(`${prescriptionEntry(d.name, m.toDose, d.freq, rng)}${m.kind === 'start' || m.kind === 'resume' ? '' : rng.pick([` (dose changed from ${m.fromDose})`, ` (was ${m.fromDose})`, ''])}`);
        break;
      case 'stop':
      case 'discontinue':
        out.discontinued.push(`${d.name} ${m.fromDose} ${d.freq}${rng.pick([' (Reason: ineffective)', ' (Reason: side effects)', ' - no longer indicated', ''])}`);
        break;
      case 'hold':
        out.held.push(`${d.name} ${m.fromDose} - hold ${rng.pick(['until follow-up', 'for 1 week', 'pending labs'])}`);
        break;
      case 'switch':
        out.discontinued.push(`${d.name} ${m.fromDose} ${d.freq} (Reason: changed to ${m.to!.name})`);
        out.prescriptions.push(prescriptionEntry(m.to!.name, m.toDose, m.to!.freq, rng));
        break;
    }
  }
  return out;
}

/** An EHR export: vitals table, "Visit Diagnoses" with codes, progress-note text by problem, then the order blocks. */
const visitDiagnosesIcd: Writer = (c, rng) => {
  const codeStyle = rng.pick(['paren', 'bracket', 'dash', 'suffix']);
  const withCode = (label: string, term: string) => {
    const code = icdOf(term);
    return codeStyle === 'paren' ? `${label} (${code})` : codeStyle === 'bracket' ? `${label} [${code}]` : codeStyle === 'dash' ? `${label} - ${code}` : `${label} (ICD-10-CM: ${code})`;
  };
  const numbered = rng.chance(0.5);
  const dx = c.problems.map((p, i) => `${numbered ? `${i + 1}. ` : ''}${withCode(cap(p.name), p.def.term)}${rng.chance(0.5) ? `, ${p.status}` : ''}`);
  const notes = c.problems.map((p) => rng.pick([
    `${cap(p.name)}: ${p.status}; ${p.evidence}.${p.continued ? ` Continue ${p.continued.name}.` : ''}${p.order ? ` ${p.order}.` : ''}`,
    `${cap(p.name)} is ${p.status}, ${p.evidence}.${p.order ? ` ${p.order}.` : ''}`,
  ]));
  const b = ehrBlocks(c, rng);
  const orders = c.problems.filter((p) => p.order).map((p) => `- ${p.order}`);
  return [
    rng.pick(['Office Visit', 'Progress Notes', 'Encounter Summary']), `${rng.pick(['Internal Medicine', 'Family Medicine', 'Primary Care'])} - ${c.clinician}`, '',
    `Chief Complaint`, `Follow-up${rng.chance(0.5) ? ` (${c.problems[0].name})` : ''}`, '', `History of Present Illness`, history(c, rng), '',
    `Vitals`, vitals(rng), '', `Allergies`, `${cap(c.allergy)}`, '', `Current Outpatient Medications`, ...(homeMedications(c).length ? homeMedications(c).map((m) => `- ${m}`) : ['- none']), '',
    rng.pick(['Visit Diagnoses', 'Diagnoses for this visit', 'Encounter Diagnoses']), ...dx, '',
    rng.pick(['Progress Note', 'Assessment Notes', 'Clinical Notes']), ...notes, '',
    ...(b.prescriptions.length ? [rng.pick(['PRESCRIPTIONS', 'New Prescriptions', 'Prescriptions This Encounter']), ...b.prescriptions.map((s) => `- ${s}`), ''] : []),
    ...(b.discontinued.length ? [rng.pick(['Discontinued Medications', 'Medications Discontinued During This Encounter', 'DISCONTINUED']), ...b.discontinued.map((s) => `- ${s}`), ''] : []),
    ...(b.held.length ? [rng.pick(['Held Medications', 'Medications on Hold']), ...b.held.map((s) => `- ${s}`), ''] : []),
    ...(orders.length ? [rng.pick(['Orders Placed This Encounter', 'Orders', 'ORDERS']), ...orders, ''] : []),
    rng.pick(['Follow-up', 'Return Visit', 'Disposition']), [returnVisit(c, rng), ...pending(c, rng)].join(' '),
  ].join('\n');
};

/** Dictated prose with no heading anywhere: the story, the exam and the decisions in paragraphs, problems named in sentences. */
const dictatedNoHeadings: Writer = (c, rng) => {
  const paras = c.problems.map((p, i) => {
    const opener = rng.pick([
      `${i === 0 ? 'First' : rng.pick(['Next', 'Also', 'Additionally'])}, ${c.his} ${p.name} is ${p.status}, with ${p.evidence}.`,
      `${cap(c.his)} ${p.name} is ${p.status}; ${p.evidence}.`,
      `Regarding the ${p.name}, it is ${p.status} and ${p.evidence}.`,
      `The ${p.name} remains ${p.status}, ${p.evidence}.`,
      `I think ${c.his} ${p.name} is ${p.status}, given ${p.evidence}.`,
    ]);
    const plan = [...(p.change ? [rng.chance(0.5) ? narrative(p.change, c, rng) : imperative(p.change, rng).replace(/^./, (ch) => `We will ${ch.toLowerCase()}`).replace(/^We will Will /i, 'We will ')] : []),
      ...(p.continued ? [`${cap(c.he)} should continue ${p.continued.name}.`] : []), ...(p.order ? [`${p.order}.`] : [])];
    return [opener, ...plan].join(' ');
  });
  return [
    `${name(c)} is a ${c.age}-year-old ${c.he === 'he' ? 'gentleman' : 'lady'} whom I saw today in the office for ${rng.pick(['follow-up of several chronic problems', 'a routine follow-up', 'review of multiple issues'])}. ${history(c, rng).replace(/^[^.]*\.\s*/, '')}`,
    '', `${cap(c.his)} current medications are ${homeMedications(c).join(', ') || 'none'}. ${cap(c.he)} is allergic to ${c.allergy}. ${rng.pick(['Family history is notable in that', 'In the family history,'])} ${c.familyHistory.replace(/^./, (ch) => ch.toLowerCase())}`,
    '', `On examination ${vitals(rng).replace(/ \| /g, ', ')} ${rng.pick(['Lungs are clear.', 'Heart is regular.', 'Abdomen is benign.'])}`,
    '', ...paras.flatMap((p) => [p, '']), [rng.pick([`I will see ${c.him} again in ${c.interval}.`, `${cap(c.he)} will return in ${c.interval}.`]), ...pending(c, rng)].join(' '),
  ].join('\n');
};

/** A short assessment of bullets, the decisions in PRESCRIPTIONS, ORDERS and DISCONTINUED blocks after it. */
const prescriptionBlocks: Writer = (c, rng) => {
  const bullet = rng.pick(['*', '-', '•']);
  const items = c.problems.map((p) => `${bullet} ${cap(p.name)}${rng.pick([` - ${p.status}`, `, ${p.status}`, ` (${p.status})`])}. ${cap(p.evidence)}.`);
  const b = ehrBlocks(c, rng);
  const orders = c.problems.filter((p) => p.order).map((p, i) => `${i + 1}. ${p.order}`);
  const title = (s: string) => (rng.chance(0.5) ? s.toUpperCase() : s);
  return [
    `CLINIC VISIT`, '', `SUBJECTIVE: ${history(c, rng)}`, '', `OBJECTIVE: ${vitals(rng)}`, '', `MEDICATIONS: ${homeMedications(c).join('; ') || 'none'}`, `ALLERGIES: ${c.allergy}`, '',
    `${rng.pick(['ASSESSMENT', 'IMPRESSION', 'ASSESSMENT/PLAN'])}:`, ...items, '',
    ...(b.prescriptions.length ? [`${title('Prescriptions')}:`, ...b.prescriptions, ''] : []),
    ...(b.discontinued.length ? [`${title(rng.pick(['Discontinued', 'Stopped medications']))}:`, ...b.discontinued, ''] : []),
    ...(b.held.length ? [`${title('Hold')}:`, ...b.held, ''] : []),
    ...(orders.length ? [`${title('Orders')}:`, ...orders, ''] : []),
    `${title('Follow-up')}: ${[returnVisit(c, rng), ...pending(c, rng)].join(' ')}`,
  ].join('\n');
};

/** Problems as paragraph heads in capitals or bold ("HYPERTENSION: ...", "**Gout.** ..."), under a heading that is not an assessment title. */
const capsProblemHeads: Writer = (c, rng) => {
  const style = rng.pick(['caps_colon', 'caps_period', 'bold', 'bold_dash']);
  const head = (s: string) => style === 'caps_colon' ? `${s.toUpperCase()}:` : style === 'caps_period' ? `${s.toUpperCase()}.` : style === 'bold' ? `**${cap(s)}**` : `**${cap(s)}** -`;
  const paras = c.problems.map((p) => {
    const plan = [...(p.change ? [rng.chance(0.5) ? imperative(p.change, rng) : narrative(p.change, c, rng)] : []), ...(p.continued ? [`Continue ${p.continued.name}.`] : []), ...(p.order ? [`${p.order}.`] : [])];
    const status = rng.pick([`${cap(p.status)}.`, `This is ${p.status}.`, `${cap(c.he)} is ${p.status} today.`]);
    return `${head(p.name)}${style === 'bold' ? '\n' : ' '}${status} ${cap(p.evidence)}. ${plan.join(' ')}`.trim();
  });
  return [
    `${rng.pick(['Consultation', 'Follow-up Visit', 'Chronic Care Management'])} - ${name(c)}`, '', `${rng.pick(['HPI', 'Interval history'])}: ${history(c, rng)}`, '',
    `Medications: ${homeMedications(c).join(', ') || 'none'}.`, `Allergies: ${c.allergy}.`, `Exam: ${vitals(rng)}`, '',
    rng.pick(['Discussion:', 'Today we addressed the following:', 'DISCUSSION BY PROBLEM', 'Summary of visit:']), '', ...paras.flatMap((p) => [p, '']),
    `${[returnVisit(c, rng), ...pending(c, rng)].join(' ')}`,
  ].join('\n');
};

/** A medication-change table row: drug, before, after, why ("lisinopril | 10 mg daily | 20 mg daily | BP above goal"). */
function tableRow(m: MedChange, rng: Rng, arrow: boolean): string[] {
  const d = m.drug;
  const why = rng.pick(['above goal', 'side effects', 'per guideline', 'renal function', 'patient preference']);
  const row = (drug: string, before: string, after: string) => (arrow ? `${drug}: ${before} → ${after} (${why})` : `${drug} | ${before} | ${after} | ${why}`);
  switch (m.kind) {
    case 'start': return [row(d.name, '—', `${m.toDose} ${d.freq}`)];
    case 'resume': return [row(d.name, 'held', `${m.toDose} ${d.freq} (resumed)`)];
    case 'stop':
    case 'discontinue': return [row(d.name, `${m.fromDose} ${d.freq}`, rng.pick(['stopped', 'discontinued', 'STOP']))];
    case 'hold': return [row(d.name, `${m.fromDose} ${d.freq}`, 'on hold')];
    case 'increase':
    case 'titrate':
    case 'decrease': return [row(d.name, `${m.fromDose} ${d.freq}`, `${m.toDose} ${d.freq}`)];
    case 'switch': return [row(d.name, `${m.fromDose} ${d.freq}`, 'stopped'), row(m.to!.name, '—', `${m.toDose} ${m.to!.freq}`)];
  }
}

/** Lettered diagnoses ("a) Gout - quiescent"), then the changes in a table of before and after doses, pipes or arrows. */
const letteredMedTable: Writer = (c, rng) => {
  const style = rng.pick(['a)', 'A.', '(a)']);
  const mark = (i: number) => (style === 'a)' ? `${'abcdefgh'[i]})` : style === 'A.' ? `${'ABCDEFGH'[i]}.` : `(${'abcdefgh'[i]})`);
  const items = c.problems.map((p, i) => `${mark(i)} ${cap(p.name)} ${rng.pick(['-', '—', ':'])} ${p.status}; ${p.evidence}.${p.order ? ` ${p.order}.` : ''}`);
  const arrow = rng.chance(0.5);
  const rows = c.problems.flatMap((p) => (p.change ? tableRow(p.change, rng, arrow) : []));
  return [
    `${rng.pick(['Internal Medicine Follow-up', 'Clinic Note', 'Chronic Disease Visit'])}`, '', `Subjective: ${history(c, rng)}`, '', `Objective: ${vitals(rng)}`,
    `Medications reviewed: ${homeMedications(c).join(', ') || 'none'}.`, `Allergies: ${c.allergy}.`, '',
    `${rng.pick(['Assessment', 'Diagnoses', 'Assessment and plan'])}:`, ...items, '',
    ...(rows.length ? [`${rng.pick(['Medication changes', 'Medication adjustments today', 'Med changes'])}:`, ...(arrow ? [] : ['Drug | Before | After | Reason']), ...rows, ''] : []),
    `Plan: ${[returnVisit(c, rng), ...pending(c, rng)].join(' ')}`,
  ].join('\n');
};

/** "# Problem (ICD-10: code)" headings, each over a paragraph with a hedge, a negation and the plan; a family history among them. */
const hashIcdHedged: Writer = (c, rng) => {
  const blocks = c.problems.map((p) => {
    const hedge = rng.pick([`A component of medication nonadherence is possible.`, `No evidence of end-organ damage today.`, `Secondary causes are unlikely.`, `Not consistent with an acute process.`]);
    const plan = [...(p.change ? [imperative(p.change, rng)] : []), ...(p.continued ? [`Continue ${p.continued.name}.`] : []), ...(p.order ? [`${p.order}.`] : [])];
    return [`# ${cap(p.name)} (ICD-10: ${icdOf(p.def.term)})`, `${cap(p.status)}; ${p.evidence}. ${hedge} ${plan.join(' ')}`.trim()].join('\n');
  });
  return [
    `PROGRESS NOTE`, '', `HPI: ${history(c, rng)}`, '', `Family history: ${c.familyHistory}`, `Medications: ${homeMedications(c).join('; ') || 'none'}`, `Allergies: ${c.allergy}`, `Exam: ${vitals(rng)}`, '',
    `Assessment & Plan`, '', ...blocks.flatMap((b) => [b, '']), `# Health maintenance`, `${c.familyHistory.replace(/\.$/, '')}; screening discussed.`, '',
    `Disposition: ${[returnVisit(c, rng), ...pending(c, rng)].join(' ')}`,
  ].join('\n');
};

export const S9_UNSEEN_WRITERS: Readonly<Record<S9UnseenLayout, Writer>> = {
  lettered_med_table: letteredMedTable,
  hash_icd_hedged: hashIcdHedged,
};

export const S9_WRITERS: Readonly<Record<S9Layout, Writer>> = {
  visit_diagnoses_icd: visitDiagnosesIcd,
  dictated_no_headings: dictatedNoHeadings,
  prescription_blocks: prescriptionBlocks,
  caps_problem_heads: capsProblemHeads,
};
