// Owns the unit tests of the named PHI recognizers: for each, the general format it serves (positives) and
// the clinical look-alikes it must leave alone (negatives), run through the registry alone; plus the
// registry's configuration, the deployment allow/deny lists and the validators. All values are invented.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPhiDetector, redact } from '../../../src/engine/phi';
import { RecognizerRegistry } from '../../../src/engine/phi/recognizers';
import { validDea, validNpi, validSsn, validVin } from '../../../src/engine/phi/recognizers/validators';
import { defaultLexicon, WORD_COMMON, WORD_FIRST, WORD_LAST } from '../../../src/engine/phi/lexicon';
import { tokenize } from '../../../src/engine/phi/tokens';

const registry = new RecognizerRegistry();
const lex = defaultLexicon();
const knowledge = {
  isCommonWord: (w: string): boolean => {
    const f = lex.wordFlags.get(w) ?? 0;
    return (f & WORD_COMMON) !== 0 && (f & (WORD_FIRST | WORD_LAST)) === 0;
  },
  isVocabulary: (w: string): boolean => ((lex.wordFlags.get(w) ?? 0) & WORD_COMMON) !== 0,
};

/** Texts the named recognizer produced in `text` (registry only, before resolution). */
function found(name: string, text: string, keepYears = true): string[] {
  const out: string[] = [];
  registry.run(text, tokenize(text), (s, e, _t, r) => {
    if (r === name) out.push(text.slice(s, e));
  }, { keepYears, knowledge });
  return out;
}

type Case = [name: string, pattern: string, positives: [string, string][], negatives: string[]];

