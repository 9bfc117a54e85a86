// Scale: pods created through Deployments on 5,000 nodes (each with its kubelet), until every pod
// is Running and Ready in virtual time (issue 3 floor: 150,000 pods ≤ 30 s wall, ≤ 4 GiB peak RSS).
// Prints the wall time, the pods per second, the store writes and the peak RSS of each size, so
// the growth of the cost shows. Each size runs in its own process (RSS is per process).
// Sizes: BENCH_SCALE_PODS (comma-separated, default 1000,10000,100000,150000), BENCH_SCALE_NODES.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Cluster } from '../engine/cluster.ts';
import { figure, timeMs } from './figure.ts';

const NODES = Number(process.env['BENCH_SCALE_NODES'] ?? 5000);
/** Replicas per Deployment: a course-sized app; 150 Deployments make 150,000 pods. */
const PER_DEPLOYMENT = 1000;

function deployment(i: number, replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}, namespace: default}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}}}
    spec: {containers: [{name: app, image: "nginx:1.27", resources: {requests: {cpu: 10m, memory: 16Mi}}}]}
`;
}

/** Peak resident set size of this process (VmHWM), in GiB. */
function peakRssGiB(): number {
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024 / 1024;
}

function runOne(pods: number): void {
  const cluster = new Cluster({ seed: 1, scenario: 'bench/scale.bench.ts' });
  // The invariant library is the test oracle, re-checked at every write; scale measures the engine.
  cluster.invariants.disable();
  const nodesMs = timeMs(() => {
    for (let i = 1; i <= NODES; i++) cluster.addNode({ name: `node-${i}`, cpu: '32', memory: '128Gi' });
    cluster.settle();
  });
  const deployments = Math.ceil(pods / PER_DEPLOYMENT);
  let ready = 0;
  const podsMs = timeMs(() => {
    for (let i = 0; i < deployments; i++) {
      const replicas = Math.min(PER_DEPLOYMENT, pods - i * PER_DEPLOYMENT);
      cluster.apply(deployment(i, replicas), `bench/app-${i}.yaml`);
    }
    cluster.settle({ budgetMs: 60 * 60_000 });
  });
  for (const d of cluster.client.list<{ status?: { readyReplicas?: number } }>('deployments', { namespace: 'default' }).items) ready += d.status?.readyReplicas ?? 0;
  if (ready !== pods) throw new Error(`only ${ready}/${pods} pods ready`);
  const label = `${pods.toLocaleString('en-US')} pods, ${NODES.toLocaleString('en-US')} nodes`;
  figure(`scale: ${label}: nodes registered`, nodesMs / 1000, 's');
  figure(`scale: ${label}: created → all Ready`, podsMs / 1000, 's wall', pods === 150_000 ? { atMost: 30 } : undefined);
  figure(`scale: ${label}: throughput`, (pods / podsMs) * 1000, 'pods/s');
  figure(`scale: ${label}: store writes`, cluster.store.currentRevision(), 'writes');
  figure(`scale: ${label}: virtual time to all Ready`, cluster.clock.nowMs() / 1000, 's virtual');
  figure(`scale: ${label}: peak RSS`, peakRssGiB(), 'GiB', pods === 150_000 ? { atMost: 4 } : undefined);
}

const only = process.env['BENCH_SCALE_ONE'];
if (only !== undefined) {
  runOne(Number(only));
} else {
  const sizes = (process.env['BENCH_SCALE_PODS'] ?? '1000,10000,100000,150000').split(',').map(Number);
  for (const pods of sizes) {
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!], { stdio: 'inherit', env: { ...process.env, BENCH_SCALE_ONE: String(pods) } });
    if (r.status !== 0) process.exitCode = 1;
  }
}
