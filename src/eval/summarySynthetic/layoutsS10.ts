// Owns the session-10 synthetic layouts: note families the summarizer had not met, where a problem is not always under
// an assessment title. A hospitalist progress note with overnight events and housekeeping lines; SOAP whose assessment
// is one sentence and whose problems stand only inside plan items; a transitional-care visit after discharge; a
// medication-by-medication polypharmacy review (problems as indications); a telephone encounter. Written last and scored
// once before any tuning on them (--s10-unseen, reported apart): a markdown problem table, speech-recognition run-ons,
// and an addendum-heavy note whose later problems exist only in addenda. The same cases as ./layouts (./cases), so gold
// follows by construction. The notes are invented.
import type { Rng } from '../synthetic/prng';
import { cap, homeMedications, imperative, narrative, reconciliation, type CaseProblem, type MedChange, type SummaryCase } from './cases';

export const S10_LAYOUTS = ['hospitalist_overnight', 'soap_plan_only', 'transitional_care', 'polypharmacy_review', 'telephone_encounter'] as const;
export type S10Layout = (typeof S10_LAYOUTS)[number];
/** Written after the five above and scored once before any summarizer change for them (--s10-unseen). */
export const S10_UNSEEN_LAYOUTS = ['markdown_problem_table', 'speech_runons', 'addendum_heavy'] as const;
export type S10UnseenLayout = (typeof S10_UNSEEN_LAYOUTS)[number];

type Writer = (c: SummaryCase, rng: Rng) => string;

const name = (c: SummaryCase) => `${c.title} ${c.surname}`;
/** The first letter in lower case, except the pronoun "I". */
const lower = (s: string) => (/^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));
const noStop = (s: string) => s.replace(/\.$/, '');

function vitalsLine(rng: Rng): string {
  return rng.pick([
    `T ${rng.int(36, 37)}.${rng.int(0, 9)}, HR ${rng.int(58, 104)}, BP ${rng.int(108, 166)}/${rng.int(60, 98)}, RR ${rng.int(12, 22)}, SpO2 ${rng.int(91, 99)}% RA`,
    `Vitals: BP ${rng.int(108, 166)}/${rng.int(60, 98)}; pulse ${rng.int(58, 104)}; respirations ${rng.int(12, 22)}; O2 sat ${rng.int(91, 99)}%`,
    `BP ${rng.int(108, 166)}/${rng.int(60, 98)}  HR ${rng.int(58, 104)}  SpO2 ${rng.int(91, 99)}%  Wt ${rng.int(52, 118)} kg`,
  ]);
}

function background(c: SummaryCase, rng: Rng): string {
  const bits = c.problems.slice(0, 3).map((p) => rng.pick([
    `${cap(c.he)} is worried about ${c.his} ${p.name}.`,
    `${cap(c.he)} brought a log related to ${c.his} ${p.name}.`,
    `${cap(c.he)} has not missed doses of ${c.his} medicines for ${p.name}.`,
  ]));
  return [...bits, c.negatedFinding].join(' ');
}

function pendingText(c: SummaryCase, rng: Rng): string[] {
  return c.pending ? [rng.pick([`${cap(c.pending)} is still pending.`, `Pending: ${c.pending}.`, `Will follow up the ${c.pending} result.`, `${cap(c.pending)} sent; result pending.`])] : [];
}

function nextVisit(c: SummaryCase, rng: Rng): string {
  return rng.pick([`Follow-up visit in ${c.interval}.`, `See me back in ${c.interval}.`, `Next appointment in ${c.interval}.`, `Return to clinic in ${c.interval}.`, `F/u ${c.interval}.`]);
}

/** The plan sentences of one problem: its change (an order or told after the fact), the continued drug, the non-drug order. */
function planOf(p: CaseProblem, c: SummaryCase, rng: Rng): string[] {
  return [
    ...(p.change ? [rng.chance(0.6) ? imperative(p.change, rng) : narrative(p.change, c, rng)] : []),
    ...(p.continued ? [rng.pick([`Continue ${p.continued.name}.`, `${cap(p.continued.name)} unchanged.`, `No change to ${p.continued.name}.`])] : []),
    ...(p.order ? [`${p.order}.`] : []),
  ];
}

