import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { KubeObject } from '../../apimachinery/object.ts';
import { OwnerGraph } from './owner-graph.ts';

const obj = (kind: string, name: string, owners: string[] = [], extra: Partial<KubeObject['metadata']> = {}): KubeObject => ({
  apiVersion: 'v1', kind, metadata: { name, namespace: 'default', uid: `uid-${name}`, ownerReferences: owners.map((o) => ({ apiVersion: 'v1', kind: 'X', name: o, uid: `uid-${o}` })), ...extra },
});

describe('OwnerGraph', () => {
  it('tracks dependents by owner uid, in sorted order, and forgets removed objects', () => {
    const g = new OwnerGraph();
    g.upsert('replicasets', obj('ReplicaSet', 'rs', ['web']));
    g.upsert('pods', obj('Pod', 'p2', ['rs']));
    g.upsert('pods', obj('Pod', 'p1', ['rs']));
    expect(g.dependentsOf('uid-rs')).toEqual(['pods/default/p1', 'pods/default/p2']);
    expect([g.hasUid('uid-web'), g.byUid('uid-rs')]).toEqual([false, 'replicasets/default/rs']);
    g.remove('uid-p1');
    expect(g.dependentsOf('uid-rs')).toEqual(['pods/default/p2']);
  });
  it('moves a dependent when its ownerReferences change, and notes foreground deletion', () => {
    const g = new OwnerGraph();
    g.upsert('pods', obj('Pod', 'p', ['a']));
    g.upsert('pods', obj('Pod', 'p', ['b']));
    expect([g.dependentsOf('uid-a'), g.dependentsOf('uid-b')]).toEqual([[], ['pods/default/p']]);
    g.upsert('replicationcontrollers', obj('ReplicationController', 'b', [], { deletionTimestamp: '2025-01-01T00:00:00Z', finalizers: ['foregroundDeletion'] }));
    expect(g.isDeletingDependents('uid-b')).toBe(true);
  });
});
