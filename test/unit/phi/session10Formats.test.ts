// Owns the session 10 format tests (issue 9 §1, brief phi30): the seeded generator in test/helpers/session10Formats.ts
// plants identifiers after any cue word and in any labelled field, vehicle plates of every state shape, VINs by their
// check-digit grammar, boat hull and registration numbers, and street addresses with USPS Publication 28 suffixes,
// units, rural routes, PO boxes, c/o, ZIP+4 and bare street names after "lives on", "corner of" and "off of", in six note
// styles; each must be redacted. Capitalised words or brands before a clinical head noun must stay, and clinical text of
// the same shapes (ranges, counts, years, doses, drugs after "off of", headings with a number) must stay untouched.
import { redact } from '../../../src/engine/phi';
import { PUB28_ALL, USPS_PUB28_SUFFIXES } from '../../../src/engine/phi/recognizers/uspsSuffixes';
import { coveredBy, touchedBy } from '../../helpers/phiCoverage';
import { CLINICAL_HEADS, session10Cases, STYLES, type FormatCase } from '../../helpers/session10Formats';

const CASES = session10Cases();

function failures(cases: readonly FormatCase[]): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const { spans } = redact(c.text);
    const ok = c.kind === 'protected' ? !touchedBy(c.text, c.needle, spans) : coveredBy(c.text, c.needle, spans);
    if (!ok) out.push(`${c.label} :: ${JSON.stringify(c.text)}`);
  }
  return out;
}

const casesWhere = (kind: FormatCase['kind'], label: RegExp): FormatCase[] => CASES.filter((c) => c.kind === kind && label.test(c.label));

/** Whether redact() leaves every letter and digit of `text` outside its spans. */
function untouched(text: string): boolean {
  return redact(text).spans.length === 0;
}

describe('session 10 generator', () => {
  test('is seeded, covers six styles and every kind, and every needle is in its text', () => {
    expect(session10Cases().map((c) => c.text)).toEqual(CASES.map((c) => c.text));
    expect(session10Cases(1).map((c) => c.text)).not.toEqual(CASES.map((c) => c.text));
    for (const style of STYLES) for (const kind of ['identifier', 'vehicle', 'address', 'protected'] as const) {
      expect({ style, kind, present: CASES.some((c) => c.style === style && c.kind === kind) }).toEqual({ style, kind, present: true });
    }
    for (const c of CASES) expect(c.text.includes(c.needle)).toBe(true);
    expect(CASES.length).toBeGreaterThan(450);
  });
});

describe('identifiers by shape and cue, in any wording (id.cue-word)', () => {
  test('every cue word with #, No., number, ID, a colon or a spaced dash, in every value shape and style', () => {
    expect(failures(casesWhere('identifier', /./))).toEqual([]);
  });

  test('table cells and em-dash fields join a cue to its value', () => {
    for (const [text, needle] of [
      ['| Claim number | 22-995471 |', '22-995471'], ['| Registration | 7146/386872 |', '7146/386872'], ['Policy — 286363 on file.', '286363'],
      ['Please quote group — DHY.4225.97 in any reply.', 'DHY.4225.97'], ['Serial: KR 150 947 was logged.', 'KR 150 947'], ['confirmation: 7238/159917 given', '7238/159917'],
    ]) expect({ text, covered: coveredBy(text, needle, redact(text).spans) }).toEqual({ text, covered: true });
  });

  test('clinical numbers after the same cue words stay: ranges, counts with units, years and seasons, list numbers', () => {
    for (const text of ['K 4.1 (ref range 3.5-5.0), Na 139.', 'This is case 2 of 3 today.', 'Group B strep positive at 36 weeks.', 'Serial troponins 0.02, 0.03.',
      'Registration 2019 was uneventful.', 'Order 1000 mL NS bolus.', 'Tracking 10000 steps daily.', 'Group 2 pulmonary hypertension.', 'Auth 3 visits approved.',
      'Report 1500 mL output.', 'Record 1200 kcal intake.', 'Account for 2400 mL.', 'Ticket 1 of 2 printed', 'case 2020-21 season', 'Serial ECGs q6h x3.']) {
      expect({ text, untouched: untouched(text) }).toEqual({ text, untouched: true });
    }
  });
});

