import { test } from 'node:test';
import { expect } from 'expect';
import type { Node } from 'kubernetes-types/core/v1';
import { addOrUpdateTaint, removeTaint, taintSetDiff } from './taints.ts';
import { controllerNoScheduleTaints, desiredNoScheduleTaints } from './no-schedule-taints.ts';

const t = (key: string, effect: string, timeAdded?: string) => ({ key, effect, ...(timeAdded ? { timeAdded } : {}) });

test('taint sets match on key and effect; an identical taint is not re-added, a new timeAdded replaces it', () => {
  expect(taintSetDiff([t('a', 'NoSchedule'), t('b', 'NoSchedule')], [t('b', 'NoSchedule', 'x'), t('c', 'NoSchedule')]))
    .toEqual({ add: [t('a', 'NoSchedule')], remove: [t('c', 'NoSchedule')] });
  expect(addOrUpdateTaint([t('a', 'NoExecute', 'x')], t('a', 'NoExecute', 'x'))).toEqual({ taints: [t('a', 'NoExecute', 'x')], updated: false });
  expect(addOrUpdateTaint([t('a', 'NoExecute', 'x'), t('b', 'NoSchedule')], t('a', 'NoExecute', 'y')))
    .toEqual({ taints: [t('a', 'NoExecute', 'y'), t('b', 'NoSchedule')], updated: true });
  expect(removeTaint([t('a', 'NoExecute'), t('a', 'NoSchedule')], t('a', 'NoExecute'))).toEqual({ taints: [t('a', 'NoSchedule')], updated: true });
});

test('NoSchedule taints mirror the conditions and cordon; other taints are not the controller\'s', () => {
  const node: Node = {
    spec: { unschedulable: true, taints: [t('dedicated', 'NoSchedule'), t('node.kubernetes.io/unreachable', 'NoExecute'), t('node.kubernetes.io/disk-pressure', 'NoSchedule')] },
    status: { conditions: [{ type: 'Ready', status: 'Unknown' }, { type: 'MemoryPressure', status: 'True' }, { type: 'DiskPressure', status: 'False' }, { type: 'PIDPressure', status: 'Unknown' }] },
  };
  expect(desiredNoScheduleTaints(node)).toEqual([
    t('node.kubernetes.io/unreachable', 'NoSchedule'), t('node.kubernetes.io/memory-pressure', 'NoSchedule'), t('node.kubernetes.io/unschedulable', 'NoSchedule'),
  ]);
  expect(controllerNoScheduleTaints(node)).toEqual([t('node.kubernetes.io/disk-pressure', 'NoSchedule')]);
});
