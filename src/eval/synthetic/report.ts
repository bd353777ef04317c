// Owns the printed form of the synthetic PHI evaluation: overall figures, a table per note style and
// per fine kind (worst first), and the protected clinical terms that were redacted.
import type { PhiGroupTally, PhiModeReport } from '../phi';

const pct = (x: number) => x.toFixed(4);

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

function groupTable(title: string, groups: Record<string, PhiGroupTally & { precision?: number }>, withPrecision: boolean): string[] {
  const keys = Object.keys(groups).sort((a, b) => groups[a].recall - groups[b].recall || a.localeCompare(b));
  const w = [Math.max(title.length, ...keys.map((k) => k.length)), 7, 7, 8, 6, 6];
  const head = [title, 'recall', 'tokens', withPrecision ? 'precision' : '', 'spans', 'leaks'];
  const lines = [row(head, w)];
  for (const k of keys) {
    const g = groups[k];
    lines.push(row([k, pct(g.recall), g.goldTokens, withPrecision && g.precision !== undefined ? pct(g.precision) : '', g.goldSpans, g.leaks], w));
  }
  return lines;
}

export function formatSyntheticReport(r: PhiModeReport, header: string): string {
  const lines = [
    `== ${header}`,
    `token recall (bare years excluded)   ${pct(r.recall)}   (${r.caughtTokens}/${r.goldTokens})`,
    `token precision                      ${pct(r.precision)}   (${r.truePositiveTokens}/${r.redactedTokens})`,
    `leaked spans                         ${r.leaks} of ${r.goldSpans}`,
  ];
  if (r.protectedTerms) {
    const p = r.protectedTerms;
    lines.push(`protected terms redacted             ${p.redacted} of ${p.spans}`);
    const which = Object.entries(p.redactedTerms).sort((a, b) => b[1] - a[1]);
    if (which.length) lines.push(`  ${which.map(([t, n]) => `${t} (${n})`).join(', ')}`);
  }
  if (r.perStyle) lines.push('', ...groupTable('style', r.perStyle, true));
  if (r.perKind) lines.push('', ...groupTable('kind', r.perKind, false));
  return lines.join('\n');
}
