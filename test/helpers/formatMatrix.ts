// Owns the generated Safe Harbor format matrix of session 9 (issue 9 §1): the cross product of how notes write a
// date (orders, separators, year widths, month spellings), a phone or fax number (country codes, punctuation,
// extensions, pagers) and an age over 89, each placed in the positions notes put them, plus a paired matrix of
// clinical numbers of the same shapes that must stay. Every value is invented.

export interface MatrixCase {
  /** The dimensions that produced the case, for the failure message: "date M-D-Y sep=/ year=4 pos=on". */
  label: string;
  text: string;
  needle: string;
}

interface DateParts {
  month: number;
  day: number;
  year: number;
}

/** Two base dates: a day over 12 (only one order reads it) and a day of 12 or under (both orders do). */
const BASE_DATES: readonly DateParts[] = [
  { month: 3, day: 27, year: 2024 },
  { month: 11, day: 5, year: 1987 },
];

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad2 = (n: number): string => String(n).padStart(2, '0');

type YearWidth = '4' | '2' | 'apostrophe';
const YEAR_WIDTHS: readonly YearWidth[] = ['4', '2', 'apostrophe'];

function yearText(y: number, w: YearWidth): string {
  if (w === '4') return String(y);
  if (w === '2') return pad2(y % 100);
  return `'${pad2(y % 100)}`;
}

type MonthForm = 'name' | 'abbrev' | 'abbrev-dot' | 'caps' | 'lower';
const MONTH_FORMS: readonly MonthForm[] = ['name', 'abbrev', 'abbrev-dot', 'caps', 'lower'];

function monthText(m: number, form: MonthForm): string {
  const full = MONTH_NAMES[m - 1];
  const abbrev = full.slice(0, 3);
  if (form === 'name') return full;
  if (form === 'abbrev') return abbrev;
  // "May" has no abbreviation, so its dotted form is the word itself.
  if (form === 'abbrev-dot') return full.length > 3 ? `${abbrev}.` : full;
  if (form === 'caps') return abbrev.toUpperCase();
  return full.toLowerCase();
}

function ordinal(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return `${d}th`;
  return `${d}${['th', 'st', 'nd', 'rd'][d % 10] ?? 'th'}`;
}

/**
 * The positions a date is written in. `cued` positions carry a word that says a date follows ("on", "since",
 * "DOB", "d/c'd"); a date shape that is also a quantity shape (3-27, 032724, the 27th) is only asserted there.
 */
interface Position {
  name: string;
  cued: boolean;
  make: (v: string) => string;
}

