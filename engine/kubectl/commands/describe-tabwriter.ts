// Go's text/tabwriter as kubectl's describe uses it (minwidth 0, tabwidth 8, padding 2, padchar ' ',
// no flags): tab-terminated cells are aligned per column block of consecutive lines that have that
// column. Models text/tabwriter → Writer.format. Used by the describe commands of this folder.
// TODO(kubectl): switch to the shared printers/tabwriter.ts when the kubectl printers land.
const PADDING = 2;

export function tabwrite(text: string): string {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const cells = lines.map((l) => l.split('\t'));
  const widths: number[] = [];
  let out = '';
  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const line = cells[i] ?? [];
      line.forEach((c, j) => { out += j < line.length - 1 && j < widths.length ? c.padEnd(widths[j] ?? 0) : c; });
      out += '\n';
    }
  };
  const format = (start: number, end: number): void => {
    let line0 = start;
    const column = widths.length;
    for (let i = start; i < end; i++) {
      if (column >= (cells[i]?.length ?? 0) - 1) continue;
      writeLines(line0, i); // lines before the block
      line0 = i;
      let width = 0;
      for (; i < end; i++) {
        const line = cells[i] ?? [];
        if (column >= line.length - 1) break;
        width = Math.max(width, (line[column] ?? '').length + PADDING);
      }
      widths.push(width);
      format(line0, i);
      widths.pop();
      line0 = i;
      i--; // resume at the first line after the block
    }
    writeLines(line0, end);
  };
  format(0, cells.length);
  return out;
}
