import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { mergeByKey, podControllerUIDIndex } from './pod-controller-index.ts';

const pod = (name: string, controllerUid?: string): Pod => ({
  metadata: { namespace: 'ns', name, ...(controllerUid ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: controllerUid, controller: true }] } : {}) },
});

test('a controlled pod is indexed under its controller UID, an orphan under its namespace', () => {
  expect(podControllerUIDIndex(pod('a', 'uid-1'))).toEqual(['uid-1']);
  expect(podControllerUIDIndex(pod('b'))).toEqual(['_ORPHAN_POD/ns']);
});

test('property: merging two key-ordered lists gives the key order of their union', () => {
  fc.assert(fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 20 }), fc.array(fc.boolean(), { maxLength: 20 }), (keys, sides) => {
    const sorted = [...keys].sort();
    const owned = sorted.filter((_, i) => sides[i] === true).map((k) => pod(k, 'u'));
    const orphans = sorted.filter((_, i) => sides[i] !== true).map((k) => pod(k));
    expect(mergeByKey(owned, orphans).map((p) => p.metadata?.name)).toEqual(sorted);
  }), { seed: 3 });
});