const DATE_POSITIONS: readonly Position[] = [
  { name: 'sentence-start', cued: false, make: (v) => `${v} pt seen in clinic, doing well.` },
  { name: 'mid', cued: false, make: (v) => `Colonoscopy ${v} showed two polyps.` },
  { name: 'on', cued: true, make: (v) => `Seen on ${v} for follow-up of CHF.` },
  { name: 'since', cued: true, make: (v) => `Worsening dyspnea since ${v}, no fever.` },
  { name: 'DOB', cued: true, make: (v) => `DOB ${v}` },
  { name: 'DOB-colon', cued: true, make: (v) => `Name: on file\nDOB: ${v}\nSex: F` },
  { name: "d/c'd", cued: true, make: (v) => `Lisinopril d/c'd ${v} due to cough.` },
  { name: 'parentheses', cued: false, make: (v) => `Last echo (${v}) EF normal.` },
  { name: 'table-cell', cued: false, make: (v) => `| Date | Test | Result |\n| ${v} | CBC | WBC 7.2 |` },
  { name: 'before-time', cued: false, make: (v) => `${v} 0800 pt resting comfortably.` },
  { name: 'heading-colon', cued: false, make: (v) => `Renal bx ${v}: diabetic nephropathy.` },
  { name: 'exam-date', cued: true, make: (v) => `Exam date ${v}. TB screen negative.` },
  { name: 'field-dash', cued: true, make: (v) => `  Apixaban — BID — last dose ${v} — hold` },
  { name: 'numbered-session', cued: true, make: (v) => `Session 12 of 24, ${v}. Tolerated well.` },
  { name: 'after-weekday', cued: true, make: (v) => `Fever of 102 since Wed ${v}, gave Tylenol.` },
  { name: 'after-weekday-sun', cued: false, make: (v) => `Seen Sun ${v} in urgent care.` },
  { name: 'birth-question-answer', cued: true, make: (v) => `Can I have your full name and birthday?\n[caller] Ruiz, Dana, ${v}. I live in town.` },
  // A signature line ends with its date after the credential, board suffix and capitals included.
  // Clinical events and plans that carry their date without a date word, as ICU, case-management and log notes write them.
  { name: 'event-adm', cued: true, make: (v) => `72 yo M from rehab adm ${v} w/ cholangitis.` },
  { name: 'event-ERCP-per', cued: true, make: (v) => `A/P: sepsis; ERCP ${v} per GI (Dr. Park).` },
  { name: 'event-labs-colon', cued: true, make: (v) => `O: HR 96 BP 108/60; labs ${v}: wbc 14.2, cr 1.9.` },
  { name: 'event-trach-if', cued: true, make: (v) => `RSBI 94 this am. Plan for trach ${v} if fails SBT.` },
  { name: 'event-OR-for', cued: true, make: (v) => `A/P: wean pressors; OR ${v} for trach/peg; update family.` },
  { name: 'event-or-lower-for', cued: true, make: (v) => `a/p: cont current plan; or ${v} for trach/peg.` },
  { name: 'event-anticipated-dc', cued: true, make: (v) => `Pt adm 3/2; anticipated d/c ${v}. Teaching done.` },
  { name: 'event-come-in', cued: true, make: (v) => `Pt's sister from out of state to come in ${v}.` },
  { name: 'event-mtg-time', cued: true, make: (v) => `Family mtg set ${v} 1400 w/ Dr. Kim.` },
  { name: 'event-OSH', cued: true, make: (v) => `Noted on adm. OSH St. Elsewhere ${v}.` },
  { name: 'signature-MD-PHD', cued: true, make: (v) => `Plan as above.\nDANA REYES, MD, PHD ${v}\n` },
  { name: 'signature-FNP-C', cued: true, make: (v) => `Plan as above.\nR. Okafor, FNP-C ${v}\n` },
];

interface DateFormat {
  label: string;
  value: string;
  /** A shape that is also a quantity's (3-27, 032724, 27th): asserted in cued positions only. */
  needsCue: boolean;
}

function numericFormats(d: DateParts): DateFormat[] {
  const out: DateFormat[] = [];
  const seps = ['/', '-', '.', ' ', ' / ', ' - '];
  for (const sep of seps) {
    for (const w of YEAR_WIDTHS) {
      // Full stops and bare spaces with a two-digit year read as decimals and lists ("3.27.24" is a version, "3 27 24" a
      // list of numbers): only four-digit years for them, as the recognizers' grammar says.
      if ((sep === '.' || sep === ' ') && w !== '4') continue;
      if (w === 'apostrophe' && sep !== '/' && sep !== '-') continue;
      const y = yearText(d.year, w);
      for (const zero of [false, true]) {
        const m = zero ? pad2(d.month) : String(d.month);
        const dd = zero ? pad2(d.day) : String(d.day);
        out.push({ label: `M-D-Y sep=${JSON.stringify(sep)} year=${w} zero=${zero}`, value: `${m}${sep}${dd}${sep}${y}`, needsCue: false });
        out.push({ label: `D-M-Y sep=${JSON.stringify(sep)} year=${w} zero=${zero}`, value: `${dd}${sep}${m}${sep}${y}`, needsCue: false });
      }
    }
  }
  for (const sep of ['-', '/', '.']) {
    out.push({ label: `Y-M-D sep=${sep}`, value: `${d.year}${sep}${pad2(d.month)}${sep}${pad2(d.day)}`, needsCue: false });
    out.push({ label: `Y-M-D sep=${sep} no-zero`, value: `${d.year}${sep}${d.month}${sep}${d.day}`, needsCue: false });
  }
  // Month and day without a year: a slash reads as a date anywhere, a hyphen only where a date word says so.
  out.push({ label: 'M-D sep=/', value: `${d.month}/${d.day}`, needsCue: false });
  out.push({ label: 'M-D sep=/ zero', value: `${pad2(d.month)}/${pad2(d.day)}`, needsCue: false });
  out.push({ label: 'M-D sep=-', value: `${d.month}-${d.day}`, needsCue: true });
  // Month and year.
  out.push({ label: 'M-Y sep=/ year=4', value: `${d.month}/${d.year}`, needsCue: false });
  out.push({ label: 'M-Y sep=/ year=4 zero', value: `${pad2(d.month)}/${d.year}`, needsCue: false });
  out.push({ label: 'M-Y sep=- year=4', value: `${pad2(d.month)}-${d.year}`, needsCue: false });
  out.push({ label: 'M-Y sep=. year=4 zero', value: `${pad2(d.month)}.${d.year}`, needsCue: false });
  // Compact forms.
  const yy = pad2(d.year % 100);
  out.push({ label: 'compact YYYYMMDD', value: `${d.year}${pad2(d.month)}${pad2(d.day)}`, needsCue: false });
  out.push({ label: 'compact MMDDYYYY', value: `${pad2(d.month)}${pad2(d.day)}${d.year}`, needsCue: false });
  out.push({ label: 'compact DDMMYYYY', value: `${pad2(d.day)}${pad2(d.month)}${d.year}`, needsCue: false });
  out.push({ label: 'compact MMDDYY', value: `${pad2(d.month)}${pad2(d.day)}${yy}`, needsCue: true });
  out.push({ label: 'compact DDMMYY', value: `${pad2(d.day)}${pad2(d.month)}${yy}`, needsCue: true });
  return out;
}

