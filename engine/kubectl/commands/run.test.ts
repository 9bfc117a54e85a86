import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

function harness(): KubectlHarness {
  const h = new KubectlHarness();
  h.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } });
  return h;
}

describe('kubectl run', () => {
  it('creates one pod labelled run=NAME with a container named NAME', () => {
    const h = harness();
    expect(h.run('run web --image=nginx:1.27 --port=80')).toEqual({ stdout: 'pod/web created\n', stderr: '', exitCode: 0 });
    const pod = h.client.get<Pod>('pods', 'default', 'web');
    expect(pod.metadata?.labels).toEqual({ run: 'web' });
    expect(pod.spec?.restartPolicy).toBe('Always');
    expect(pod.spec?.containers.map((c) => [c.name, c.image, c.ports?.[0]?.containerPort])).toEqual([['web', 'nginx:1.27', 80]]);
  });

  it('takes --labels, --restart and the words after -- as args (or the command with --command)', () => {
    const h = harness();
    h.run("run job --image=busybox --restart=Never --labels=a=1,b=2 -- sh -c 'echo hi'");
    h.run('run cmd --image=busybox --command -- sleep 10');
    const job = h.client.get<Pod>('pods', 'default', 'job');
    expect([job.metadata?.labels, job.spec?.restartPolicy, job.spec?.containers[0]?.args]).toEqual([{ a: '1', b: '2' }, 'Never', ['sh', '-c', 'echo hi']]);
    expect(h.client.get<Pod>('pods', 'default', 'cmd').spec?.containers[0]?.command).toEqual(['sleep', '10']);
  });

  it('needs an image and a known restart policy', () => {
    const h = harness();
    expect(h.run('run web').stderr).toBe("error: --image is required\nSee 'kubectl run -h' for help and examples\n");
    expect(h.run('run web --image=x --restart=Sometimes').stderr).toBe('error: invalid restart policy: Sometimes\n');
    expect(h.run('run --image=x').stderr).toBe("error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n");
  });
});
