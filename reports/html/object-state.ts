// The objects that exist at a virtual instant, replayed from the journal's create/update/patch/
// delete lines: kind, namespace, name, last resourceVersion, when it last changed and a status
// summary from the line's `detail` (phase/ready/node/restarts, replicas, endpoints). Stands in
// for `kubectl get all -A -o wide` at the failure. Leaves out object bodies (not journalled).
import type { JournalEntry } from '../model/journal.ts';
import { tabulate } from './event-log.ts';

export interface ObjectState {
  kind: string;
  namespace: string;
  name: string;
  rv: string;
  changedMs: number;
  detail: Record<string, unknown> | undefined;
}

export function objectsAt(journal: readonly JournalEntry[], atMs: number): ObjectState[] {
  const live = new Map<string, ObjectState>();
  for (const e of journal) {
    if (e.t > atMs || !e.kind || !e.name) continue;
    const key = `${e.kind}/${e.namespace ?? ''}/${e.name}`;
    if (e.verb === 'delete') live.delete(key);
    else if (e.verb === 'create' || e.verb === 'update' || e.verb === 'patch') {
      const detail = e.detail ?? live.get(key)?.detail;
      live.set(key, { kind: e.kind, namespace: e.namespace ?? '', name: e.name, rv: e.rv ?? '', changedMs: e.t, detail });
    }
  }
  return [...live.values()].sort((a, b) =>
    a.namespace.localeCompare(b.namespace) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** `kubectl get`-like listing: NAMESPACE, KIND/NAME, RESOURCEVERSION, LAST CHANGE (virtual ms), STATUS. */
export function renderObjectState(objects: readonly ObjectState[]): string {
  if (objects.length === 0) return 'No resources found';
  return tabulate([
    ['NAMESPACE', 'NAME', 'RESOURCEVERSION', 'LAST CHANGE', 'STATUS'],
    ...objects.map((o) => [o.namespace, `${o.kind.toLowerCase()}/${o.name}`, o.rv, `t=${o.changedMs}ms`, statusSummary(o)]),
  ]);
}

/** One line from `detail`, using the field names of engine/api/journal-detail.ts. */
export function statusSummary(o: ObjectState): string {
  const d = o.detail;
  if (!d) return '';
  if (o.kind === 'Pod') {
    const parts = [String(d['phase'] ?? 'Unknown'), d['ready'] === true ? 'ready' : 'not ready'];
    if (typeof d['node'] === 'string') parts.push(`node=${d['node']}`);
    if (typeof d['restarts'] === 'number' && d['restarts'] > 0) parts.push(`restarts=${d['restarts']}`);
    if (d['terminating'] === true) parts.push('terminating');
    return parts.join(', ');
  }
  if (typeof d['replicas'] === 'number') {
    const fields = ['updatedReplicas', 'readyReplicas', 'availableReplicas'].filter((f) => typeof d[f] === 'number');
    return [`replicas=${d['replicas']}`, ...fields.map((f) => `${f.replace('Replicas', '')}=${String(d[f])}`)].join(', ');
  }
  if (typeof d['ready'] === 'number') return `ready=${d['ready']}, notReady=${String(d['notReady'] ?? 0)}`;
  return '';
}
