// Owns the one offset lookup of the text module: the last item (section, sentence) starting at or before
// an offset, by binary search over items sorted by start.

/** Index of the last item whose start <= offset, or -1. Items are sorted by start. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
