// `kubectl explain TYPE[.FIELD...] [--recursive] [--api-version=GROUP/VERSION] [--output=plaintext]`:
// documentation of a resource or field from the server's OpenAPI v3 documents.
// Models staging/src/k8s.io/kubectl/pkg/cmd/explain/explain.go → ExplainOptions.Validate / Run and
// pkg/explain/v2/explain.go → printModelDescriptionWithGenerator ("couldn't find resource for"),
// with cmdutil.CheckErr printing a NoMatch error without the "error: " prefix.
// Left out: --output=plaintext-openapiv2 (the OpenAPI v2 renderer).
import { openApiV3Document } from '../../api/openapi/openapi-v3.ts';
import { boolFlag, stringFlag } from '../command-line/flag-spec.ts';
import { renderPlaintext } from '../explain/plaintext.ts';
import { NoResourceMatch, splitDotNotation, splitWithMatchingPrefix, type ResourceRequest } from '../explain/resource-request.ts';
import { KubectlError, type Invocation, type KubectlCommand, type Output } from './command.ts';

/** schema.ParseGroupVersion */
function parseGroupVersion(text: string): { group: string; version: string } {
  if (text === '' || text === '/') return { group: '', version: '' };
  const parts = text.split('/');
  if (parts.length > 2) throw new KubectlError(`unexpected GroupVersion string: ${text}`);
  return parts.length === 1 ? { group: '', version: text } : { group: parts[0] ?? '', version: parts[1] ?? '' };
}

function resolveRequest(inv: Invocation, out: Output): ResourceRequest | undefined {
  const arg = inv.args[0] ?? '';
  try {
    return inv.flags.string('api-version') === '' ? splitWithMatchingPrefix(arg) : splitDotNotation(arg);
  } catch (e) {
    if (!(e instanceof NoResourceMatch)) throw e;
    out.warn(`${e.message}\n`);
    out.exitCode = 1;
    return undefined;
  }
}

function explain(inv: Invocation, out: Output): void {
  if (inv.args.length === 0) {
    throw new KubectlError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
  }
  if (inv.args.length > 1) throw new KubectlError('We accept only this format: explain RESOURCE\n');
  const request = resolveRequest(inv, out);
  if (!request) return;
  const format = inv.flags.string('output');
  if (format === 'plaintext-openapiv2') throw new KubectlError('kubespec: --output=plaintext-openapiv2 is not supported; the OpenAPI v3 plaintext output is');
  const apiVersion = inv.flags.string('api-version');
  const gv = apiVersion === '' ? request.type : parseGroupVersion(apiVersion);
  const gvr = `${gv.group}/${gv.version}, Resource=${request.type.resource}`;
  const doc = openApiV3Document(gv.group ? `apis/${gv.group}/${gv.version}` : `api/${gv.version}`);
  if (!doc) throw new KubectlError(`couldn't find resource for "${gvr}"`);
  if (format !== 'plaintext') throw new KubectlError(`unrecognized format: ${format}`);
  const result = renderPlaintext(doc, gvr, { resource: request.type.resource, fieldPath: request.fieldPath, recursive: inv.flags.bool('recursive') });
  if ('text' in result) { out.print(result.text); return; }
  out.print(result.header);
  throw new KubectlError(result.error);
}

export const explainCommand: KubectlCommand = {
  name: 'explain',
  flags: [boolFlag('recursive'), stringFlag('api-version'), stringFlag('output', undefined, 'plaintext')],
  run: explain,
};
