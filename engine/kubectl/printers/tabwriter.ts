// Column alignment of kubectl's tables.
// Models text/tabwriter as configured by staging/src/k8s.io/cli-runtime/pkg/printers/tabwriter.go →
// GetNewTabWriter (minwidth 6, tabwidth 4, padding 3, padchar ' ', flags RememberWidths): every cell
// terminated by a tab is padded to max(6, widest cell + 3); the text after a row's last tab is not.
// Left out: column blocks broken by rows with fewer cells (kubectl's rows all have the same shape).

const MIN_WIDTH = 6;
const PADDING = 3;

const width = (s: string): number => [...s].length;

/** Aligns rows of cells; every line ends with "\n". */
export function tabwrite(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? MIN_WIDTH, width(cell) + PADDING);
    });
  }
  return rows.map((row) => row.map((cell, i) =>
    (i < row.length - 1 ? cell + ' '.repeat((widths[i] ?? MIN_WIDTH) - width(cell)) : cell)).join('') + '\n').join('');
}
