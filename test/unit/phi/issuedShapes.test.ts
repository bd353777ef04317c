// Owns the tests of the session-12 issued-number shapes and venue grammar (recognizers/issuedShapes.ts, facilityTails.ts):
// prefixed series numbers, state boat registrations, 4-3-4 trunk phone numbers, the Latin age cue, venues named by a
// proper name and a venue head noun, recovery homes; and the clinical look-alikes of each that stay. Every value is invented.
import { testCoveredPatterns, testUntouchedPatterns } from '../../helpers/phiCoverage';

testCoveredPatterns('issued shapes redacted:', {
  'an identifier whose letter prefix is printed with it, digits split by a dot': [
    ['Dispatch note   Call QRT 531.7702 received.', 'QRT 531.7702'],
  ],
  'an identifier whose letter prefix is glued by a slash, with a letter check suffix': [
    ['INTERVIEW RECORD   PSV/48213/K', 'PSV/48213/K'],
  ],
  'a state boat registration: postal code, four digits, two letters (33 CFR 174.23)': [
    ['Trailers his skiff, CT 4471 QB, to the ramp.', 'CT 4471 QB'],
  ],
  'a lower-case boat registration after a vessel or vehicle word': [
    ['Vessel reg me 3310 pk noted.', 'me 3310 pk'],
  ],
  'an eleven-digit trunk-prefixed phone number grouped 4-3-4': [
    ['Sister reachable on 0806 441 2290 evenings.', '0806 441 2290'],
  ],
  'an age over 89 after the Latin cue "aet."': [
    ['Widow, aet. 96, lives alone.', '96'],
  ],
  'a venue named by a proper name, a kind word and a venue head noun, after a place preposition': [
    ['Doses given at Larchmere bowling alley on Fridays.', 'Larchmere bowling alley'],
    ['Partner met at Oxbridge VFW hall last month.', 'Oxbridge VFW hall'],
  ],
  'a town named by a word in no list and a gazetteer generic (Ferry, Neck, Shoals, Gulch: USGS feature classes)': [
    ['Was vacationing in Quillamook Ferry when he fell.', 'Quillamook Ferry'],
    ['Nephew visited from Tessaquah Gulch today.', 'Tessaquah Gulch'],
  ],
  'a recovery home named by its tail': [
    ['Housing: Windrush Recovery Home since spring.', 'Windrush Recovery Home'],
  ],
});

testUntouchedPatterns('issued-shape look-alikes kept:', {
  'a clinical reading after its abbreviation is not a prefixed series': [
    ['BP 1342/80 recorded twice, INR 2.45 today.', '1342/80'],
  ],
  'a dated study after its modality is a date, not a series': [
    ['MRI 2021.03.04 unchanged.', 'MRI'],
  ],
  'a clock meridiem before a month and year is a time and a date, not a prefixed series': [
    ['Called at 3:05 PM 07/2025 per log.', 'PM'],
  ],
  'a state code before a volume with its unit is a dose, not a registration': [
    ['GIVEN IN 1000 ML NS BOLUS.', '1000 ML'],
  ],
  'a generic or sentence-initial venue word names no place': [
    ['Walked down hall twice with PT.', 'Walked'],
    ['Lunch in the Dining hall with peers.', 'Dining hall'],
  ],
  'a known word before a gazetteer generic is no town': [
    ['Surgical site at the nasal Cove remains clean.', 'Cove'],
  ],
  'a Latin cue before a young age is no identifier': [
    ['Boy, aet. 12, seen with mother.', '12'],
  ],
});
