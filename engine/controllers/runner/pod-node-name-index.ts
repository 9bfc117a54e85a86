// The pods-by-node index of the shared pod informer (node_lifecycle_controller.go's
// nodeNameKeyIndex, "spec.nodeName", which the taint eviction controller reads too): a bound pod
// is indexed under its node, an unbound one not at all. Both controllers add it through this one
// function; the informer keeps the first registration, so the index is built once.
import type { Pod } from 'kubernetes-types/core/v1';
import type { Stored } from '../../apimachinery/object.ts';
import type { Informer } from '../../client/informer.ts';

export const POD_NODE_NAME_INDEX = 'spec.nodeName';

const podNodeName = (pod: Pod): readonly string[] => (pod.spec?.nodeName ? [pod.spec.nodeName] : []);

export function addPodNodeNameIndexer(pods: Informer<Stored<Pod>>): void {
  pods.addIndexer(POD_NODE_NAME_INDEX, podNodeName);
}
