// `kubectl describe node NAME`, worded and aligned as kubectl 1.32 prints it.
// Models staging/src/k8s.io/kubectl/pkg/describe/describe.go → NodeDescriber.Describe, describeNode,
// findNodeRoles, printNodeTaintsMultiline, describeNodeLease, describeNodeResource and
// getPodsTotalRequestsAndLimits; pkg/util/resource → PodRequestsAndLimits (containers summed, init
// containers as a max; pod overhead left out). Left out: hugepages and extended resource rows.
import type { Lease } from 'kubernetes-types/coordination/v1.js';
import type { Event, Node, Pod, Taint } from 'kubernetes-types/core/v1.js';
import { Quantity } from '../../apimachinery/quantity.ts';
import { parseTimestamp } from '../../clock/timestamp.ts';
import type { KubectlContext } from '../kubectl-context.ts';
import { humanDuration } from '../../apimachinery/human-duration.ts';
import { annotationsBlock, labelsBlock, withEvents } from './describe-sections.ts';
import { formatRfc1123z } from './describe-time.ts';

type Totals = Map<string, Quantity>;

/** addResourceList: the first value keeps its format, later ones are added to it. */
function addInto(into: Totals, list: Record<string, string> | undefined): void {
  for (const [name, text] of Object.entries(list ?? {})) {
    const q = Quantity.parse(text);
    const had = into.get(name);
    into.set(name, had ? had.add(q) : q);
  }
}

/** maxResourceList: an init container's value replaces the sum when larger. */
function maxInto(into: Totals, list: Record<string, string> | undefined): void {
  for (const [name, text] of Object.entries(list ?? {})) {
    const q = Quantity.parse(text);
    const had = into.get(name);
    if (!had || q.cmp(had) > 0) into.set(name, q);
  }
}

export function podRequestsAndLimits(pod: Pod): { reqs: Totals; limits: Totals } {
  const reqs: Totals = new Map(), limits: Totals = new Map();
  for (const c of pod.spec?.containers ?? []) { addInto(reqs, c.resources?.requests); addInto(limits, c.resources?.limits); }
  for (const c of pod.spec?.initContainers ?? []) { maxInto(reqs, c.resources?.requests); maxInto(limits, c.resources?.limits); }
  return { reqs, limits };
}

/** findNodeRoles: node-role.kubernetes.io/<role> labels and kubernetes.io/role, sorted. */
export function findNodeRoles(labels: Record<string, string> | undefined): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort();
}

/** printTaintsMultilineWithIndent: sorted by effect then key, "key=value:Effect". */
export function taintsBlock(taints: readonly Taint[] | undefined): string {
  if (!taints || taints.length === 0) return 'Taints:\t<none>\n';
  const sorted = [...taints].sort((a, b) => (`${a.effect},${a.key}` < `${b.effect},${b.key}` ? -1 : `${a.effect},${a.key}` > `${b.effect},${b.key}` ? 1 : 0));
  return 'Taints:' + sorted.map((t) => `\t${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`).join('');
}

const zero = Quantity.zero();
/** int64(float64(a) / float64(b) * 100), as describeNodeResource computes percentages. */
// With nothing allocatable Go divides by zero; the simulation prints 0% there.
const percent = (a: number, b: number): number => { const f = (a / b) * 100; return Number.isFinite(f) ? Math.trunc(f) : 0; };
const cell = (q: Quantity, of: Quantity, milli: boolean): string =>
  `${q.toString()} (${percent(milli ? q.milliValue() : q.value(), milli ? of.milliValue() : of.value())}%)`;
const guarded = (q: Quantity, of: Quantity, milli: boolean): string =>
  `${q.toString()} (${(milli ? of.milliValue() : of.value()) === 0 ? 0 : percent(milli ? q.milliValue() : q.value(), milli ? of.milliValue() : of.value())}%)`;

export function nodeResourceBlock(node: Node, pods: readonly Pod[], nowMs: number): string {
  const alloc = Object.keys(node.status?.allocatable ?? {}).length > 0 ? node.status?.allocatable ?? {} : node.status?.capacity ?? {};
  const of = (name: string): Quantity => { const t = alloc[name]; return t ? Quantity.parse(t) : zero; };
  let text = `Non-terminated Pods:\t(${pods.length} in total)\n`;
  text += '  Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n';
  text += '  ---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n';
  const totals = { reqs: new Map() as Totals, limits: new Map() as Totals };
  for (const pod of pods) {
    const { reqs, limits } = podRequestsAndLimits(pod);
    for (const [k, q] of reqs) totals.reqs.set(k, totals.reqs.get(k)?.add(q) ?? q);
    for (const [k, q] of limits) totals.limits.set(k, totals.limits.get(k)?.add(q) ?? q);
    const created = pod.metadata?.creationTimestamp ? parseTimestamp(pod.metadata.creationTimestamp) : undefined;
    const age = created === undefined ? '<unknown>' : humanDuration(nowMs - created);
    text += `  ${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${cell(reqs.get('cpu') ?? zero, of('cpu'), true)}\t${cell(limits.get('cpu') ?? zero, of('cpu'), true)}\t`
      + `${cell(reqs.get('memory') ?? zero, of('memory'), false)}\t${cell(limits.get('memory') ?? zero, of('memory'), false)}\t${age}\n`;
  }
  text += 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n';
  text += '  Resource\tRequests\tLimits\n  --------\t--------\t------\n';
  for (const [name, milli] of [['cpu', true], ['memory', false], ['ephemeral-storage', false]] as const) {
    text += `  ${name}\t${guarded(totals.reqs.get(name) ?? zero, of(name), milli)}\t${guarded(totals.limits.get(name) ?? zero, of(name), milli)}\n`;
  }
  return text;
}

