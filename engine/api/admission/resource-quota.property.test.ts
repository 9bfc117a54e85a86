// Model-based property of quota admission + recalculation: for random creations, deletions, pod
// completions and quota changes, admission never raises usage above hard, and the usage it charges
// equals the usage recomputed from the stored objects (replenishment recalculates after deletions).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { ResourceQuota } from 'kubernetes-types/core/v1.js';
import { resourceQuotaAdmission } from './resource-quota.ts';
import { calculateStatus } from './quota/calculate-usage.ts';
import { staticView } from './support/static-view.ts';
import { AdmissionDenial } from './support/admission-denial.ts';
import { parseResourceList } from './support/resource-list.ts';
import { compareQuantity } from './support/quantity.ts';
import type { PolicyObject } from './support/attributes.ts';
import { attributes, asObject, container, pod, pvc, quota, service } from './testing/fixtures.ts';

type Op =
  | { kind: 'pod'; cpu: number[]; memory: number[] }
  | { kind: 'service'; type: 'ClusterIP' | 'NodePort' | 'LoadBalancer'; ports: number }
  | { kind: 'pvc'; gi: number }
  | { kind: 'delete'; index: number }
  | { kind: 'complete'; index: number }
  | { kind: 'setHard'; quota: number; resource: string; value: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('pod' as const), cpu: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 2 }), memory: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }) }),
  fc.record({ kind: fc.constant('service' as const), type: fc.constantFrom('ClusterIP' as const, 'NodePort' as const, 'LoadBalancer' as const), ports: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('pvc' as const), gi: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('complete' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('setHard' as const), quota: fc.nat({ max: 2 }), resource: fc.constantFrom('pods', 'services', 'services.nodeports', 'requests.storage'), value: fc.constantFrom('0', '1', '2', '5', '10Gi') }),
);

const RESOURCE_OF: Record<string, string> = { Pod: 'pods', Service: 'services', PersistentVolumeClaim: 'persistentvolumeclaims' };

function initialQuotas(): ResourceQuota[] {
  return [
    quota('compute', { pods: '4', 'requests.memory': '512Mi', 'count/pods': '6' }),
    quota('objects', { services: '3', 'services.nodeports': '3', 'services.loadbalancers': '1', persistentvolumeclaims: '3', 'requests.storage': '8Gi' }),
    quota('best-effort', { pods: '2' }, undefined, { scopes: ['BestEffort'] }),
  ];
}

describe('ResourceQuota admission (property)', () => {
  it('never charges past hard and charges exactly the recomputed usage', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
      let quotas = initialQuotas();
      let objects: PolicyObject[] = [];
      let rv = 10;
      const list = (resource: string): PolicyObject[] => objects.filter((o) => RESOURCE_OF[o.kind ?? ''] === resource);
      const resync = (): void => { quotas = quotas.map((q) => ({ ...q, status: calculateStatus(q, list, 0) })); };
      resync();
      ops.forEach((op, step) => {
        if (op.kind === 'delete' || op.kind === 'complete') {
          const target = objects[op.index % Math.max(objects.length, 1)];
          if (!target) return;
          if (op.kind === 'delete') objects = objects.filter((o) => o !== target);
          else if (target.kind === 'Pod') objects = objects.map((o) => (o === target ? { ...o, status: { phase: 'Succeeded' } } : o));
          resync();
          return;
        }
        if (op.kind === 'setHard') {
          quotas = quotas.map((q, i) => (i === op.quota ? { ...q, spec: { ...q.spec, hard: { ...q.spec?.hard, [op.resource]: op.value } } } : q));
          resync();
          return;
        }
        const name = `o${step}`;
        const obj = asObject(op.kind === 'pod'
          ? pod(name, op.cpu.map((c, i) => container(`c${i}`, c === 0 ? undefined : { memory: `${64 * (op.memory[i] ?? 1)}Mi` })))
          : op.kind === 'service' ? service(name, op.type, op.ports) : pvc(name, `${op.gi}Gi`));
        const before = quotas;
        try {
          const outcome = resourceQuotaAdmission.validate?.(attributes(RESOURCE_OF[obj.kind ?? ''] ?? '', obj), staticView({ resourceQuotas: quotas }));
          const updates = outcome ? outcome.quotaStatusUpdates ?? [] : [];
          quotas = quotas.map((q) => updates.find((u) => u.metadata?.name === q.metadata?.name) ?? q);
          objects = [...objects, { ...obj, metadata: { ...obj.metadata, resourceVersion: String(rv++) } }];
        } catch (e) {
          if (!(e instanceof AdmissionDenial)) throw e;
        }
        quotas.forEach((q, i) => {
          const hard = parseResourceList(q.status?.hard);
          const used = parseResourceList(q.status?.used);
          const old = parseResourceList(before[i]?.status?.used);
          for (const [r, u] of Object.entries(used)) {
            const h = hard[r]; const o = old[r];
            if (h && compareQuantity(u, h) > 0) expect(o && compareQuantity(u, o) === 0).toBe(true);
          }
          expect(q.status?.used).toEqual(calculateStatus(q, list, 0).used);
        });
      });
    }), { numRuns: 300 });
  });
});
