// Owns the tests of session 6's name grammars (names/roleGrammar.ts, names/messageNames.ts, names/coordination.ts)
// and of the name-context corpus. Each case names the general pattern it serves; the people are invented, many
// with given names and surnames that are also English words, and the rules alone are tested (learned: false) so
// a case fails when the grammar does. Each pattern also has a look-alike that must stay.
import { redact } from '../../../src/engine/phi';
import { generateNameContextCorpus } from '../../../src/eval/synthetic/nameContexts';
import { testRecognizerCases, type RecognizerCase } from '../../helpers/phiCoverage';

const CASES: RecognizerCase[] = [
  // Kinship words, any case.
  { pattern: 'kinship word then a given name that is a word (mixed case)', text: 'Lives with her daughter Marisol; son Chance visits weekly.', phi: ['Marisol', 'Chance'] },
  { pattern: 'kinship word then a lower-case given name in a lower-case note', text: 'spoke w/ husband drew re plan. wife at bedside.', phi: ['drew'], keep: ['bedside'] },
  { pattern: 'kinship word then an unlisted name in a capitals note', text: 'PT SEEN WITH NIECE OKWEMBA. DAUGHTER BROUGHT CLOTHES.', phi: ['OKWEMBA'], keep: ['BROUGHT'] },
  { pattern: 'possessive kinship word is no cue', text: 'She hopes to attend her daughter\'s wedding next month.', phi: [], keep: ['wedding'] },
  // Staff roles.
  { pattern: 'staff role phrase then a name', text: 'Social worker Poole to follow. Per charge nurse Bea, pt ate 50%.', phi: ['Poole', 'Bea'], by: 'name.role-grammar' },
  { pattern: 'staff role in capitals then a listed surname that is a word', text: 'DISCUSSED WITH SOCIAL WORKER KNIGHT.', phi: ['KNIGHT'] },
  { pattern: 'role abbreviation before clinical shorthand stays (RT IJ, PA pressures)', text: 'CV: RT IJ introducer placed. PA pressures 50s.', phi: [], keep: ['IJ', 'pressures'] },
  { pattern: 'credential list after a name is no role cue', text: 'OSEI, Rusty G., BSN, RN, NCSN', phi: ['OSEI', 'Rusty'], keep: ['NCSN'] },
  { pattern: 'a role before a field label is no cue', text: 'Transport: SSN on file, Plate pending.', phi: [], keep: ['Plate'] },
  { pattern: 'a language after an interpreter role stays', text: 'Interpreter: Spanish', phi: [], keep: ['Spanish'] },
  { pattern: 'dotted title abbreviations the title rule lacks', text: 'Mx. Carrow visited. Rev. Tolland at bedside.', phi: ['Carrow', 'Tolland'] },
  // Communication verbs.
  { pattern: 'verb of communication then a given name and surname', text: 'Discussed with Storm Pennick re: discharge plan.', phi: ['Storm Pennick'] },
  { pattern: 'd/w then a lower-case unlisted surname', text: 'd/w keneuk re plan.', phi: ['keneuk'] },
  { pattern: 'a service after a weak contact verb stays', text: 'Wound seen by surg this PM, pt resting.', phi: [], keep: ['surg'] },
  { pattern: 'a department after a contact verb stays', text: 'Spoke with Case Management about placement.', phi: [], keep: ['Case', 'Management'] },
  { pattern: 'a contact cue governs the coordination after it', text: 'Discussed with Okwara and Pemberly re plan.', phi: ['Okwara', 'Pemberly'], by: 'name.role-grammar' },
  // Messages.
  { pattern: 'greeting opens a message', text: 'Hi Rose -\nLabs are back and stable.', phi: ['Rose'], by: 'name.message-greeting' },
  { pattern: 'greeting before a particle surname (particles do not count against the name length)', text: 'Good afternoon Suko De la Baneuk:\nLabs are back.', phi: ['Suko De la Baneuk'] },
  { pattern: 'a given name that is also a clause word, alone in a greeting or under a closing', text: 'Hey Will!\nLabs back.\nThanks,\nMay, RN', phi: ['Will', 'May'] },
  { pattern: 'a closing that is a clause stays', text: 'Thanks, will do.', phi: [], keep: ['will'] },
  { pattern: 'generic greeting stays', text: 'Hi team,\nPlease review bed 9.', phi: [], keep: ['team'] },
  { pattern: 'closing line then the signer on the next line', text: 'Labs are stable.\nThanks,\nBrook Halloway (case management)', phi: ['Brook Halloway'], by: 'name.message-closing' },
  { pattern: 'a closing that goes on as a sentence stays', text: 'Thanks for the update on the wound.', phi: [], keep: ['update'] },
  { pattern: 'dash signature line of capitalised name words', text: 'Will call back tomorrow.\n- Tomasz Reven', phi: ['Tomasz Reven'] },
  { pattern: 'dash alone on a line, then the signer', text: 'Labs ok.\n--\nOkalo Tadrenvek (case management)', phi: ['Okalo Tadrenvek'], by: 'name.message-closing' },
  { pattern: 'a dash bullet in a capitals note stays', text: 'PLAN:\n- AFEBRILE ON CURRENT ABX\n- EVE K+ 5.4', phi: [], keep: ['AFEBRILE', 'EVE'] },
  { pattern: 'chat sender after a time stamp', text: '[10:42] Candy Law: pt asking for you\n[10:44] blaze: on my way', phi: ['Candy Law', 'blaze'], by: 'name.chat-sender' },
  { pattern: 'thread author before wrote:', text: 'On Tue, Amsel Pookwe wrote:\n> Please call the daughter.', phi: ['Amsel Pookwe'], by: 'name.thread-author' },
  { pattern: 'at-mention', text: '@Buddy can you see bed 9?', phi: ['Buddy'], by: 'name.at-mention' },
  { pattern: 'e-mail header fields with several recipients', text: 'From: Dolly Kidd <dkidd@clinicmail.org>\nTo: Rob Hill; Sue Ferrant\nSubject: follow-up', phi: ['Dolly Kidd', 'Rob Hill', 'Sue Ferrant'] },
  // Surname first outside a labelled field.
  { pattern: 'surname in capitals, comma, given name and middle initial', text: 'Covering for SNOW, Oyimi F. tonight.', phi: ['SNOW', 'Oyimi'], by: 'name.inverted-running' },
  { pattern: 'surname-first after a patient cue with caps contrast', text: 'Pt GLASS, Rose seen today.', phi: ['GLASS', 'Rose'] },
  { pattern: 'a list of findings in capitals stays', text: 'RE DRESSED WITH DUOGEL, ADAPTIC AND KLING WRAP.', phi: [], keep: ['DUOGEL', 'ADAPTIC', 'KLING'] },
  // Nicknames and preferred names.
  { pattern: 'quoted nickname between two unlisted names', text: 'Pemi "Peaches" Yeshayo arrived by EMS.', phi: ['Pemi', 'Peaches', 'Yeshayo'], by: 'name.quoted-nickname' },
  { pattern: 'quoted nickname before a particle surname', text: 'Sue "Smitty" ter Woods is resting.', phi: ['Sue', 'Smitty', 'ter Woods'] },
  { pattern: 'preferred-name phrase with quotes', text: "Pt (goes by 'Cookie') pleasant and cooperative.", phi: ['Cookie'], by: 'name.preferred' },
  { pattern: 'a bracketed role is no nickname', text: 'Next of kin KING Emiko (father) notified.', phi: ['KING', 'Emiko'], keep: ['father'] },
  // Possessives.
  { pattern: 'possessive owner of a relative', text: "Wren's daughter called for an update.", phi: ['Wren'], by: 'name.possessive-kin' },
  { pattern: 'possessive owner of a phone after a contact phrase', text: "Left message on Blaze Sparks's cell.", phi: ['Blaze Sparks'] },
  // Coordination.
  { pattern: 'list siblings of a kinship-cued name', text: 'Seen with Uleni, Harmony and their grandson Crystal.', phi: ['Uleni', 'Harmony', 'Crystal'] },
  { pattern: 'sibling after a found name', text: 'Family present: Okwara, Dale Pennick, Halin.', phi: ['Dale Pennick', 'Halin'] },
  { pattern: 'labelled list of people: every member, with titles, credentials and bracketed roles', text: 'Attendees: Dr Lolaath, Lark Xivindu RN, Earl (SW), Major (chaplain).', phi: ['Lolaath', 'Lark Xivindu', 'Earl', 'Major'], keep: ['chaplain'] },
  { pattern: 'labelled list in mixed case with word-names', text: 'At bedside: Björn, Sonny Olbeath-Child, Pat.', phi: ['Björn', 'Sonny Olbeath-Child', 'Pat'], by: 'name.people-list' },
  { pattern: 'a findings list after "Present:" stays', text: 'Present: pain 4/10, alert and oriented.', phi: [], keep: ['pain', 'alert'] },
  { pattern: 'a facility after a name in a list stays a facility', text: 'PCP: Z.M. Hendren, Custard Family Medicine', phi: ['Hendren', 'Custard Family Medicine'], learned: true },
  { pattern: 'a label after a list stays', text: 'Sister ROOKISA NOVICKI, Age: 104, was hospitalized.', phi: ['ROOKISA'], keep: ['Age'] },
  // Runs of name words after a cue.
  { pattern: 'a run in capitals in mixed text continues over a word in no list', text: 'Requesting MD KEONA LITTLEFIELD, accepting Dr Pemberly.', phi: ['KEONA LITTLEFIELD'] },
  { pattern: 'a capitalised everyday word after a given name is its surname', text: 'Per charge nurse Amy Price, pt ate 50%.', phi: ['Amy Price'] },
  { pattern: 'role-phrase words are never name parts', text: 'Hospice — RN Case Manager Visit', phi: [], keep: ['Case', 'Manager'] },
  { pattern: 'people named by their part in an event (bystander, supervisor)', text: 'Bystander HILL, Quang witnessed fall. Supervisor Okafor notified.', phi: ['HILL', 'Quang', 'Okafor'] },
  { pattern: 'lower-case given name and listed surname after a kinship word in mixed text', text: 'Consent witnessed by grandson quang sellers today.', phi: ['quang sellers'] },
  // Propagation of a name that is also a word.
  { pattern: 'an abbreviation after a signature stays', text: 'Final report to follow. - J. Torarson, PGY-3', phi: ['Torarson'], keep: ['PGY'] },
];

