import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { KubectlHarness } from '../testing/kubectl-harness.ts';
import { containerNameFor } from './create-deployment.ts';

describe('kubectl create deployment', () => {
  it('creates a Deployment labelled app=NAME with one container per image', () => {
    const h = new KubectlHarness();
    expect(h.run('create deployment web --image=nginx:1.27 --replicas=3 --port=80')).toEqual({ stdout: 'deployment.apps/web created\n', stderr: '', exitCode: 0 });
    const d = h.client.get<Deployment>('deployments', 'default', 'web');
    expect([d.spec?.replicas, d.spec?.selector.matchLabels, d.spec?.template.metadata?.labels]).toEqual([3, { app: 'web' }, { app: 'web' }]);
    expect(d.spec?.template.spec?.containers.map((c) => [c.name, c.image, c.ports?.[0]?.containerPort])).toEqual([['nginx', 'nginx:1.27', 80]]);
  });

  it('needs --image', () => {
    expect(new KubectlHarness().run('create deployment web').stderr).toBe('error: required flag(s) "image" not set\n');
  });

  const names: Array<[string, string]> = [['nginx', 'nginx'], ['registry.k8s.io/pause:3.9', 'pause'], ['example.com/my_app@sha256:abc', 'my-app']];
  for (const [image, name] of names) it(`names the container for ${image} ${name}`, () => expect(containerNameFor(image)).toBe(name));
});