/** Hospital day note: overnight events, subjective, objective with labs, then an A/P by problem with housekeeping lines and a disposition. */
const hospitalistOvernight: Writer = (c, rng) => {
  const day = rng.int(2, 6);
  const overnight = rng.pick([
    'No acute events overnight.', 'Uneventful night; slept well.', 'Called overnight for a brief episode of agitation, redirected without medication.',
    'Telemetry without events overnight. One episode of emesis this morning.', 'Overnight: transient hypotension to 94/58, responded to repositioning.',
  ]);
  const style = rng.pick(['hash_dash', 'name_comma', 'slash_label', 'caps']);
  const items = c.problems.map((p, i) => {
    const plan = planOf(p, c, rng).join(' ');
    switch (style) {
      case 'hash_dash': return `#${cap(p.name)} — ${p.status}. ${cap(p.evidence)}. ${plan}`.trim();
      case 'name_comma': return `${cap(p.name)}, ${p.status}${i === 0 ? ' (primary reason for admission)' : ''}: ${cap(p.evidence)}. ${plan}`.trim();
      case 'slash_label': return `// ${cap(p.name)}\n${cap(p.status)}; ${p.evidence}. ${plan}`.trim();
      default: return `${p.name.toUpperCase()}: ${p.status}. ${cap(p.evidence)}. ${plan}`.trim();
    }
  });
  return [
    `${rng.pick(['Hospital Medicine Progress Note', 'Hospitalist Daily Progress Note', 'Medicine Team Progress Note'])} - Hospital Day ${day}`, '',
    `${rng.pick(['Overnight events', 'Interval/overnight events', '24h events'])}: ${overnight}`, '',
    `Subjective: ${cap(c.he)} ${rng.pick(['feels somewhat better', 'reports feeling tired', 'has no new complaints'])}. ${background(c, rng)}`, '',
    `Objective:`, vitalsLine(rng), `I/O: ${rng.int(900, 2400)}/${rng.int(800, 2600)}`, `Labs: Na ${rng.int(133, 144)}, Cr ${rng.int(8, 19) / 10}, WBC ${rng.int(5, 14)}.${rng.int(0, 9)}`,
    `Home medications: ${homeMedications(c).join(', ') || 'none'}.`, `Allergies: ${c.allergy}.`, '',
    `${rng.pick(['Assessment/Plan', 'A/P', 'Assessment and Plan'])}:`,
    `${c.age}yo ${c.he === 'he' ? 'M' : 'F'} hospital day ${day}, ${rng.pick(['clinically improving', 'slowly improving', 'stable overall'])}.`, '',
    ...items.flatMap((s) => [s, '']),
    `FEN: ${rng.pick(['regular diet', 'cardiac diet', 'diabetic diet'])}, replete lytes prn.`, `DVT ppx: ${rng.pick(['heparin SQ', 'enoxaparin', 'SCDs'])}.`, `Code status: ${rng.pick(['Full code', 'DNR/DNI'])}.`,
    `Dispo: ${rng.pick(['anticipate discharge home in 1-2 days', 'possible discharge tomorrow', 'home with home health when medically stable'])}; ${lower(nextVisit(c, rng))} ${pendingText(c, rng).join(' ')}`.trim(),
  ].join('\n');
};

