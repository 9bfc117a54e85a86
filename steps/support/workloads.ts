// Readers the workload steps share: a Deployment, its ReplicaSets and pods, its events from the
// journal, and a rollout follower that samples replica counts after every clock task.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '../../engine/apimachinery/object.ts';
import { findResource } from '../../engine/api/registry.ts';
import type { KubespecWorld } from './world.ts';

export function deploymentOf(world: KubespecWorld, name: string): Deployment {
  return world.cluster.client.get<Deployment>('deployments', 'default', name);
}

export interface WorkloadCondition { type: string; status: string; reason?: string; message?: string }

/** One status condition of a Deployment, ReplicaSet or ReplicationController in the default namespace. */
export function conditionOf(world: KubespecWorld, kind: string, name: string, type: string): WorkloadCondition | undefined {
  const o = world.cluster.client.get<KubeObject>(findResource(kind)?.resource ?? kind, 'default', name);
  return (o.status as { conditions?: WorkloadCondition[] } | undefined)?.conditions?.find((c) => c.type === type);
}

export function ownedReplicaSets(world: KubespecWorld, name: string): ReplicaSet[] {
  const uid = deploymentOf(world, name).metadata?.uid;
  return world.cluster.client.list<ReplicaSet>('replicasets', { namespace: 'default' }).items
    .filter((rs) => rs.metadata?.ownerReferences?.some((r) => r.controller === true && r.uid === uid));
}

export function podsOf(world: KubespecWorld, name: string): KubeObject[] {
  const uids = new Set(ownedReplicaSets(world, name).map((rs) => rs.metadata?.uid));
  return world.cluster.client.list<KubeObject>('pods', { namespace: 'default' }).items
    .filter((p) => p.metadata.ownerReferences?.some((r) => r.controller === true && uids.has(r.uid)));
}

/** `Type Reason Message` of every event journaled for the object, oldest first. */
export function eventLines(world: KubespecWorld, kind: string, name: string): string[] {
  const k = kind.toLowerCase().replace(/s$/, '');
  return world.cluster.journal.entries()
    .filter((e) => e.verb === 'event' && e.name === name && (e.kind ?? '').toLowerCase() === k.replace('replicaset', 'replicaset'))
    .map((e) => `${e.type ?? ''} ${e.reason ?? ''} ${e.message ?? ''}`);
}

export interface RolloutSample { maxPods: number; minAvailable: number; done: boolean }

export function rolloutBounds(world: KubespecWorld, name: string, image: string): RolloutSample {
  const d = deploymentOf(world, name);
  const containers = (d.spec?.template?.spec?.containers ?? []).map((c) => ({ name: c.name, image }));
  world.cluster.client.patch('deployments', 'default', name, 'strategic', { spec: { template: { spec: { containers } } } });
  const sample: RolloutSample = { maxPods: 0, minAvailable: Number.MAX_SAFE_INTEGER, done: false };
  const want = d.spec?.replicas ?? 1;
  let following = true;
  // Sample after every ReplicaSet write the journal sees (the rollout may finish within one instant).
  world.cluster.journal.onRecord((e) => { if (following && e.kind === 'ReplicaSet' && e.verb !== 'event') done(); });
  const done = (): boolean => {
    const rss = ownedReplicaSets(world, name);
    sample.maxPods = Math.max(sample.maxPods, rss.reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0));
    sample.minAvailable = Math.min(sample.minAvailable, rss.reduce((n, rs) => n + (rs.status?.availableReplicas ?? 0), 0));
    const s = deploymentOf(world, name).status ?? {};
    return (s.updatedReplicas ?? 0) === want && (s.replicas ?? 0) === want && (s.availableReplicas ?? 0) === want
      && rss.every((rs) => rs.spec?.template?.spec?.containers[0]?.image === image || (rs.spec?.replicas ?? 0) === 0);
  };
  sample.done = world.cluster.waitFor(done, 10 * 60 * 1000);
  following = false;
  return sample;
}