const CASES: Case[] = [
  ['age.over89.latin', 'an age over 89 after the Latin cue aet.', [['Widow, aet. 96, lives alone.', '96']], ['Boy, aet. 12, seen.']],
  ['vehicle.boat-registration', 'a state boat registration, postal code, four digits, two letters', [['Skiff CT 4471 QB at the ramp.', 'CT 4471 QB']], ['GIVEN IN 1000 ML NS.']],
  ['vehicle.boat-registration-cued', 'a lower-case boat registration after a vessel word', [['Vessel reg me 3310 pk noted.', 'me 3310 pk']], ['given in 1000 ml ns.']],
  ['id.prefixed-series', 'a number printed with its letter prefix, split by a dot or slash', [['Call QRT 531.7702 received.', 'QRT 531.7702'], ['RECORD PSV/48213/K', 'PSV/48213/K']], ['BP 1342/80 today.', 'Prior LINQ 3/2024.']],
  ['phone.trunk-434', 'an eleven-digit trunk-prefixed phone grouped 4-3-4', [['Sister on 0806 441 2290 evenings.', '0806 441 2290']], ['Ratio 1806 441 2290.']],
  ['location.venue', 'a proper name, a kind word and a venue head noun after a place preposition', [['Met at Oxbridge VFW hall.', 'Oxbridge VFW hall']], ['Walked down hall twice.']],
  ['vehicle.state-plate', 'a plate printed with its state postal code, digits and three letters', [['Vehicle ND 417 KWR in garage.', 'ND 417 KWR']], ['GIVEN IN 100 MCG IV.']],
  ['vehicle.county-plate', 'a county-numbered plate: county number, dash, digits, a letter', [['Truck 73-5821P on site.', '73-5821P']], ['SBP 90-110s overnight.', 'Heparin 10-1500u.']],
  ['id.glued-prefix-series', 'a capital prefix glued to digits, split by a slash, dot or dash', [['Study EEG31/7720 done.', 'EEG31/7720'], ['TEST FT-K40721', 'FT-K40721']], ['T12-L1 fusion, CA19-9 up.']],
  ['license.spaced-groups', 'a licence number in spaced groups, letters first, after a licence label', [['license QTM 63 2208.', 'QTM 63 2208']], ['License renewed 12 times.']],
  ['id.portal-username', 'a portal user name joined by an underscore or dash with digits', [['Portal odalys_ferr44 set.', 'odalys_ferr44']], ['portal vein-thrombosis excluded.']],
  ['location.facility-initialism', 'a vowel-less hospital initialism ending in H, MC, HC or RC after a place preposition', [['Code at TKWH in May.', 'TKWH']], ['at each visit, from OSH, wean from CVVH.']],
  ['hl7.person-field.name', 'words in a PID/NK1 field', [['PID|1||Varlo QX||19730214|F', 'Varlo QX'], ['NK1|1|Tenbrook Ila|SPO', 'Tenbrook Ila']], ['OBX|1|TX|Varlo QX||', 'PID|1||||F|']],
  ['hl7.person-field.date', 'a PID timestamp field', [['PID|1||Varlo QX||19730214|F', '19730214']], ['OBR|1||19730214|']],
  ['hl7.person-field.address', 'a PID address field', [['PID|1||X Y||19730214|F|||88 Cobb Ln^^Orrel^OH^43001', '88 Cobb Ln^^Orrel^OH^43001']], ['OBX|1|88 Cobb Ln|']],
  ['hl7.person-field.id', 'a PID field with digits', [['PID|1|4471002|', '4471002'], ['pid|1||7219600^^^mrn|', '7219600^^^mrn']], ['PID|1||Varlo QX||', 'OBX|1|4471002|']],
  ['hl7.xpn', 'caret-joined names, any case', [['client: MARVOLE^TESSILY^K, 74', 'MARVOLE^TESSILY^K'], ['with dranoski^pelia^x in', 'dranoski^pelia^x']], ['WBC 7.2 x10^9/L', 'MSH|^~\\&|EYE', 'bp^ to 150s, gi-^gastric']],
  ['hl7.cx', 'caret-joined identifiers with their authority', [['(PID-3: 7431063^^^MRN)', '7431063^^^MRN']], ['x10^9/L', '10^^3 cells']],
  ['hl7.xad', 'caret-joined addresses', [['moving to 743 ELM DR^^WILMER^AZ^75618.', '743 ELM DR^^WILMER^AZ^75618']], ['743 ELM DR, WILMER', 'x10^9/L']],
  ['address.line', 'street to town of an address line ending in state and ZIP, any case', [['to 9597 ciotti dr#14,mason city,wa 356121221.', '9597 ciotti dr#14,mason city'], ['1794 degroff ave, apopka, wa, 74720', '1794 degroff ave, apopka']], ['took 2 tabs, 3 times, in 12345 units', '9597 ciotti dr, mason city']],
  ['address.line.zip', 'the ZIP ending an address line, hyphen or not', [['to 9597 ciotti dr#14,mason city,wa 356121221.', '356121221']], ['mason city,wa 356121221']],
  ['phone.e164', 'E.164 numbers and tel: URIs without separators', [['contact tel:+15408662755.', 'tel:+15408662755'], ['text +447700900123', '+447700900123']], ['edema +2', 'ratio +1234567']],
  ['user.handle', 'user names and handles after an account or sender cue', [['MyHealth message from galoyan_ashina | sent', 'galoyan_ashina'], ['login: dwoerner00.', 'dwoerner00'], ['username ivine.ostorford', 'ivine.ostorford']], ['The user reports pain.', 'Text from mom.', 'message from Dr. Lee']],
  ['id.alnum-default-deny', 'identifier-shaped tokens standing alone (letters and digits switching twice, three digits)', [['Pump box label PJW771902R kept.', 'PJW771902R'], ['paired LKQPR488ZN today', 'LKQPR488ZN']], ['CYP2C19 poor metabolizer', 'G3P2012 at term', 'pT2N1M0', 'p16INK4a positive', 'PS15PEEP5', '13cmH2O', 'AC700X10', 'S72001A']],
  ['id.mixed-shape', 'letters and five or more digits in one token', [['chart 10n14274', '10n14274'], ['ticket cm-125329', 'cm-125329'], ['GRP 445NC603', '445NC603']], ['S72001A', 'rs113993960', 'AC700X10', '550x16x40', 'CLIA 99D9727853', '2400000units', 'seen 12MAR2024']],
  ['age.over89.year-of-life', 'an age over 89 as the ordinal year of life', [['died in her 92nd year', '92nd'], ['NOW IN HIS 101ST YEAR', '101ST']], ['in her 42nd year', '92nd percentile']],
  ['address.street.head-first', 'Spanish and Portuguese street lines, street word first', [['Addr: Calle Hidalgo 579, Col. Centro.', 'Calle Hidalgo 579, Col. Centro'], ['Rua Augusta 1200', 'Rua Augusta 1200'], ['AV. JUAREZ #45', 'AV. JUAREZ #45']], ['calle 5 vs calle', 'the camino walk 5 km']],
  ['location.facility-head-first', 'facilities and churches named head first', [['seen at Hospital Universitário Ashgrove', 'Hospital Universitário Ashgrove'], ['Clínica Santa Fe', 'Clínica Santa Fe'], ['Iglesia Cristiana Betel', 'Iglesia Cristiana Betel']], ['Hospital Course: uneventful', 'hospital day 3', 'HOSPITAL COURSE: stable']],
  ['date.timestamp', 'ISO 8601 and HL7 timestamps', [['Start 2019-03-04T13:22:00Z', '2019-03-04T13:22:00Z'], ['OBR|20230517083000|', '20230517083000'], ['drawn 201903041322 ok', '201903041322']], ['count 201999999999', 'batch 2019-13-04T13:22']],
  ['phone.ocr-spaced', 'NANP numbers with an OCR stray space inside a group', [['FAX (2 12) 555-0142', '(2 12) 555-0142'], ['Ph: 212 555-0 142 .', '212 555-0 142']], ['call 212 555-0142', '3 x 4 cm 2 1']],
  ['url.domain.health-tld', 'bare domains under health gTLDs and country codes', [['via salix.clinic/appt?id=1', 'salix.clinic/appt?id=1'], ['see ashgrove.nhs.uk', 'ashgrove.nhs.uk']], ['e.g. in the a.m.', 'home care in 2 days']],
  ['id.reference-mixed', 'reference codes mixing letters and digits', [['PA ref TT435KSB6', 'TT435KSB6'], ['confirmation # AB12CD34', 'AB12CD34']], ['ref range 3.5-5.0', 'ref lab', 'reference 1234567']],
  ['postcode.uk', 'UK postcodes in Royal Mail format', [['Leeds LS6 3EX', 'Leeds LS6 3EX'], ['to: SW1A 1AA', 'SW1A 1AA'], ['Flat 2, 9 Oak Road, St. Albans AL1 3XX', 'St. Albans AL1 3XX']], ['Staged T2N0M0', 'CD4 count 350', 'G2 P1 at 38 wk']],
  ['postcode.canada', 'Canadian postal codes in Canada Post format', [['Toronto M5V 3L9', 'Toronto M5V 3L9'], ['Address: Ottawa K1A 0B1', 'K1A 0B1']], ['Staged T2N0M0', 'T2N 0M', 'HbA1c 7.2']],
  ['age.over89.turned', 'an age over 89 after a birthday verb', [['turned 104 last month', '104'], ['will be 100 in May', '100']], ['knee turned 90 degrees', 'turned 95% of the time', 'turned 3 yesterday']],
  ['date.numeric.mixed-separators', 'numeric dates whose separators differ or are underscores', [['Last fill 3_14_2024.', '3_14_2024'], ['| 8/28-2018 |', '8/28-2018'], ['seen 08.24/2018', '08.24/2018']], ['Furosemide 1.5-2000 mL', 'ratio 13/40-2019', 'v 1.2.2019']],
  ['date.roman-month', 'day, roman-numeral month, year', [['visit 1 IX 2017.', '1 IX 2017'], ['DOS 2-I-2026', '2-I-2026'], ['| 1.VII.2023 |', '1.VII.2023']], ['grade IV 2020 protocol', 'stage 2 IV 2019 trial']],
  ['date.year-month-name', 'year first, month name, day', [['from 2017-Oct-27 on', '2017-Oct-27'], ['to 2017JUL21.', '2017JUL21'], ['DOB 1976 Dec 17', '1976 Dec 17']], ['in 2017 we met', 'since 2019 mar 45']],
  ['date.month-the-ordinal', 'month, "the", ordinal day', [['seen July the 7th', 'July the 7th'], ['DATE: JANUARY THE 6TH', 'JANUARY THE 6TH']], ['march the patient to x-ray']],
  ['date.numeric.dotted-spaced', 'day-first dotted dates with spaces', [['until 7. 5. 2018 for', '7. 5. 2018']], ['items 1. 2. 10 mg', 'step 3. 4. 5.']],
  ['date.day-month-dotted', 'day.month. without a year in a cell or after a date word', [['re-eval 19.07.', '19.07.'], ['| 05.07. | 65 kg |', '05.07.']], ['K 4.10. Mg 2.1.', 'Hgb 10.12. stable', 'temp 37.50.']],
  ['table.column', 'cells under a PHI column header', [['| Date | RN |\n|---|---|\n| 3/4 | Shields |\n', 'Shields']], ['| Site | Events |\n|---|---|\n| arm | cramps |\n']],
  ['table.key-value', 'a value cell after a PHI label cell', [['| Patient | Ana Ruiz | Chair | 6 |', 'Ana Ruiz']], ['| BP | 120/80 | HR | 72 |']],
  ['date.iso', 'year-first numeric dates', [['Admitted 2019-01-03.', '2019-01-03'], ['seen 2024/3/12 in clinic', '2024/3/12']], ['lot 2019-13-45', 'ratio 2019-02-30']],
  ['date.numeric', 'numeric dates, either order, 2/4-digit and apostrophe years', [['on 07/22/2019', '07/22/2019'], ['on 22-07-19 seen', '22-07-19'], ["since 6/17/'21", "6/17/'21"]], ['BP 120/80/60', 'dose 40/50/2019']],
  ['date.iso.range', 'ranges of year-first dates', [['Admitted 2015-12-24-2016-06-29 for pneumonia', '2015-12-24-2016-06-29']], ['lot 2015-12-24-99']],
  ['date.numeric.dotted', 'dotted dates, day-first or month-first', [['DOB 12.03.2024 noted', '12.03.2024'], ['born 3.12.47', '3.12.47']], ['version 2.3.10', 'IP 10.42.7.19', 'K 4.5.']],
  ['date.numeric.spaced', 'numeric dates written with spaces', [['on 03 / 12 / 2024', '03 / 12 / 2024'], ['D.O.B. 6 - 12 - 52', '6 - 12 - 52']], ['PSV 8/5 30%', 'PS 13/5 30%, RR 14', 'peep 7.5. 50%.', 'from 33.5 to 26.9. 1230pm']],
  ['date.numeric.space-separated', 'numeric dates with bare spaces and a four-digit year', [['seen 12 03 2024 in ED', '12 03 2024']], ['I/O 500 20 2000', 'BP 120 80 2019']],
  ['date.month-day', 'month/day without a year', [['cath on 7/22.', '7/22'], ['Interval note 2/4\n\nSubjective: stable', '2/4'], ['reports back pain since 4/24.', '4/24']], ['PSV 10/5 PEEP 5', 'pain 3/10', 'strength 4/5 bilaterally', '1/2 NS', 'Slight 2/6 systolic ejection murmur', 'see note 1/2 of dose\n', 'ABG 7.35/66/55 ON 10/5 BIPAP']],
  ['date.month-year', 'numeric month/year', [['since 03/2024', '03/2024'], ['MI 6/85', '6/85']], ['pain 3/10']],
  ['date.month-year.dotted', 'two-digit month, full stop, four-digit year', [['since 03.2024 worse', '03.2024'], ['| 11.1987 | CBC |', '11.1987']], ['Hgb 10.2 g/dL', 'version 1.2024', 'INR 12.2024 mg']],
  ['date.weekday-month-day', 'month/day after a weekday', [['fever since Sun 3/4, gave', '3/4'], ['on wed 1/2.', '1/2']], ['O2 sat 3/4 of the time', 'Sun exposure 1/2 day']],
  ['date.month-name', 'month names with day and/or year', [['Surgery Jan 3, 2019', 'Jan 3, 2019'], ['on Sept. 12th', 'Sept. 12th'], ["in Mar '24", "Mar '24"]], ['may 5 mg help', 'MAR reviewed']],
  ['date.day-month-name', 'day before month name, ordinals', [['on the 3rd of March', '3rd of March'], ['seen 21 Apr 2024', '21 Apr 2024']], ['3 mg']],
  ['date.compact', 'compact year-first dates', [['collected 20240312 0800', '20240312']], ['MRN 20241399', 'value 12345678']],
  ['date.compact-month', 'compact and dashed day-month-year', [['DOB 12MAR2024', '12MAR2024'], ['seen 12-Mar-24 in ED', '12-Mar-24']], ['12 mg', '3-maryland']],
  ['date.month-dashed', 'month-first dashed dates', [['seen Mar-12-2024 today', 'Mar-12-2024']], ['Mar-12 units']],
  ['date.compact-8-cued', 'eight-digit dates with the year last after a date or event word', [['A/P: sepsis; ERCP 27032024 per GI.', '27032024'], ['fell on 11051987 at home', '11051987']], ['ERCP 27032024 units', 'NS 12052024 mL']],
  ['date.month-dash-2digit', 'abbreviated month and two-digit day or year joined by a dash', [['Date of injury Jun-24; seen', 'Jun-24'], ['Oct-20 08:15 Pt called', 'Oct-20']], ['he may-10 mg later', 'Jun-Jul visits']],
  ['date.compact-6', 'six-digit compact dates after a date word', [['paged at 8:00 am on 040124, read back', '040124'], ['Date of surgery: 061425\n', '061425']], ['Ref 040124 sent', 'on 991399 units']],
  ['date.ordinal', 'a day as an ordinal after "the"', [['follow up on the 11th', '11th']], ['the 4th rib', 'the 2nd intercostal space', 'the 95th percentile']],
  ['date.weekday', 'weekday before a date', [['Seen Tuesday, 3/12 again', 'Tuesday, '], ['Mon 12 March', 'Mon ']], ['O2 sat 92-94%', 'Friday afternoon']],
  ['date.month-alone', 'a month after a time preposition', [['since March she has', 'March'], ['in sept. fell', 'sept']], ['may go home', 'march to the bathroom']],
  ['date.month-name-year', 'month name with a year', [['diagnosed March 2019', 'March 2019'], ['March of 1993', 'March of 1993']], ['march 200 steps']],
  ['date.event-year', "two-digit apostrophe year after an event", [["CVA 74'.", "74"], ["s/p CABG 98'", "98"]], ["walked 30' with assist"]],
  ['date.month-day.range', 'two month-day dates joined by a dash after a date word', [['Admitted 8-15-8/22 for a fall', '8-15-8/22'], ['admitted 3-9-6-6 for pneumonia', '3-9-6-6']], ['increased 2-3-4-5 L', 'BP 3-9-6-6', 'gave 3-9-6-6 mg']],
  ['date.cued-month-day', 'month-day with a hyphen after a date preposition', [['returned to OR on 7-8 for coiling', '7-8']], ['HR 7-8 beats', 'on 7-8 L NC', 'weaned from 2-3 to 4-5 L']], ['date.cued-month-day', 'month-day after a strong date word or in a date range', [['Admitted 1-25 for a fall', '1-25'], ['Progress Note\n1-20 15:03\nPt', '1-20'], ['Received: 11-23 08:23', '11-23'], ['Admitted 1-25–7-28 for pneumonia', '7-28'], ['Nursing note days 12-9\nRESP: clear', '12-9'], ['RN NOTE 7P-7A 5-14\nGU: voiding', '5-14'], ['Within 7-10 days, 4-18; call', '4-18']], ['increased 2-3 L', 'ICP ranging from 11-30s', 'on 1-2 pillows', 'received 2-4u insulin', 'She reported 2-3 episodes', 'Days 1-14: Prednisone 40 mg']],
  ['date.holiday', 'holidays name a day of the year', [['visited family at Christmas', 'Christmas'], ["fell on New Year's Eve", "New Year's Eve"]], ['good effort', 'new murmur']],
  ['age.over89.numeric', 'ages 90-129 before an age unit', [['94 yo woman', '94'], ['a 92-year-old man', '92'], ['101 y/o', '101'], ['95yom', '95yom'], ['102YOM M', '102YOM'], ['PT IS 91-Y-O', '91']], ['89 yo man', 'HR 92 bpm', 'for 92 years ago']],
  ['age.over89.person', 'ages over 89 before a sex letter or a person noun', [['PT GF 95 M; LETHARGIC', '95'], ['pt LC 94 gentleman; lethargic', '94'], ['a 91 woman with CHF', '91']], ['T 98 F axillary', 'walked 95 m today', 'HR 95 male nurse', 'temp 99.1 F']],
  ['age.over89.sex', 'ages over 89 glued to the sex', [['a 92M whom I have followed', '92M'], ['Age: 102F\n', '102F'], ['pt jd. 93f; calm', '93f'], ['CLINICAL HISTORY: 104M, elevated PSA', '104M'], ['Frank Vollmar, 93M, lives with them', '93M'], ['98F with positive Phalen', '98F'], ['board: 101yF chest pain', '101yF']], ['T 98F HR 80', 'Tmax 101F overnight', 'Temp: 99F', 'renogram with Tc-99m MAG3', '26.5 mCi of Technetium 99m MDP']],
  ['age.over89.labelled', 'ages 90-129 after age/aged', [['aged 101 per chart', '101'], ['Age: 93', '93']], ['age 45', 'aged 89']],
  ['age.over89.words', 'ages over 89 spelled out', [['a ninety-two year old woman', 'ninety-two'], ['aged one hundred and one', 'one hundred and one']], ['ninety minutes later', 'eighty-nine year old']],
  ['age.over89.noun', 'a noun that places the age over 89', [['a frail nonagenarian with falls', 'nonagenarian'], ['Centenarian admitted for pneumonia', 'Centenarian']], ['octogenarian with falls', 'the centenary of the hospital']],
  ['age.over89.decade', "a person's decade over 89", [['she is in her late nineties', 'nineties'], ["patient in his 90's", "90's"]], ["sats in the 90's", 'SBP IN THE 90S', 'in her seventies']],
  ['phone.nanp', 'North American numbers with any punctuation and extension', [['Call (410) 555-0142 today', '(410) 555-0142'], ['fax 410.555.0199.', '410.555.0199'], ['tel 410/555-0142 x123 ok', '410/555-0142 x123'], ['+1 410 555 0142', '+1 410 555 0142']], ['BP 120/80 HR 72', 'date 12/31/2019']],
  ['phone.international', 'numbers with a + country code', [['call +44 20 7946 0958 now', '+44 20 7946 0958'], ['+33 1 23 45 67 89', '+33 1 23 45 67 89']], ['edema +2 bilateral', '+1 100 mg']],
  ['phone.cued', 'short numbers after a phone cue', [['Pager # 60431 for questions', '60431'], ['cell 5551234', '5551234'], ['ext 4521', '4521'], ['phone 555-0142', '555-0142']], ['Weight 7000 g', 'in 2019 he', 'measured 34 x 22 x 1786']],
  ['phone.local', 'seven-digit local numbers', [['call 241-9907.', '241-9907'], ['Associates, 713-7982\n', '713-7982']], ['Lasix 250-1000 mg', 'fluids 500-1000 mL', 'range 100-1000', 'HR 100-1112.', 'SVR 954-1183;', 'C-peptide was 166 pmol/L (298-2350)']],
  ['email', 'e-mail addresses', [['to q.thistlewood@example.com today', 'q.thistlewood@example.com']], ['at 3 @ night']],
  ['email.spelled-out', 'e-mail addresses spelled out', [['write to p_vantreese at proton dot me today', 'p_vantreese at proton dot me']], ['seen at home dot matrix']],
  ['phone.intl-exit-011', 'international numbers after the 011 exit code', [['son: 011-49-30-5550-1234', '011-49-30-5550-1234']], ['lot 011-2 expired']],
  ['url', 'URLs with a scheme or www', [['Portal: https://portal.example.org/pt/88412.', 'https://portal.example.org/pt/88412'], ['see www.example.net', 'www.example.net']], ['http is a protocol']],
  ['ip.v4', 'IPv4 addresses, with the port when written', [['gateway 10.42.7.19 lost', '10.42.7.19'], ['gateway 10.42.7.19:8443 lost', '10.42.7.19:8443']], ['version 1.2.3', 'K 3.5']],
  ['device.mac-address', 'IEEE 802 MAC addresses', [['MAC 3C:A9:F4:10:7B:E2 paired', '3C:A9:F4:10:7B:E2'], ['hw a0-b7-ca-0c-b7-5a', 'a0-b7-ca-0c-b7-5a']], ['at 12:30:45 today', 'on 12-01-20-14-30-00 run']],
  ['ip.v6', 'IPv6 addresses, eight groups', [['host 2001:0db8:85a3:0000:0000:8a2e:0370:7334 down', '2001:0db8:85a3:0000:0000:8a2e:0370:7334']], ['at 10:30:45 pm']],
  ['ip.v6.compressed', 'IPv6 with ::', [['host fe80::1ff:fe23:4567:890a up', 'fe80::1ff:fe23:4567:890a']], ['Plan:: rest']],
  ['ssn', 'dashed SSN', [['SSN 078-05-1120 on file', '078-05-1120']], ['range 100-10-1000-5']],
  ['ssn.spaced', 'SSN with spaces, SSA-valid', [['number 078 05 1120 given', '078 05 1120']], ['I/O 000 12 3456', 'lab 999 12 3456']],
  ['ssn.last-four', 'masked or labelled last four SSN digits', [['Social Security #: ***-**-4233', '4233'], ['SSN xxx-xx-1120 on file', '1120']], ['x 3 days, 1234 mL']],
  ['ssn.last-four.labelled', 'labelled last four SSN digits', [['SSN (last 4): 7538 verified', '7538']], ['SSN pending']],
  ['ssn.labelled', 'SSN after its label in any grouping', [['SSN: 078051120', '078051120'], ['SS# 078 05 1120', '078 05 1120']], ['social worker 123']],
  ['mrn.labelled', 'medical record numbers after a label', [['MRN: 00482913 admitted', '00482913'], ['Medical Record # A-12345', 'A-12345'], ['MR: 4471203', '4471203'], ['Patient #: 88120', '88120']], ['MR 2+ on echo', 'unit 4B']],
  ['account.labelled', 'account and billing numbers', [['Acct # 55120093;', '55120093'], ['FIN: 3300412', '3300412']], ['account for 2 episodes']],
  ['encounter.labelled', 'encounter and visit numbers', [['Encounter #: E-7732190', 'E-7732190'], ['CSN 4410092371', '4410092371']], ['encounter 1']],
  ['health-plan.labelled', 'member, policy, group, claim numbers', [['member ID XZQ4410092.', 'XZQ4410092'], ['Claim # 2024-778812', '2024-778812']], ['Plan: 1. Type 2 diabetes', 'Group B strep']],
  ['accession.labelled', 'accession, specimen and order numbers', [['Accession #: S24-11873', 'S24-11873'], ['Order # 88120034', '88120034']], ['order 2 units', 'case 1']],
  ['license.labelled', 'licence, NPI, DEA after a label', [['license no. MD-44120', 'MD-44120'], ['Lic. No. 44120', '44120'], ['RN lic. YW.969476', 'YW.969476'], ["driver's license D1234-5678", 'D1234-5678']], ['license plate 7XKL392']],
  ['id.prefixed-dashed', 'system-prefixed dashed numbers', [['CLM-6673-0373 denied', 'CLM-6673-0373'], ['Rx ORD-2026-694476', 'ORD-2026-694476']], ['ICD-10 codes', 'COVID-19 test', 'CA-125 level', 'ventilation of AC-20-50-400-5']],
  ['id.accession-shape', 'unlabelled accession numbers', [['/ PL20-71779\n', 'PL20-71779']], ['T12-L1 disc', 'C5-6 level']],
  ['npi', 'unlabelled NPI with Luhn check digit', [['provider 1234567893 signed', '1234567893']], ['number 1234567890']],
  ['dea', 'DEA numbers with check digit', [['prescriber AB1234563 on file', 'AB1234563']], ['code AB1234567']],
  ['udi.gs1', 'GS1 unique device identifiers', [['UDI (01)00844588003288(17)141120(10)7654321D(21)10987654 placed', '(01)00844588003288(17)141120(10)7654321D(21)10987654']], ['(01) note']],
  ['device.labelled', 'device serial and lot numbers', [['Pacemaker serial # PJN882311R checked', 'PJN882311R'], ['SN: 44-1209X', '44-1209X'], ['IMPLANTS: Serial No. 9802-NT-2318', '9802-NT-2318']], ['ICD 10 codes', 'device 2 placed']],
  ['id.leading-zero', 'unlabelled 7+ digit numbers with a leading zero', [['Pt 00482913 admitted', '00482913']], ['WBC 12000', 'value 0.0012345', 'date 07/22/2019']],
  ['id.prefixed', 'unlabelled capitals-then-digits record numbers', [['chart A0048291 reviewed', 'A0048291']], ['HbA1c 7.2', 'stage T2N0M0', 'CA125 35']],
  ['vehicle.plate', 'vehicle licence plates', [['license plate 7XYZ123 seen', '7XYZ123'], ['plate ABC-1234', 'ABC-1234'], ['tag # GHX 4471', 'GHX 4471']], ['platelets 150', 'plate count 150']],
  ['vehicle.ems-unit', 'an ambulance, rig or medic unit number after its cue', [['Transport Medic unit Q41-802 ETA', 'Q41-802'], ['RIG W77-310', 'W77-310']], ['moved to unit 3', 'insulin 10 units', 'called 911 EMS 911']],
  ['phone.alternative', 'a second number joined by "or" to a cued phone number', [['can be reached at 555 1234 or 38521.', '38521']], ['fluids 1000 or 1500 mL', 'walk 2000 or 3000 steps']],
  ['vehicle.aircraft', 'an aircraft registration after its cue', [['aircraft N733QX lifted', 'N733QX'], ['tail # C-GABC', 'C-GABC']], ['aircraft noise', 'tail of pancreas', 'N95 mask']],
  ['vehicle.plate-near-cue', 'a plate shape a few words after a vehicle word', [['vehicle VIN per trooper 7KD 334.', '7KD 334'], ['car reported as QHT-5520', 'QHT-5520']], ['car seat 3 yrs', 'van ride 45 min']],
  ['device.digit-groups', 'an unlabelled serial in dashed digit groups', [['Monitor 5719-0043-228 data', '5719-0043-228']], ['BP 120-130-140', 'call 410-555-0199', 'seen 2024-01-15']],
  ['id.ems-run', 'an EMS run, CAD or incident number of five or more digits', [['RUN # 24-118342', '24-118342'], ['CAD 21-660914', '21-660914']], ['CAD 100% LAD', 'run 5 miles']],
  ['id.role-id', 'a number a school, employer or program gives a person, after its role and ID label or a badge', [['Student ID 430973', '430973'], ['EE ID 732852', '732852'], ['Badge 683078', '683078']], ['Student ID card lost', 'badge reader', 'Family ID 2']],
  ['id.register-cue', 'a number after a cue naming a register of people (waitlist, court, military, study)', [['UNOS ID: QXT4471', 'QXT4471'], ['Docket 24-CR-0913', '24-CR-0913'], ['EDIPI 1029384756', '1029384756']], ['Case 2 of 3', 'donor 1 kidney', 'registry 2019 cohort', 'service 24/7']],
  ['location.military-unit', 'a numbered military unit closed by its head noun', [['with 2nd Bn, 75th Ranger Rgt.', '75th Ranger Rgt'], ['1st Marine Division', '1st Marine Division']], ['the 2nd group of nodes', '3rd division of the nerve']],
  ['date.nursing-event-day', 'a dash month-day or an ordinal day after the event or clock time it dates', [['trough drawn 0630 4-19.', '4-19'], ['recheck 6-3. clipped 21st.', '21st']], ['pain 3-4 after dosing', 'GCS 3-15', 'drawn 0800 5-10 mg']],
  ['location.ward-wing', 'a ward word and its floor-and-wing unit where the patient is placed', [['Pt on Larkmoor 6E, wt 80 kg', 'Larkmoor 6E']], ['pt on floor 5E, moved to tele 4W.']],
  ['name.dotted-initials-credential', 'dotted staff initials before a credential', [['team: rt q.v., crna at bedside', 'q.v.']], ['at 10 p.m. rn notified']],
  ['name.two-letter-slash-credential', 'two-letter staff initials joined to a credential by a slash', [['Renal fellow qz/np aware.', 'qz']], ['pt/rn discussed. iv/po conversion.']],
  ['name.given-initial-credential', 'a name and one-letter initial before a credential or closing a "by" clause', [['FOUND UNRESPONSIVE BY GORVIK T RT.', 'GORVIK T'], ['done by halvorine m; dr x', 'halvorine m']], ['Monitor ABGs, recheck K, diminished R, Lasix v. fluid.']],
  ['name.role-per-surname', 'a surname after a staff role and "per"', [['renal fellow per quillane aware.', 'quillane']], ['rt per protocol. fellow per report.']],
  ['name.possessive-kin', 'a name in the possessive before a kinship word or a message', [["ZORBALINE'S SIS VISITING", 'ZORBALINE']], ["SOCIAL--PT'S WIFE IN TO VISIT. patient's son called."]],
  ['name.kin-given-action', 'a kinship cue and a given name before what the relative did', [['stepmom tarquina taught, ph on file.', 'tarquina']], ['Spoke with son today; SON/DAUGHTER BOTH CALLED.']],
  ['name.quoted-nickname-family-calls', 'a quoted nickname before "is what family calls"', [['"Dusty-Ray" is what family calls him.', 'Dusty-Ray']], ['"Stable" per team.']],
  ['date.month-day.dotted-cued', 'month.day made a date by its slot', [['s/p PTCA 8.30. ok', '8.30'], ['ISOLATION NOTE 6.14 0800\nok', '6.14']], ['K 3.5, Mg 2.1.', 'd/c 2.5 mg dose.']],
  ['date.month-day.paren-weekday', 'month/day with its weekday in parentheses', [['adm 1/12 (TUE).', '1/12 (TUE)']], ['1/2 (half) tab']],
  ['date.week-of', '"wk of" before a date', [['Exam wk of 2/21/2023.', 'wk of 2/21/2023']], ['wk of rest']],
  ['name.signoff-initials-shift', 'initials with the shift closing a note', [['Skin intact.\nMM 3-11', 'MM']], ['NPN 7p-7a\nNeuro: alert.']],
  ['name.three-initials-credential', 'three initials before a credential', [['list to MRT/RN today', 'MRT']], ['ICU RN aware.']],
  ['name.calls-quoted-nickname', 'a quoted nickname after "calls her"', [['pt calls her "skeeter-jo".', 'skeeter-jo']], ['calls her daughter']],
  ['name.dash-signoff', 'a given name after a dash closing a note', [['social work aware. 61 yoa. -pernilla\n', 'pernilla']], ['hypoactive BS. -BM \nGU: foley.']],
  ['name.title-word-surname', 'a surname that is also a word after a person title', [['line placed by mr haybarrow.', 'haybarrow']], ['MR SEVERE. 14 Fr foley. dr aware.']],
  ['location.ward-found', 'a ward and its floor where a patient was found', [['70 YOA ON HALSTEAD-WYNNE 10N FOUND UNRESPONSIVE', 'HALSTEAD-WYNNE 10N']], ['pt on floor found unresponsive; in bathroom found down.']],
  ['location.ward-after-age', 'a ward and its floor after the age in a patient line', [['JANE ROE 84 YR OLD, TALBRIDGE-HALE 11, EXTUBATED', 'TALBRIDGE-HALE 11']], ['72 yo, POD 2, stable. 60 yo, well-nourished, alert.']],
  ['location.log-header-ward', 'a ward in parentheses closing a log header line', [['phone log - the patient (marbury north 10)\ncalled.', 'marbury north 10']], ['phone log - the patient (aka)\n']],
  ['name.patient-line-before-age', 'a given and family name heading a patient line before the age', [['PT HALVARD QUILLBERRY 36 YR OLD ON WARD.', 'HALVARD QUILLBERRY']], ['Elderly female 80 yo. pt is 80 yo.']],
  ['name.kin-full-name-phone', 'a kinship cue and a given and family name before a phone number', [['by stepmom tamsin quillberry by phone +1 555 222 0101', 'tamsin quillberry']], ['son is here +1 555 222 0101']],
  ['name.log-header-name', 'a given and family name after a log header dash', [['phone log - orla brackwater (ward 5)\n', 'orla brackwater']], ['phone log - the patient (ward 5)\n']],
  ['location.military-company', 'a lettered or phonetic company, battery or troop', [['Assigned to Co. B, then', 'Co. B'], ['in Bravo Company since', 'Bravo Company']], ['the company he keeps', 'Company. A 45-year-old']],
  ['location.ship', 'a commissioned ship by its prefix and hull number', [['aboard USS Kellerby Bay (LSD-417) in', 'USS Kellerby Bay (LSD-417)']], ['uss score 4', 'HMS']],
  ['id.file-name', 'a file name carrying digits or an underscore', [['photo IMG_20240311_5521.jpg uploaded', 'IMG_20240311_5521.jpg']], ['see photo.jpg', 'notes.pdf attached']],
  ['agency.correctional', 'a correctional facility named by its head noun', [['Intake at Quarry Hollow State Correctional Institution today', 'Quarry Hollow State Correctional Institution'], ['from Lowmoor Detention Center', 'Lowmoor Detention Center']], ['spent a year in prison', 'released from the county jail', 'Tallish County jail']],
  ['id.any-label', 'a number after any label that names it a number', [['Booking #  31-880412  housing', '31-880412'], ['Submission ID 55019327-4410', '55019327-4410']], ['CPT # 99214', 'PA # 34-40/22-28', 'Room # 12', 'CLIA # 22D0419377']],
  ['id.isbt-din', 'an ISBT 128 donation identification number by its structure', [['Unit Q4417 22 100934 RBC', 'Q4417 22 100934'], ['label X038121448120 checked', 'X038121448120']], ['PLT 145 000', 'Hgb 7.9 g/dL']],
  ['field.alias', 'an alias after its label', [['Legal name: R. Lind   AKA: Pickles   Sex: F', 'Pickles']], ['aka the patient']],
  ['field.patient-initials', "a report form's patient identifier or initials box", [['A. Patient identifier: QZT  Age at event: 51', 'QZT']], ['Patient identified by two identifiers']],
  ['agency.grammar', 'an agency named by its head noun', [['Quillfeather Ambulance District  REPORT', 'Quillfeather Ambulance District'], ['to the Wrenfield Medical Examiner', 'Wrenfield Medical Examiner']], ['transported by local EMS', 'the county medical examiner']],
  ['agency.head-of-place', 'an organisation head first with its place after "of"', [['Hospice of Brannock Ridge — visit', 'Hospice of Brannock Ridge']], ['enrolled in hospice of her choice']],
  ['location.town-after-street', 'a town between a street line and its ZIP', [['Location: 9370 Ferry Drive, Hopewell 14601 (home)', 'Hopewell']], ['Seen today, Follow up 12345', 'Home to POB 834 Eskle Junction, KY 18218-9258.', 'at P.O. Box 477; Mabing Falls, Maryland 79556.']],
  ['agency.funeral-field', 'the value of a funeral home field', [['Funeral home: Tamsworth Chapel of the Elms.', 'Tamsworth Chapel of the Elms']], ['Funeral home: not yet chosen.']],
  ['name.initials-credential', 'letters before a bracketed credential', [['Anesthesiologist: gd (MD)   CRNA', 'gd'], ['CREW: CG (EMT-B).', 'CG']], ['RN (CHPN) on call', 'ED (ongoing)', 'pain (7/10)']],
  ['vehicle.vin', 'VINs with a valid check digit', [['car 1HGCM82633A004352 towed', '1HGCM82633A004352']], ['ABCDEFGHJKLMNPRST']],
  ['address.street-with-unit', 'a street in any case followed by a floor, basement or apartment', [['at 1127 winter ct 2nd fl\nPPS', '1127 winter ct 2nd fl'], ['Home: 490 bayberry street basement apt', '490 bayberry street basement apt']], ['Gave 2 tabs per dr 2nd floor.', 'Walked 100 ft in the hall to 2nd floor.']],
  ['id.cue-word', 'a number after an identifier cue word in any wording', [['Permit — 2497/548142 issued', '2497/548142'], ['| Case number | 24-474219 |', '24-474219'], ['voucher DHY.4225.97 used', 'DHY.4225.97']], ['ref range 3.5-5.0', 'case 2 of 3', 'Order 1000 mL NS', 'pt reports no 10000 step days']],
  ['id.joined-default-deny', 'an identifier in dashed letter-digit chunks standing alone', [['Form returned with QX-4471-KZ9 attached.', 'QX-4471-KZ9'], ['copy zq-7781-04b filed', 'zq-7781-04b']], ['JAK2-V617F positive', 'L4-L5-S1 fusion', 'pT2-N1-M0', 'HR-110-120s']],
  ['id.label-head', 'a value after any label noun phrase ending in an identifier word', [['Key fob number 6617 returned.', '6617'], ['Storage bin tag QX-7714 sealed.', 'QX-7714']], ['Billed CPT code 99214 today.', 'Moved to room number 4412.', 'Diet card 1800 kcal daily']],
  ['id.value-then-label', 'a value followed by its identifier label in parentheses', [['Filed as 88102-C (locker number) at intake.', '88102-C']], ['Given 4412 (room number) later', 'Took 1000 (dose no.) mg']],
  ['id.line-label', 'a labelled line whose value is an identifier shape, any label', [['Bin: QX4471\nNext', 'QX4471'], ['Parking pass: PK-44812\n', 'PK-44812']], ['Dose: 1000mg', 'Stage: pT2N1M0', 'Mutation: V600E', 'Rate: 125mL/hr']],
  ['address.street-name.after-cue', 'a street named without a number after a residence or meeting-point cue', [['She lives on Tamsworth Road with her son.', 'Tamsworth Road'], ['found at the corner of Ashcombe and Marrowby.', 'Ashcombe'], ['trailer off of marrowby pike.', 'marrowby pike']], ['She lives on her own.', 'Weaned off of Levophed since am.', 'corner of the mouth']],
  ['address.street-name.cross', 'the cross street of an intersection', [['found at the corner of Ashcombe and Marrowby.', 'Marrowby'], ['intersection of 5th & Vine.', 'Vine']], ['corner of the eye and nose']],
  ['address.street', 'numbered street addresses with a USPS suffix', [['Lives at 42 Wallaby Way, Apt 3B', '42 Wallaby Way'], ['at 400 E. 34th Street today', '400 E. 34th Street'], ['1600 Pennsylvania Ave NW, Washington', '1600 Pennsylvania Ave NW'], ['lives at 12 Elm St with wife', '12 Elm St']], ['3 WAY FOLEY IN PLACE', 'PT HAD 3 EPISODES ST IN 130S', 'saw 5 Times By Dr. Jones', 'HR 60s 1st AV block. PAD 22', 'used with #0 Vicryl loop']],
  ['address.street.lower', 'lower-case street addresses', [['lives at 10470 oak avenue briaville', '10470 oak avenue'], ['lives at 4620 cedar st. unit 24 cavington', '4620 cedar st. unit 24']], ['walked 2 blocks down the road', 'a 2 lane road', 'At 6 months we place the drive']],
  ['license.drivers-state', "driver's licences after a state", [['ID checked: CA DL F142-0601-3128.', 'F142-0601-3128']], ['Glucose 120 mg/DL 1500']],
  ['id.parenthesized', 'parenthesized identifiers after a name', [['Pt: L.V. Doe (84-268160)\n', '84-268160']], ['(1234 mL)', 'bid (2 doses)', 'to date (10-02-2012)']],
  ['id.long-number', 'unlabelled long numbers', [['DOE, JANE / 6943894 / CT17-8675080', '6943894']], ['viral load 1500000 copies', 'penicillin 2400000 units', 'weight 3.1234567 kg']],
  ['address.street.numbered', 'numbered streets with any suffix', [['lives at 6515 28th St. South Marenhaven', '6515 28th St. South']], ['the 3rd st segment', '2 4th rd doses']],
  ['id.slash-header', 'dashed numbers in a slash-separated header', [['FRANK DOE / 54-592744 / SP-15-752749', '54-592744']], ['BP 120 / 80 / 60']],
  ['vehicle.vin.after-label', 'VINs after their label', [['MVC; VIN UAZEWGYGLWSZXKSLA per EMS', 'UAZEWGYGLWSZXKSLA']], ['vin 12']],
  ['url.domain.us', '.us domains with a path', [['visit clinic.us/telehealth/ruk-pkde now', 'clinic.us/telehealth/ruk-pkde']], ['told us/them']],
  ['address.route', 'house numbers on numbered roads', [['Lives at 5489 Route 278, Falerton', '5489 Route 278'], ['at 2813 County Road 197 Port', '2813 County Road 197'], ['pharmacy: 2810 rt. 140, lake city', '2810 rt. 140']], ['changed to IV route 2 days ago', 'route 2', 'HR 96 SR -110 ST', 'BUN 31 CR 1.1']],
  ['address.unit', 'unit after a street suffix', [['42 Wallaby Way, Apt 3B,', 'Apt 3B']], ['floor 3 unit', 'pulling row #2 of needles']],
  ['address.pobox', 'post-office boxes', [['P.O. Box 1234', 'P.O. Box 1234'], ['PO Box 77', 'PO Box 77']], ['box 3 of gauze']],
  ['address.rural-route', 'rural route addresses', [['RR 2 Box 15, Millbrook', 'RR 2 Box 15']], ['RR 18 unlabored', 'HC 34 cm']],
  ['zip.state', 'ZIP and ZIP+4 after a state', [['Towson, MD 21204.', '21204'], ['Maryland 21204-1234', '21204-1234']], ['MD 2120']],
  ['zip.state-any-case', 'ZIP after a state typed in capitals or lower case', [['PORT LOMLEYRIDGE,TEXAS 34188.', '34188'], ['rio frio, vermont 31362.', '31362'], ['spurlockville,tn 85661.', '85661'], ['3157 mill farm ave de land nc 51388.', '51388']], ['heparin, in 12345 units', 'falls or 70282 then', 'tn 8566', 'ct 20011 accession']],
  ['zip.after-street-town', 'ZIP after a town that follows a street line, without a state', [['Mail to 24805 Calle Verde Cir, Lodi 11342, fax', '11342'], ['ADDRESS 2154 HARRIET ROW, RM 14, PORT ANGELES 78391 12.', '78391']], ['given 12 units, Insulin 10000 units', 'Labs 3/4, Glucose 11342']],
  ['zip.plus4', 'ZIP+4 alone', [['mail to 21204-1234 now', '21204-1234']], ['range 12345-67890']],
  ['location.city-state', 'town before state and ZIP', [['Home: Towson, MD 21204.', 'Towson']], ['MD 21204']],
  ['field.patient-name', 'patient name field, any words', [['Patient Name: quilla thistlewood\n', 'quilla thistlewood'], ['Name: DOE, JANE\n', 'DOE, JANE'], ['MRN 4471  Name: Orla Vantreese', 'Orla Vantreese']], ['Name: unknown\n', 'Pulse Generator Model Name: Sigma, model 22']],
  ['field.name-part', 'a name part after its form label, whatever the words', [['MR#: 123\nLast Name: On\nFirst', 'On'], ['Given name - May\n', 'May'], ['MI: C\n', 'C']], ['MI: ruled out\n', 'on a first name basis', 'First: check BP\n']],
  ['field.patient', 'patient header with a name-shaped value', [['Patient: Quilla Thistlewood\nDOB', 'Quilla Thistlewood']], ['Patient: tolerated well', 'PT: ambulating']],
  ['field.attending', 'attending field', [['Attending: Zebulon Marrowfield, MD\n', 'Zebulon Marrowfield']], ['Attending: Cardiology']],
  ['field.pcp', 'primary care physician field', [['PCP: Dr. Orla Vantreese\n', 'Orla Vantreese']], ['PCP: none']],
  ['field.referring', 'clinician fields', [['Referring physician: Dr. Ansel Pruitt\n', 'Ansel Pruitt'], ['Surgeon: Wendeline Ashgrove', 'Wendeline Ashgrove']], ['Interpreter: Spanish', 'Physician: see below']],
  ['field.contact', 'contact and guardian fields', [['Emergency contact: Perpetua Vane (daughter) 410-555-0101', 'Perpetua Vane'], ['Daughter: Perpetua Vane 410-555-0101', 'Perpetua Vane'], ['Guardian: Alphonse Quexley', 'Alphonse Quexley'], ['Caller: Quexley, Perpetua', 'Quexley, Perpetua'], ['Visitor: Alphonse Quexley', 'Alphonse Quexley']], ['Visitor: none today', 'Caller: Pharmacy', 'Mother: alive and well', 'Father: HTN, DM', 'Brother: Breast Cancer']],
  ['field.regarding', "a letter's subject line naming its patient", [['RE: Tsevokaya, Quilla', 'Tsevokaya, Quilla'], ['Regarding: Quilla Tsevokaya', 'Quilla Tsevokaya']], ['RE: Discharge Summary', 'Re: follow-up of labs', 'RE: Chest Pain']],
  ['field.cc', 'carbon-copy lines', [['cc: Dr. Ansel Pruitt; Dr. Orla Vantreese', 'Ansel Pruitt'], ['cc: Wendeline Ashgrove, MD', 'Wendeline Ashgrove']], ['CC: Chest Pain', 'cc: shortness of breath']],
  ['signature.electronic', 'electronic signature lines', [['Electronically signed by: Zebulon Marrowfield, MD on 03/12/2024', 'Zebulon Marrowfield']], ['Electronically signed by: unknown']],
  ['signature.signed-by', 'signer after "signed by"', [['Signed by Ansel Pruitt, MD', 'Ansel Pruitt']], ['consent signed by husband', 'GT VERIFIED BY CXR']],
  ['signature.dictated', 'dictation and transcription footers', [['Dictated by: Ansel Pruitt, MD\nTranscribed by: jt', 'Ansel Pruitt']], ['Dictated by: N/A']],
  ['signature.authored', 'author line with a name-shaped value', [['Prepared by Ansel Pruitt, RN', 'Ansel Pruitt']], ['was prepared by ligating all branches', 'a response documented by cystoscopy']],
  ['signature.slash-s', 'conformed signatures', [['/s/ Ansel Pruitt', 'Ansel Pruitt']], ['/s/ ']],
  ['signature.salutation', 'letter salutations', [['Dear Dr. Pruitt,\nThank you', 'Pruitt'], ['Dear Mrs. Vane and Mr. Quexley,', 'Vane']], ['Dear Colleague,', 'Dear Sir or Madam:']],
  ['signature.closing', 'the signer under a letter closing', [['Sincerely,\n\nAnsel Pruitt, MD\n', 'Ansel Pruitt']], ['Thank you for the referral.', 'Sincerely,\n\nThe Cardiology Team']],
  ['field.date', 'date fields in any format', [['DOB: 3.12.47\n', '3.12.47'], ['Admission Date: 12 March 2024 10:32', '12 March 2024'], ['Date of service: 20240312', '20240312']], ['Date: pending', 'DOS: see above']],
  ['field.address', 'address fields whatever their words', [['Address: 42 Wallaby Way, Towson\n', '42 Wallaby Way, Towson'], ['Address: 7 Elm Rd, Towson Phone: 410-555-0101', '7 Elm Rd, Towson']], ['Address: same\n', 'Address: unknown']],
  ['field.place', 'employer, pharmacy and school fields', [['Employer: Zentrova Logistics\n', 'Zentrova Logistics'], ['Pharmacy: Home Depot Pharmacy', 'Home Depot Pharmacy'], ['Allergies - none\nSchool - Institute Academy\n', 'Institute Academy'], ['Preferred pharmacy: Shears Drugs, 17875 Banks Terrace', 'Shears Drugs']], ['Employer: retired', 'School: none', 'School - none\n', 'back to school - no restrictions']],
  ['field.team', 'team fields named as teams are (plural mascot or club word)', [['Team: the Haddon Foxes   Exam date: 3/2/24', 'the Haddon Foxes'], ['Club: Silver Lake Herons swim club\n', 'Silver Lake Herons swim club']], ['Team: Hospital Medicine\n', 'Team: Medicine B\n']],
  ['field.facility', 'facility fields with a proper name', [['Facility: Brackwater Medical Center\n', 'Brackwater Medical Center']], ['Hospital: Day 3', 'Hospital: day 3 of stay', 'COURSE IN THE HOSPITAL: The patient had a cysto. He did well.']],
];

