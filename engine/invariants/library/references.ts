// References point at things that exist: a bound pod's node, and (once the garbage collector
// has settled) every ownerReference's owner, of any stored resource, matched by UID as
// pkg/controller/garbagecollector/garbagecollector.go → classifyReferences does.
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../apimachinery/object.ts';
import { resourceByPlural, RESOURCES } from '../../api/registry.ts';
import { objectName, type Invariant, type Violation } from '../invariant.ts';

export const boundPodNodeExists: Invariant = {
  name: 'bound-pod-node-exists', mode: 'settled', resources: ['pods', 'nodes'],
  description: 'Every pod bound to a node names a node that exists.',
  check: (state) => state.list<Pod>('pods').filter((p) => p.spec?.nodeName && !state.get('nodes', undefined, p.spec.nodeName))
    .map((p) => ({ invariant: 'bound-pod-node-exists', message: `pod ${p.metadata.name ?? ''} is bound to missing node ${p.spec?.nodeName ?? ''}`, objects: [objectName('Pod', p)] })),
};

/** Every resource the server stores, once (events.k8s.io and core Events share `events`). */
const STORED_RESOURCES = [...new Set(RESOURCES.filter((t) => t.resource !== 'bindings').map((t) => t.resource))];

export const ownerReferencesResolve: Invariant = {
  name: 'owner-references-resolve', mode: 'settled', resources: STORED_RESOURCES,
  description: 'Once the garbage collector settles, every ownerReference points to an existing owner with that UID.',
  check(state) {
    const uids = new Set<string>();
    for (const resource of STORED_RESOURCES) for (const o of state.list<KubeObject>(resource)) uids.add(o.metadata.uid ?? '');
    const out: Violation[] = [];
    for (const resource of STORED_RESOURCES) {
      const kind = resourceByPlural(resource)?.kind ?? resource;
      for (const o of state.list<KubeObject>(resource)) {
        for (const ref of o.metadata.ownerReferences ?? []) {
          if (!uids.has(ref.uid)) out.push({ invariant: 'owner-references-resolve', message: `${kind} ${o.metadata.name ?? ''} names missing owner ${ref.kind}/${ref.name} (uid ${ref.uid})`, objects: [objectName(kind, o)] });
        }
      }
    }
    return out;
  },
};
