import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Namespace } from 'kubernetes-types/core/v1.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';
import { syncNamespace } from './namespace-deleter.ts';
import { groupResourceKey } from './namespace-port.ts';
import type { GroupResource, NamespaceContentPort } from './namespace-port.ts';
import { formatTimestamp } from '../../clock/timestamp.ts';

type Obj = { metadata?: ObjectMeta; status?: { phase?: string }; spec?: { terminationGracePeriodSeconds?: number } };

/** A fake port that records the API actions taken, like sample-controller's fake clientset. */
function fakePort(ns: Namespace, content: Record<string, Obj[]>, nowMs = 0): NamespaceContentPort & { actions: string[]; ns: Namespace | undefined } {
  const state = { ns: ns as Namespace | undefined, actions: [] as string[] };
  return Object.assign(state, {
    nowMs: () => nowMs,
    getNamespace: () => state.ns,
    deletableResources: (): GroupResource[] => [{ resource: 'configmaps', group: '' }, { resource: 'pods', group: '' }, { resource: 'deployments', group: 'apps' }],
    list: (gr: GroupResource) => content[groupResourceKey(gr)] ?? [],
    deleteCollection: (gr: GroupResource) => {
      state.actions.push(`deletecollection ${groupResourceKey(gr)}`);
      const key = groupResourceKey(gr);
      // Pods with a grace period only get a deletionTimestamp; everything else is gone at once.
      content[key] = (content[key] ?? []).filter((o) => (o.spec?.terminationGracePeriodSeconds ?? 0) > 0 || (o.metadata?.finalizers ?? []).length > 0);
    },
    updateStatus: (n: Namespace) => { state.actions.push(`update-status ${n.status?.phase ?? ''}`); state.ns = n; return n; },
    finalize: (n: Namespace, finalizers: string[]) => { state.actions.push(`finalize [${finalizers.join(',')}]`); state.ns = { ...n, spec: { finalizers } }; return state.ns; },
    deleteNamespace: (name: string) => { state.actions.push(`delete namespace ${name}`); state.ns = undefined; },
  });
}

const terminating = (): Namespace => ({
  metadata: { name: 'spark-cluster', uid: 'u1', deletionTimestamp: formatTimestamp(0) },
  spec: { finalizers: ['kubernetes'] }, status: { phase: 'Terminating' },
});

describe('namespace deleter', () => {
  it('deletes pods first, then the rest, then finalizes and deletes the namespace', () => {
    const port = fakePort(terminating(), { pods: [{ metadata: { name: 'p' } }], configmaps: [{ metadata: { name: 'c' } }] });
    expect(syncNamespace(port, 'spark-cluster', formatTimestamp)).toEqual({ kind: 'done' });
    expect(port.actions).toEqual([
      'deletecollection pods', 'deletecollection configmaps', 'deletecollection deployments.apps',
      'update-status Terminating', 'finalize []', 'delete namespace spark-cluster',
    ]);
  });

  it('waits for terminating pods before touching other content and reports what remains', () => {
    const port = fakePort(terminating(), { pods: [{ metadata: { name: 'p' }, spec: { terminationGracePeriodSeconds: 30 } }], configmaps: [{ metadata: { name: 'c' } }] }, 5_000);
    expect(syncNamespace(port, 'spark-cluster', formatTimestamp)).toEqual({ kind: 'retry', afterSeconds: 30, podsRemaining: true });
    expect(port.actions).toEqual(['deletecollection pods', 'update-status Terminating']);
    const remaining = port.ns?.status?.conditions?.find((c) => c.type === 'NamespaceContentRemaining');
    expect([remaining?.status, remaining?.reason, remaining?.message]).toEqual(['True', 'SomeResourcesRemain', 'Some resources are remaining: pods. has 1 resource instances']);
    expect(port.ns?.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'NamespaceDeletionDiscoveryFailure=False', 'NamespaceDeletionGroupVersionParsingFailure=False',
      'NamespaceDeletionContentFailure=False', 'NamespaceContentRemaining=True', 'NamespaceFinalizersRemaining=False',
    ]);
  });

  it('reports finalizers that hold content', () => {
    const port = fakePort(terminating(), { deployments: [], 'deployments.apps': [{ metadata: { name: 'd', finalizers: ['foregroundDeletion'] } }] });
    expect(syncNamespace(port, 'spark-cluster', formatTimestamp)).toEqual({ kind: 'retry', afterSeconds: 15, podsRemaining: false });
    const fin = port.ns?.status?.conditions?.find((c) => c.type === 'NamespaceFinalizersRemaining');
    expect(fin?.message).toBe('Some finalizers are remaining: foregroundDeletion in 1 resource instances');
  });

  it('does nothing for a namespace that is not being deleted', () => {
    const port = fakePort({ metadata: { name: 'x' }, spec: { finalizers: ['kubernetes'] } }, {});
    expect(syncNamespace(port, 'x', formatTimestamp)).toEqual({ kind: 'done' });
    expect(port.actions).toEqual([]);
  });

  it('leaves the namespace while other finalizers remain in spec', () => {
    const ns = { ...terminating(), spec: { finalizers: ['kubernetes', 'example.com/audit'] } };
    const port = fakePort(ns, {});
    syncNamespace(port, 'spark-cluster', formatTimestamp);
    expect(port.actions.slice(-1)).toEqual(['finalize [example.com/audit]']);
  });
});
