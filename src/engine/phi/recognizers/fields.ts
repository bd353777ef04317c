// Owns the labelled-field, header and signature recognizers: whatever follows a PHI label ("Patient Name:",
// "DOB:", "Attending:", "Address:", "Employer:"), a signature cue ("Electronically signed by", "Dictated by",
// "/s/") or a letter's salutation and closing is redacted by its shape, whatever its words. The labels are
// data; the value runs to the end of the line or the next label and is typed by its label.
import type { PhiType } from '../../types';
import type { Emit } from '../recognizer';
import { validEitherOrder } from './validators';

/** How the value after a label is read. */
export type FieldShape = 'name' | 'date' | 'address' | 'place';

export interface FieldDef {
  name: string;
  type: PhiType;
  shape: FieldShape;
  description: string;
  /** Lower-case labels, longest first is not required (the alternation is sorted). */
  labels: readonly string[];
  /** 'colon': the label must be followed by ":" (or "#", "-"); 'any': a colon or just a space (signature cues). */
  separator: 'colon' | 'any' | 'colon-or-dash';
  /**
   * The label names a part of a person's name ("Last Name:", "Given name -"): the whole value is the name, whatever
   * its words ("Last Name: On", "First name - May"), as long as it is one to three alphabetic words.
   */
  wholeValue?: boolean;
  /**
   * A weak label ("Patient:", "cc:") is also a common header of clinical text ("cc: chest pain"): its value
   * must look like a name (capitalised words; for cc a title or credential too).
   */
  weak?: boolean;
  /** The name needs a title (Dr., Mr.) or a credential (MD, RN): "cc:" is also "chief complaint". */
  needsTitleOrCredential?: boolean;
  /** A place value needs a word outside the common vocabulary ("Hospital: day 3" is not a place). */
  strict?: boolean;
  /** A team's name: two capitalised words or more with a plural mascot, a club word or a word outside the vocabulary. */
  team?: boolean;
}

/** Word-list predicates from the lexicon: the recognizers stay pure, the caller supplies the lists. */
export interface WordKnowledge {
  /** Ordinary English or clinical word that is not also in a name list. */
  isCommonWord(lower: string): boolean;
  /** Ordinary English or clinical word, whether or not it is also a name ("day", "mercy"). */
  isVocabulary?(lower: string): boolean;
}

const PERSON = (name: string, labels: string, description: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  name, type: 'NAME', shape: 'name', description, labels: labels.split('|'), separator: 'colon', ...extra,
});

