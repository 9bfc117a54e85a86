import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { KubeObject } from '../../apimachinery/object.ts';
import { resourceByPlural } from '../registry.ts';
import type { AdmissionAttributes, AdmissionPlugin, AdmissionReader } from './admission.ts';
import { AdmissionChain } from './admission-chain.ts';

const reader: AdmissionReader = { get: () => undefined, list: () => [], updateStatus: (_r, o) => o, nowMs: () => 0 };
const pods = resourceByPlural('pods')!;
const pod = (metadata: KubeObject['metadata']): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata });

/** Plugins that note which phase saw which attributes, in the order they ran. */
function recording(): { seen: string[]; attrs: AdmissionAttributes[]; plugins: AdmissionPlugin[] } {
  const seen: string[] = [];
  const attrs: AdmissionAttributes[] = [];
  const plugin = (name: string, phases: Array<'admit' | 'validate'>): AdmissionPlugin => {
    const p: AdmissionPlugin = { name };
    for (const phase of phases) p[phase] = (a) => { seen.push(`${name}.${phase}`); attrs.push(a); };
    return p;
  };
  return { seen, attrs, plugins: [plugin('A', ['admit', 'validate']), plugin('B', ['validate']), plugin('C', ['admit'])] };
}

describe('AdmissionChain', () => {
  it('runs only the mutating phase of each plugin in order on admit, and the validating one on validate', () => {
    const { seen, plugins } = recording();
    const chain = new AdmissionChain(plugins, reader);
    chain.admit('CREATE', pods, pod({ name: 'a', namespace: 'default' }), undefined, {});
    expect(seen).toEqual(['A.admit', 'C.admit']);
    chain.validate('CREATE', pods, pod({ name: 'a', namespace: 'default' }), undefined, {});
    expect(seen).toEqual(['A.admit', 'C.admit', 'A.validate', 'B.validate']);
  });

  it('gives every plugin of a phase the same attributes: the generateName when there is no name yet', () => {
    const { attrs, plugins } = recording();
    new AdmissionChain(plugins, reader).admit('CREATE', pods, pod({ generateName: 'web-', namespace: 'team' }), undefined, { dryRun: true });
    expect(attrs).toHaveLength(2);
    expect(attrs[0]).toBe(attrs[1]);
    expect(attrs[0]).toMatchObject({ operation: 'CREATE', name: 'web-', namespace: 'team', dryRun: true, subresource: undefined, oldObject: undefined });
  });

  it('takes the name and namespace of the old object on DELETE, which has no new one', () => {
    const { attrs, plugins } = recording();
    const old = pod({ name: 'a', namespace: 'team' });
    new AdmissionChain(plugins, reader).validate('DELETE', pods, undefined, old, { subresource: undefined });
    expect(attrs[0]).toMatchObject({ operation: 'DELETE', name: 'a', namespace: 'team', object: undefined, oldObject: old, dryRun: false });
  });

  it('passes the subresource of the request on, and a plugin that throws stops the phase there', () => {
    const { seen, attrs, plugins } = recording();
    const refusing: AdmissionPlugin = { name: 'R', validate: () => { throw new Error('refused'); } };
    const chain = new AdmissionChain([plugins[0]!, refusing, ...plugins.slice(1)], reader);
    expect(() => chain.validate('UPDATE', pods, pod({ name: 'a' }), pod({ name: 'a' }), { subresource: 'status' })).toThrow('refused');
    expect(seen).toEqual(['A.validate']);
    expect(attrs[0]?.subresource).toBe('status');
  });
});