function monthNameFormats(d: DateParts): DateFormat[] {
  const out: DateFormat[] = [];
  for (const form of MONTH_FORMS) {
    const mon = monthText(d.month, form);
    // Dashed and compact forms take the three-letter abbreviation in the form's case.
    const three = MONTH_NAMES[d.month - 1].slice(0, 3);
    const abbr = form === 'caps' ? three.toUpperCase() : form === 'lower' ? three.toLowerCase() : three;
    const tag = `month=${form}`;
    const add = (label: string, value: string, needsCue = false): void => { out.push({ label: `${label} ${tag}`, value, needsCue }); };
    for (const w of YEAR_WIDTHS) {
      const y = yearText(d.year, w);
      add(`Month-D-Y year=${w}`, `${mon} ${d.day}, ${y}`);
      add(`D-Month-Y year=${w}`, `${d.day} ${mon} ${y}`);
      add(`D-Mon-Y dashed year=${w}`, `${d.day}-${abbr}-${y}`);
    }
    add('Month-D', `${mon} ${d.day}`);
    add('Month-Dth', `${mon} ${ordinal(d.day)}`);
    add('D-Month', `${d.day} ${mon}`);
    add('Dth of Month', `${ordinal(d.day)} of ${mon}`);
    add('Month-Y year=4', `${mon} ${d.year}`);
    add('Month-Y year=apostrophe', `${mon} '${yy(d)}`);
    add('Mon-Y dashed year=4', `${abbr}-${d.year}`);
    // "Nov-24": a two-digit day or year after the abbreviation, a date element either way.
    add('Mon-NN dashed', `${abbr}-${yy(d)}`);
    add('Mon-D dashed', `${abbr}-${d.day}`);
    add('compact DMonYYYY', `${pad2(d.day)}${abbr}${d.year}`);
    add('compact DMonYY', `${d.day}${abbr}${yy(d)}`);
    add('compact DDMon', `${pad2(d.day)}${abbr}`);
    add('compact MonDD', `${abbr}${pad2(d.day)}`);
    add('Y-Mon-D', `${d.year}-${abbr}-${pad2(d.day)}`);
  }
  return out;
}

const yy = (d: DateParts): string => pad2(d.year % 100);

