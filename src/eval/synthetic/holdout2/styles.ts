// Owns the note styles of the second held-out PHI check, none of which the main generator or the
// first held-out check writes: an ED whiteboard/tracking board, a consult e-mail thread with headers,
// an insurance pre-authorization form, a scanned fax read by OCR (broken spacing, stray characters),
// an operative note header, a lab requisition with barcodes and accessions, an obituary-like social
// history with relatives, and a referral letter from abroad. Labels differ from both other generators.
import type { Rng } from '../prng';
import { addDays, randomDate, type Ymd } from '../dates';
import { f, join, term, type CaseMode, type Frag } from '../segments';
import {
  h2Age, h2City, h2Date, h2EmailAddress, h2Family, h2Given, h2Identifier, h2Ipv6, h2Name, h2Organisation, h2Person, h2Phone,
  h2Postcode, h2Street, h2Url, type H2Person,
} from './formats';

export interface H2Cast {
  patient: H2Person;
  staff: H2Person[];
  kin: { p: H2Person; rel: string }[];
  age: number;
  dob: Ymd;
  visit: Ymd;
  events: Ymd[];
}

export function h2Cast(rng: Rng): H2Cast {
  const visit = randomDate(rng, 2016, 2026);
  const age = rng.chance(0.35) ? rng.int(90, 104) : rng.int(19, 88);
  const dob = addDays({ y: visit.y - age, m: 1, d: 1 }, -rng.int(1, 360));
  return {
    patient: h2Person(rng),
    staff: Array.from({ length: 4 }, () => h2Person(rng)),
    kin: Array.from({ length: rng.int(2, 3) }, () => ({ p: h2Person(rng), rel: rng.pick(['sister', 'son-in-law', 'granddaughter', 'husband', 'wife', 'cousin', 'stepson', 'hija', 'filho']) })),
    age, dob, visit,
    events: Array.from({ length: 4 }, () => addDays(visit, rng.int(-400, 60))),
  };
}

export interface H2Style {
  name: string;
  caseMode(rng: Rng): CaseMode;
  render(rng: Rng, c: H2Cast): Frag;
}

// Eponyms, scores, place-named infections and brands that neither other generator plants.
const H2_PROTECTED = [
  'Sturge-Weber syndrome', "Peyronie's disease", 'Tietze syndrome', "Ludwig's angina", "Zenker's diverticulum", 'Osler nodes',
  'Janeway lesions', 'Roth spots', "Virchow's node", 'Sister Mary Joseph nodule', 'Ewing sarcoma', 'Wilms tumor', 'Buerger disease',
  'Bankart lesion', 'Hill-Sachs lesion', 'Jones fracture', "Boxer's fracture", 'Monteggia fracture', 'Cullen sign', 'Grey Turner sign',
  'Nikolsky sign', 'Lhermitte sign', 'APACHE II score', 'CURB-65', 'NIH Stroke Scale', 'Caprini score', 'Aldrete score', 'Mohs surgery',
  'Jackson-Pratt drain', 'Hickman catheter', 'Penrose drain', 'Lassa fever', 'St. Louis encephalitis', 'Pontiac fever', 'Toradol',
  'Versed', 'Ancef', 'Marcaine', 'Kcentra', 'Wegovy', 'Skyrizi', 'Biktarvy', 'Rinvoq',
];

function prot(rng: Rng): Frag {
  const t = rng.pick(H2_PROTECTED);
  return term(t, t);
}

function age(rng: Rng, c: H2Cast): Frag {
  return c.age > 89 ? h2Age(rng, c.age) : `${c.age}${rng.pick(['yo', ' y', ' years'])}`;
}

function addressBlock(rng: Rng): Frag {
  return rng.chance(0.5)
    ? f`${h2Street(rng)}, ${h2City(rng)}, ${rng.pick(['TX', 'CA', 'FL', 'IL'])} ${h2Postcode(rng)}`
    : f`${h2Street(rng)}\n${h2City(rng)} ${h2Postcode(rng)}, ${rng.pick(['United Kingdom', 'Canada', 'India', 'Mexico'])}`;
}

