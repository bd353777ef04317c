// Owns the mapping from a condition to its personal-history (Z85–Z87, I25.2) or family-history
// (Z80–Z84) code (Guideline I.C.21.c.4): first by description (the history code whose "history of X"
// words are all in the condition's own words), then by the words of the condition's block in the
// Tabular ("colon" is in "Malignant neoplasms of digestive organs" → Z80.0), then by the curated
// prefix fall-backs.
import { loadedSourceOf, type CodeSet } from '../icd10';
import { processSingleton } from '../processStore';
import { FAMILY_HISTORY_FALLBACK, PERSONAL_HISTORY_FALLBACK } from './curated';
import { descriptionVariants } from './lexicon';
import { contentTokens } from './normalize';

interface HistoryEntry {
  code: string;
  tokens: string[];
}

/** The personal and family history codes (Z80–Z87) with the content words of each title variant. */
function historyEntries(codeSet: CodeSet): { personal: HistoryEntry[]; family: HistoryEntry[] } {
  const personal: HistoryEntry[] = [];
  const family: HistoryEntry[] = [];
  for (const entry of codeSet.entries()) {
    if (!entry.billable || !/^Z8[0-7]/.test(entry.code)) continue;
    const m = /^(personal|family) history of (.*)$/i.exec(entry.longDescription);
    if (!m) continue;
    const target = m[1].toLowerCase() === 'family' ? family : personal;
    // "Other" marks the residual member of its subcategory ("of other malignant neoplasm of large
    // intestine"), never a word the condition states: such a title is matched on the rest of its words.
    const title = withoutExclusions(m[2]);
    const variants = descriptionVariants(title).map((v) => v.phrase);
    if (!variants.length && /^other\b/i.test(title)) variants.push(title);
    // A title listing sites ("of rectum, rectosigmoid junction, and anus", Z85.048) is the history of each
    // one: the Index lists each site on its own line (History, personal, malignant neoplasm, rectum NEC).
    const list = /^(.*?\bof\s+)([^,]+(?:,\s*[^,]+)+,?\s+(?:and|or)\s+[^,]+)$/i.exec(title);
    if (list) for (const item of list[2].split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)) if (item.trim()) variants.push(`${list[1]}${item.trim()}`);
    for (const phrase of variants) {
      const tokens = [...new Set(contentTokens(phrase))].filter((t) => t !== 'other');
      if (tokens.length) target.push({ code: entry.code, tokens });
    }
  }
  return { personal, family };
}

/** History entries per loaded code set's tables (loadedSourceOf), read only once built. */
const sharedEntries = processSingleton('coding.historyEntries', () => new WeakMap<object, { personal: readonly HistoryEntry[]; family: readonly HistoryEntry[] }>());

export class HistoryMapper {
  private readonly personal: readonly HistoryEntry[];
  private readonly family: readonly HistoryEntry[];
  private readonly cache = new Map<string, { personal?: string; family?: string }>();
  private readonly blocks = new Map<string, string[]>();

  private blockWords(code: string): string[] {
    const category = code.slice(0, 3);
    let words = this.blocks.get(category);
    if (!words) this.blocks.set(category, (words = blockWordsOf(this.codeSet, code)));
    return words;
  }

  private excludedWords(code: string): Set<string> {
    let description = '';
    try {
      description = this.codeSet.find(code)?.longDescription ?? '';
    } catch {
      description = '';
    }
    const words = new Set<string>();
    for (const m of description.matchAll(EXCLUSION_PHRASE)) for (const w of contentTokens(m[1])) words.add(w);
    return words;
  }

  constructor(private readonly codeSet: CodeSet) {
    // The entries are a function of the code set's tables alone: one copy per process for a loaded code set.
    const source = loadedSourceOf(codeSet);
    let entries = source ? sharedEntries.get(source) : undefined;
    if (!entries) {
      entries = historyEntries(codeSet);
      if (source) sharedEntries.set(source, entries);
    }
    this.personal = entries.personal;
    this.family = entries.family;
  }

  /** History codes for a condition code, given the words of the mention that found it. */
  lookup(code: string, termTokens: readonly string[], descriptionTokens: ReadonlySet<string> | undefined): { personal?: string; family?: string } {
    if (/^Z8[0-7]/.test(code)) return {};
    const key = `${code}|${termTokens.join(' ')}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    // A title's exclusion phrase names what the code is not ("kidney, except renal pelvis"): its words
    // never supply the site, unless the mention itself says them.
    const excluded = this.excludedWords(code);
    const own = new Set([...termTokens, ...[...(descriptionTokens ?? [])].filter((w) => !excluded.has(w))]);
    // The history codes name the organ ("… of large intestine"); the conditions name its part (colon, cecum).
    if ([...own].some((w) => LARGE_INTESTINE.has(w))) own.add('large').add('intestine');
    const withBlock = new Set([...own, ...this.blockWords(code)]);
    const result = {
      // The block's words only add candidates: the history code naming most of the condition's own words
      // wins (its organ before the block's "digestive organs"), then the most specific (most words).
      personal: best(this.personal, withBlock, own) ?? fallback(PERSONAL_HISTORY_FALLBACK, code, this.codeSet),
      family: best(this.family, withBlock, own) ?? fallback(FAMILY_HISTORY_FALLBACK, code, this.codeSet),
    };
    this.cache.set(key, result);
    return result;
  }
}

/** Parts of the large intestine, as condition titles name them (Z85.03-, Z86.010- name the organ). */
const LARGE_INTESTINE = new Set(['colon', 'colonic', 'cecum', 'cecal', 'sigmoid']);

/**
 * Tabular convention: "except X", "other than X", "excluding X" in a title exclude X from the code; the
 * phrase runs to the next comma, semicolon, parenthesis or the end of the title.
 */
const EXCLUSION_PHRASE = /\b(?:except|other than|excluding|excl\.?)\s+([^,;()\[\]]+)/gi;

/** A title without its exclusion phrases. */
export function withoutExclusions(title: string): string {
  return title.replace(EXCLUSION_PHRASE, ' ').replace(/\s*,\s*(?=,|$)/g, '').replace(/\s+/g, ' ').trim();
}

/** Content words of the chapter block a code belongs to (none when the code set has no block for it). */
function blockWordsOf(codeSet: CodeSet, code: string): string[] {
  try {
    return contentTokens(withoutExclusions(codeSet.hierarchy(code).block.description.replace(/\([^)]*\)/g, ' ')));
  } catch {
    return [];
  }
}

function best(entries: readonly HistoryEntry[], words: Set<string>, own: Set<string>): string | undefined {
  let found: HistoryEntry | undefined;
  let foundOwn = 0;
  for (const e of entries) {
    if (!e.tokens.every((t) => words.has(t))) continue;
    const ownWords = e.tokens.filter((t) => own.has(t)).length;
    if (found && (ownWords < foundOwn || (ownWords === foundOwn && e.tokens.length <= found.tokens.length))) continue;
    found = e;
    foundOwn = ownWords;
  }
  // One shared generic word ("disease") is not enough to call two conditions the same.
  if (found && found.tokens.length === 1 && /^(disease|disorder|condition|neoplasm)$/.test(found.tokens[0])) return undefined;
  return found?.code;
}

function fallback(table: Array<[string, string]>, code: string, codeSet: CodeSet): string | undefined {
  let chosen: [string, string] | undefined;
  for (const row of table) if (code.startsWith(row[0]) && (!chosen || row[0].length > chosen[0].length)) chosen = row;
  if (!chosen) return undefined;
  return codeSet.find(chosen[1])?.billable ? chosen[1] : undefined;
}
