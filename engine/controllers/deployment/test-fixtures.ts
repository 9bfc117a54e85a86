// Builders of Deployments and ReplicaSets for the unit tests of this folder (test-only helper).
// Times are virtual seconds turned into RFC3339 with the shim formatter.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { formatTimestampMs } from '../replicaset/shims/timestamp.ts';

export interface DeploymentOpts {
  replicas?: number; maxSurge?: number | string; maxUnavailable?: number | string; strategy?: 'RollingUpdate' | 'Recreate';
  image?: string; generation?: number; progressDeadlineSeconds?: number; revisionHistoryLimit?: number; paused?: boolean;
}

export function deployment(name: string, o: DeploymentOpts = {}): Deployment {
  const strategy = o.strategy ?? 'RollingUpdate';
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, generation: o.generation ?? 1 },
    spec: {
      replicas: o.replicas ?? 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image: o.image ?? 'nginx:1.27' }] } },
      strategy: strategy === 'Recreate' ? { type: 'Recreate' } : {
        type: 'RollingUpdate', rollingUpdate: { maxSurge: o.maxSurge ?? '25%', maxUnavailable: o.maxUnavailable ?? '25%' },
      },
      // As the API server stores it (pkg/apis/apps/v1/defaults.go → SetDefaults_Deployment).
      progressDeadlineSeconds: o.progressDeadlineSeconds ?? 600,
      revisionHistoryLimit: o.revisionHistoryLimit ?? 10,
      ...(o.paused !== undefined ? { paused: o.paused } : {}),
    },
  };
}

export interface RSOpts {
  replicas: number; available?: number; ready?: number; statusReplicas?: number; createdAtS?: number; revision?: number;
  annotations?: Record<string, string>; image?: string; generation?: number; observedGeneration?: number;
}

export function replicaSet(name: string, o: RSOpts): ReplicaSet {
  const annotations: Record<string, string> = { ...(o.annotations ?? {}) };
  if (o.revision !== undefined) annotations['deployment.kubernetes.io/revision'] = String(o.revision);
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: {
      name, namespace: 'default', uid: `uid-${name}`, creationTimestamp: formatTimestampMs((o.createdAtS ?? 0) * 1000),
      annotations, generation: o.generation ?? 1, labels: { app: 'web' },
    },
    spec: {
      replicas: o.replicas, selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: o.image ?? 'nginx:1.27' }] } },
    },
    status: {
      replicas: o.statusReplicas ?? o.replicas, readyReplicas: o.ready ?? o.available ?? o.replicas,
      availableReplicas: o.available ?? o.replicas, observedGeneration: o.observedGeneration ?? 1,
    },
  };
}
