import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Node, Pod } from 'kubernetes-types/core/v1.js';
import { findNodeRoles, nodeResourceBlock, podRequestsAndLimits, taintsBlock } from './describe-node.ts';
import { DESCRIBE_SETTINGS, tabwriteText } from '../printers/tabwriter.ts';

const pod = (name: string, requests: Record<string, string>, limits: Record<string, string> = {}): Pod => ({
  metadata: { name, namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' },
  spec: { containers: [{ name, resources: { requests, limits } }] },
});

describe('describe node', () => {
  it('finds roles from node-role labels and kubernetes.io/role, sorted', () => {
    expect(findNodeRoles({ 'node-role.kubernetes.io/worker': '', 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'edge', app: 'x' }))
      .toEqual(['control-plane', 'edge', 'worker']);
    expect(findNodeRoles(undefined)).toEqual([]);
  });

  it('prints taints sorted by effect then key, continuation lines starting with a tab', () => {
    expect(taintsBlock(undefined)).toBe('Taints:\t<none>\n');
    expect(taintsBlock([{ key: 'z', effect: 'NoSchedule' }, { key: 'gpu', value: 'true', effect: 'NoExecute' }, { key: 'a', effect: 'NoSchedule' }]))
      .toBe('Taints:\tgpu=true:NoExecute\n\ta:NoSchedule\n\tz:NoSchedule\n');
  });

  it('sums container requests and takes an init container when it is larger', () => {
    const p: Pod = { metadata: {}, spec: {
      initContainers: [{ name: 'init', resources: { requests: { cpu: '1' } } }],
      containers: [{ name: 'a', resources: { requests: { cpu: '200m', memory: '64Mi' } } }, { name: 'b', resources: { requests: { cpu: '300m', memory: '64Mi' } } }],
    } };
    const { reqs } = podRequestsAndLimits(p);
    expect(reqs.get('cpu')?.toString()).toBe('1');
    expect(reqs.get('memory')?.toString()).toBe('128Mi');
  });

  it('prints the pods table and allocated resources with truncated percentages of allocatable', () => {
    const node: Node = { metadata: { name: 'n' }, status: { allocatable: { cpu: '2', memory: '1Gi', 'ephemeral-storage': '10Gi' } } };
    const text = nodeResourceBlock(node, [pod('a', { cpu: '150m', memory: '100Mi' }, { cpu: '1' }), pod('b', { cpu: '1' })], 65_000);
    expect(tabwriteText(text, DESCRIBE_SETTINGS)).toBe([
      'Non-terminated Pods:  (2 in total)',
      '  Namespace           Name    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
      '  ---------           ----    ------------  ----------  ---------------  -------------  ---',
      '  default             a       150m (7%)     1 (50%)     100Mi (9%)       0 (0%)         65s',
      '  default             b       1 (50%)       0 (0%)      0 (0%)           0 (0%)         65s',
      'Allocated resources:',
      '  (Total limits may be over 100 percent, i.e., overcommitted.)',
      '  Resource           Requests     Limits',
      '  --------           --------     ------',
      '  cpu                1150m (57%)  1 (50%)',
      '  memory             100Mi (9%)   0 (0%)',
      '  ephemeral-storage  0 (0%)       0 (0%)',
      '',
    ].join('\n'));
  });
});