describe('session 6 name grammars (rules alone)', () => {
  testRecognizerCases(CASES);
});

describe('propagation of a found name that is also a word', () => {
  it('reaches its capitalised mid-sentence uses, not the word in lower case or at a sentence start', () => {
    const text = 'Lives with her daughter Hope. Patient has hope. Will update Hope by phone. Hope is important.';
    const r = redact(text, { learned: false });
    const covers = (at: number) => r.spans.some((s) => s.start <= at && at < s.end);
    expect(covers(text.indexOf('update Hope') + 'update '.length)).toBe(true);
    expect(covers(text.indexOf('hope.'))).toBe(false);
    expect(covers(text.lastIndexOf('Hope is'))).toBe(false);
    expect(r.spans.find((s) => s.start === text.indexOf('update Hope') + 'update '.length)?.recognizers).toContain('name.propagated');
  });
});

describe('name-context corpus', () => {
  it('is reproducible for a seed and keeps its gold offsets on the planted values', () => {
    const a = generateNameContextCorpus({ half: 1, notes: 40 });
    const b = generateNameContextCorpus({ half: 1, notes: 40 });
    expect(a).toEqual(b);
    for (const note of a) for (const g of note.phi) expect(note.text.slice(g.start, g.end)).toBe(g.value);
  });

  it('draws the tuning and scoring halves from different word lists', () => {
    const names = (half: 0 | 1) => new Set(generateNameContextCorpus({ half, notes: 200 }).flatMap((n) => n.phi.map((g) => g.value.toLowerCase())));
    const tune = names(0);
    const score = names(1);
    const shared = [...score].filter((v) => tune.has(v));
    // Invented names may meet by chance; the word-name lists themselves are disjoint.
    expect(shared.length / score.size).toBeLessThan(0.1);
  });
});
