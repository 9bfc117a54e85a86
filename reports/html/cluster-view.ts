// The cluster view of a scenario at any virtual instant (the role the Dashboard plays): a slider
// over the journal's instants and a filter box; objects alive at that instant with the node a pod
// was scheduled to (from the Pod lines' `detail.node`, or `Scheduled` events "Successfully assigned
// ns/pod to node" as in pkg/scheduler/schedule_one.go). The client script replays the write list.
// Leaves out Service endpoints until the journal carries them.
import type { JournalEntry } from '../model/journal.ts';
import { instants } from './timeline.ts';

export interface ClusterPayload {
  instants: number[];
  /** [t, verb, kind, namespace, name, rv] for every create/update/patch/delete. */
  writes: [number, string, string, string, string, string][];
  /** [t, "namespace/pod", node] from Scheduled events. */
  scheduled: [number, string, string][];
}

const ASSIGNED = /^Successfully assigned (\S+) to (\S+)$/;

export function clusterPayload(journal: readonly JournalEntry[]): ClusterPayload {
  const writes: ClusterPayload['writes'] = [];
  const scheduled: ClusterPayload['scheduled'] = [];
  for (const e of journal) {
    if (['create', 'update', 'patch', 'delete'].includes(e.verb) && e.kind && e.name) {
      writes.push([e.t, e.verb, e.kind, e.namespace ?? '', e.name, e.rv ?? '']);
    }
    const match = e.verb === 'event' && e.reason === 'Scheduled' ? ASSIGNED.exec(e.message ?? '') : null;
    if (match?.[1] && match[2]) scheduled.push([e.t, match[1], match[2]]);
    // The journal's Pod detail carries spec.nodeName (engine/api/journal-detail.ts).
    const node = e.kind === 'Pod' ? e.detail?.['node'] : undefined;
    if (typeof node === 'string' && e.name) scheduled.push([e.t, `${e.namespace ?? ''}/${e.name}`, node]);
  }
  return { instants: instants(journal), writes, scheduled };
}

export function renderClusterView(id: string, payload: ClusterPayload): string {
  const last = Math.max(0, payload.instants.length - 1);
  return [
    `<div class="cluster-view" data-cluster="${id}">`,
    `<label for="${id}-at">Virtual instant</label>`,
    `<input type="range" id="${id}-at" min="0" max="${last}" step="1" value="${last}"> <output for="${id}-at"></output>`,
    `<label for="${id}-q">Filter</label><input type="search" id="${id}-q" placeholder="kind, name, node">`,
    '<table><thead><tr><th scope="col">Namespace</th><th scope="col">Kind</th><th scope="col">Name</th>'
      + '<th scope="col">Node</th><th scope="col">resourceVersion</th></tr></thead><tbody></tbody></table>',
    '</div>',
  ].join('\n');
}
