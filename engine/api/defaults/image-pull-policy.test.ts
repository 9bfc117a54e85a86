// The imagePullPolicy default by image reference (tag, digest, registry port, unparseable), with a
// property over explicit tags.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { defaultImagePullPolicy, imageTag } from './image-pull-policy.ts';

describe('defaultImagePullPolicy (SetDefaults_Container + ParseImageName)', () => {
  const cases: Array<[string, string, 'Always' | 'IfNotPresent']> = [
    ['no tag means latest', 'nginx', 'Always'],
    ['explicit latest', 'nginx:latest', 'Always'],
    ['versioned tag', 'nginx:1.27', 'IfNotPresent'],
    ['registry with port, no tag', 'registry.local:5000/team/app', 'Always'],
    ['registry with port and tag', 'registry.local:5000/team/app:v2', 'IfNotPresent'],
    ['digest only', 'nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'IfNotPresent'],
    ['tag and digest', 'nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'Always'],
    ['unparseable (uppercase)', 'Nginx', 'IfNotPresent'],
    ['empty image', '', 'IfNotPresent'],
  ];
  for (const [name, image, want] of cases) it(name, () => expect(defaultImagePullPolicy(image)).toBe(want));
  it('any explicit non-latest tag gives IfNotPresent (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9]{1,8}(\/[a-z0-9]{1,8})?$/), fc.stringMatching(/^[a-zA-Z0-9_][\w.-]{0,10}$/), (repo, tag) => {
      fc.pre(tag !== 'latest');
      return imageTag(`${repo}:${tag}`) === tag && defaultImagePullPolicy(`${repo}:${tag}`) === 'IfNotPresent';
    }));
  });
});
