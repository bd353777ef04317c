// Owns the clinical content of one synthetic summary note, chosen before any layout writes it: the patient,
// 4-7 assessed problems with status, evidence, a medication change or an order each, the continued drugs, the
// follow-up interval and a pending test, and the gold lists that follow from them by construction.
import { Rng } from '../synthetic/prng';
import type { GoldMedChange, GoldProblem } from '../summary';
import { ALLERGIES, CLINICIANS, DRUGS, PROBLEMS, SURNAMES, type DrugDef, type ProblemDef } from './vocab';

export type ChangeKind = 'start' | 'stop' | 'discontinue' | 'hold' | 'increase' | 'decrease' | 'switch' | 'titrate' | 'resume';

export interface MedChange {
  kind: ChangeKind;
  drug: DrugDef;
  /** The new drug of a switch. */
  to?: DrugDef;
  fromDose: string;
  toDose: string;
}

export interface CaseProblem {
  def: ProblemDef;
  /** The words the note names the problem by (the term or a synonym). */
  name: string;
  status: string;
  evidence: string;
  change?: MedChange;
  order?: string;
  /** A drug for this problem continued unchanged (never gold). */
  continued?: DrugDef;
}

export interface SummaryCase {
  surname: string;
  title: 'Mr.' | 'Ms.';
  he: 'he' | 'she';
  his: 'his' | 'her';
  him: 'him' | 'her';
  age: number;
  clinician: string;
  problems: CaseProblem[];
  allergy: string;
  /** "4 weeks", "3 months": the return visit. */
  interval: string;
  pending?: string;
  familyHistory: string;
  negatedFinding: string;
}

/** Return intervals that no order of the vocabulary uses, so a covered follow-up is the return visit itself. */
const INTERVALS = ['4 weeks', '6 weeks', '10 days', '4 months', '6 months', '5 weeks'];
const CHANGE_KINDS: readonly ChangeKind[] = ['start', 'stop', 'discontinue', 'hold', 'increase', 'decrease', 'switch', 'titrate', 'resume'];

export function buildCase(rng: Rng): SummaryCase {
  const female = rng.chance(0.5);
  const count = rng.int(4, 7);
  const defs = rng.shuffle(PROBLEMS).slice(0, count);
  const usedDrugs = new Set<string>();
  const problems: CaseProblem[] = defs.map((def) => {
    const name = rng.chance(0.6) ? def.term : rng.pick(def.synonyms);
    const free = def.drugs.filter((d) => !usedDrugs.has(d));
    let change: MedChange | undefined;
    if (free.length && rng.chance(0.7)) {
      const drug = DRUGS[rng.pick(free)];
      usedDrugs.add(drug.name);
      let kind = rng.pick(CHANGE_KINDS);
      if ((kind === 'increase' || kind === 'decrease' || kind === 'titrate') && drug.doses.length < 2) kind = 'start';
      let to: DrugDef | undefined;
      if (kind === 'switch') {
        const alt = def.drugs.filter((d) => !usedDrugs.has(DRUGS[d].name) && DRUGS[d].name !== drug.name);
        if (alt.length) {
          to = DRUGS[rng.pick(alt)];
          usedDrugs.add(to.name);
        } else kind = 'stop';
      }
      const i = rng.int(0, drug.doses.length - 1);
      const up = Math.min(drug.doses.length - 1, Math.max(1, i));
      const [fromDose, toDose] = kind === 'increase' || kind === 'titrate' ? [drug.doses[up - 1], drug.doses[up]] : kind === 'decrease' ? [drug.doses[up], drug.doses[up - 1]] : [drug.doses[i], kind === 'switch' && to ? to.doses[0] : drug.doses[i]];
      change = { kind, drug, to, fromDose, toDose };
    }
    const stillFree = def.drugs.filter((d) => !usedDrugs.has(DRUGS[d].name));
    let continued: DrugDef | undefined;
    if (stillFree.length && rng.chance(0.35)) {
      continued = DRUGS[rng.pick(stillFree)];
      usedDrugs.add(continued.name);
    }
    return {
      def, name, status: rng.pick(def.statuses), evidence: rng.pick(def.evidence), change,
      order: !change || rng.chance(0.5) ? rng.pick(def.orders) : undefined, continued,
    };
  });
  const pendingChoices = problems.flatMap((p) => p.def.pendingTests);
  return {
    surname: rng.pick(SURNAMES), title: female ? 'Ms.' : 'Mr.', he: female ? 'she' : 'he', his: female ? 'her' : 'his', him: female ? 'her' : 'him',
    age: rng.int(38, 88), clinician: rng.pick(CLINICIANS), problems, allergy: rng.pick(ALLERGIES), interval: rng.pick(INTERVALS),
    pending: pendingChoices.length && rng.chance(0.6) ? rng.pick(pendingChoices) : undefined,
    familyHistory: rng.pick(['Mother had breast cancer at 62.', 'Father died of a myocardial infarction at 58.', 'Sister has lupus.', 'Father had colon cancer at 70.']),
    negatedFinding: rng.pick(['No chest pain or syncope.', 'Denies melena or hematochezia.', 'No focal neurologic deficits.', 'No signs of deep vein thrombosis.']),
  };
}