export const FIELD_DEFS: readonly FieldDef[] = [
  PERSON('field.patient-name', "patient name|patient's name|pt name|pt. name|name|full name|legal name|preferred name|patient full name|name of patient",
    'patient name field: Patient Name: Quilla Thistlewood, Name: DOE, JANE'),
  PERSON('field.patient', 'patient|pt|client|inmate|detainee|offender|veteran|beneficiary|recipient|decedent|enrollee|claimant|examinee|insured',
    'patient header, or the header of the person a form is about (inmate, veteran, beneficiary, recipient, decedent), with a name-shaped value: Patient: Quilla Thistlewood, INMATE: VARGO, TESSILY', { weak: true }),
  PERSON('field.attending', 'attending|attending physician|attending provider|attending md|attending of record|admitting|admitting physician|admitting provider|discharging physician|treating physician|hospitalist',
    'attending or admitting physician field: Attending: Zebulon Marrowfield, MD'),
  PERSON('field.pcp', 'pcp|primary care physician|primary care provider|primary physician|primary care|family physician|family doctor',
    'primary care physician field: PCP: Dr. Orla Vantreese'),
  PERSON('field.referring', 'referring|referring physician|referring provider|referring doctor|referring md|referred by|ordering|ordering physician|ordering provider|ordering md|requesting physician|consulting physician|consultant|consultants|cardiologist|oncologist|surgeon|assistant surgeon|anesthesiologist|radiologist|pathologist|interpreting physician|reading physician|performing physician|proceduralist|endoscopist|physician|provider|clinician|author|nurse|primary nurse|rn|np|pa|resident|fellow|intern|technologist|sonographer|therapist|social worker|case manager|pharmacist|midwife|scribe|interpreter',
    'clinician field: Referring physician: Dr. Ansel Pruitt; Surgeon: Wendeline Ashgrove', { weak: true }),
  PERSON('field.contact', 'emergency contact|contact person|next of kin|nok|guardian|legal guardian|health care proxy|healthcare proxy|health care agent|hcp|proxy|power of attorney|poa|durable power of attorney|guarantor|responsible party|policy holder|policyholder|subscriber name|insured name|spouse|husband|wife|mother|father|parent|parents|son|daughter|brother|sister|grandson|granddaughter|niece|nephew|aunt|uncle|friend|neighbor|caregiver|informant|witness|accompanied by|contact|visitor|visitors|caller|care partner|support person',
    'contact, guardian or proxy field: Emergency contact: Perpetua Vane (daughter)', { weak: true }),
  PERSON('field.name-part', 'last name|first name|middle name|surname|family name|given name|given names|maiden name|mother\'s maiden name|nickname|goes by|known as|preferred name|middle initial|mi|m.i.',
    'a part of a name after its form label, whatever the words: Last Name: On; First name - May; MI: C',
    { separator: 'colon-or-dash', wholeValue: true }),
  PERSON('field.alias', 'aka|a.k.a.|also known as|alias|alias name',
    'an alias after its label, whatever the words: AKA: Sissy; Also known as: Big Mike', { wholeValue: true }),
  PERSON('field.patient-initials', 'patient identifier|patient initials|pt initials|subject initials|initials',
    "a report form's patient identifier or initials box (MedWatch, trial and safety forms): Patient identifier: DXH; Initials: S.F.", { wholeValue: true }),
  PERSON('field.regarding', 're|regarding|in re', "a letter's or message's subject line naming its patient: RE: Tsevo, Quilla", { weak: true }),
  PERSON('field.cc', 'cc|copy to|copies to|c.c.', 'carbon-copy line of a letter: cc: Dr. Ansel Pruitt', { weak: true, needsTitleOrCredential: true }),
  PERSON('signature.electronic', 'electronically signed by|electronically signed|e-signed by|esigned by|signed electronically by|digitally signed by|authenticated by|attested by|cosigned by|co-signed by|reviewed and signed by|electronic signature',
    'electronic signature line: Electronically signed by: Zebulon Marrowfield, MD on 03/12/2024', { separator: 'any' }),
  PERSON('signature.signed-by', 'signed by|verified by|signature|signed',
    'a name-shaped signer after "signed by": Signed by Ansel Pruitt, MD (not "consent signed by husband")', { separator: 'any', weak: true }),
  PERSON('signature.dictated', 'dictated by|transcribed by|dictating physician|dictating provider',
    'dictation and transcription footer: Dictated by: Ansel Pruitt, MD; Transcribed by: jt', { separator: 'any' }),
  PERSON('signature.authored', 'prepared by|written by|note written by|entered by|documented by|completed by',
    'author line with a name-shaped value: Prepared by Ansel Pruitt, RN (not "prepared by ligating the branches")', { separator: 'any', weak: true }),
  PERSON('signature.slash-s', '/s/', 'conformed signature: /s/ Ansel Pruitt', { separator: 'any' }),
  { name: 'field.date', type: 'DATE', shape: 'date', separator: 'colon-or-dash', description: 'date field in any format: DOB: 3.12.47, Admission Date: 12 March 2024',
    labels: ['dob', 'd.o.b.', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'born', 'admission date', 'admit date', 'date of admission', 'admitted',
      'discharge date', 'date of discharge', 'discharged', 'date of service', 'dos', 'service date', 'visit date', 'date of visit', 'encounter date',
      'procedure date', 'date of procedure', 'surgery date', 'date of surgery', 'operation date', 'date of operation', 'exam date', 'date of exam',
      'date of examination', 'study date', 'date of study', 'collection date', 'collected', 'date collected', 'received', 'date received', 'reported',
      'date reported', 'report date', 'date of report', 'date of death', 'dod', 'date of injury', 'doi', 'onset date', 'date of onset', 'lmp', 'edd', 'edc',
      'date', 'dictation date', 'transcription date', 'date dictated', 'date transcribed', 'signed on', 'follow-up date', 'appointment', 'appointment date',
      'next appointment', 'referral date', 'consult date', 'date of consultation', 'accident date', 'date of accident', 'date of loss', 'comparison',
      'prior study', 'previous study'] },
  { name: 'field.address', type: 'ADDRESS', shape: 'address', separator: 'colon-or-dash', description: 'address field whatever its words: Address: 42 Wallaby Way, Towson',
    labels: ['address', 'home address', 'street address', 'mailing address', 'addr', 'residence', 'permanent address', 'current address', 'patient address',
      'billing address', 'street', 'address line 1', 'address line 2'] },
  { name: 'field.place', type: 'LOCATION', shape: 'place', separator: 'colon-or-dash', description: 'employer, pharmacy, school or facility field: Employer: Zentrova Logistics',
    labels: ['employer', 'place of employment', 'employed at', 'works at', 'company', 'pharmacy', 'preferred pharmacy', 'school', 'college', 'university',
      'church', 'nursing home', 'assisted living', 'group home', 'shelter', 'birthplace', 'place of birth', 'city', 'town', 'county', 'hometown',
      'city of residence', 'referring facility', 'sending facility', 'receiving facility', 'township', 'parish', 'borough', 'village', 'neighborhood',
      'neighbourhood', 'place of death', 'place of injury', 'place of incident', 'place of occurrence', 'location of injury', 'location of incident',
      'scene location', 'incident location', 'pickup location', 'place of residence', 'residence city', 'city/town', 'town/city', 'city, state',
      'city/state', 'home town', 'school district', 'work site', 'worksite', 'job site', 'jobsite', 'place of work', 'congregation', 'parish church',
      'place of worship', 'duty station'] },
  { name: 'field.facility', type: 'LOCATION', shape: 'place', separator: 'colon', strict: true,
    description: 'facility field whose value has a proper name in it: Facility: Brackwater Medical Center (not "Hospital: day 3")',
    labels: ['facility', 'hospital', 'clinic', 'practice', 'location of service', 'service location', 'dialysis unit', 'dialysis center', 'snf',
      'rehab facility', 'outside hospital', 'osh', 'transferred from', 'transfer from', 'admitted from', 'receiving', 'sending', 'location'] },
  { name: 'field.team', type: 'LOCATION', shape: 'place', separator: 'colon', team: true,
    description: 'sports team or club field, named as teams are (capitalised words with a plural mascot or a club word): Team: the Wapiti Wolverines, Club: Two Rivers Otters swim club (not "Team: Medicine B")',
    labels: ['team', 'sports team', 'athletic team', 'school team', 'club', 'sports club', 'league', 'team name'] },
];

