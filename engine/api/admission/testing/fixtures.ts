// Object builders shared by the policy admission tests: pods, quotas, LimitRanges, services, PVCs.
// Each builder returns a plain object shaped like the API's, with only the fields the test needs.
// Not imported by engine code.
import type { Container, LimitRange, LimitRangeItem, PersistentVolumeClaim, Pod, ResourceQuota, Service } from 'kubernetes-types/core/v1.js';
import type { AdmissionOperation, PolicyAttributes, PolicyObject } from '../support/attributes.ts';

export function container(name: string, requests?: Record<string, string>, limits?: Record<string, string>): Container {
  return { name, image: 'nginx', resources: { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) } };
}

export function pod(name: string, containers: Container[], extra: Partial<Pod['spec']> = {}, namespace = 'default'): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace }, spec: { containers, ...extra } };
}

export function quota(name: string, hard: Record<string, string>, used?: Record<string, string>, spec: Partial<ResourceQuota['spec']> = {}, namespace = 'default'): ResourceQuota {
  return {
    apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name, namespace, resourceVersion: '1' },
    spec: { hard, ...spec },
    status: { hard, used: used ?? Object.fromEntries(Object.keys(hard).map((k) => [k, '0'])) },
  };
}

export function limitRange(name: string, limits: LimitRangeItem[], namespace = 'default'): LimitRange {
  return { apiVersion: 'v1', kind: 'LimitRange', metadata: { name, namespace }, spec: { limits } };
}

export function service(name: string, type: string, ports: number, namespace = 'default'): Service {
  return {
    apiVersion: 'v1', kind: 'Service', metadata: { name, namespace },
    spec: { type, ports: Array.from({ length: ports }, (_, i) => ({ port: 80 + i })) },
  };
}

export function pvc(name: string, storage: string, storageClassName?: string, namespace = 'default'): PersistentVolumeClaim {
  return {
    apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace },
    spec: { resources: { requests: { storage } }, ...(storageClassName ? { storageClassName } : {}) },
  };
}

export function attributes(resource: string, object: PolicyObject | undefined, overrides: Partial<PolicyAttributes> = {}): PolicyAttributes {
  const operation: AdmissionOperation = overrides.operation ?? 'CREATE';
  return {
    operation, resource, group: '', subresource: '',
    namespace: object?.metadata?.namespace ?? 'default',
    name: object?.metadata?.name ?? '',
    object, oldObject: undefined, ...overrides,
  };
}

export const asObject = (o: object): PolicyObject => o as PolicyObject;
