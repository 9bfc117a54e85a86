// Steps that send traffic through the simulated kube-proxy and cluster DNS, and check who
// answered. Requests run at the current virtual instant, after due work has run.
import { expect } from 'expect';
import type { NetworkResponse } from '../engine/network/pod-network.ts';
import type { DnsAnswer } from '../engine/proxy/dns.ts';
import { defineStep } from './support/define.ts';
import type { KubespecWorld } from './support/world.ts';

function send(world: KubespecWorld, count: number, target: string, fromPod?: string): void {
  world.cluster.clock.runDue();
  const responses: NetworkResponse[] = [];
  for (let i = 0; i < count; i++) responses.push(world.cluster.proxy.request({ target, ...(fromPod ? { fromPod } : {}) }));
  world.responses = responses;
  world.cluster.journal.record({ component: 'kubespec', verb: 'request', message: `${count} request(s) to ${target}${fromPod ? ` from pod ${fromPod}` : ''}: ${summary(responses)}` });
}

function summary(responses: readonly NetworkResponse[]): string {
  const counts = new Map<string, number>();
  for (const r of responses) {
    const key = r.kind === 'http' ? `${r.status} from ${r.servedBy.split(':')[0] ?? ''}` : 'refused';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${n}× ${k}`).join(', ');
}

const answeredPods = (world: KubespecWorld): Map<string, number> => {
  const pods = new Map<string, number>();
  for (const r of world.requests) if (r.kind === 'http') {
    const pod = r.servedBy.split(':')[0]!.split('/')[1]!;
    pods.set(pod, (pods.get(pod) ?? 0) + 1);
  }
  return pods;
};

defineStep({
  pattern: 'kube-proxy balances round robin',
  description: 'Makes kube-proxy pick endpoints in turn (ipvs `rr`) instead of at random (iptables mode, the default); must come before the cluster is built.',
  example: 'Given kube-proxy balances round robin',
}, function (this: KubespecWorld) {
  if (this.hasCluster()) throw new Error('"kube-proxy balances round robin" must come before the cluster is built (before "Given a cluster with ...")');
  this.proxyMode = 'round-robin';
});

defineStep({
  pattern: 'I send {int} request(s) to {string}',
  description: 'Sends HTTP requests from outside the cluster to a Service name, DNS name, ClusterIP:port, or a node\'s IP or name with a NodePort (`node-1:30080`).',
  example: 'When I send 100 requests to "web"',
}, function (this: KubespecWorld, count: number, target: string) {
  send(this, count, target);
});

defineStep({
  pattern: 'I send {int} request(s) to {string} from pod {string}',
  description: 'Sends requests from inside a pod (its namespace\'s DNS search path, its node for internalTrafficPolicy Local).',
  example: 'When I send 10 requests to "web.default.svc.cluster.local" from pod "client"',
}, function (this: KubespecWorld, count: number, target: string, pod: string) {
  send(this, count, target, pod);
});

defineStep({
  pattern: '{int} different pod(s) answered',
  description: 'The number of distinct pods that served the last requests.',
  example: 'Then 3 different pods answered',
}, function (this: KubespecWorld, n: number) {
  expect([...answeredPods(this).keys()]).toHaveLength(n);
});

defineStep({
  pattern: 'pod {string} answered {int} of them',
  description: 'How many of the last requests one pod served.',
  example: 'Then pod "web-0" answered 0 of them',
}, function (this: KubespecWorld, pod: string, n: number) {
  expect(answeredPods(this).get(pod) ?? 0).toBe(n);
});

defineStep({
  pattern: 'every response had status {int}',
  description: 'Every one of the last requests got an HTTP response with this status.',
  example: 'Then every response had status 200',
}, function (this: KubespecWorld, status: number) {
  expect(this.requests.map((r) => (r.kind === 'http' ? r.status : r.reason))).toEqual(this.requests.map(() => status));
});

defineStep({
  pattern: 'every connection was refused',
  description: 'None of the last requests reached a pod (no ready endpoint, unknown name, or nothing listening).',
  example: 'Then every connection was refused',
}, function (this: KubespecWorld) {
  expect(this.requests.filter((r) => r.kind !== 'refused')).toEqual([]);
});

defineStep({
  pattern: 'I resolve {string}',
  description: 'Looks a name up in cluster DNS as a pod in the default namespace would.',
  example: 'When I resolve "web.default.svc.cluster.local"',
}, function (this: KubespecWorld, name: string) {
  this.cluster.clock.runDue();
  this.dnsAnswer = this.cluster.proxy.resolve(name);
});

defineStep({
  pattern: 'I resolve {string} from pod {string}',
  description: 'Looks a name up in cluster DNS from a pod (its namespace\'s search path).',
  example: 'When I resolve "web" from pod "client"',
}, function (this: KubespecWorld, name: string, pod: string) {
  this.cluster.clock.runDue();
  this.dnsAnswer = this.cluster.proxy.resolve(name, pod);
});

defineStep({
  pattern: 'the name resolves to {string}',
  description: 'The DNS answer: comma-separated IPs in order, or the CNAME target.',
  example: 'Then the name resolves to "10.96.112.5"',
}, function (this: KubespecWorld, expected: string) {
  expect(renderAnswer(this.dns)).toBe(expected);
});

defineStep({
  pattern: 'the name does not resolve',
  description: 'The DNS answer is NXDOMAIN.',
  example: 'Then the name does not resolve',
}, function (this: KubespecWorld) {
  expect(this.dns.kind).toBe('NXDOMAIN');
});

function renderAnswer(a: DnsAnswer): string {
  return a.kind === 'A' ? a.addresses.join(',') : a.kind === 'CNAME' ? a.target : 'NXDOMAIN';
}

defineStep({
  pattern: 'the name resolves to the cluster IP of service {string}',
  description: 'The DNS answer is the ClusterIP the API server allocated to the Service.',
  example: 'Then the name resolves to the cluster IP of service "web"',
}, function (this: KubespecWorld, service: string) {
  const ip = this.cluster.client.get<{ spec?: { clusterIP?: string } }>('services', 'default', service).spec?.clusterIP;
  expect(renderAnswer(this.dns)).toBe(ip);
});

defineStep({
  pattern: 'the name resolves to the IP of pod {string}',
  description: 'The DNS answer is exactly the pod\'s IP.',
  example: 'Then the name resolves to the IP of pod "api-0"',
}, function (this: KubespecWorld, pod: string) {
  const ip = this.cluster.client.get<{ status?: { podIP?: string } }>('pods', 'default', pod).status?.podIP;
  expect(renderAnswer(this.dns)).toBe(ip);
});
