// The pods/eviction subresource: budget refusals worded like eviction.go, the PDB status
// decrement, DisruptionTarget before the delete, and the on-the-fly budget arithmetic.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { KubeObject } from '../apimachinery/object.ts';
import { VirtualClock } from '../clock/virtual-clock.ts';
import { Journal } from '../journal/journal.ts';
import { SeededRandom } from '../random/seeded-random.ts';
import { ObjectStore } from '../store/object-store.ts';
import { ApiServer } from './api-server.ts';
import { StatusError } from './errors.ts';
import { computedStatus } from './eviction.ts';

const as = { component: 'test' };

function server(): ApiServer {
  const clock = new VirtualClock();
  const api = new ApiServer({ store: new ObjectStore(), clock, random: new SeededRandom(7), journal: new Journal(() => clock.nowMs(), 'test') });
  api.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }, as);
  api.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } }, as);
  return api;
}

function readyPod(api: ApiServer, name: string): void {
  api.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { app: 'web' } },
    spec: { nodeName: 'node-1', containers: [{ name: 'app', image: 'nginx' }] } }, as);
  api.patch('pods', 'default', name, 'merge', { status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } }, { ...as, subresource: 'status' });
}

function pdb(api: ApiServer, spec: object): void {
  api.create('poddisruptionbudgets', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web-pdb', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'web' } }, ...spec } }, as);
}

function refusal(fn: () => unknown): StatusError {
  try { fn(); } catch (e) { if (e instanceof StatusError) return e; throw e; }
  throw new Error('no error');
}

test('a PDB with minAvailable equal to the pod count refuses with 429 and the DisruptionBudget cause', () => {
  const api = server();
  readyPod(api, 'a'); readyPod(api, 'b');
  pdb(api, { minAvailable: 2 });
  const err = refusal(() => api.subresources.evict('default', 'a', {}, as));
  expect(err.status).toEqual({ apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', code: 429, reason: 'TooManyRequests',
    message: 'Cannot evict pod as it would violate the pod\'s disruption budget.',
    details: { causes: [{ reason: 'DisruptionBudget', message: 'The disruption budget web-pdb needs 2 healthy pods and has 2 currently' }] } });
  expect((api.get('pods', 'default', 'a').metadata.deletionTimestamp)).toBeUndefined();
});

test('an allowed eviction decrements the budget, records the pod, adds DisruptionTarget and deletes gracefully', () => {
  const api = server();
  readyPod(api, 'a'); readyPod(api, 'b');
  pdb(api, { maxUnavailable: 1 });
  const deleted = api.subresources.evict('default', 'a', {}, as) as KubeObject & Pod;
  expect(deleted.metadata.deletionTimestamp).toBe('2025-01-01T00:00:30Z'); // now + the 30s default grace period
  expect(deleted.status?.conditions?.find((c) => c.type === 'DisruptionTarget')).toEqual({ type: 'DisruptionTarget', status: 'True',
    lastTransitionTime: '2025-01-01T00:00:00Z', reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' });
  const status = (api.get('poddisruptionbudgets', 'default', 'web-pdb') as unknown as PodDisruptionBudget).status;
  expect(status).toEqual({ disruptionsAllowed: 0, currentHealthy: 2, desiredHealthy: 1, expectedPods: 2, disruptedPods: { a: '2025-01-01T00:00:00Z' } });
  // The evicted pod is no longer healthy: the second eviction is refused.
  expect(refusal(() => api.subresources.evict('default', 'b', {}, as)).status.details?.causes?.[0]?.message)
    .toBe('The disruption budget web-pdb needs 1 healthy pods and has 1 currently');
});

test('a terminating pod is evicted without the budget check', () => {
  const api = server();
  readyPod(api, 'a');
  pdb(api, { minAvailable: 1 });
  api.delete('pods', 'default', 'a', { gracePeriodSeconds: 30 }, as);
  expect(() => api.subresources.evict('default', 'a', {}, as)).not.toThrow();
});

test('a pod no PDB selects is simply evicted; a missing pod is NotFound', () => {
  const api = server();
  readyPod(api, 'a');
  expect(api.subresources.evict('default', 'a', {}, as).metadata.deletionTimestamp).toBe('2025-01-01T00:00:30Z');
  expect(() => api.subresources.evict('default', 'x', {}, as)).toThrow('pods "x" not found');
});

test('computed status: disruptionsAllowed = max(0, healthy - desired) for int and percent budgets', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 100 }), (total, minAvail, pct) => {
    const pods: Pod[] = Array.from({ length: total }, (_, i) => ({ metadata: { name: `p${i}` }, status: { conditions: [{ type: 'Ready', status: 'True' }] } }));
    const byInt = computedStatus({ spec: { minAvailable: minAvail } }, pods, 0);
    expect(byInt.disruptionsAllowed).toBe(Math.max(0, total - minAvail));
    const byPct = computedStatus({ spec: { maxUnavailable: `${pct}%` } }, pods, 0);
    expect(byPct.desiredHealthy).toBe(Math.max(0, total - Math.ceil((pct * total) / 100)));
  }));
});
