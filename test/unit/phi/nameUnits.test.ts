// Owns the tests of the free-text name, place and default-deny units on invented notes in several styles
// (discharge summary, letter, radiology, ALL-CAPS nursing, triage). Each case names the pattern it serves and
// checks both that the PHI is redacted and which recognizer produced it.
import { redact } from '../../../src/engine/phi';

interface Case {
  pattern: string;
  style: string;
  text: string;
  phi: string[];
  /** Recognizer expected among those of the span covering the first PHI string. */
  by?: string;
  /** Words that must stay. */
  keep?: string[];
  /** Rules only: the learned voter has its own suite and its own false alarms. */
  rulesOnly?: boolean;
}

function spanAt(text: string, needle: string) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture error: ${needle} not in text`);
  return { at, end: at + needle.length };
}

function check(c: Case): void {
  const r = redact(c.text, { learned: !c.rulesOnly });
  for (const needle of c.phi) {
    const { at, end } = spanAt(c.text, needle);
    for (let x = at; x < end; x++) {
      if (!/[\p{L}\p{N}]/u.test(c.text[x])) continue;
      expect({ needle, x, caught: r.spans.some((s) => s.start <= x && x < s.end) }).toEqual({ needle, x, caught: true });
    }
  }
  if (c.by) {
    const { at } = spanAt(c.text, c.phi[0]);
    const covering = r.spans.filter((s) => s.start <= at && at < s.end).flatMap((s) => s.recognizers ?? []);
    expect(covering).toContain(c.by);
  }
  for (const word of c.keep ?? []) {
    const { at, end } = spanAt(c.text, word);
    expect({ word, redacted: r.spans.some((s) => s.start < end && at < s.end) }).toEqual({ word, redacted: false });
  }
}

const CASES: Case[] = [
  // name.title — titles with and without full stops, including clergy and officers.
  { pattern: 'title without full stop', style: 'progress note', text: 'Seen today by Dr Okafor for follow-up of Parkinson\'s disease.', phi: ['Okafor'], by: 'name.title', keep: ['Parkinson'] },
  { pattern: 'clergy and officer titles', style: 'nursing', text: 'Fr Okonjo administered sacrament. Officer Dunleavy accompanied the patient.', phi: ['Okonjo', 'Dunleavy'], by: 'name.title' },
  { pattern: 'French gauge is not a title', style: 'procedure', text: 'A 16 Fr Foley catheter was placed.', phi: [], keep: ['Foley'] },
  { pattern: 'names that are also words after a title', style: 'discharge summary', text: 'Discussed with Dr. Hope and Mr Grant at bedside. Dr. Price and Dr. Love will co-manage.', phi: ['Hope', 'Grant', 'Price', 'Love'] },
  { pattern: 'a first name that is also a function word between a title and a surname', style: 'letter cc line', text: 'cc: Dr. Per Sandberg; Dr. May Okonkwo', phi: ['Per Sandberg', 'May Okonkwo'] },
  { pattern: 'titles and roles with hyphenated surnames', style: 'progress note', text: 'Case d/w attending Dr. Nakamura-Blythe and fellow Dr Oyelaran.', phi: ['Nakamura-Blythe', 'Oyelaran'] },
  { pattern: 'lower-case title in mixed-case text, surname that is also a word', style: 'referral letter', text: 'Thank you for seeing mr baker in clinic. Echo: mild MR and TR; moderate mr noted.', phi: ['baker'], by: 'name.title', keep: ['MR', 'TR', 'moderate', 'noted'], rulesOnly: true },
  { pattern: 'a listed surname that is also a function word after a title with a full stop', style: 'discharge summary', text: 'HPI: Ms. Said is a 70 yo F with Bell\'s palsy.', phi: ['Said'], by: 'name.title', keep: ['Bell'], rulesOnly: true },
  { pattern: 'particles after a title in lower case', style: 'telephone encounter', text: 'Told ms. le quinenara to call back. mrs van den fey agrees.', phi: ['le quinenara', 'van den fey'], by: 'name.particle', rulesOnly: true },
  { pattern: 'surname-first name after a contact verb, in capitals', style: 'nursing ALL CAPS', text: 'NURSING NOTE 1900-0700\nNOTIFIED BRELENKO, GUY.\nPAGED ADLOINI, VERA RE HR 130S. NOTIFIED PHARMACY, WILL CALL BACK.', phi: ['BRELENKO, GUY', 'ADLOINI, VERA'], by: 'name.contact', keep: ['PHARMACY', 'WILL'], rulesOnly: true },
  { pattern: 'cc line with a surname-first name and no title', style: 'referral letter', text: 'Sincerely,\nDr. Halvorsen\n\ncc: Wolf, Radius\nCC: Chest pain', phi: ['Wolf, Radius'], by: 'field.cc', keep: ['Chest', 'pain'], rulesOnly: true },
  { pattern: 'signature line: listed first name and surname alone before a credential, even when both are words', style: 'nursing ALL CAPS', text: 'NEURO: PERRL; R/O ROCKY MOUNTAIN SPOTTED FEVER;\nCORI NIX R.N.\nPATIENT STABLE RN\nPAIN CONTROLLED, RN AWARE', phi: ['CORI NIX'], by: 'name.credential', keep: ['PATIENT', 'STABLE', 'CONTROLLED', 'ROCKY', 'MOUNTAIN'], rulesOnly: true },
  { pattern: 'a surname in the possessive before a clinician\'s team, even when it is a word', style: 'discharge summary', text: "Known Crohn's disease. Day's team was consulted. Young's service will follow. Cardiology's recommendations noted; Parkinson's service.", phi: ['Day', 'Young'], by: 'name.possessive-team', keep: ['Crohn', 'Cardiology', 'Parkinson'], rulesOnly: true },
  { pattern: 'a capital initial after a title even where it spells a pronoun or an article', style: 'nursing', text: 'pmicu nursing progress\nmr I remained on same doses of pressors. Ms. A was seen today.', phi: ['I', 'A'], by: 'name.title', keep: ['remained', 'was'], rulesOnly: true },
  { pattern: 'all capitals: MR before a capital letter is the valve lesion context', style: 'nursing ALL CAPS', text: 'ECHO: MR A FIB NOTED. TR MILD.', phi: [], keep: ['A', 'FIB'], rulesOnly: true },
  { pattern: 'nursing shorthand for relatives before a first name', style: 'nursing', text: '0529 neph Ostey called, updated.\n0816 GSON GARVAN CALLED, UPDATED.\n0900 gdtr luda called', phi: ['Ostey', 'GARVAN', 'luda'], keep: ['neph', 'GSON', 'gdtr'], rulesOnly: true },
  { pattern: 'a name after "aware" (MD aware X re ...)', style: 'nursing ALL CAPS', text: 'MD AWARE HOLMOW, FRANK RE K 3.1. FAMILY AWARE OF PLAN. RN AWARE PT REFUSED.\nmd aware Novella Osterby re low uo.', phi: ['HOLMOW, FRANK', 'Novella Osterby'], keep: ['PLAN', 'PT', 'REFUSED'], rulesOnly: true },
  { pattern: 'facility: everyday words before a practice head after a care cue, in capitals too', style: 'nursing ALL CAPS', text: 'RESIDES IN LECOMTE CO.; HOME HEALTH THROUGH MOUNTAIN VIEW FAMILY MEDICINE. PREVIOUSLY FOLLOWED AT FLAKE CARDIOLOGY GROUP.', phi: ['MOUNTAIN VIEW FAMILY MEDICINE', 'FLAKE CARDIOLOGY GROUP'], by: 'facility.grammar', rulesOnly: true },
  { pattern: 'form header: dotted initials and a hyphen-joined particle surname in lower case', style: 'lab report', text: 'Patient: k.w. al-mucci   DOB: 13.12.1955   Sex: M', phi: ['k.w. al-mucci'], by: 'name.form-header', keep: ['Sex'], rulesOnly: true },
  // name.banner — the name opening an EHR banner line before the patient's identity labels.
  { pattern: 'banner: surname-first name before Date of Birth', style: 'telephone encounter', text: 'Telephone Encounter\nStake, Rob  Date of Birth: 30/11/23  PATIENT ID: 1234', phi: ['Stake, Rob'], by: 'name.banner', rulesOnly: true },
  { pattern: 'banner: lower-case name with initial before "born"', style: 'telephone encounter', text: 'PHONE CALL\nrose a. stone  born 12/22/1975  MR#: 27299054', phi: ['rose a. stone'], by: 'name.banner', rulesOnly: true },
  { pattern: 'banner: particle surname first before DOB', style: 'telephone encounter', text: 'PHONE CALL\nde mundschenk, hazel  DOB 04MAY1915', phi: ['de mundschenk, hazel'], by: 'name.banner', rulesOnly: true },
  { pattern: 'banner: a note title or clinical words before a label are not a name', style: 'headers', text: 'Progress note  MRN: 1234\nCT HEAD  MRN 5678\nO; pt. transferred from TSICU', phi: [], keep: ['Progress', 'note', 'CT', 'HEAD', 'O', 'transferred'], rulesOnly: true },
  // name.credential — credentials after a name.
  { pattern: 'credential PA-C after a name in no list', style: 'progress note', text: 'Note by Tamsin Vell, PA-C.', phi: ['Tamsin Vell'] },
  { pattern: 'credential after a hyphenated surname', style: 'social work', text: 'Ruth Abernathy-Cole, LCSW met with family.', phi: ['Ruth Abernathy-Cole'] },
  { pattern: 'all-caps nursing signature', style: 'nursing ALL CAPS', text: 'PT RESTING COMFORTABLY. WILL CONT TO MONITOR.\nK. WHITCOMB RN', phi: ['K. WHITCOMB'] },
  { pattern: 'names before bracketed relations and a role', style: 'family meeting', text: 'Family meeting held with Tobias (son), Greta (daughter) and SW Lorna.', phi: ['Tobias', 'Greta', 'Lorna'] },
  { pattern: 'ALL-CAPS: an unlisted name after a relative noun and before a verb', style: 'nursing ALL CAPS', text: "PT'S NEPHEW RASHAAD IS HCP.", phi: ['RASHAAD'], keep: ['HCP'] },
  { pattern: 'ALL-CAPS: list of people after a plural title, protected scales after', style: 'nursing ALL CAPS', text: 'DRS OKONKWO, BIRNBAUM AND TEIXEIRA IN TO SEE PT. BRADEN 14. MORSE FALL SCALE 45.', phi: ['OKONKWO', 'BIRNBAUM', 'TEIXEIRA'], keep: ['BRADEN', 'MORSE'] },
  { pattern: 'credentials MBBS and MA end a signature and are not names', style: 'referral letter', text: 'Kind regards,\n\nSid Vanterpool, MBBS\nRouted to: Dr. Havudale\nJ. Letson, MA', phi: ['Sid Vanterpool', 'J. Letson'], keep: ['MBBS', 'MA'] },
  // name.particle
  { pattern: 'particles van der after a first name', style: 'consult', text: 'Consult from Prof. Hendrik van der Berg regarding the lesion.', phi: ['Hendrik van der Berg'], by: 'name.particle' },
  { pattern: 'particles de la right after a title', style: 'triage', text: 'Ms de la Cruz reports nausea, given Zofran 4 mg.', phi: ['de la Cruz'], by: 'name.particle', keep: ['Zofran'] },
  { pattern: 'O\' and Mc surnames', style: 'discharge summary', text: 'Mrs. O\'Neil and Mr. McAllister were updated.', phi: ['O\'Neil', 'McAllister'] },
  { pattern: 'initial, particle and surname by shape alone', style: 'pathology sign-out', text: 'Electronically reviewed by A. de Hansel on 20 Jan; grandson N. van der Wylini at bedside.', phi: ['A. de Hansel', 'N. van der Wylini'], by: 'name.particle' },
  { pattern: 'first name, particle and surname before a credential', style: 'consult', text: 'Oseth de Godbold, DO, agrees with the plan.', phi: ['Oseth de Godbold'] },
  // name.nickname
  { pattern: 'nickname in quotes between first name and surname', style: 'ED note', text: 'Patient Robert "Bobby" Smithers arrived by ambulance.', phi: ['Robert', 'Bobby', 'Smithers'], by: 'name.first-name' },
  // name.list
  { pattern: 'list of people after a plural title', style: 'discharge summary', text: 'Plan reviewed with Drs. Patel, Nguyen and O\'Brien.', phi: ['Patel', 'Nguyen', 'O\'Brien'] },
  { pattern: 'list after "Doctors" with surnames that are also words and an Oxford comma', style: 'discharge summary', text: 'Case reviewed with Doctors McTrussell, Shill, and El-Wright.', phi: ['McTrussell', 'Shill', 'El-Wright'] },
  { pattern: 'a drug after a titled name and a comma is not in the list', style: 'nursing', text: "reported to Dr. O'Rourke, Esmolol gtt stopped.", phi: ["O'Rourke"], keep: ['Esmolol'] },
  // name.middle-initial
  { pattern: 'first name, middle initial, surname in capitals inside mixed text', style: 'discharge summary', text: 'Seen by GILBERT J. MCTRUSSELL on the 26th.', phi: ['GILBERT J. MCTRUSSELL'], by: 'name.middle-initial' },
  // name.initials-only
  { pattern: 'initials between a person noun and an age, even when the letters spell an abbreviation', style: 'nursing ALL CAPS', text: 'NSG 7P-7A\nPT G.M. 65 YO M; A&OX3.\nPT AT 61F; VSS.\nPT FL AGE: 103; LETHARGIC.', phi: ['G.M', 'AT', 'FL'], by: 'name.initials-before-age', rulesOnly: true },
  { pattern: 'initials between the clock time opening a nursing entry and its observation', style: 'nursing', text: 'NSG 1/7/25\n0721 A.D. c/o pain 6/10\n1051 A.C. SKIN INTACT, TURNED Q2H\n20:10 Jd voided 300cc\n10:36 P.M. N.P. C/O PAIN', phi: ['A.D', 'A.C', 'Jd', 'N.P'], by: 'name.initials-timed-entry', keep: ['P.M', 'SKIN', 'c/o'], rulesOnly: true },
  { pattern: 'abbreviations after a clock time before an action are not initials', style: 'nursing', text: '0800 PO meds given. 0900 I.V. started\n1000 IV infusing', phi: [], keep: ['PO', 'I.V', 'IV'], rulesOnly: true },
  { pattern: 'a verb between a person noun and an age is not initials', style: 'nursing ALL CAPS', text: 'PT IS 65 YO M. PT NOW 90 YRS. PT HAS 2 SONS.', phi: [], keep: ['IS', 'NOW', 'HAS'], rulesOnly: true },
  { pattern: 'double dotted initials before a surname in capitals', style: 'nursing ALL CAPS', text: '0837 B.C. FALUELLI AT BEDSIDE, NEW ORDERS RECD. USING I.S. INDEPENDENTLY.', phi: ['B.C. FALUELLI'], by: 'name.initials', keep: ['I.S'], rulesOnly: true },
  { pattern: 'a patient written as initials after a person noun', style: 'nursing', text: 'NSG 7p-7a\nPT J.H. 47 y/o male; calm, cooperative.', phi: ['J.H'], by: 'name.initials-only' },
  { pattern: 'dotted clinical abbreviations stay', style: 'nursing', text: 'Neb by R.T. this am; B.S. present; P.O. meds given; pt is D.N.R.', phi: [], keep: ['R.T', 'B.S', 'P.O', 'D.N.R'] },
  // name.relative
  { pattern: 'relatives with and without commas', style: 'social history', text: 'Accompanied by her daughter Maria. Son, Jose, will pick him up.', phi: ['Maria', 'Jose'] },
  { pattern: 'initials and a surname that is also a word after a relative noun', style: 'telephone encounter', text: 'Caller: husband, M. Hill\nNote: Wife V.G. Savage was recently hospitalized.', phi: ['M. Hill', 'V.G. Savage'] },
  { pattern: 'a first name that is also an instrument name after a relative noun', style: 'progress note', text: "Spoke with pt's mother Kelly who will bring medications.", phi: ['Kelly'] },
  { pattern: 'relatives in ALL CAPS', style: 'nursing ALL CAPS', text: 'PT SEEN BY DR FARNSWORTH. WIFE GLADYS AT BEDSIDE. PARKINSON\'S MEDS GIVEN.', phi: ['FARNSWORTH', 'GLADYS'], keep: ['PARKINSON'] },
  { pattern: 'capitalised names that are also adjectives after a relative (mixed case)', style: 'social history', text: 'Son Young present, daughter Rose on phone.', phi: ['Young', 'Rose'] },
  { pattern: 'a verb after a relative is not a name', style: 'telephone encounter', text: 'Daughter Will call tonight.', phi: [], keep: ['Will'] },
  // name.initials
  { pattern: 'two initials before a surname', style: 'progress note', text: 'Seen by J. R. Tolliver today.', phi: ['J. R. Tolliver'] },
  { pattern: 'laterality letter is not an initial', style: 'nursing', text: 'ETT pulled back 2 cm from R. mainstem.', phi: [], keep: ['R. mainstem'] },
  { pattern: 'inverted name: hyphenated listed surnames before a comma and a first name', style: 'discharge summary', text: 'Smith-Jones, Abigail is a 44yo woman with Hashimoto\'s.', phi: ['Smith-Jones, Abigail'], keep: ['Hashimoto'] },
  { pattern: 'a relative noun before a comma is not an inverted surname', style: 'social history', text: 'Son, Jose, will pick him up.', phi: ['Jose'], keep: ['Son'] },
  // deny.unknown-word
  { pattern: 'default-deny: two capitalised unknown words open a sentence before a person verb', style: 'telephone encounter', text: 'Leopold Marchetti called asking for an update.', phi: ['Leopold Marchetti'], by: 'deny.unknown-word' },
  { pattern: 'default-deny: unknown words after a meeting verb and preposition', style: 'progress note', text: 'Spoke with Yusuf Haddad regarding plan.', phi: ['Yusuf Haddad'] },
  { pattern: 'default-deny: first name then an unlisted surname', style: 'letter', text: 'Sent Mary Thistlewood test results by mail.', phi: ['Mary Thistlewood'] },
  { pattern: 'default-deny leaves drugs and instruments after "with"', style: 'operative note', text: 'The fascia was closed with Vicryl and the skin with Monocryl; dissected with Metzenbaum scissors.', phi: [], keep: ['Vicryl', 'Monocryl', 'Metzenbaum'] },
  { pattern: 'default-deny leaves clinical words by form', style: 'consult', text: 'Referred to Otolaryngology and Endocrinology; started Meropenem.', phi: [], keep: ['Otolaryngology', 'Endocrinology', 'Meropenem'] },
  { pattern: 'default-deny leaves languages', style: 'nursing', text: 'Pt speaks Cantonese, understands some English.', phi: [], keep: ['Cantonese', 'English'] },
  // facility.grammar
  { pattern: 'facility: practice by its grammar', style: 'discharge summary', text: 'Followed at Lakeshore Family Practice for diabetes.', phi: ['Lakeshore Family Practice'] },
  { pattern: 'facility: pharmacy, school, church with town', style: 'social history', text: 'Prescriptions sent to Hollins Pharmacy. She attends Westbrook Elementary School and sings at First Baptist Church of Millbrook.', phi: ['Hollins Pharmacy', 'Westbrook Elementary School', 'Church of Millbrook'], by: 'facility.grammar' },
  { pattern: 'facility: employer with a company suffix', style: 'social history', text: 'He works at Tessaract Tool Inc as a machinist. Employed by Brightwater Logistics LLC.', phi: ['Tessaract Tool Inc', 'Brightwater Logistics LLC'] },
  { pattern: 'facility: practice in a letter signature', style: 'referral letter', text: 'Sincerely,\nMarguerite Osei, MD\nNorthgate Neurology Associates', phi: ['Northgate Neurology Associates'], by: 'facility.grammar' },
  { pattern: 'facility: a named internal medicine practice', style: 'HPI', text: 'Her PCP is Amara Nwosu, MD at Riverside Internal Medicine.', phi: ['Amara Nwosu', 'Riverside Internal Medicine'] },
  { pattern: 'facility: nursing home named with ordinary words', style: 'triage', text: 'Brought in by EMS from Sunny Acres Nursing Home, hx dementia.', phi: ['Sunny Acres Nursing Home'], by: 'facility.grammar' },
  { pattern: 'facility: assisted living, diagnostics laboratory, pediatric practice', style: 'discharge summary', text: 'Discharged to Maple Grove Assisted Living. Labs at Quest Diagnostics. Followed by Bayview Pediatrics.', phi: ['Maple Grove Assisted Living', 'Quest Diagnostics', 'Bayview Pediatrics'] },
  { pattern: 'facility: specialty clinics and units of the hospital stay', style: 'discharge instructions', text: 'Seen at Urgent Care, admitted to the Medical Intensive Care Unit. Follow up in Cardiology Clinic in 2 weeks.', phi: [], keep: ['Urgent Care', 'Medical Intensive Care Unit', 'Cardiology Clinic'], rulesOnly: true },
  { pattern: 'facility: employers by a business head noun (mixed case)', style: 'social history', text: 'Works as a welder at Hitchings Diner; wife works at Cedar Creek Steel.', phi: ['Hitchings Diner', 'Cedar Creek Steel'] },
  { pattern: 'facility: a practice named after a surname another unit took as a person', style: 'letter cc line', text: 'CC: Dr Keluham, Pelz Family Practice', phi: ['Pelz Family Practice'] },
  { pattern: 'facility: business words in an ALL-CAPS note are not employers', style: 'nursing ALL CAPS', text: 'GI: VOMITED. MOD AMT OF UNDIGESTED FOOD. NO STOOL.', phi: [], keep: ['UNDIGESTED FOOD'] },
  { pattern: 'facility: bracketed acronym of a found hospital, and its later uses', style: 'discharge summary', text: 'Transferred from Holmeelli General Hospital (HGH) on the 26th; HGH imaging reviewed.', phi: ['HGH', 'Holmeelli General Hospital'], by: 'facility.acronym' },
  { pattern: 'facility: legal-form suffix after a comma and connectors inside the name', style: 'social history', text: 'Previously followed at Paskuham Dermatology, P.A. Transferred from Torilner Nursing and Rehabilitation Center. Born at Our Lady of the Lake Hospital.', phi: ['Paskuham Dermatology, P.A', 'Torilner Nursing and Rehabilitation Center', 'Our Lady of the Lake Hospital'] },
  { pattern: 'facility: an employer head in an all-caps note after a work cue', style: 'nursing ALL CAPS', text: 'SOCIAL: WORKS AS A WELDER AT TREERINI HARDWARE. PT ATE FOODS AND STEEL CUT OATS.', phi: ['TREERINI HARDWARE'], by: 'facility.grammar', keep: ['FOODS', 'STEEL'], rulesOnly: true },
  { pattern: 'facility: an insurer is not an employer', style: 'intake', text: 'Primary insurance: Aetna Insurance, member services.', phi: [], keep: ['Aetna Insurance'] },
  { pattern: 'facility: generic department names stay', style: 'consult', text: 'Referred to Family Practice and the Maxillofacial Surgery Service.', phi: [], keep: ['Family Practice', 'Maxillofacial Surgery Service'] },
  { pattern: 'facility: medical center in ALL CAPS', style: 'nursing ALL CAPS', text: 'PLAN: TRANSFER TO HALVERSON MEDICAL CENTER IN AM.', phi: ['HALVERSON'] },
  { pattern: 'a hospital named with English words before its ER after a movement verb', style: 'nursing', text: 'Pt sent to Holloway Bridge ER for CT.', phi: ['Holloway Bridge'] },
  { pattern: 'a unit of this hospital named with generic words stays', style: 'nursing', text: 'Pt transferred to Cardiac Surgery ICU overnight.', phi: [], keep: ['Cardiac Surgery'] },
  { pattern: 'facility code after a preposition closing the clause', style: 'nursing ALL CAPS', text: 'PT RECEIVED FROM QMH, INTUBATED. WILL RETURN TO QMH.', phi: ['QMH'], by: 'facility.code-after-prep', rulesOnly: true },
  { pattern: 'a tube goes to a suction setting, not to a hospital; wall suction abbreviations', style: 'nursing', text: 'GI: OG tube to LCWS, bilious fluid. NGT to CLWS. OGT TO CWS WITH MIN DNG. Paste applied to ACW.', phi: [], keep: ['LCWS', 'CLWS', 'CWS', 'ACW'], rulesOnly: true },
  // location.town-cue / location.city-state
  { pattern: 'town after a residence cue', style: 'social history', text: 'Lives in Glenhollow with his wife. Resident of Cold Harbor Springs.', phi: ['Cold Harbor Springs', 'Glenhollow'], by: 'location.town-cue' },
  { pattern: 'town after moved to / from', style: 'HPI', text: 'Moved to Ashcombe last year from Pettibone.', phi: ['Ashcombe', 'Pettibone'] },
  { pattern: 'countries are not towns (Safe Harbor stops at the state)', style: 'HPI', text: 'Born in Morocco, moved to Spain as a child.', phi: [], keep: ['Morocco', 'Spain'] },
  { pattern: 'town before a state code and ZIP', style: 'intake', text: 'Address on file: Pettibone, KS 67501.', phi: ['Pettibone'], by: 'location.city-state' },
  { pattern: 'ALL-CAPS exam findings are not a town and state', style: 'nursing ALL CAPS', text: 'GI: ABD SOFT, NT, ND WITH + BS.', phi: [], keep: ['NT', 'ND'] },
  // triage, radiology
  { pattern: 'triage line: town after "from", relative, PCP', style: 'triage', text: 'Triage: 54M from Dunmore c/o chest pain x2h. Brought by wife Lettie. PCP Dr Yarrow.', phi: ['Dunmore', 'Lettie', 'Yarrow'] },
  { pattern: 'radiology: reader and physician called', style: 'radiology', text: 'EXAM: CT head without contrast. Reading radiologist: Dr. Lindqvist. Findings discussed with Dr Fairweather by phone.', phi: ['Lindqvist', 'Fairweather'] },
];

describe('free-text name, place and default-deny units', () => {
  it.each(CASES.map((c) => [`${c.pattern} (${c.style})`, c] as const))('%s', (_name, c) => check(c));
});
