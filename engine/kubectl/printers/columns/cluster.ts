// Tables of cluster-level objects: nodes, namespaces, events, leases, priorityclasses,
// controllerrevisions.
// Models pkg/printers/internalversion/printers.go → printNode (STATUS Ready/NotReady/Unknown +
// SchedulingDisabled, ROLES from node-role.kubernetes.io/* and kubernetes.io/role), printNamespace,
// printEvent (LAST SEEN from lastTimestamp/firstTimestamp/eventTime/series, OBJECT kind/name),
// printLease, printPriorityClass, printControllerRevision.
// Left out: Event rows' messages keep only the first line (done by the table printer).
import type { Event, Namespace, Node } from 'kubernetes-types/core/v1.js';
import type { ControllerRevision } from 'kubernetes-types/apps/v1.js';
import type { Lease } from 'kubernetes-types/coordination/v1.js';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1.js';
import { humanDuration } from '../../../apimachinery/human-duration.ts';
import { as } from '../object-like.ts';
import { formatResourceName } from '../resource-name.ts';
import { AGE, NAME, type TableHandler } from '../table-handler.ts';
import { timestampMs, timestampSince } from '../timestamp.ts';

const LABEL_NODE_ROLE_PREFIX = 'node-role.kubernetes.io/';
const NODE_LABEL_ROLE = 'kubernetes.io/role';

/** findNodeRoles: a sorted set. */
function nodeRoles(node: Node): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(LABEL_NODE_ROLE_PREFIX)) { const role = k.slice(LABEL_NODE_ROLE_PREFIX.length); if (role) roles.add(role); }
    if (k === NODE_LABEL_ROLE && v !== '') roles.add(v);
  }
  return [...roles].sort().join(',') || '<none>';
}

function nodeStatus(node: Node): string {
  const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
  const status = ready === undefined ? ['Unknown'] : [ready.status === 'True' ? 'Ready' : 'NotReady'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

const nodeAddress = (node: Node, type: string): string =>
  (node.status?.addresses ?? []).find((a) => a.type === type)?.address ?? '<none>';

export const nodesTable: TableHandler = {
  kind: 'Node',
  columns: [NAME, { name: 'Status' }, { name: 'Roles' }, AGE, { name: 'Version' },
    { name: 'Internal-IP', priority: 1 }, { name: 'External-IP', priority: 1 }, { name: 'OS-Image', priority: 1 },
    { name: 'Kernel-Version', priority: 1 }, { name: 'Container-Runtime', priority: 1 }],
  row(obj, ctx) {
    const node = as<Node>(obj);
    const info = node.status?.nodeInfo;
    return [node.metadata?.name ?? '', nodeStatus(node), nodeRoles(node),
      timestampSince(node.metadata?.creationTimestamp, ctx.nowMs), info?.kubeletVersion ?? '',
      nodeAddress(node, 'InternalIP'), nodeAddress(node, 'ExternalIP'), info?.osImage || '<unknown>',
      info?.kernelVersion || '<unknown>', info?.containerRuntimeVersion || '<unknown>'];
  },
};

export const namespacesTable: TableHandler = {
  kind: 'Namespace',
  columns: [NAME, { name: 'Status' }, AGE],
  row(obj, ctx) {
    const ns = as<Namespace>(obj);
    return [ns.metadata?.name ?? '', ns.status?.phase ?? '', timestampSince(ns.metadata?.creationTimestamp, ctx.nowMs)];
  },
};

const since = (ms: number | undefined, nowMs: number): string => (ms === undefined ? '<unknown>' : humanDuration(nowMs - ms));

/** formatEventSource: component (or reportingController), then ", host" (or reportingInstance). */
function eventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || '';
  const instance = e.source?.host || e.reportingInstance || '';
  return instance ? `${component}, ${instance}` : component;
}

export const eventsTable: TableHandler = {
  kind: 'Event',
  columns: [{ name: 'Last Seen' }, { name: 'Type' }, { name: 'Reason' }, { name: 'Object' },
    { name: 'Subobject', priority: 1 }, { name: 'Source', priority: 1 }, { name: 'Message' },
    { name: 'First Seen', priority: 1 }, { name: 'Count', priority: 1 }, { name: 'Name', priority: 1 }],
  row(obj, ctx) {
    const e = as<Event>(obj);
    const first = since(timestampMs(e.firstTimestamp) ?? timestampMs(e.eventTime), ctx.nowMs);
    let last = e.lastTimestamp ? since(timestampMs(e.lastTimestamp), ctx.nowMs) : first;
    let count = e.count ?? 0;
    if (e.series) { last = since(timestampMs(e.series.lastObservedTime), ctx.nowMs); count = e.series.count ?? 0; }
    else if (count === 0) count = 1;
    const io = e.involvedObject;
    const target = io.name ? `${(io.kind ?? '').toLowerCase()}/${io.name}` : (io.kind ?? '').toLowerCase();
    return [last, e.type ?? '', e.reason ?? '', target, io.fieldPath ?? '', eventSource(e), (e.message ?? '').trim(),
      first, count, e.metadata?.name ?? ''];
  },
};

export const leasesTable: TableHandler = {
  kind: 'Lease',
  columns: [NAME, { name: 'Holder' }, AGE],
  row(obj, ctx) {
    const l = as<Lease>(obj);
    return [l.metadata?.name ?? '', l.spec?.holderIdentity ?? '', timestampSince(l.metadata?.creationTimestamp, ctx.nowMs)];
  },
};

export const priorityClassesTable: TableHandler = {
  kind: 'PriorityClass',
  columns: [NAME, { name: 'Value' }, { name: 'Global-Default' }, AGE, { name: 'PreemptionPolicy' }],
  row(obj, ctx) {
    const pc = as<PriorityClass>(obj);
    return [pc.metadata?.name ?? '', pc.value, pc.globalDefault ?? false,
      timestampSince(pc.metadata?.creationTimestamp, ctx.nowMs), pc.preemptionPolicy ?? '<unset>'];
  },
};

export const controllerRevisionsTable: TableHandler = {
  kind: 'ControllerRevision',
  columns: [NAME, { name: 'Controller' }, { name: 'Revision' }, AGE],
  row(obj, ctx) {
    const cr = as<ControllerRevision>(obj);
    const ref = (cr.metadata?.ownerReferences ?? []).find((r) => r.controller === true);
    const controller = ref ? formatResourceName(ref.kind, ref.apiVersion, ref.name) : '<none>';
    return [cr.metadata?.name ?? '', controller, cr.revision, timestampSince(cr.metadata?.creationTimestamp, ctx.nowMs)];
  },
};
