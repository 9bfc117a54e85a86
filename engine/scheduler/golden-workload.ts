// A seeded, varied scheduling workload for the golden test (scheduling-golden.test.ts): nodes with
// assorted allocatable, labels, taints, cordons, images and extended resources; pods with assorted
// requests (init containers, sidecars, overhead), nodeSelector, required and preferred node affinity,
// tolerations, hostPorts, images and priorities. Test-only: the engine never imports it.
import type { Container, Node, NodeSelectorRequirement, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import { SeededRandom } from '../random/seeded-random.ts';
import { makeNode, makePod } from './test-fixtures.ts';

const MB = 1024 * 1024;
const IMAGES = [
  { names: ['nginx:1.27', 'docker.io/library/nginx:1.27'], sizeBytes: 150 * MB },
  { names: ['redis:7'], sizeBytes: 300 * MB },
  { names: ['busybox:latest'], sizeBytes: 5 * MB },
  { names: ['big/app:2'], sizeBytes: 2000 * MB },
  { names: ['postgres:16'], sizeBytes: 600 * MB },
];
const POD_IMAGES = ['nginx:1.27', 'redis:7', 'busybox', 'big/app:2', 'postgres:16', 'other:1'];
const TAINTS: Taint[] = [
  { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
  { key: 'dedicated', value: 'db', effect: 'NoExecute' },
  { key: 'soft', effect: 'PreferNoSchedule' },
  { key: 'soft2', value: 'v', effect: 'PreferNoSchedule' },
  { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
];
const TOLERATIONS: Toleration[] = [
  { operator: 'Exists' },
  { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
  { key: 'dedicated', operator: 'Exists' },
  { key: 'soft', operator: 'Exists', effect: 'PreferNoSchedule' },
  { key: 'soft2', operator: 'Equal', value: 'v' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' },
];
export const GPU = 'example.com/gpu';

function chance(r: SeededRandom, percent: number): boolean {
  return r.int(100) < percent;
}

function subset<T>(r: SeededRandom, items: readonly T[], max: number): T[] {
  const out: T[] = [];
  const n = r.intBetween(1, max);
  for (let i = 0; i < n; i++) {
    const item = r.pick(items);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

export function goldenNode(r: SeededRandom, name: string): Node {
  const labels: Record<string, string> = { zone: r.pick(['a', 'b', 'c']) };
  if (chance(r, 80)) labels['disk'] = r.pick(['ssd', 'hdd']);
  if (chance(r, 70)) labels['gen'] = String(r.intBetween(1, 9));
  if (chance(r, 20)) labels['team'] = r.pick(['x', 'y']);
  return makeNode(name, {
    cpu: r.pick(['1', '2', '4', '8', '16', '32', '500m', '1500m']),
    memory: r.pick(['1Gi', '2Gi', '4Gi', '8Gi', '16Gi', '64Gi', '1500Mi']),
    pods: r.pick([3, 5, 10, 20, 110]),
    labels,
    ...(chance(r, 30) ? { ephemeral: r.pick(['10Gi', '20Gi']) } : {}),
    ...(chance(r, 15) ? { extended: { [GPU]: r.pick(['1', '2', '4']) } } : {}),
    ...(chance(r, 15) ? { taints: subset(r, TAINTS, 3) } : {}),
    ...(chance(r, 5) ? { unschedulable: true } : {}),
    ...(chance(r, 30) ? { images: subset(r, IMAGES, 3) } : {}),
  });
}

function requirement(r: SeededRandom): NodeSelectorRequirement {
  switch (r.int(6)) {
    case 0: return { key: 'zone', operator: 'In', values: subset(r, ['a', 'b', 'c'], 2) };
    case 1: return { key: 'disk', operator: 'NotIn', values: ['hdd'] };
    case 2: return { key: 'team', operator: 'Exists' };
    case 3: return { key: 'team', operator: 'DoesNotExist' };
    case 4: return { key: 'gen', operator: r.pick(['Gt', 'Lt'] as const), values: [String(r.intBetween(1, 9))] };
    default: return { key: 'gen', operator: 'In', values: [String(r.intBetween(1, 9))] };
  }
}

function container(r: SeededRandom, name: string): Container {
  const requests: Record<string, string> = {};
  const cpu = r.pick(['', '', '50m', '100m', '250m', '500m', '1', '2', '3']);
  const memory = r.pick(['', '', '64Mi', '128Mi', '512Mi', '1Gi', '3Gi']);
  if (cpu) requests['cpu'] = cpu;
  if (memory) requests['memory'] = memory;
  if (chance(r, 4)) requests['ephemeral-storage'] = r.pick(['1Gi', '15Gi']);
  if (chance(r, 3)) requests[GPU] = r.pick(['1', '2']);
  const c: Container = { name, image: r.pick(POD_IMAGES) };
  if (Object.keys(requests).length > 0) c.resources = { requests };
  if (chance(r, 8)) {
    c.ports = [{ containerPort: 80, hostPort: r.pick([80, 8080, 9090]), ...(chance(r, 30) ? { protocol: 'UDP' as const } : {}), ...(chance(r, 30) ? { hostIP: '10.0.0.1' } : {}) }];
  }
  return c;
}

function affinity(r: SeededRandom): NonNullable<Pod['spec']>['affinity'] | undefined {
  const nodeAffinity: NonNullable<NonNullable<Pod['spec']>['affinity']>['nodeAffinity'] = {};
  if (chance(r, 10)) {
    const terms = Array.from({ length: r.intBetween(1, 2) }, () => (chance(r, 10)
      ? { matchFields: [{ key: 'metadata.name', operator: 'NotIn' as const, values: ['node-001'] }] }
      : { matchExpressions: Array.from({ length: r.intBetween(1, 2) }, () => requirement(r)) }));
    nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerms: terms };
  }
  if (chance(r, 25)) {
    nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution = Array.from({ length: r.intBetween(1, 3) }, () => ({
      weight: r.intBetween(1, 100), preference: { matchExpressions: [requirement(r)] },
    }));
  }
  return Object.keys(nodeAffinity).length > 0 ? { nodeAffinity } : undefined;
}

export function goldenPod(r: SeededRandom, name: string, nodeNames: readonly string[]): Pod {
  // Two in five pods are plain Deployment-style replicas, so large clusters stop filtering early.
  if (chance(r, 40)) return makePod(name, { cpu: r.pick(['100m', '200m']), memory: '128Mi', image: 'nginx:1.27', labels: { app: 'web' } });
  const containers = Array.from({ length: r.intBetween(1, 3) }, (_, i) => container(r, `c${i}`));
  const priority = r.pick([0, 0, 0, 10, 100, 1000]);
  const pod = makePod(name, {
    containers, priority,
    labels: { app: r.pick(['web', 'db', 'cache']) },
    ...(chance(r, 10) ? { preemptionPolicy: 'Never' as const } : {}),
    ...(chance(r, 30) ? { tolerations: subset(r, TOLERATIONS, 2) } : {}),
    ...(chance(r, 12) ? { nodeSelector: r.pick([{ zone: 'a' }, { disk: 'ssd' }, { zone: 'b', disk: 'ssd' }]) } : {}),
    ...(chance(r, 2) ? { nodeName: r.pick(nodeNames) } : {}),
  });
  const spec = pod.spec!;
  const aff = affinity(r);
  if (aff) spec.affinity = aff;
  if (chance(r, 10)) spec.initContainers = [{ ...container(r, 'init'), ...(chance(r, 40) ? { restartPolicy: 'Always' as const } : {}) }];
  if (chance(r, 5)) spec.overhead = { cpu: '50m', memory: '32Mi' };
  return pod;
}
