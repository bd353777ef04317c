// Owns `name.staff-initial-pair` and `name.initials-credential-inline`: staff initials where nursing and pharmacy notes
// put them inside a line rather than on a sign-off line of their own — a signer and co-signer joined by a slash
// ("report given to ak/aw on floor", "Administered by ar/at;", "TIEU / GF/GJ"), initials joined to a credential by a
// slash ("li/rn, pharmd", "HT/RN on floor") and initials before a credential in prose ("checked XC PCA.", "Clinicians
// ER R.N. and …", "per cm ar rrt."). The grammar: the letters stand where a person stands (after a hand-off or action
// cue such as "by", "to", "per", "and", "w/", after a list slash, at a line's or a sentence's start) and close their
// phrase; and the letters are never a clinical abbreviation, a service, a credential or a function word ("iv/po",
// "pt/ot", "ns/lr", "MS PCA" stay).
import { WORD_CLINICAL, WORD_COMMON, WORD_CREDENTIAL, WORD_FUNCTION, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import { MARK_OTHER, type WordMarks } from '../wordMarks';
import { ABBREVIATION_LETTERS } from './initials';

export const STAFF_INITIAL_PAIR = 'name.staff-initial-pair';
export const INITIALS_CREDENTIAL_INLINE = 'name.initials-credential-inline';

/** Services, units and roles written as letters: never a signer's initials. */
const TEAM_LETTERS: ReadonlySet<string> = new Set(('pt ot st rt slp sw md rn np pa lpn cna do ed er or icu ccu nicu picu pacu gi id ' +
  'ob ir ep ems dc am pm na me us we him her hr bm ns lr iv po bs cp ha nv dl mcg hrs min sec cu ct').split(' '));
/** Bedside credentials beyond the shared list: student nurse, patient-care assistant and technician, case manager. */
const LOCAL_CREDENTIALS: ReadonlySet<string> = new Set('sn pca pct cm rph pharmd otr bsn'.split(' '));
/**
 * Words after which a person stands in a nursing or pharmacy line: the agent of an act ("by"), the receiver of a report
 * ("to"), a list's next member ("and"), the source of an order ("per", "per cm"), a discussion partner ("w/", "d/w"),
 * a role or a group of clinicians ("worker", "clinicians", "nurse", "checked").
 */
const PERSON_CUES: ReadonlySet<string> = new Set(('by to and per cm w with worker workers clinicians clinician nurse checked notified ' +
  'dis cdrs rn').split(' '));

/** What may close the initials' phrase: the line's end, a clause mark, a list slash, "on"/"at" and a place or time, a date. */
const CLOSE_RE = /^(?:\.?[ \t\u00a0]*(?:\r?\n|$)|[;,)]|\.{1,2}[ \t\u00a0]|[ \t\u00a0]+\/|[ \t\u00a0]+(?:on|at|and)\b|[ \t\u00a0]+\d)/i;

function letters(c: NameContext, i: number): boolean {
  const w = c.words[i];
  if (!w || !w.alpha || w.end !== w.baseEnd) return false;
  const n = w.baseEnd - w.start;
  if (n < 2 || n > 3) return false;
  const s = c.text.slice(w.start, w.baseEnd);
  return /^[A-Za-z]+$/.test(s) && (w.upper || w.lower === s);
}

/**
 * Letters that can be a person here: never a service, credential, title, role, relative or function word. `collides`
 * says whether they also spell a clinical word or abbreviation ("sa", "lp", "wt"): such initials are taken only where
 * the sign-off grammar is strongest, and never carried to the rest of the note (see `markHere`).
 */
function initialsKind(c: NameContext, i: number): 'clean' | 'collides' | 'no' {
  if (!letters(c, i)) return 'no';
  const w = c.words[i];
  if (TEAM_LETTERS.has(w.lower) || LOCAL_CREDENTIALS.has(w.lower) || c.protectedTerm[i] === 1) return 'no';
  if (c.is(i, WORD_FUNCTION | WORD_CREDENTIAL | WORD_TITLE | WORD_ROLE | WORD_RELATIVE)) return 'no';
  // Three letters in lower case may be an everyday word ("yes", "off"); two letters rarely are.
  if (w.lower.length === 3 && (c.is(i, WORD_COMMON) || c.isCommon(i))) return 'no';
  return ABBREVIATION_LETTERS.has(w.lower) || c.is(i, WORD_CLINICAL) ? 'collides' : 'clean';
}

/**
 * Marks initials as a name. Letters that also spell a clinical abbreviation are recorded as other PHI, so propagation
 * (propagate.ts) never redacts the abbreviation elsewhere in the note ("sh" the initials, not every social history).
 */
function markHere(c: NameContext, marks: WordMarks, i: number, recognizer: string): void {
  const collides = initialsKind(c, i) === 'collides';
  marks.add(i, i, 'NAME', recognizer);
  if (collides) marks.kind[i] = MARK_OTHER;
}

