// Owns clinical section detection: finds section headers ("HPI:", "PAST MEDICAL HISTORY",
// "A/P:", SOAP "S:/O:/A:/P:") and maps them to SectionKind. Sections tile the whole text.
import type { Section, SectionKind } from '../types';

/**
 * Header spellings per kind. Matching is case-insensitive and whitespace-tolerant; the longest
 * spelling wins (so "family history" beats "history"). `short` headers (one or two letters, or
 * words that are also ordinary prose) need a trailing colon and upper-case first letter, because
 * "A" or "Course" alone on a line is too weak a signal.
 */
const HEADERS: ReadonlyArray<readonly [SectionKind, readonly string[]]> = [
  ['chief_complaint', ['chief complaint', 'chief complaints', 'cc', 'reason for visit', 'reason for consultation',
    'reason for consult', 'reason for admission', 'reason for referral', 'presenting complaint', 'indication', 'indications', 'indication for procedure', 'indications for procedure',
    'reason for exam', 'reason for study', 'clinical indication']],
  ['hpi', ['history of present illness', 'history of the present illness', 'hpi', 'present illness',
    'interval history', 'subjective', 's', 'history', 'hx of present illness', 'history of presenting illness']],
  ['pmh', ['past medical history', 'pmh', 'pmhx', 'medical history', 'past history', 'past medical hx',
    'past medical and surgical history', 'past medical/surgical history', 'pmh/psh', 'active problems',
    'problem list', 'active problem list', 'medical problems', 'past medical history/problem list']],
  ['psh', ['past surgical history', 'psh', 'pshx', 'surgical history', 'past surgical hx', 'past procedures']],
  ['medications', ['medications', 'medication', 'meds', 'current medications', 'home medications',
    'medications on admission', 'admission medications', 'outpatient medications', 'current meds',
    'home meds', 'discharge medications', 'medications at discharge', 'medication list']],
  ['allergies', ['allergies', 'allergy', 'drug allergies', 'allergies/adverse reactions']],
  ['ros', ['review of systems', 'ros', 'systems review', 'review of system', 'review of symptoms']],
  ['exam', ['physical examination', 'physical exam', 'exam', 'examination', 'pe', 'objective', 'o',
    'physical findings', 'exam on admission', 'admission exam', 'physical examination on admission',
    // A nursing or therapy consult's physical assessment (the wound, stoma and skin it examined), not its judgement.
    'assessment findings']],
  ['results', ['results', 'labs', 'laboratory', 'laboratory data', 'laboratory results', 'lab results',
    'pertinent results', 'diagnostic data', 'data', 'studies', 'imaging', 'radiology', 'findings',
    'diagnostic studies', 'labs/studies', 'labs and imaging']],
  ['assessment', ['assessment', 'a', 'clinical assessment']],
  ['plan', ['plan', 'p', 'recommendations', 'recommendation', 'treatment plan', 'plan of care', 'follow-up',
    'follow up', 'followup', 'disposition']],
  ['assessment_plan', ['assessment and plan', 'assessment & plan', 'assessment/plan', 'a/p', 'a&p',
    'a & p', 'impression and plan', 'impression/plan', 'impression & plan', 'assessment and recommendations',
    // The same header said with how it is organised ("Problem-based A&P"): without it the problems under it are read
    // as part of whatever section came before (a family history makes them a relative's).
    'impressions and recommendations', 'impression and recommendations',
    'problem-based a&p', 'problem-based assessment and plan', 'problem-oriented assessment and plan', 'problem-based a/p']],
  ['family_history', ['family history', 'fh', 'fhx', 'family hx', 'family medical history', 'family h/o']],
  ['social_history', ['social history', 'sh', 'shx', 'social hx', 'habits', 'social']],
  ['impression', ['impression', 'clinical impression', 'impressions', 'diagnostic impression', 'conclusion',
    'conclusions', 'final impression', 'imp']],
  ['diagnoses', ['diagnoses', 'diagnosis', 'dx', 'discharge dx', 'final dx', 'preoperative and postoperative diagnosis',
    'pre- and postoperative diagnosis', 'preop/postop diagnosis', 'pre-/postoperative diagnosis', 'discharge diagnoses', 'discharge diagnosis', 'admitting diagnosis',
    'admission diagnosis', 'admission diagnoses', 'final diagnosis', 'final diagnoses', 'principal diagnosis',
    'primary diagnosis', 'secondary diagnoses', 'secondary diagnosis', 'preoperative diagnosis',
    'postoperative diagnosis', 'pre-operative diagnosis', 'post-operative diagnosis', 'preop diagnosis',
    'postop diagnosis', 'pre-op diagnosis', 'post-op diagnosis', 'referring diagnosis', 'working diagnosis',
    'differential diagnosis', 'problems', 'problem', 'preoperative diagnoses', 'postoperative diagnoses',
    'pre-operative diagnoses', 'post-operative diagnoses', 'preop diagnoses', 'postop diagnoses', 'admitting diagnoses',
    'discharge diagnosis/diagnoses', 'final']],
  ['procedures', ['procedures', 'procedure', 'procedure performed', 'procedures performed', 'operation',
    'operations', 'operative procedure', 'name of procedure', 'major surgical or invasive procedure',
    'title of operation', 'description of procedure', 'procedure in detail', 'operative note', 'technique']],
  ['hospital_course', ['hospital course', 'brief hospital course', 'course', 'ed course', 'clinical course',
    'course in hospital', 'hospital course by problem', 'summary of hospital course']],
  ['discharge', ['discharge instructions', 'discharge condition', 'condition on discharge', 'discharge disposition',
    'discharge plan', 'condition at discharge', 'discharge status', 'instructions']],
  ['vitals', ['vitals', 'vital signs', 'vs', 'vital sign']],
  // Known headers with no clinical kind: they still end the previous section.
  ['other', ['patient agreements', 'patient agreement', 'attestation', 'signature', 'electronically signed by',
    'addendum', 'code status']],
];

