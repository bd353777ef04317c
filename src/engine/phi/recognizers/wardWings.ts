// Owns `location.ward-wing`: a hospital ward named by a building or donor word and its floor-and-wing unit ("Fessenden
// 7E", "huckins 9w", "CABOT-LORING 3E") where a note places the patient: after "on", "to" or "in", closing its clause
// ("pt on X 4E, wt …", "micu to X 9w", "in X 3E waiting rm"). The floor-and-wing unit (a floor number and a compass
// letter) is what makes the words a ward; generic unit words ("floor 5E", "unit 7W") are no name and stay.
import type { PatternRecognizerDef } from './types';

/** Words that head a unit without naming it: the ward words themselves. */
const GENERIC_UNIT_WORDS: ReadonlySet<string> = new Set(('floor floors unit units ward wards wing level bed beds room rooms pod step tower tele telemetry icu ccu micu sicu picu nicu ' +
  'stepdown med surg rehab psych obs the a an').split(' '));

export const WARD_WING_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  {
    name: 'location.ward-wing',
    type: 'LOCATION',
    description: 'a ward word and its floor-and-wing unit where the patient is placed: on Fessenden 7E, to huckins 9w, in RAVENSCROFT 3E waiting rm',
    pattern: String.raw`\b(?:on|to|in)[ \t]((?:[A-Za-z][A-Za-z'-]{2,20}[ \t]){1,2}\d{1,2}[EWNSewns])(?=[ \t]*(?:[,;)]|\r?\n|$|[ \t](?:waiting|if|for|on|at|and)\b))`,
    group: 1,
    triggers: ['on', 'to', 'in'],
    validate: (v) => {
      const words = v.split(/[ \t]+/).slice(0, -1);
      return !words.some((w) => GENERIC_UNIT_WORDS.has(w.toLowerCase()));
    },
  },
];
