import { describe, it } from 'node:test';
import { expect } from 'expect';
import { namespaceLifecycle } from './namespace-lifecycle.ts';
import { staticView } from './support/static-view.ts';
import { AdmissionDenial } from './support/admission-denial.ts';
import type { DenialStatus } from './support/admission-denial.ts';
import { attributes, asObject, container, pod } from './testing/fixtures.ts';
import type { PolicyAttributes } from './support/attributes.ts';

const view = staticView({ namespaces: [
  { metadata: { name: 'default' }, status: { phase: 'Active' } },
  { metadata: { name: 'going' }, status: { phase: 'Terminating' } },
] });

function statusOf(attrs: PolicyAttributes): DenialStatus | 'allowed' {
  try { namespaceLifecycle.admit?.(attrs, view); return 'allowed'; } catch (e) { if (e instanceof AdmissionDenial) return e.status; throw e; }
}

describe('NamespaceLifecycle', () => {
  it('refuses new content in a Terminating namespace with the NamespaceTerminating cause', () => {
    const p = { ...pod('', [container('c')], {}, 'going'), metadata: { generateName: 'web-5d8f9b7c6-', namespace: 'going' } };
    expect(statusOf(attributes('pods', asObject(p)))).toEqual({
      reason: 'Forbidden', code: 403,
      message: 'pods "web-5d8f9b7c6-" is forbidden: unable to create new content in namespace going because it is being terminated',
      details: { name: 'web-5d8f9b7c6-', kind: 'pods', causes: [{ type: 'NamespaceTerminating', message: 'namespace going is being terminated', field: 'metadata.namespace' }] },
    });
  });

  it('allows updates and deletes in a Terminating namespace', () => {
    expect(statusOf(attributes('pods', asObject(pod('a', [], {}, 'going')), { operation: 'UPDATE' }))).toBe('allowed');
    expect(statusOf(attributes('pods', undefined, { operation: 'DELETE', namespace: 'going', name: 'a' }))).toBe('allowed');
  });

  it('answers NotFound for a missing namespace', () => {
    const s = statusOf(attributes('pods', asObject(pod('a', [], {}, 'nowhere'))));
    expect(s !== 'allowed' && [s.code, s.message]).toEqual([404, 'namespaces "nowhere" not found']);
  });

  const immortal: Array<[string, boolean]> = [['default', false], ['kube-system', false], ['kube-public', false], ['spark-cluster', true]];
  for (const [name, allowed] of immortal) {
    it(`deleting namespace ${name} is ${allowed ? 'allowed' : 'forbidden'}`, () => {
      const s = statusOf(attributes('namespaces', undefined, { operation: 'DELETE', namespace: '', name }));
      expect(s === 'allowed' ? 'allowed' : s.message).toBe(allowed ? 'allowed' : `namespaces "${name}" is forbidden: this namespace may not be deleted`);
    });
  }

  it('ignores cluster-scoped objects', () => {
    expect(statusOf(attributes('nodes', asObject({ metadata: { name: 'n1' } }), { namespace: '' }))).toBe('allowed');
  });
});
