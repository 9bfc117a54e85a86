// Column alignment as kubectl's output gets it from Go's text/tabwriter. Models
// src/text/tabwriter/tabwriter.go → Writer.Write, format and writeLines with padchar ' ' and no
// flags: a cell is text terminated by a tab; a column's width is fixed per block of consecutive
// lines that have a cell in it, as max(minwidth, widest cell + padding) counted in runes; the text
// after a line's last tab is never padded. Two settings: kubectl's tables (cli-runtime
// printers/tabwriter.go → GetNewTabWriter: minwidth 6, padding 3) and describe (describe.go →
// tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)). GetNewTabWriter's RememberWidths (liggitt/tabwriter)
// only matters across flushes; the text here is written and flushed once.
// Left out: the Debug, AlignRight, DiscardEmptyColumns, FilterHTML and StripEscape flags.

export interface TabwriterSettings { minwidth: number; padding: number }

/** kubectl get's tables. */
export const TABLE_SETTINGS: TabwriterSettings = { minwidth: 6, padding: 3 };
/** kubectl describe. */
export const DESCRIBE_SETTINGS: TabwriterSettings = { minwidth: 0, padding: 2 };

const runeCount = (s: string): number => {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--; // a surrogate pair is one rune
  }
  return n;
};

/** The text as Writer.Write(text) then Flush() prints it. */
export function tabwriteText(text: string, settings: TabwriterSettings): string {
  const lines = text.split('\n').map((line) => line.split('\t'));
  // Flush terminates the last line's open cell only if it has text: "a\tb\t" ends with cell "b".
  const last = lines[lines.length - 1]!;
  if (last.length > 1 && last[last.length - 1] === '') last.pop();
  const widths: number[] = [];
  let out = '';
  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const cells = lines[i]!;
      for (let j = 0; j < cells.length; j++) {
        const cell = cells[j]!;
        out += cell;
        if (j < widths.length) out += ' '.repeat(widths[j]! - runeCount(cell));
      }
      // The last line has no newline of its own (text that ends in "\n" leaves it empty).
      if (i + 1 < lines.length) out += '\n';
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= lines[current]!.length - 1) continue;
      writeLines(line0, current);
      line0 = current;
      let width = settings.minwidth;
      for (; current < line1; current++) {
        const cells = lines[current]!;
        if (column >= cells.length - 1) break;
        width = Math.max(width, runeCount(cells[column]!) + settings.padding);
      }
      widths.push(width);
      format(line0, current);
      widths.pop();
      line0 = current;
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out;
}

/** Rows of cells as kubectl get writes them (cells joined by tabs, each row ended by a newline). */
export function tabwrite(rows: string[][]): string {
  return tabwriteText(rows.map((row) => `${row.join('\t')}\n`).join(''), TABLE_SETTINGS);
}
