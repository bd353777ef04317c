// Owns the session-8 synthetic layouts, written and measured before the summarizer was changed for them and scored
// apart from the tuned ones (their own seed): a heart-failure titration visit (changes in a titration block, several
// to a line), a geriatric deprescribing review (STOP/REDUCE/KEEP verdicts), a transplant clinic note (issues with an
// immunosuppression line), a post-operative day note ("POD #3", problems by "-" items), "Dx 1:" items with their plan
// lines, and "->" plans ("HTN -> uncontrolled -> increase lisinopril"). The same cases as ./layouts (./cases), so gold
// follows by construction. The notes are invented.
import type { Rng } from '../synthetic/prng';
import { cap, homeMedications, imperative, type MedChange, type SummaryCase } from './cases';

export const S8_LAYOUTS = ['hf_titration', 'geriatric_deprescribing', 'transplant_clinic', 'postop_day_note', 'dx_numbered_items', 'arrow_plans'] as const;
export type S8Layout = (typeof S8_LAYOUTS)[number];

type Writer = (c: SummaryCase, rng: Rng) => string;

const name = (c: SummaryCase) => `${c.title} ${c.surname}`;

function vitals(rng: Rng): string {
  return `BP ${rng.int(96, 150)}/${rng.int(58, 90)}, HR ${rng.int(58, 98)}, SpO2 ${rng.int(92, 99)}% RA, wt ${rng.int(61, 112)} kg.`;
}

/** A short interval history naming each problem once, with a review of systems that negates. */
function interval(c: SummaryCase, rng: Rng): string {
  const bits = c.problems.map((p) => rng.pick([
    `${cap(c.his)} ${p.name} has been on ${c.his} mind.`,
    `${cap(c.he)} asks about ${c.his} ${p.name}.`,
    `No new complaints regarding ${c.his} ${p.name}.`,
  ]));
  return [`${name(c)}, ${c.age}, ${rng.pick(['returns', 'is seen', 'comes in'])} ${rng.pick(['with a family member', 'alone', 'with a caregiver'])}.`, ...bits, c.negatedFinding,
    `${cap(c.he)} denies fever, chills, orthopnea or bleeding.`].join(' ');
}

/** A titration step in the compact form a titration block writes ("carvedilol 6.25 mg -> 12.5 mg twice daily", "ADD ..."). */
function titrationStep(m: MedChange, rng: Rng): string {
  const d = m.drug.name;
  switch (m.kind) {
    case 'start': return rng.pick([`add ${d} ${m.toDose} ${m.drug.freq}`, `start ${d} ${m.toDose}`]);
    case 'resume': return `resume ${d} ${m.toDose} ${m.drug.freq}`;
    case 'stop': return `stop ${d}`;
    case 'discontinue': return `discontinue ${d}`;
    case 'hold': return `hold ${d}`;
    case 'increase':
    case 'titrate': return rng.pick([`${d} ${m.fromDose} -> ${m.toDose} ${m.drug.freq}`, `uptitrate ${d} to ${m.toDose}`]);
    case 'decrease': return rng.pick([`${d} ${m.fromDose} -> ${m.toDose} ${m.drug.freq}`, `reduce ${d} to ${m.toDose}`]);
    case 'switch': return `${d} -> ${m.to!.name} ${m.toDose} ${m.to!.freq}`;
  }
}

/** A deprescribing verdict ("STOP naproxen (Beers: GI bleeding risk)", "REDUCE glipizide 10 mg -> 5 mg"). */
function verdict(m: MedChange, rng: Rng): string {
  const d = m.drug.name;
  const why = rng.pick(['fall risk', 'no longer indicated', 'renal function', 'pill burden', 'interaction risk']);
  switch (m.kind) {
    case 'stop':
    case 'discontinue': return `STOP ${d} (${why})`;
    case 'hold': return `HOLD ${d} (${why})`;
    case 'decrease': return `REDUCE ${d} ${m.fromDose} -> ${m.toDose} ${m.drug.freq} (${why})`;
    case 'increase':
    case 'titrate': return `INCREASE ${d} to ${m.toDose} ${m.drug.freq}`;
    case 'start':
    case 'resume': return `${m.kind === 'start' ? 'START' : 'RESUME'} ${d} ${m.toDose} ${m.drug.freq}`;
    case 'switch': return `SWITCH ${d} to ${m.to!.name} ${m.toDose} (${why})`;
  }
}

