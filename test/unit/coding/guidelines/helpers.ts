// Shared fixtures of the guideline rule tests: one code set and one engine for every file.
import { loadCodeSet } from '../../../../src/engine/icd10';
import { ClinicalEngine, type ProcessOptions } from '../../../../src/engine/engine';

export const codeSet = loadCodeSet(2027);
export const engine = new ClinicalEngine({ codeSet });

/** The reported codes of a short invented note. */
export function codes(text: string, options: ProcessOptions = {}): string[] {
  return engine.process(text, options).codes.map((c) => c.code);
}

/** The guideline sections recorded on a reported code. */
export function sections(text: string, code: string, options: ProcessOptions = {}): string[] {
  return (engine.process(text, options).codes.find((c) => c.code === code)?.guideline ?? []).map((g) => g.section);
}
