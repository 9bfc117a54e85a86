import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ClusterState } from '../cluster-state.ts';
import { quotaStatusMatchesUsage } from './quota-usage.ts';

function state(objects: Record<string, KubeObject[]>): ClusterState {
  return {
    revision: 1, nowMs: 0,
    list: (resource, namespace) => (objects[resource] ?? []).filter((o) => namespace === undefined || o.metadata.namespace === namespace) as never,
    get: () => undefined,
  };
}
const quota = (used: string): KubeObject => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'ns' }, spec: { hard: { pods: '5' } }, status: { hard: { pods: '5' }, used: { pods: used } } });
const pod = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'ns' }, spec: { containers: [{ name: 'c' }] } });

describe('quota-status-matches-usage', () => {
  it('holds when status equals the recomputed usage', () => {
    expect(quotaStatusMatchesUsage.check(state({ resourcequotas: [quota('2')], pods: [pod('a'), pod('b')] }))).toEqual([]);
  });
  it('reports a quota whose used drifted from the objects', () => {
    const violations = quotaStatusMatchesUsage.check(state({ resourcequotas: [quota('3')], pods: [pod('a'), pod('b')] }));
    expect(violations.map((v) => [v.invariant, v.objects])).toEqual([['quota-status-matches-usage', ['ResourceQuota/ns/q']]]);
  });
});
