// kubectl's -o custom-columns=HEADER:.path,...: one column per JSONPath, cells joined by ",",
// "<none>" when a path finds nothing.
// Models staging/src/k8s.io/cli-runtime/pkg/printers/customcolumn.go → NewCustomColumnsPrinterFromSpec,
// CustomColumnsPrinter.printOneObject, and staging/src/k8s.io/kubectl/pkg/cmd/get/customcolumn_flags.go
// → RelaxedJSONPathExpression ("metadata.name", ".metadata.name", "{.metadata.name}" all work).
// Left out: custom-columns-file and --no-headers.
import { findResults } from '../jsonpath/evaluator.ts';
import { goPrint } from '../jsonpath/go-format.ts';
import { parseJsonPath } from '../jsonpath/parser.ts';
import type { ListNode } from '../jsonpath/ast.ts';
import { tabwrite } from './tabwriter.ts';

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

export function relaxedJsonPath(expr: string): string {
  if (expr === '') return expr;
  const m = RELAXED.exec(expr);
  if (!m) throw new Error("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  return `{.${m[1] || m[2] || ''}}`;
}

interface ColumnSpec { header: string; path: ListNode }

export function parseCustomColumns(spec: string): ColumnSpec[] {
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) throw new Error(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, colon), path: parseJsonPath(relaxedJsonPath(part.slice(colon + 1))) };
  });
}

export function printCustomColumns(objs: unknown[], spec: string): string {
  const columns = parseCustomColumns(spec);
  const rows = objs.map((obj) => columns.map((c) => {
    const values = findResults(c.path, obj, true).flat().map((v) => goPrint(v));
    return values.length === 0 ? '<none>' : values.join(',');
  }));
  return tabwrite([columns.map((c) => c.header), ...rows]);
}
