// Tests fixture path resolution: inside paths resolve, escapes are refused (named cases + property).
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureReferences, resolveFixturePath, submissionReferences } from './fixture-path.ts';

const root = mkdtempSync(join(tmpdir(), 'kubespec-fixture-'));
mkdirSync(join(root, 'sub', 'k8s'), { recursive: true });
writeFileSync(join(root, 'sub', 'k8s', 'web.yaml'), 'kind: Deployment\n');
symlinkSync('/etc', join(root, 'sub', 'etc-link'));
const sub = join(root, 'sub');

const CASES: { name: string; path: string; ok: boolean }[] = [
  { name: 'placeholder path inside', path: '${submission}/k8s/web.yaml', ok: true },
  { name: 'placeholder as kubectl\'s shell splitting leaves it', path: '$submission/k8s/web.yaml', ok: true },
  { name: 'placeholder with dot-dot that climbs out', path: '$submission/../../etc/passwd', ok: false },
  { name: 'plain relative path inside', path: 'k8s/web.yaml', ok: true },
  { name: 'dot-dot that stays inside', path: 'k8s/../k8s/web.yaml', ok: true },
  { name: 'dot-dot that climbs out', path: '${submission}/../secret.yaml', ok: false },
  { name: 'absolute path', path: '/etc/passwd', ok: false },
  { name: 'symlink to outside', path: 'etc-link/passwd', ok: false },
];

for (const c of CASES) {
  test(`fixture path: ${c.name}`, () => {
    if (c.ok) expect(resolveFixturePath(sub, c.path).startsWith(sub)).toBe(true);
    else expect(() => resolveFixturePath(sub, c.path)).toThrow(/fixture path/);
  });
}

test('any path with more .. than segments before it is refused', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 4 }), fc.integer({ min: 1, max: 3 }), (segs, extra) => {
    const path = [...segs, ...Array(segs.length + extra).fill('..'), 'x.yaml'].join('/');
    expect(() => resolveFixturePath(sub, path)).toThrow(/leaves the submission/);
  }));
});

test('finds file paths in feature text: quoted manifests and kubectl -f arguments', () => {
  expect(fixtureReferences('When I apply the manifest "${submission}/b.yaml"\nAnd I run "kubectl apply -f k8s/web.yml"\n'
    + 'And I run "kubectl create --filename=x.json" and "not a path"'))
    .toEqual(['${submission}/b.yaml', 'k8s/web.yml', 'x.json']);
});

test('only the placeholder references name submission files; the instructor\'s own fixtures are not checked against it', () => {
  expect(submissionReferences('When I apply the manifest "${submission}/b.yaml"\nAnd I apply the manifest "fixtures/quota.yaml"\n'
    + 'And I run "kubectl apply -f ${submission}/k8s/web.yml -f fixtures/x.json"'))
    .toEqual(['${submission}/b.yaml', '${submission}/k8s/web.yml']);
});