/** A day written as an ordinal alone where a date is meant: "on the 27th", "27TH: pt seen", "the 5th of December". */
function ordinalAloneCases(d: DateParts): MatrixCase[] {
  const o = ordinal(d.day);
  return [
    { label: 'ordinal-alone on the Dth', text: `Follow-up visit on the ${o} with labs.`, needle: o },
    { label: 'ordinal-alone since the Dth', text: `Cough since the ${o}, no fever.`, needle: o },
    { label: 'ordinal-alone DTH: heading', text: `${o.toUpperCase()}: pt seen, vitals stable.`, needle: o.toUpperCase() },
    { label: 'ordinal-alone the Dth of Month', text: `Surgery is planned for the ${o} of ${MONTH_NAMES[d.month - 1]}.`, needle: `${o} of ${MONTH_NAMES[d.month - 1]}` },
    // After an event or date word, closed by a clause, a clock time or the line's end.
    { label: 'ordinal-alone event adm;', text: `79 y/o woman from home adm ${o}; anticipated d/c 11/26.`, needle: o },
    { label: 'ordinal-alone event ERCP per', text: `A/P: ARF on CRI; ERCP ${o} per GI (Dr Wood).`, needle: o },
    { label: 'ordinal-alone event labs:', text: `sat 95%; labs ${o}: wbc 14.2, cr 1.9.`, needle: o },
    { label: 'ordinal-alone event TRACH IF', text: `PLAN FOR TRACH ${o.toUpperCase()} IF FAILS SBT.`, needle: o.toUpperCase() },
    { label: 'ordinal-alone event transport time', text: `TRANSPORT BY CHAIR CAR ${o.toUpperCase()} 4AM.`, needle: o.toUpperCase() },
    { label: 'ordinal-alone event mtg time', text: `family mtg set ${o} 0615 w/ dr. ostrowski.`, needle: o },
    { label: 'ordinal-alone note header', text: `Resp Care Note: ${o} \nPt remains trached.`, needle: o },
  ];
}

/** Dates joined into ranges and prefixed by weekdays, as schedules and hospital courses write them. */
function rangeAndWeekdayCases(): MatrixCase[] {
  const forms: [string, string][] = [
    ['range M/D-M/D', '3/27-3/29'], ['range M/D - M/D', '3/27 - 3/29'], ['range M/D/Y-M/D/Y', '3/27/2024-3/29/2024'], ['range ISO', '2024-03-27 to 2024-03-29'],
    ['range Month D-D', 'March 27-29'], ['range Month D - Month D', 'Mar 27 - Apr 2'], ['range D-D Month', '27-29 March 2024'], ['range from-to', 'from 3/27 to 4/2'],
    ['weekday full date', 'Tuesday, March 27, 2024'], ['weekday abbrev numeric', 'Tue 3/27/24'], ['weekday D Month', 'Wed 27 Mar'], ['weekday caps', 'WED 03/27'],
  ];
  const out: MatrixCase[] = [];
  for (const [label, v] of forms) {
    for (const p of DATE_POSITIONS.filter((x) => !x.name.startsWith('signature') && x.name !== 'DOB' && x.name !== 'DOB-colon')) {
      for (const needle of v.split(/\s?(?:-|to|from)\s?/).filter((x) => /\d/.test(x))) {
        out.push({ label: `date ${label} pos=${p.name} [${v}] part=${needle}`, text: p.make(v), needle: needle.trim() });
      }
    }
  }
  return out;
}

