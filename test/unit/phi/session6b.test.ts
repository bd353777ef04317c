// Owns the tests of session 6b's PHI formats (issue 9, held-out #5's gaps): international numbers dialled with the 011
// exit code, spelled-out e-mail addresses, CGM transmitter serials, highway-contract route boxes, signers' initials before
// a credential, possessive surnames before eponym heads, device monitoring services written as domains, and the eponym head nouns (indices, stages, classifications,
// named chairs) whose whole run, head included, stays unredacted.
// Every value is invented; each case names the general pattern it serves.
import { covered, untouched } from '../../helpers/phiCoverage';

const REDACTED: Record<string, [string, string][]> = {
  'international number after the NANP 011 exit code, any separator (E.164 length)': [
    ['Son abroad: 011-44-20-7946-0958.', '011-44-20-7946-0958'], ['Call 011 81 3 5555 0199 after 6 pm.', '011 81 3 5555 0199'],
  ],
  'e-mail spelled out with "at" and "dot"': [
    ['Email her at t_marlowe at hotmail dot com please.', 't_marlowe at hotmail dot com'],
    ['Contact: r.quill [at] fastmail [dot] org', 'r.quill [at] fastmail [dot] org'],
  ],
  'CGM transmitter serial after "transmitter"': [['Changed sensor; transmitter 4RZ7QB expires next week.', '4RZ7QB']],
  'a capitalised domain outside a device context, or with a path, is still a URL': [
    ['Her blog is at Quillfamily.com for updates.', 'Quillfamily.com'], ['Pacemaker check. Portal: Brandtclinic.com/login', 'Brandtclinic.com/login'],
  ],
  'a place named with a procedure word keeps that word in its span (only listed head nouns are marked protected)': [
    ['Pt is 79yo, seen at Corvane Endoscopy Suite on Monday.', 'Endoscopy Suite'],
  ],
  'highway-contract route box (HCR n Box n)': [['Mailing address: HCR 17 Box 209, near the mill.', 'HCR 17 Box 209']],
  'two or three undotted capitals opening a phrase before a credential (a signer\'s initials)': [
    ['Seen by QZ NP for follow-up.', 'QZ'], ['Referring: TBV DO, fax to follow.', 'TBV'], ['BP 118/72  FHR 140  WX CNM', 'WX'],
  ],
  'two capitals that are also an abbreviation, when the credential closes the signature': [['Reviewed: HS MD\nPlan: rest.', 'HS']],
  'a patient\'s surname found elsewhere in the note, reused as a possessive before an eponym head noun': [
    ['My patient, Delphine Quarrell, has lupus. Quarrell\'s disease progressed on two agents.', 'Quarrell'],
  ],
  'a possessive owner before an eponymous scale is not part of the eponym': [
    ['Resident Tamsin Brackley. Brackley\'s Norvell Frailty Index is 40.', 'Brackley'],
  ],
};

const KEPT: Record<string, [string, string][]> = {
  'an index named after its author, head noun included': [['Prognosis per Norvell Frailty Index; plan reviewed.', 'Norvell Frailty Index']],
  'a staging system named after a city, even when its words are a first name and a word': [['Lymphoma, Grace Harbor stage II.', 'Grace Harbor stage']],
  'a named seating chair in nursing notes': [['Sits up in Tilden chair for lunch.', 'Tilden chair']],
  'clinical abbreviations and departments before a credential are not initials': [
    ['ED RN notified; ICU RN at bedside.', 'ED RN notified; ICU RN'], ['Per ID MD, continue.', 'ID MD'], ['Given at HS per MD order.', 'HS per MD'],
    ['CVS Pt dropped BP after sedation.', 'CVS'],
  ],
  'a possessive eponym with no person of that name in the note': [['History of Kellerman\'s disease, stable.', 'Kellerman\'s disease']],
  'a device\'s remote-monitoring service written as a capitalised domain in a device-clinic sentence': [
    ['Remote transmission received via Housemark.net; no alerts.', 'Housemark.net'],
    ['PACEMAKER CLINIC\nBattery 9.1 y, RV threshold 0.7 V. Prior Housemark.net 07/2019.', 'Housemark.net'],
  ],
  'a model number after "transmitter" is not a serial': [['Uses a G7 transmitter; transmitter G7 placed.', 'G7 placed']],
  'prose "at ... dot" not ending in a top-level domain': [
    ['Meet at home dot matrix printer.', 'home dot matrix'],
  ],
};

describe('session 6b formats (issue 9: held-out #5 gaps)', () => {
  for (const [pattern, cases] of Object.entries(REDACTED)) {
    it(`redacts ${pattern}`, () => {
      for (const [text, value] of cases) expect({ text, covered: covered(text, value) }).toEqual({ text, covered: true });
    });
  }
  for (const [pattern, cases] of Object.entries(KEPT)) {
    it(`keeps ${pattern}`, () => {
      for (const [text, value] of cases) expect({ text, untouched: untouched(text, value) }).toEqual({ text, untouched: true });
    });
  }
});
