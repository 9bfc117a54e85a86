import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { ResourceQuota } from 'kubernetes-types/core/v1.js';
import { checkRequest } from './check-request.ts';
import type { QuotaCheck, QuotaRequest } from './check-request.ts';
import { evaluatorFor } from './registry.ts';
import { asObject, container, pod, pvc, quota, service } from '../testing/fixtures.ts';
import type { PolicyObject } from '../support/attributes.ts';

function check(resource: string, group: string, quotas: ResourceQuota[], object: PolicyObject, extra: Partial<QuotaRequest> = {}): QuotaCheck {
  return checkRequest(evaluatorFor(resource, group), quotas, { operation: 'CREATE', object, oldObject: undefined, nowMs: 0, ...extra });
}

function detail(result: QuotaCheck): string {
  return result.allowed ? 'allowed' : result.detail;
}

function usedOf(result: QuotaCheck, index = 0): Record<string, string> | undefined {
  return result.allowed ? result.updated[index]?.status?.used : undefined;
}

const small = container('app', { cpu: '100m', memory: '64Mi' }, { cpu: '200m', memory: '128Mi' });

describe('quota checkRequest', () => {
  it('refuses the 11th pod with the exact message', () => {
    const q = quota('compute-resources', { pods: '10' }, { pods: '10' });
    expect(detail(check('pods', '', [q], asObject(pod('web-5d8f9b7c6-x2k7q', [small])))))
      .toBe('exceeded quota: compute-resources, requested: pods=1, used: pods=10, limited: pods=10');
  });

  it('charges every tracked compute resource and leaves the rest', () => {
    const q = quota('compute', { pods: '4', 'requests.cpu': '1', 'limits.memory': '1Gi' }, { pods: '1', 'requests.cpu': '100m', 'limits.memory': '128Mi' });
    expect(usedOf(check('pods', '', [q], asObject(pod('a', [small]))))).toEqual({ pods: '2', 'requests.cpu': '200m', 'limits.memory': '256Mi' });
  });

  it('lists only the exceeded resources, sorted', () => {
    const q = quota('compute', { pods: '4', 'requests.cpu': '150m', 'requests.memory': '100Mi' }, { pods: '0', 'requests.cpu': '100m', 'requests.memory': '50Mi' });
    expect(detail(check('pods', '', [q], asObject(pod('a', [small])))))
      .toBe('exceeded quota: compute, requested: requests.cpu=100m,requests.memory=64Mi, used: requests.cpu=100m,requests.memory=50Mi, limited: requests.cpu=150m,requests.memory=100Mi');
  });

  it('requires every container to declare constrained resources', () => {
    const q = quota('compute', { 'limits.cpu': '2', 'requests.memory': '1Gi' });
    const p = pod('a', [container('app'), container('sidecar', { memory: '1Mi' })], { initContainers: [container('init', { memory: '1Mi' })] });
    expect(detail(check('pods', '', [q], asObject(p)))).toBe('failed quota: compute: must specify limits.cpu for: app,init,sidecar; requests.memory for: app');
  });

  it('words the constraint example of the reference', () => {
    const q = quota('compute', { 'limits.cpu': '2', 'requests.memory': '1Gi' });
    const p = pod('a', [container('app'), container('sidecar', undefined, { cpu: '1' })]);
    expect(detail(check('pods', '', [q], asObject(p)))).toBe('failed quota: compute: must specify limits.cpu for: app; requests.memory for: app,sidecar');
  });

  it('refuses while the quota has no observed usage', () => {
    const q: ResourceQuota = { ...quota('fresh', { pods: '2', 'requests.cpu': '1' }), status: { hard: { pods: '2', 'requests.cpu': '1' } } };
    expect(detail(check('pods', '', [q], asObject(pod('a', [small]))))).toBe('status unknown for quota: fresh, resources: pods,requests.cpu');
  });

  it('does not charge compute for a terminal pod being created', () => {
    const q = quota('pods', { pods: '0', 'count/pods': '5' });
    const done = { ...pod('a', [small]), status: { phase: 'Succeeded' } };
    expect(usedOf(check('pods', '', [q], asObject(done)))).toEqual({ 'count/pods': '1', pods: '0' });
  });

  it('applies BestEffort and NotBestEffort scopes', () => {
    const bestEffort = quota('be', { pods: '0' }, undefined, { scopes: ['BestEffort'] });
    const notBestEffort = quota('nbe', { pods: '5' }, undefined, { scopes: ['NotBestEffort'] });
    expect(detail(check('pods', '', [bestEffort, notBestEffort], asObject(pod('a', [container('app')])))))
      .toBe('exceeded quota: be, requested: pods=1, used: pods=0, limited: pods=0');
    const result = check('pods', '', [bestEffort, notBestEffort], asObject(pod('b', [small])));
    expect(result.allowed && result.updated.map((q) => q.metadata?.name)).toEqual(['nbe']);
  });

  it('matches PriorityClass scope selectors', () => {
    const high = quota('high', { pods: '0' }, undefined, { scopeSelector: { matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: ['high'] }] } });
    expect(check('pods', '', [high], asObject(pod('a', [small], { priorityClassName: 'low' }))).allowed).toBe(true);
    expect(check('pods', '', [high], asObject(pod('a', [small], { priorityClassName: 'high' }))).allowed).toBe(false);
  });

  it('matches Terminating scope by activeDeadlineSeconds', () => {
    const term = quota('term', { pods: '0' }, undefined, { scopes: ['Terminating'] });
    expect(check('pods', '', [term], asObject(pod('a', [small]))).allowed).toBe(true);
    expect(check('pods', '', [term], asObject(pod('a', [small], { activeDeadlineSeconds: 30 }))).allowed).toBe(false);
  });

  it('counts object kinds by legacy and count/ names', () => {
    const q = quota('object-counts', { configmaps: '10', 'count/configmaps': '10', 'count/deployments.apps': '1' }, { configmaps: '2', 'count/configmaps': '2', 'count/deployments.apps': '1' });
    expect(usedOf(check('configmaps', '', [q], asObject({ kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' } }))))
      .toEqual({ configmaps: '3', 'count/configmaps': '3', 'count/deployments.apps': '1' });
    expect(detail(check('deployments', 'apps', [q], asObject({ kind: 'Deployment', metadata: { name: 'd', namespace: 'default' } }))))
      .toBe('exceeded quota: object-counts, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1');
  });

  it('does not charge object counts on update', () => {
    const q = quota('object-counts', { configmaps: '1' }, { configmaps: '1' });
    const cm = asObject({ kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default', resourceVersion: '5' } });
    expect(evaluatorFor('configmaps', '').handles('UPDATE', '')).toBe(false);
    expect(check('configmaps', '', [q], cm).allowed).toBe(false);
  });

  it('charges services, node ports and load balancers', () => {
    const q = quota('svc', { services: '5', 'services.nodeports': '2', 'services.loadbalancers': '1' });
    expect(usedOf(check('services', '', [q], asObject(service('lb', 'LoadBalancer', 2)))))
      .toEqual({ services: '1', 'services.nodeports': '2', 'services.loadbalancers': '1' });
    expect(detail(check('services', '', [q], asObject(service('np', 'NodePort', 3)))))
      .toBe('exceeded quota: svc, requested: services.nodeports=3, used: services.nodeports=0, limited: services.nodeports=2');
  });

  it('charges only the increase when a service changes type', () => {
    const q = quota('svc', { services: '5', 'services.nodeports': '2' }, { services: '1', 'services.nodeports': '0' });
    const old = { ...service('s', 'ClusterIP', 2), metadata: { name: 's', namespace: 'default', resourceVersion: '3' } };
    const result = check('services', '', [q], asObject(service('s', 'NodePort', 2)), { operation: 'UPDATE', oldObject: asObject(old) });
    expect(usedOf(result)).toEqual({ services: '1', 'services.nodeports': '2' });
  });

  it('charges PVC storage, also per storage class', () => {
    const q = quota('storage', { 'requests.storage': '10Gi', persistentvolumeclaims: '5', 'gold.storageclass.storage.k8s.io/requests.storage': '5Gi' });
    expect(usedOf(check('persistentvolumeclaims', '', [q], asObject(pvc('data', '2Gi', 'gold')))))
      .toEqual({ 'gold.storageclass.storage.k8s.io/requests.storage': '2Gi', persistentvolumeclaims: '1', 'requests.storage': '2Gi' });
    expect(detail(check('persistentvolumeclaims', '', [q], asObject(pvc('big', '6Gi', 'gold')))))
      .toBe('exceeded quota: storage, requested: gold.storageclass.storage.k8s.io/requests.storage=6Gi, used: gold.storageclass.storage.k8s.io/requests.storage=0, limited: gold.storageclass.storage.k8s.io/requests.storage=5Gi');
  });

  it('ignores quotas that track nothing the object uses', () => {
    const q = quota('svc', { services: '0' });
    expect(check('pods', '', [q], asObject(pod('a', [small])))).toEqual({ allowed: true, updated: [] });
  });
});