/** Closings of a letter: the next non-empty line is the signer. */
const CLOSINGS = ['sincerely', 'sincerely yours', 'yours sincerely', 'regards', 'best regards', 'kind regards', 'warm regards', 'warmest regards',
  'respectfully', 'respectfully yours', 'yours truly', 'very truly yours', 'cordially', 'best wishes', 'with thanks', 'thank you', 'thanks', 'best',
  'with best regards', 'with kind regards', 'yours faithfully'];

const TITLES = new Set(['dr', 'dr.', 'drs', 'doctor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'prof', 'prof.', 'professor', 'rev', 'rev.', 'sr', 'sr.', 'fr', 'fr.']);
/** A conformed signature's initials: two or three capitals, then a credential after a space or a comma ("/s/ TN RN", "/s/ PH, LPN"). */
const SLASH_S_INITIALS_RE = /^[ \t]*([A-Z]{2,3})(?:,[ \t]*|[ \t]+)([A-Za-z][A-Za-z.-]{1,7})(?![A-Za-z])/;
const CREDENTIALS = new Set(('md m.d. do d.o. rn np pa pa-c pac phd ph.d. facs facp facc faap mph ms msn bsn dnp aprn fnp cnm crna lpn lvn cna lcsw licsw msw ' +
  'pharmd rph dds dmd od dpm dc psyd mbbs frcs frcp ccc-slp slp ot otr pt dpt rd rrt crt emt-p emt paramedic jr jr. sr. ii iii iv mba ' +
  'cgc rdh lmft lpc lpcc bcba').split(' '));
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'st', 'st.', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'y', 'dos', 'das']);
/** Words that end a name value: what follows is prose, a date or a role. */
const STOP_WORDS = new Set(('on at for and or with was is has had will to from in of by via re regarding date time dated signed ' +
  'reviewed dictated transcribed the a an this that who which as see per cc').split(' '));
/** Values that say there is no PHI to redact. */
const NO_VALUE_RE = /^(?:none|n\/?a|na|unknown|unk|not applicable|not available|not on file|declined|deferred|pending|self|same|same as above|no|yes|nil|not known|not assigned|unassigned|tbd|to be determined|retired|unemployed|disabled|homemaker|student|not employed|homeless|refused|none listed|none given|see above|see below|as above|not needed|spanish|english|french|portuguese|mandarin|cantonese|chinese|vietnamese|russian|arabic|korean|haitian creole|creole|tagalog|polish|italian|german|japanese|hindi|somali|amharic|asl|sign language|farsi|hmong)\b\.?\s*$/i;

