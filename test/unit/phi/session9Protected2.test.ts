// Owns the tests of session 9's second wave of protected clinical terms (issue 9): a measuring instrument by its Greek
// combining form (-ometer, -oscope, -ograph), a named test by its edition numeral in a test's slot, a named test by a reading
// against norms, a brand with a one-letter hyphen suffix before a dose, and a drug before its treatment status — each
// paired with a person of the same surname that is still redacted. Every value is invented.
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

const KEPT: Record<string, [string, string][]> = {
  'maker before a measuring or viewing instrument named by its combining form (-ometer, -oscope, -ograph)': [
    ['Grip by Jamar dynamometer 18 kg R vs 41 kg L.', 'Jamar dynamometer'],
    ['Height by Harpenden stadiometer 142 cm.', 'Harpenden stadiometer'],
    ['GRIP BY JAMAR DYNAMOMETER 18 KG R.', 'JAMAR DYNAMOMETER'],
  ],
  'named test with a hyphen-joined edition numeral after a method preposition or before a result': [
    ['Adaptive skills by Vineland-3.', 'Vineland'],
    ['Receptive language per Peabody-5 today.', 'Peabody'],
  ],
  'named test with a spaced Roman edition numeral before its result or after a method preposition': [
    ['Development: Denver II 2 cautions; otherwise normal.', 'Denver II'],
    ['Screened using Denver II in clinic.', 'Denver II'],
  ],
  'named test read against its normative sample ("below norms", "within age norms")': [
    ['Purdue Pegboard below norms bilaterally.', 'Purdue Pegboard'],
    ['Dexterity: Minnesota Manual within age norms.', 'Minnesota Manual'],
  ],
  'brand with a one-letter hyphen suffix before a strength and unit': [
    ['CD2: Gonal-f 300 IU + Menopur 150 IU.', 'Gonal-f'],
  ],
  'a drug before its treatment status at a clause\'s end, a purpose between or a verb no person takes': [
    ['Mouth care with swabs; Marinol for appetite stopped.', 'Marinol'],
    ['Seizures controlled. Briviact discontinued; follow up in 3 months.', 'Briviact'],
  ],
};

const REDACTED: Record<string, [string, string][]> = {
  'a person of the same name as an instrument maker, by given name or relative': [
    ['Spoke with Jamar Williams about grip; Jamar dynamometer 18 kg R.', 'Jamar Williams'],
    ['Mother Jamar Smith at bedside.', 'Jamar Smith'],
  ],
  'a generational suffix after a given name, or before an inverted name\'s comma, is a person\'s (no edition reading)': [
    ['Robert Denver II 45 yo here for follow up.', 'Robert Denver II'],
    ['Denver III, Robert was seen today.', 'Denver'],
  ],
  'a title before a hyphen-numbered word, or a ward number after a movement, stays a person or place': [
    ['Dr. Vineland-3 called back.', 'Vineland'],
    ['Transferred to Blake-7 at 1400.', 'Blake'],
  ],
  'a given name and a surname before a norms reading, or a title before the test\'s maker, are a person': [
    ['Mary Purdue below norms on testing.', 'Mary Purdue'],
    ['Dr. Purdue reviewed the Purdue Pegboard below norms.', 'Purdue'],
  ],
  'a census name or a titled person before a status verb stays a person': [
    ['Mary for lunch stopped.', 'Mary'],
    ['Okafor discontinued. Dr. Okafor visited.', 'Okafor'],
  ],
};

describe('session 9 protected terms, second wave: instruments, editions, norms, brand suffixes', () => {
  testUntouchedPatterns('kept:', KEPT);
  testCoveredPatterns('redacted:', REDACTED);
});
