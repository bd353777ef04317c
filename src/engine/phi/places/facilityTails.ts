// Owns `facility.tail`: a post-acute facility, agency or employer named by its tail, in any case — "KITTREDGE LTC",
// "bayberry skilled nursing", "blue heron transitional care", "Harbor Light Deaconess", "Harbor Light VNA", "Cobb Hill
// Seafood Co.", "church brothers landscaping", "Greylock Precision Machining". The words before the tail are the name,
// whatever they are (word names such as "Blue Heron" included), back to a place preposition or a label; a tail whose name
// another unit found partly ("[KITTREDGE] LTC") is added to it. Generic settings ("to skilled nursing", "acute rehab") have
// no name before the tail and stay.
import { WORD_CONTACT, WORD_FUNCTION, WORD_HEADER, WORD_MOVEMENT, WORD_PERSON_VERB, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';
import { defineCues } from '../triggerIndex';

export const FACILITY_TAIL = 'facility.tail';

/** Tails that name a facility, agency or employer only after a proper name (lower case, word by word). */
const TAILS: readonly (readonly string[])[] = [
  ['skilled', 'nursing', 'facility'], ['skilled', 'nursing'], ['transitional', 'care'], ['nursing', 'rehab'], ['nursing', 'and', 'rehab'],
  ['ltc'], ['ltach'], ['snf'], ['deaconess'], ['vna'], ['seafood', 'co'], ['seafood', 'company'], ['precision', 'machining'], ['machining'],
  ['brothers', 'landscaping'], ['landscaping'], ['roofing'], ['sons', 'roofing'], ['home', 'care'], ['hospice', 'care'], ['rehab', 'center'],
  ['manor'], ['nursing', 'rehabilitation'], ['nursing', 'and', 'rehabilitation'], ['pharmacy'], ['apothecary'],
  ['chiropractic'], ['shelter'], ['paper', 'co'], ['nursing', 'center'], ['care', 'center'], ['health', 'care', 'center'], ['assisted', 'living'], ['senior', 'living'],
  ['recovery', 'home'], ['recovery', 'house'], ['recovery', 'residence'], ['sober', 'house'], ['sober', 'living'], ['halfway', 'house'],
];
/** Words that say which kind of setting, not which one ("to acute rehab", "needs skilled nursing", "outside ltc"). */
const GENERIC: ReadonlySet<string> = new Set(('acute subacute sub inpatient outpatient local area nearby outside osh new same another ' +
  'short long term home her his their our pt patient pts rehab nursing skilled their family dispo d c dc plan needs need requires ' +
  'referral referrals facility facilities bed beds with w and or vs for no a an the any ' +
  // Kinds of pharmacy, drug and shelter ("inpatient pharmacy", "study drug", "iv drug", "homeless shelter"): settings, not names.
  'inpatient hospital central retail specialty mail order oncology icu id clinical study iv illicit street recreational ' +
  'prescription otc generic new home homeless womens women men mens youth family emergency overnight dv domestic violence animal ' +
  'local community preferred usual regular default pt\'s patient\'s').split(' '));
// "Drug"/"drugs" are not tails: a line of an allergy list ("Sulfa drugs.") or any drug class ("antiepileptic drugs")
// has the same shape as a drug store, and a store is named by "Pharmacy" far more often than by "Drug".
const WEAK_TAILS: ReadonlySet<string> = new Set(['pharmacy', 'shelter', 'apothecary']);
const CAUSE_BEFORE_TO = /^(?:allerg\w*|reaction|reactions|sensitive|sensitivity|intolerant|intolerance|exposure|exposed|response|due|secondary|related|attributed|addicted|addiction|resistant|resistance)$/;
const NOT_NAME = WORD_FUNCTION | WORD_TITLE | WORD_ROLE | WORD_RELATIVE | WORD_CONTACT | WORD_HEADER | WORD_PERSON_VERB | WORD_MOVEMENT;
const NAME_GAP_RE = /^(?:[ \t\u00a0]+|[ \t\u00a0]*&[ \t\u00a0]*|-)$/;
/** What opens the name: a place preposition, a label colon, a line start, "and" between two facilities. */
const OPENERS: ReadonlySet<string> = new Set(['to', 'from', 'at', 'in', 'of', 'with', 'and', 'dme', 'vna', 'via', 'by', 'osh']);
const MAX_NAME = 3;

function tailAt(c: NameContext, h: number): number {
  const { words } = c;
  for (const t of TAILS) {
    let ok = h + t.length <= words.length;
    for (let k = 0; ok && k < t.length; k++) {
      const w = words[h + k];
      ok = w.lower === t[k] && (k === 0 || (c.sameLine(h + k) && NAME_GAP_RE.test(w.gapBefore)));
    }
    if (ok) return h + t.length - 1;
  }
  return -1;
}

/** A tail starts with one of these words ("skilled nursing facility", "pharmacy"). */
export const FACILITY_TAIL_CUES = defineCues('facility.tail', TAILS.map((t) => t[0]));
export function detectFacilityTails(c: NameContext, marks: WordMarks): void {
  const { words } = c;
  let done = 0;
  for (const h of c.triggers.positions(FACILITY_TAIL_CUES)) {
    if (h <= done) continue;
    const e = tailAt(c, h);
    if (e < 0) continue;
    // The name: up to three words before the tail on its line, none grammar, cue or generic setting word.
    // Drug, pharmacy and shelter tails follow clinical words too ("sulfa drug", "antiplatelet drugs"): those end the name.
    const weak = WEAK_TAILS.has(words[h].lower);
    // "Preferred pharmacy: X": a tail before a colon is a field label, its value comes after.
    if (weak && /^[ \t\u00a0]*:/.test(c.text.slice(words[e].end, words[e].end + 3))) continue;
    let a = h;
    while (a - 1 >= 0 && h - a < MAX_NAME && c.sameLine(a) && NAME_GAP_RE.test(words[a].gapBefore)) {
      const w = words[a - 1];
      // A street abbreviation inside the name ("Main St Pharmacy") belongs to it when a name word stands before it.
      const streetPart = /^(?:st|ave|rd|sq)$/.test(w.lower) && a - 2 >= 0 && words[a - 2].alpha && c.sameLine(a - 1);
      if (!w.alpha || w.lower.length < 2 || ((c.protectedTerm[a - 1] || c.is(a - 1, NOT_NAME)) && !streetPart) || GENERIC.has(w.lower)) break;
      if (weak && (c.lex.clinical.has(w.lower) || c.lex.indexClinical.has(w.lower))) break;
      if (c.mode === 'mixed' && !(w.capitalized || w.upper) && !marks.isPlace(a - 1)) break;
      a--;
    }
    if (a === h) continue;
    const before = a > 0 ? words[a - 1] : undefined;
    const opened = before === undefined || !c.sameLine(a) || /[:;(,]\s*$/.test(words[a].gapBefore) || OPENERS.has(before.lower) ||
      marks.isPlace(a);
    if (!opened) continue;
    // "Thanks, Rusty @Bako pharmacy called back": a person found before a pharmacy word is that person's pharmacy desk.
    if (weak && marks.isName(h - 1)) continue;
    // "allergic to sulfa drug", "reaction to study drug": a drug's class after a cause or reaction word, not a store.
    if (weak && before !== undefined && before.lower === 'to' && a >= 2 && CAUSE_BEFORE_TO.test(words[a - 2].lower)) continue;
    let anyFree = false;
    for (let x = a; x <= e; x++) if (marks.free(x)) anyFree = true;
    if (!anyFree) { done = e; continue; }
    // Add the free stretches only: a part another unit found keeps its span ("[KITTREDGE] LTC" gains "LTC").
    let x = a;
    while (x <= e) {
      if (!marks.free(x)) { x++; continue; }
      let y = x;
      while (y + 1 <= e && marks.free(y + 1)) y++;
      marks.add(x, y, 'LOCATION', FACILITY_TAIL, y === e);
      x = y + 1;
    }
    done = e;
  }
}
