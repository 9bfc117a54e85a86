// Helpers over a Deployment's ReplicaSets: sizes, sums, orderings, active/new/old.
// Models pkg/controller/controller_utils.go → FilterActiveReplicaSets, ReplicaSetsByCreationTimestamp,
// ReplicaSetsBySizeOlder/Newer and deployment_util.go → GetReplicaCountForReplicaSets, GetActual...,
// FindNewReplicaSet, FindOldReplicaSets, EqualIgnoreHash, FindActiveOrLatest, IsSaturated.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import { parseTimestampMs } from '../replicaset/shims/timestamp.ts';
import { canonicalPrint } from './canonical-print.ts';

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';

export const rsReplicas = (rs: ReplicaSet): number => rs.spec?.replicas ?? 1;
export const sumSpecReplicas = (rss: readonly ReplicaSet[]): number => rss.reduce((n, rs) => n + rsReplicas(rs), 0);
export const sumStatusReplicas = (rss: readonly ReplicaSet[]): number => rss.reduce((n, rs) => n + (rs.status?.replicas ?? 0), 0);
export const sumReadyReplicas = (rss: readonly ReplicaSet[]): number => rss.reduce((n, rs) => n + (rs.status?.readyReplicas ?? 0), 0);
export const sumAvailableReplicas = (rss: readonly ReplicaSet[]): number => rss.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0);

export function filterActiveReplicaSets(rss: readonly (ReplicaSet | undefined)[]): ReplicaSet[] {
  return rss.filter((rs): rs is ReplicaSet => rs !== undefined && rsReplicas(rs) > 0);
}

/** Older first; equal creation times ordered by name. Returns <0, 0, >0. */
export function compareByCreation(a: ReplicaSet, b: ReplicaSet): number {
  const ta = parseTimestampMs(a.metadata?.creationTimestamp) ?? 0;
  const tb = parseTimestampMs(b.metadata?.creationTimestamp) ?? 0;
  if (ta !== tb) return ta - tb;
  const na = a.metadata?.name ?? '', nb = b.metadata?.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** ReplicaSetsBySizeOlder: larger first; equal sizes older first. */
export const compareBySizeOlder = (a: ReplicaSet, b: ReplicaSet): number =>
  rsReplicas(a) !== rsReplicas(b) ? rsReplicas(b) - rsReplicas(a) : compareByCreation(a, b);

/** ReplicaSetsBySizeNewer: larger first; equal sizes newer first. */
export const compareBySizeNewer = (a: ReplicaSet, b: ReplicaSet): number =>
  rsReplicas(a) !== rsReplicas(b) ? rsReplicas(b) - rsReplicas(a) : compareByCreation(b, a);

const HASH_LABEL_PATH = `.metadata.labels.${POD_TEMPLATE_HASH_LABEL}`;
const skipHash = (path: string): boolean => path === HASH_LABEL_PATH;

/** Canonical print of a template without its pod-template-hash label; memoised only for frozen (stored) objects. */
const printedFrozen = new WeakMap<object, string>();
function printWithoutHash(t: PodTemplateSpec | undefined): string {
  if (t === undefined) return canonicalPrint({}, skipHash);
  if (!Object.isFrozen(t)) return canonicalPrint(t, skipHash);
  let p = printedFrozen.get(t);
  if (p === undefined) { p = canonicalPrint(t, skipHash); printedFrozen.set(t, p); }
  return p;
}

/** Semantic equality ignoring the pod-template-hash label (empty and absent collections are equal). */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return printWithoutHash(a) === printWithoutHash(b);
}

/** The oldest ReplicaSet whose template equals the Deployment's (rollback can make an old RS new). */
export function findNewReplicaSet(d: Deployment, rss: readonly ReplicaSet[]): ReplicaSet | undefined {
  return [...rss].sort(compareByCreation).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

export function findOldReplicaSets(d: Deployment, rss: readonly ReplicaSet[]): ReplicaSet[] {
  const newRS = findNewReplicaSet(d, rss);
  return rss.filter((rs) => rs !== newRS);
}

/** The only active RS, or the newest when none is active; undefined when several are active. */
export function findActiveOrLatest(newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): ReplicaSet | undefined {
  if (newRS === undefined && oldRSs.length === 0) return undefined;
  const newestFirst = [...oldRSs].sort((a, b) => compareByCreation(b, a));
  const active = filterActiveReplicaSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  return active.length === 1 ? active[0] : undefined;
}

export function intAnnotation(rs: ReplicaSet, key: string): number | undefined {
  const v = rs.metadata?.annotations?.[key];
  return v !== undefined && /^[+-]?\d+$/.test(v) ? Number(v) : undefined;
}

/** New RS at full size, its desired-replicas annotation equal, and every replica available. */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (rs === undefined) return false;
  const desired = intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
  const replicas = d.spec?.replicas ?? 1;
  return desired !== undefined && rsReplicas(rs) === replicas && desired === replicas && (rs.status?.availableReplicas ?? 0) === replicas;
}