describe('default deny for identifiers written in joined chunks (id.joined-default-deny)', () => {
  test('dashed letter-digit chunks standing alone, any case', () => {
    for (const id of ['QX-4471-KZ9', 'zq-7781-04b', 'HX-20-99812', 'TRM-44k7-0912']) {
      const text = `Form returned with ${id} attached.`;
      expect({ text, covered: coveredBy(text, id, redact(text).spans) }).toEqual({ text, covered: true });
    }
  });

  test('clinical joined tokens stay: levels and leads, mutations, TNM, doses, vitals, obstetric history, markers, ventilator settings', () => {
    for (const t of ['L4-L5-S1', 'V1-V3-V5', 'JAK2-V617F', 'EGFR-L858R', 'HR-110-120s', '5mg-325mg', 'pT2-N1-M0', 'C5-C6-C7', 'G2P1-0-0-1', 'HLA-DRB1-04',
      'COVID-19-PCR', 'IDH1-R132H', 'T10-L2', 'CA19-9', 'AC-20-50-400-5', 'S72-001A', '7p-11p', '11P-7AM', '7a-12n', '1900h-0700h']) {
      const text = `Noted ${t} today.`;
      expect({ text, untouched: untouched(text) }).toEqual({ text, untouched: true });
    }
  });
});

describe('a labelled line of any label whose value is an identifier shape (id.line-label)', () => {
  test('labels nobody listed, with a colon, a spaced dash or a bullet', () => {
    for (const [text, id] of [['Bin: QX4471\n', 'QX4471'], ['Storage Locker — KT-4471\n', 'KT-4471'], ['Parking pass: P-44812\n', 'P-44812'], ['  - Wristband: wb7781k\nx', 'wb7781k']]) {
      expect({ text, covered: coveredBy(text, id, redact(text).spans) }).toEqual({ text, covered: true });
    }
  });

  test('measurement values with letters stay: doses and rates with units, stages, mutations, levels, codes, settings, catheter sizes', () => {
    for (const text of ['Dose: 1000mg', 'Wt: 72.5kg', 'Stage: pT2N1M0', 'Mutation: V600E', 'Level: C5-C6', 'Dx: E11.65', 'Drip: 5mcg/kg/min', 'Rate: 125mL/hr',
      'Model: XT1234', 'Vent: AC700X10', 'Genotype: CYP2C19', 'HR: 110s', 'Gravida: G3P2012', 'Insulin: 10units', 'Result: 125H', 'Foley: 16Fr']) {
      expect({ text, untouched: untouched(text) }).toEqual({ text, untouched: true });
    }
  });
});

describe('vehicle plates, VINs and boat numbers (vehicle.plate, vehicle.vin)', () => {
  test('every state plate shape after every vehicle word, with a state code, a table bar or in lower case', () => {
    expect(failures(casesWhere('vehicle', /word=/))).toEqual([]);
  });

  test('VINs by their 17-character check-digit grammar, labelled or not, and boat hull and registration numbers', () => {
    expect(failures(casesWhere('vehicle', /VIN|boat/))).toEqual([]);
  });

  test('doses, lesion sizes and regular insulin after the same words stay', () => {
    for (const text of ['Reg insulin 5-10 units with meals.', 'Skin tag 2-3 mm on neck.', 'Tag 5 cm lesion.']) {
      expect({ text, untouched: untouched(text) }).toEqual({ text, untouched: true });
    }
  });
});

