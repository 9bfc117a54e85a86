import { describe, it } from 'node:test';
import { expect } from 'expect';
import { describeLimitRange, describeQuota } from './describe-policy-objects.ts';

describe('policy kubectl output', () => {
  it('describes a quota like kubectl', () => {
    expect(describeQuota({
      metadata: { name: 'compute-resources', namespace: 'spark-cluster' },
      spec: { hard: { pods: '10', 'requests.memory': '1Gi' } },
      status: { hard: { pods: '10', 'requests.memory': '1Gi' }, used: { pods: '2', 'requests.memory': '512Mi' } },
    })).toBe([
      'Name:            compute-resources',
      'Namespace:       spark-cluster',
      'Resource         Used   Hard',
      '--------         ----   ----',
      'pods             2      10',
      'requests.memory  512Mi  1Gi',
      '',
    ].join('\n'));
  });

  it('prints used in the format of hard, as kubectl does', () => {
    expect(describeQuota({
      metadata: { name: 'q', namespace: 'ns' },
      status: { hard: { memory: '1G' }, used: { memory: '512Mi' } },
    }).split('\n')[4]).toBe('memory      536870912  1G');
  });

  it('describes a LimitRange with - for unset values', () => {
    expect(describeLimitRange({
      metadata: { name: 'mem-limit-range', namespace: 'default-mem-example' },
      spec: { limits: [{ type: 'Container', default: { memory: '512Mi' }, defaultRequest: { memory: '256Mi' } }] },
    })).toBe([
      'Name:       mem-limit-range',
      'Namespace:  default-mem-example',
      'Type        Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio',
      '----        --------  ---  ---  ---------------  -------------  -----------------------',
      'Container   memory    -    -    256Mi            512Mi          -',
      '',
    ].join('\n'));
  });
});
