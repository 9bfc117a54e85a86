import { describe, it } from 'node:test';
import { expect } from 'expect';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

function harness(...names: string[]): KubectlHarness {
  const h = new KubectlHarness();
  for (const name of names) {
    h.create('replicationcontrollers', { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name, namespace: 'default' },
      spec: { replicas: 1, selector: { app: name }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
  }
  return h;
}
const names = (stdout: string): string[] => [...stdout.matchAll(/^Name:\s+(\S+)$/gm)].map((m) => m[1] ?? '');

describe('kubectl describe TYPE [NAME...] (DescribeOptions.Run, DescribeMatchingResources)', () => {
  it('without a name describes every object of the type, separated by a blank line', () => {
    const out = harness('b', 'a').run('kubectl describe rc');
    expect(names(out.stdout)).toEqual(['a', 'b']);
    expect(out.stdout).toContain('Events:            <none>\n\n\nName:         b\n');
  });

  it('says so on stderr when there is none, and succeeds', () => {
    expect(harness().run('kubectl describe rc')).toEqual({ exitCode: 0, stdout: '', stderr: 'No resources found in default namespace.\n' });
  });

  it('TYPE NAME with no such object describes the objects whose name starts with NAME', () => {
    const out = harness('web-1', 'web-2', 'api').run('kubectl describe rc web');
    expect({ code: out.exitCode, names: names(out.stdout) }).toEqual({ code: 0, names: ['web-1', 'web-2'] });
  });

  it('TYPE/NAME, or no match, is the API server\'s NotFound', () => {
    const h = harness('web-1');
    expect(h.run('kubectl describe rc/web')).toEqual({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): replicationcontrollers "web" not found\n' });
    expect(h.run('kubectl describe rc api')).toEqual({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): replicationcontrollers "api" not found\n' });
  });

  it('several names: the ones found are described, the others are errors', () => {
    const out = harness('a').run('kubectl describe rc a nope');
    expect({ code: out.exitCode, names: names(out.stdout), stderr: out.stderr })
      .toEqual({ code: 1, names: ['a'], stderr: 'Error from server (NotFound): replicationcontrollers "nope" not found\n' });
  });
});
