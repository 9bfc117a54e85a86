// SchedulerCore with recording actions: the API actions a cycle takes, in order.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1';
import { SchedulerCore, type SchedulerActions } from './scheduler-core.ts';
import { makeNode, makePod } from './test-fixtures.ts';

function recorder(): { actions: SchedulerActions; log: string[] } {
  const log: string[] = [];
  const name = (p: Pod) => p.metadata?.name ?? '';
  return {
    log,
    actions: {
      bind: (p, n) => log.push(`bind ${name(p)} ${n}`),
      scheduled: (_p, _n, m) => log.push(`Scheduled ${m}`),
      failed: (_p, m, nom) => log.push(`FailedScheduling ${m}${nom === undefined ? '' : ` nominated=${nom}`}`),
      preemptVictim: (v, p, n) => log.push(`preempt ${name(v)} for ${name(p)} on ${n}`),
      clearNomination: (p) => log.push(`clear ${name(p)}`),
      pdbs: () => [],
    },
  };
}

describe('SchedulerCore', () => {
  it('binds and reports Scheduled, counting the assumed pod for the next one', () => {
    const { actions, log } = recorder();
    const core = new SchedulerCore(actions);
    core.cache.addNode(makeNode('node-1', { cpu: '2' }));
    core.cache.addNode(makeNode('node-2', { cpu: '2' }));
    core.queue.add(makePod('web-a', { cpu: '1500m' }), 0);
    core.queue.add(makePod('web-b', { cpu: '1500m' }), 0);
    expect(core.scheduleOne(0)).toBe('bound');
    expect(core.scheduleOne(0)).toBe('bound');
    expect(core.scheduleOne(0)).toBe('idle');
    expect(log).toEqual([
      'bind web-a node-1', 'Scheduled Successfully assigned default/web-a to node-1',
      'bind web-b node-2', 'Scheduled Successfully assigned default/web-b to node-2',
    ]);
  });
  it('reports FailedScheduling, parks the pod and retries it when a node is added', () => {
    const { actions, log } = recorder();
    const core = new SchedulerCore(actions);
    core.cache.addNode(makeNode('node-1', { cpu: '1' }));
    core.queue.add(makePod('big', { cpu: '2' }), 0);
    expect(core.scheduleOne(0)).toBe('unschedulable');
    expect(log.pop()).toBe('FailedScheduling 0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
    expect(core.queue.sizes().unschedulable).toBe(1);
    core.cache.addNode(makeNode('node-2', { cpu: '4' }));
    core.onClusterEvent('Node/Add', 5000);
    expect(core.scheduleOne(5000)).toBe('bound');
    expect(log.pop()).toBe('Scheduled Successfully assigned default/big to node-2');
  });
  it('preempts a lower-priority pod and nominates the node', () => {
    const { actions, log } = recorder();
    const core = new SchedulerCore(actions);
    core.cache.addNode(makeNode('node-1', { cpu: '2' }));
    core.cache.addPod(makePod('low', { cpu: '2', nodeName: 'node-1', priority: 0 }));
    core.queue.add(makePod('high', { cpu: '1', priority: 1000 }), 0);
    expect(core.scheduleOne(0)).toBe('unschedulable');
    expect(log).toEqual(['preempt low for high on node-1', 'FailedScheduling 0/1 nodes are available: 1 Insufficient cpu. nominated=node-1']);
    core.cache.removePod(makePod('low', { nodeName: 'node-1' }));
    core.onClusterEvent('Pod/Delete', 1000);
    expect(core.scheduleOne(1000)).toBe('bound');
  });
});
