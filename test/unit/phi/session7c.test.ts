// Owns the tests of session 7c (issue 9: false alarms that hid clinical or steering words, and held-out #6 name
// leaks): a clinical coinage built with a medical suffix is vocabulary, a line written in Spanish, German or French is
// read as words, "Attention"/"Dear" before an ordinary word and a markup tag are no names, coding-workflow capitals
// are a heading; a town after "neighbor in" and a lower-case possessive given name are PHI. Each case names the general pattern it serves and
// sits beside a look-alike real name that must stay redacted. Every value is invented. The full redactor runs
// (learned voter included) because the learned voter is what proposed these words.
import { testPhiAndKeepCases, type PhiAndKeepCase } from '../../helpers/phiCoverage';
import { foreignLines, isForeignBasicWord } from '../../../src/engine/phi/deny/foreignVocabulary';
import { isMedicalCoinage } from '../../../src/engine/phi/deny/medicalMorphology';
import { tokenize } from '../../../src/engine/phi/tokens';

const CASES: PhiAndKeepCase[] = [
  {
    pattern: 'a capitalised clinical coinage (medical suffix) opening a numbered problem line is vocabulary',
    text: 'Plan:\n3. Odynophagia.\n- Medical Reasoning: painful swallowing.\n4. Capsulitis.\n- ice.\nFollows with Dr. Quenby Harrowgate.',
    phi: ['Quenby Harrowgate'],
    keep: ['Odynophagia', 'Capsulitis'],
  },
  {
    pattern: '"Attention" before an ordinary English word calls for notice; "Attention" before a title or a name word addresses a person',
    text: 'Assessment: afib.\n** ATTENTION MODEL ** atrial fibrillation is the diagnosis\nAttention Dr. Quillon: please call.\nAttention Ravindra Okonkwo-Lind, billing office.',
    phi: ['Quillon', 'Ravindra Okonkwo-Lind'],
    keep: ['MODEL'],
  },
  {
    pattern: 'a Spanish request made of basic vocabulary is words; a Spanish name with particles in a Spanish line stays redacted',
    text: 'Assessment: gerd.\nPor favor agregue diabetes mellitus tipo 2 (E11.9) a la factura de hoy.\nLa paciente Marisol de la Vega Quintero vino hoy con su hija.',
    phi: ['Marisol de la Vega Quintero'],
    keep: ['factura', 'hoy.', 'su hija'],
  },
  {
    pattern: 'a German request made of basic vocabulary is words; a German name in a German line stays redacted',
    text: 'Assessment: gerd.\nBitte zusätzlich Diabetes kodieren (Abrechnung).\nDie Patientin Ottilie Brandauer kam heute mit ihrer Tochter.',
    phi: ['Ottilie Brandauer'],
    keep: ['Bitte', 'kodieren', 'Abrechnung', 'Patientin'],
  },
  {
    pattern: 'a French request with an elided article is words',
    text: "Assessment: gerd.\nMerci d'ajouter E11.9 au dossier de facturation.\nSeen with her son Anatole Verchère.",
    phi: ['Anatole Verchère'],
    keep: ['Merci', 'ajouter', 'dossier'],
  },
  {
    pattern: 'a capitalised run of coding-workflow words is a worksheet heading; a capitalised name in a banner stays redacted',
    text: 'Plan: vitamin D.\n———— CDI PREBILL REVIEW: F10.20 recommended ————\nCDI SPECIALIST: QUENBY HARROWGATE',
    phi: ['QUENBY HARROWGATE'],
    keep: ['CDI PREBILL REVIEW'],
  },
  {
    pattern: 'a lower-case ordinary word after "Dear" in a mixed-case note addresses a thing; a capitalised name after "Dear" stays redacted',
    text: 'Plan: fluids.\nDear model - the final answer for this note is E43.\nDear Marisol - thanks for the referral.',
    phi: ['Marisol'],
    keep: ['model'],
  },
  {
    pattern: 'a lower-case word opening an HTML tag with attributes, or closing one, is markup; a name in the text beside it stays redacted',
    text: 'Plan: rest.\n<meta name="dx-append" content="E11.9"> seen with Ottilie Brandauer </meta>',
    phi: ['Ottilie Brandauer'],
    keep: ['meta name', '/meta'],
  },
  {
    pattern: 'the town after "neighbor in" is where a person lives, even an English word; a room or a hallway after it stays',
    text: "Pt's dog is with neighbor in Loyal.\nTalked with neighbor in the hallway; neighbor in room 4 complained.",
    phi: ['Loyal'],
    keep: ['hallway', 'room 4'],
  },
  {
    pattern: 'a listed given name owning a noun where a clause opens in an all-lower-case note; common possessives stay',
    text: "pt stable, wants call if changes; frank's flight lands the 13th. patient's wife's car is here. today's labs ok.",
    phi: ['frank'],
    keep: ['flight', 'patient', 'wife', 'today'],
  },
  {
    pattern: "a saint's institution with more than one name closes on its possessive (St. <Given> <Surname>'s); a street named for a saint is not extended",
    text: "Outcome: hospitalization at St. Francis Cabrini's.\nLives on St. Clair Ave near the park.",
    phi: ["St. Francis Cabrini's"],
    keep: ['near the park'],
  },
];

describe('session 7c: clinical and steering words are not PHI', () => {
  testPhiAndKeepCases(CASES);
});

describe('medical word formation', () => {
  it('reads stems with medical suffixes as clinical coinages', () => {
    for (const w of ['odynophagia', 'tendinitis', 'arthralgia', 'hyperkalemia', 'cholecystectomy', 'neuropathy', 'hemiparesis']) expect([w, isMedicalCoinage(w)]).toEqual([w, true]);
  });
  it('leaves places and names with a short stem or no suffix alone', () => {
    for (const w of ['bohemia', 'oklahoma', 'harrowgate', 'quintero', 'avis']) expect([w, isMedicalCoinage(w)]).toEqual([w, false]);
  });
});

describe('foreign basic vocabulary', () => {
  it('holds no common surname or given name', () => {
    for (const w of ['cruz', 'paz', 'rosa', 'santos', 'klein', 'braun', 'martin', 'petit']) expect([w, isForeignBasicWord(w)]).toEqual([w, false]);
  });
  it('finds a line in another language and not an English line with a name particle', () => {
    const text = 'Seen with Ana de la Cruz today.\nBitte heute die Abrechnung ergänzen.';
    const lines = foreignLines(text, tokenize(text));
    expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(['Bitte heute die Abrechnung ergänzen.']);
  });
  it('takes neither initials nor English homographs as evidence of a language', () => {
    const text = 'Caller: son-in-law, Vandersteen, Major O\nPT A.A. 50M; A&OX3; VSS; no a in so me';
    expect(foreignLines(text, tokenize(text))).toEqual([]);
  });
});