/** Headers that are too weak without a colon (single letters, abbreviations, prose-like words). */
const NEEDS_COLON = new Set([
  's', 'o', 'a', 'p', 'cc', 'pe', 'fh', 'sh', 'vs', 'data', 'course', 'history', 'social', 'problem',
  'problems', 'findings', 'studies', 'instructions', 'habits', 'medication', 'follow up', 'follow-up',
  'followup', 'disposition', 'conclusion', 'procedure', 'operation', 'imaging', 'exam', 'examination',
  'laboratory', 'recommendation', 'plan', 'assessment', 'impression', 'diagnosis', 'dx',
  // "Imp:" and "Final:" (the final diagnosis of a discharge summary) are headers only with their colon.
  'imp', 'final',
]);
/** SOAP letters: upper case with a colon, at a line start or after a sentence end. */
const SOAP_LETTERS = new Set(['s', 'o', 'a', 'p']);

const KIND_BY_NAME = new Map<string, SectionKind>();
for (const [kind, names] of HEADERS) for (const n of names) KIND_BY_NAME.set(n, kind);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Header alternation, longest first so the regex engine prefers "family history" over "history". */
const HEADER_ALT = [...KIND_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => escapeRe(n).replace(/ +/g, '[ \\t]+'))
  .join('|');
// Sticky: tried only at candidate positions (line starts, after sentence ends), which keeps the
// scan linear. Group 1 = name, group 2 = ":" when present; otherwise the header must end the line.
const HEADER_RE = new RegExp(
  `(?:\\*\\*)?(${HEADER_ALT})(?:\\((?:e?s)\\))?(?![A-Za-z0-9])(?:\\*\\*)?[ \\t]*(?:(:)(?:\\*\\*)?|(?=[\\r\\n\\u2028\\u2029]|$))`,
  'iy',
);

export interface HeaderMatch {
  start: number;
  /** End of the header text including its colon. */
  end: number;
  kind: SectionKind;
}

function isHorizontalSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}
function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 12 || c === 11;
}
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}

function tryHeader(text: string, pos: number, atLineStart: boolean): HeaderMatch | null {
  HEADER_RE.lastIndex = pos;
  const m = HEADER_RE.exec(text);
  if (!m) return null;
  const name = m[1].toLowerCase().replace(/[ \t]+/g, ' ');
  const kind = KIND_BY_NAME.get(name);
  if (!kind) return null;
  const hasColon = m[2] === ':';
  const firstUpper = isUpper(text.charCodeAt(pos + (text.startsWith('**', pos) ? 2 : 0)));
  if (SOAP_LETTERS.has(name)) {
    // Nursing notes run SOAP parts together ("...; A: stable; P: monitor"), so after a sentence end
    // an upper-case letter, colon and space is accepted too.
    if (!hasColon || !firstUpper) return null;
    if (!atLineStart && !isHorizontalSpace(text.charCodeAt(pos + m[0].length))) return null;
  } else if (!hasColon) {
    // A bare header line: must stand alone and be capitalised; weak names ("PLAN", "Course") only
    // count in full upper case, and one- or two-letter names never do.
    if (!atLineStart || !firstUpper) return null;
    if (NEEDS_COLON.has(name) && (name.length < 4 || m[1] !== m[1].toUpperCase())) return null;
  } else if (!atLineStart && !firstUpper) {
    return null;
  }
  // "Allergies: 1. ..." fine; but a colon followed by a time or ratio ("A:1") is not a header.
  if (hasColon) {
    const after = text.charCodeAt(pos + m[0].length);
    if (after >= 48 && after <= 57 && name.length <= 2) return null;
  }
  return { start: pos, end: pos + m[0].length, kind };
}

/** Finds headers in one linear pass: at each line start and after each sentence end in a line. */
export function findHeaders(text: string): HeaderMatch[] {
  const out: HeaderMatch[] = [];
  const n = text.length;
  let i = 0;
  let lineStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart) {
      // Skip indentation and markdown heading marks ("## Plan").
      let j = i;
      while (j < n && (isHorizontalSpace(text.charCodeAt(j)) || text.charCodeAt(j) === 35)) j++;
      lineStart = false;
      const h = j < n ? tryHeader(text, j, true) : null;
      if (h) {
        out.push(h);
        i = h.end;
        continue;
      }
      i = j;
      continue;
    }
    // Mid-line header after ". " or "; " (nursing notes: "Afebrile. PMH: CAD; HTN.").
    if ((c === 46 || c === 59) && i + 1 < n && isHorizontalSpace(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isHorizontalSpace(text.charCodeAt(j))) j++;
      if (j < n && isUpper(text.charCodeAt(j))) {
        const h = tryHeader(text, j, false);
        if (h) {
          out.push(h);
          i = h.end;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Sections tiling [0, text.length): an implicit leading 'other' section, then one per header. */
export function detectSections(text: string): Section[] {
  const headers = findHeaders(text);
  const sections: Section[] = [];
  if (headers.length === 0 || headers[0].start > 0) {
    sections.push({
      start: 0,
      end: headers.length ? headers[0].start : text.length,
      kind: 'other',
      title: '',
      bodyStart: 0,
    });
  }
  for (let k = 0; k < headers.length; k++) {
    const h = headers[k];
    const end = k + 1 < headers.length ? headers[k + 1].start : text.length;
    sections.push({ start: h.start, end, kind: h.kind, title: text.slice(h.start, h.end).trimEnd(), bodyStart: h.end });
  }
  return sections;
}
