import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { planRollback } from './rollout-plan.ts';

const template = (image: string) => ({ metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image }] } });
const deployment = (name: string, o: { image?: string; paused?: boolean } = {}): Deployment => ({
  metadata: { name }, spec: { selector: { matchLabels: { app: 'web' } }, template: template(o.image ?? 'nginx:1.27'), ...(o.paused ? { paused: true } : {}) },
});
const replicaSet = (name: string, o: { replicas: number; revision: number; image: string; annotations?: Record<string, string> }): ReplicaSet => ({
  metadata: { name, annotations: { ...(o.annotations ?? {}), 'deployment.kubernetes.io/revision': String(o.revision) } },
  spec: { replicas: o.replicas, selector: { matchLabels: { app: 'web' } }, template: template(o.image) },
});

describe('rollout undo (kubectl DeploymentRollbacker)', () => {
  const d = deployment('web', { image: 'nginx:1.28' });
  const v1 = replicaSet('web-1', { replicas: 0, revision: 1, image: 'nginx:1.27', annotations: { 'kubernetes.io/change-cause': 'first', 'deployment.kubernetes.io/desired-replicas': '1' } });
  const v2 = replicaSet('web-2', { replicas: 1, revision: 2, image: 'nginx:1.28' });
  v1.spec!.template!.metadata!.labels = { app: 'web', 'pod-template-hash': 'abc' };
  v2.spec!.template!.metadata!.labels = { app: 'web' };
  it('default target is the previous revision; the patch drops the hash label and skipped annotations', () => {
    const out = planRollback(d, [v1, v2], 0);
    expect(out).toEqual({ kind: 'patch', patch: [
      { op: 'replace', path: '/spec/template', value: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } } },
      { op: 'replace', path: '/metadata/annotations', value: { 'kubernetes.io/change-cause': 'first' } },
    ] });
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
  it('paused deployments are refused, after the revision is found', () => {
    const paused = deployment('web', { paused: true });
    expect(planRollback(paused, [v1, v2], 0)).toEqual({ kind: 'error', message: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" });
    expect(planRollback(paused, [v1, v2], 9)).toEqual({ kind: 'error', message: 'unable to find specified revision 9 in history' });
    expect(planRollback(paused, [v2], 0)).toEqual({ kind: 'error', message: 'no rollout history found for deployment "web"' });
  });
  it('a negative revision is never found', () => {
    expect(planRollback(d, [v1, v2], -1)).toEqual({ kind: 'error', message: 'unable to find specified revision -1 in history' });
  });
});
