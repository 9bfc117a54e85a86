import { test } from 'node:test';
import { expect } from 'expect';
import { applyPatch } from './patch.ts';

const pod = { spec: { containers: [{ name: 'web', image: 'nginx:1', env: [{ name: 'A', value: '1' }] }, { name: 'side', image: 'busybox' }] } };

test('JSON merge patch replaces lists and deletes keys set to null', () => {
  expect(applyPatch(pod, 'merge', { spec: { containers: [{ name: 'web', image: 'nginx:2' }] } })).toEqual({ spec: { containers: [{ name: 'web', image: 'nginx:2' }] } });
  expect(applyPatch({ metadata: { labels: { a: '1', b: '2' } } }, 'merge', { metadata: { labels: { a: null } } })).toEqual({ metadata: { labels: { b: '2' } } });
});

test('strategic merge patch merges containers and env by name, and honours $patch: delete', () => {
  expect(applyPatch(pod, 'strategic', { spec: { containers: [{ name: 'web', image: 'nginx:2', env: [{ name: 'B', value: '2' }] }] } })).toEqual({
    spec: { containers: [{ name: 'web', image: 'nginx:2', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] }, { name: 'side', image: 'busybox' }] },
  });
  expect(applyPatch(pod, 'strategic', { spec: { containers: [{ name: 'side', $patch: 'delete' }] } })).toEqual({ spec: { containers: [pod.spec.containers[0]] } });
});

test('JSON patch applies RFC 6902 operations and reports bad paths', () => {
  expect(applyPatch({ spec: { replicas: 1 } }, 'json', [{ op: 'replace', path: '/spec/replicas', value: 3 }])).toEqual({ spec: { replicas: 3 } });
  expect(() => applyPatch({ spec: {} }, 'json', [{ op: 'remove', path: '/spec/missing' }])).toThrow(/the server rejected our request/);
});
