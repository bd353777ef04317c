// Owns the unit tests of phi32's session-10 work on identifiers of invented kinds (a number after "flight #", a
// system-prefixed run number, an aircraft's registration, a plate a few words after a vehicle word, dashed digit-group
// serials, an extension glued to its "x") and on staff initials: initials after a spelled-out staff role ("nurse VD.",
// "Crew EF / MT"), in an attendance list, alone on the note's closing line, before the signer's credential and pager, after
// a dash sign-off with a credential, and as the subject of a sign-out task ("tv to f/u"); and the clinical letters that
// stay (counts "PIV x1", "NP SXN", "LP to r/o", "ok to call"). Every fixture is synthetic.
import { redact } from '../../../src/engine/phi';
import { coveredBy, touchedBy } from '../../helpers/phiCoverage';

function covered(text: string, needle: string): boolean {
  return coveredBy(text, needle, redact(text).spans);
}
function kept(text: string, needle: string): boolean {
  return !touchedBy(text, needle, redact(text).spans);
}

describe('staff initials by the grammar of logs, hand-offs and sign-offs', () => {
  test.each([
    ['initials after a spelled-out staff role, closing the sentence', 'Ship physician on call, nurse VQ.', 'VQ'],
    ['crew members joined by a list slash', 'Report called to ED. Crew KZ / WT.', 'WT'],
    ['lower-case initials after a role, before the credential', 'Practitioner jq, CPO, lic 44120. Follow-up 2 wk.', 'jq'],
    ['a role before initials that collide with a two-letter abbreviation', 'Tech MI; supervising physician on site.', 'MI'],
    ['attendance list item between titled names', 'Present: Dr Kowalczyk, AB, SW Jo Smith; family by phone.', 'AB'],
    ['initials alone on the closing line of a note', 'PLAN: cont to monitor; f/u cultures.\nWG\n', 'WG'],
    ['two letters that are also an abbreviation, alone on the closing line', 'PLAN: cont to monitor.\nMB', 'MB'],
    ['initials with the signer\'s credential and pager on one line', 'pt resting.\nds, md pgr 44120\n', 'ds'],
    ['initials with an extension alone on their line', 'Tolerated session.\nmq x4412\n', 'mq'],
    ['dash sign-off with the credential after a comma', 'Next INR in 1 wk. — fq, PharmD', 'fq'],
    ['subject of a hand-off task (mixed case)', 'd/w fellow, agrees. will sign out to day team; KW to f/u.', 'KW'],
    ['subject of a hand-off task (capitals)', 'SPOKE W/ SON; KD TO UPDATE TEAM. WILL FOLLOW.', 'KD'],
  ])('%s', (_label, text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });

  test.each([
    ['a count after a line-opening abbreviation is no extension', 'SKIN: Incisions CDI. PIV x 1.\nPLAN: cont.', 'PIV'],
    ['a licence label before an x-prefixed licence number is no signer', 'Car towed; sc plate akb-257 impounded. dl x1656386 (nc).\nlast seen 2 pm', 'dl'],
    ['a count of bowel movements', 'GI: BM X2 BLACK FORMED STOOL.', 'BM'],
    ['an abbreviation after a credential-shaped role (nasal prongs, suction)', 'Pt. continues to require Q2 hour NP SXN. SpO2 stable.', 'SXN'],
    ['a clinical object of a task is no person', 'Febrile overnight; LP to r/o meningitis.', 'LP'],
    ['an everyday word before a task', 'Family at bedside; ok to call son tonight.', 'ok'],
    ['a service after a role stays', 'Seen by nurse; PT / OT to follow.', 'PT'],
    ['a three-letter acronym alone on the last line (a problem list item)', 'Assessment:\nCHF', 'CHF'],
  ])('%s stays', (_label, text, needle) => {
    expect(kept(text, needle)).toBe(true);
  });
});

describe('identifiers of kinds nobody listed, by cue and shape', () => {
  test.each([
    ['a number after "<noun> #" (flight number)', 'TRANSPORT RECORD  flight # 27-81134  crew of 3', '27-81134'],
    ['a system-prefixed run number after "run"', 'Chamber run HBO-5521 at 2.4 ATA x 90 min.', 'HBO-5521'],
    ['an aircraft registration after its cue (US N-number)', 'Lifted by aircraft N733QX from the scene.', 'N733QX'],
    ['an aircraft registration with a dash', 'helicopter KRW-4410 on the pad', 'KRW-4410'],
    ['a spaced plate a few words after a vehicle word', 'MVC; vehicle VIN per trooper 7KD 334. ISS 14.', '7KD 334'],
    ['a dashed plate a few words after a vehicle word', 'car reported as QHT-5520 by police.', 'QHT-5520'],
    ['a device serial in dashed digit groups', 'Monitor 5719-0043-228 data uploaded.', '5719-0043-228'],
    ['an internal extension glued to its x keeps the x', 'rn cm pgr x7-4410', 'x7-4410'],
    ['a pager joined by "or" to the phone it follows', 'Son can be reached at 617 555 0142 or 44120.', '44120'],
    ['a spaced plate shape after "aircraft"', 'TRANSPORT  aircraft 6KQ 341', '6KQ 341'],
    ['a letters-and-digits plate a few words after a vehicle word', 'vehicle VIN per trooper N522KT. ISS 14.', 'N522KT'],
    ['a Medicare number after the payer still counts', 'Medicare 1EG4-TE5-MK73 on file.', '1EG4-TE5-MK73'],
    ['a member number after the payer and a number word', 'Medicare # 4471 2093', '4471 2093'],
  ])('%s', (_label, text, needle) => {
    expect(covered(text, needle)).toBe(true);
  });

  test.each([
    ['stairs counted after "flight"', 'Climbed 2 flights; flight of stairs x2 with SpO2 94%.', '2'],
    ['a run of minutes', 'Treadmill run 10 min at 3 mph.', '10'],
    ['an N95 respirator', 'Staff in N95 respirators; aircraft noise noted.', 'N95'],
    ['a blood-pressure range', 'BP 120-130-140 over the shift.', '120-130-140'],
    ['two amounts joined by "or"', 'Call if intake under 1000 or 1500 mL a day.', '1500'],
    ['the cue word before a plate is not part of it', 'Vehicle at home OR tag 231 FNW.\nReport phoned.', 'tag'],
    ['a gene after a vehicle word', 'Car seat fitted; G6PD deficiency noted.', 'G6PD'],
    ['coronary artery disease before a vessel', 'CAD LAD 2 vessels stented.', 'LAD'],
    ['a payer\'s functional level code after the payer (Medicare K-level)', 'Transtibial amputation. Functional level Medicare K3.', 'K3'],
    ['a payer\'s modifier code', 'Billed under Medicaid 25 modifier.', '25'],
  ])('%s stays', (_label, text, needle) => {
    expect(kept(text, needle)).toBe(true);
  });
});
