// Pod builders for the ReplicaSet unit tests (test-only helper). Times in virtual seconds.
import type { Pod } from 'kubernetes-types/core/v1.js';
import { formatTimestampMs } from './shims/timestamp.ts';

export interface PodOpts {
  node?: string; phase?: string; ready?: boolean; readySinceS?: number; createdAtS?: number; restarts?: number;
  cost?: number; uid?: string; labels?: Record<string, string>; owner?: string; deleting?: boolean;
}

export function pod(name: string, o: PodOpts = {}): Pod {
  const ready = o.ready ?? true;
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: 'default', uid: o.uid ?? `uid-${name}`, labels: o.labels ?? { app: 'web' },
      creationTimestamp: formatTimestampMs((o.createdAtS ?? 0) * 1000),
      ...(o.cost !== undefined ? { annotations: { 'controller.kubernetes.io/pod-deletion-cost': String(o.cost) } } : {}),
      ...(o.owner !== undefined ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: o.owner, uid: `uid-${o.owner}`, controller: true }] } : {}),
      ...(o.deleting ? { deletionTimestamp: formatTimestampMs(0) } : {}),
    },
    spec: { containers: [{ name: 'app', image: 'nginx' }], ...(o.node !== undefined ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: formatTimestampMs((o.readySinceS ?? 0) * 1000) }],
      containerStatuses: [{ name: 'app', image: 'nginx', imageID: '', ready, restartCount: o.restarts ?? 0 }],
    },
  };
}
