// Owns the session-7 tests of protected clinical terms by their grammar (eponym and device head nouns, blood-group
// antibodies, mutual-help fellowships, brands by their place in the sentence, outline numerals) and of the four false
// alarms of issue 9 (a role noun in "-ee", a schooling verb before a school, an instrument's shorthand, a Roman-numeral item).
// Every term below is synthetic text written for the pattern, not a line of an evaluation corpus.
import { redact } from '../../../src/engine/phi';

const redactedWords = (text: string): string[] => redact(text).spans.map((s) => text.slice(s.start, s.end));

describe('eponym head nouns: a capitalised run before a nomogram, interview, phenotype, neuroma, deformity, illness or named operation', () => {
  it.each([
    ['nomogram named after its authors', 'Four-hour level plotted on the Rumack-Matthew nomogram, below the line.'],
    ['structured interview named after its author', 'Caregiver strain: Zarit Burden Interview score 31.'],
    ['blood-group phenotype named after a city', 'Antibody screen: Bombay phenotype identified; crossmatch incompatible.'],
    ['neuroma named after a person (first name in the census)', 'Diagnoses: Morton neuroma of the left foot.'],
    ['deformity named after a person', 'Imaging shows Haglund deformity, right heel.'],
    ['illness named after a war', 'Service-connected Gulf War illness with fatigue.'],
    ['operation named by a first name and a surname before an -ectomy', 'Alternatives discussed: Ivor Lewis esophagectomy.'],
    ['operation whose noun has no surgical suffix', 'Prior pregnancy managed with McDonald cerclage at 14 weeks.'],
    ['index after a protected head word ("Risk Index")', 'Anesthesia: Lee Revised Cardiac Risk Index 2.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text)).toEqual([]);
  });
});

describe('eponym heads yield to a possessive owner and to a lone surname before "interview"', () => {
  it.each([
    ['a possessive before "illness" is the patient\'s', 'Seen with Mr. Okonkwo today. Okonkwo\'s illness discussed with the family.'],
    ['a possessive before "bed" is the patient\'s', 'Mrs. Tuilagi admitted. Alarm placed on Tuilagi\'s bed overnight.'],
    ['a lone surname before "interview" is a person', 'Met with Dr. Okonkwo. Collateral: Okonkwo interview by phone today.'],
  ])('%s', (_pattern, text) => {
    const surname = /Okonkwo|Tuilagi/.exec(text)![0];
    expect(redactedWords(text).filter((w) => w === surname)).toHaveLength(2);
  });

  it('a patient named before a listed eponymous lesion stays redacted ("curbside - Nakashima Janeway lesions")', () => {
    const text = 'Patient: Kenji Nakashima\nSubject: RE: curbside - Nakashima Janeway lesions\nagree with plan.';
    expect(redactedWords(text).filter((w) => /Nakashima/.test(w))).toHaveLength(2);
  });

  it.each([
    ['anemia and ataxia named after people', 'History of Fanconi anemia; rule out Friedreich ataxia.'],
    ['eponymous surgical instruments', 'Kocher clamp and Deaver retractor used; Adson forceps for closure.'],
    ['a carcinoma named by its cell', 'Pathology: Hurthle cell carcinoma, 2.1 cm.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text)).toEqual([]);
  });
});

describe('a person cue in an earlier sentence does not make an eponym a person', () => {
  it('"call the daughter.⏎Bell palsy on the right": the relative noun ends its sentence', () => {
    expect(redactedWords('Please call the daughter.\n\nBell palsy on the right, improving.')).toEqual([]);
  });
  it('a title right before the run still makes it a person ("Dr. Wells score")', () => {
    expect(redactedWords('Discussed with Dr. Wells score later.')).toEqual(['Wells']);
  });
});

describe('device heads: a maker before trainer, bed, mitts, sling (equipment of rehabilitation and nursing)', () => {
  it.each([
    ['gait trainer and hospital bed in a DME list', 'Items: Invacare hospital bed; Rifton gait trainer; Hoyer sling.'],
    ['restraint mitts in a nursing plan', 'P: Posey mitts in place overnight, skin intact.'],
    ['a device head after a plain modifier in an all-caps note', 'ITEMS: RIFTON GAIT TRAINER; WHEELCHAIR CUSHION.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text)).toEqual([]);
  });

  it('a capitalised facility word before "bed" is a place ("Mercy Hospital bed 4")', () => {
    expect(redactedWords('Transferred to Mercy Hospital bed 4 overnight.').join(' ')).toMatch(/Mercy/);
  });

  it('a numbered bed after a census line\'s name keeps the name ("SMITH, Bill - bed 4")', () => {
    expect(redactedWords('Census:\nPEGARDO, Wilbur - bed 4\nstable overnight.').join(' ')).toMatch(/Wilbur/);
  });
});

describe('blood-group antibody grammar: "anti-" before a capitalised antigen name', () => {
  it.each([
    ['antigen that is also a surname (Lewis)', 'History of anti-Lewis from a prior pregnancy.'],
    ['antigen that is also a first name (Diego)', 'Type and screen: anti-Diego identified; DAT negative.'],
    ['antigen that is also a hospital word (Lutheran)', 'History of anti-Lutheran from prior pregnancy at another hospital.'],
    ['all-caps blood bank line', 'TYPE & SCREEN: ANTI-KELL IDENTIFIED; ANTI-LEWIS HISTORICAL.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text)).toEqual([]);
  });

  it('a person named Lewis stays redacted beside the antibody', () => {
    const words = redactedWords('History of anti-Lewis. Discussed with Dr. Lewis; Lewis called back.');
    expect(words).toEqual(['Lewis', 'Lewis']);
  });
});

describe('mutual-help fellowships of the Al-Anon family ("X-Anon") and "... Anonymous"', () => {
  it.each([
    ['Al-Anon after a referral', 'Plan: referral to Al-Anon for the spouse.'],
    ['Nar-Anon beside Narcotics Anonymous', 'Attends Narcotics Anonymous; mother attends Nar-Anon weekly.'],
    ['listed fellowships with neither form', 'Goes to Alateen; attends SMART Recovery weekly.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text)).toEqual([]);
  });
});

describe('brand drugs and OTC products by their place in the sentence', () => {
  it.each([
    ['hyphenated OTC brands after "taking", coordinated with "and"', 'Has been taking Tiger Balm and Pepto-Bismol at home.'],
    ['a brand before a strength with its unit', 'Current: Zorvexa 19.5 mg intrauterine, Quilmanta 500mg daily.'],
    ['a brand after a product label and before a lot number', 'Suspect product: Kyleena, lot KD37482; concomitant Kyleena.'],
    ['a brand after a "Drug:" label', 'Drug: Armour Thyroid - qty 90, last filled recently.'],
    ['a brand before a serial-number label', 'Device: Kyleena S/N: CE66776731 placed.'],
  ])('%s', (_pattern, text) => {
    expect(redactedWords(text).filter((w) => !/\d/.test(w))).toEqual([]);
  });

  it('a device\'s monitoring service written as its domain in an all-caps device-clinic note ("VIA CARELINKO.NET")', () => {
    expect(redactedWords('PACEMAKER CHECK. REMOTE TRANSMISSION VIA CARELINKO.NET, BATTERY 8 Y.')).toEqual([]);
  });

  it('an all-caps personal domain with a path stays a URL', () => {
    expect(redactedWords('PACEMAKER CHECK. SEE CARELINKO.NET/PATIENT/8841 FOR DETAILS.').join(' ')).toMatch(/CARELINKO/);
  });

  it('a name before "cell" is a person with a phone, not an eponymous cell ("Lopez Quintara cell# ...")', () => {
    expect(redactedWords('Social: daughter and son are very devoted. Lopez Quintara cell# 410-555-0142.').join(' ')).toMatch(/Quintara/);
  });

  it('a person after "taking" stays redacted when a census list names any word of the run', () => {
    expect(redactedWords('Daughter is taking Mary Okafor home today.').join(' ')).toMatch(/Okafor/);
  });

  it('the pharmacy after the products stays redacted ("... from Rite Aid #3318")', () => {
    expect(redactedWords('Has been taking Pepto-Bismol from Rite Aid #3318.').join(' ')).toMatch(/Rite Aid/);
  });
});

describe('false alarms of issue 9', () => {
  it('a role noun in "-ee" from an English verb is vocabulary ("Examinee states")', () => {
    expect(redactedWords('Examinee states that the knee pain began at work.')).toEqual([]);
  });

  it('a name in "-ee" with a short stem stays unsafe ("Magee states")', () => {
    expect(redactedWords('Magee states that the knee pain began at work.')).toEqual(['Magee']);
  });

  it('the schooling verb opening a sentence is not part of the school\'s name ("Attends Lincoln Elementary")', () => {
    const words = redactedWords('Social: Attends Lincoln Elementary. Lives with mother.');
    expect(words.join(' ')).toMatch(/Lincoln Elementary/);
    expect(words.join(' ')).not.toMatch(/Attends/);
  });

  it('an instrument\'s mixed-case shorthand is never a town ("MoCA 22 of 30")', () => {
    expect(redactedWords('Cognition: MoCA 22 of 30, mild impairment.')).toEqual([]);
  });

  it('a Roman-numeral outline item is not an initial ("V. Gouty arthritis")', () => {
    expect(redactedWords('Assessment:\nIV. Hypertension\nV. Gouty arthritis\nVI. Obesity')).toEqual([]);
  });

  it('a person after a Roman numeral stays redacted when a verb follows ("II. Gray states")', () => {
    expect(redactedWords('Problems:\nI. Diabetes\nII. Gray states she is tired')).toEqual(['Gray']);
  });
});