/** Gold lists by construction: every assessed problem, every drug changed (both drugs of a switch), the return interval and the pending test. */
export function goldOf(c: SummaryCase): { problems: GoldProblem[]; medChanges: GoldMedChange[]; followUp: string[]; allergies: string[] } {
  const problems = c.problems.map((p) => ({ term: p.def.term, synonyms: [...p.def.synonyms], status: p.status }));
  const medChanges: GoldMedChange[] = [];
  for (const p of c.problems) {
    if (!p.change) continue;
    medChanges.push({ drug: p.change.drug.name, change: p.change.kind });
    if (p.change.to) medChanges.push({ drug: p.change.to.name, change: 'start' });
  }
  return { problems, medChanges, followUp: [c.interval, ...(c.pending ? [c.pending] : [])], allergies: [c.allergy.replace(/ drugs$/, '')] };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export { cap };

/** What the patient takes coming in: continued drugs, and changed ones at their old dose (a started or resumed drug is not yet taken). */
export function homeMedications(c: SummaryCase): string[] {
  const out: string[] = [];
  for (const p of c.problems) {
    if (p.continued) out.push(`${p.continued.name} ${p.continued.doses[0]} ${p.continued.freq}`);
    const m = p.change;
    if (m && m.kind !== 'start' && m.kind !== 'resume') out.push(`${m.drug.name} ${m.fromDose} ${m.drug.freq}`);
  }
  return out;
}

/** The change as an order ("Increase lisinopril from 10 mg to 20 mg daily."). */
export function imperative(m: MedChange, rng: Rng): string {
  const d = m.drug.name;
  switch (m.kind) {
    case 'start': return rng.pick([`Start ${d} ${m.toDose} ${m.drug.freq}.`, `Begin ${d} ${m.toDose} ${m.drug.freq}.`, `Will start ${d} ${m.toDose} ${m.drug.freq}.`]);
    case 'stop': return rng.pick([`Stop ${d}.`, `Stop ${d} given side effects.`]);
    case 'discontinue': return rng.pick([`Discontinue ${d}.`, `Discontinue ${d}, no longer indicated.`, `D/c ${d}.`]);
    case 'hold': return rng.pick([`Hold ${d} for now.`, `Hold ${d} until labs are rechecked.`]);
    case 'increase': return rng.pick([`Increase ${d} from ${m.fromDose} to ${m.toDose} ${m.drug.freq}.`, `Increase ${d} to ${m.toDose} ${m.drug.freq}.`]);
    case 'decrease': return rng.pick([`Decrease ${d} to ${m.toDose} ${m.drug.freq}.`, `Reduce ${d} from ${m.fromDose} to ${m.toDose}.`]);
    case 'switch': return `Switch ${d} to ${m.to!.name} ${m.toDose} ${m.to!.freq}.`;
    case 'titrate': return rng.pick([`Titrate ${d} up to ${m.toDose} ${m.drug.freq} over 2 weeks.`, `Uptitrate ${d} to ${m.toDose} ${m.drug.freq}.`]);
    case 'resume': return rng.pick([`Resume ${d} ${m.toDose} ${m.drug.freq}.`, `Restart ${d} ${m.toDose} ${m.drug.freq}.`]);
  }
}

/** The change told after the fact ("Lisinopril was increased to 20 mg daily.", "I have stopped his naproxen."). */
export function narrative(m: MedChange, c: SummaryCase, rng: Rng): string {
  const d = m.drug.name;
  const passive: Record<ChangeKind, string> = {
    start: `${cap(d)} ${m.toDose} ${m.drug.freq} was started.`,
    stop: `${cap(d)} was stopped.`,
    discontinue: `${cap(d)} was discontinued.`,
    hold: `${cap(d)} is being held.`,
    increase: `${cap(d)} was increased to ${m.toDose} ${m.drug.freq}.`,
    decrease: `${cap(d)} was decreased to ${m.toDose} ${m.drug.freq}.`,
    switch: `${cap(d)} was switched to ${m.to?.name} ${m.toDose} ${m.to?.freq}.`,
    titrate: `${cap(d)} was titrated up to ${m.toDose} ${m.drug.freq}.`,
    resume: `${cap(d)} ${m.toDose} was resumed.`,
  };
  const active: Record<ChangeKind, string> = {
    start: `I have started ${d} ${m.toDose} ${m.drug.freq}.`,
    stop: `I have stopped ${c.his} ${d}.`,
    discontinue: `We discontinued ${d}.`,
    hold: `We will hold ${d} for now.`,
    increase: `I have increased ${c.his} ${d} to ${m.toDose} ${m.drug.freq}.`,
    decrease: `I have decreased ${c.his} ${d} to ${m.toDose} ${m.drug.freq}.`,
    switch: `We switched ${d} to ${m.to?.name} ${m.toDose} ${m.to?.freq}.`,
    titrate: `We will titrate ${d} up to ${m.toDose} ${m.drug.freq}.`,
    resume: `We will resume ${d} ${m.toDose} ${m.drug.freq}.`,
  };
  return rng.chance(0.5) ? passive[m.kind] : active[m.kind];
}

/** The change as a consultant's recommendation ("I would recommend increasing lisinopril to 20 mg daily."). */
export function recommendation(m: MedChange, rng: Rng): string {
  const d = m.drug.name;
  const gerund: Record<ChangeKind, string> = {
    start: `starting ${d} ${m.toDose} ${m.drug.freq}`,
    stop: `stopping ${d}`,
    discontinue: `discontinuing ${d}`,
    hold: `holding ${d}`,
    increase: `increasing ${d} to ${m.toDose} ${m.drug.freq}`,
    decrease: `decreasing ${d} to ${m.toDose} ${m.drug.freq}`,
    switch: `switching ${d} to ${m.to?.name} ${m.toDose} ${m.to?.freq}`,
    titrate: `titrating ${d} up to ${m.toDose} ${m.drug.freq}`,
    resume: `resuming ${d} ${m.toDose} ${m.drug.freq}`,
  };
  return `${rng.pick(['I would recommend', 'I recommend', 'We suggest', 'Recommend'])} ${gerund[m.kind]}.`;
}

/** A discharge medication reconciliation line ("START: lisinopril 10 mg daily", "STOP: naproxen"). */
export function reconciliation(m: MedChange): Array<['START' | 'STOP' | 'CHANGE' | 'HOLD', string]> {
  const d = m.drug.name;
  switch (m.kind) {
    case 'start':
    case 'resume': return [['START', `${d} ${m.toDose} ${m.drug.freq}`]];
    case 'stop':
    case 'discontinue': return [['STOP', d]];
    case 'hold': return [['HOLD', `${d} until seen in clinic`]];
    case 'switch': return [['STOP', d], ['START', `${m.to?.name} ${m.toDose} ${m.to?.freq}`]];
    default: return [['CHANGE', `${d} ${m.fromDose} to ${m.toDose} ${m.drug.freq}`]];
  }
}

export const rngFor = (seed: number) => new Rng(seed);
export { CLINICIANS };
