// Column alignment as Go's text/tabwriter does it for kubectl: a column's width is set per block
// of consecutive lines that have a tab-terminated cell in that column; the last cell of a line is
// never padded. Models text/tabwriter (format) with kubectl's settings (padding 3 for tables,
// 2 for describe). Used by the policy printers until the kubectl printers land.

export function tabwrite(text: string, padding: number): string {
  const lines = text.split('\n');
  const trailingNewline = lines[lines.length - 1] === '';
  if (trailingNewline) lines.pop();
  const cells = lines.map((l) => l.split('\t'));
  const widths = cells.map((c) => new Array<number>(Math.max(c.length - 1, 0)).fill(0));
  alignColumn(cells, widths, 0, 0, cells.length, padding);
  const out = cells.map((c, i) => c.map((cell, j) => (j < c.length - 1 ? cell.padEnd(widths[i]?.[j] ?? 0) : cell)).join('').trimEnd());
  return out.join('\n') + (trailingNewline ? '\n' : '');
}

function alignColumn(cells: string[][], widths: number[][], column: number, from: number, to: number, padding: number): void {
  let i = from;
  while (i < to) {
    if ((cells[i]?.length ?? 0) - 1 <= column) { i++; continue; }
    let end = i;
    let width = 0;
    while (end < to && (cells[end]?.length ?? 0) - 1 > column) { width = Math.max(width, (cells[end]?.[column] ?? '').length + padding); end++; }
    for (let k = i; k < end; k++) { const w = widths[k]; if (w) w[column] = width; }
    alignColumn(cells, widths, column + 1, i, end, padding);
    i = end;
  }
}

/** duration.HumanDuration (k8s.io/apimachinery/pkg/util/duration), as kubectl's AGE column prints it. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 8) return hours % 24 === 0 ? `${days}d` : `${days}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (hours < 24 * 365 * 8) return days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`;
  return `${years}y`;
}
