// Owns ages over 89 as notes write them (numeric, spelled out, "92 y/o", "92yo", "92-year-old",
// "aged 101", "92F"): Safe Harbor requires them aggregated to 90+. The age itself is the span; the
// unit words stay outside, except where the age and unit are one token ("92yo", "92F").
import type { Rng } from './prng';
import { f, phi, type Frag } from './segments';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export function ageWords(age: number): string {
  if (age >= 100) {
    const rest = age - 100;
    return rest === 0 ? 'one hundred' : `one hundred ${rest < 10 ? 'and ' + UNITS[rest] : ageWords(rest)}`;
  }
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'][Math.floor(age / 10)];
  const u = UNITS[age % 10];
  return u ? `${tens}-${u}` : tens;
}

export function oldAge(rng: Rng): number {
  return rng.weighted([[70, rng.int(90, 99)], [25, rng.int(100, 104)], [5, rng.int(105, 109)]]);
}

/** "a 92 y/o woman", "Ninety-two year old male", "92yo F", "aged 101". */
export function ageOver89(rng: Rng, age: number, sex: 'F' | 'M'): Frag {
  const noun = sex === 'F' ? rng.pick(['woman', 'female', 'lady', 'F']) : rng.pick(['man', 'male', 'gentleman', 'M']);
  const words = ageWords(age);
  return rng.weighted<() => Frag>([
    [3, () => f`${phi(String(age), 'AGE', 'age.numeric')} ${rng.pick(['y/o', 'y.o.', 'yo', 'year old', 'years old', 'yr old', 'YO'])} ${noun}`],
    [2, () => f`${phi(String(age), 'AGE', 'age.hyphenated')}-${rng.pick(['year-old', 'yr-old', 'y-o'])} ${noun}`],
    [2, () => f`${phi(String(age) + rng.pick(['yo', 'y', 'YO', 'yoF', 'yoM', 'YOF', 'YOM']), 'AGE', 'age.compact')} ${noun}`],
    [1, () => f`${phi(String(age) + sex, 'AGE', 'age.compact')}`],
    [2, () => f`${phi(rng.chance(0.3) ? cap(words) : words, 'AGE', 'age.words')}${rng.pick(['-year-old', ' year old', ' years old', '-year old'])} ${noun}`],
    [1, () => f`${rng.pick(['aged', 'age', 'Age:', 'age of'])} ${phi(String(age), 'AGE', 'age.labelled')}`],
    [1, () => f`${phi(String(age), 'AGE', 'age.numeric')} ${rng.pick(['years of age', 'yrs of age', 'years'])}`],
  ])();
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** Ages under 90 are not PHI; they appear as plain text so over-redaction shows in precision. */
export function youngAge(rng: Rng, a: number, sex: 'F' | 'M'): string {
  return rng.pick([`${a} y/o ${sex === 'F' ? 'female' : 'male'}`, `${a}-year-old ${sex === 'F' ? 'woman' : 'man'}`, `${a}${sex}`, `${a} yo ${sex}`]);
}
