// kubectl's human-readable tables: headers in upper case, -o wide columns, -A's NAMESPACE column,
// `kind.group/name` names when several kinds are printed, -L label columns and --show-labels.
// Models staging/src/k8s.io/cli-runtime/pkg/printers/tableprinter.go → HumanReadablePrinter.PrintObj,
// printTable, decorateTable, printRows (cells cut at the first line break with "...") over
// pkg/printers/internalversion/printers.go's rows, aligned by tabwriter.ts.
// Left out: --no-headers' interaction with -w, --sort-by, colour, and terminal escaping of control bytes.
import type { KubeObjectLike } from './object-like.ts';
import { formatLabels } from './labels.ts';
import { formatResourceName } from './resource-name.ts';
import { tableHandlerFor } from './table-handlers.ts';
import type { Cell, Column } from './table-handler.ts';
import { tabwrite } from './tabwriter.ts';

export interface TableOptions {
  nowMs: number;
  wide?: boolean;
  showLabels?: boolean;
  /** -A: a NAMESPACE column first. */
  withNamespace?: boolean;
  /** Several kinds in one `get`: names print as `deployment.apps/web`. */
  withKind?: boolean;
  noHeaders?: boolean;
  /** -L/--label-columns. */
  labelColumns?: string[];
}

/** printRows' rendering of one cell. */
export function cellText(cell: Cell): string {
  if (typeof cell !== 'string') return String(cell);
  const cut = cell.search(/[\f\n\r]/);
  return cut >= 0 ? `${cell.slice(0, cut)}...` : cell;
}

/** The header row and one row per object, all of the same kind. */
export function tableRows(objs: KubeObjectLike[], kind: string, opts: TableOptions): string[][] {
  const handler = tableHandlerFor(kind);
  const wide = opts.wide ?? false;
  const shown = handler.columns.map((c, i) => ({ c, i })).filter(({ c }) => wide || c.priority === undefined);
  const nameIndex = handler.columns.findIndex((c: Column) => c.name === 'Name');
  const labelColumns = opts.labelColumns ?? [];
  const header = [
    ...(opts.withNamespace ? ['NAMESPACE'] : []),
    ...shown.map(({ c }) => c.name.toUpperCase()),
    ...labelColumns.map((l) => (l.split('/').pop() ?? l).toUpperCase()),
    ...(opts.showLabels ? ['LABELS'] : []),
  ];
  const rows = objs.map((obj) => {
    const cells = handler.row(obj, { nowMs: opts.nowMs, wide });
    if (opts.withKind && nameIndex >= 0) {
      cells[nameIndex] = formatResourceName(obj.kind ?? kind, obj.apiVersion, obj.metadata?.name ?? '');
    }
    const labels = obj.metadata?.labels ?? {};
    return [
      ...(opts.withNamespace ? [obj.metadata?.namespace ?? ''] : []),
      ...shown.map(({ i }) => cellText(cells[i] ?? '')),
      ...labelColumns.map((l) => labels[l] ?? ''),
      ...(opts.showLabels ? [formatLabels(labels)] : []),
    ];
  });
  return opts.noHeaders ? rows : [header, ...rows];
}

/** One kind's table as kubectl prints it. */
export function printTable(objs: KubeObjectLike[], kind: string, opts: TableOptions): string {
  return tabwrite(tableRows(objs, kind, opts));
}
