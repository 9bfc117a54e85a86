// `kubectl get ns|cm|secret|quota|limits [NAME] [-n NS]` with kubectl's default table columns:
// NAME STATUS AGE; NAME DATA AGE; NAME TYPE DATA AGE; NAME AGE REQUEST LIMIT; NAME CREATED AT.
// Models pkg/printers/internalversion/printers.go (printNamespace, printConfigMap, printSecret,
// printResourceQuota, printLimitRange). Empty lists print `No resources found in <ns> namespace.`
import type { ConfigMap, LimitRange, Namespace, ResourceQuota, Secret } from 'kubernetes-types/core/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import { parseTimestamp } from '../../clock/timestamp.ts';
import type { KubectlContext } from '../kubectl-context.ts';
import type { PolicyKubectlCommand } from './policy-command.ts';
import { namespaceOf, ok } from './policy-command.ts';
import { humanDuration, tabwrite } from './tab-writer.ts';

interface Printer { resource: string; namespaced: boolean; headers: string[]; row(obj: KubeObject, age: string): string[] }

const PRINTERS: Record<string, Printer> = {
  namespaces: { resource: 'namespaces', namespaced: false, headers: ['NAME', 'STATUS', 'AGE'],
    row: (o, age) => [o.metadata.name ?? '', (o as unknown as Namespace).status?.phase ?? '', age] },
  configmaps: { resource: 'configmaps', namespaced: true, headers: ['NAME', 'DATA', 'AGE'],
    row: (o, age) => { const cm = o as unknown as ConfigMap; return [o.metadata.name ?? '', String(Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length), age]; } },
  secrets: { resource: 'secrets', namespaced: true, headers: ['NAME', 'TYPE', 'DATA', 'AGE'],
    row: (o, age) => { const s = o as unknown as Secret; return [o.metadata.name ?? '', s.type ?? '', String(Object.keys(s.data ?? {}).length), age]; } },
  resourcequotas: { resource: 'resourcequotas', namespaced: true, headers: ['NAME', 'AGE', 'REQUEST', 'LIMIT'],
    row: (o, age) => [o.metadata.name ?? '', age, ...quotaColumns(o as unknown as ResourceQuota)] },
  limitranges: { resource: 'limitranges', namespaced: true, headers: ['NAME', 'CREATED AT'],
    row: (o) => [o.metadata.name ?? '', (o as unknown as LimitRange).metadata?.creationTimestamp ?? ''] },
};

const ALIASES: Record<string, string> = {
  ns: 'namespaces', namespace: 'namespaces', namespaces: 'namespaces',
  cm: 'configmaps', configmap: 'configmaps', configmaps: 'configmaps',
  secret: 'secrets', secrets: 'secrets',
  quota: 'resourcequotas', resourcequota: 'resourcequotas', resourcequotas: 'resourcequotas',
  limits: 'limitranges', limitrange: 'limitranges', limitranges: 'limitranges',
};

/** REQUEST lists every non-`limits.*` resource as `name: used/hard`, LIMIT the `limits.*` ones. */
function quotaColumns(q: ResourceQuota): [string, string] {
  const request: string[] = [];
  const limit: string[] = [];
  for (const name of Object.keys(q.spec?.hard ?? {}).sort()) {
    const cell = `${name}: ${q.status?.used?.[name] ?? '0'}/${q.status?.hard?.[name] ?? '0'}`;
    (name.split('.')[0] === 'limits' && name.includes('.') ? limit : request).push(cell);
  }
  return [request.join(', '), limit.join(', ')];
}

export function getPolicyObjectsCommand(kind: string): PolicyKubectlCommand {
  return {
    words: ['get', kind],
    run(ctx, args) {
      const printer = PRINTERS[ALIASES[kind] ?? ''];
      if (!printer) return { stdout: '', stderr: `error: the server doesn't have a resource type "${kind}"\n`, exitCode: 1 };
      const namespace = printer.namespaced ? namespaceOf(args) : undefined;
      const name = args.positional[0];
      const items = name ? [ctx.client.get(printer.resource, namespace, name)] : ctx.client.list(printer.resource, namespace ? { namespace } : {}).items;
      if (items.length === 0) return { stdout: '', stderr: `No resources found${namespace ? ` in ${namespace} namespace` : ''}.\n`, exitCode: 0 };
      const rows = [printer.headers, ...items.map((o) => printer.row(o, ageOf(ctx, o)))];
      return ok(tabwrite(rows.map((r) => `${r.join('\t')}\n`).join(''), 3));
    },
  };
}

function ageOf(ctx: KubectlContext, obj: KubeObject): string {
  const created = parseTimestamp(obj.metadata.creationTimestamp ?? '');
  return created === undefined ? '<unknown>' : humanDuration(ctx.nowMs() - created);
}

export const getPolicyCommands: PolicyKubectlCommand[] = Object.keys(ALIASES).map(getPolicyObjectsCommand);
