// Named cases for the condition phrases over hand-built states: a Deployment's new and old
// ReplicaSets by template, Events by reason and involved object, the "reached" tense.
import { test } from 'node:test';
import { expect } from 'expect';
import type { KubeObject } from '../../apimachinery/object.ts';
import { ReplayedState } from '../cluster-state.ts';
import { parseCondition } from './index.ts';

let rev = 0;
function state(objects: [string, KubeObject][]): ReplayedState {
  const s = new ReplayedState();
  for (const [resource, object] of objects) s.apply({ type: 'ADDED', resource, key: `${object.metadata.namespace ?? ''}/${object.metadata.name ?? ''}`, object, revision: ++rev }, 0);
  return s;
}
const template = (image: string, hash?: string) => ({ metadata: { labels: { app: 'web', ...(hash ? { 'pod-template-hash': hash } : {}) } }, spec: { containers: [{ name: 'web', image }] } });
const deployment = (image: string): KubeObject => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default', uid: 'd1' }, spec: { replicas: 3, template: template(image) } });
const rs = (name: string, image: string, replicas: number, available: number, created: string): KubeObject => ({
  apiVersion: 'apps/v1', kind: 'ReplicaSet',
  metadata: { name, namespace: 'default', uid: name, creationTimestamp: created, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd1', controller: true }] },
  spec: { replicas, template: template(image, name.slice(4)) }, status: { replicas, availableReplicas: available, readyReplicas: available },
});
const event = (reason: string, kind: string, name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Event', metadata: { name: `${name}.${reason}`, namespace: 'default' }, involvedObject: { kind, name, namespace: 'default' }, reason });
const evaluate = (text: string, s: ReplayedState) => { const r = parseCondition(text).evaluate(s); return [r.holds, r.observed]; };

test('new and old ReplicaSets follow the Deployment\'s template in that state', () => {
  const midRollout = state([['deployments', deployment('nginx:1.28')], ['replicasets', rs('web-aaa', 'nginx:1.27', 1, 1, '2025-01-01T00:00:00Z')], ['replicasets', rs('web-bbb', 'nginx:1.28', 3, 2, '2025-01-01T00:00:10Z')]]);
  expect(evaluate('the old ReplicaSet of deployment "web" has 1 replicas', midRollout)).toEqual([true, '1 replicas (web-aaa)']);
  expect(evaluate('the old ReplicaSet of deployment "web" reached 0 replicas', midRollout)).toEqual([false, '1 replicas (web-aaa)']);
  expect(evaluate('the new replica set of deployment "web" had 2 available replicas', midRollout)).toEqual([true, '2 available replicas (web-bbb)']);
  const beforeRollout = state([['deployments', deployment('nginx:1.27')], ['replicasets', rs('web-aaa', 'nginx:1.27', 3, 3, '2025-01-01T00:00:00Z')]]);
  expect(evaluate('the old ReplicaSets of deployment "web" have 0 replicas', beforeRollout)).toEqual([false, 'no old ReplicaSet']);
  expect(evaluate('the new ReplicaSet of deployment "web" has 3 ready replicas', beforeRollout)).toEqual([true, '3 ready replicas (web-aaa)']);
  expect(evaluate('the new ReplicaSet of deployment "api" has 3 replicas', beforeRollout)).toEqual([false, 'deployment "api" does not exist']);
});

test('Events by reason, optionally for one involved object', () => {
  const s = state([['events', event('FailedScheduling', 'Pod', 'big')], ['events', event('ScalingReplicaSet', 'Deployment', 'web')]]);
  expect(evaluate('the first "FailedScheduling" event came', s)).toEqual([true, '1 "FailedScheduling" event']);
  expect(evaluate('the "ScalingReplicaSet" event', s)).toEqual([true, '1 "ScalingReplicaSet" event']);
  expect(evaluate('a "FailedScheduling" event for pod "big" was recorded', s)).toEqual([true, '1 "FailedScheduling" event for pod "big"']);
  expect(evaluate('a "FailedScheduling" event for pod "web"', s)).toEqual([false, 'no "FailedScheduling" event for pod "web"']);
  expect(parseCondition('the "ScalingReplicaSet" event for deployment "web"').evaluate(s).objects).toEqual(['Deployment/default/web']);
});

test('numbers of replicas and endpoints read in present, past and "reached"', () => {
  const s = state([['deployments', { ...deployment('nginx:1.27'), status: { availableReplicas: 3 } }], ['endpoints', { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web', namespace: 'default' }, subsets: [{ addresses: [{ ip: '10.0.0.1' }] }] }]]);
  expect(['has', 'had', 'reached'].map((v) => evaluate(`the deployment "web" ${v} 3 available replicas`, s)[0])).toEqual([true, true, true]);
  expect(evaluate('the service "web" reached 1 ready endpoint', s)).toEqual([true, '1 ready endpoints']);
});