/** "For <problem> (...)", "... given her <problem> is ...": one plan item naming the problem inside it. */
function planItem(p: CaseProblem, c: SummaryCase, rng: Rng): string {
  const rest = [...(p.continued ? [`Continue ${p.continued.name}.`] : []), ...(p.order ? [`${p.order}.`] : [])].join(' ');
  if (p.change) {
    const act = noStop(imperative(p.change, rng));
    return rng.pick([
      `${act} for ${c.his} ${p.name}, which is ${p.status} (${p.evidence}). ${rest}`,
      `${cap(p.evidence)}; ${p.name} ${p.status} -> ${lower(act)}. ${rest}`,
      `Given ${p.name} ${p.status} with ${p.evidence}, ${lower(act)}. ${rest}`,
    ]).trim();
  }
  return rng.pick([
    `For ${c.his} ${p.name} (${p.status}; ${p.evidence}): ${rest || 'monitor.'}`,
    `${rest} ${cap(p.name)} is ${p.status}, ${p.evidence}.`,
    `${cap(p.name)} ${p.status} on review of ${p.evidence}; ${lower(rest || 'monitor.')}`,
  ]).trim();
}

/** SOAP whose A is one sentence: each problem stands only inside a plan item ("Increase metformin ... for her diabetes, which is ..."). */
const soapPlanOnly: Writer = (c, rng) => {
  const bullet = rng.pick(['-', '*', 'num']);
  const mark = (i: number) => (bullet === 'num' ? `${i + 1})` : bullet);
  return [
    rng.pick(['SOAP NOTE', 'Office visit (SOAP)', 'Primary care SOAP note']), '',
    `S: ${name(c)}, ${c.age}, ${rng.pick(['for chronic disease follow-up', 'routine visit', 'here to review labs'])}. ${background(c, rng)}`,
    `Meds: ${homeMedications(c).join('; ') || 'none'}. Allergies: ${c.allergy}.`, '',
    `O: ${vitalsLine(rng)}. ${rng.pick(['Lungs clear bilaterally.', 'RRR, no murmur.', 'No edema.'])}`, '',
    `A: ${rng.pick([`${c.age} y/o with several chronic conditions, addressed below.`, 'Multiple chronic issues as outlined in the plan.', 'See plan, by item.'])}`, '',
    `P:`, ...c.problems.map((p, i) => `${mark(i)} ${planItem(p, c, rng)}`),
    `${bullet === 'num' ? `${c.problems.length + 1})` : bullet} ${nextVisit(c, rng)} ${pendingText(c, rng).join(' ')}`.trim(),
  ].join('\n');
};

/** Transitional care visit: discharge summary recap, a reconciliation against the discharge list, problems addressed in paragraphs. */
const transitionalCare: Writer = (c, rng) => {
  const days = rng.int(3, 12);
  const first = c.problems[0];
  const reconBlock = rng.chance(0.5);
  const recon = reconBlock ? c.problems.flatMap((p) => (p.change ? reconciliation(p.change) : [])).map(([a, s]) => `${rng.pick([`${a}: ${s}`, `${cap(a.toLowerCase())} ${s}`])}`) : [];
  const paras = c.problems.map((p) => {
    const opener = rng.pick([
      `Regarding ${c.his} ${p.name}: since discharge this is ${p.status}; ${p.evidence}.`,
      `${cap(p.name)} - post-discharge status ${p.status}. ${cap(p.evidence)}.`,
      `With respect to the ${p.name}, ${c.he} is ${p.status} (${p.evidence}).`,
    ]);
    const plan = [...(p.change && !reconBlock ? [rng.chance(0.5) ? imperative(p.change, rng) : narrative(p.change, c, rng)] : []),
      ...(p.continued ? [`Continue ${p.continued.name} as prescribed at discharge.`] : []), ...(p.order ? [`${p.order}.`] : [])];
    return [opener, ...plan].join(' ');
  });
  return [
    `TRANSITIONAL CARE MANAGEMENT VISIT`, '',
    `Discharged ${days} days ago from ${rng.pick(['the medical ward', 'an outside hospital', 'the step-down unit'])}; interactive contact made within 2 business days.`,
    `Hospital course (per discharge summary): admitted with ${first.name}; ${rng.pick(['treated and improved', 'course uncomplicated', 'length of stay 4 days'])}.`, '',
    `Since discharge: ${background(c, rng)}`, `Allergies reviewed: ${c.allergy}.`, `Exam: ${vitalsLine(rng)}.`, '',
    `Medication reconciliation: ${rng.pick(['discharge list compared with the bottles brought today', 'completed with the patient and caregiver'])}. Home list: ${homeMedications(c).join(', ') || 'none'}.`,
    ...(recon.length ? [rng.pick(['Changes made today:', 'Medication changes:']), ...recon.map((r) => `  ${r}`)] : []), '',
    rng.pick(['Problems addressed today', 'Post-discharge problem review', 'Issues reviewed at this visit']), ...paras.flatMap((p) => [p, '']).slice(0, -1), '',
    `${rng.pick(['Care coordination', 'Next steps'])}: ${[nextVisit(c, rng), ...pendingText(c, rng)].join(' ')}`,
  ].join('\n');
};

