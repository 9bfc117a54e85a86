import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1.js';
import { classifyReferences } from './classify-references.ts';
import { attemptToDeleteItem, deleteOwnerRefPatch, orphanDependents, processDeletingDependentsItem, unblockedOwnerReferences } from './decide.ts';

const ref = (name: string, block = true): OwnerReference => ({ apiVersion: 'v1', kind: 'ReplicationController', name, uid: `uid-${name}`, controller: name === 'rc1', blockOwnerDeletion: block });
const owners: Record<string, { metadata: ObjectMeta }> = {
  alive: { metadata: { name: 'alive', uid: 'uid-alive' } },
  recreated: { metadata: { name: 'recreated', uid: 'uid-other' } },
  fg: { metadata: { name: 'fg', uid: 'uid-fg', deletionTimestamp: 'x', finalizers: ['foregroundDeletion'] } },
  bg: { metadata: { name: 'bg', uid: 'uid-bg', deletionTimestamp: 'x' } },
};
const lookup = (r: OwnerReference) => owners[r.name];
const item = (refs: OwnerReference[], extra: Partial<ObjectMeta> = {}, dependentsCount = 0) =>
  ({ metadata: { name: 'pod', uid: 'uid-pod', ownerReferences: refs, ...extra }, dependentsCount, hasDependentDeletingDependents: false });

describe('classifyReferences', () => {
  it('solid, dangling (absent or other UID), waiting (foreground deletion)', () => {
    const c = classifyReferences([ref('alive'), ref('gone'), ref('recreated'), ref('fg'), ref('bg')], lookup);
    expect([c.solid, c.dangling, c.waitingForDependentsDeletion].map((l) => l.map((r) => r.name))).toEqual([['alive', 'bg'], ['gone', 'recreated'], ['fg']]);
  });
});

describe('attemptToDeleteItem', () => {
  const cases: [string, ReturnType<typeof item>, unknown][] = [
    ['no owners: keep', item([]), { kind: 'none' }],
    ['only solid owners: keep', item([ref('alive')]), { kind: 'none' }],
    ['a solid owner and a dangling one: drop the dangling reference', item([ref('alive'), ref('gone')]), { kind: 'remove-owner-references', uids: ['uid-gone'] }],
    ['a solid owner and a waiting one (multiple owners conformance row): keep, drop the waiting ref', item([ref('alive'), ref('fg')]), { kind: 'remove-owner-references', uids: ['uid-fg'] }],
    ['all owners gone: delete in the background', item([ref('gone')]), { kind: 'delete', propagation: 'Background', unblockFirst: false }],
    ['waiting owner, item has dependents: delete in the foreground', item([ref('fg')], {}, 2), { kind: 'delete', propagation: 'Foreground', unblockFirst: false }],
    ['waiting owner, no dependents: background', item([ref('fg')]), { kind: 'delete', propagation: 'Background', unblockFirst: false }],
    ['own orphan finalizer is honoured', item([ref('gone')], { finalizers: ['orphan'] }), { kind: 'delete', propagation: 'Orphan', unblockFirst: false }],
    ['already being deleted: wait', item([ref('gone')], { deletionTimestamp: 'x' }), { kind: 'none' }],
  ];
  for (const [name, it_, want] of cases) it(name, () => expect(attemptToDeleteItem(it_, lookup)).toEqual(want));
});

describe('foreground and orphan owners', () => {
  const dep = (name: string, block: boolean) => ({ metadata: { name, uid: `uid-${name}`, ownerReferences: [{ ...ref('rc1', block) }] } });
  it('foreground owner waits for blocking dependents, then its finalizer goes', () => {
    expect(processDeletingDependentsItem('uid-rc1', [dep('a', true), dep('b', false)])).toEqual({ kind: 'attempt-to-delete', dependents: [dep('a', true)] });
    expect(processDeletingDependentsItem('uid-rc1', [dep('b', false)])).toEqual({ kind: 'remove-finalizer', finalizer: 'foregroundDeletion' });
  });
  it('orphan: remove the owner reference from each dependent, then the orphan finalizer', () => {
    const r = orphanDependents('uid-rc1', [dep('a', true)]);
    expect(r.patches.map((p) => p.patch)).toEqual([deleteOwnerRefPatch('uid-a', ['uid-rc1'])]);
    expect(r.removeFinalizer).toBe('orphan');
  });
  it('unblock clears blockOwnerDeletion', () => {
    expect(unblockedOwnerReferences([ref('x', true)])[0]?.blockOwnerDeletion).toBe(false);
  });
});
