// Owns the session-11 unseen synthetic layouts: short multi-problem clinic notes (2-4 problems, about 150-300 words),
// the case where one whole sentence per problem already fills a third of the note. Written before the session's
// summarizer changes and scored once before and once after them (--s11-unseen), never tuned on. Five layouts the
// summarizer has not met: a nurse practitioner's brief visit with "Condition — status" impression lines; a short
// consultant letter with "My impression is ..." and parenthesised numbering; a slash grid ("Dx / status / plan"); an
// SBAR handover; an annual wellness visit whose chronic conditions are a comma-separated run with statuses in brackets.
// The same cases as ./layouts (./cases), cut to 2-4 problems, so gold follows by construction. The notes are invented.
import type { Rng } from '../synthetic/prng';
import { cap, homeMedications, imperative, narrative, recommendation, type CaseProblem, type SummaryCase } from './cases';

export const S11_UNSEEN_LAYOUTS = ['np_brief_dash', 'consult_letter_short', 'slash_grid', 'sbar_handover', 'wellness_run'] as const;
export type S11UnseenLayout = (typeof S11_UNSEEN_LAYOUTS)[number];

type Writer = (c: SummaryCase, rng: Rng) => string;

const name = (c: SummaryCase) => `${c.title} ${c.surname}`;
const noStop = (s: string) => s.replace(/\.$/, '');

/** A short note has 2-4 problems: the case's first ones (its pending test may belong to a dropped one; it stays a follow-up item). */
export function shortCase(c: SummaryCase, rng: Rng): SummaryCase {
  return { ...c, problems: c.problems.slice(0, rng.int(2, Math.min(4, c.problems.length))) };
}

function change(p: CaseProblem, c: SummaryCase, rng: Rng): string | undefined {
  if (!p.change) return undefined;
  return rng.chance(0.6) ? imperative(p.change, rng) : narrative(p.change, c, rng);
}

function planBits(p: CaseProblem, c: SummaryCase, rng: Rng): string[] {
  const ch = change(p, c, rng);
  return [...(ch ? [ch] : []), ...(p.continued ? [`Continue ${p.continued.name}.`] : []), ...(p.order ? [`${p.order}.`] : [])];
}

function followUp(c: SummaryCase, rng: Rng): string {
  const back = rng.pick([`Recheck in ${c.interval}.`, `Come back in ${c.interval}.`, `Revisit ${c.interval}.`, `Schedule a visit in ${c.interval}.`, `Follow-up appointment: ${c.interval}.`]);
  const pend = c.pending ? ` ${rng.pick([`Will call with the ${c.pending} result.`, `${cap(c.pending)} ordered today.`, `Awaiting ${c.pending}.`])}` : '';
  return back + pend;
}

/** The history around the problems (no problem assessed in it): how the patient is, life, a review of systems, the exam. */
function history(c: SummaryCase, rng: Rng): string {
  return [
    rng.pick([`${cap(c.he)} feels about the same as at the last visit.`, `${cap(c.he)} reports more energy since the last visit.`, `${cap(c.he)} has had a busy few months caring for a grandchild.`]),
    ...c.problems.slice(0, 2).map((p) => rng.pick([`${cap(c.he)} asked about ${c.his} ${p.name} and brought a list of questions.`, `${cap(c.he)} has read about ${p.name} online.`])),
    rng.pick([`Walks 20 minutes most days.`, `Works part time at a bakery; sleeps 6 hours.`, `Lives with ${c.his} spouse; independent in all activities of daily living.`]),
    rng.pick([`ROS: no fever, weight change, cough, abdominal pain, dysuria or rash.`, `Review of systems otherwise negative: no fevers, no palpitations, no bowel change, no urinary symptoms.`]),
    c.negatedFinding,
    rng.pick([`Exam: alert, well appearing; heart regular, lungs clear, abdomen soft, no edema.`, `On exam ${c.he} is comfortable; lungs clear to auscultation, no murmur, no peripheral edema.`]),
  ].join(' ');
}

function vitals(rng: Rng): string {
  return rng.pick([
    `BP ${rng.int(110, 164)}/${rng.int(62, 96)}, P ${rng.int(58, 100)}, SpO2 ${rng.int(93, 99)}%.`,
    `Vitals stable: BP ${rng.int(110, 164)}/${rng.int(62, 96)}, HR ${rng.int(58, 100)}.`,
  ]);
}

/** NP brief visit: one-line HPI, a short exam, "Impression:" lines "<Condition> — <status>", then plan bullets and the return. */
const npBriefDash: Writer = (c, rng) => {
  const dash = rng.pick([' — ', ' – ', ' -- ']);
  return [
    rng.pick(['NP Visit', 'Brief Office Visit (NP)', 'Acute/chronic follow-up - NP']),
    `${name(c)}, ${c.age}, seen for ${c.problems.map((p) => p.name).join(', ')}. ${history(c, rng)}`,
    `Meds: ${homeMedications(c).join(', ') || 'none'}. Allergies: ${c.allergy}.`,
    `Exam: ${vitals(rng)} ${rng.pick(['Well appearing.', 'Lungs clear.', 'No distress.'])}`, '',
    rng.pick(['Impression:', 'Impressions', 'Dx today:']),
    ...c.problems.map((p) => `${cap(p.name)}${dash}${p.status}, ${p.evidence}`), '',
    rng.pick(['Plan:', 'Orders/Plan']),
    ...c.problems.flatMap((p) => planBits(p, c, rng).map((s) => `• ${s}`)),
    `• ${followUp(c, rng)}`,
  ].join('\n');
};

