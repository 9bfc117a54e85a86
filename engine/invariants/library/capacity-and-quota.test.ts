// Named cases for the capacity, quota and endpoints invariants over hand-built states.
import { test } from 'node:test';
import { expect } from 'expect';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { StoreEvent } from '../../store/object-store.ts';
import { ReplayedState } from '../cluster-state.ts';
import { endpointsMatchReadyPods } from './endpoints-match-pods.ts';
import { nodeRequestsWithinAllocatable } from './node-capacity.ts';
import { quotaUsedWithinHard } from './quota-within-hard.ts';

let rev = 0;
function state(objects: [string, KubeObject][]): ReplayedState {
  const s = new ReplayedState();
  for (const [resource, object] of objects) s.apply({ type: 'ADDED', resource, key: `${object.metadata.namespace ?? ''}/${object.metadata.name ?? ''}`, object, revision: ++rev }, 0);
  return s;
}
const node = (name: string, cpu: string, pods = '110'): KubeObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name }, status: { allocatable: { cpu, memory: '1Gi', pods } } });
const pod = (name: string, cpu: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { app: 'web' } },
  spec: { nodeName: 'node-1', containers: [{ name: 'c', resources: { requests: { cpu } } }] }, status: { phase: 'Running', ...extra },
});

test('node-requests-within-allocatable: fits, overcommitted cpu, terminal pods do not count', () => {
  expect(nodeRequestsWithinAllocatable.check(state([['nodes', node('node-1', '2')], ['pods', pod('a', '1')], ['pods', pod('b', '1')]]))).toEqual([]);
  expect(nodeRequestsWithinAllocatable.check(state([['nodes', node('node-1', '2')], ['pods', pod('a', '1500m')], ['pods', pod('b', '1')]])).map((v) => v.message))
    .toEqual(['pods on node-1 request 2500m cpu, more than its allocatable 2']);
  expect(nodeRequestsWithinAllocatable.check(state([['nodes', node('node-1', '2')], ['pods', pod('a', '2')], ['pods', { ...pod('b', '1'), status: { phase: 'Succeeded' } }]]))).toEqual([]);
});

test('quota-used-within-hard flags only growth past hard', () => {
  const quota = (used: string, hard: string): KubeObject => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'default' }, status: { hard: { pods: hard }, used: { pods: used } } });
  const ev = (after: KubeObject, before: KubeObject): StoreEvent => ({ type: 'MODIFIED', resource: 'resourcequotas', key: 'default/q', object: after, prevObject: before, revision: 1 });
  const s = state([]);
  expect(quotaUsedWithinHard.check(s, ev(quota('10', '10'), quota('9', '10')))).toEqual([]);
  expect(quotaUsedWithinHard.check(s, ev(quota('11', '10'), quota('10', '10'))).map((v) => v.message)).toEqual(['quota q charged past its limit: pods used 11 > hard 10']);
  expect(quotaUsedWithinHard.check(s, ev(quota('11', '5'), quota('11', '10')))).toEqual([]);
});

test('quota-used-within-hard: the controller\'s first count of objects that predate the quota is not a charge', () => {
  const fresh: KubeObject = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'default' }, spec: { hard: { pods: '0' } } };
  const counted: KubeObject = { ...fresh, status: { hard: { pods: '0' }, used: { pods: '3' } } };
  expect(quotaUsedWithinHard.check(state([]), { type: 'MODIFIED', resource: 'resourcequotas', key: 'default/q', object: counted, prevObject: fresh, revision: 2 })).toEqual([]);
});

test('endpoints-match-ready-pods compares ready and not-ready addresses with the selected pods', () => {
  const svc: KubeObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } };
  const ready = { podIP: '10.244.1.2', conditions: [{ type: 'Ready', status: 'True' }] };
  const ep = (ips: string[]): KubeObject => ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web', namespace: 'default' }, subsets: [{ addresses: ips.map((ip) => ({ ip })), ports: [{ port: 80 }] }] });
  expect(endpointsMatchReadyPods.check(state([['services', svc], ['pods', pod('a', '1', ready)], ['endpoints', ep(['10.244.1.2'])]]))).toEqual([]);
  expect(endpointsMatchReadyPods.check(state([['services', svc], ['pods', pod('a', '1', ready)], ['endpoints', ep([])]])).map((v) => v.message))
    .toEqual(['service web: endpoints ready [] not ready [], pods ready [10.244.1.2] not ready []']);
});
