// The objects a mutating command (delete, label, annotate, scale) acts on: TYPE NAME..., TYPE/NAME...,
// -f FILE, or TYPE with -l/--all (a list), each with its resource type.
// Models staging/src/k8s.io/cli-runtime/pkg/resource/builder.go as delete.go, label.go and scale.go
// configure it (ResourceTypeOrNameArgs(allowEmptySelector=--all), LabelSelectorParam, FilenameParam,
// RequireObject(false) for delete) and its error "resource(s) were provided, but no name was specified".
// Left out: --field-selector on label/annotate.
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ResourceType } from '../../api/registry.ts';
import { KubectlError, type Invocation } from '../commands/command.ts';
import { readManifests } from './manifest-input.ts';
import { parseResourceArgs } from './resource-args.ts';

export interface Target {
  type: ResourceType;
  namespace: string | undefined;
  name: string;
  source: string;
}

const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/** What the arguments name; `listed` tells whether a selector or --all produced it (for "No resources found"). */
export function selectTargets(inv: Invocation, resourceArgs: string[]): { targets: Target[]; listed: boolean } {
  if (inv.flags.strings('filename').length > 0) {
    return { targets: readManifests(inv).map((m) => ({ type: m.type, namespace: m.namespace, name: m.object.metadata.name ?? '', source: m.source })), listed: false };
  }
  if (resourceArgs.length === 0) throw new KubectlError(NO_RESOURCES);
  const { requests } = parseResourceArgs(resourceArgs);
  const selector = inv.flags.changed('selector') ? inv.flags.string('selector') : '';
  const all = inv.flags.changed('all') && inv.flags.bool('all');
  const allNamespaces = inv.flags.changed('all-namespaces') && inv.flags.bool('all-namespaces');
  const targets: Target[] = [];
  let listed = false;
  for (const { type, names } of requests) {
    const namespace = type.namespaced ? inv.namespace : undefined;
    if (names.length > 0) {
      if (selector || all) throw new KubectlError('name cannot be provided when a selector is specified');
      targets.push(...names.map((name) => ({ type, namespace, name, source: '' })));
      continue;
    }
    if (!selector && !all) throw new KubectlError('resource(s) were provided, but no name was specified');
    listed = true;
    const items: KubeObject[] = inv.kube.client.list(type.resource, {
      ...(allNamespaces || !type.namespaced ? {} : { namespace: inv.namespace }),
      ...(selector ? { labelSelector: selector } : {}),
    }).items;
    targets.push(...items.map((o) => ({ type, namespace: o.metadata.namespace, name: o.metadata.name ?? '', source: '' })));
  }
  return { targets, listed };
}
