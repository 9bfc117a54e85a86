import { describe, it } from 'node:test';
import { expect } from 'expect';
import { adoptPatch, decideClaim, releasePatch, type ControllerIdentity } from './controller-ref.ts';
import { pod } from './test-pods.ts';

const owner: ControllerIdentity = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'uid-web', namespace: 'default', deleting: false };
const selector = { matchLabels: { app: 'web' } };

describe('ClaimObject', () => {
  const cases: [string, Parameters<typeof pod>[1], ControllerIdentity, string][] = [
    ['owned and matching', { owner: 'web' }, owner, 'owned'],
    ['owned but relabelled: release', { owner: 'web', labels: { app: 'other' } }, owner, 'release'],
    ['owned, not matching, owner being deleted: ignore', { owner: 'web', labels: { app: 'other' } }, { ...owner, deleting: true }, 'ignore'],
    ['someone else\'s', { owner: 'other' }, owner, 'ignore'],
    ['orphan matching: adopt', {}, owner, 'adopt'],
    ['orphan not matching', { labels: { app: 'x' } }, owner, 'ignore'],
    ['orphan being deleted', { deleting: true }, owner, 'ignore'],
    ['orphan, owner being deleted', {}, { ...owner, deleting: true }, 'ignore'],
    ['orphan in another namespace', {}, { ...owner, namespace: 'prod' }, 'ignore'],
  ];
  for (const [name, opts, who, want] of cases) it(name, () => expect(decideClaim(who, selector, pod('p', opts)).kind).toBe(want));
  it('adopt and release patches', () => {
    expect(adoptPatch(owner, 'uid-p')).toEqual({ metadata: { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'uid-web', controller: true, blockOwnerDeletion: true }], uid: 'uid-p' } });
    expect(releasePatch(owner, 'uid-p')).toEqual({ metadata: { ownerReferences: [{ $patch: 'delete', uid: 'uid-web' }], uid: 'uid-p' } });
  });
});
