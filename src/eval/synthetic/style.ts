// Owns the contract of a note style: a name, how it cases its text, and a renderer from a cast to
// fragments. Styles live one per file under styles/.
import type { Cast } from './cast';
import type { Rng } from './prng';
import type { CaseMode, Frag } from './segments';

export interface NoteStyle {
  name: string;
  /** Most styles keep case; nursing notes are often typed in capitals. */
  caseMode(rng: Rng): CaseMode;
  render(rng: Rng, cast: Cast): Frag;
}

export const keepCase = (): CaseMode => 'asis';
