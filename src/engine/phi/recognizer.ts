// Owns the contract every PHI recognizer reports through: a candidate span, its type and the stable name
// of the recognizer that produced it, so a miss or a false alarm is explained in one line (explain-phi).
import type { PhiType } from '../types';

/** Reports one candidate PHI span in original-text offsets; `recognizer` is a stable name such as `date.numeric`. */
export type Emit = (start: number, end: number, type: PhiType, recognizer: string) => void;
