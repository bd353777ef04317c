// Owns the session-7 synthetic layouts, written before the summarizer was changed for them and scored apart from
// the tuned ones (their own seed): run-on A/P paragraphs, dictated prose ("With regard to his diabetes, ..."),
// problems split across sub-bullets, hospital course by problem, Roman-numeral impressions with a "Medication
// changes:" section in shorthand (d/c'd, ↑, →), and template forms with checkbox allergies and a problem table.
// The same cases as ./layouts (./cases), so gold follows by construction. The notes are invented.
import type { Rng } from '../synthetic/prng';
import { cap, homeMedications, imperative, narrative, type MedChange, type SummaryCase } from './cases';

export const S7_LAYOUTS = ['run_on_ap', 'dictated_prose', 'problem_subbullets', 'hospital_course_by_problem', 'roman_impression_med_changes', 'template_checkbox'] as const;
export type S7Layout = (typeof S7_LAYOUTS)[number];

type Writer = (c: SummaryCase, rng: Rng) => string;

const name = (c: SummaryCase) => `${c.title} ${c.surname}`;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** A short history: each problem in the patient's words, a social line, a review of systems with negations. */
function history(c: SummaryCase, rng: Rng): string {
  const bits = c.problems.map((p) => rng.pick([
    `${cap(c.he)} reports ${rng.pick(['no new issues', 'ongoing concerns', 'mixed results'])} with ${c.his} ${p.name}.`,
    `As to the ${p.name}, ${c.he} has ${rng.pick(['kept up with the plan', 'had some trouble with the plan', 'questions today'])}.`,
  ]));
  return [`${name(c)} is a ${c.age}-year-old ${c.he === 'he' ? 'gentleman' : 'lady'} ${rng.pick(['returning for a routine check', 'here for a follow-up visit', 'seen for ongoing care'])}.`, ...bits,
    `${cap(c.he)} ${rng.pick(['works part time at a hardware store', 'cares for a grandchild three days a week', 'volunteers at the library'])} and ${rng.pick(['quit smoking years ago', 'never smoked', 'drinks rarely'])}.`,
    c.negatedFinding, `${cap(c.he)} denies fever, chest pain, shortness of breath, abdominal pain, dysuria or new rashes.`].join(' ');
}

function vitals(rng: Rng): string {
  return `BP ${rng.int(118, 160)}/${rng.int(68, 94)}, pulse ${rng.int(58, 100)}, temp 98.${rng.int(0, 9)} F, SpO2 ${rng.int(93, 99)}%.`;
}

/** A terse plan fragment as run-on notes write it ("cont lisinopril", "↑ metformin to 1000 mg"). */
function terseChange(m: MedChange, rng: Rng): string {
  const d = m.drug.name;
  switch (m.kind) {
    case 'start': return rng.pick([`start ${d} ${m.toDose} ${m.drug.freq}`, `begin ${d} ${m.toDose}`]);
    case 'stop': return `stop ${d}`;
    case 'discontinue': return rng.pick([`d/c ${d}`, `discontinue ${d}`]);
    case 'hold': return `hold ${d}`;
    case 'increase': return rng.pick([`increase ${d} to ${m.toDose}`, `↑ ${d} to ${m.toDose} ${m.drug.freq}`]);
    case 'decrease': return rng.pick([`decrease ${d} to ${m.toDose}`, `↓ ${d} to ${m.toDose} ${m.drug.freq}`]);
    case 'switch': return `switch ${d} to ${m.to!.name} ${m.toDose}`;
    case 'titrate': return `titrate ${d} to ${m.toDose}`;
    case 'resume': return `resume ${d} ${m.toDose}`;
  }
}

/** A "Medication changes:" line in shorthand ("d/c'd naproxen", "lisinopril 10 mg → 20 mg daily", "NEW: ..."). */
function shorthandChange(m: MedChange, rng: Rng): string {
  const d = m.drug.name;
  switch (m.kind) {
    case 'start': return rng.pick([`NEW: ${d} ${m.toDose} ${m.drug.freq}`, `Started ${d} ${m.toDose} ${m.drug.freq}`]);
    case 'resume': return `Resumed ${d} ${m.toDose} ${m.drug.freq}`;
    case 'stop': return rng.pick([`Stopped ${d}`, `${cap(d)} stopped`]);
    case 'discontinue': return rng.pick([`d/c'd ${d}`, `${cap(d)} discontinued`]);
    case 'hold': return `HOLD ${d} until next visit`;
    case 'increase':
    case 'titrate': return rng.pick([`${cap(d)} ${m.fromDose} → ${m.toDose} ${m.drug.freq}`, `↑ ${d} to ${m.toDose} ${m.drug.freq}`]);
    case 'decrease': return rng.pick([`${cap(d)} ${m.fromDose} → ${m.toDose} ${m.drug.freq}`, `↓ ${d} to ${m.toDose} ${m.drug.freq}`]);
    case 'switch': return `Switched ${d} to ${m.to!.name} ${m.toDose} ${m.to!.freq}`;
  }
}

