import { describe, it } from 'node:test';
import { expect } from 'expect';
import { planRollback } from './rollback.ts';
import { deployment, replicaSet } from './test-fixtures.ts';

describe('rollout undo (kubectl DeploymentRollbacker)', () => {
  const d = deployment('web', { image: 'nginx:1.28' });
  const v1 = replicaSet('web-1', { replicas: 0, revision: 1, image: 'nginx:1.27', annotations: { 'kubernetes.io/change-cause': 'first', 'deployment.kubernetes.io/desired-replicas': '1' } });
  const v2 = replicaSet('web-2', { replicas: 1, revision: 2, image: 'nginx:1.28' });
  v1.spec!.template!.metadata!.labels = { app: 'web', 'pod-template-hash': 'abc' };
  v2.spec!.template!.metadata!.labels = { app: 'web' };
  it('default target is the previous revision; the patch drops the hash label and skipped annotations', () => {
    const out = planRollback(d, [v1, v2], 0);
    expect(out).toEqual({ kind: 'patch', patch: {
      metadata: { annotations: { 'kubernetes.io/change-cause': 'first' } },
      spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } } },
    } });
  });
  it('unknown revision', () => {
    expect(planRollback(d, [v1, v2], 7)).toEqual({ kind: 'error', message: 'unable to find specified revision 7 in history' });
  });
  it('no history', () => {
    expect(planRollback(d, [v2], 0)).toEqual({ kind: 'error', message: 'no rollout history found for deployment "web"' });
  });
  it('same template is skipped', () => {
    expect(planRollback(d, [v1, v2], 2)).toEqual({ kind: 'skipped', message: 'skipped rollback (current template already matches revision 2)' });
  });
  it('paused deployments are refused', () => {
    const paused = deployment('web', { paused: true });
    expect(planRollback(paused, [v1, v2], 0).kind).toBe('error');
  });
});
