// Owns the tests of the recognizers added for the formats held-out check #1 found (issue 9): phone grammar
// (country/trunk prefixes, extensions in every spelling, spaced separators), SSN with any separator, member IDs
// printed in groups, state-prefixed plates, date grammar (roman months, year-month-name, mixed separators,
// month-the-ordinal, dotted day-month), ZIP+4 with a space, numbered county roads, rural boxes, initials beside names, facility heads and
// store numbers, pipe/tab tables by column header, and possessive eponyms before ICD-10-CM head nouns.
// Every value is invented.
import { headerType, runTables } from '../../../src/engine/phi/recognizers/tables';
import type { PhiType } from '../../../src/engine/types';
import { covered, untouched } from '../../helpers/phiCoverage';


const FORMATS: Record<string, [string, string][]> = {
  'phone: extensions written x., #, ext#, or after a slash': [
    ['cell 544-801-9678 x.715 today', '544-801-9678 x.715'], ['tel (986) 552-5649 #85 for the desk', '(986) 552-5649 #85'],
    ['Emerg. contact (dtr) 421-638-1282/6143.', '421-638-1282/6143'], ['office 410-555-0142 ext#22', '410-555-0142 ext#22'],
  ],
  'phone: international and trunk prefixes before a North American number': [
    ['tel 001-660-295-0052 weekdays', '001-660-295-0052'], ['Call 011 410 555 0142 abroad', '011 410 555 0142'],
  ],
  'phone: spaced separators as typed on forms and read by OCR': [
    ['Ph 370 - 687 - 7698 home', '370 - 687 - 7698'], ['cell 410 / 555-0142', '410 / 555-0142'],
  ],
  'SSN with spaced dashes, dots or slashes after its label': [
    ['SSN 296 - 84 - 3483.', '296 - 84 - 3483'], ['SS# 296.84.3483', '296.84.3483'], ['soc sec # 296/84/3483', '296/84/3483'],
  ],
  'health-plan IDs printed in groups after a member/subscriber/HICN/group label': [
    ['HICN T761 573 123 on file', 'T761 573 123'], ['Group/ID: Z092 071 227', 'Z092 071 227'], ['Subscriber No. A123 456 789', 'A123 456 789'],
    ['Plan ID - R467 255 498', 'R467 255 498'],
  ],
  'vehicle plates with a state code before them, and multi-dash plates': [
    ['tag: OH 3ZB0724', 'OH 3ZB0724'], ['plate NY 2RT3348.', 'NY 2RT3348'], ['vehicle tag SJ-02-F4.', 'SJ-02-F4'],
  ],
  'labelled references and certificates with slashes and full stops': [
    ['Ref. ND08/51989 attached', 'ND08/51989'], ['Tube # XT66/58679', 'XT66/58679'], ['Board cert. no. D-83115', 'D-83115'],
  ],
  'dates: roman-numeral months, day first': [
    ['Next visit 1 IX 2017.', '1 IX 2017'], ['Date of service: 2-I-2026', '2-I-2026'], ['| 1.VII.2023 | 65.5 kg |', '1.VII.2023'],
  ],
  'dates: year first, then month name and day': [
    ['hospitalization 2017-Oct-27 to 2017JUL21.', '2017-Oct-27'], ['hospitalization 2017-Oct-27 to 2017JUL21.', '2017JUL21'], ['DOB 1976 Dec 17', '1976 Dec 17'],
  ],
  'dates: mixed or underscore separators': [
    ['Last fill 3_14_2024.', '3_14_2024'], ['| 8/28-2018 | 64.5 kg |', '8/28-2018'], ['seen 08.24/2018 in clinic', '08.24/2018'],
  ],
  'dates: month, "the", ordinal day': [['TRANSFER DATE: JANUARY THE 6TH', 'JANUARY THE 6TH'], ['seen July the 7th', 'July the 7th']],
  'dates: day-first dotted, spaced or without a year after a date word or in a cell': [
    ['until 7. 5. 2018 for rehab', '7. 5. 2018'], ['re-eval 19.07.', '19.07.'], ['| 05.07. | 65.2 KG |', '05.07'],
  ],
  'dates: six-digit compact after visit/admission words': [['Next visit 280323. Plan', '280323']],
  'ZIP+4 printed with a space after the state': [['Glen Kwaby PA 12105 1752', '12105 1752'], ['PLATO Vermont 15302 7645, tel', '15302 7645']],
  'addresses: numbered county roads and rural boxes': [
    ['lives at 2519 County Rd 43A.', '2519 County Rd 43A'], ['Home: 5488 County Rd 232 N, Ft. Vog', '5488 County Rd 232 N'],
    ['Home: Box 430, General Delivery, Nymington', 'Box 430, General Delivery'], ['lives at Box 618 with son', 'Box 618'],
  ],
  'names: undotted initials after or before a found name, one initial after a comma': [
    ['Reviewed by Mangum GS, PharmD, 5/26/2025', 'Mangum GS'], ['NAME: CRUCHUK AN\nAGE: 69', 'CRUCHUK AN'],
    ['Reviewed by Dr. Notter, G., PharmD', 'Notter, G.'], ['Discussed with Dr. Davjian.\ncc Lee; MF Davjian', 'MF Davjian'],
    ['ACCEPTING MD: DR. DAVOYE\nREPORT GIVEN TO: MN DAVOYE', 'MN DAVOYE'],
  ],
  'ages over 89: glued dotted/slashed units, spaced y. o., yoa, Age/Sex fields, birthday verbs': [
    ['103y.o. female, homebound', '103y.o.'], ['AGE: 106Y/O W', '106Y/O'], ['102 Y. O. GENTLEMAN', '102'], ['is a 96 yoa male', '96'],
    ['AGE: AGE - 92 / M', '92'], ['Age/Sex: 101 / M from', '101'], ['turned 104 last month', '104'],
  ],
  'facility grammar: imaging head, store numbers; unit/system/lab/middle close a place already found': [
    ['Prior admission to Crucrest Imaging (Nov 2017).', 'Crucrest Imaging'],
    ['Last hospitalization Yelbrook Dialysis Unit 2017.', 'Yelbrook Dialysis Unit'], ['pharmacy: Swain Pharmacy #2855, 1681 Main St', 'Swain Pharmacy #2855'],
  ],
};