const edBoard: H2Style = {
  name: 'h2_ed_tracking_board',
  caseMode: (rng) => rng.weighted([[1, 'asis'], [1, 'upper']]),
  render(rng, c) {
    const rows: Frag[] = [];
    for (let i = 0; i < rng.int(2, 4); i++) {
      const s = rng.pick(c.staff);
      rows.push(f`${rng.pick(['RM', 'HALL', 'FT'])}${rng.int(1, 30)}\t${h2Family(rng.pick(c.kin).p, 'h2.name.board-family')}\t${rng.int(1, 5)}\t${rng.pick(['CP', 'SOB', 'ABD PN', 'FALL'])}\t${h2Family(s, 'h2.name.board-staff')}\t${rng.pick(['lab', 'CT', 'dispo'])}\n`);
    }
    return f`ED TRACKING BOARD  ${h2Date(rng, c.visit)}
Bed\tPatient\tESI\tCC\tProvider\tStatus
${rng.pick(['RM', 'HALL'])}${rng.int(1, 30)}\t${h2Name(rng, c.patient)}\t${rng.int(1, 5)}\t${prot(rng)}\t${h2Family(c.staff[0], 'h2.name.board-staff')}\t${age(rng, c)}
${rows}Note: ${h2Given(c.kin[0].p, 'h2.name.board-kin')} (${c.kin[0].rel}) at bedside, cb ${h2Phone(rng)}.
`;
  },
};

const emailThread: H2Style = {
  name: 'h2_consult_email_thread',
  caseMode: () => 'asis',
  render(rng, c) {
    const a = c.staff[0], b = c.staff[1];
    return f`From: ${h2Name(rng, a)} <${h2EmailAddress(rng, a)}>
Sent: ${h2Date(rng, c.visit, 'h2.date.email-header')}
To: ${h2Name(rng, b)} <${h2EmailAddress(rng, b)}>
Cc: ${h2EmailAddress(rng, c.staff[2])}
Subject: RE: curbside - ${h2Family(c.patient, 'h2.name.subject-line')} ${prot(rng)}

Hi ${h2Given(b, 'h2.name.salutation-given')}, agree with ${prot(rng)}. Pt is ${age(rng, c)}, seen at ${h2Organisation(rng)} on ${h2Date(rng, c.events[0])}.
Can you see ${rng.pick(['her', 'him'])} ${h2Date(rng, c.events[3])}? ${h2Identifier(rng)}.
Thanks, ${h2Given(a, 'h2.name.signoff-given')}

-----Original Message-----
From: ${h2EmailAddress(rng, b)}
Sent: ${h2Date(rng, c.events[1], 'h2.date.email-header')}
Wondering about ${h2Name(rng, c.patient)}; ${rng.pick(['daughter', 'wife'])} ${h2Name(rng, c.kin[0].p)} called from ${h2Phone(rng)}. VPN log ${h2Ipv6(rng)}.
`;
  },
};

