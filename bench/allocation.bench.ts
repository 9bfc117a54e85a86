// Allocation per pod: 5,000 pods through Deployments on 1,000 nodes, until all are Ready, under
// V8's sampling heap profiler with collected objects kept in the profile. Garbage collection is a
// fifth of the time at scale, and unlike wall time this figure does not move with the machine's
// hour (the 2-core VM's speed varies 2–3× between hours), so it shows whether a change to the
// write path allocates less. Prints the total, the five largest allocating functions, and the
// heap still live per pod once all are Ready (after a full GC: what the 150,000-pod run must hold).
import { Session } from 'node:inspector';
import { Cluster } from '../engine/cluster.ts';
import { figure } from './figure.ts';

const PODS = 5000;
const NODES = 1000;

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const session = new Session();
session.connect();
const post = <T>(method: string, params: object = {}): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));

const cluster = new Cluster({ seed: 1, scenario: 'bench/allocation.bench.ts' });
cluster.invariants.disable();
for (let i = 1; i <= NODES; i++) cluster.addNode({ name: `node-${i}`, cpu: '32', memory: '128Gi' });
cluster.settle();

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
await post('HeapProfiler.enable');
// Every 4 KiB allocated is sampled; the objects a GC has collected stay in the profile.
await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let d = 0; d < PODS / 1000; d++) {
  cluster.apply(`apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${d}, namespace: default}
spec:
  replicas: 1000
  selector: {matchLabels: {app: app-${d}}}
  template:
    metadata: {labels: {app: app-${d}}}
    spec: {containers: [{name: app, image: "nginx:1.27", resources: {requests: {cpu: 10m, memory: 16Mi}}}]}
`, `bench/app-${d}.yaml`);
}
cluster.settle({ budgetMs: 60 * 60_000 });
const { profile } = await post<{ profile: { head: ProfileNode } }>('HeapProfiler.stopSampling');
session.disconnect();
gc?.();
const retainedKiB = (process.memoryUsage().heapUsed - heapBefore) / PODS / 1024;

const bySite = new Map<string, number>();
let total = 0;
const visit = (n: ProfileNode): void => {
  total += n.selfSize;
  const site = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*?\/(engine|bench)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
  bySite.set(site, (bySite.get(site) ?? 0) + n.selfSize);
  n.children.forEach(visit);
};
visit(profile.head);

figure(`allocation: ${PODS.toLocaleString('en-US')} pods on ${NODES.toLocaleString('en-US')} nodes, all Ready`, total / PODS / 1024, 'KiB allocated per pod');
if (gc) figure(`allocation: heap live per pod once all are Ready`, retainedKiB, 'KiB/pod');
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 5)) figure(`  ${site}`, bytes / PODS / 1024, 'KiB/pod');
