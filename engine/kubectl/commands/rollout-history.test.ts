import { describe, it } from 'node:test';
import { expect } from 'expect';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

const template = (image: string, hash: string) => ({
  metadata: { labels: { app: 'web', 'pod-template-hash': hash } },
  spec: { containers: [{ name: 'web', image }] },
});

function withHistory(): KubectlHarness {
  const h = new KubectlHarness();
  const d = h.create('deployments', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.28' }] } } } });
  const owner = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid ?? '', controller: true };
  const rs = (name: string, revision: string, image: string, hash: string, cause?: string) => h.create('replicasets', {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name, namespace: 'default', ownerReferences: [owner],
      annotations: { 'deployment.kubernetes.io/revision': revision, ...(cause ? { 'kubernetes.io/change-cause': cause } : {}) } },
    spec: { replicas: 0, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } }, template: template(image, hash) },
  });
  rs('web-aaa', '1', 'nginx:1.27', 'aaa');
  rs('web-bbb', '2', 'nginx:1.28', 'bbb', 'kubectl set image deployment/web web=nginx:1.28');
  return h;
}

describe('kubectl rollout history --revision (printTemplate on a bare PrefixWriter)', () => {
  it('prints the pod template of the revision with raw tabs, the change-cause as an annotation', () => {
    expect(withHistory().run('kubectl rollout history deployment/web --revision=2')).toEqual({ exitCode: 0, stderr: '', stdout: [
      'deployment.apps/web with revision #2',
      'Pod Template:',
      '  Labels:\tapp=web',
      '\tpod-template-hash=bbb',
      '  Annotations:\tkubernetes.io/change-cause: kubectl set image deployment/web web=nginx:1.28',
      '  Containers:',
      '   web:',
      '    Image:\tnginx:1.28',
      '    Port:\t<none>',
      '    Host Port:\t<none>',
      '    Environment:\t<none>',
      '    Mounts:\t<none>',
      '  Volumes:\t<none>',
      '  Node-Selectors:\t<none>',
      '  Tolerations:\t<none>',
      '', ''].join('\n') });
  });

  it('a revision without a change-cause has no Annotations line', () => {
    expect(withHistory().run('kubectl rollout history deployment/web --revision=1').stdout).not.toContain('Annotations');
  });

  it('refuses an unknown or negative revision with kubectl\'s words', () => {
    const h = withHistory();
    expect(h.run('kubectl rollout history deployment/web --revision=7')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: unable to find the specified revision\n' });
    expect(h.run('kubectl rollout history deployment/web --revision=-2')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: revision must be a positive integer: -2\n' });
  });
});

describe('rollout status|history|undo of a kind kubectl cannot roll out', () => {
  it('the object is looked up first, then kubectl says no viewer or rollbacker exists for its kind', () => {
    const h = withHistory();
    expect(h.run('kubectl rollout status rs/web-aaa').stderr).toBe('error: no status viewer has been implemented for ReplicaSet.apps\n');
    expect(h.run('kubectl rollout history replicaset web-aaa').stderr).toBe('error: no history viewer has been implemented for "ReplicaSet.apps"\n');
    expect(h.run('kubectl rollout undo rs/web-aaa').stderr).toBe('error: no rollbacker has been implemented for "ReplicaSet.apps"\n');
    expect(h.run('kubectl rollout undo rs/nope')).toEqual({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): replicasets.apps "nope" not found\n' });
    h.create('replicationcontrollers', { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'rc', namespace: 'default' },
      spec: { selector: { app: 'rc' }, template: { metadata: { labels: { app: 'rc' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } });
    expect(h.run('kubectl rollout status rc rc').stderr).toBe('error: no status viewer has been implemented for ReplicationController\n');
  });
});
