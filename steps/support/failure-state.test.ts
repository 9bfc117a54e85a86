// Tests the failure attachments on a real cluster: kubectl runs read-only (no due work runs, the
// journal is untouched), the objects of the failing step come with owners and pods, the
// fallbacks when the step names nothing, and the cap on the number of objects.
import { test } from 'node:test';
import { expect } from 'expect';
import { Cluster } from '../../engine/cluster.ts';
import { inspect, involvedYaml, MAX_OBJECTS } from './failure-state.ts';
import type { FailedStep } from './world.ts';

const deployment = (replicas: number): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "nginx:1.27"}]}
`;

function settled(replicas: number): Cluster {
  const cluster = new Cluster({ seed: 3, scenario: 'features/x.feature:1' });
  cluster.addNode({ name: 'node-1' } as never);
  cluster.apply(deployment(replicas), 'web.yaml');
  cluster.settle();
  return cluster;
}

const step = (text: string, cluster: Cluster, from = 0): FailedStep =>
  ({ text, docString: undefined, journalFrom: cluster.journal.entries().length, actionJournalFrom: from });
const objectsOf = (yaml: string): string[] => [...yaml.matchAll(/^kind: (\w+)\n(?:.*\n)*? {2}name: (\S+)$/gm)].map((m) => `${m[1]}/${m[2]}`);

test('inspect reads without running due work or writing the journal', () => {
  const cluster = new Cluster({ seed: 3 });
  cluster.client.create('deployments', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } } });
  const lines = cluster.journal.entries().length;
  const out = inspect(cluster, 'get deployments,replicasets -o name');
  expect([out.stdout, cluster.journal.entries().length, cluster.clock.nextDueMs()]).toEqual(['deployment.apps/web\n', lines, 0]);
});

test('the named deployment comes with its replica set and pods, in kubectl get -o yaml form', () => {
  const cluster = settled(2);
  const yaml = involvedYaml(cluster, step('the deployment "web" has 3 available replicas', cluster));
  const pods = cluster.store.list('pods').items.map((p) => `Pod/${p.metadata.name ?? ''}`).sort();
  const rs = cluster.store.list('replicasets').items[0]?.metadata.name ?? '';
  expect(yaml.split('\n')[0]).toBe(`# Objects named by the failing step, with their owners and what they own, at t=${cluster.clock.nowMs()}ms at the failing step "the deployment \\"web\\" has 3 available replicas"`);
  expect(objectsOf(yaml)).toEqual(['Deployment/web', `ReplicaSet/${rs}`, ...pods]);
  expect(yaml).toContain('\n---\napiVersion: apps/v1\nkind: ReplicaSet\n');
  expect(yaml).toContain('    deployment.kubernetes.io/revision: "1"\n');
});

test('a step that names nothing falls back to what the scenario\'s steps wrote', () => {
  const cluster = settled(1);
  const yaml = involvedYaml(cluster, step('the output is "x"', cluster, cluster.journal.entries().length));
  expect(yaml.split('\n')[0]).toBe(`# Objects written by the scenario's steps, with their owners and what they own, at t=${cluster.clock.nowMs()}ms at the failing step "the output is \\"x\\""`);
  expect(objectsOf(yaml).map((o) => o.split('/')[0])).toEqual(['Deployment', 'ReplicaSet', 'Pod']);
});

test('an empty cluster says so', () => {
  const cluster = new Cluster({ seed: 3 });
  expect(involvedYaml(cluster, step('the output is "x"', cluster))).toBe('# No objects involved at the failing step "the output is \\"x\\"": it names none that exist, and the scenario wrote none\n');
});

test(`at most ${MAX_OBJECTS} objects are attached, and the rest are counted`, () => {
  const cluster = settled(20);
  const yaml = involvedYaml(cluster, step('the deployment "web" is rolled out', cluster));
  expect(objectsOf(yaml).length).toBe(MAX_OBJECTS);
  expect(yaml.endsWith('# 7 more involved object(s) left out (at most 15 objects and 64 KiB are attached)\n')).toBe(true);
});
