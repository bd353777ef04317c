// Owns the synthetic PHI corpus: for a seed and a note count, deals the note styles round-robin,
// draws a cast per note and renders it with gold spans known by construction. Same seed, same
// corpus. The evaluation seed is fixed (DEFAULT_EVAL_SEED); a training corpus must use another.
import { makeCast } from './cast';
import { socialBlock } from './phrases';
import { Rng } from './prng';
import { NoteBuilder, type SyntheticNote } from './segments';
import type { NoteStyle } from './style';
import { dischargeSummary } from './styles/dischargeSummary';
import { emergencyTriage } from './styles/emergencyTriage';
import { intakeForm } from './styles/intakeForm';
import { labReport } from './styles/labReport';
import { nursingNote } from './styles/nursingNote';
import { operativeNote } from './styles/operativeNote';
import { pathologyReport } from './styles/pathologyReport';
import { progressNote } from './styles/progressNote';
import { radiologyReport } from './styles/radiologyReport';
import { referralLetter } from './styles/referralLetter';
import { telephoneEncounter } from './styles/telephoneEncounter';

const ADDENDUM_HEADINGS = ['Addendum:', 'ADDENDUM', 'Late entry:', 'Addendum -', 'Note:'];

export const DEFAULT_EVAL_SEED = 20261206;
export const DEFAULT_NOTE_COUNT = 600;

export const NOTE_STYLES: readonly NoteStyle[] = [
  dischargeSummary, progressNote, nursingNote, radiologyReport, pathologyReport, referralLetter,
  emergencyTriage, telephoneEncounter, intakeForm, operativeNote, labReport,
];

export interface CorpusOptions {
  seed?: number;
  notes?: number;
}

export function generateNote(rng: Rng, style: NoteStyle, id: string): SyntheticNote {
  const cast = makeCast(rng);
  const builder = new NoteBuilder(style.caseMode(rng));
  builder.add(style.render(rng, cast));
  // Addenda carry the rarer identifier classes (IP, URL, device, vehicle…) into every style.
  if (rng.chance(0.35)) builder.add('\n', rng.pick(ADDENDUM_HEADINGS), ' ', socialBlock(rng, cast), '\n');
  return builder.build(id, style.name);
}

export function generateCorpus(options: CorpusOptions = {}): SyntheticNote[] {
  const seed = options.seed ?? DEFAULT_EVAL_SEED;
  const count = options.notes ?? DEFAULT_NOTE_COUNT;
  const rng = new Rng(seed);
  const out: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = NOTE_STYLES[i % NOTE_STYLES.length];
    out.push(generateNote(rng, style, `synth-${seed}-${String(i).padStart(5, '0')}`));
  }
  return out;
}

/** The deid development-set record shape ({id, text, phi:[{start,end,type}]}) for training and --phi. */
export function toDeidRecord(note: SyntheticNote): { id: string; text: string; phi: { start: number; end: number; type: string }[] } {
  return { id: note.id, text: note.text, phi: note.phi.map(({ start, end, type }) => ({ start, end, type })) };
}
