// Small pieces the Scheduler component relies on: the cache, nominations, node-update events,
// and pod status conditions.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { SchedulerCache } from './cache/scheduler-cache.ts';
import { nodeUpdateEvents } from './cluster-events.ts';
import { requestedOf } from './framework/node-info.ts';
import { Nominator } from './nominator.ts';
import { disruptionTargetCondition, unschedulableCondition, withCondition, withNominatedNodeName } from './pod-status.ts';
import { makeNode, makePod } from './test-fixtures.ts';

describe('SchedulerCache', () => {
  it('assumes a pod, confirms it from the watch and removes it once', () => {
    const cache = new SchedulerCache();
    cache.addNode(makeNode('n1'));
    const pod = makePod('web', { cpu: '1' });
    cache.assumePod(pod, 'n1');
    expect(requestedOf(cache.get('n1')!).milliCPU).toBe(1000);
    cache.addPod({ ...pod, spec: { ...pod.spec!, nodeName: 'n1' } });
    expect(cache.get('n1')?.pods.length).toBe(1);
    expect(cache.isAssumed(pod)).toBe(false);
    cache.removePod(pod);
    expect(requestedOf(cache.get('n1')!).milliCPU).toBe(0);
  });
  it('a confirmed pod sharing the assumed one\'s containers keeps its requests; one with new containers is recounted', () => {
    const cache = new SchedulerCache();
    cache.addNode(makeNode('n1'));
    const pod = makePod('web', { cpu: '1', hostPort: 8080 });
    cache.assumePod(pod, 'n1');
    const assumed = cache.get('n1')!.pods[0]!;
    cache.updatePod({ ...pod, spec: { ...pod.spec!, nodeName: 'n1' } });
    const confirmed = cache.get('n1')!.pods[0]!;
    expect([confirmed.requests === assumed.requests, confirmed.hostPorts === assumed.hostPorts]).toEqual([true, true]);
    cache.updatePod({ ...pod, spec: { ...makePod('web', { cpu: '2' }).spec!, nodeName: 'n1' } });
    expect([requestedOf(cache.get('n1')!).milliCPU, cache.get('n1')!.usedPorts.length, cache.get('n1')!.pods.length]).toEqual([2000, 0, 1]);
  });
  it('keeps pods that arrive before their node', () => {
    const cache = new SchedulerCache();
    cache.addPod(makePod('early', { cpu: '1', nodeName: 'late' }));
    cache.addNode(makeNode('late'));
    expect(cache.get('late')?.pods.map((p) => p.pod.metadata?.name)).toEqual(['early']);
  });
  it('keeps pods when a node is updated, with the new taints', () => {
    const cache = new SchedulerCache();
    cache.addNode(makeNode('n1'));
    cache.addPod(makePod('p', { nodeName: 'n1' }));
    cache.updateNode(makeNode('n1', { taints: [{ key: 'k', effect: 'NoSchedule' }] }));
    expect(cache.get('n1')).toMatchObject({ taints: [{ key: 'k', effect: 'NoSchedule' }] });
    expect(cache.get('n1')?.pods.length).toBe(1);
    expect(cache.nodeInfos.length).toBe(1);
  });
});

describe('Nominator', () => {
  it('lists pods per node and forgets them', () => {
    const n = new Nominator();
    const a = makePod('a');
    n.add(a, 'n1');
    expect(n.nominatedPodsForNode('n1')).toEqual([a]);
    expect(n.nominatedPodsForNode.isEmpty()).toBe(false);
    n.add(a, 'n2');
    expect(n.nominatedPodsForNode('n1')).toEqual([]);
    n.delete(a);
    expect(n.nominatedPodsForNode.isEmpty()).toBe(true);
  });
});

describe('nodeUpdateEvents', () => {
  const cases = [
    { name: 'cordon', old: makeNode('n'), next: makeNode('n', { unschedulable: true }), want: ['Node/UpdateNodeUnschedulable'] },
    { name: 'taint removed', old: makeNode('n', { taints: [{ key: 'k', effect: 'NoSchedule' }] }), next: makeNode('n'), want: ['Node/UpdateNodeTaint'] },
    { name: 'label added', old: makeNode('n'), next: makeNode('n', { labels: { zone: 'a' } }), want: ['Node/UpdateNodeLabel'] },
    { name: 'allocatable grows', old: makeNode('n'), next: makeNode('n', { cpu: '8' }), want: ['Node/UpdateNodeAllocatable'] },
    { name: 'nothing relevant', old: makeNode('n'), next: makeNode('n'), want: [] },
  ];
  for (const c of cases) it(c.name, () => expect(nodeUpdateEvents(c.old, c.next)).toEqual(c.want));
});

describe('pod status', () => {
  it('adds PodScheduled=False/Unschedulable and keeps the transition time while it stays False', () => {
    const first = withCondition(makePod('p'), unschedulableCondition('m1'), 'T1')!;
    expect(first.status?.conditions).toEqual([{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: 'm1', lastProbeTime: null, lastTransitionTime: 'T1' }]);
    expect(withCondition(first, unschedulableCondition('m1'), 'T2')).toBeUndefined();
    expect(withCondition(first, unschedulableCondition('m2'), 'T2')?.status?.conditions?.[0]?.lastTransitionTime).toBe('T1');
  });
  it('words the DisruptionTarget condition like the scheduler', () => {
    expect(disruptionTargetCondition('default-scheduler')).toEqual({
      type: 'DisruptionTarget', status: 'True', reason: 'PreemptionByScheduler',
      message: 'default-scheduler: preempting to accommodate a higher priority pod',
    });
  });
  it('sets, clears or keeps nominatedNodeName', () => {
    const pod = makePod('p');
    expect(withNominatedNodeName(pod, 'n1').status?.nominatedNodeName).toBe('n1');
    expect(withNominatedNodeName(withNominatedNodeName(pod, 'n1'), null).status?.nominatedNodeName).toBeUndefined();
    expect(withNominatedNodeName(pod, undefined)).toBe(pod);
  });
});