function leaseBlock(ctx: KubectlContext, name: string): string {
  let lease: Lease;
  try { lease = ctx.client.get<Lease>('leases', 'kube-node-lease', name); }
  catch (e) { return `Lease:\tFailed to get lease: ${(e as Error).message}\n`; }
  const s = lease.spec ?? {};
  return `Lease:\n  HolderIdentity:\t${s.holderIdentity ?? '<unset>'}\n  AcquireTime:\t${s.acquireTime ? formatRfc1123z(s.acquireTime) : '<unset>'}\n`
    + `  RenewTime:\t${s.renewTime ? formatRfc1123z(s.renewTime) : '<unset>'}\n`;
}

const resourceList = (list: Record<string, string>): string =>
  Object.keys(list).sort().map((k) => `  ${k}:\t${Quantity.parse(list[k] ?? '0').toString()}\n`).join('');

export function describeNode(ctx: KubectlContext, node: Node): string {
  const meta = node.metadata ?? {}, spec = node.spec ?? {}, status = node.status ?? {};
  const name = meta.name ?? '';
  const roles = findNodeRoles(meta.labels);
  let text = `Name:\t${name}\nRoles:\t${roles.length > 0 ? roles.join(',') : '<none>'}\n`;
  text += labelsBlock('Labels', meta.labels) + annotationsBlock('Annotations', meta.annotations);
  text += `CreationTimestamp:\t${formatRfc1123z(meta.creationTimestamp)}\n` + taintsBlock(spec.taints);
  text += `Unschedulable:\t${spec.unschedulable === true}\n` + leaseBlock(ctx, name);
  if ((status.conditions ?? []).length > 0) {
    text += 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n';
    text += '  ----\t------\t-----------------\t------------------\t------\t-------\n';
    for (const c of status.conditions ?? []) {
      text += `  ${c.type} \t${c.status} \t${formatRfc1123z(c.lastHeartbeatTime)} \t${formatRfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`;
    }
  }
  text += `Addresses:\n${(status.addresses ?? []).map((a) => `  ${a.type}:\t${a.address}\n`).join('')}`;
  if (Object.keys(status.capacity ?? {}).length > 0) text += `Capacity:\n${resourceList(status.capacity ?? {})}`;
  if (Object.keys(status.allocatable ?? {}).length > 0) text += `Allocatable:\n${resourceList(status.allocatable ?? {})}`;
  const i = status.nodeInfo;
  text += `System Info:\n  Machine ID:\t${i?.machineID ?? ''}\n  System UUID:\t${i?.systemUUID ?? ''}\n  Boot ID:\t${i?.bootID ?? ''}\n`
    + `  Kernel Version:\t${i?.kernelVersion ?? ''}\n  OS Image:\t${i?.osImage ?? ''}\n  Operating System:\t${i?.operatingSystem ?? ''}\n`
    + `  Architecture:\t${i?.architecture ?? ''}\n  Container Runtime Version:\t${i?.containerRuntimeVersion ?? ''}\n`
    + `  Kubelet Version:\t${i?.kubeletVersion ?? ''}\n  Kube-Proxy Version:\t${i?.kubeProxyVersion ?? ''}\n`;
  if (spec.podCIDR) text += `PodCIDR:\t${spec.podCIDR}\n`;
  if ((spec.podCIDRs ?? []).length > 0) text += `PodCIDRs:\t${(spec.podCIDRs ?? []).join(',')}\n`;
  if (spec.providerID) text += `ProviderID:\t${spec.providerID}\n`;
  const pods = ctx.client.list<Pod>('pods', { fieldSelector: `spec.nodeName=${name},status.phase!=Succeeded,status.phase!=Failed` }).items;
  text += nodeResourceBlock(node, pods, ctx.nowMs());
  // Events about the node carry its UID (controllers) or its name as UID (the kubelet).
  const events = ctx.client.list<Event>('events', {}).items.filter((e) => e.involvedObject.kind === 'Node' && (e.involvedObject.uid === meta.uid || e.involvedObject.uid === name || e.involvedObject.name === name));
  return withEvents(text, events, ctx.nowMs());
}