function followUp(c: SummaryCase, rng: Rng): string {
  return rng.pick([`RTC ${c.interval}.`, `Return in ${c.interval}.`, `F/u with me in ${c.interval}.`, `Next visit in ${c.interval}, sooner as needed.`]);
}

function pending(c: SummaryCase, rng: Rng): string[] {
  return c.pending ? [rng.pick([`${cap(c.pending)} pending.`, `Awaiting ${c.pending}.`, `Will follow up on ${c.pending}.`])] : [];
}

/** "HTN - controlled, cont lisinopril. DM2 - not at goal, ↑ metformin to 1000 mg. ..." as one paragraph. */
const runOnAp: Writer = (c, rng) => {
  const items = c.problems.map((p) => {
    const plan = [...(p.change ? [terseChange(p.change, rng)] : []), ...(p.continued ? [`cont ${p.continued.name}`] : []), ...(p.order ? [p.order.charAt(0).toLowerCase() + p.order.slice(1)] : [])];
    return `${cap(p.name)} - ${p.status}${plan.length ? ', ' + plan.join(', ') : ''}.`;
  });
  return [
    `Office visit`, `CC: ${c.problems[0].name} f/u`, '', `HPI: ${history(c, rng)}`, '', `Meds: ${homeMedications(c).join(', ') || 'none'}.`, `Allergies: ${c.allergy}.`,
    `FHx: ${c.familyHistory}`, `Exam: ${vitals(rng)} Lungs clear. Heart regular.`, '',
    `A/P: ${items.join(' ')} ${[followUp(c, rng), ...pending(c, rng)].join(' ')}`,
  ].join('\n');
};

/** Dictated prose: one paragraph per problem opening "With regard to his diabetes, ...", "As for ...", "Concerning ...". */
const dictatedProse: Writer = (c, rng) => {
  const paras = c.problems.map((p) => {
    const opener = rng.pick([
      `With regard to ${c.his} ${p.name}, this is ${p.status}, with ${p.evidence}.`,
      `As for ${c.his} ${p.name}, it is ${p.status} and ${p.evidence}.`,
      `Concerning the ${p.name}, ${c.he} is ${p.status === 'new' ? 'newly diagnosed' : `felt to be ${p.status}`}.`,
      `In terms of ${c.his} ${p.name}, it remains ${p.status}.`,
    ]);
    const plan = [...(p.change ? [narrative(p.change, c, rng)] : []), ...(p.continued ? [`${cap(c.he)} will continue ${p.continued.name}.`] : []), ...(p.order ? [`${p.order}.`] : [])];
    return [opener, ...plan].join(' ');
  });
  return [
    `This is a dictated note for ${name(c)}.`, '', history(c, rng), '', `${cap(c.he)} is allergic to ${c.allergy}. Family history: ${c.familyHistory}`, '',
    `On exam today, ${vitals(rng)} ${c.he === 'he' ? 'He' : 'She'} is alert and comfortable.`, '',
    `ASSESSMENT AND PLAN:`, paras.join('\n\n'), '', `${[`We will see ${c.him} back in ${c.interval}.`, ...pending(c, rng)].join(' ')}`,
  ].join('\n');
};

/** Each problem a numbered line of its own with its status, evidence and plan as indented sub-bullets ("a.", "-", "o"). */
const problemSubbullets: Writer = (c, rng) => {
  const style = rng.pick(['letters', 'dashes', 'circles']);
  const blocks = c.problems.map((p, i) => {
    const subs = [`Status: ${p.status}`, `${cap(p.evidence)}`, ...(p.change ? [imperative(p.change, rng).replace(/\.$/, '')] : []), ...(p.continued ? [`Continue ${p.continued.name}`] : []), ...(p.order ? [p.order] : [])];
    const mark = (k: number) => (style === 'letters' ? `${'abcdefg'[k]}.` : style === 'dashes' ? '-' : 'o');
    return [`${i + 1}. ${cap(p.name)}`, ...subs.map((s, k) => `    ${mark(k)} ${s}`)].join('\n');
  });
  return [
    `PROGRESS NOTE`, '', `Subjective:`, history(c, rng), '', `Objective:`, vitals(rng), '', `Current medications: ${homeMedications(c).join('; ') || 'none'}.`, `Allergies: ${cap(c.allergy)}.`, '',
    `Assessment and plan:`, blocks.join('\n'), '', `Follow-up:`, `- ${followUp(c, rng)}`, ...pending(c, rng).map((s) => `- ${s}`),
  ].join('\n');
};