function returnVisit(c: SummaryCase, rng: Rng): string {
  return rng.pick([`Return to clinic in ${c.interval}.`, `F/u ${c.interval}.`, `Next appointment in ${c.interval}.`, `See back in ${c.interval}.`]);
}

function pendingLine(c: SummaryCase, rng: Rng): string[] {
  return c.pending ? [rng.pick([`${cap(c.pending)} pending.`, `Awaiting ${c.pending}.`, `F/u ${c.pending}.`])] : [];
}

/** HF clinic: assessment by problem in short lines, then one titration block whose lines carry several changes at once. */
const hfTitration: Writer = (c, rng) => {
  const changes = c.problems.filter((p) => p.change).map((p) => titrationStep(p.change!, rng));
  // Two or three changes to a line, as a titration block writes them.
  const lines: string[] = [];
  for (let i = 0; i < changes.length;) {
    const n = rng.int(2, 3);
    lines.push(changes.slice(i, i + n).join('; '));
    i += n;
  }
  const orders = c.problems.filter((p) => p.order).map((p) => `${p.order}.`);
  return [
    `HEART FAILURE CLINIC - TITRATION VISIT`, '', `Interval history: ${interval(c, rng)}`, '', `Current meds: ${homeMedications(c).join(', ') || 'none'}.`,
    `Allergies: ${c.allergy}.`, `Vitals: ${vitals(rng)} JVP ${rng.int(6, 12)} cm. Trace edema.`, '',
    `Assessment:`, ...c.problems.map((p) => `${cap(p.name)} - ${p.status}; ${p.evidence}.`), '',
    `GDMT titration today:`, ...lines.map((l) => `${cap(l)}.`), ...(orders.length ? ['', `Orders: ${orders.join(' ')}`] : []), '',
    `Plan: ${[`BMP in 1 week.`, returnVisit(c, rng), ...pendingLine(c, rng)].join(' ')}`,
  ].join('\n');
};

/** Geriatric deprescribing review: geriatric problems as "Problem: status" lines, then a medication review of verdicts. */
const geriatricDeprescribing: Writer = (c, rng) => {
  const review = c.problems.flatMap((p) => [
    ...(p.change ? [`- ${verdict(p.change, rng)}`] : []),
    ...(p.continued ? [`- KEEP ${p.continued.name} ${p.continued.doses[0]} (${p.name})`] : []),
  ]);
  return [
    `GERIATRICS CONSULT`, '', `Reason: medication review and falls.`, '', `HPI: ${interval(c, rng)}`, '',
    `Functional status: independent in ADLs, needs help with shopping. Falls: ${rng.int(0, 2)} in 6 months.`, `Allergies: ${cap(c.allergy)}.`,
    `Exam: ${vitals(rng)} Gait slow but steady.`, '', `Geriatric assessment and plan:`,
    ...c.problems.map((p, i) => `${i + 1}. ${cap(p.name)}: ${p.status}. ${cap(p.evidence)}.${p.order ? ` ${p.order}.` : ''}`), '',
    `Medication review (deprescribing):`, ...(review.length ? review : ['- No changes.']), '',
    `Follow-up: ${[returnVisit(c, rng), ...pendingLine(c, rng)].join(' ')}`,
  ].join('\n');
};

/** Transplant clinic: an immunosuppression line, then "Issues:" as "- Problem (status): evidence. Plan: ..." items. */
const transplantClinic: Writer = (c, rng) => {
  const organ = rng.pick(['kidney', 'liver', 'heart']);
  const issues = c.problems.map((p) => {
    const plan = [...(p.change ? [imperative(p.change, rng).replace(/\.$/, '')] : []), ...(p.continued ? [`continue ${p.continued.name}`] : []), ...(p.order ? [p.order] : [])];
    return `- ${cap(p.name)} (${p.status}): ${p.evidence}. Plan: ${plan.length ? plan.join('; ') : 'no change'}.`;
  });
  return [
    `TRANSPLANT CLINIC`, `${cap(organ)} transplant recipient, ${rng.int(1, 9)} years post transplant.`, '', `Interval: ${interval(c, rng)}`, '',
    `Immunosuppression: tacrolimus ${rng.int(1, 4)} mg twice daily (trough ${rng.int(4, 9)}.${rng.int(0, 9)}), mycophenolate 500 mg twice daily, unchanged.`,
    `Other meds: ${homeMedications(c).join(', ') || 'none'}.`, `Allergies: ${c.allergy}.`, `Exam: ${vitals(rng)} Graft site nontender.`, '',
    `Issues:`, ...issues, '', `Labs: tacrolimus trough and CMP twice weekly.`, `Return: ${[returnVisit(c, rng), ...pendingLine(c, rng)].join(' ')}`,
  ].join('\n');
};

