// The public face of the JSONPath engine: execute a template, and kubectl's `-o jsonpath` printer.
// Models staging/src/k8s.io/client-go/util/jsonpath/jsonpath.go → Execute, PrintResults (maps and
// arrays printed as compact JSON, results of one action joined by spaces) and
// staging/src/k8s.io/cli-runtime/pkg/printers/jsonpath.go → JSONPathPrinter.PrintObj, plus
// staging/src/k8s.io/cli-runtime/pkg/genericclioptions/jsonpath_flags.go (kubectl's missing-key default).
// -o jsonpath-as-json (EnableJSONOutput) passes a formatter printing each result set as an indented
// JSON array. Left out: the internal-object guard.
import { findResults } from './evaluator.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';
import { goJsonMarshal } from '../../apimachinery/go-json-encode.ts';
import { goScalarText, goSyntax } from './go-format.ts';
import { parseJsonPath } from './parser.ts';

export interface ExecuteOptions {
  allowMissingKeys?: boolean;
}

/** jsonpath.Execute: returns the printed text or throws Error with the engine's message. */
export function executeJsonPath(template: string, data: unknown, options: ExecuteOptions = {}): string {
  const root = parseJsonPath(template);
  const sets = findResults(root, data, options.allowMissingKeys ?? false);
  return sets.map(printResults).join('');
}

/** PrintResults: containers as json.Marshal, scalars as fmt.Sprint, separated by one space. */
function printResults(results: unknown[]): string {
  return results.map((r) => (r !== null && typeof r === 'object' ? goJsonMarshal(r) : goScalarText(r))).join(' ');
}

export type JsonPathPrint = { ok: true; text: string } | { ok: false; error: string };

/**
 * `kubectl get -o jsonpath=TEMPLATE`: missing keys print nothing (jsonpath_flags.go sets
 * AllowMissingKeys(true) unless --allow-missing-template-keys=false). The error text is what
 * kubectl's CheckErr prints after "error: ".
 */
export function printJsonPath(template: string, obj: unknown, allowMissingKeys = true,
  formatSet: (results: unknown[]) => string = printResults): JsonPathPrint {
  let root;
  try {
    root = parseJsonPath(template);
  } catch (e) {
    return { ok: false, error: `error parsing jsonpath ${template}, ${(e as Error).message}\n` };
  }
  try {
    return { ok: true, text: findResults(root, obj, allowMissingKeys).map(formatSet).join('') };
  } catch (e) {
    const detail = `Error executing template: ${(e as Error).message}. Printing more information for debugging the template:\n`
      + `\ttemplate was:\n\t\t${template}\n`
      + `\tobject given to jsonpath engine was:\n\t\t${goSyntax(obj)}\n\n`;
    return { ok: false, error: `error executing jsonpath ${goQuote(template)}: ${detail}\n` };
  }
}
