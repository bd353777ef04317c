// Owns the names that messages carry by their layout: the greeting that opens a message ("Hi Rose,", "Good morning
// Dr Ngata -"), the signer under or after a closing ("Thanks,⏎Bea", "Thx - Raj", "-- Tomas"), the sender of a chat
// line ("[10:42] Amy Poole: ok"), the author of a quoted thread ("On Tue, Amy Poole wrote:"), an @mention, and the
// people in e-mail header fields ("From:", "To:", "Cc:", "Sent by:"). The position says a person stands there, so
// the words need only be shaped like a name (nameWord), not be in a list.
import { WORD_CLINICAL, WORD_CREDENTIAL, WORD_FUNCTION, WORD_HEADER, WORD_RELATIVE, WORD_ROLE, WORD_TITLE } from '../lexicon';
import type { NameContext } from '../nameContext';
import type { WordMarks } from '../wordMarks';
import { anyPhraseEndsAt, nameRun, nameWord, phraseEndsAt } from './roleGrammar';

export const RECOGNIZERS = {
  greeting: 'name.message-greeting',
  closing: 'name.message-closing',
  chat: 'name.chat-sender',
  thread: 'name.thread-author',
  mention: 'name.at-mention',
  header: 'name.message-header',
} as const;

const GREETINGS: readonly (readonly string[])[] = ['hi', 'hello', 'hey', 'dear', 'greetings', 'good morning', 'good afternoon', 'good evening',
  'hiya'].map((p) => p.split(' '));
/** Who a greeting may address without naming anyone. */
const GENERIC_ADDRESSEES = new Set(('team all everyone everybody there folks colleague colleagues doctor doctors doc nurse nurses friends ' +
  'family sir madam guys both again ladies gentlemen provider providers staff ya yall ma\'am maam mom dad').split(' '));
const CLOSINGS: readonly (readonly string[])[] = ['thanks', 'thank you', 'thx', 'tx', 'ty', 'tks', 'best', 'regards', 'best regards',
  'kind regards', 'warm regards', 'sincerely', 'cheers', 'warmly', 'respectfully', 'take care', 'many thanks', 'thanks again', 'v r', 'vr',
  'yours', 'best wishes', 'thank u'].map((p) => p.split(' '));
const HEADER_LABELS: readonly (readonly string[])[] = ['from', 'to', 'cc', 'bcc', 'sent by', 'sender', 'recipient', 'recipients', 'author',
  'forwarded by', 'reply from', 'attn', 'signed by', 'routed to', 'assigned to'].map((p) => p.split(' '));
const HEADER_FIRST_WORDS: ReadonlySet<string> = new Set(HEADER_LABELS.map((l) => l[0]));
const THREAD_VERBS = new Set(['wrote', 'writes', 'said', 'replied', 'commented', 'posted', 'messaged']);

const TIME_PREFIX_RE = /^[ \t\u00a0]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[ \t\u00a0]*(?:[AaPp]\.?[Mm]\.?)?[\])]?[ \t\u00a0]*[-–]?[ \t\u00a0]*$/;

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Word i opens its line, or follows a sentence end on it. */
function opensClause(c: NameContext, i: number): boolean {
  const w = c.w(i)!;
  return i === 0 || !c.sameLine(i) || /[.!?:>][ \t\u00a0]*$/.test(w.gapBefore);
}

