// `kubectl get`: tables per kind (blank line between kinds), -o wide|yaml|json|name|jsonpath=|
// custom-columns=, -A, -l, --field-selector, --show-labels, -L, --no-headers, --ignore-not-found,
// "No resources found in <ns> namespace." on stderr when nothing printed, errors for missing
// names after the objects that were found.
// Models staging/src/k8s.io/kubectl/pkg/cmd/get/get.go → GetOptions.Complete/Validate/Run
// (shouldGetNewPrinterForMapping, the List wrapper for non-table output, trackingWriter).
// --sort-by orders each kind's objects (support/sort-by.ts).
// Left out: --watch, --chunk-size, --raw, --subresource, server-side printing.
import { boolFlag, sliceFlag, stringFlag, arrayFlag } from '../command-line/flag-spec.ts';
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../apimachinery/object.ts';
import { printJsonPath } from '../jsonpath/jsonpath.ts';
import { printCustomColumns } from '../printers/custom-columns.ts';
import { goYamlMarshal } from '../printers/go-yaml.ts';
import { printJson } from '../printers/json-printer.ts';
import { asList } from '../printers/list.ts';
import { printName } from '../printers/name-printer.ts';
import { noResourcesFound } from '../printers/no-resources.ts';
import { printTable } from '../printers/table-printer.ts';
import { errorText } from '../support/check-err.ts';
import { fetchRequests, type Fetched } from '../support/fetch.ts';
import { parseOutputFormat, type OutputFormat } from '../support/output-format.ts';
import { parseResourceArgs, type ResourceArgs } from '../support/resource-args.ts';
import { readManifests } from '../support/manifest-input.ts';
import { sortObjects } from '../support/sort-by.ts';
import { KubectlError, type Invocation, type KubectlCommand, type Output } from './command.ts';

const REQUIRED = 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n';

export const getCommand: KubectlCommand = {
  name: 'get',
  flags: [stringFlag('output', 'o'), stringFlag('selector', 'l'), stringFlag('field-selector'), boolFlag('all-namespaces', 'A'),
    boolFlag('show-labels'), arrayFlag('label-columns', 'L'), boolFlag('no-headers'), boolFlag('ignore-not-found'),
    boolFlag('show-kind'), boolFlag('watch', 'w'), sliceFlag('filename', 'f'), stringFlag('sort-by'), stringFlag('chunk-size')],
  run(inv, out) {
    if (inv.args.length === 0 && inv.flags.strings('filename').length === 0) {
      out.warn(REQUIRED);
      throw new KubectlError('Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples');
    }
    if (inv.flags.bool('watch')) throw new KubectlError('--watch is not supported by kubespec: use a "Then eventually" step instead');
    const format = parseOutputFormat(inv.flags.string('output'));
    const resources = inv.flags.strings('filename').length > 0 ? manifestResources(inv) : parseResourceArgs(inv.args);
    const allNamespaces = inv.flags.bool('all-namespaces');
    if (allNamespaces && resources.requests.some((r) => r.names.length > 0)) {
      throw new KubectlError('a resource cannot be retrieved by name across all namespaces');
    }
    const errors: unknown[] = [];
    const sortBy = inv.flags.string('sort-by');
    const fetched = fetchRequests(inv.kube.client, resources.requests, {
      namespace: inv.namespace, allNamespaces,
      labelSelector: inv.flags.string('selector'), fieldSelector: inv.flags.string('field-selector'),
    }, errors).map((f) => (sortBy ? { ...f, objects: sortObjects(f.objects, sortBy) } : f));
    const written = printFetched(inv, out, fetched, format, resources.singleItem, resources.multipleTypes || inv.flags.bool('show-kind'));
    const shown = errors.filter((e) => !(inv.flags.bool('ignore-not-found') && isStatusError(e, 'NotFound')));
    if (!written && shown.length === 0 && !inv.flags.bool('ignore-not-found')) {
      out.warn(noResourcesFound(inv.namespace, !allNamespaces && resources.requests.every((r) => r.type.namespaced)));
    }
    for (const e of shown) { out.warn(errorText(e)); out.exitCode = 1; }
  },
};

/** `get -f FILE`: the objects the manifests name, each fetched by name in its namespace. */
function manifestResources(inv: Invocation): ResourceArgs {
  const infos = readManifests(inv);
  const kinds = new Set(infos.map((i) => i.type.resource));
  if (infos.some((i) => i.namespace !== undefined && i.namespace !== inv.namespace)) {
    throw new KubectlError('kubespec: get -f with objects outside the current namespace is not supported; pass -n');
  }
  return { requests: infos.map((i) => ({ type: i.type, names: [i.object.metadata.name ?? ''] })), singleItem: infos.length === 1, multipleTypes: kinds.size > 1 };
}

/** Prints what was fetched; returns whether anything was written to stdout. */
function printFetched(inv: Invocation, out: Output, fetched: Fetched[], format: OutputFormat, singleItem: boolean, withKind: boolean): boolean {
  const objects = fetched.flatMap((f) => f.objects);
  const before = out.out.length;
  switch (format.kind) {
    case 'table': printTables(inv, out, fetched, format.wide, withKind); break;
    case 'name': for (const o of objects) out.print(printName(o)); break;
    case 'custom-columns': if (objects.length > 0) out.print(printCustomColumns(objects, format.spec)); break;
    default: {
      const target: unknown = singleItem && objects.length === 1 ? objects[0] : asList(objects as KubeObject[]);
      if (format.kind === 'json') out.print(printJson(target));
      else if (format.kind === 'yaml') out.print(goYamlMarshal(target));
      else {
        // jsonpath-as-json: each result set as json.MarshalIndent(results, "", "    ") + "\n".
        const r = format.asJson ? printJsonPath(format.template, target, true, printJson) : printJsonPath(format.template, target);
        if (!r.ok) throw new KubectlError(r.error);
        out.print(r.text);
      }
    }
  }
  return out.out.length > before;
}

function printTables(inv: Invocation, out: Output, fetched: Fetched[], wide: boolean, withKind: boolean): void {
  // Consecutive results of the same kind share one table (shouldGetNewPrinterForMapping).
  const groups: Fetched[] = [];
  for (const f of fetched) {
    if (f.objects.length === 0) continue;
    const last = groups[groups.length - 1];
    if (last && last.type.resource === f.type.resource && last.type.group === f.type.group) last.objects = [...last.objects, ...f.objects];
    else groups.push({ type: f.type, objects: f.objects });
  }
  groups.forEach((g, i) => {
    if (i > 0) out.print('\n');
    out.print(printTable(g.objects, g.type.kind, {
      nowMs: inv.kube.nowMs(), wide, withKind, withNamespace: inv.flags.bool('all-namespaces'),
      showLabels: inv.flags.bool('show-labels'), noHeaders: inv.flags.bool('no-headers'),
      labelColumns: inv.flags.strings('label-columns').flatMap((l) => l.split(',')),
    }));
  });
}