/** A credential at k: the shared list, the bedside list, or dotted "R.N." (k and k+1); returns its last word or -1. */
function credentialEnd(c: NameContext, k: number): number {
  const w = c.words[k];
  if (!w) return -1;
  if (w.lower === 'r' && c.words[k + 1]?.lower === 'n' && c.words[k + 1].gapBefore === '.') return k + 1;
  if (c.is(k, WORD_CREDENTIAL) || LOCAL_CREDENTIALS.has(w.lower)) return k;
  return -1;
}

/** The person position before word i: a line or sentence start, a list slash, or a person cue word on the same line. */
function personPosition(c: NameContext, i: number): boolean {
  const w = c.words[i];
  if (i === 0 || !c.sameLine(i)) return true;
  const gap = w.gapBefore;
  // A sentence or clause start ("GIVEN. HM/HW"), or a list slash between staff ("TIEU / GF/GJ", "MU SN / CP SN", "w/ xx").
  if (/[.;:!?/][ \t\u00a0]+$/.test(gap)) return true;
  return /^[ \t\u00a0]+$/.test(gap) && PERSON_CUES.has(c.words[i - 1].lower);
}

function closes(c: NameContext, e: number): boolean {
  const end = c.words[e].end;
  return CLOSE_RE.test(c.text.slice(end, end + 5));
}

/** The initials' phrase closes its line (the sign-off position), or a credential follows after a comma. */
function closesLine(c: NameContext, e: number): boolean {
  const end = c.words[e].end;
  return /^\.?[ \t\u00a0]*(?:\r?\n|$)|^[ \t\u00a0]+\/[ \t\u00a0]/.test(c.text.slice(end, end + 4));
}

export function detectStaffInitialPairs(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  for (let i = 0; i < words.length; i++) {
    if (!marks.free(i) || !letters(c, i)) continue;
    // 0. A co-signer glued by a slash to a signer already found ("vz/vq" once "vz" is known): the same pair grammar.
    if (words[i].gapBefore === '/' && marks.isName(i - 1) && letters(c, i - 1) && words[i - 1].upper === words[i].upper &&
      initialsKind(c, i) === 'clean' && closes(c, i)) {
      markHere(c, marks, i, STAFF_INITIAL_PAIR);
      continue;
    }
    if (!personPosition(c, i)) continue;
    const w = words[i];
    const next = words[i + 1];
    // 1. Signer and co-signer, or initials and a credential, joined by a slash with no blanks: "ak/aw", "li/rn", "HT/RN".
    if (next !== undefined && next.gapBefore === '/' && letters(c, i + 1) && next.upper === w.upper) {
      const cred = credentialEnd(c, i + 1);
      const a = initialsKind(c, i);
      if (cred >= 0) {
        // "li/rn, pharmd": a credential may follow the credential after a comma.
        if (a !== 'no' && !ABBREVIATION_LETTERS.has(w.lower) && (closes(c, cred) || credentialEnd(c, cred + 1) >= 0)) {
          markHere(c, marks, i, INITIALS_CREDENTIAL_INLINE);
          i = cred;
        }
        continue;
      }
      const b = initialsKind(c, i + 1);
      const credAfter = c.sameLine(i + 2) && /^,?[ \t\u00a0]+$/.test(words[i + 2]?.gapBefore ?? '') && credentialEnd(c, i + 2) >= 0;
      // Both letters clean and the phrase closed; or one of them a clinical collision where the pair closes its line.
      const ok = a !== 'no' && b !== 'no' && marks.free(i + 1) &&
        ((a === 'clean' && b === 'clean' && (closes(c, i + 1) || credAfter)) || ((a === 'clean' || b === 'clean') && (closesLine(c, i + 1) || credAfter)));
      if (ok) {
        markHere(c, marks, i, STAFF_INITIAL_PAIR);
        markHere(c, marks, i + 1, STAFF_INITIAL_PAIR);
        i++;
      }
      continue;
    }
    // 2. Initials before a credential inside a line: "checked XC PCA.", "Clinicians ER R.N. and", "per cm ar rrt.".
    if (next !== undefined && /^[ \t\u00a0]{1,2}$/.test(next.gapBefore) && c.sameLine(i + 1)) {
      const cred = credentialEnd(c, i + 1);
      const a = initialsKind(c, i);
      // The credential is written in the initials' case ("XC PCA", "ar rrt"), so a drug's "PCA" after prose stays. A
      // clinical word's letters ("LP R.N.") count only where no abbreviation list holds them ("IV PCA", "PO RN" stay).
      if (cred >= 0 && next.upper === w.upper && (a === 'clean' || (a === 'collides' && !ABBREVIATION_LETTERS.has(w.lower))) && closes(c, cred)) {
        markHere(c, marks, i, INITIALS_CREDENTIAL_INLINE);
        i = cred;
      }
    }
  }
}
