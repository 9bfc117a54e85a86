// Builds the context each control-plane component runs with: its own client (named as the
// component, so the journal says who wrote what), shared informers (its own, or those of the
// process it runs in: kube-controller-manager's controllers share one factory), a random
// stream forked by name, and an event recorder reporting as that component.
import type { VirtualClock } from './clock/virtual-clock.ts';
import type { Journal } from './journal/journal.ts';
import type { SeededRandom } from './random/seeded-random.ts';
import type { ApiServer } from './api/api-server.ts';
import { ApiClient } from './client/api-client.ts';
import { EventRecorder } from './client/event-recorder.ts';
import { InformerFactory } from './client/informer-factory.ts';
import type { ControllerContext } from './controllers/runner/controller.ts';
import type { PodNetwork } from './network/pod-network.ts';

export interface ControlPlane {
  api: ApiServer;
  clock: VirtualClock;
  random: SeededRandom;
  journal: Journal;
  network: PodNetwork;
}

export interface ComponentOptions {
  /** The node a kubelet runs on (its events' source host). */
  host?: string | undefined;
  /** The informer factory of the process the component runs in (else one of its own). */
  informers?: InformerFactory | undefined;
  /**
   * false for a component that records through events.k8s.io in Kubernetes (the scheduler): its
   * events are not aggregated by the legacy EventCorrelator.
   */
  legacyEvents?: boolean | undefined;
}

export function componentContext(cp: ControlPlane, name: string, opts: ComponentOptions = {}): ControllerContext {
  const { host, informers, legacyEvents = true } = opts;
  const client = new ApiClient(cp.api, name);
  return {
    name, client, clock: cp.clock, journal: cp.journal, network: cp.network,
    informers: informers ?? new InformerFactory(client),
    random: cp.random.fork(name),
    recorder: new EventRecorder(client, cp.clock, cp.journal, host ? { component: name.split('/')[0]!, host } : { component: name },
      { aggregate: legacyEvents }),
  };
}