describe.each(CASES)('%s (%s)', (name, _pattern, positives, negatives) => {
  it.each(positives)('finds it in %j', (text, expected) => {
    expect(found(name, text)).toContain(expected);
  });
  if (negatives.length > 0) {
    it.each(negatives.map((n) => [n]))('leaves %j alone', (text) => {
      expect(found(name, text)).toEqual([]);
    });
  }
});

describe('date.year family (bare years, only when asked)', () => {
  it('runs only without keepYears', () => {
    expect(found('date.year', 'MI 1992.', true)).toEqual([]);
    expect(found('date.year', 'MI 1992.', false)).toEqual(['1992']);
    expect(found('date.year', 'heparin 1200 units', false)).toEqual([]);
  });
});

describe('registry', () => {
  it('has a test case for every registered recognizer', () => {
    const tested = new Set([...CASES.map((c) => c[0]), 'date.year', 'date.year.apostrophe', 'date.year.event', 'date.month-name.two-digit-year',
      'date.numeric.chain', 'phone.parenthesised', 'url.domain', 'vehicle.vin.labelled', 'id.labelled', 'id.hash', 'address.unit.standalone', 'zip.labelled']);
    expect(registry.list().map((r) => r.name).filter((n) => !tested.has(n))).toEqual([]);
  });

  it('switches recognizers off by name and rejects unknown names', () => {
    const r = new RecognizerRegistry(undefined, undefined, { disabled: ['email'] });
    const out: string[] = [];
    const text = 'mail a.b@example.com';
    r.run(text, tokenize(text), (_s, _e, _t, n) => out.push(n), { knowledge });
    expect(out).not.toContain('email');
    expect(() => new RecognizerRegistry(undefined, undefined, { disabled: ['emial'] })).toThrow(/unknown PHI recognizer "emial"/);
  });

  it('records every recognizer on a merged span', () => {
    const r = redact('Patient: Quilla Thistlewood\nDOB: 04/17/1950');
    const dob = r.spans.find((s) => s.type === 'DATE')!;
    expect(dob.recognizers).toEqual(expect.arrayContaining(['date.numeric', 'field.date']));
  });
});

