// Owns store numbers: a chain's branch is a place only with its number ("Walgreens #4411", "CVS store 1023", "Rite Aid
// Store No. 88"). After every voter: a place some voter found takes the store number written right after it; and a run
// of one to three words right before "store" + a number is that store, in any case, after a word that sends or
// fills ("sent to", "filled at", "pharmacy:"), or a bare "#" number where a prescription was sent.
import type { PhiSpan } from '../../types';
import type { Emit } from '../recognizer';

export const STORE_NUMBER = 'location.store-number';

const NUMBER_AFTER_RE = /^[ \t]{1,2}(?:(?:store|Store|STORE|branch|Branch|BRANCH|location|Location|LOCATION)[ \t]*(?:#|No\.?|no\.?|NO\.?|number)?|#|No\.|NO\.)[ \t]*\d{2,6}\b/;
const PHARMACY_HEAD_END_RE = /(?:pharmacy|drugs?|drugstore|apothecary)$/i;
/** A branch number alone, dashed or not, right after a pharmacy's head, ended by no unit or more digits. */
const BARE_NUMBER_AFTER_RE = /^[ \t]{1,2}\d{2,6}(?:-\d{2,6})?(?![\p{L}\p{N}]|[.\/:]\d)/u;
const STORE_RUN_RE = /\b(?:to|at|from|via|pharmacy|pharmacy:|TO|AT|FROM|VIA|PHARMACY|PHARMACY:|To|At|From|Pharmacy|Pharmacy:)[ \t]+((?:[A-Za-z][\w'&.-]*[ \t]+){1,3}(?:store|Store|STORE)[ \t]*(?:#|No\.?|NO\.?)?[ \t]*\d{2,6})\b/g;
/** Where a prescription goes or comes from, a bare "#" number after a one-to-three-word name is a store: "Rx sent to Rite Aid # 88", "from CVS/pharmacy #4417". */
const RX_STORE_RE = /\b(?:sent to|filled at|filled by|picked up at|transferred to|verified with|dispensed by|dispensed at|obtained from|from|pharmacy:?)[ \t]+((?:[A-Za-z][\w'&.\/-]*[ \t]+){0,2}[A-Za-z][\w'&.\/-]*[ \t]*#[ \t]*\d{2,6}(?:-\d{2,6})?)\b/gi;
const NUMBERED_THINGS: ReadonlySet<string> = new Set(('lot batch item list line page step option question kit vial bottle tube week day dose cycle ' +
  'visit trial study test sample specimen room bed unit bay pod station gate door exit track lane floor level stage grade round').split(' '));
const FUNCTION_WORDS_IN_RUN = /^(?:the|a|an|rx|sent|send|called|filled|their|her|his|local|nearest)$/i;

export function detectStoreNumbers(text: string, candidates: readonly PhiSpan[], emit: Emit): void {
  for (const s of candidates) {
    if (s.type !== 'LOCATION') continue;
    const after = text.slice(s.end, s.end + 40);
    // A pharmacy or drugstore written with a bare branch number after its head: "Walmart Pharmacy 10-2231".
    const m = NUMBER_AFTER_RE.exec(after) ?? (PHARMACY_HEAD_END_RE.test(text.slice(s.start, s.end)) ? BARE_NUMBER_AFTER_RE.exec(after) : null);
    if (m) emit(s.start, s.end + m[0].length, 'LOCATION', STORE_NUMBER);
  }
  for (const re of [STORE_RUN_RE, RX_STORE_RE]) runs(text, re, emit);
}

function runs(text: string, re: RegExp, emit: Emit): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index + m[0].length - m[1].length;
    // Drop leading function words from the run: "to the Rite Aid store 88" names "Rite Aid store 88".
    for (let w = /^([A-Za-z][\w'&.-]*)[ \t]+/.exec(text.slice(start)); w && FUNCTION_WORDS_IN_RUN.test(w[1]); w = /^([A-Za-z][\w'&.-]*)[ \t]+/.exec(text.slice(start))) start += w[0].length;
    if (/^(?:store|room|bed|unit)\b/i.test(text.slice(start))) continue;
    // A numbered thing that is no branch: "from lot #12345", "from cycle #3", "from visit #12".
    if (text.slice(start, m.index + m[0].length).split(/[\s#]+/).some((w) => NUMBERED_THINGS.has(w.toLowerCase()))) continue;
    emit(start, m.index + m[0].length, 'LOCATION', STORE_NUMBER);
  }
}
