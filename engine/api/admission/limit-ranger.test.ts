import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { LimitRangeItem, Pod } from 'kubernetes-types/core/v1.js';
import { limitRanger } from './limit-ranger.ts';
import { defaultLimitRangeItem } from './limit-ranger/limit-range-defaults.ts';
import { staticView } from './support/static-view.ts';
import { attributes, asObject, container, limitRange, pod, pvc } from './testing/fixtures.ts';
import { AdmissionDenial } from './support/admission-denial.ts';

function admitAndValidate(items: LimitRangeItem[], p: Pod): Pod {
  const view = staticView({ limitRanges: [limitRange('limits', items.map(defaultLimitRangeItem))] });
  const attrs = attributes('pods', asObject(p));
  limitRanger.admit?.(attrs, view);
  limitRanger.validate?.(attrs, view);
  return attrs.object as Pod;
}

function rejection(items: LimitRangeItem[], p: Pod): string {
  try { admitAndValidate(items, p); return 'allowed'; } catch (e) { return e instanceof AdmissionDenial ? e.message : String(e); }
}

describe('LimitRange stored defaults', () => {
  it('defaults limit from max, request from limit, then from min', () => {
    expect(defaultLimitRangeItem({ type: 'Container', max: { cpu: '2' }, min: { memory: '64Mi' } }))
      .toEqual({ type: 'Container', max: { cpu: '2' }, min: { memory: '64Mi' }, default: { cpu: '2' }, defaultRequest: { cpu: '2', memory: '64Mi' } });
  });
  it('leaves Pod items alone', () => {
    expect(defaultLimitRangeItem({ type: 'Pod', max: { cpu: '2' } })).toEqual({ type: 'Pod', max: { cpu: '2' } });
  });
});

describe('LimitRanger admission', () => {
  const memDefaults: LimitRangeItem[] = [{ type: 'Container', default: { memory: '512Mi' }, defaultRequest: { memory: '256Mi' } }];

  it('defaults requests and limits and annotates the pod', () => {
    const out = admitAndValidate(memDefaults, pod('web', [container('app')], { initContainers: [container('init', { memory: '100Mi' })] }));
    expect(out.spec?.containers[0]?.resources).toEqual({ requests: { memory: '256Mi' }, limits: { memory: '512Mi' } });
    expect(out.metadata?.annotations?.['kubernetes.io/limit-ranger'])
      .toBe('LimitRanger plugin set: memory request for container app; memory limit for container app; memory limit for init container init');
  });

  it('joins several resource names in one part', () => {
    const out = admitAndValidate([{ type: 'Container', defaultRequest: { memory: '64Mi', cpu: '100m' } }], pod('web', [container('app')]));
    expect(out.metadata?.annotations?.['kubernetes.io/limit-ranger']).toBe('LimitRanger plugin set: cpu, memory request for container app');
  });

  it('adds no annotation when nothing is defaulted', () => {
    const out = admitAndValidate(memDefaults, pod('web', [container('app', { memory: '1Mi' }, { memory: '2Mi' })]));
    expect(out.metadata?.annotations).toBeUndefined();
  });

  const violations: Array<[string, LimitRangeItem[], Pod, string]> = [
    ['min without request (Pod type: no defaulting)', [{ type: 'Pod', min: { cpu: '100m' } }], pod('p', [container('c')]),
      'pods "p" is forbidden: minimum cpu usage per Pod is 100m.  No request is specified'],
    ['max without limit (Pod type)', [{ type: 'Pod', max: { memory: '1Gi' } }], pod('p', [container('c', { memory: '1Mi' })]),
      'pods "p" is forbidden: maximum memory usage per Pod is 1Gi.  No limit is specified'],
    ['min under request', [{ type: 'Container', min: { cpu: '100m' } }], pod('p', [container('c', { cpu: '50m' })]),
      'pods "p" is forbidden: minimum cpu usage per Container is 100m, but request is 50m'],
    ['max over limit', [{ type: 'Container', max: { memory: '1Gi' } }], pod('p', [container('c', { memory: '1Gi' }, { memory: '2Gi' })]),
      'pods "p" is forbidden: maximum memory usage per Container is 1Gi, but limit is 2Gi'],
    ['ratio', [{ type: 'Container', maxLimitRequestRatio: { cpu: '3' } }], pod('p', [container('c', { cpu: '300m' }, { cpu: '1' })]),
      'pods "p" is forbidden: cpu max limit to request ratio per Container is 3, but provided ratio is 3.333333'],
    ['ratio without limit', [{ type: 'Container', maxLimitRequestRatio: { cpu: '2' } }], pod('p', [container('c', { cpu: '300m' })]),
      'pods "p" is forbidden: cpu max limit to request ratio per Container is 2, but no limit is specified or limit is 0'],
    ['pod type sums containers', [{ type: 'Pod', max: { cpu: '1' } }], pod('p', [container('a', { cpu: '600m' }, { cpu: '600m' }), container('b', { cpu: '600m' }, { cpu: '600m' })]),
      'pods "p" is forbidden: maximum cpu usage per Pod is 1, but limit is 1200m'],
    ['several errors aggregate', [{ type: 'Container', min: { cpu: '100m', memory: '10Mi' } }], pod('p', [container('c', { cpu: '50m', memory: '1Mi' })]),
      'pods "p" is forbidden: [minimum cpu usage per Container is 100m, but request is 50m, minimum memory usage per Container is 10Mi, but request is 1Mi]'],
  ];
  for (const [name, items, p, message] of violations) {
    it(`refuses: ${name}`, () => expect(rejection(items, p)).toBe(message));
  }

  it('checks PVC min and max storage against the request', () => {
    const view = staticView({ limitRanges: [limitRange('storage', [{ type: 'PersistentVolumeClaim', min: { storage: '1Gi' }, max: { storage: '5Gi' } }])] });
    const big = attributes('persistentvolumeclaims', asObject(pvc('big', '10Gi')));
    expect(() => limitRanger.validate?.(big, view)).toThrow('persistentvolumeclaims "big" is forbidden: maximum storage usage per PersistentVolumeClaim is 5Gi, but request is 10Gi');
    const small = attributes('persistentvolumeclaims', asObject(pvc('small', '500Mi')));
    expect(() => limitRanger.validate?.(small, view)).toThrow('minimum storage usage per PersistentVolumeClaim is 1Gi, but request is 500Mi');
  });

  it('does not touch pod updates', () => {
    const view = staticView({ limitRanges: [limitRange('limits', [{ type: 'Container', min: { cpu: '1' } }])] });
    const attrs = attributes('pods', asObject(pod('p', [container('c')])), { operation: 'UPDATE' });
    expect(() => limitRanger.validate?.(attrs, view)).not.toThrow();
  });
});
