// What every controller gets and provides, the shape of kube-controller-manager's
// ControllerContext (cmd/kube-controller-manager/app/controllermanager.go): a client bound to
// the controller's name, shared informers, the virtual clock, a seeded random stream and an
// event recorder. A controller only registers handlers and queues in `start`.
import type { VirtualClock } from '../../clock/virtual-clock.ts';
import type { Journal } from '../../journal/journal.ts';
import type { SeededRandom } from '../../random/seeded-random.ts';
import type { ApiClient } from '../../client/api-client.ts';
import type { EventRecorder } from '../../client/event-recorder.ts';
import type { InformerFactory } from '../../client/informer-factory.ts';
import type { PodNetwork } from '../../network/pod-network.ts';

export interface ControllerContext {
  name: string;
  client: ApiClient;
  informers: InformerFactory;
  clock: VirtualClock;
  random: SeededRandom;
  recorder: EventRecorder;
  journal: Journal;
  /** The simulated pod network (kubelets attach pods; the proxy dials them). */
  network: PodNetwork;
}

export interface ControllerDefinition {
  /** The controller's name as kube-controller-manager knows it (e.g. `replicaset-controller`). */
  name: string;
  start(ctx: ControllerContext): void;
}