describe('street addresses (address.street with USPS Publication 28 suffixes, address.street-name.after-cue, address.street-name.cross)', () => {
  test('the vendored Publication 28 list holds its primary names and standard abbreviations', () => {
    expect(USPS_PUB28_SUFFIXES.length).toBeGreaterThan(190);
    for (const s of ['knoll', 'knls', 'gdns', 'trce', 'holw', 'lndg', 'mews', 'xing', 'stravenue', 'stra']) expect(PUB28_ALL).toContain(s);
  });

  test('every sampled Publication 28 suffix after a house number and street name', () => {
    expect(failures(casesWhere('address', /suffix=/))).toEqual([]);
  });

  test('units (Apt, Unit, Ste, #, Lot, Trlr, Rm) after a street', () => {
    expect(failures(casesWhere('address', /unit=/))).toEqual([]);
  });

  test('rural routes, PO boxes, c/o lines, ZIP and ZIP+4', () => {
    expect(failures(casesWhere('address', /rural route|po box|c\/o|zip/))).toEqual([]);
  });

  test('a street named without a number after "lives on", "corner of" (both streets) and "off of"', () => {
    expect(failures(casesWhere('address', /lives on|corner of|off of/))).toEqual([]);
    const text = 'Found at the intersection of 5th and Tamsworth by police.';
    expect(coveredBy(text, '5th', redact(text).spans) && coveredBy(text, 'Tamsworth', redact(text).spans)).toBe(true);
  });

  test('house numbers with a dashed letter or a half, road numbers and Romance particles inside the name, Space and Trailer units', () => {
    const forms = ['43-B E. Quarrow Avenue', '13½ N Pellgate Viejo Road', '10725 Old Highway 61 Trl', '12413 County Road 12 St', '10417 Calle del Marrow Street',
      '1044 N Juniper Tamsa Hwy Space 29', '5194 W Martin Luther King Jr Road, Trailer 10D', '72A E. Old Highway 61 Row Lot 33C'];
    const lower = ['21-b quarrow road', '99½ pellgate place', '25730 tamsworth row', '10368 e. pellgate viejo lane #4c', '1192 marrowby ct, trailer 30a',
      '19099 west old highway 61 row'];
    for (const a of [...forms, ...lower]) for (const text of [`Lives at ${a}.`, `pt home is ${a} with wife`]) {
      expect({ text, covered: coveredBy(text, a, redact(text).spans) }).toEqual({ text, covered: true });
    }
  });

  test('what people live on or come off of that is no street stays; clinical headings with a number and a Pub 28 word stay', () => {
    for (const text of ['She lives on her own.', 'He lives on Social Security.', 'lives off SSI and food stamps.', 'Weaned off of Levophed since am.',
      'Off of Lasix since Tuesday.', 'Lesion at the corner of the mouth.', 'Chest 2 View obtained.', 'Walked 2 laps around nurses station.',
      'WALKED 2 LAPS AROUND NURSES STATION.', 'Stage 2 Classical HL, on ABVD.', 'GIVEN 2 UNITS PRBC OVER 3 HRS, TOLERATED.', 'lives on the streets',
      'PICC line tip at cavoatrial junction.', 'LIVES ON SOCIAL SECURITY.', 'lives on Medicaid', 'Sent home on Azithromycin.', 'home in 2 days, then rehab',
      'three in a row at home', 'Stays on Coumadin for now.']) {
      expect({ text, untouched: untouched(text) }).toEqual({ text, untouched: true });
    }
  });
});

describe('protected terms: a capitalised word or brand before a clinical head noun is a clinical term (protectedTerms.ts)', () => {
  test('every head noun of the brief in every style', () => {
    expect(CASES.filter((c) => c.kind === 'protected').map((c) => c.label.split(' ')[1])).toEqual(CLINICAL_HEADS.map((h) => `head=${h}`));
    expect(failures(casesWhere('protected', /./))).toEqual([]);
  });

  test('named hardware, regimens and plural heads stay, hyphenated author pairs too', () => {
    for (const text of ['Quarrington bolt placed at bedside.', '| Tool | Marchetti-Olin connector |', 'pt on Vesseyn regimen since am.',
      'Quarrington maneuvers performed twice.', 'Two Pennrick procedures were done.', 'Ostrowe protocols reviewed.']) {
      expect({ text, untouched: untouched(text) }).toEqual({ text, untouched: true });
    }
  });

  test('a PHI cue still makes the word a person: a title before the run', () => {
    const text = 'Dr. Quarrington placed the bolt.';
    expect(coveredBy(text, 'Quarrington', redact(text).spans)).toBe(true);
  });
});
