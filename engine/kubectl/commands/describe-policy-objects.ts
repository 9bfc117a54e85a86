// `kubectl describe quota NAME` and `kubectl describe limits NAME` (-n NS), aligned like kubectl's
// describe (tabwriter padding 2). Models staging/src/k8s.io/kubectl/pkg/describe/describe.go
// (describeQuota with scope help text, describeLimitRange: one row per resource, `-` when unset).
// Go ranges over resource maps in random order; rows here are sorted by resource name.
import type { LimitRange, ResourceQuota } from 'kubernetes-types/core/v1.js';
import type { Invocation, Output } from './command.ts';
import { DESCRIBE_SETTINGS, tabwriteText } from '../printers/tabwriter.ts';
import { formatQuantity, parseQuantity, unitValue } from '../../api/admission/support/quantity.ts';

const SCOPE_HELP: Record<string, string> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

export function describeQuota(q: ResourceQuota): string {
  let text = `Name:\t${q.metadata?.name ?? ''}\nNamespace:\t${q.metadata?.namespace ?? ''}\n`;
  const scopes = [...(q.spec?.scopes ?? [])].sort();
  if (scopes.length > 0) {
    text += `Scopes:\t${scopes.join(', ')}\n`;
    for (const s of scopes) if (SCOPE_HELP[s]) text += ` * ${SCOPE_HELP[s]}\n`;
  }
  text += 'Resource\tUsed\tHard\n--------\t----\t----\n';
  for (const name of Object.keys(q.status?.hard ?? {}).sort()) {
    const hard = q.status?.hard?.[name] ?? '0';
    text += `${name}\t${usedInHardFormat(q.status?.used?.[name] ?? '0', hard)}\t${hard}\n`;
  }
  return tabwriteText(text, DESCRIBE_SETTINGS);
}

/** describeQuota prints used in hard's format when they differ: 512Mi used of 1G hard -> 536870912. */
function usedInHardFormat(usedText: string, hardText: string): string {
  const used = parseQuantity(usedText);
  const hard = parseQuantity(hardText);
  if (used.format === hard.format) return formatQuantity(used);
  return formatQuantity({ nano: unitValue(used) * 1_000_000_000n, format: hard.format });
}

export function describeLimitRange(lr: LimitRange): string {
  let text = `Name:\t${lr.metadata?.name ?? ''}\nNamespace:\t${lr.metadata?.namespace ?? ''}\n`;
  text += 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n';
  text += '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n';
  for (const item of lr.spec?.limits ?? []) {
    const maps = [item.min, item.max, item.defaultRequest, item.default, item.maxLimitRequestRatio];
    const names = [...new Set(maps.flatMap((m) => Object.keys(m ?? {})))].sort();
    for (const name of names) text += [item.type, name, ...maps.map((m) => m?.[name] ?? '-')].join('\t') + '\n';
  }
  return tabwriteText(text, DESCRIBE_SETTINGS);
}

/** Describes one object by name, or every one of the kind in the namespace. */
export type PolicyDescriber = (inv: Invocation, out: Output, name: string | undefined) => void;

function describer(resource: string, render: (obj: never) => string): PolicyDescriber {
  return (inv, out, name) => {
    const namespace = inv.namespace;
    const items = name ? [inv.kube.client.get(resource, namespace, name)] : inv.kube.client.list(resource, { namespace }).items;
    if (items.length === 0) {
      // DescribeOptions.Run prints this on stderr and returns no error: kubectl exits 0.
      out.warn(`No resources found in ${namespace} namespace.\n`);
      return;
    }
    out.print(items.map((o) => render(o as never)).join('\n\n\n'));
  };
}

/** The type words `describe` accepts for these kinds. */
export const POLICY_DESCRIBERS: ReadonlyMap<string, PolicyDescriber> = new Map([
  ...['quota', 'resourcequota', 'resourcequotas'].map((k) => [k, describer('resourcequotas', describeQuota)] as const),
  ...['limits', 'limitrange', 'limitranges'].map((k) => [k, describer('limitranges', describeLimitRange)] as const),
]);