/** A short letter to the referring doctor: "My impression is (1) ... (2) ...", recommendations in prose, when I see her again. */
const consultLetterShort: Writer = (c, rng) => {
  const impressions = c.problems.map((p, i) => `(${i + 1}) ${p.name}, ${p.status}`).join('; ');
  const recs = c.problems.flatMap((p) => {
    const out: string[] = [];
    if (p.change) out.push(rng.chance(0.5) ? recommendation(p.change, rng) : narrative(p.change, c, rng));
    if (p.order) out.push(`${p.order}.`);
    return out;
  });
  const evidence = c.problems.map((p) => `${cap(p.evidence)}.`).join(' ');
  return [
    `Dear ${rng.pick(['Dr. Okafor', 'Dr. Lindqvist', 'Dr. Ramanathan', 'colleague'])},`, '',
    `Thank you for asking me to see ${name(c)}, ${c.age}, whom I saw in clinic today. ${history(c, rng)} ${evidence}`, '',
    `My impression is ${impressions}.`, '',
    `${recs.join(' ')} ${rng.pick([`I will see ${c.him} again in ${c.interval}.`, `I have arranged to review ${c.him} in ${c.interval}.`])}${c.pending ? ` The ${c.pending} is outstanding.` : ''}`, '',
    `Yours sincerely,`, c.clinician,
  ].join('\n');
};

/** A slash grid: "Dx / status / plan" lines under a short header, no sentence grammar. */
const slashGrid: Writer = (c, rng) => [
  `${rng.pick(['F/U', 'Chronic care f/u', 'Clinic f/u'])} — ${c.age}${c.he === 'he' ? 'M' : 'F'}. ${history(c, rng)} Allergy: ${c.allergy}.`,
  `Current meds: ${homeMedications(c).join('; ') || 'none'}.`,
  vitals(rng), '',
  rng.pick(['Dx / status / plan', 'Problem / today / plan']),
  ...c.problems.map((p) => `${cap(p.name)} / ${p.status} (${p.evidence}) / ${planBits(p, c, rng).map(noStop).join('; ') || 'monitor'}`), '',
  followUp(c, rng),
].join('\n');

/** SBAR handover: Situation, Background, Assessment (problems run together), Recommendation (changes, follow-up). */
const sbarHandover: Writer = (c, rng) => {
  const assessment = c.problems.map((p) => `${p.name} ${rng.pick(['is', 'appears'])} ${p.status} (${p.evidence})`);
  const recs = c.problems.flatMap((p) => planBits(p, c, rng));
  return [
    rng.pick(['SBAR', 'SBAR communication', 'Handover (SBAR)']),
    `S: ${name(c)}, ${c.age}, ${rng.pick(['reviewed at the nurse-led clinic', 'seen for a chronic disease review', 'called in after abnormal labs'])}.`,
    `B: Takes ${homeMedications(c).join(', ') || 'no regular medicines'}. Allergy: ${c.allergy}. ${c.familyHistory} ${history(c, rng)}`,
    `A: ${cap(assessment.join('; '))}.`,
    `R: ${recs.join(' ')} ${followUp(c, rng)}`,
  ].join('\n');
};

/** Annual wellness visit: screening talk, then chronic conditions as one run with statuses in brackets, then the changes. */
const wellnessRun: Writer = (c, rng) => {
  const run = c.problems.map((p) => `${p.name} (${p.status})`).join(', ');
  const changes = c.problems.flatMap((p) => (p.change ? [change(p, c, rng)!] : []));
  const orders = c.problems.flatMap((p) => (p.order ? [`${p.order}.`] : []));
  return [
    rng.pick(['Annual Wellness Visit', 'Medicare AWV (subsequent)', 'Preventive visit']),
    `${name(c)} (${c.age}) completed the health risk assessment. ${rng.pick(['Falls screen negative.', 'Depression screen PHQ-2 negative.', 'Hearing screen passed.'])} ${rng.pick(['Colonoscopy up to date.', 'Mammogram due next year.', 'Influenza vaccine given today.'])}`,
    `Allergies: ${c.allergy}. ${vitals(rng)} ${history(c, rng)}`, '',
    `Chronic conditions reviewed: ${run}. ${c.problems.map((p) => `${cap(p.evidence)}.`).join(' ')}`,
    ...(changes.length ? [`Medication changes: ${changes.join(' ')}`] : []),
    ...(orders.length ? [`Orders: ${orders.join(' ')}`] : []),
    `${rng.pick(['Next visit', 'Follow-up'])}: ${followUp(c, rng)}`,
  ].join('\n');
};

export const S11_UNSEEN_WRITERS: Readonly<Record<S11UnseenLayout, Writer>> = {
  np_brief_dash: npBriefDash,
  consult_letter_short: consultLetterShort,
  slash_grid: slashGrid,
  sbar_handover: sbarHandover,
  wellness_run: wellnessRun,
};
