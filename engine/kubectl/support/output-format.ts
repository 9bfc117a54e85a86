// The -o/--output flag: which printer kubectl uses.
// Models staging/src/k8s.io/cli-runtime/pkg/genericclioptions/print_flags.go → PrintFlags.ToPrinter
// (json, yaml, name, jsonpath=..., wide, custom-columns=...) and its error for anything else.
// Left out: go-template, templatefile and jsonpath-file (no templates engine, no file access here).
import { KubectlError } from '../commands/command.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

export type OutputFormat =
  | { kind: 'table'; wide: boolean }
  | { kind: 'json' }
  | { kind: 'yaml' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string; asJson: boolean }
  | { kind: 'custom-columns'; spec: string };

const ALLOWED = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

export function parseOutputFormat(text: string): OutputFormat {
  if (text === '') return { kind: 'table', wide: false };
  if (text === 'wide') return { kind: 'table', wide: true };
  if (text === 'json' || text === 'yaml' || text === 'name') return { kind: text };
  const eq = text.indexOf('=');
  const name = eq < 0 ? text : text.slice(0, eq);
  const value = eq < 0 ? '' : text.slice(eq + 1);
  if (name === 'jsonpath' || name === 'jsonpath-as-json') {
    if (value === '') throw new KubectlError('template format specified but no template given');
    return { kind: 'jsonpath', template: value, asJson: name === 'jsonpath-as-json' };
  }
  if (name === 'custom-columns') {
    if (value === '') throw new KubectlError('custom-columns format specified but no custom columns given');
    return { kind: 'custom-columns', spec: value };
  }
  throw new KubectlError(`unable to match a printer suitable for the output format ${goQuote(text)}, allowed formats are: ${ALLOWED}`);
}
