// Scheduling throughput: pods per second of wall time from creation (through the API server) to
// bound (the Binding observed through a watch), on a cluster of 5,000 nodes with their kubelets.
// Also the scheduler core alone (cycles over the cache, no API) for comparison.
// Prints one line per figure: name, value, unit. Run: node --import tsx bench/scheduling.bench.ts
import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster } from '../engine/cluster.ts';
import { SchedulerCore } from '../engine/scheduler/scheduler-core.ts';
import { numFeasibleNodesToFind } from '../engine/scheduler/schedule-one.ts';

const NODES = Number(process.env['BENCH_NODES'] ?? 5000);
const PODS = Number(process.env['BENCH_PODS'] ?? 10_000);

function podObject(i: number): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: `bench-${i}`, namespace: 'default' },
    spec: { containers: [{ name: 'app', image: 'nginx:1.27', resources: { requests: { cpu: '100m', memory: '128Mi' } } }] },
  };
}

function figure(name: string, value: number, unit: string): void {
  console.log(`${name}\t${value.toFixed(value < 100 ? 2 : 0)}\t${unit}`);
}

/** withKubelets: real kubelets (each watching its pods); otherwise bare Node objects, so only the API and the scheduler run. */
function endToEnd(withKubelets: boolean, pods: number): void {
  const cluster = new Cluster({ seed: 1, scenario: 'bench/scheduling.bench.ts' });
  const setup0 = performance.now();
  for (let i = 1; i <= NODES; i++) {
    if (withKubelets) cluster.addNode({ name: `node-${i}`, cpu: '32', memory: '128Gi' });
    else cluster.client.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${i}` }, status: { allocatable: { cpu: '32', memory: '128Gi', pods: '110' } } });
  }
  cluster.settle();
  const label = withKubelets ? 'with a kubelet per node' : 'Node objects only, no kubelets';
  figure(`setup: ${NODES} nodes registered (${label})`, (performance.now() - setup0) / 1000, 's');

  const bound = new Set<string>();
  cluster.client.watch('pods', {}, (ev) => {
    const pod = ev.object as Pod;
    if (pod.spec?.nodeName) bound.add(pod.metadata?.name ?? '');
  });
  const t0 = performance.now();
  for (let i = 0; i < pods; i++) cluster.client.create('pods', podObject(i));
  const ok = cluster.waitFor(() => bound.size >= pods, 600_000);
  const dt = (performance.now() - t0) / 1000;
  if (!ok) throw new Error(`only ${bound.size}/${pods} pods bound`);
  figure(`schedule ${pods} pods on ${NODES} nodes, created to bound, with watches (${label})`, pods / dt, 'pods/s');
}

function coreOnly(): void {
  const noop = () => undefined;
  const core = new SchedulerCore({ bind: noop, scheduled: noop, failed: noop, preemptVictim: noop, clearNomination: noop, pdbs: () => [] });
  for (let i = 1; i <= NODES; i++) {
    core.cache.addNode({ apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${i}` }, status: { allocatable: { cpu: '32', memory: '128Gi', pods: '110' } } });
  }
  for (let i = 0; i < PODS; i++) core.queue.add(podObject(i), 0);
  const t0 = performance.now();
  let n = 0;
  while (core.scheduleOne(0) === 'bound') n++;
  const dt = (performance.now() - t0) / 1000;
  figure(`scheduler core only: ${n} pods on ${NODES} nodes, ${numFeasibleNodesToFind(NODES)} nodes filtered and scored per pod`, n / dt, 'pods/s');
}

coreOnly();
endToEnd(false, PODS);
// With 5,000 kubelets every pod write fans out to 5,000 field-selector watches; fewer pods keep it short.
endToEnd(true, Number(process.env['BENCH_KUBELET_PODS'] ?? 500));
