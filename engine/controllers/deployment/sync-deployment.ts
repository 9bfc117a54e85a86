// One reconcile of a Deployment, as a recipe: pick the path (sync-path.ts), then one step of it.
// Models pkg/controller/deployment/deployment_controller.go → syncDeployment, sync.go → sync,
// syncStatusOnly, syncDeploymentStatus, rolling.go → rolloutRolling, recreate.go → rolloutRecreate.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { jsonEqual } from '../replicaset/shims/json-equal.ts';
import { selectorMatches } from '../replicaset/shims/label-selector.ts';
import { scaleReplicaSet, scaleReplicaSetAndRecordEvent } from './apply-scale.ts';
import { replicaSetsToCleanUp } from './cleanup.ts';
import { type DeploymentSyncDeps, type DeploymentSyncResult, recordEvent } from './deps.ts';
import { selectingAllEvent } from './events.ts';
import { claimReplicaSets, getAllReplicaSetsAndSyncRevision, writeStatus } from './get-replica-sets.ts';
import { checkPausedConditions, syncRolloutStatus } from './progress.ts';
import { planProportionalScale } from './proportional.ts';
import { planRecreateStep } from './recreate.ts';
import { legacyRollback } from './rollback.ts';
import { findNewReplicaSet, findOldReplicaSets } from './replica-sets.ts';
import { planRollingStep } from './rolling.ts';
import type { ScaleAction } from './scale-action.ts';
import { calculateStatus, deploymentComplete } from './status.ts';
import { chooseSyncPath } from './sync-path.ts';
import { clone } from '../../apimachinery/object.ts';

const NONE: DeploymentSyncResult = { requeue: 'none' };

export function syncDeployment(deps: DeploymentSyncDeps, key: string): DeploymentSyncResult {
  const [namespace = '', name = ''] = key.split('/');
  const cached = deps.deployments.get(namespace, name);
  if (cached === undefined) return NONE;
  // The working copy (upstream: d := deployment.DeepCopy()). The sync never edits the template
  // in place, so the cached (frozen) one is kept rather than copied: the template comparisons
  // then reuse its memoized print instead of printing it on every sync.
  const d = workingCopy(cached);
  if (chooseSyncPath(d, undefined, []) === 'selecting-all') {
    recordEvent(deps, d, selectingAllEvent);
    if ((d.status?.observedGeneration ?? 0) < (d.metadata?.generation ?? 0)) {
      d.status = { ...(d.status ?? {}), observedGeneration: d.metadata?.generation ?? 0 };
      writeStatus(deps, d);
    }
    return NONE;
  }
  const rsList = claimReplicaSets(deps, d);
  if (d.metadata?.deletionTimestamp !== undefined) return syncStatusOnly(deps, d, rsList);
  const paused = checkPausedConditions(d, deps.nowMs());
  if (paused !== undefined) { d.status = paused; writeStatus(deps, d); }
  // isScalingEvent reads only desired-replicas annotations, which syncing the revision never
  // changes for an existing RS, so the split is computed without API calls here.
  const path = chooseSyncPath(d, findNewReplicaSet(d, rsList), findOldReplicaSets(d, rsList));
  if (path === 'paused-sync' || path === 'scale') return sync(deps, d, rsList);
  if (path === 'rollback') { legacyRollback(deps, d, rsList); return NONE; }
  if (path === 'recreate') return rolloutRecreate(deps, d, rsList);
  return rolloutRolling(deps, d, rsList);
}

/** A deep copy, in the stored key order, whose spec.template is the cached object itself. */
function workingCopy(cached: Deployment): Deployment {
  const copyKeeping = (o: object, keep: string, inner?: (v: object) => unknown): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = k !== keep ? clone(v) : inner ? inner(v as object) : v;
    return out;
  };
  return copyKeeping(cached, 'spec', (spec) => copyKeeping(spec, 'template')) as Deployment;
}

/** sync.go → scale: refresh-marked actions go through scaleReplicaSet (size and annotations). */
function applyAll(deps: DeploymentSyncDeps, d: Deployment, actions: readonly ScaleAction[]): void {
  for (const a of actions) {
    if (a.refresh) scaleReplicaSet(deps, a.rs, a.to, d);
    else scaleReplicaSetAndRecordEvent(deps, a.rs, a.to, d);
  }
}

