// The objects that exist at a virtual instant, replayed from the journal's create/update/patch/
// delete lines: kind, namespace, name, last resourceVersion and when it last changed. Stands in
// for `kubectl get all -A` at the failure until the journal carries full objects.
// Leaves out object bodies and status (the journal records writes, not contents).
import type { JournalEntry } from '../model/journal.ts';
import { tabulate } from './event-log.ts';

export interface ObjectState {
  kind: string;
  namespace: string;
  name: string;
  rv: string;
  changedMs: number;
}

export function objectsAt(journal: readonly JournalEntry[], atMs: number): ObjectState[] {
  const live = new Map<string, ObjectState>();
  for (const e of journal) {
    if (e.t > atMs || !e.kind || !e.name) continue;
    const key = `${e.kind}/${e.namespace ?? ''}/${e.name}`;
    if (e.verb === 'delete') live.delete(key);
    else if (e.verb === 'create' || e.verb === 'update' || e.verb === 'patch') {
      live.set(key, { kind: e.kind, namespace: e.namespace ?? '', name: e.name, rv: e.rv ?? '', changedMs: e.t });
    }
  }
  return [...live.values()].sort((a, b) =>
    a.namespace.localeCompare(b.namespace) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}

/** `kubectl get`-like listing: NAMESPACE, KIND/NAME, RESOURCEVERSION, LAST CHANGE (virtual ms). */
export function renderObjectState(objects: readonly ObjectState[]): string {
  if (objects.length === 0) return 'No resources found';
  return tabulate([
    ['NAMESPACE', 'NAME', 'RESOURCEVERSION', 'LAST CHANGE'],
    ...objects.map((o) => [o.namespace, `${o.kind.toLowerCase()}/${o.name}`, o.rv, `t=${o.changedMs}ms`]),
  ]);
}
