// Owns phi36's own unseen check (session 11, issue 9), written and committed before any rule it measures: a seeded
// generator of short notes in layouts not studied (invented identifier kinds, protected clinical phrases beside
// person slots whose surname is an eponym). Gold by construction; scored once before and once after the work.
import { mulberry32 } from '../../engine/random';

export interface UnseenItem {
  text: string;
  /** PHI that must be covered, in character offsets. */
  phi: { start: number; end: number; kind: string }[];
  /** Protected clinical phrases that must stay readable. */
  protectedTerms: { start: number; end: number; term: string }[];
}

const ID_LABELS = ['Locker no.', 'Parking permit', 'Wristband code', 'Donor ref', 'Library card number', 'Gym membership ID',
  'Transit pass serial', 'Voucher #', 'Loaner tablet asset tag', 'Shelter bed ticket', 'Meal card no', 'Pager code', 'Storage bin ref',
  'Work order number', 'Interpreter job ID', 'Valuables envelope #', 'Court case no.', 'Claim reference'];
const EPONYM_PHRASES = ['Tinel sign', 'Montgomery tubercles', 'Otto Bock prosthesis', 'Brudzinski sign', 'Kernig sign', 'Chvostek sign',
  'Trousseau sign', 'Hamilton Depression Rating Scale', 'Lachman test', 'Phalen maneuver', 'Finkelstein test', 'Hawkins-Kennedy test',
  'Ranson criteria', 'Duke criteria', 'Light criteria', 'Gleason score', 'Breslow thickness', 'Salter-Harris classification',
  'Mallampati class', 'Berlin criteria', 'Hickman line', 'Baker cyst', 'Dupuytren contracture', 'Bell palsy', 'Graves disease',
  'Wernicke encephalopathy', 'Richmond Agitation-Sedation Scale', 'Braden scale', 'Morse Fall Scale', 'Dix-Hallpike manoeuvre',
  'Lhermitte sign', 'Homan sign', 'Rovsing sign', 'Kanavel signs', 'Waddell signs', 'Romberg test'];
const EPONYM_SURNAMES = ['Parkinson', 'Graves', 'Hodgkin', 'Murphy', 'Bell', 'Addison', 'Crohn', 'Cushing', 'Wilson', 'Baker', 'Homan', 'Light'];
const TITLES = ['Dr.', 'Dr', 'Mrs.', 'Mr.', 'Nurse'];
const VERBS = ['saw the patient', 'called back', 'reviewed the chart', 'will follow up', 'was paged'];
const LETTERS = 'ABCDEFGHJKLMNPQRSTVWXYZ';

function token(r: () => number): string {
  const pick = (s: string) => s[Math.floor(r() * s.length)];
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');
  switch (Math.floor(r() * 5)) {
    case 0: return `${pick(LETTERS)}${pick(LETTERS)}-${digits(5)}`;
    case 1: return `${digits(3)}${pick(LETTERS)}${digits(4)}`;
    case 2: return `${pick(LETTERS)}${digits(6)}`;
    case 3: return `${digits(4)}-${pick(LETTERS)}${pick(LETTERS)}${digits(2)}`;
    default: return `${pick(LETTERS)}${pick(LETTERS)}${pick(LETTERS)}${digits(5)}`;
  }
}

class Builder {
  text = '';
  phi: UnseenItem['phi'] = [];
  protectedTerms: UnseenItem['protectedTerms'] = [];
  add(s: string): this { this.text += s; return this; }
  addPhi(s: string, kind: string): this { this.phi.push({ start: this.text.length, end: this.text.length + s.length, kind }); return this.add(s); }
  addProtected(s: string): this { this.protectedTerms.push({ start: this.text.length, end: this.text.length + s.length, term: s }); return this.add(s); }
  item(): UnseenItem { return { text: this.text, phi: this.phi, protectedTerms: this.protectedTerms }; }
}

export function generateUnseenPhi36(seed = 3611, count = 48): UnseenItem[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: UnseenItem[] = [];
  for (let n = 0; n < count; n++) {
    const b = new Builder();
    const layout = n % 6;
    if (layout === 0) {
      b.add('Social work note. ').add(pick(ID_LABELS)).add(': ').addPhi(token(r), 'ID').add('. Exam: ').addProtected(pick(EPONYM_PHRASES)).add(' positive on the left.\n');
    } else if (layout === 1) {
      b.add('| Item | Value |\n| ').add(pick(ID_LABELS)).add(' | ').addPhi(token(r), 'ID').add(' |\n| Finding | ').addProtected(pick(EPONYM_PHRASES)).add(' negative |\n');
    } else if (layout === 2) {
      b.add('Belongings logged, envelope sealed (').add(pick(ID_LABELS).replace(/[:.#]$/, '')).add(' ').addPhi(token(r), 'ID').add('). ')
        .add(pick(TITLES)).add(' ').addPhi(pick(EPONYM_SURNAMES), 'NAME').add(' ').add(pick(VERBS)).add('.\n');
    } else if (layout === 3) {
      b.add('Pt states ').add(pick(ID_LABELS).toLowerCase()).add(' ').addPhi(token(r), 'ID').add(' was lost. ').addProtected(pick(EPONYM_PHRASES))
        .add(' documented; ').add(pick(TITLES)).add(' ').addPhi(pick(EPONYM_SURNAMES), 'NAME').add(' aware.\n');
    } else if (layout === 4) {
      b.add('Reference on file: ').addPhi(token(r), 'ID').add(' (').add(pick(ID_LABELS).replace(/[:.#]$/, '').toLowerCase()).add('). ')
        .add('Scored ').addProtected(pick(EPONYM_PHRASES)).add(' today.\n');
    } else {
      b.add('Spoke with ').add(pick(TITLES)).add(' ').addPhi(pick(EPONYM_SURNAMES), 'NAME').add(' re ').addProtected(pick(EPONYM_PHRASES))
        .add('. Scanned token ').addPhi(token(r), 'ID').add(' into the record.\n');
    }
    out.push(b.item());
  }
  return out;
}

export interface UnseenScore { phiItems: number; phiCovered: number; recall: number; protectedItems: number; protectedRedacted: number }

/** A PHI item counts covered when redaction spans cover every letter and digit of it; a protected term counts redacted when any span touches it. */
export function scoreUnseenPhi36(items: readonly UnseenItem[], spansOf: (text: string) => readonly { start: number; end: number }[]): UnseenScore {
  let phiItems = 0, phiCovered = 0, protectedItems = 0, protectedRedacted = 0;
  for (const it of items) {
    const spans = spansOf(it.text);
    const covered = (i: number) => spans.some((s) => s.start <= i && i < s.end);
    for (const p of it.phi) {
      phiItems++;
      let all = true;
      for (let i = p.start; i < p.end && all; i++) if (/[A-Za-z0-9]/.test(it.text[i]) && !covered(i)) all = false;
      if (all) phiCovered++;
    }
    for (const p of it.protectedTerms) {
      protectedItems++;
      if (spans.some((s) => s.start < p.end && p.start < s.end)) protectedRedacted++;
    }
  }
  return { phiItems, phiCovered, recall: phiItems ? phiCovered / phiItems : 1, protectedItems, protectedRedacted };
}