/** A run of name words from j, taken where the layout already says a person stands: generic addressees excluded. */
function positionalRun(c: NameContext, j: number, marks: WordMarks, max = 4): number {
  const w = c.w(j);
  if (!w || GENERIC_ADDRESSEES.has(w.lower)) return -1;
  // A greeting in a mixed-case note may still be typed in lower case ("hi rose,").
  const k = nameRun(c, j, marks, max, { unknown: true, positional: true });
  if (k >= 0) return k;
  // A listed given name that is also a clause word, alone where the layout puts a name ("Hey Will!", "Thanks,⏎Will, MD").
  const nx = c.w(j + 1);
  const alone = !nx || !c.sameLine(j + 1) || /^[ \t\u00a0]*[,:!\-–—.(]/.test(nx.gapBefore);
  return w.alpha && c.isFirst(j) && alone && marks.free(j) && !c.protectedTerm[j] && (c.mode !== 'mixed' || w.capitalized) ? j : -1;
}

function takeRun(c: NameContext, marks: WordMarks, j: number, k: number, recognizer: string): void {
  let s = j;
  for (let q = j; q <= k + 1; q++) {
    if (q <= k && marks.free(q)) continue;
    if (q > s) marks.add(s, q - 1, 'NAME', recognizer);
    s = q + 1;
  }
}

export function detectMessageNames(c: NameContext, marks: WordMarks): void {
  const { words, text } = c;
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    // @mention: "@Bea can you see bed 9".
    if (w.gapBefore.endsWith('@') && w.alpha && marks.free(i)) {
      const before = text.charAt(w.start - 2);
      if (w.start < 2 || /\s|[(,;]/.test(before)) {
        const k = nameWord(c, i, marks) || c.unknown(i) ? nameRun(c, i, marks, 2) : -1;
        if (k >= 0) takeRun(c, marks, i, k, RECOGNIZERS.mention);
        // A mention of a given name that is also a word ("@Frank pharmacy called back", "@wren can you see bed 9"): a
        // capitalised word in mixed-case text, or a listed given name, that is no clinical or place word.
        else if (((c.mode === 'mixed' && w.capitalized) || c.isFirst(i)) && !c.protectedTerm[i] && !c.lex.clinical.has(w.lower) &&
          !/^(?:home|bedside|all|team|here|now|noon|night|floor|desk|pharmacy|nursing|everyone|channel|group)$/.test(w.lower)) {
          marks.add(i, i, 'NAME', RECOGNIZERS.mention);
        }
        continue;
      }
    }
    // Greeting: "Hi Rose,", "Good morning Dr Ngata -", "Hello Bea!".
    if (anyPhraseEndsAt(c, i, GREETINGS)) {
      const first = i - (greetingLength(c, i) - 1);
      const j = i + 1;
      const nx = words[j];
      // A greeting opens its line or follows a sentence's end, not a label's colon ("Camp: morning walk").
      const opens = first === 0 || !c.sameLine(first) || /[.!?][ \t\u00a0]*$/.test(c.w(first)!.gapBefore);
      if (opens && nx && c.sameLine(j) && /^,?[ \t\u00a0]+$/.test(nx.gapBefore)) {
        const k = positionalRun(c, j, marks, 3);
        if (k >= 0 && closesAddress(c, k)) takeRun(c, marks, j, k, RECOGNIZERS.greeting);
      }
      continue;
    }
    // Closing: "Thanks,⏎Bea", "Thx - Raj", "Best regards, Amy Poole" at a line's end.
    if (anyPhraseEndsAt(c, i, CLOSINGS)) {
      const first = i - (closingLength(c, i) - 1);
      if (!opensClause(c, first)) continue;
      const j = i + 1;
      const nx = words[j];
      if (!nx) continue;
      const nextLine = !c.sameLine(j) && nx.gapBefore.split('\n').length <= 3 && /^[ \t\u00a0,!.]*\r?\n/.test(nx.gapBefore);
      const sameLine = c.sameLine(j) && /^[ \t\u00a0]*[,!\-–—~:][ \t\u00a0]*$|^,?[ \t\u00a0]+$/.test(nx.gapBefore);
      if (!nextLine && !sameLine) continue;
      // The rest of the closing line must be empty: "Thanks for the update" is no closing.
      if (nextLine && !/^[ \t\u00a0]*[,!.]?[ \t\u00a0]*\r?\n/.test(nx.gapBefore)) continue;
      let k = positionalRun(c, j, marks, 4);
      // A capitalised word alone on the line under a closing is the signer even when it is also a word ("Thanks,⏎Scout").
      if (k < 0 && nextLine && aloneOnLine(c, j) && marks.free(j)) k = j;
      if (k >= 0 && signerEnds(c, k)) takeRun(c, marks, j, k, RECOGNIZERS.closing);
      continue;
    }
    if (i === 0 || !c.sameLine(i)) lineStarts(c, marks, i);
    // "-- Tomas", "~Rob" closing a message on their own line; a single dash opens a bullet as often, so there the
    // line must hold only capitalised listed or unlisted name words in mixed-case text.
    const dash = /(?:^|\n)[ \t\u00a0]*(--|~|—|-|–)[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/.exec(w.gapBefore);
    if ((i === 0 || !c.sameLine(i)) && dash) {
      const single = dash[1] === '-' || dash[1] === '–';
      const k = single && c.mode !== 'mixed' ? -1 : positionalRun(c, i, marks, 3);
      const nx = c.w(k + 1);
      const wholeLine = k >= 0 && (!nx || !c.sameLine(k + 1));
      let capitals = true;
      for (let q = i; q <= k; q++) if (!(c.w(q)!.capitalized || c.isInitial(q)) || c.w(q)!.upper && !c.isInitial(q)) capitals = false;
      if (k >= 0 && (single ? wholeLine && capitals : signerEnds(c, k))) takeRun(c, marks, i, k, RECOGNIZERS.closing);
    }
    // Thread author: "On Tue, Amy Poole wrote:", "Amy Poole wrote:".
    if (THREAD_VERBS.has(w.lower) && /^:/.test(text.slice(w.end, w.end + 1)) && c.sameLine(i) && i > 0) {
      let s = i - 1;
      while (s - 1 >= 0 && i - s < 4 && c.sameLine(s) && /^[ \t\u00a0\-.']?$/.test(words[s].gapBefore) && (nameWord(c, s - 1, marks) || c.isInitial(s - 1))) s--;
      if (nameWord(c, s, marks) || c.isInitial(s)) takeRun(c, marks, s, i - 1, RECOGNIZERS.thread);
    }
  }
}

function greetingLength(c: NameContext, i: number): number {
  const last = c.w(i)!.lower;
  for (const p of GREETINGS) if (p[p.length - 1] === last && p.length === 2 && c.w(i - 1)?.lower === p[0]) return 2;
  return 1;
}

/** One capitalised word (mixed-case text) filling its line, no clinical word, department or generic addressee. */
function aloneOnLine(c: NameContext, j: number): boolean {
  const w = c.w(j)!;
  const nx = c.w(j + 1);
  return c.mode === 'mixed' && w.alpha && w.capitalized && w.lower.length > 1 && !c.protectedTerm[j] && !GENERIC_ADDRESSEES.has(w.lower) &&
    !c.is(j, WORD_CLINICAL | WORD_FUNCTION | WORD_ROLE | WORD_RELATIVE | WORD_HEADER | WORD_TITLE | WORD_CREDENTIAL) &&
    !c.lex.clinical.has(w.lower) && !/(?:ology|iatry|iatrics|surgery|medicine|nursing|therapy|care|team|staff|office|clinic)$/.test(w.lower) &&
    (!nx || (!c.sameLine(j + 1) && /^[ \t\u00a0]*\r?\n/.test(nx.gapBefore)));
}

function closingLength(c: NameContext, i: number): number {
  const last = c.w(i)!.lower;
  let best = 1;
  for (const p of CLOSINGS) if (p[p.length - 1] === last && p.length > best && phraseEndsAt(c, i, p)) best = p.length;
  return best;
}

/** After an addressee: a comma, colon, dash, exclamation mark or the line's end. */
function closesAddress(c: NameContext, k: number): boolean {
  const nx = c.w(k + 1);
  if (!nx || !c.sameLine(k + 1)) return true;
  return /^[ \t\u00a0]*[,:!\-–—.]/.test(nx.gapBefore);
}

/** After a signer: the line's end, a credential or a bracketed role. */
function signerEnds(c: NameContext, k: number): boolean {
  const nx = c.w(k + 1);
  if (!nx || !c.sameLine(k + 1)) return true;
  return /^[ \t\u00a0]*[,(|\/]/.test(nx.gapBefore) || /^[ \t\u00a0]+$/.test(nx.gapBefore) && nx.upper && nx.lower.length <= 5;
}

/** Line-opening layouts: a chat sender after a time ("[10:42] Amy Poole:") and e-mail header fields. */
function lineStarts(c: NameContext, marks: WordMarks, i: number): void {
  const { words, text } = c;
  // Chat: the words of the line's time prefix, then the sender, then a colon.
  let j = i;
  if (!words[i].hasDigit) j = words.length; // a chat line opens with its time
  while (j < words.length && (c.sameLine(j) || j === i)) {
    if (!words[j].hasDigit && !/^[ap]\.?m$/.test(words[j].lower)) break;
    j++;
  }
  if (j > i && j < words.length && c.sameLine(j)) {
    const prefix = text.slice(lineStartOf(text, words[i].start), words[j].start);
    if (TIME_PREFIX_RE.test(prefix)) {
      const k = positionalRun(c, j, marks, 4);
      if (k >= 0 && /^[ \t\u00a0]*(?:\([^)\n]{1,20}\))?[ \t\u00a0]*:/.test(text.slice(words[k].end, words[k].end + 24))) {
        takeRun(c, marks, j, k, RECOGNIZERS.chat);
      }
      return;
    }
  }
  // E-mail header: "From: Amy Poole <amy@...>", "Cc: SNOW, Brook; Raj Patel".
  if (!HEADER_FIRST_WORDS.has(words[i].lower)) return;
  for (const label of HEADER_LABELS) {
    const e = i + label.length - 1;
    if (e >= words.length || label[0] !== words[i].lower || !phraseEndsAt(c, e, label) || !c.sameLine(e + 1)) continue;
    const first = words[e + 1];
    if (!first || !/^[ \t\u00a0]*:[ \t\u00a0]*$/.test(first.gapBefore)) continue;
    let q = e + 1;
    while (q < words.length && c.sameLine(q)) {
      const k = positionalRun(c, q, marks, 4);
      if (k < 0) break;
      takeRun(c, marks, q, k, RECOGNIZERS.header);
      let nq = k + 1;
      // An e-mail address in angle brackets, then the next recipient after ";" or ",".
      while (nq < words.length && c.sameLine(nq) && /[<@.>]/.test(words[nq].gapBefore + text.charAt(words[nq].end))) nq++;
      if (nq >= words.length || !c.sameLine(nq) || !/[;,][ \t\u00a0]*$|^[ \t\u00a0]+(?:and|&)?$/.test(words[nq].gapBefore)) break;
      if (words[nq].lower === 'and') nq++;
      q = nq;
    }
    break;
  }
}
