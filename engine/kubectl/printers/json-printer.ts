// kubectl's -o json: the object (or a List of objects) as indented JSON.
// Models staging/src/k8s.io/cli-runtime/pkg/printers/json.go → JSONPrinter.PrintObj:
// json.MarshalIndent(obj, "", "    ") plus a newline — four spaces, map keys sorted (the object is
// unstructured, a map), <, > and & escaped as \u003c, \u003e, \u0026.
// Left out: the internal-object guard.
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function goJsonString(s: string): string {
  return JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function marshal(v: unknown, indent: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  // encoding/json's float text ('f', or 'e' below 1e-6 / from 1e21, "e-7" cleaned) equals JS's String.
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  const inner = `${indent}    `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + marshal(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (!isObject(v)) return 'null';
  const keys = Object.keys(v).sort();
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${inner}${goJsonString(k)}: ${marshal(v[k], inner)}`).join(',\n')}\n${indent}}`;
}

/** JSONPrinter.PrintObj. */
export function printJson(obj: unknown): string {
  return `${marshal(obj, '')}\n`;
}
