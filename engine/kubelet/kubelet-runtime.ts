// What a pod worker needs from its kubelet: the clock and client, the behaviour catalogue, the
// back-off tables, the node's image cache, fault state, events and IP allocation. An interface
// so the worker, puller, starter and prober files do not depend on the Kubelet class.
import type { Pod } from 'kubernetes-types/core/v1';
import type { ApiClient } from '../client/api-client.ts';
import type { VirtualClock } from '../clock/virtual-clock.ts';
import type { ConfigSource } from '../api/config-objects/container-env.ts';
import type { PodNetwork } from '../network/pod-network.ts';
import type { SeededRandom } from '../random/seeded-random.ts';
import type { Backoff } from './backoff.ts';
import type { BehaviourCatalogue } from './behaviour/catalogue.ts';
import type { ContainerRecord } from './container-record.ts';
import type { PodWorker } from './pod-worker.ts';

export interface KubeletRuntime {
  readonly clock: VirtualClock;
  readonly client: ApiClient;
  readonly network: PodNetwork;
  readonly random: SeededRandom;
  readonly owner: string;
  readonly nodeName: string;
  readonly hostIP: string;
  readonly catalogue: BehaviourCatalogue;
  readonly containerBackoff: Backoff;
  readonly imageBackoff: Backoff;
  /** Images already on this node (pull names). */
  readonly images: Set<string>;
  /** The node's serial image puller: when the pull in progress ends. */
  readonly pullQueue: { freeAtMs: number; pulledAtMs: Map<string, number> };
  /** Images made unpullable by a fault step. */
  readonly unpullable: Set<string>;
  readonly stopped: boolean;
  /** ConfigMaps and Secrets as the kubelet's informers see them. */
  readonly configSource: ConfigSource;
  event(pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string, container?: ContainerRecord): void;
  allocateIP(): string;
  forget(worker: PodWorker): void;
}
