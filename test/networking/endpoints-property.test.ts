// Property: after the cluster settles, every Service's Endpoints hold exactly the ready,
// non-terminating pods its selector matches, with target ports resolved per pod (named ports
// looked up in the pod's containerPorts). Upstream: pkg/controller/endpoint/endpoints_controller.go
// → syncService, and podutil.FindPort (pkg/api/v1/pod/util.go). The expectation is computed here
// from the pods alone, independently of the controller. Leaves out publishNotReadyAddresses and
// notReadyAddresses ordering (only the ready set and its ports are compared).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Pod, Service, Endpoints } from 'kubernetes-types/core/v1';
import { Cluster } from '../../engine/cluster.ts';

type Op =
  | { kind: 'create'; labelled: boolean; named: boolean }
  | { kind: 'delete'; which: number }
  | { kind: 'label'; which: number; labelled: boolean; viaKubectl: boolean }
  | { kind: 'ready'; which: number; ready: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), labelled: fc.boolean(), named: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), which: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('label' as const), which: fc.nat(20), labelled: fc.boolean(), viaKubectl: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('ready' as const), which: fc.nat(20), ready: fc.boolean() }) },
);

function pod(name: string, labelled: boolean, named: boolean): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', labels: { app: labelled ? 'web' : 'other' } },
    spec: {
      terminationGracePeriodSeconds: 0,
      containers: [{
        name: 'main', image: 'nginx:1.27',
        ports: named ? [{ name: 'http', containerPort: 8080 }] : [],
        readinessProbe: { exec: { command: ['true'] }, periodSeconds: 1 },
      }],
    },
  };
}

function services(cluster: Cluster): void {
  cluster.client.create('services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 9376 }] } });
  cluster.client.create('services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-named', namespace: 'default' },
    spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } });
}

/** Expected `ip:port` set of one Service: ready, non-terminating, selected pods with a resolvable port. */
function expected(svc: Service, pods: Pod[]): string[] {
  const sel = svc.spec?.selector ?? {};
  const out: string[] = [];
  for (const p of pods) {
    if (p.metadata?.deletionTimestamp || !p.status?.podIP) continue;
    if (!Object.entries(sel).every(([k, v]) => p.metadata?.labels?.[k] === v)) continue;
    if (p.status.conditions?.find((c) => c.type === 'Ready')?.status !== 'True') continue;
    for (const sp of svc.spec?.ports ?? []) {
      const tp = sp.targetPort ?? sp.port;
      const port = typeof tp === 'number' ? tp
        : p.spec?.containers.flatMap((c) => c.ports ?? []).find((cp) => cp.name === tp)?.containerPort;
      if (port !== undefined) out.push(`${p.status.podIP}:${port}`);
    }
  }
  return out.sort();
}

function actual(ep: Endpoints): string[] {
  return (ep.subsets ?? []).flatMap((s) => (s.addresses ?? []).flatMap((a) => (s.ports ?? []).map((p) => `${a.ip}:${p.port}`))).sort();
}

let nonEmpty = 0;

function run(seed: number, ops: Op[]): void {
  const cluster = new Cluster({ seed });
  cluster.addNode({ name: 'node-1', cpu: '8', memory: '16Gi', pods: 110 });
  cluster.addNode({ name: 'node-2', cpu: '8', memory: '16Gi', pods: 110 });
  services(cluster);
  cluster.settle();
  const names: string[] = [];
  let n = 0;
  for (const op of ops) {
    const live = cluster.client.list<Pod>('pods', { namespace: 'default' }).items.filter((p) => !p.metadata?.deletionTimestamp);
    const target = live.length ? live[('which' in op ? op.which : 0) % live.length] : undefined;
    const name = target?.metadata?.name ?? '';
    if (op.kind === 'create') {
      const nm = `p${n++}`;
      names.push(nm);
      cluster.client.create('pods', pod(nm, op.labelled, op.named));
    } else if (!target) {
      continue;
    } else if (op.kind === 'delete') {
      cluster.client.delete('pods', 'default', name);
    } else if (op.kind === 'label') {
      const app = op.labelled ? 'web' : 'other';
      if (op.viaKubectl) expect(cluster.kubectl(`label pod ${name} app=${app} --overwrite`).exitCode).toBe(0);
      else cluster.client.patch('pods', 'default', name, 'merge', { metadata: { labels: { app } } });
    } else if (target.spec?.nodeName && target.status?.containerStatuses?.[0]?.state?.running) {
      cluster.kubelet(target.spec.nodeName)?.setProbeFault('default', name, 'main', 'readiness', !op.ready);
    }
    cluster.advance(5_000);
    cluster.settle();
  }
  cluster.advance(5_000);
  cluster.settle();
  const pods = cluster.client.list<Pod>('pods', { namespace: 'default' }).items;
  for (const svc of cluster.client.list<Service>('services', {}).items) {
    if (!svc.spec?.selector) continue;
    const ep = cluster.client.get<Endpoints>('endpoints', svc.metadata?.namespace ?? '', svc.metadata?.name ?? '');
    if (actual(ep).length > 0) nonEmpty++;
    expect({ svc: svc.metadata?.name, eps: actual(ep) }).toEqual({ svc: svc.metadata?.name, eps: expected(svc, pods) });
  }
  expect(cluster.invariants.violations).toEqual([]);
}

describe('Endpoints follow ready selected pods (property)', () => {
  it('match exactly the ready, non-terminating selected pods with ports resolved, after settling', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(opArb, { minLength: 4, maxLength: 16 }), (seed, ops) => {
      run(seed, ops);
    }), { seed: 5, numRuns: 20 });
    expect(nonEmpty).toBeGreaterThan(5); // the runs exercised non-empty Endpoints, not only empty ones
  });
});