/** One medication's row of a review: the drug, its indication (the problem, with status) and the action taken. */
function reviewRow(m: MedChange, p: CaseProblem, rng: Rng): string[] {
  const d = m.drug;
  const ind = rng.pick([`indication: ${p.name} (${p.status}; ${p.evidence})`, `for ${p.name}, ${p.status} - ${p.evidence}`]);
  const action = (s: string) => rng.pick([`Action: ${s}.`, `-> ${s}.`, `Plan: ${s}.`]);
  switch (m.kind) {
    case 'start': return [`NEW: ${d.name} ${m.toDose} ${d.freq} ${rng.pick(['—', '-'])} ${ind}. ${action('start')}`];
    case 'resume': return [`${d.name} (previously held) ${rng.pick(['—', '-'])} ${ind}. ${action(`resume ${m.toDose} ${d.freq}`)}`];
    case 'stop':
    case 'discontinue': return [`${d.name} ${m.fromDose} ${d.freq} ${rng.pick(['—', '-'])} ${ind}. ${action(m.kind === 'stop' ? 'stop' : 'discontinue')}`];
    case 'hold': return [`${d.name} ${m.fromDose} ${d.freq} ${rng.pick(['—', '-'])} ${ind}. ${action('hold until recheck')}`];
    case 'increase': return [`${d.name} ${m.fromDose} ${d.freq} ${rng.pick(['—', '-'])} ${ind}. ${action(`increase to ${m.toDose}`)}`];
    case 'titrate': return [`${d.name} ${m.fromDose} ${d.freq} ${rng.pick(['—', '-'])} ${ind}. ${action(`titrate to ${m.toDose}`)}`];
    case 'decrease': return [`${d.name} ${m.fromDose} ${d.freq} ${rng.pick(['—', '-'])} ${ind}. ${action(`decrease to ${m.toDose}`)}`];
    case 'switch': return [`${d.name} ${m.fromDose} ${d.freq} ${rng.pick(['—', '-'])} ${ind}. ${action(`switch to ${m.to!.name} ${m.toDose} ${m.to!.freq}`)}`];
  }
}

