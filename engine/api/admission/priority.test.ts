import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1.js';
import { priorityAdmission } from './priority.ts';
import { staticView } from './support/static-view.ts';
import { attributes, asObject, container, pod } from './testing/fixtures.ts';

const high: PriorityClass = { metadata: { name: 'high' }, value: 1000, preemptionPolicy: 'Never' };
const normal: PriorityClass = { metadata: { name: 'normal' }, value: 10, globalDefault: true };

function admit(p: Pod, classes: PriorityClass[]): Pod {
  const attrs = attributes('pods', asObject(p));
  priorityAdmission.admit?.(attrs, staticView({ priorityClasses: classes }));
  return attrs.object as Pod;
}

describe('Priority admission', () => {
  it('resolves a named class into priority and preemptionPolicy', () => {
    const out = admit(pod('a', [container('c')], { priorityClassName: 'high' }), [high]);
    expect([out.spec?.priority, out.spec?.preemptionPolicy]).toEqual([1000, 'Never']);
  });
  it('uses the global default class', () => {
    const out = admit(pod('a', [container('c')]), [high, normal]);
    expect([out.spec?.priorityClassName, out.spec?.priority]).toEqual(['normal', 10]);
  });
  it('uses priority 0 without a default class', () => {
    const out = admit(pod('a', [container('c')]), [high]);
    expect([out.spec?.priorityClassName, out.spec?.priority, out.spec?.preemptionPolicy]).toEqual([undefined, 0, 'PreemptLowerPriority']);
  });
  it('knows the system classes', () => {
    expect(admit(pod('a', [container('c')], { priorityClassName: 'system-node-critical' }), []).spec?.priority).toBe(2000001000);
  });
  it('refuses an unknown class', () => {
    expect(() => admit(pod('a', [container('c')], { priorityClassName: 'gold' }), [high]))
      .toThrow('pods "a" is forbidden: no PriorityClass with name gold was found');
  });
  it('refuses a conflicting integer priority', () => {
    expect(() => admit(pod('a', [container('c')], { priorityClassName: 'high', priority: 5 }), [high]))
      .toThrow('the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 1000 from the given PriorityClass name');
  });
  it('refuses a second global default', () => {
    const attrs = attributes('priorityclasses', asObject({ metadata: { name: 'other' }, value: 5, globalDefault: true }), { namespace: '', group: 'scheduling.k8s.io' });
    expect(() => priorityAdmission.validate?.(attrs, staticView({ priorityClasses: [normal] })))
      .toThrow('priorityclasses.scheduling.k8s.io "other" is forbidden: PriorityClass normal is already marked as default. Only one default can exist');
  });
});
