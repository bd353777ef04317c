// Owns the tests of session 7's name units (names/documentNames.ts: subject of a person's predicate, a name after an
// owned kinship noun or a verb of contact, document-level consistency from a labelled field) and of the stress7
// corpus. Each case names the general pattern it serves; every person is invented. The rules alone are tested
// (learned: false) so a case fails when the grammar does; each pattern has a look-alike that must stay.
import { redact } from '../../../src/engine/phi';
import { generateStress7Corpus } from '../../../src/eval/synthetic/stress7';
import { testRecognizerCases, type NeedleLocator, type RecognizerCase } from '../../helpers/phiCoverage';

/** Where the n-th (1-based) occurrence of `needle` starts. */
function nth(text: string, needle: string, n = 1): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture error: ${needle} #${n} not in text`);
  return at;
}

/** Needles are "word" or "word#n" for the n-th occurrence. */
const locate: NeedleLocator = (text, spec) => {
  const m = /^(.*)#(\d)$/s.exec(spec);
  const needle = m ? m[1] : spec;
  return { at: nth(text, needle, m ? Number(m[2]) : 1), len: needle.length };
};

const CASES: RecognizerCase[] = [
  // A given name alone as the subject of a predicate only a person takes.
  { pattern: 'unlisted given name opening a sentence before a person\'s predicate', text: 'Vitals stable. Mwaro missed the 2 pm dose.', phi: ['Mwaro'], by: 'name.subject-predicate' },
  { pattern: 'word-name capitalised before "is" + a person\'s state', text: 'Slept well. Serenity is tearful today.', phi: ['Serenity'] },
  { pattern: 'unlisted lower-case given name before a person\'s predicate in a lower-case note', text: 'vitals stable. zhekoma called back re meds.', phi: ['zhekoma'] },
  { pattern: 'a group or service as subject stays', text: 'Family is upset. Hospice called re: bed. Pain is tolerable.', phi: [], keep: ['Family', 'Hospice', 'Pain'] },
  { pattern: 'a word opening a sentence before a non-person predicate stays', text: 'Hope is important to her. Rose from chair.', phi: [], keep: ['Hope', 'Rose'] },
  // Owned kinship noun or verb of contact, then a name.
  { pattern: 'owned kinship noun then a capitalised word-name', text: 'Her neighbor Scout brought her in. His son Unique has POA.', phi: ['Scout', 'Unique'], by: 'name.after-kin-or-contact' },
  { pattern: 'patient\'s kinship noun then an unlisted name in capitals', text: "PT'S DAUGHTER DZUINE DRIVES TO APPOINTMENTS.", phi: ['DZUINE'] },
  { pattern: 'verb of contact then a listed given name', text: 'Reached Bob by phone. Met with Amber re: transport.', phi: ['Bob', 'Amber'] },
  { pattern: 'verb of contact then a thing or a heading stays', text: 'Updated Plan of Care. Reached Pharmacy about the refill.', phi: [], keep: ['Plan', 'Pharmacy'] },
  // Document-level consistency from a labelled field.
  { pattern: 'a labelled patient name makes its word-name part a name at a sentence start and before a possessive', text: 'Patient: COFFIN, Hope\nHope ambulated in hall. Discussed Hope\'s labs with her.', phi: ['Hope#2', 'Hope#3'], by: undefined },
  { pattern: 'a labelled patient name makes its part a name in lower case before a person\'s predicate', text: 'Patient: RIVERS, Cannon\nVitals stable. cannon tolerated diet.', phi: ['cannon'] },
  { pattern: 'the everyday word in lower case stays although the patient is named by it', text: 'Patient: POND, Hope\nWill recheck in the morning; hope to wean O2.', phi: ['POND', 'Hope'], keep: ['hope'] },
  { pattern: 'a protected clinical term stays although a labelled name shares its word', text: 'Patient: FOLEY, Ruth\nFoley to gravity. Ruth denies pain.', phi: ['FOLEY', 'Ruth#2'], keep: ['Foley to'] },
  // A letter's subject line names its patient.
  { pattern: 'subject line of a letter with a name-shaped value', text: 'RE: Tsevokaya, Quilla\nThank you for seeing her.', phi: ['Tsevokaya', 'Quilla'], by: 'field.regarding' },
  { pattern: 'subject line about a topic stays', text: 'RE: Discharge Summary\nRe: follow-up of labs', phi: [], keep: ['Discharge', 'follow-up'] },
  // Pharmacies: a chain's branch by its store number.
  { pattern: 'chain name then "store" and a number after a place cue, any case', text: 'rx sent to rite aid store 3852. Refilled at Walgreens Store #2750.', phi: ['rite aid store 3852', 'Walgreens Store #2750'], by: 'location.store-number' },
  { pattern: 'chain name then a bare "#" number where a prescription was sent', text: 'Rx sent to Rite Aid # 10597 today.', phi: ['Rite Aid # 10597'] },
  { pattern: 'chain name written with a slash then a "#" number where a refill comes from', text: 'REFILL REQUEST FROM CVS/PHARMACY #4417 TODAY.', phi: ['CVS/PHARMACY #4417'], by: 'location.store-number' },
  { pattern: 'a numbered lot or cycle after "from" is no store', text: 'Dose from cycle #12 held; vaccine from Lot #12345.', phi: [], keep: ['cycle', 'Lot'] },
  { pattern: 'a room or bed number after a movement word stays', text: 'Transferred to Room # 12. Sent to bed #4 after CT.', phi: [], keep: ['Room', 'bed'] },
  // A name typed in lower case inside mixed-case text, before a bracketed relation.
  { pattern: 'lower-case unlisted name before a bracketed relation in mixed-case text', text: 'Vitals stable. Seen w/ vrona ilowaczyk (sister) today.', phi: ['vrona ilowaczyk'], by: 'name.bracketed-relative' },
  { pattern: 'name before a bracketed care role (cg, hha, sitter)', text: 'Vitals ok. Seen w/ chase ruodeström (cg). Osei (hha) here.', phi: ['ruodeström', 'Osei'] },
  { pattern: 'a finding before a bracketed care role stays', text: 'Pain (sitter). Fall risk (interpreter used).', phi: [], keep: ['Pain', 'risk'] },
  { pattern: 'lower-case everyday words before a bracketed relation stay', text: 'Lives with husband and cares for mother (sister is POA).', phi: [], keep: ['husband', 'mother'] },
  // Transfer aids named like a person are products.
  { pattern: 'patient-handling device whose product name reads as a person stays', text: 'Transferred with Sara Stedy and two assist. Hoyer lift at night.', phi: [], keep: ['Sara', 'Stedy', 'Hoyer'] },
  // Telegraphic nursing predicates and the signer under a closing.
  { pattern: 'a labelled patient name in lower case before a telegraphic participle', text: 'Patient: MARSH, Jade\nVitals stable. jade resting. Plan: continue.', phi: ['jade'] },
  { pattern: 'a capitalised word-name alone on the line under a closing', text: 'Labs are back and stable.\nThanks,\nScout\n', phi: ['Scout'], by: 'name.message-closing' },
  { pattern: 'a department or team alone under a closing stays', text: 'Please call back.\nThanks,\nCardiology\n', phi: [], keep: ['Cardiology'] },
  { pattern: 'verb of contact then a capitalised word-name', text: 'Reached Serenity at bedside. Spoke with Unique re: transport.', phi: ['Serenity', 'Unique'] },
  // Quoted names after a kinship word, lists of children with ages.
  { pattern: 'familiar kinship word then a quoted given name', text: 'Brought in by mother and grandma "Abdirahman".', phi: ['Abdirahman'], by: 'name.after-kin-or-contact' },
  { pattern: 'a relative\'s quoted speech stays', text: 'Mother "very worried" about fever. Mom "fine" today.', phi: [], keep: ['very', 'fine'] },
  { pattern: 'names before bracketed ages after a siblings label', text: 'Siblings: Adebola (3), Wisline (5).', phi: ['Adebola', 'Wisline'] },
  { pattern: 'a count before a bracket after a siblings label stays', text: 'Siblings: 2 (healthy). Children: none (0).', phi: [], keep: ['healthy', 'none'] },
  // The school or daycare a child attends.
  { pattern: 'capitalised run as the direct object of "attends"', text: 'Vitals ok. Attends Little Acorns Daycare 4 days/week.', phi: ['Little Acorns Daycare'], by: 'location.org-after-cue' },
  { pattern: 'a class, meeting or programme attended stays', text: 'Attends Group Therapy on Tuesdays. Attends Narcotics Anonymous. Attends Grand Rounds.', phi: [], keep: ['Group', 'Narcotics', 'Grand'] },
  // Lower-case typing in a mixed-case note after a kinship noun.
  { pattern: 'lower-case census given name after a kinship noun, closed by a clause word', text: 'Pain controlled. spoke w/ husband chance re plan.', phi: ['chance'], by: 'name.after-kin-or-contact' },
  { pattern: 'a description or predicate after a kinship noun stays', text: 'Son present. wife aware. husband at bedside, daughter will call.', phi: [], keep: ['present', 'aware', 'bedside', 'will'] },
  // A town written before its street address.
  { pattern: 'town after "in" closed by a comma and a house number with a street suffix', text: 'PATIENT: at my father\'s place in Normal, 7885 Sycamore Road Apt. 11D.', phi: ['Normal'], by: 'location.town-before-address' },
  { pattern: 'a body part or a count after "in" and a comma stays', text: 'Pain in knee, 2 weeks. Seen in clinic, 3 visits so far. Increase in dose, 5 mg daily.', phi: [], keep: ['knee', 'clinic', 'dose'] },
  // Familiar kinship words and quoted speech.
  { pattern: 'familiar kinship word then a capitalised given name', text: 'Previous birth, baby Royal now at home.', phi: ['Royal'] },
  { pattern: 'a drug after "baby" stays', text: 'Gave baby Tylenol. Mom gave baby Motrin.', phi: [], keep: ['Tylenol', 'Motrin'] },
  { pattern: 'an unlisted given name opening quoted speech before a person\'s predicate', text: 'She states "Dariush drove me home."', phi: ['Dariush'] },
];