/** A comprehensive medication review, drug by drug, the problems only as indications; conditions without a drug change after it. */
const polypharmacyReview: Writer = (c, rng) => {
  const rows: string[] = [];
  const conditions: string[] = [];
  for (const p of c.problems) {
    if (p.change) rows.push(...reviewRow(p.change, p, rng));
    if (p.continued) rows.push(`${p.continued.name} ${p.continued.doses[0]} ${p.continued.freq} - ${rng.pick([`indication: ${p.name}`, `for ${p.name}`])}. ${rng.pick(['Action: continue.', 'Appropriate; continue.'])}`);
    if (!p.change) conditions.push(`${cap(p.name)}: ${p.status}; ${p.evidence}.${p.order ? ` ${p.order}.` : ''}`);
    else if (p.order) conditions.push(`${cap(p.order)} (${p.name}).`);
  }
  const count = homeMedications(c).length + rng.int(3, 6);
  return [
    rng.pick(['Comprehensive Medication Review', 'Polypharmacy Review - Geriatrics', 'Medication Management Visit']), '',
    `${name(c)} (${c.age}) takes ${count} medications${rng.chance(0.5) ? ' including supplements' : ''}. ${rng.pick(['Pillbox filled by daughter.', 'Uses blister packs.', 'Manages own medications.'])} ${background(c, rng)}`,
    `Allergies/intolerances: ${c.allergy}.`, `${vitalsLine(rng)}.`, '',
    rng.pick(['Medication-by-medication review:', 'Review by drug (drug - indication - action):', 'Medications reviewed:']),
    ...rows.map((r, i) => `${i + 1}. ${r}`), '',
    ...(conditions.length ? [rng.pick(['Other conditions reviewed:', 'Conditions without medication changes:', 'Also addressed:']), ...conditions.map((s) => `- ${s}`), ''] : []),
    `${rng.pick(['Plan', 'Follow-up'])}: ${rng.pick(['Updated list given to patient.', 'Pharmacy notified.'])} ${[nextVisit(c, rng), ...pendingText(c, rng)].join(' ')}`,
  ].join('\n');
};

/** A telephone encounter: reason for call, what was discussed in sentences, the advice as "Per my instruction ...", next appointment. */
const telephoneEncounter: Writer = (c, rng) => {
  const discussed = c.problems.map((p) => {
    const plan = planOf(p, c, rng);
    return rng.pick([
    `Discussed ${c.his} ${p.name}, which is ${p.status}; ${p.evidence}.`,
    `${cap(c.he)} reports ${c.his} ${p.name} is ${p.status} (${p.evidence}).`,
    `Re ${p.name}: ${p.status}, ${p.evidence}.`,
    ]) + (plan.length ? ` ${plan.map((s) => (rng.chance(0.4) ? `Advised: ${lower(s)}` : s)).join(' ')}` : '');
  });
  return [
    `TELEPHONE ENCOUNTER`, `${rng.pick(['Outgoing call', 'Incoming call from patient', 'Scheduled phone visit'])}; ${rng.int(8, 25)} minutes. Identity verified with name and date of birth.`, '',
    `Reason for call: ${rng.pick(['lab results and chronic disease check-in', 'medication questions', 'follow-up of recent labs'])}.`, '',
    `${background(c, rng)} Allergies on file: ${c.allergy}. Current medications: ${homeMedications(c).join(', ') || 'none'}.`, '',
    ...discussed, '',
    `${cap(c.he)} verbalized understanding and agrees with the plan. ${[nextVisit(c, rng), ...pendingText(c, rng)].join(' ')}`,
  ].join('\n');
};

