// One sync of a terminating namespace: mark it Terminating, delete its pods, then (once no pod is
// left) every other namespaced resource, record the status conditions, remove the `kubernetes`
// finalizer and delete the namespace. Models pkg/controller/namespace/deletion/
// namespaced_resources_deleter.go (Delete, deleteAllContent with OrderedNamespaceDeletion,
// estimateGracefulTerminationForPods, finalizeNamespace). Returns the seconds to wait before retrying.
import type { Namespace } from 'kubernetes-types/core/v1.js';
import { failingConditions, mergeConditions } from './deletion-conditions.ts';
import type { ContentTotals } from './deletion-conditions.ts';
import { groupResourceKey } from './namespace-port.ts';
import { parseTimestamp } from '../../clock/timestamp.ts';
import type { GroupResource, NamespaceContentPort } from './namespace-port.ts';

export const FINALIZER_KUBERNETES = 'kubernetes';
/** finalizerEstimateSeconds: default wait when remaining objects carry finalizers. */
const FINALIZER_ESTIMATE_SECONDS = 15;

/**
 * `podsRemaining`: the wait is for pods still inside their grace period (the kubelets' work). Pods that
 * outlive it (a lost node) and finalizers are waited for without holding the cluster busy.
 */
export type SyncResult = { kind: 'done' } | { kind: 'retry'; afterSeconds: number; podsRemaining: boolean };

export function syncNamespace(port: NamespaceContentPort, name: string, formatNow: (ms: number) => string): SyncResult {
  let ns = port.getNamespace(name);
  if (!ns?.metadata?.deletionTimestamp) return { kind: 'done' };
  // 1. the Terminating phase (normally already set by the registry's Delete).
  if (ns.status?.phase !== 'Terminating') ns = port.updateStatus({ ...ns, status: { ...ns.status, phase: 'Terminating' } });
  if (isFinalized(ns)) { port.deleteNamespace(name, ns.metadata?.uid); return { kind: 'done' }; }
  // 2. delete content: pods first, the rest only once no pod remains (OrderedNamespaceDeletion).
  const { estimate, totals } = deleteAllContent(port, ns);
  const now = formatNow(port.nowMs());
  const merged = mergeConditions(ns.status?.conditions ?? [], failingConditions(totals, now), now);
  if (merged.changed) ns = port.updateStatus({ ...ns, status: { ...ns.status, conditions: merged.conditions } });
  if (totals.deleteErrors.length > 0) throw new Error(totals.deleteErrors.join(', '));
  if (estimate > 0 || totals.remaining.size > 0) return { kind: 'retry', afterSeconds: Math.max(estimate, 1), podsRemaining: totals.remaining.has('pods') && estimate > 0 };
  // 3. remove our finalizer; with none left the namespace object itself goes.
  ns = port.finalize(ns, (ns.spec?.finalizers ?? []).filter((f) => f !== FINALIZER_KUBERNETES));
  if (isFinalized(ns)) port.deleteNamespace(name, ns.metadata?.uid);
  return { kind: 'done' };
}

function isFinalized(ns: Namespace): boolean {
  return (ns.spec?.finalizers ?? []).length === 0;
}

function deleteAllContent(port: NamespaceContentPort, ns: Namespace): { estimate: number; totals: ContentTotals } {
  const name = ns.metadata?.name ?? '';
  const deletedAtMs = parseTimestamp(ns.metadata?.deletionTimestamp ?? '') ?? port.nowMs();
  const remaining = new Map<string, number>();
  const finalizers = new Map<string, number>();
  const deleteErrors: string[] = [];
  let estimate = 0;
  const sweep = (gr: GroupResource): void => {
    try {
      if (gr.resource === 'pods' && gr.group === '') estimate = Math.max(estimate, podGraceEstimate(port, name, deletedAtMs));
      port.deleteCollection(gr, name);
      const left = port.list(gr, name);
      if (left.length === 0) return;
      remaining.set(groupResourceKey(gr), left.length);
      for (const obj of left) for (const f of obj.metadata?.finalizers ?? []) finalizers.set(f, (finalizers.get(f) ?? 0) + 1);
      if (left.some((o) => (o.metadata?.finalizers ?? []).length > 0)) estimate = Math.max(estimate, FINALIZER_ESTIMATE_SECONDS);
    } catch (e) {
      deleteErrors.push(e instanceof Error ? e.message : String(e));
    }
  };
  const resources = port.deletableResources();
  const pods = resources.filter((gr) => gr.resource === 'pods' && gr.group === '');
  pods.forEach(sweep);
  if (remaining.size === 0 && deleteErrors.length === 0) resources.filter((gr) => !pods.includes(gr)).forEach(sweep);
  return { estimate, totals: { remaining, finalizers, deleteErrors } };
}

/**
 * The longest terminationGracePeriodSeconds among non-terminal pods (estimateGracefulTerminationForPods),
 * or 0 once that long has passed since the namespace was deleted (estimateGracefulTermination).
 */
function podGraceEstimate(port: NamespaceContentPort, namespace: string, deletedAtMs: number): number {
  let estimate = 0;
  for (const pod of port.list({ resource: 'pods', group: '' }, namespace)) {
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
    estimate = Math.max(estimate, pod.spec?.terminationGracePeriodSeconds ?? 0);
  }
  return port.nowMs() - deletedAtMs >= estimate * 1000 ? 0 : estimate;
}
