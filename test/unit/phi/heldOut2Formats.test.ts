// Owns the tests of the recognizers added for the gaps held-out check #2 found (issue 9, session 4): E.123
// international phone grouping (5+5, trunk "(0)" with 4+6), OCR stray spaces inside a NANP digit group, UK and
// Canadian postcodes in their postal-service formats, ISO 8601 and HL7 timestamps kept whole, reference codes,
// health gTLD domains, and suite/works/trust facility heads. Every value is invented.
import { covered, untouched } from '../../helpers/phiCoverage';


const FORMATS: Record<string, [string, string][]> = {
  'phone: ITU-T E.123 groups of five and six digits after the country code': [
    ['Tel +91 98765 43210 (mobile)', '+91 98765 43210'], ['contact +44 (0)1632 960961 evenings', '+44 (0)1632 960961'],
    ['ph +52 55 1234 5678', '+52 55 1234 5678'],
  ],
  'phone: OCR stray space inside a NANP digit group': [
    ['FAX (2 12) 555-0142 P. 001', '(2 12) 555-0142'], ['Ph: 212 555-0 142 .', '212 555-0 142'],
  ],
  'postcode: Royal Mail and Canada Post formats in capitals': [
    ['Flat 3, 14 Oak Road\nLeeds LS6 3EX, United Kingdom', 'Leeds LS6 3EX'], ['London SW1A 1AA', 'SW1A 1AA'],
    ['Mississauga M5V 3L9, Canada', 'Mississauga M5V 3L9'], ['CORRAN S1W 1K9, CANADA', 'CORRAN S1W 1K9'],
  ],
  'identifier labels: abbreviated requisition and Medicare labels, reference codes mixing letters and digits': [
    ['Req. no. 2213EG4462 drawn', '2213EG4462'], ['Mcare # 1CS0-MF5-BK41', '1CS0-MF5-BK41'], ['PA ref TT435KSB6 approved', 'TT435KSB6'],
  ],
  'url: bare domains under health gTLDs and country codes': [
    ['Book via salix.clinic/appt?id=023526 today', 'salix.clinic/appt?id=023526'], ['see www-free ashgrove.nhs.uk/referrals', 'ashgrove.nhs.uk/referrals'],
  ],
  'facility grammar: suite, works and trust as organisation heads': [
    ['Employer: Maple Ridge Steel Works.', 'Maple Ridge Steel Works'], ['Referred by Kestrel Bay NHS Foundation Trust', 'Kestrel Bay NHS Foundation Trust'],
  ],
  'facility grammar: health systems and networks, middle schools written short, receiving/sending/location fields': [
    ['Please see Dr Skogaard at Oymere Health System on Monday.', 'Oymere Health System'], ['Prior admission to Torrain Middle (fall).', 'Torrain Middle'],
    ['SENDING: JUNMERE CLINIC     RECEIVING: ZUBMERE IMAGING', 'ZUBMERE IMAGING'],
  ],
  'date: ISO 8601 and HL7 timestamps removed whole': [
    ['Start 2019-03-04T13:22:00Z in OR 4', '2019-03-04T13:22:00Z'], ['Collected 201903041322 by phlebotomy', '201903041322'],
    ['OBR|1|||20230517083000|', '20230517083000'],
  ],
};

describe.each(Object.entries(FORMATS))('%s', (_pattern, cases) => {
  it.each(cases)('%s', (text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });
});

describe('the new shapes leave clinical look-alikes alone', () => {
  it.each([
    ['TNM staging run together is not a Canadian postcode', 'Staged T2N0M0 after resection.', 'T2N0M0'],
    ['a spaced dimension is not an OCR phone', 'Lesion 3 x 4 cm, 2 cm deep.', '3 x 4'],
    ['a dose range is not a phone', 'Heparin 18 units/kg/h, goal PTT 60-85 sec.', '60-85'],
    ['a reference range is not a reference code', 'Potassium 5.9 (ref range 3.5-5.0), ref lab called.', '3.5-5.0'],
    ['an abbreviation with dots is not a domain', 'Pain meds, e.g. acetaminophen, were given in the a.m.', 'e.g'],
    ['a classification system keeps its eponym', 'Cytology reported per the Bethesda system; immune system intact.', 'Bethesda system'],
    ['an organ part after "Middle" is anatomy, not a school', 'CT: Right Middle Lobe nodule, 4 mm.', 'Right Middle Lobe'],
    // Session 14: "Ref +1234 5678 9012 3456 7" left this list. Sixteen digits after "Ref" are no phone (E.164 bound), but
    // under the numeric default-deny (deny.unread-number) they are another unique identifying number, redacted.
  ])('%s', (_pattern, text, needle) => {
    expect(untouched(text, needle)).toBe(true);
  });
});
