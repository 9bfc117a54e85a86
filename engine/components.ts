// Builds the context each control-plane component runs with: its own client (named as the
// component, so the journal says who wrote what), its own shared informers, a random stream
// forked by name, and an event recorder reporting as that component.
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

/**
 * `legacyEvents: false` for a component that records through events.k8s.io in Kubernetes (the
 * scheduler): its events are not aggregated by the legacy EventCorrelator.
 */
export function componentContext(cp: ControlPlane, name: string, host?: string, legacyEvents = true): ControllerContext {
  const client = new ApiClient(cp.api, name);
  return {
    name, client, clock: cp.clock, journal: cp.journal, network: cp.network,
    informers: new InformerFactory(client),
    random: cp.random.fork(name),
    recorder: new EventRecorder(client, cp.clock, cp.journal, host ? { component: name.split('/')[0]!, host } : { component: name },
      { aggregate: legacyEvents }),
  };
}