describe('formats held-out check #1 found (each group names its format)', () => {
  for (const [format, cases] of Object.entries(FORMATS)) {
    it(format, () => {
      const missed = cases.filter(([text, needle]) => !covered(text, needle));
      expect(missed).toEqual([]);
    });
  }

  it('leaves clinical look-alikes of the new grammars alone', () => {
    const keep: [string, string][] = [
      ['Furosemide 1.5-2000 mL over the day', '1.5-2000'], ['1. 2. 10 mg given', '1. 2. 10'], ['BP 146/86, wt 74.1 kg', '146/86'],
      ["HPI: Baker's cyst 17. Prior admission", "Baker's cyst"], ['Review of Systems: negative', 'Review of Systems'], ['grade IV 2020 protocol', 'IV'],
      ["Zenker's diverticulum on swallow study", "Zenker's diverticulum"], ['tag the line with the date', 'tag the line'],
      ['knee turned 90 degrees', '90'], ['HR now 102 bpm', '102'],
      ['Seen by Dr. Smith MD, plan', 'MD'], ['Dr. Jones ICU team', 'ICU'], ['Dr. Smith ordered CT, then', 'CT'],
    ];
    expect(keep.filter(([text, needle]) => !untouched(text, needle))).toEqual([]);
  });
});

describe('table recognizers (a column header or a label cell makes the cells PHI)', () => {
  function cells(text: string): [string, PhiType, string][] {
    const out: [string, PhiType, string][] = [];
    runTables(text, (s, e, type, name) => out.push([text.slice(s, e), type, name]));
    return out;
  }

  it('reads header words as data: exact, last word, specialist suffix; not clinical column titles', () => {
    expect(headerType('RN')).toBe('NAME');
    expect(headerType('Ordering physician')).toBe('NAME');
    expect(headerType('Nephrologist')).toBe('NAME');
    expect(headerType('Visit date')).toBe('DATE');
    expect(headerType('DOB:')).toBe('DATE');
    expect(headerType('Events')).toBeUndefined();
    expect(headerType('Post wt')).toBeUndefined();
    expect(headerType('BP')).toBeUndefined();
  });

  it('a pipe table: every cell under a Name/Date column, none under clinical columns', () => {
    const text = '| Date | Post wt | BP | Events | RN |\n|---|---|---|---|---|\n| 26 VIII 2018 | 65.9 kg | 93/89 | hypotension | Shields |\n| 05.07. | 62.0 kg | 147/75 | none | Lo Murtagh |\n';
    const got = cells(text);
    expect(got).toEqual(expect.arrayContaining([
      ['26 VIII 2018', 'DATE', 'table.column'], ['Shields', 'NAME', 'table.column'], ['05.07.', 'DATE', 'table.column'], ['Lo Murtagh', 'NAME', 'table.column'],
    ]));
    expect(got.map((g) => g[0])).not.toEqual(expect.arrayContaining(['65.9 kg']));
    expect(got.map((g) => g[0])).not.toContain('hypotension');
    expect(got.map((g) => g[0])).not.toContain('none');
  });

  it('a tab table with a header row and no rule keeps its columns even when a cell is empty', () => {
    const text = 'Bed\tPatient\tESI\tProvider\nRM4\tKowalczyk\t3\tOyelaran\nRM5\t\t2\tBex\nafter the table';
    const got = cells(text).filter((c) => c[2] === 'table.column').map((c) => c[0]);
    expect(got).toEqual(['Kowalczyk', 'Oyelaran', 'Bex']);
  });

  it('label cell then value cell in one row, in pipe and tab layouts', () => {
    expect(cells('| Patient | NYMPOUR, JANICE I | Chair | 6 |\n| DOB | 1976 Dec 17 | Nephrologist | Lo Murtagh |\n')).toEqual([
      ['NYMPOUR, JANICE I', 'NAME', 'table.key-value'], ['1976 Dec 17', 'DATE', 'table.key-value'], ['Lo Murtagh', 'NAME', 'table.key-value'],
    ]);
    expect(cells('Name:\tAnna Kaye\nBP\t120/80\n')).toEqual([['Anna Kaye', 'NAME', 'table.key-value']]);
    // A name cell stops before the relation and number that follow it.
    expect(cells('Next of kin:\tWendy Zoller (mother) (738) 783-3215\n')).toEqual([['Wendy Zoller', 'NAME', 'table.key-value']]);
  });

  it('a note without pipes or tabs yields nothing', () => {
    expect(cells('Patient seen. DOB on file. RN aware.')).toEqual([]);
  });
});