function cleanupDeployment(deps: DeploymentSyncDeps, d: Deployment, oldRSs: readonly ReplicaSet[]): void {
  for (const rs of replicaSetsToCleanUp(d, oldRSs)) {
    try { deps.client.delete('replicasets', rs.metadata?.namespace, rs.metadata?.name ?? ''); }
    catch (e) { if ((e as { status?: { reason?: string } }).status?.reason !== 'NotFound') throw e; }
  }
}

function syncDeploymentStatus(deps: DeploymentSyncDeps, d: Deployment, allRSs: ReplicaSet[], newRS: ReplicaSet | undefined): DeploymentSyncResult {
  const status = calculateStatus(allRSs, newRS, d, deps.nowMs());
  if (!jsonEqual(d.status ?? {}, status)) { d.status = status; writeStatus(deps, d); }
  return NONE;
}

function rolloutStatus(deps: DeploymentSyncDeps, d: Deployment, allRSs: ReplicaSet[], newRS: ReplicaSet | undefined): DeploymentSyncResult {
  const r = syncRolloutStatus(allRSs, newRS, d, deps.nowMs());
  if (r.changed) { d.status = r.status; writeStatus(deps, d); return NONE; }
  if (r.requeue.kind === 'after') return { requeue: { afterMs: r.requeue.delayMs } };
  return r.requeue.kind === 'rate-limited' ? { requeue: 'rate-limited' } : NONE;
}

function syncStatusOnly(deps: DeploymentSyncDeps, d: Deployment, rsList: ReplicaSet[]): DeploymentSyncResult {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(deps, d, rsList, false);
  return syncDeploymentStatus(deps, d, newRS ? [...oldRSs, newRS] : oldRSs, newRS);
}

/** Paused or scaling: proportional scaling only (and history cleanup when paused). */
function sync(deps: DeploymentSyncDeps, d: Deployment, rsList: ReplicaSet[]): DeploymentSyncResult {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(deps, d, rsList, false);
  const actions = planProportionalScale(d, newRS, oldRSs);
  applyAll(deps, d, actions);
  if (d.spec?.paused === true) cleanupDeployment(deps, d, oldRSs);
  return syncDeploymentStatus(deps, d, newRS ? [...oldRSs, newRS] : oldRSs, newRS);
}

function rolloutRolling(deps: DeploymentSyncDeps, d: Deployment, rsList: ReplicaSet[]): DeploymentSyncResult {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(deps, d, rsList, true);
  if (newRS === undefined) return NONE;
  const allRSs = [...oldRSs, newRS];
  const step = planRollingStep(d, newRS, oldRSs);
  if (step.kind !== 'idle') {
    for (const a of step.actions) scaleReplicaSetAndRecordEvent(deps, a.rs, a.to, d);
    return rolloutStatus(deps, d, allRSs, newRS);
  }
  if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(deps, d, oldRSs);
  return rolloutStatus(deps, d, allRSs, newRS);
}

function podsByReplicaSet(deps: DeploymentSyncDeps, d: Deployment, rsList: readonly ReplicaSet[]): Map<string, Pod[]> {
  const map = new Map<string, Pod[]>(rsList.map((rs) => [rs.metadata?.uid ?? '', []]));
  for (const pod of deps.pods.list(d.metadata?.namespace, (p) => selectorMatches(d.spec?.selector, p.metadata?.labels))) {
    const ref = pod.metadata?.ownerReferences?.find((r) => r.controller === true);
    if (ref && map.has(ref.uid)) map.get(ref.uid)?.push(pod);
  }
  return map;
}

function rolloutRecreate(deps: DeploymentSyncDeps, d: Deployment, rsList: ReplicaSet[]): DeploymentSyncResult {
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(deps, d, rsList, false);
  const step = planRecreateStep(d, newRS, oldRSs, podsByReplicaSet(deps, d, rsList));
  const all = (): ReplicaSet[] => (newRS ? [...oldRSs, newRS] : oldRSs);
  if (step.kind === 'scaled-down-old') {
    for (const a of step.actions) scaleReplicaSetAndRecordEvent(deps, a.rs, a.to, d);
    return rolloutStatus(deps, d, all(), newRS);
  }
  if (step.kind === 'waiting-for-old-pods') return rolloutStatus(deps, d, all(), newRS);
  if (newRS === undefined) ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(deps, d, rsList, true));
  if (newRS !== undefined) scaleReplicaSetAndRecordEvent(deps, newRS, d.spec?.replicas ?? 1, d);
  if (deploymentComplete(d, d.status ?? {})) cleanupDeployment(deps, d, oldRSs);
  return rolloutStatus(deps, d, all(), newRS);
}