const preAuth: H2Style = {
  name: 'h2_prior_authorization_form',
  caseMode: (rng) => rng.weighted([[3, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`PRIOR AUTHORIZATION REQUEST
Member name: ${h2Name(rng, c.patient)}          Date of birth: ${h2Date(rng, c.dob)}
Member address: ${addressBlock(rng)}
${h2Identifier(rng)}     ${h2Identifier(rng)}
Requesting provider: ${h2Name(rng, c.staff[0])}   ${h2Identifier(rng)}
Practice phone ${h2Phone(rng)}   Fax ${h2Phone(rng)}
Service requested: ${prot(rng)}; diagnosis ${prot(rng)}. Start ${h2Date(rng, c.events[2])}, end ${h2Date(rng, c.events[3])}.
Employer: ${h2Organisation(rng)}. Submitted ${h2Date(rng, c.visit)} via ${h2Url(rng)}.
`;
  },
};

/** OCR of a fax: letters and digits survive, spacing does not, and stray marks appear. */
const faxOcr: H2Style = {
  name: 'h2_fax_ocr',
  caseMode: (rng) => rng.weighted([[2, 'upper'], [1, 'asis']]),
  render(rng, c) {
    return f`${h2Date(rng, c.visit, 'h2.date.ocr-spaced')} ${rng.int(1, 12)}:${rng.int(10, 59)} FAX ${h2Phone(rng)}   ${h2Organisation(rng)}   P. 00${rng.int(1, 4)}
~~ FAX COVER ~~
To : ${h2Name(rng, c.staff[1])}     Fr om: ${h2Name(rng, c.staff[2])}
Re: pt ${h2Name(rng, c.patient)} ,DOB ${h2Date(rng, c.dob, 'h2.date.ocr-spaced')} .
Pages: ${rng.int(2, 9)}  Ph: ${h2Phone(rng)}
  Attached : ${prot(rng)} workup ; ${h2Identifier(rng)}
Addr : ${addressBlock(rng)}
CONFIDENTIALITY NOTICE: this fax is intended only for the addressee.
`;
  },
};

const opHeader: H2Style = {
  name: 'h2_operative_note_header',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`OPERATIVE REPORT
Patient: ${h2Name(rng, c.patient)}     Date of Surgery: ${h2Date(rng, c.visit)}
Surgeon: ${h2Name(rng, c.staff[0])}, MD, FACS
Assistant(s): ${join([h2Name(rng, c.staff[1]), h2Family(c.staff[2], 'h2.name.assistant-family')], ', ')}
Anesthesia: general, ${h2Family(c.staff[3], 'h2.name.anesthetist')} CRNA
Preop diagnosis: ${prot(rng)}.
Procedure: ${prot(rng)}; ${prot(rng)} placed. Implant ${h2Identifier(rng)}.
Location: ${h2Organisation(rng)}, OR ${rng.int(1, 14)}. Start ${h2Date(rng, c.visit, 'h2.date.iso-timestamp')}.
`;
  },
};

const labRequisition: H2Style = {
  name: 'h2_lab_requisition',
  caseMode: (rng) => rng.weighted([[2, 'asis'], [1, 'upper']]),
  render(rng, c) {
    return f`LABORATORY REQUISITION  ${h2Organisation(rng)}
Patient  ${h2Name(rng, c.patient)}   Sex ${c.patient.sex}   DOB ${h2Date(rng, c.dob)}
${h2Identifier(rng)}   ${h2Identifier(rng)}
Collected ${h2Date(rng, c.events[0], 'h2.date.iso-timestamp')} by ${h2Given(c.staff[3], 'h2.name.phlebotomist')} ${h2Family(c.staff[3], 'h2.name.phlebotomist')}
Ordering: ${h2Name(rng, c.staff[0])}  ${h2Identifier(rng)}
Tests: CBC, CMP, ${prot(rng)} panel. Clinical info: ${prot(rng)}.
Report to: ${h2Phone(rng)} / ${h2EmailAddress(rng, c.staff[0])}
`;
  },
};

const obituarySocial: H2Style = {
  name: 'h2_obituary_social_history',
  caseMode: () => 'asis',
  render(rng, c) {
    const [k1, k2] = c.kin;
    return f`SOCIAL HISTORY (per family)
${h2Name(rng, c.patient)} was born in ${h2City(rng)} on ${h2Date(rng, c.dob)} and ${rng.pick(['emigrated', 'moved'])} in ${h2Date(rng, c.events[0], 'h2.date.month-year')}.
${rng.pick(['She', 'He'])} worked ${rng.int(20, 40)} years at ${h2Organisation(rng)} and attended ${h2Organisation(rng)}.
Widowed; late spouse ${h2Name(rng, k1.p)} died ${h2Date(rng, c.events[1])} of ${prot(rng)}.
Survived by ${k2.rel} ${h2Name(rng, k2.p)} of ${h2City(rng)} and ${k1.rel} ${h2Given(k1.p, 'h2.name.relative-given')}.
Now ${age(rng, c)}, lives at ${h2Street(rng)}. Hx ${prot(rng)}.
`;
  },
};

const intlReferral: H2Style = {
  name: 'h2_international_referral',
  caseMode: () => 'asis',
  render(rng, c) {
    return f`${h2Organisation(rng)}
${addressBlock(rng)}
Tel ${h2Phone(rng)}

${h2Date(rng, c.visit, 'h2.date.dmy-dotted')}

Dear Dr ${h2Family(c.staff[0], 'h2.name.letter-surname')},
Re: ${h2Name(rng, c.patient)}, d.o.b. ${h2Date(rng, c.dob, 'h2.date.dmy-slash-intl')}, ${h2Identifier(rng)}
Thank you for seeing this ${age(rng, c)} with ${prot(rng)} first noted ${h2Date(rng, c.events[0])}. Treated with ${prot(rng)}.
${rng.pick(['Her', 'His'])} ${c.kin[0].rel} ${h2Name(rng, c.kin[0].p)} (${h2Phone(rng)}) will accompany.
Yours sincerely,
${h2Name(rng, c.staff[1])}
`;
  },
};

export const HOLDOUT2_STYLES: readonly H2Style[] = [edBoard, emailThread, preAuth, faxOcr, opHeader, labRequisition, obituarySocial, intlReferral];
