// The Scheduler component inside a Cluster (engine/scheduler/scheduler.ts): the API actions it takes, read from the journal.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1';
import { Cluster } from '../../../engine/cluster.ts';

function schedulerActions(cluster: Cluster): string[] {
  return cluster.journal.entries()
    .filter((e) => e.component === 'default-scheduler')
    .map((e) => [e.verb, e.kind, e.name, e.reason, e.message].filter(Boolean).join(' '));
}

const pod = (name: string, cpu: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources:
        requests:
          cpu: "${cpu}"
`;

describe('Scheduler component', () => {
  it('binds a pod and records Scheduled', () => {
    const cluster = new Cluster({ seed: 1, scenario: 'scheduler.test.ts' });
    cluster.addNode({ name: 'node-1', cpu: '2' });
    cluster.addNode({ name: 'node-2', cpu: '4' });
    cluster.apply(pod('web', '1'), 'web.yaml');
    cluster.settle();
    expect(cluster.client.get<Pod>('pods', 'default', 'web').spec?.nodeName).toBe('node-2');
    expect(schedulerActions(cluster)).toEqual([
      'update Pod web',
      'event Pod web Scheduled Successfully assigned default/web to node-2',
    ]);
  });
  it('reports FailedScheduling once, sets PodScheduled=False and binds when room appears', () => {
    const cluster = new Cluster({ seed: 1, scenario: 'scheduler.test.ts' });
    cluster.addNode({ name: 'node-1', cpu: '1' });
    cluster.apply(pod('big', '2'), 'big.yaml');
    cluster.settle();
    const message = '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.';
    expect(schedulerActions(cluster)).toEqual([`event Pod big FailedScheduling ${message}`, 'update Pod big']);
    expect(cluster.client.get<Pod>('pods', 'default', 'big').status?.conditions).toContainEqual(
      expect.objectContaining({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message }));
    cluster.addNode({ name: 'node-2', cpu: '4' });
    cluster.settle();
    expect(cluster.client.get<Pod>('pods', 'default', 'big').spec?.nodeName).toBe('node-2');
  });
  it('gives the same journal for the same seed', () => {
    const run = () => {
      const cluster = new Cluster({ seed: 7, scenario: 'scheduler.test.ts' });
      for (let i = 1; i <= 3; i++) cluster.addNode({ name: `node-${i}`, cpu: '2' });
      for (let i = 0; i < 5; i++) cluster.apply(pod(`p${i}`, '700m'), `p${i}.yaml`);
      cluster.settle();
      return schedulerActions(cluster);
    };
    expect(run()).toEqual(run());
  });
});

describe('Scheduler component: scheduling gates', () => {
  it('keeps a gated pod out of the queue until its gates are removed', () => {
    const cluster = new Cluster({ seed: 1, scenario: 'scheduler.test.ts' });
    cluster.addNode({ name: 'node-1' });
    cluster.apply(`apiVersion: v1
kind: Pod
metadata:
  name: gated
spec:
  schedulingGates:
    - name: example.com/wait
  containers:
    - name: app
      image: nginx:1.27
`, 'gated.yaml');
    cluster.settle();
    expect(schedulerActions(cluster)).toEqual([]);
    cluster.client.patch('pods', 'default', 'gated', 'merge', { spec: { schedulingGates: null } });
    cluster.settle();
    expect(cluster.client.get<Pod>('pods', 'default', 'gated').spec?.nodeName).toBe('node-1');
  });
});
