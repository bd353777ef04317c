// Owns the tests of the default-deny identifier shape's clinical exceptions (id.alnum-default-deny,
// src/engine/phi/recognizers/identifiers.ts): ventilator settings and pressures glued to their unit stay only when the
// whole token is made of them, so an identifier that merely contains a mode's letters (AC, PS, PEEP, FiO, cmH) is
// still redacted under Safe Harbor's default-deny stance. Every value is invented.
import { redact } from '../../../src/engine/phi';
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

const rulesCover = (text: string, needle: string): boolean => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in ${text}`);
  const spans = redact(text, { learned: false }).spans;
  return [...needle].every((ch, k) => !/[A-Za-z0-9]/.test(ch) || spans.some((s) => s.start <= at + k && at + k < s.end));
};
const rulesLeave = (text: string, needle: string): boolean => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in ${text}`);
  return !redact(text, { learned: false }).spans.some((s) => s.start < at + needle.length && at < s.end);
};

describe('default-deny identifier shape: ventilator settings only as whole tokens', () => {
  testCoveredPatterns('redacted by the rules:', {
    'an identifier beginning with a ventilator mode\'s letters (AC, PS, TV)': [
      ['Copay posted to AC99120B7 today.', 'AC99120B7'], ['Box label PS4471Q82 scanned.', 'PS4471Q82'],
    ],
    'an identifier holding a mode\'s or unit\'s letters inside (PEEP, FiO, cmH)': [
      ['Device serial XPEEP7731Z9 logged.', 'XPEEP7731Z9'], ['Record CMH44120A reviewed.', 'CMH44120A'], ['Kit KFIO8812RT returned.', 'KFIO8812RT'],
    ],
  }, rulesCover);
  testUntouchedPatterns('kept by the rules:', {
    'ventilator settings glued together, the whole token': [
      ['VENT PS15PEEP5 TOL WELL.', 'PS15PEEP5'], ['AC700X10 FIO2 40%.', 'AC700X10'], ['weaned to CPAP10PS5 overnight.', 'CPAP10PS5'],
      ['on SIMV12PEEP5, sats 96%.', 'SIMV12PEEP5'],
    ],
    'a pressure glued to its unit': [['plateau 13cmH2O on AC.', '13cmH2O'], ['PEEP raised to 15cmH20 with a zero typed for O.', '15cmH20']],
  }, rulesLeave);
});
