// Owns the HL7 v2 recognizers: the fields of the segments that carry a person (PID, NK1, GT1, IN1, IN2, MRG, PD1)
// and the caret-joined data types pasted into notes on their own — XPN names (LAST^FIRST^M), CX identifiers
// (7219600^^^MRN) and XAD addresses (12 OAK RD^^TOWN^ST^12345) — whatever words they hold.
import type { PatternRecognizerDef } from './types';

/** Segments whose fields describe the patient, next of kin, guarantor or insured (HL7 v2.x chapters 3 and 6). */
const PERSON_SEGMENTS = String.raw`(?:PID|NK1|GT1|IN1|IN2|MRG|PD1|pid|nk1|gt1|in1|in2|mrg|pd1)`;
/** The last segment name on the line before a field ("PID|1||…", "…please come in, NK1|1|…"), any case. */
const SEGMENT_NAME_RE = /\b[A-Za-z][A-Za-z0-9]{2}\|/g;
const PERSON_SEGMENT_RE = new RegExp(String.raw`^${PERSON_SEGMENTS}\|$`);

/** Whether the field starting at `start` belongs to a person segment (the nearest segment name before it on its line). */
function inPersonSegment(text: string, start: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 800);
  const before = text.slice(lineStart, start);
  let last: string | undefined;
  SEGMENT_NAME_RE.lastIndex = 0;
  for (let m = SEGMENT_NAME_RE.exec(before); m; m = SEGMENT_NAME_RE.exec(before)) last = m[0];
  return last !== undefined && PERSON_SEGMENT_RE.test(last);
}

/** Coded values a person segment also holds (set ID, sex, race, language, yes/no flags): short, no digit beyond two. */
const CODED_VALUE_RE = /^(?:\d{1,2}|[A-Za-z]{1,3})$/;
const HAS_DIGIT_RE = /\d/;
const HAS_LETTER_RE = /[A-Za-z]/;

function field(name: string, type: PatternRecognizerDef['type'], description: string, keep: (v: string) => boolean): PatternRecognizerDef {
  return {
    name,
    type,
    description,
    pattern: String.raw`\|([^|\n]+)`,
    flags: 'g',
    group: 1,
    requires: '|',
    validate: (v, c) => !CODED_VALUE_RE.test(v.trim()) && keep(v) && inPersonSegment(c.text, c.start),
  };
}

export const HL7_RECOGNIZERS: readonly PatternRecognizerDef[] = [
  field('hl7.person-field.name', 'NAME', 'a PID/NK1/GT1/IN1 field of words (patient, kin, guarantor or insured name, alias, mother\'s maiden name): PID|1||DOE^JANE^Q, NK1|1|Ray Smith|SPO',
    (v) => !HAS_DIGIT_RE.test(v) && HAS_LETTER_RE.test(v)),
  field('hl7.person-field.date', 'DATE', 'a PID/NK1/GT1 timestamp field (date of birth, death): PID|…|19930524|F, 199305241200',
    (v) => /^(?:1[89]|20)\d{6}(?:\d{2,6})?(?:[+-]\d{4})?$/.test(v.trim())),
  field('hl7.person-field.address', 'ADDRESS', 'a PID/NK1/GT1/IN1 address field, house number first, with or without carets: 8946 DEBUS DR^^NORTH LOUP^OH^83410, 511 elm blvd, colgate, wa',
    (v) => /^\s*\d{1,6}[A-Za-z]?\s+[A-Za-z]/.test(v)),
  field('hl7.person-field.id', 'ID', 'any other PID/NK1/GT1/IN1 field with digits (identifier lists, phone numbers, SSN, account, licence): PID|1||7219600^^^MRN, (555)555-1234',
    (v) => HAS_DIGIT_RE.test(v) && !/^(?:1[89]|20)\d{6}(?:\d{2,6})?$/.test(v.trim()) && !/^\s*\d{1,6}[A-Za-z]?\s+[A-Za-z]/.test(v)),
  {
    name: 'hl7.xpn',
    type: 'NAME',
    description: 'an HL7 XPN person name pasted anywhere, components joined by carets, any case: MANUS^LORENE^N, danowski^patricia^x, DOE^JOHN^^JR',
    // Two word components at least; "10^9/L" and the MSH encoding characters "^~\&" have no word on both sides.
    pattern: String.raw`(?<![\p{L}\d^-])\p{L}[\p{L}'’-]*\p{L}\^\^?\p{L}[\p{L}'’-]*(?:\^{1,2}\p{L}[\p{L}.'’-]*){0,3}(?![\p{L}\d])`,
    flags: 'gu',
    requires: '^',
    // Nursing notes write "^" for "up" ("bp^ to 150s", "sats^"): one caret joins a name only in capitals or Title case.
    validate: (v) => (v.match(/\^+/g)?.length ?? 0) >= 2 || /^(?:\p{Lu}+\^\p{Lu}+|\p{Lu}\p{Ll}+\^\p{Lu}\p{Ll}+)$/u.test(v),
  },
  {
    name: 'hl7.cx',
    type: 'ID',
    description: 'an HL7 CX identifier pasted anywhere: the number, empty check-digit components and its assigning authority: 7219600^^^MRN, 6588126^^^HOSP, A4471^^^MPI^MR',
    pattern: String.raw`(?<![A-Za-z0-9^])[A-Za-z0-9-]*\d[A-Za-z0-9-]*\^{2,3}[A-Za-z0-9&.-]*(?:\^[A-Za-z0-9&.-]*){0,3}`,
    flags: 'g',
    requires: '^^',
    validate: (v) => (v.match(/\d/g)?.length ?? 0) >= 4,
  },
  {
    name: 'hl7.xad',
    type: 'ADDRESS',
    description: 'an HL7 XAD address pasted anywhere: street^other^city^state^zip, any case: 8946 DEBUS DR^^NORTH LOUP^OH^83410, 743 elm dr^apt 2^wilmer^az^75618',
    pattern: String.raw`\b[1-9]\d{0,5}[A-Za-z]?\s[A-Za-z0-9 .#'-]{2,40}\^[A-Za-z0-9 .#'-]{0,30}\^[A-Za-z .'-]{2,30}\^[A-Za-z]{2}\^\d{5}(?:-?\d{4})?\b`,
    flags: 'g',
    requires: '^',
  },
];
