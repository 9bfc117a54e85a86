// Scheduling throughput at 5,000 nodes (issue 3: floor ≥ 20,000 pods/s, pod created to bound, with
// watches): the scheduler core alone (cycles over its cache, no API); pods created through the API
// server and bound via the Binding subresource, observed through a watch, with bare Node objects;
// and the same with a kubelet per node; and upstream's own scheduling benchmark,
// SchedulingBasic/5000Nodes (see schedulingBasic below). Sizes: BENCH_NODES, BENCH_PODS,
// BENCH_KUBELET_PODS; BENCH_ONLY=core|api|basic runs just that part.
import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster } from '../engine/cluster.ts';
import { SchedulerCore } from '../engine/scheduler/scheduler-core.ts';
import { numFeasibleNodesToFind } from '../engine/scheduler/schedule-one.ts';
import { figure, timeMs } from './figure.ts';

const NODES = Number(process.env['BENCH_NODES'] ?? 5000);
const PODS = Number(process.env['BENCH_PODS'] ?? 5000);

function podObject(i: number): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: `bench-${i}`, namespace: 'default' },
    spec: { containers: [{ name: 'app', image: 'nginx:1.27', resources: { requests: { cpu: '100m', memory: '128Mi' } } }] },
  };
}

/** withKubelets: real kubelets (each watching its pods); otherwise bare Node objects, so only the API, the controllers and the scheduler run. */
function endToEnd(withKubelets: boolean, pods: number, invariants = false): void {
  const cluster = new Cluster({ seed: 1, scenario: 'bench/scheduling.bench.ts' });
  // The invariant library is a test oracle re-checked at every write; it is measured separately.
  if (!invariants) cluster.invariants.disable();
  const setupMs = timeMs(() => {
  for (let i = 1; i <= NODES; i++) {
    if (withKubelets) cluster.addNode({ name: `node-${i}`, cpu: '32', memory: '128Gi' });
    else cluster.client.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${i}` }, status: { allocatable: { cpu: '32', memory: '128Gi', pods: '110' } } });
  }
  cluster.settle();
  });
  const label = `${withKubelets ? 'kubelets' : 'no kubelets'}${invariants ? ', invariants on' : ''}`;
  figure(`${NODES} nodes registered (${label})`, setupMs / 1000, 's');

  const bound = new Set<string>();
  cluster.client.watch('pods', {}, (ev) => {
    const pod = ev.object as Pod;
    if (pod.spec?.nodeName) bound.add(pod.metadata?.name ?? '');
  });
  let ok = false;
  const ms = timeMs(() => {
    for (let i = 0; i < pods; i++) cluster.client.create('pods', podObject(i));
    ok = cluster.waitFor(() => bound.size >= pods, 600_000);
  });
  if (!ok) throw new Error(`only ${bound.size}/${pods} pods bound`);
  figure(`created→bound, ${pods} pods, ${NODES} nodes (${label})`, (pods / ms) * 1000, 'pods/s', { atLeast: 20_000 });
}

/**
 * Upstream's SchedulingBasic/5000Nodes (test/integration/scheduler_perf/config/performance-config.yaml):
 * 5,000 nodes, 1,000 init pods scheduled unmeasured, then 1,000 measured pods, set up as
 * scheduler_perf's mustSetupCluster (test/integration/scheduler_perf/util.go) does: the API server
 * with `--disable-admission-plugins=ServiceAccount,TaintNodesByCondition,Priority`, the scheduler,
 * and of the controllers only the garbage collector and the namespace controller (upstream also
 * starts a fake PV controller; no pod here has a volume). The figure is the median of
 * BENCH_BASIC_RUNS runs, each on a fresh cluster in this one process.
 */
function schedulingBasic(): void {
  const rates: number[] = [];
  for (let run = 0; run < Number(process.env['BENCH_BASIC_RUNS'] ?? 5); run++) {
    const cluster = new Cluster({
      seed: 1, scenario: 'bench/scheduling.bench.ts', controllers: ['garbage-collector-controller', 'namespace-controller'],
      admissionPlugins: { disable: ['ServiceAccount', 'TaintNodesByCondition', 'Priority'] },
    });
    cluster.invariants.disable();
    for (let i = 1; i <= NODES; i++) {
      cluster.client.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${i}` }, status: { allocatable: { cpu: '32', memory: '128Gi', pods: '110' } } });
    }
    cluster.settle();
    const bound = new Set<string>();
    cluster.client.watch('pods', {}, (ev) => { if ((ev.object as Pod).spec?.nodeName) bound.add(ev.key); });
    const createPods = (from: number, count: number): boolean => {
      for (let i = from; i < from + count; i++) cluster.client.create('pods', podObject(i));
      return cluster.waitFor(() => bound.size >= from + count, 600_000);
    };
    if (!createPods(0, 1000)) throw new Error(`init pods: only ${bound.size}/1000 bound`);
    let ok = false;
    const ms = timeMs(() => { ok = createPods(1000, 1000); });
    if (!ok) throw new Error(`measured pods: only ${bound.size - 1000}/1000 bound`);
    rates.push((1000 / ms) * 1000);
  }
  rates.sort((a, b) => a - b);
  figure(`SchedulingBasic/${NODES}Nodes: 1000 init + 1000 measured pods, API server + scheduler (median)`, rates[Math.floor(rates.length / 2)]!, 'pods/s', { atLeast: 20_000 });
}

/** warm: a second run in the same process, with the JIT warm (a scheduler runs for days; the first run includes tier-up). */
function coreOnly(warm = false): void {
  const noop = () => undefined;
  const core = new SchedulerCore({ bind: noop, scheduled: noop, failed: noop, preemptVictim: noop, clearNomination: noop, pdbs: () => [] });
  for (let i = 1; i <= NODES; i++) {
    core.cache.addNode({ apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${i}` }, status: { allocatable: { cpu: '32', memory: '128Gi', pods: '110' } } });
  }
  for (let i = 0; i < PODS; i++) core.queue.add(podObject(i), 0);
  let n = 0;
  const ms = timeMs(() => { while (core.scheduleOne(0) === 'bound') n++; });
  figure(`core cycles, ${n} pods, ${NODES} nodes (${numFeasibleNodesToFind(NODES)}/pod)${warm ? ', warm' : ''}`, (n / ms) * 1000, 'pods/s');
}

// BENCH_ONLY=core (the scheduler core) or BENCH_ONLY=api (created→bound without kubelets) runs just that part, for profiling.
const only = process.env['BENCH_ONLY'];
if (only === undefined || only === 'core') { coreOnly(); coreOnly(true); }
if (only === undefined || only === 'api') endToEnd(false, PODS);
if (only === undefined || only === 'basic') schedulingBasic();
if (only === undefined) {
  endToEnd(false, Number(process.env['BENCH_INVARIANT_PODS'] ?? 500), true);
  // With 5,000 kubelets every pod write fans out to 5,000 field-selector watches; fewer pods keep it short.
  endToEnd(true, Number(process.env['BENCH_KUBELET_PODS'] ?? 100));
}
