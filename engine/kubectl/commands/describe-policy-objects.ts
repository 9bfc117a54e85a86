// `kubectl describe quota NAME` and `kubectl describe limits NAME` (-n NS), aligned like kubectl's
// describe (tabwriter padding 2). Models staging/src/k8s.io/kubectl/pkg/describe/describe.go
// (describeQuota with scope help text, describeLimitRange: one row per resource, `-` when unset).
// Go ranges over resource maps in random order; rows here are sorted by resource name.
import type { LimitRange, ResourceQuota } from 'kubernetes-types/core/v1.js';
import type { PolicyKubectlCommand } from './policy-command.ts';
import { fail, namespaceOf, ok } from './policy-command.ts';
import { tabwrite } from './tab-writer.ts';
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
  return tabwrite(text, 2);
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
  return tabwrite(text, 2);
}

function describeCommand(kind: string, resource: string, render: (obj: never) => string): PolicyKubectlCommand {
  return {
    words: ['describe', kind],
    run(ctx, args) {
      const name = args.positional[0];
      const namespace = namespaceOf(args);
      const items = name ? [ctx.client.get(resource, namespace, name)] : ctx.client.list(resource, { namespace }).items;
      if (items.length === 0) return fail(`No resources found in ${namespace} namespace.`);
      return ok(items.map((o) => render(o as never)).join('\n\n\n'));
    },
  };
}

export const describePolicyCommands: PolicyKubectlCommand[] = [
  ...['quota', 'resourcequota', 'resourcequotas'].map((k) => describeCommand(k, 'resourcequotas', describeQuota)),
  ...['limits', 'limitrange', 'limitranges'].map((k) => describeCommand(k, 'limitranges', describeLimitRange)),
];