/** A markdown problem table (| Problem | Status | Plan |, with its --- row), the evidence in the status cell. */
const markdownProblemTable: Writer = (c, rng) => {
  const head = rng.pick([['Problem', 'Assessment', 'Plan'], ['Diagnosis', 'Status today', 'Management'], ['Issue', 'Status', 'Action']]);
  const rows = c.problems.map((p) => `| ${cap(p.name)} | ${p.status}; ${p.evidence} | ${planOf(p, c, rng).join(' ') || 'Monitor.'} |`);
  return [
    `# ${rng.pick(['Clinic Visit', 'Follow-up Visit', 'Chronic Care Visit'])}`, '', `**HPI:** ${name(c)} is a ${c.age}-year-old here for follow-up. ${background(c, rng)}`, '',
    `**Medications:** ${homeMedications(c).join(', ') || 'none'}`, `**Allergies:** ${c.allergy}`, `**Vitals:** ${vitalsLine(rng)}`, '',
    `## ${rng.pick(['Assessment & Plan', 'Problems', 'Plan by problem'])}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows, '',
    `**${rng.pick(['Follow-up', 'Next visit', 'Return'])}:** ${[nextVisit(c, rng), ...pendingText(c, rng)].join(' ')}`,
  ].join('\n');
};

/** Dictated by speech recognition: lower case, sentences run on with "and", "so", "um", one long sentence per problem. */
const speechRunons: Writer = (c, rng) => {
  const sentences = c.problems.map((p, i) => {
    const plan = planOf(p, c, rng).map((s) => lower(noStop(s)));
    const opener = rng.pick([
      `${i === 0 ? 'okay so first' : rng.pick(['next', 'and then', 'moving on to'])} the ${p.name} it is ${p.status} and ${c.his} ${p.evidence}`,
      `as far as the ${p.name} goes i think it's ${p.status} given ${p.evidence}`,
      `${c.his} ${p.name} um is ${p.status} with ${p.evidence}`,
    ]);
    return `${opener}${plan.length ? ` so ${plan.join(' and ')}` : ''}.`;
  });
  return [
    `${rng.pick(['dictated but not read', 'Dictation', 'voice recognition dictation'])}`, '',
    `this is ${lower(name(c))} a ${c.age} year old ${c.he === 'he' ? 'man' : 'woman'} here for ${rng.pick(['follow up', 'a check up', 'chronic stuff'])} ${lower(background(c, rng))}`,
    `${c.his} meds are ${homeMedications(c).join(' and ') || 'none'} and ${c.he} is allergic to ${c.allergy} ${lower(vitalsLine(rng))}`, '',
    `assessment and plan`, ...sentences, `${lower(nextVisit(c, rng))} ${pendingText(c, rng).map(lower).join(' ')}`.trim(), '', `end of dictation`,
  ].join('\n');
};

/** A short original A/P, then timed addenda: results that add a problem, a call that changes a drug, a late entry, the follow-up. */
const addendumHeavy: Writer = (c, rng) => {
  const split = Math.max(1, Math.floor(c.problems.length / 2));
  const early = c.problems.slice(0, split);
  const late = c.problems.slice(split);
  const time = () => `${rng.int(12, 18)}:${rng.pick(['05', '20', '35', '50'])}`;
  const addenda = late.map((p) => {
    const plan = planOf(p, c, rng).join(' ');
    return rng.pick([
      `ADDENDUM ${time()}: Labs resulted - ${p.evidence}. Consistent with ${p.name}, ${p.status}. ${plan}`,
      `Addendum (${time()}): Spoke with patient by phone about ${c.his} ${p.name}, ${p.status}; ${p.evidence}. ${plan}`,
      `Late entry ${time()}: ${cap(p.name)} also addressed today - ${p.status} with ${p.evidence}. ${plan}`,
    ]).trim();
  });
  return [
    `Clinic Note`, '', `CC: follow-up. HPI: ${name(c)}, ${c.age}. ${background(c, rng)}`, `Meds: ${homeMedications(c).join(', ') || 'none'}. Allergies: ${c.allergy}.`, `PE: ${vitalsLine(rng)}.`, '',
    `Assessment/Plan:`, ...early.map((p, i) => `${i + 1}. ${cap(p.name)} - ${p.status}; ${p.evidence}. ${planOf(p, c, rng).join(' ')}`.trim()), '',
    `Electronically signed by ${c.clinician}`, '', ...addenda.flatMap((a) => [a, '']),
    `Addendum ${time()}: ${[nextVisit(c, rng), ...pendingText(c, rng)].join(' ')}`,
  ].join('\n');
};

export const S10_WRITERS: Readonly<Record<S10Layout, Writer>> = {
  hospitalist_overnight: hospitalistOvernight,
  soap_plan_only: soapPlanOnly,
  transitional_care: transitionalCare,
  polypharmacy_review: polypharmacyReview,
  telephone_encounter: telephoneEncounter,
};

export const S10_UNSEEN_WRITERS: Readonly<Record<S10UnseenLayout, Writer>> = {
  markdown_problem_table: markdownProblemTable,
  speech_runons: speechRunons,
  addendum_heavy: addendumHeavy,
};