/** A discharge summary whose course is told by problem, each problem a heading line then a paragraph. */
const hospitalCourseByProblem: Writer = (c, rng) => {
  const form = rng.pick(['colon', 'hash', 'numbered']);
  const course = c.problems.map((p, i) => {
    const title = form === 'colon' ? `${cap(p.name)}:` : form === 'hash' ? `#${i + 1} ${cap(p.name)}` : `${i + 1}) ${cap(p.name)}`;
    const para = [`${cap(c.he)} was ${p.status} on admission; ${p.evidence}.`, ...(p.change ? [narrative(p.change, c, rng)] : []), ...(p.order ? [`${p.order}.`] : [])].join(' ');
    return `${title}\n${para}`;
  });
  return [
    `DISCHARGE SUMMARY`, '', `Admitted: 04/1${rng.int(0, 9)}/2026  Discharged: 04/2${rng.int(0, 8)}/2026`, '', `History of present illness:`, history(c, rng), '',
    `Allergies: ${c.allergy.toUpperCase()}`, '', `HOSPITAL COURSE BY PROBLEM:`, '', course.join('\n\n'), '',
    `Condition at discharge: stable.`, `Follow-up appointments: ${rng.pick([`f/u with primary care in ${c.interval}.`, `Return to clinic in ${c.interval}.`])}`, ...(c.pending ? [`Pending results: ${c.pending}.`] : []),
  ].join('\n');
};

/** An impression numbered in Roman numerals ("II. Atrial fibrillation, rate controlled.") and the changes in their own section. */
const romanImpressionMedChanges: Writer = (c, rng) => {
  const imp = c.problems.map((p, i) => `${ROMAN[i]}. ${cap(p.name)}, ${p.status}.${p.order ? ` ${p.order}.` : ''}`);
  const changes = c.problems.filter((p) => p.change).map((p) => `- ${shorthandChange(p.change!, rng)}`);
  return [
    `Specialty clinic note`, '', `Reason for consultation: ${c.problems[0].name}.`, '', `History: ${history(c, rng)}`, '', `Outpatient medications: ${homeMedications(c).join(', ') || 'none'}.`,
    `Drug allergies: ${cap(c.allergy)} (${rng.pick(['rash', 'hives', 'anaphylaxis', 'nausea'])}).`, '', `Exam: ${vitals(rng)}`, '', `IMPRESSION:`, imp.join('\n'), '',
    ...(changes.length ? [`Medication changes:`, ...changes, ''] : []), `Plan: ${[followUp(c, rng), ...pending(c, rng)].join(' ')}`,
  ].join('\n');
};

/** An EHR template: checkbox allergies and review items, the assessment as a pipe table of problem, status and plan. */
const templateCheckbox: Writer = (c, rng) => {
  const rows = c.problems.map((p) => `${cap(p.name)} | ${p.status} | ${[...(p.change ? [terseChange(p.change, rng)] : []), ...(p.order ? [p.order] : [])].join('; ') || 'no change'}`);
  return [
    `VISIT TEMPLATE`, `Visit type: [x] Follow-up [ ] New patient [ ] Annual`, '', `Allergies: [ ] No known drug allergies [x] Allergies: ${c.allergy}`, '',
    `Interval history: ${history(c, rng)}`, '', `Tobacco: [ ] Current [x] Never/former`, `Falls in last year: [x] No [ ] Yes`, '', `Vitals: ${vitals(rng)}`, '',
    `Home medications: ${homeMedications(c).join(', ') || 'none'}.`, '', `Assessment / Plan:`, `Problem | Status | Plan`, ...rows, '',
    `Disposition: ${[followUp(c, rng), ...pending(c, rng)].join(' ')}`,
  ].join('\n');
};

export const S7_WRITERS: Readonly<Record<S7Layout, Writer>> = {
  run_on_ap: runOnAp,
  dictated_prose: dictatedProse,
  problem_subbullets: problemSubbullets,
  hospital_course_by_problem: hospitalCourseByProblem,
  roman_impression_med_changes: romanImpressionMedChanges,
  template_checkbox: templateCheckbox,
};
