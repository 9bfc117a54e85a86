// The pods table: NAME READY STATUS RESTARTS AGE (+ wide: IP NODE NOMINATED NODE READINESS GATES).
// Models pkg/printers/internalversion/printers.go → printPod: the STATUS reason (phase or
// status.reason, SchedulingGated, Init:N/M, Init:<reason>, Init:ExitCode:N, container waiting or
// terminated reasons, Completed→Running/NotReady while a container still runs, Terminating, Unknown),
// sidecar (restartable init container) readiness, and RESTARTS "3 (12s ago)".
// Left out: row conditions (only used by `kubectl get --watch` colouring upstream).
import type { ContainerStatus, Pod, PodStatus } from 'kubernetes-types/core/v1.js';
import { as, type KubeObjectLike } from '../object-like.ts';
import { AGE, NAME, type Cell, type RowContext, type TableHandler } from '../table-handler.ts';
import { humanDuration } from '../../../apimachinery/human-duration.ts';
import { timestampMs, timestampSince } from '../timestamp.ts';

const NODE_UNREACHABLE_POD_REASON = 'NodeLost'; // pkg/util/node → NodeUnreachablePodReason

interface Restarts { count: number; lastMs: number | undefined }

function addRestarts(acc: Restarts, status: ContainerStatus): void {
  acc.count += status.restartCount ?? 0;
  const finished = timestampMs(status.lastState?.terminated?.finishedAt);
  if (finished !== undefined && (acc.lastMs === undefined || acc.lastMs < finished)) acc.lastMs = finished;
}

function terminatedReason(prefix: string, t: NonNullable<NonNullable<ContainerStatus['state']>['terminated']>): string {
  if (t.reason) return prefix + t.reason;
  return t.signal ? `${prefix}Signal:${t.signal}` : `${prefix}ExitCode:${t.exitCode}`;
}

const isConditionTrue = (status: PodStatus | undefined, type: string): boolean =>
  (status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');

/** printPod's READY, STATUS and RESTARTS cells. */
export function podStatusCells(pod: Pod, nowMs: number): { ready: string; reason: string; restarts: string } {
  const spec = pod.spec;
  const status = pod.status;
  const initSpecs = new Map((spec?.initContainers ?? []).map((c) => [c.name, c]));
  const isSidecar = (name: string): boolean => initSpecs.get(name)?.restartPolicy === 'Always';
  const totalContainers = (spec?.containers ?? []).length + [...initSpecs.values()].filter((c) => c.restartPolicy === 'Always').length;
  let readyContainers = 0;
  let reason = status?.reason || status?.phase || '';
  if ((status?.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';

  const all: Restarts = { count: 0, lastMs: undefined };
  const sidecars: Restarts = { count: 0, lastMs: undefined };
  let initializing = false;
  const initStatuses = status?.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i] as ContainerStatus;
    addRestarts(all, c);
    if (isSidecar(c.name)) addRestarts(sidecars, c);
    const terminated = c.state?.terminated;
    if (terminated && terminated.exitCode === 0) continue;
    if (isSidecar(c.name) && c.started === true) { if (c.ready) readyContainers++; continue; }
    if (terminated) reason = terminatedReason('Init:', terminated);
    else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${initSpecs.size}`;
    initializing = true;
    break;
  }

  let restarts = all;
  if (!initializing || isConditionTrue(status, 'Initialized')) {
    restarts = { ...sidecars };
    let hasRunning = false;
    const statuses = status?.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i] as ContainerStatus;
      addRestarts(restarts, c);
      if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
      else if (c.state?.terminated) reason = terminatedReason('', c.state.terminated);
      else if (c.ready && c.state?.running) { hasRunning = true; readyContainers++; }
    }
    if (reason === 'Completed' && hasRunning) reason = isConditionTrue(status, 'Ready') ? 'Running' : 'NotReady';
  }

  const deleting = pod.metadata?.deletionTimestamp !== undefined;
  if (deleting && status?.reason === NODE_UNREACHABLE_POD_REASON) reason = 'Unknown';
  else if (deleting && status?.phase !== 'Succeeded' && status?.phase !== 'Failed') reason = 'Terminating';

  let restartsText = String(restarts.count);
  if (restarts.count !== 0 && restarts.lastMs !== undefined) {
    restartsText = `${restarts.count} (${humanDuration(nowMs - restarts.lastMs)} ago)`;
  }
  return { ready: `${readyContainers}/${totalContainers}`, reason, restarts: restartsText };
}

function readinessGates(pod: Pod): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  const conditions = pod.status?.conditions ?? [];
  const trueCount = gates.filter((g) => conditions.find((c) => c.type === g.conditionType)?.status === 'True').length;
  return `${trueCount}/${gates.length}`;
}

export const podsTable: TableHandler = {
  kind: 'Pod',
  columns: [NAME, { name: 'Ready' }, { name: 'Status' }, { name: 'Restarts' }, AGE,
    { name: 'IP', priority: 1 }, { name: 'Node', priority: 1 }, { name: 'Nominated Node', priority: 1 },
    { name: 'Readiness Gates', priority: 1 }],
  row(obj: KubeObjectLike, ctx: RowContext): Cell[] {
    const pod = as<Pod>(obj);
    const { ready, reason, restarts } = podStatusCells(pod, ctx.nowMs);
    return [pod.metadata?.name ?? '', ready, reason, restarts, timestampSince(pod.metadata?.creationTimestamp, ctx.nowMs),
      pod.status?.podIPs?.[0]?.ip || '<none>', pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>', readinessGates(pod)];
  },
};