describe('deployment allow and deny lists', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phi-lists-'));
  const allow = join(dir, 'allow.txt');
  const deny = join(dir, 'deny.txt');
  writeFileSync(allow, '# local terms that are not PHI\nMercy Score\n');
  writeFileSync(deny, 'Gullwing Rehab\tLOCATION\nDr Okafor-Brandt\nquillby\n');

  it('always redacts deny-list terms and never allow-list terms', () => {
    const detector = createPhiDetector({ allowListFile: allow, denyListFile: deny });
    const text = 'Discharged to gullwing rehab; quillby aware. Mercy Score 4. Seen at Mercy.';
    const r = redact(text, { detector });
    const got = r.spans.map((s) => [text.slice(s.start, s.end), s.type]);
    expect(got).toEqual(expect.arrayContaining([['gullwing rehab', 'LOCATION'], ['quillby', 'NAME']]));
    expect(got.map((g) => g[0]).join('|')).not.toMatch(/Mercy Score/);
    expect(r.spans.find((s) => text.slice(s.start, s.end) === 'gullwing rehab')!.recognizers).toContain('list.deny');
  });

  it('rejects an unknown type in a deny file', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'Foo\tPLACE\n');
    expect(() => createPhiDetector({ denyListFile: bad })).toThrow(/bad.txt:1: unknown PHI type "PLACE"/);
  });
});

describe('validators (published check-digit and numbering rules)', () => {
  it('NPI Luhn with prefix 80840', () => {
    expect(validNpi('1234567893')).toBe(true);
    expect(validNpi('1234567890')).toBe(false);
  });
  it('DEA checksum', () => {
    expect(validDea('AB1234563')).toBe(true);
    expect(validDea('AB1234567')).toBe(false);
  });
  it('SSA area/group/serial rules', () => {
    expect(validSsn('078-05-1120')).toBe(true);
    for (const bad of ['000-12-3456', '666-12-3456', '912-12-3456', '123-00-4567', '123-45-0000']) expect(validSsn(bad)).toBe(false);
  });
  it('VIN check digit (49 CFR 565)', () => {
    expect(validVin('1HGCM82633A004352')).toBe(true);
    expect(validVin('1HGCM82643A004352')).toBe(false);
  });
});
