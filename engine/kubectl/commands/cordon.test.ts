import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Node } from 'kubernetes-types/core/v1.js';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

describe('kubectl cordon / uncordon', () => {
  it('sets and clears spec.unschedulable and says when nothing changed', () => {
    const h = new KubectlHarness();
    h.create('nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' } });
    expect(h.run('cordon node-1')).toEqual({ stdout: 'node/node-1 cordoned\n', stderr: '', exitCode: 0 });
    expect(h.client.get<Node>('nodes', '', 'node-1').spec?.unschedulable).toBe(true);
    expect(h.run('cordon node/node-1').stdout).toBe('node/node-1 already cordoned\n');
    expect(h.run('uncordon node-1').stdout).toBe('node/node-1 uncordoned\n');
    expect(h.client.get<Node>('nodes', '', 'node-1').spec?.unschedulable).toBeUndefined();
    expect(h.run('uncordon node-1').stdout).toBe('node/node-1 already uncordoned\n');
  });

  it('reports a missing node as the API server does', () => {
    expect(new KubectlHarness().run('cordon node-9')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): nodes "node-9" not found\n', exitCode: 1 });
  });
});