describe('session 7 name units (rules alone)', () => {
  testRecognizerCases(CASES, locate);

  it('records the document-consistency recognizer on a propagated field name', () => {
    const text = 'Patient: COFFIN, Hope\nvitals stable. reviewed hope\'s labs.';
    const r = redact(text, { learned: false });
    const at = nth(text, 'hope', 1);
    expect(r.spans.filter((s) => s.start <= at && at < s.end).flatMap((s) => s.recognizers ?? [])).toContain('name.document-consistency');
  });
});

describe('stress7 corpus', () => {
  it('is reproducible for a seed and keeps its gold offsets on the planted values', () => {
    const a = generateStress7Corpus({ half: 0, notes: 40 });
    expect(generateStress7Corpus({ half: 0, notes: 40 })).toEqual(a);
    for (const note of a) for (const g of note.phi) expect(note.text.slice(g.start, g.end)).toBe(g.value);
  });

  it('draws the tuning and scoring halves from different word lists', () => {
    const names = (half: 0 | 1) => new Set(generateStress7Corpus({ half, notes: 200 }).flatMap((n) => n.phi.filter((g) => g.kind === 's7.name.given-kin').map((g) => g.value.toLowerCase())));
    const tune = names(0);
    const score = names(1);
    const shared = [...score].filter((v) => tune.has(v));
    expect(score.size).toBeGreaterThan(10);
    expect(shared.length / score.size).toBeLessThan(0.1);
  });
});
