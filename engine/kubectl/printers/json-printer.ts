// kubectl's -o json: the object (or a List of objects) as indented JSON.
// Models staging/src/k8s.io/cli-runtime/pkg/printers/json.go → JSONPrinter.PrintObj:
// json.MarshalIndent(obj, "", "    ") plus a newline — four spaces, map keys sorted (the object is
// unstructured, a map), <, > and & escaped as \u003c, \u003e, \u0026 (apimachinery/go-json-encode.ts).
// Left out: the internal-object guard.
import { goJsonMarshalIndent } from '../../apimachinery/go-json-encode.ts';

/** JSONPrinter.PrintObj. */
export function printJson(obj: unknown): string {
  return `${goJsonMarshalIndent(obj, '', '    ')}\n`;
}