/** Post-operative day note: a one-line assessment, then problems as "- problem: status, evidence; plan" lines. */
const postopDayNote: Writer = (c, rng) => {
  const proc = rng.pick(['laparoscopic cholecystectomy', 'right total hip arthroplasty', 'sigmoid colectomy', 'ventral hernia repair']);
  const pod = rng.int(1, 4);
  const items = c.problems.map((p) => {
    const plan = [...(p.change ? [imperative(p.change, rng).replace(/\.$/, '').replace(/^./, (ch) => ch.toLowerCase())] : []), ...(p.order ? [p.order.charAt(0).toLowerCase() + p.order.slice(1)] : [])];
    return `- ${cap(p.name)}: ${p.status}, ${p.evidence}${plan.length ? `; ${plan.join(', ')}` : ''}.`;
  });
  return [
    `SURGERY PROGRESS NOTE - POD #${pod}`, '', `S: Pain controlled on oral regimen. Tolerating diet. ${c.negatedFinding} Ambulating with PT.`, '',
    `O: ${vitals(rng)} Incision clean, dry and intact. Abdomen soft.`, `Home meds: ${homeMedications(c).join(', ') || 'none'}.`, `Allergies: ${c.allergy}.`, '',
    `A/P: ${c.age} y.o. s/p ${proc}, POD ${pod}, progressing.`, ...items,
    `- Dispo: ${rng.pick(['home tomorrow if stable', 'anticipate discharge in 1-2 days'])}; ${rng.pick([`surgical clinic in ${c.interval}`, `f/u surgery clinic ${c.interval}`])}.`,
    ...pendingLine(c, rng).map((s) => `- ${s}`),
  ].join('\n');
};

/** "Dx 1: Hypertension - uncontrolled" items, each followed by its own "Rx:" and "Orders:" lines. */
const dxNumberedItems: Writer = (c, rng) => {
  const blocks = c.problems.map((p, i) => [
    `Dx ${i + 1}: ${cap(p.name)} - ${p.status}`,
    `  Findings: ${p.evidence}.`,
    ...(p.change ? [`  Rx: ${imperative(p.change, rng)}`] : p.continued ? [`  Rx: continue ${p.continued.name}.`] : []),
    ...(p.order ? [`  Orders: ${p.order}.`] : []),
  ].join('\n'));
  return [
    `Outpatient encounter`, '', `Chief complaint: follow-up of ${c.problems[0].name}.`, '', `History: ${interval(c, rng)}`, '',
    `Medications: ${homeMedications(c).join('; ') || 'none'}`, `Allergies: ${c.allergy}`, `Vitals: ${vitals(rng)}`, '',
    `Diagnoses and plan:`, blocks.join('\n\n'), '', `Follow-up: ${[returnVisit(c, rng), ...pendingLine(c, rng)].join(' ')}`,
  ].join('\n');
};

/** "->" plans: each problem a line "Problem -> status -> plan", the follow-up the same way. */
const arrowPlans: Writer = (c, rng) => {
  const arrow = rng.pick([' -> ', ' → ']);
  const lines = c.problems.map((p) => {
    const plan = [...(p.change ? [imperative(p.change, rng).replace(/\.$/, '').replace(/^./, (ch) => ch.toLowerCase())] : []), ...(p.continued ? [`cont ${p.continued.name}`] : []), ...(p.order ? [p.order.charAt(0).toLowerCase() + p.order.slice(1)] : [])];
    return [cap(p.name), p.status, ...(plan.length ? [plan.join(', ')] : [])].join(arrow);
  });
  return [
    `Clinic note`, '', `S: ${interval(c, rng)}`, `O: ${vitals(rng)} Exam unremarkable apart from findings below.`, `Meds: ${homeMedications(c).join(', ') || 'none'}. Allergies: ${c.allergy}.`, '',
    `A/P:`, ...lines, `F/u${arrow}${c.interval}${c.pending ? `; ${c.pending} pending` : ''}.`,
  ].join('\n');
};

export const S8_WRITERS: Readonly<Record<S8Layout, Writer>> = {
  hf_titration: hfTitration,
  geriatric_deprescribing: geriatricDeprescribing,
  transplant_clinic: transplantClinic,
  postop_day_note: postopDayNote,
  dx_numbered_items: dxNumberedItems,
  arrow_plans: arrowPlans,
};
