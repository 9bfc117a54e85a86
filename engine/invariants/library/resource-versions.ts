// Every write carries the store's new revision as its resourceVersion, strictly greater than
// the object's previous one (etcd's revision is global and monotonic; clients order watch
// events and detect conflicts by it).
import type { Invariant } from '../invariant.ts';

export const resourceVersionIncreases: Invariant = {
  name: 'resource-version-increases', mode: 'always', resources: ['*'],
  description: "Each write's resourceVersion is the store's new revision and greater than the object's previous one.",
  check(_state, event) {
    if (!event) return [];
    const rv = Number(event.object.metadata.resourceVersion);
    const before = Number(event.prevObject?.metadata.resourceVersion ?? 0);
    return rv === event.revision && rv > before ? [] : [{
      invariant: 'resource-version-increases', message: `resourceVersion ${rv} at revision ${event.revision} after ${before}`,
      objects: [`${event.object.kind}/${event.object.metadata.name ?? ''}`],
    }];
  },
};
