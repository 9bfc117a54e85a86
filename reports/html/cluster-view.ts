// The cluster view of a scenario at any virtual instant (the role the Dashboard plays): a slider
// over the journal's instants and a filter box; objects alive at that instant with the node a pod
// was scheduled to (from the Pod lines' `detail.node`, or `Scheduled` events "Successfully assigned
// ns/pod to node" as in pkg/scheduler/schedule_one.go), and a Service's (and its Endpoints
// object's) ready endpoint addresses from the Endpoints lines' `detail.addresses`
// (engine/api/journal-detail.ts). The client script replays the write list.
// Leaves out EndpointSlices (the Endpoints object carries the same ready set).
import type { JournalEntry } from '../model/journal.ts';
import { instants } from './timeline.ts';

export interface ClusterPayload {
  instants: number[];
  /** [t, verb, kind, namespace, name, rv] for every create/update/patch/delete. */
  writes: [number, string, string, string, string, string][];
  /** [t, "namespace/pod", node] from Scheduled events. */
  scheduled: [number, string, string][];
  /** [t, "namespace/name", ready addresses as shown] from every Endpoints write. */
  endpoints: [number, string, string][];
}

const ASSIGNED = /^Successfully assigned (\S+) to (\S+)$/;
const WRITES = ['create', 'update', 'patch', 'delete'];

export function clusterPayload(journal: readonly JournalEntry[]): ClusterPayload {
  const writes: ClusterPayload['writes'] = [];
  const scheduled: ClusterPayload['scheduled'] = [];
  const endpoints: ClusterPayload['endpoints'] = [];
  for (const e of journal) {
    if (WRITES.includes(e.verb) && e.kind && e.name) {
      writes.push([e.t, e.verb, e.kind, e.namespace ?? '', e.name, e.rv ?? '']);
    }
    if (e.kind === 'Endpoints' && e.verb !== 'delete' && WRITES.includes(e.verb) && e.name && e.detail) {
      endpoints.push([e.t, `${e.namespace ?? ''}/${e.name}`, readyEndpoints(e.detail)]);
    }
    const match = e.verb === 'event' && e.reason === 'Scheduled' ? ASSIGNED.exec(e.message ?? '') : null;
    if (match?.[1] && match[2]) scheduled.push([e.t, match[1], match[2]]);
    // The journal's Pod detail carries spec.nodeName (engine/api/journal-detail.ts).
    const node = e.kind === 'Pod' ? e.detail?.['node'] : undefined;
    if (typeof node === 'string' && e.name) scheduled.push([e.t, `${e.namespace ?? ''}/${e.name}`, node]);
  }
  return { instants: instants(journal), writes, scheduled, endpoints };
}

/**
 * The ready addresses (`10.244.1.2:80, 10.244.2.3:80`), `<none>` without any, as kubectl prints
 * an Endpoints object with no subsets; a journal recorded before addresses were journalled gives
 * only the count.
 */
export function readyEndpoints(detail: Record<string, unknown>): string {
  const addresses = detail['addresses'];
  if (Array.isArray(addresses)) return addresses.length > 0 ? addresses.join(', ') : '<none>';
  const ready = typeof detail['ready'] === 'number' ? detail['ready'] : 0;
  return ready > 0 ? `${ready} ready (addresses not journalled)` : '<none>';
}

export function renderClusterView(id: string, payload: ClusterPayload): string {
  const last = Math.max(0, payload.instants.length - 1);
  return [
    `<div class="cluster-view" data-cluster="${id}">`,
    `<label for="${id}-at">Virtual instant</label>`,
    `<input type="range" id="${id}-at" min="0" max="${last}" step="1" value="${last}"> <output for="${id}-at"></output>`,
    `<label for="${id}-q">Filter</label><input type="search" id="${id}-q" placeholder="kind, name, node, address">`,
    '<table><thead><tr><th scope="col">Namespace</th><th scope="col">Kind</th><th scope="col">Name</th>'
      + '<th scope="col">Node</th><th scope="col">Ready endpoints</th><th scope="col">resourceVersion</th></tr></thead><tbody></tbody></table>',
    '</div>',
  ].join('\n');
}