const NAME_TOKEN_RE = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*\.?$/;
const TOKEN_RE = /[^\s,;()&]+|[,;()&]/g;

/** Where a field's value stops: end of line, a tab, a run of spaces, a pipe, a semicolon (lists are handled by the name reader). */
const VALUE_END_RE = /\r|\n|\t| {3,}|\s\|/;
const DATE_VALUE_RE = new RegExp(
  String.raw`^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s{1,2})?` +
    String.raw`(?:\d{1,4}\s?[\/.\-]\s?\d{1,2}\s?[\/.\-]\s?'?\d{2,4}|\d{8}|\d{6}(?![0-9])|\d{1,2}(?:st|nd|rd|th)?[\s\-.]?(?:of\s)?[a-z]{3,9}\.?[\s\-.,]{0,2}'?\d{2,4}|[a-z]{3,9}\.?[\s\-]{0,2}\d{1,2}(?:st|nd|rd|th)?(?:,?\s{0,2}'?\d{2,4})?|[a-z]{3,9}\.?,?\s'?\d{4}|\d{1,2}[\/\-]\d{1,2}(?![0-9\/\-])|\d{1,2}\/\d{4})`,
  'i',
);
const MONTH_WORD_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

export interface CompiledField {
  def: FieldDef;
  /** Sticky when `anchored`: tried only where a label's first word stands. */
  re: RegExp;
  triggers: readonly string[];
  anchored: boolean;
  /** For a field that cannot be anchored ("/s/"): one of these substrings must be in the note. */
  requires: readonly string[];
}

export function compileField(def: FieldDef): CompiledField {
  const alts = [...def.labels].sort((a, b) => b.length - a.length).map(escapeLabel);
  const sep = def.separator === 'colon' ? String.raw`[ \t]*(?:#[ \t]*)?(?::|=)[ \t]*`
    : def.separator === 'colon-or-dash' ? String.raw`[ \t]*(?::|=|-(?=[ \t]))[ \t]*`
    : String.raw`(?:[ \t]*[:\-][ \t]*|[ \t]+)`;
  // "/s/" starts with punctuation: it cannot be anchored on a word and is scanned for instead.
  const anchored = def.labels.every((l) => /^[a-z0-9]/i.test(l));
  const re = new RegExp(String.raw`(?<![A-Za-z0-9/])(?:${alts.join('|')})(?![A-Za-z0-9])${sep}`, anchored ? 'iy' : 'gi');
  const triggers = [...new Set(def.labels.map((l) => (/[a-z0-9]+/.exec(l.toLowerCase()) ?? [''])[0]).filter(Boolean))];
  const requires = anchored ? [] : def.labels.flatMap((l) => [l, l.toUpperCase()]);
  return { def, re, triggers, anchored, requires };
}

function escapeLabel(label: string): string {
  return label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, String.raw`\s{1,2}`);
}

/** Runs one compiled field over the note, or only at `positions` (label first words) when it is anchored. */
export function runField(f: CompiledField, text: string, words: WordKnowledge, emit: Emit, positions?: readonly number[]): void {
  const re = f.re;
  eachMatch(re, text, positions, (m) => {
    readField(f, m, text, words, emit);
  });
}

