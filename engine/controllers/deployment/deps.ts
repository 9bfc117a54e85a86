// What the Deployment sync needs from the cluster: a client, caches, a recorder, the virtual now.
// The core's ApiClient / Informer / EventRecorder satisfy these ports (../replicaset/ports.ts).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { CachePort, ClientPort, RecorderPort } from '../replicaset/ports.ts';

export interface DeploymentSyncDeps {
  client: ClientPort;
  deployments: CachePort<Deployment>;
  replicaSets: CachePort<ReplicaSet>;
  pods: CachePort<Pod>;
  recorder: RecorderPort;
  nowMs(): number;
}

export type DeploymentSyncResult = { requeue: 'none' | 'rate-limited' | { afterMs: number } };

export function recordEvent(deps: DeploymentSyncDeps, d: Deployment, ev: { type: 'Normal' | 'Warning'; reason: string; message: string }): void {
  deps.recorder.event(d as never, ev.type, ev.reason, ev.message);
}