export function dateMatrix(): MatrixCase[] {
  const out: MatrixCase[] = [];
  for (const d of BASE_DATES) {
    for (const f of [...numericFormats(d), ...monthNameFormats(d)]) {
      for (const p of DATE_POSITIONS) {
        if (f.needsCue && !p.cued) continue;
        out.push({ label: `date ${f.label} pos=${p.name} [${f.value}]`, text: p.make(f.value), needle: f.value.replace(/^'/, '').trim() });
      }
    }
    out.push(...ordinalAloneCases(d));
  }
  out.push(...rangeAndWeekdayCases());
  return out;
}

const PHONE_FORMS: readonly [string, string][] = [
  ['nanp dashes', '410-555-0142'],
  ['nanp parens', '(410) 555-0142'],
  ['nanp parens no space', '(410)555-0142'],
  ['nanp dots', '410.555.0142'],
  ['nanp spaces', '410 555 0142'],
  ['nanp slash', '410/555-0142'],
  ['nanp +1 spaces', '+1 410 555 0142'],
  ['nanp +1 dashes', '+1-410-555-0142'],
  ['nanp 1- dashes', '1-410-555-0142'],
  ['nanp +1 parens', '+1 (410) 555-0142'],
  ['nanp 1 dots', '1.410.555.0142'],
  ['uk +44', '+44 20 7946 0958'],
  ['uk +44 trunk', '+44 (0)20 7946 0958'],
  ['ireland +353', '+353 1 234 5678'],
  ['brazil +55', '+55 11 91234-5678'],
  ['australia +61', '+61 2 9876 5432'],
  ['france +33', '+33 1 23 45 67 89'],
  ['germany +49', '+49 30 12345678'],
  ['military DSN', 'DSN 315-781-3944'],
  ['nanp parens dash', '(410)-555-0142'], ['nanp 1 parens', '1 (410) 555-0142'], ['nanp +1 dots', '+1 410.555.0142'], ['nanp half-joined', '410555-0142'],
  ['uk mobile', '+44 7700 900123'], ['uk dashes', '+44-20-7946-0958'], ['ireland mobile', '+353 87 123 4567'], ['brazil parens', '+55 (11) 91234-5678'],
  ['exit 00', '00 44 20 7946 0958'], ['spain 3-3-3', '+34 612 345 678'],
  ['india +91', '+91 98765 43210'],
  ['mexico 011 exit', '011 52 33 1234 5678'],
];

const EXTENSIONS: readonly string[] = ['', ' x123', ' x 123', ' ext. 123', ' ext 123', ' #123', ' extension 123', ', ext. 4521'];

const PHONE_POSITIONS: readonly Position[] = [
  { name: 'call', cued: true, make: (v) => `Call ${v} with questions.` },
  { name: 'label', cued: true, make: (v) => `Phone: ${v}\nFax: none` },
  { name: 'fax', cued: true, make: (v) => `Please fax records to ${v} today.` },
  { name: 'parentheses', cued: false, make: (v) => `Daughter Ann (${v}) will drive.` },
  { name: 'table-cell', cued: false, make: (v) => `| Contact | Number |\n| daughter | ${v} |` },
  { name: 'sentence-end', cued: false, make: (v) => `Her number is ${v}.` },
];

export function phoneMatrix(): MatrixCase[] {
  const out: MatrixCase[] = [];
  for (const [name, num] of PHONE_FORMS) {
    for (const ext of EXTENSIONS) {
      for (const p of PHONE_POSITIONS) {
        const v = `${num}${ext}`;
        out.push({ label: `phone ${name} ext=${JSON.stringify(ext)} pos=${p.name} [${v}]`, text: p.make(v), needle: v.replace(/^,\s*/, '') });
      }
    }
  }
  // Bare ten digits and in-house pagers are numbers only after a phone or pager cue.
  const cued: [string, string][] = [
    ['ten digits after cell', 'cell 4105550142'], ['pager bpr', 'bpr 4-1234'], ['pager pgr', 'pgr 4-1234'], ['pager beeper', 'beeper 41234'],
    ['pager pager #', 'pager # 60431'], ['pager paged at', 'paged at 4-1234'], ['local after phone', 'phone 555-0142'], ['extension alone', 'ext. 4521'],
  ];
  for (const [name, v] of cued) {
    const needle = v.replace(/^.*?\s(?=\d)/, '');
    for (const p of PHONE_POSITIONS.filter((x) => x.name !== 'label')) {
      out.push({ label: `phone cued ${name} pos=${p.name} [${v}]`, text: p.make(v), needle });
    }
  }
  return out;
}

/** Ages over 89 in every spelling (45 CFR 164.514(b)(2)(i)(C)); the age is the needle, its unit may stay. */
const AGE_FORMS: readonly [string, string, string][] = [
  ['glued yo', '92yo', '92'], ['spaced yo', '92 yo', '92'], ['y/o', '92 y/o', '92'], ['glued y/o', '92y/o', '92'], ['y.o.', '92 y.o.', '92'],
  ['hyphen year-old', '92-year-old', '92'], ['spaced year old', '92 year old', '92'], ['yrs old', '92 yrs old', '92'], ['years of age', '92 years of age', '92'],
  ['a 101-year-old', 'a 101-year-old', '101'], ['YO caps', '92 YO', '92'], ['yo M', '92 yo M', '92'], ['glued M', '92M', '92'], ['glued F', '91F', '91'], ['glued yoF', '92yoF', '92'],
  ['aged', 'aged 92', '92'], ['Age:', 'Age: 92', '92'], ['age of', 'at the age of 97', '97'], ['words ninety-two-year-old', 'ninety-two-year-old', 'ninety-two'],
  ['words ninety two year old', 'ninety two year old', 'ninety two'], ['words hundred and one', 'one hundred and one year old', 'one hundred and one'],
  ['words aged ninety-six', 'aged ninety-six', 'ninety-six'], ['yr old hyphen', '95-yr-old', '95'], ['yo hyphen', '93-yo', '93'],
  ['y.o. M', '92 y.o. M', '92'], ['yr', '92yr', '92'], ['years old', '92 years old', '92'], ['words ninety-two year old', 'ninety-two year old', 'ninety-two'],
  ['words one hundred one', 'one hundred one years old', 'one hundred one'], ['Age colon words', 'Age: ninety-one', 'ninety-one'], ['age caps', '92 Y/O', '92'],
  ['year of life', 'in her 92nd year', '92'], ['turned', 'turned 100 last week', '100'],
  // HIPAA decision: "in her nineties" puts the age in 90–99, narrower than the single "90 or older" category Safe Harbor
  // allows, so it is an element indicative of an age over 89 and is redacted like the number.
  ['decade nineties', 'in her nineties', 'nineties'], ['decade late 90s', 'in his late 90s', '90s'], ['noun nonagenarian', 'a nonagenarian', 'nonagenarian'],
];

const AGE_POSITIONS: readonly Position[] = [
  { name: 'sentence-start', cued: false, make: (v) => `${v.charAt(0).toUpperCase()}${v.slice(1)} with CHF exacerbation.` },
  { name: 'mid', cued: false, make: (v) => `Pt is ${v} admitted with pneumonia.` },
  { name: 'parentheses', cued: false, make: (v) => `Mother (${v}) lives alone.` },
  { name: 'table-row-after-initial', cued: false, make: (v) => `ORTEGA, Ana T. | ${v} | chart # 55-1` },
];

export function ageMatrix(): MatrixCase[] {
  const out: MatrixCase[] = [];
  for (const [name, v, needle] of AGE_FORMS) {
    for (const p of AGE_POSITIONS) {
      const text = p.make(v);
      const n = p.name === 'sentence-start' && text.startsWith(needle.charAt(0).toUpperCase() + needle.slice(1)) ? needle.charAt(0).toUpperCase() + needle.slice(1) : needle;
      out.push({ label: `age ${name} pos=${p.name} [${v}]`, text, needle: n });
    }
  }
  return out;
}

/** Clinical numbers of the same shapes as dates, phones and ages: each must be left wholly outside every span. */
const NEGATIVE_SENTENCES: readonly MatrixCase[] = ([
  ['blood pressure', 'BP 120/80, HR 72.', '120/80'], ['blood pressure spaced', 'BP 142 / 88 sitting.', '142 / 88'],
  ['dose range', 'Oxycodone 5-10 mg q4h prn.', '5-10'], ['count range', 'Voids 2-3 times a night.', '2-3'],
  ['frequency range', 'Tylenol 650 mg q4-6h prn pain.', 'q4-6h'], ['vertebral level C5-6', 'MRI: disc bulge at C5-6.', 'C5-6'],
  ['vertebral level L4-5', 'Stenosis L4-5 and L5-S1.', 'L4-5'], ['strength score', 'Strength 3/5 in the left leg.', '3/5'],
  ['ratio', 'Heparin flush 1:10 dilution.', '1:10'], ['gestational age', 'G2P1 at 32-5/7 weeks.', '32-5/7'],
  ['gravida para', 'G3P2012, LMP unsure.', 'G3P2012'], ['TNM', 'Staged T2N1M0 adenocarcinoma.', 'T2N1M0'],
  ['ejection fraction range', 'EF 55-60% on echo.', '55-60%'], ['shift times', 'Worked 0800-1600 shift.', '0800-1600'],
  ['fraction', 'Took 1/2 tab at bedtime.', '1/2'], ['room number', 'Moved to room 4-12 overnight.', '4-12'],
  ['height', 'Height 5-8, weight 180 lb.', '5-8'], ['vision', 'Visual acuity 20/40 OU.', '20/40'],
  ['lab range', 'Platelets 150-400 normal range.', '150-400'], ['lab value decimal', 'K 3.5, Mg 2.1, Cr 1.12.', '1.12'],
  ['pain score', 'Pain 7/10 at rest.', '7/10'], ['GCS', 'GCS 15, E4V5M6.', 'E4V5M6'],
  ['sliding scale', 'Insulin 2-4 units per scale.', '2-4'], ['IV rate', 'NS at 125 ml/hr for 12-24 hours.', '12-24'],
  ['vent settings', 'AC 500/14/5 FiO2 40%.', '500/14/5'], ['PSI', 'PS 10/5 tolerated.', '10/5'],
  ['ages range', 'Recommended for ages 50-75 years.', '50-75'], ['decimal dose', 'Levothyroxine 0.125 mg daily.', '0.125'],
  ['weight change', 'Wt down 2.5 kg since 3.2 kg last week.', '2.5'], ['serial tracings', 'Troponin 0.03/0.04/0.02.', '0.03/0.04/0.02'],
  ['cycle ordinal', 'Cycle 3 day 8 of FOLFOX.', 'Cycle 3 day 8'], ['rib ordinal', 'Fracture of the 5th rib.', '5th'],
  ['interspace ordinal', 'PMI at the 5th intercostal space.', '5th'], ['percentile', 'Weight at the 10th percentile.', '10th'],
  ['temperature 98F', 'T 98.6 F, HR 92.', '98.6'], ['heart rate over 89', 'HR 92, RR 18.', '92'], ['sat over 89', 'SpO2 94% on RA.', '94'],
  ['age 89 or under', 'An 89 yo man with CHF.', '89'], ['age 45', 'A 45-year-old woman.', '45'], ['pack-years', 'Smoked 40 pack-years, quit.', '40'],
  ['lab count 7 digits', 'Plt 250-1000 range.', '250-1000'], ['volume range', 'Drained 500-1000 mL.', '500-1000'],
  ['HbA1c', 'A1c 7.2 in clinic.', '7.2'], ['dilution', 'Epinephrine 1:1000 topical.', '1:1000'],
  ['score 2/4', 'Reflexes 2+ and 2/4 pulses.', '2/4'], ['bed', 'Bed 12 in the unit.', '12'],
  ['medication count', 'Takes 1-2 tabs daily.', '1-2'], ['o2', 'On 2-3 L NC.', '2-3'],
  ['clock time after a month-day', 'Seen Jan 3, 10:30 by the team.', '10:30'], ['temperature in a vitals table', '| Tmax | 99F | HR | 88 |', '99F'],
  ['temperature after T', 'T 98 F, BP 130/70.', '98'], ['count range before a field dash', 'Ibuprofen — 1-2 tabs — prn pain', '1-2'],
  ['dose range after a month-day', 'Since Jan 3 on 5-10 mg daily.', '5-10'],
  ['dose range after a stop word', 'Oxycodone discontinued 5-10 mg q4h.', '5-10'], ['weight range to date', 'Weight loss to date 5-10 lbs.', '5-10'],
  ['zero-led readings', 'Counts 00 12 00 04 on the tally.', '00 12 00 04'],
  ['dated score', 'Pain score 4/10 after dose.', '4/10'],
  ['count range after an event', 'Labs 2-3 times weekly at home.', '2-3'], ['duration after a procedure', 'ERCP 2-3 wks ago, no stent.', '2-3'],
  ['ordinal count after an event', 'Adm 2nd time this year for CHF.', '2nd'], ['tabs after or', 'Takes 1 or 2-3 tabs daily.', '2-3'],
  ['hours after OR', 'Back from OR 1-2 hours ago, stable.', '1-2'], ['size after trach', 'Trach 6-8 mm cuffed Shiley.', '6-8'], ['saturation', 'O2 sat 3/4 of the time above 90%.', '3/4'],
] as const).map(([label, text, needle]) => ({ label: `keep ${label} [${needle}]`, text, needle }));

/**
 * Each look-alike in the positions the date matrix uses where no date word stands: as written, in parentheses, in a table
 * cell and at a line start after a bullet, so a look-alike is kept by its grammar wherever it sits.
 */
const NEGATIVE_POSITIONS: readonly [string, (t: string) => string][] = [
  ['as-written', (t) => t],
  ['parentheses', (t) => `Exam (${t.replace(/\.$/, '')}) reviewed.`],
  ['table-cell', (t) => `| Finding | Value |\n| exam | ${t.replace(/\.$/, '')} |`],
  ['bullet', (t) => `Assessment:\n- ${t}`],
];

export const NEGATIVE_MATRIX: readonly MatrixCase[] = NEGATIVE_SENTENCES.flatMap((c) =>
  NEGATIVE_POSITIONS.map(([pos, make]) => ({ label: `${c.label} pos=${pos}`, text: make(c.text), needle: c.needle })));