/** Global scan, or sticky tries at sorted positions (skipping those inside a previous match). */
export function eachMatch(re: RegExp, text: string, positions: readonly number[] | undefined, fn: (m: RegExpExecArray) => void): void {
  if (positions) {
    let after = 0;
    for (const pos of positions) {
      if (pos < after) continue;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      after = m.index + m[0].length;
      fn(m);
    }
    return;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/** A colon label starts a field: at the start of a line or after a separator or a previous value ("MRN 123 DOB:"). */
const FIELD_START_RE = /(?:^|[,;|:.)\]]|\d|\s{2,}|\t)[ \t]*$/;
/** One to three alphabetic words (initials, hyphens, apostrophes, quotes), then only spaces or a full stop. */
const WHOLE_NAME_VALUE_RE = /^([\p{L}][\p{L}'’.\-]*(?:,?[ \t]{1,2}"?[\p{L}][\p{L}'’.\-"]*){0,2})[ \t.]*$/u;
/** Two spaces, then the next labelled box of a form row: a capitalised label of up to four words and its colon. */
const NEXT_BOX_RE = / {2,}(?=[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}:)/;
/** Words of a place or address value: a facility name is not a sentence. */
const MAX_PLACE_WORDS = 8;
const MAX_ADDRESS_WORDS = 14;

function readField(f: CompiledField, m: RegExpExecArray, text: string, words: WordKnowledge, emit: Emit): void {
  if (f.def.separator === 'colon' || f.def.separator === 'colon-or-dash') {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    // "COURSE IN THE HOSPITAL:", "Pulse Generator Model Name:": a label inside a header is not a field.
    if (!FIELD_START_RE.test(text.slice(Math.max(lineStart, m.index - 40), m.index))) return;
  }
  const valueStart = m.index + m[0].length;
  const rest = text.slice(valueStart, valueStart + 240);
  const cut = VALUE_END_RE.exec(rest);
  const value = cut ? rest.slice(0, cut.index) : rest;
  if (value.trim().length === 0 || NO_VALUE_RE.test(value.trim())) return;
  switch (f.def.shape) {
    case 'name':
      if (f.def.wholeValue) {
        // A form row puts its next labelled box two spaces on ("Patient identifier: DXH  Age at event: 42").
        const box = NEXT_BOX_RE.exec(value);
        const v = WHOLE_NAME_VALUE_RE.exec(box ? value.slice(0, box.index) : value);
        // "MI:" is also myocardial infarction in a problem list: after it only a single initial is a name.
        const initialOnly = /^m\.?i\b/i.test(m[0]) || /^middle initial/i.test(m[0]);
        if (v && (!initialOnly || /^\p{L}\.?$/u.test(v[1]))) emit(valueStart, valueStart + v[1].length, f.def.type, f.def.name);
        break;
      }
      // "/s/ TN RN": a conformed signature of two or three capitals before a credential is the signer's initials, even when
      // the initials spell a credential or a unit ("/s/ RT RRT", "/s/ MG LPN").
      if (f.def.name === 'signature.slash-s') {
        const ini = SLASH_S_INITIALS_RE.exec(value);
        if (ini && CREDENTIALS.has(ini[2].toLowerCase().replace(/\.$/, ''))) emit(valueStart + ini.index + ini[0].indexOf(ini[1]), valueStart + ini.index + ini[0].indexOf(ini[1]) + ini[1].length, f.def.type, f.def.name);
      }
      readNames(f.def, text, valueStart, value, words, emit);
      break;
    case 'date': {
      const d = DATE_VALUE_RE.exec(value);
      if (d && /\d/.test(d[0]) && (/[\/.\-]/.test(d[0]) || /[a-z]{3}/i.test(d[0]) || /^\d{6}(?:\d\d)?$/.test(d[0]))) {
        if (/[a-z]{3}/i.test(d[0]) && !/\d[\/.\-]\d/.test(d[0]) && !/\d{6}/.test(d[0]) && !hasMonthWord(d[0])) break;
        if (/^\d{6}$/.test(d[0]) && !validEitherOrder(Number(d[0].slice(0, 2)), Number(d[0].slice(2, 4)))) break;
        if (/^\d{1,2}\.\d{1,2}$/.test(d[0])) break;
        emit(valueStart, valueStart + d[0].replace(/[\s,.\-]+$/, '').length, f.def.type, f.def.name);
      }
      break;
    }
    case 'address':
    case 'place': {
      // The value ends at a sentence end or the next "Label:"; a sentence-long value is prose, not a place.
      // A place value also ends where its street address or a bracket begins ("Shears Drugs, 17875 Banks Terrace").
      const sentence = f.def.shape === 'place'
        ? /\.(?:\s|,|$)|\s(?=[A-Z][A-Za-z#.]*:(?:\s|$))|,[ \t]*(?=\d)|[ \t]\(/.exec(value)
        : /\.(?:\s|,|$)|\s(?=[A-Z][A-Za-z#.]*:(?:\s|$))/.exec(value);
      const v = (sentence ? value.slice(0, sentence.index) : value).replace(/[\s,.;:]+$/, '');
      if (!/[A-Za-z]/.test(v) || /^[\s,.;:]/.test(value)) break;
      if (v.split(/\s+/).length > (f.def.shape === 'place' ? MAX_PLACE_WORDS : MAX_ADDRESS_WORDS)) break;
      if (f.def.shape === 'address' && !/\d/.test(v) && !anyUncommon(v, words) && !/^[A-Z]/.test(v)) break;
      if (f.def.team) {
        if (!teamName(v, words)) break;
      } else if (f.def.shape === 'place' && !anyUncommon(v, words) && !allCapitalised(v)) break;
      if (f.def.strict && !anyOutsideVocabulary(v, words)) break;
      emit(valueStart, valueStart + v.length, f.def.type, f.def.name);
      break;
    }
  }
}

function hasMonthWord(s: string): boolean {
  for (const w of s.split(/[^A-Za-z]+/)) if (w.length >= 3 && MONTH_WORD_RE.test(w)) return true;
  return false;
}

const TEAM_NAME_RE = /^(?:the\s+)?((?:[A-Z][A-Za-z'\-]+\s+){1,3}[A-Z][A-Za-z'\-]+)(?:\s+(?:[A-Za-z]+\s+)?(?:club|team|JV|jv|varsity|squad))?$/;

/** "the Wapiti Wolverines", "Lompoc Braves JV", "Two Rivers Otters swim club": a team is named by a plural mascot or a club word. */
function teamName(v: string, words: WordKnowledge): boolean {
  const m = TEAM_NAME_RE.exec(v);
  if (!m) return false;
  const parts = m[1].split(/\s+/);
  return /(?<!s)s$/.test(parts[parts.length - 1]) || m[0].length > m[1].length + (v.startsWith('the ') ? 4 : 0) || anyOutsideVocabulary(m[1], words);
}

function anyUncommon(v: string, words: WordKnowledge): boolean {
  for (const w of v.split(/[^A-Za-z\u00C0-\u024F']+/)) if (w.length > 1 && !words.isCommonWord(w.toLowerCase())) return true;
  return false;
}

function anyOutsideVocabulary(v: string, words: WordKnowledge): boolean {
  const vocab = words.isVocabulary ?? words.isCommonWord;
  for (const w of v.split(/[^A-Za-z\u00C0-\u024F']+/)) if (w.length > 1 && !vocab(w.toLowerCase())) return true;
  return false;
}

function allCapitalised(v: string): boolean {
  let any = false;
  for (const w of v.split(/[^A-Za-z\u00C0-\u024F']+/)) {
    if (w.length === 0 || PARTICLES.has(w.toLowerCase()) || STOP_WORDS.has(w.toLowerCase())) continue;
    if (!/^[A-Z]/.test(w)) return false;
    any = true;
  }
  return any;
}

interface Tok {
  s: string;
  start: number;
  end: number;
}

/**
 * Reads one or more names from a field value: an optional title, up to five name words (initials, particles,
 * hyphens, "LAST, FIRST"), stopping at a credential, a digit, a parenthesis or a prose word; lists joined by
 * ";", "," + title, "and", "&" continue.
 */
function readNames(def: FieldDef, text: string, valueStart: number, value: string, words: WordKnowledge, emit: Emit): void {
  const toks: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let t = TOKEN_RE.exec(value); t !== null; t = TOKEN_RE.exec(value)) toks.push({ s: t[0], start: valueStart + t.index, end: valueStart + t.index + t[0].length });
  let i = 0;
  let names = 0;
  while (i < toks.length && names < 6) {
    let titled = false;
    while (i < toks.length && TITLES.has(toks[i].s.toLowerCase())) {
      titled = true;
      i++;
    }
    const first = i;
    let last = -1;
    let commas = 0;
    let count = 0;
    while (i < toks.length && count < 5) {
      const t = toks[i].s;
      const lower = t.toLowerCase().replace(/\.$/, '');
      if (t === ',') {
        // "DOE, JANE": one comma inside a name, only when a name word (not a credential) follows.
        const n = toks[i + 1];
        if (commas === 0 && count === 1 && toks[i - 1].s.length > 2 && n && NAME_TOKEN_RE.test(n.s) && !CREDENTIALS.has(n.s.toLowerCase()) && !TITLES.has(n.s.toLowerCase()) && !STOP_WORDS.has(n.s.toLowerCase())) {
          commas++;
          i++;
          continue;
        }
        break;
      }
      // A word followed by ":" is the next field's label ("X., TOURNIQUET TIME:").
      if (text.charCodeAt(toks[i].end) === 58 && i > first) break;
      if (!NAME_TOKEN_RE.test(t) || CREDENTIALS.has(lower) || CREDENTIALS.has(t.toLowerCase()) || (STOP_WORDS.has(lower) && !PARTICLES.has(lower))) break;
      if (TITLES.has(t.toLowerCase())) break;
      last = i;
      count++;
      i++;
    }
    if (last < first) break;
    const span = toks.slice(first, last + 1).filter((t) => t.s !== ',');
    let credentialAfter = false;
    for (let k = last + 1; k < Math.min(toks.length, last + 4); k++) {
      const s = toks[k].s.toLowerCase();
      if (CREDENTIALS.has(s) || CREDENTIALS.has(s.replace(/\.$/, ''))) credentialAfter = true;
      if (s !== ',' && !CREDENTIALS.has(s) && !CREDENTIALS.has(s.replace(/\.$/, ''))) break;
    }
    // "Wolf, Radius": surname first with a comma, both capitalised, the surname a listed name or a word in no list.
    const surnameFirst = commas === 1 && span.length === 2 && span.every((t) => /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+$/.test(t.s)) &&
      !words.isCommonWord(span[0].s.toLowerCase());
    if (acceptName(def, span, titled || surnameFirst, credentialAfter, words)) {
      let end = toks[last].end;
      if (text[end - 1] === '.' && !/^[A-Za-z]\.$/.test(toks[last].s)) end--;
      emit(toks[first].start, end, def.type, def.name);
      names++;
    } else if (names === 0) return;
    // Lists: "cc: Dr. A; Dr. B", "Attending: A and B", "Drs A, B".
    while (i < toks.length && CREDENTIALS.has(toks[i].s.toLowerCase().replace(/\.$/, '')) || toks[i]?.s === ',' && CREDENTIALS.has((toks[i + 1]?.s ?? '').toLowerCase().replace(/\.$/, ''))) i++;
    const sep = toks[i];
    if (!sep || !(sep.s === ';' || sep.s === ',' || sep.s === '&' || sep.s.toLowerCase() === 'and' || sep.s === '/')) break;
    i++;
    const next = toks[i];
    if (!next || !(TITLES.has(next.s.toLowerCase()) || (/^[A-Z]/.test(next.s) && NAME_TOKEN_RE.test(next.s)))) break;
  }
}

function acceptName(def: FieldDef, span: Tok[], titled: boolean, credentialAfter: boolean, words: WordKnowledge): boolean {
  if (span.length === 0) return false;
  // Hyphenated tokens are judged by their parts: "CXR-TF-PROMOTE" is three ordinary words.
  const alpha = span.flatMap((t) => t.s.replace(/\.$/, '').split(/-/)).filter((w) => w.length > 0);
  // A value made only of ordinary words is a specialty, a language or prose ("Attending: Cardiology", "Interpreter: Spanish").
  const uncommon = alpha.some((w) => w.length > 1 && !words.isCommonWord(w.toLowerCase()));
  const initials = alpha.filter((w) => w.length === 1).length;
  if (!uncommon && !titled && !(credentialAfter && alpha.length >= 2) && !(initials > 0 && alpha.length >= 2)) return false;
  if (def.needsTitleOrCredential && !titled && !credentialAfter) return false;
  if (def.weak) {
    // A weak label's value must be written as a name: every word capitalised (or an initial), at most four words.
    if (alpha.length > 4) return false;
    if (!alpha.every((w) => /^[A-Z\u00C0-\u00DE]/.test(w) || PARTICLES.has(w.toLowerCase()))) return false;
    if (!titled && !credentialAfter && alpha.length === 1 && !uncommon) return false;
    // Every word ordinary vocabulary and one of them no name at all: a finding ("Brother: Breast Cancer"), not a person.
    const vocab = words.isVocabulary ?? words.isCommonWord;
    if (!titled && !credentialAfter && alpha.every((w) => w.length === 1 || vocab(w.toLowerCase())) &&
      alpha.some((w) => w.length > 1 && words.isCommonWord(w.toLowerCase()))) return false;
    // All-caps notes write prose in capitals too: there every word must be outside the common vocabulary.
    if (!titled && !credentialAfter && alpha.every((w) => w === w.toUpperCase()) && !alpha.every((w) => w.length === 1 || !words.isCommonWord(w.toLowerCase()))) return false;
  }
  return true;
}

/** "Dear Dr. Pruitt," — the salutation of a letter names its addressee. */
const SALUTATION_RE = /(?<![A-Za-z])(?:dear|attn:?|attention:?|to:)[ \t]+/iy;
const GENERIC_ADDRESSEE_RE = /^(?:colleague|colleagues|sir|sirs|madam|sir or madam|doctor|doctors|team|provider|providers|patient|parent|parents|family|friend|friends|all|whom|to whom|care team|partner|partners|physician|clinician|nurse|staff|members)\b/i;

export function runSalutations(text: string, words: WordKnowledge, emit: Emit, positions: readonly number[]): void {
  eachMatch(SALUTATION_RE, text, positions, (m) => {
    const valueStart = m.index + m[0].length;
    const rest = text.slice(valueStart, valueStart + 120);
    const end = /[,:\r\n]|$/.exec(rest)!.index;
    const value = rest.slice(0, end);
    const stripped = value.replace(/^(?:(?:dr|mr|mrs|ms|miss|prof|doctor)\.?\s+)+/i, '');
    if (!stripped || GENERIC_ADDRESSEE_RE.test(stripped)) return;
    // "Attention" with no colon and no title is also the everyday word calling for notice ("** ATTENTION MODEL **",
    // "Attention language model:"): an ordinary English word after it is what is addressed, not a person.
    if (/^attention[ \t]/i.test(m[0]) && stripped === value && attentionCallsForNotice(stripped, words)) return;
    // A lower-case salutation of ordinary words ("dear extraction model,", "Dear model -") addresses a thing: in a
    // mixed-case note a person's name is capitalised; in a lower-case note one word must be no name at all.
    const lowerRun = /^[a-z]+(?:[ \t]+[a-z]+)*/.exec(stripped)?.[0];
    if (lowerRun && /^dear/i.test(m[0])) {
      const ws = lowerRun.split(/[ \t]+/);
      const mixedCase = /[A-Z][a-z]{2}/.test(text.slice(Math.max(0, m.index - 300), m.index) + text.slice(valueStart, valueStart + 300));
      if (ws.every((w) => (words.isVocabulary ?? words.isCommonWord)(w)) && (mixedCase || ws.some((w) => words.isCommonWord(w)))) return;
    }
    // "To:" in a header is a label; "Dear" opens a letter: both need a name-shaped value.
    if (/^to:/i.test(m[0]) || /^att/i.test(m[0])) {
      readNames(SALUTATION_DEF_WEAK, text, valueStart, value, words, emit);
    } else readNames(SALUTATION_DEF, text, valueStart, value, words, emit);
  });
}

/**
 * "Attention" (no colon, no title) before an ordinary word calls for notice ("** ATTENTION MODEL **", "Attention
 * language model:"): the first word is vocabulary and no name, or it is a capitalised word standing alone before
 * decoration, or another ordinary word follows. "Attention Grace Okafor," and "ATTENTION GRACE OKAFOR" keep their
 * name: "Grace" is a given name and "Okafor" no vocabulary.
 */
function attentionCallsForNotice(value: string, words: WordKnowledge): boolean {
  const ws = /^([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?/.exec(value);
  if (!ws) return false;
  const vocab = words.isVocabulary ?? words.isCommonWord;
  const first = ws[1].toLowerCase();
  if (!vocab(first)) return false;
  if (words.isCommonWord(first)) return true;
  if (ws[2] === undefined) return ws[1].length > 1 && ws[1] === ws[1].toUpperCase();
  return vocab(ws[2].toLowerCase());
}

const SALUTATION_DEF: FieldDef = PERSON('signature.salutation', 'dear', "letter salutation: Dear Dr. Pruitt, Dear Mrs. Vane and Mr. Vane,");
const SALUTATION_DEF_WEAK: FieldDef = { ...SALUTATION_DEF, weak: true };
const CLOSING_DEF: FieldDef = PERSON('signature.closing', CLOSINGS.join('|'), 'the signer under a letter closing: Sincerely,\\n\\nAnsel Pruitt, MD', { weak: true });
const CLOSING_RE = new RegExp(String.raw`(?<![A-Za-z])(?:${[...CLOSINGS].sort((a, b) => b.length - a.length).join('|')}),?[ \t]*\r?\n(?:[ \t]*\r?\n){0,3}[ \t]*`, 'iy');

export function runClosings(text: string, words: WordKnowledge, emit: Emit, positions: readonly number[]): void {
  eachMatch(CLOSING_RE, text, positions, (m) => {
    const valueStart = m.index + m[0].length;
    const rest = text.slice(valueStart, valueStart + 120);
    const end = /[\r\n]|$/.exec(rest)!.index;
    readNames(CLOSING_DEF, text, valueStart, rest.slice(0, end), words, emit);
  });
}

export const SIGNATURE_DESCRIPTIONS: readonly { name: string; description: string }[] = [
  { name: SALUTATION_DEF.name, description: SALUTATION_DEF.description },
  { name: CLOSING_DEF.name, description: CLOSING_DEF.description },
];
export const SALUTATION_TRIGGERS: readonly string[] = ['dear', 'attn', 'attention', 'to'];
export const CLOSING_TRIGGERS: readonly string[] = CLOSINGS.map((c) => c.split(' ')[0]);
