// Benchmark: a 10-replica rolling update (25% / 25%) on 3 nodes, engine only (no Cucumber).
// Prints the wall time of the rollout (set image → rolled out) and of the whole scenario, as
// the median of several runs. Figures are printed, not asserted (issue floor: ≤ 20 ms).
// Run: node --import ./bin/typescript/register.js bench/rollout.bench.ts
import { Cluster } from '../engine/cluster.ts';
import { figure, timeMs } from './figure.ts';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default}
spec:
  replicas: 10
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "nginx:1.27"}]}
`;

function once(seed: number): { rolloutMs: number; totalMs: number; events: number } {
  let cluster: Cluster | undefined;
  const setupMs = timeMs(() => {
    cluster = new Cluster({ seed });
    for (let i = 1; i <= 3; i++) cluster.addNode({ name: `node-${i}` } as never);
    cluster.apply(DEPLOYMENT, 'bench/web.yaml');
    cluster.settle();
  });
  const c = cluster as Cluster;
  const rolloutMs = timeMs(() => {
    const result = c.kubectl('set image deployment/web web=nginx:1.28');
    if (result.exitCode !== 0) throw new Error(result.stderr);
    c.settle();
    const status = c.kubectl('rollout status deployment/web');
    if (!status.stdout.includes('successfully rolled out')) throw new Error(`not rolled out: ${status.stdout}${status.stderr}`);
  });
  const events = c.journal.entries().filter((e) => e.verb === 'event' && e.reason === 'ScalingReplicaSet').length;
  return { rolloutMs, totalMs: setupMs + rolloutMs, events };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

once(0); // warm-up (module loading, JIT)
const runs = Array.from({ length: 15 }, (_, i) => once(i + 1));
const rollout = median(runs.map((r) => r.rolloutMs));
const total = median(runs.map((r) => r.totalMs));
figure('rolling update 10 replicas 25%/25% (median)', rollout, 'ms wall', { atMost: 20 });
figure('same, whole scenario incl. cluster setup', total, 'ms wall');
figure('ScalingReplicaSet events per rollout', runs[0]?.events ?? 0, 'events');
