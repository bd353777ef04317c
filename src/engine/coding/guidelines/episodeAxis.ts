// Owns the episode axis of the chapter 15 categories read from the Tabular titles (Guidelines I.C.15.a.3): the
// leaves of "Polyhydramnios O40.-" or "Pregnancy, complicated by, cholestasis O26.64-" differ only by the trimester
// (or "in childbirth", "in the puerperium") and, where the category takes one, by the fetus 7th character. An Index
// target naming such a header stands for its unspecified-trimester leaf (fetus "not applicable or unspecified"); the
// pregnancy rule then takes the trimester from the weeks, the trimester words or the delivery the note states, and
// keeps the unspecified value only when the note says nothing. Nothing is listed: the axis is read from the titles.
import type { CodeEntry, CodeSet, Knowledge } from '../../icd10';

/** The values of the episode axis as the Tabular words them. */
const EPISODE = /\b(?:first|second|third|unspecified) trimester\b|\b(?:in )?childbirth\b|\b(?:in )?the puerperium\b/gi;

/** A chapter 15 title with its episode value taken out: leaves with the same key differ only on that axis. */
export function episodeKey(title: string): string {
  return title.toLowerCase().replace(EPISODE, '#').replace(/\s+/g, ' ').trim();
}

function safeFind(codeSet: CodeSet, code: string): CodeEntry | undefined {
  try {
    return codeSet.find(code);
  } catch {
    return undefined;
  }
}

/**
 * The unspecified-trimester leaf an Index target names when its leaves differ only on the episode axis (and the
 * fetus character, taken as 0 "not applicable or unspecified": single gestation unless the note says otherwise).
 */
export function unspecifiedEpisodeLeaf(target: string, codeSet: CodeSet, knowledge: Knowledge): string | undefined {
  const code = target.replace(/\.?-$/, '');
  if (code[0] !== 'O') return undefined;
  const entry = safeFind(codeSet, code);
  if (!entry || entry.billable) return undefined;
  let leaves = codeSet.billableDescendants(entry.code);
  const seven = knowledge.sevenChr(entry.code);
  if (seven) {
    if (!seven.chars['0']) return undefined;
    leaves = leaves.filter((e) => e.code.replace('.', '').length === 7 && e.code.endsWith('0'));
  }
  if (leaves.length < 2 || !leaves.some((e) => /\btrimester\b/i.test(e.longDescription))) return undefined;
  if (new Set(leaves.map((e) => episodeKey(e.longDescription))).size !== 1) return undefined;
  const unspecified = leaves.filter((e) => /\bunspecified trimester\b/i.test(e.longDescription));
  return unspecified.length === 1 ? unspecified[0].code : undefined;
}

/**
 * The sibling of a chapter 15 code on the episode axis with the value the note states ("third trimester"): same
 * category and length, the same fetus character, the same title but for the episode.
 */
export function episodeSibling(codeSet: CodeSet, code: string, value: string): string | undefined {
  const entry = safeFind(codeSet, code);
  if (!entry || code[0] !== 'O') return undefined;
  const key = episodeKey(entry.longDescription);
  const plain = code.replace('.', '');
  const found = codeSet.billableDescendants(code.slice(0, 3)).filter((e) => {
    const other = e.code.replace('.', '');
    return other.length === plain.length && (plain.length < 7 || other[6] === plain[6]) && e.longDescription.toLowerCase().includes(value)
      && episodeKey(e.longDescription) === key;
  });
  return found.length === 1 ? found[0].code : undefined;
}
