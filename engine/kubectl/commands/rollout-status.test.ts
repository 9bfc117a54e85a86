import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import { historyTable } from './rollout-history.ts';
import { splitTypeName } from './rollout-args.ts';
import { deploymentRolloutStatus } from './rollout-status.ts';

const d = (status: Deployment['status'], generation = 1, replicas = 4): Deployment =>
  ({ metadata: { name: 'web', generation }, spec: { replicas, selector: {}, template: {} }, status: { observedGeneration: 1, ...status } });

describe('rollout status messages (DeploymentStatusViewer.Status)', () => {
  const cases: [string, Deployment, ReturnType<typeof deploymentRolloutStatus>][] = [
    ['spec not yet observed', d({}, 2), { text: 'Waiting for deployment spec update to be observed...\n', done: false }],
    ['new replicas being updated', d({ updatedReplicas: 1, replicas: 4 }), { text: 'Waiting for deployment "web" rollout to finish: 1 out of 4 new replicas have been updated...\n', done: false }],
    ['old replicas pending termination', d({ updatedReplicas: 4, replicas: 5 }), { text: 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n', done: false }],
    ['updated replicas becoming available', d({ updatedReplicas: 4, replicas: 4, availableReplicas: 3 }), { text: 'Waiting for deployment "web" rollout to finish: 3 of 4 updated replicas are available...\n', done: false }],
    ['rolled out', d({ updatedReplicas: 4, replicas: 4, availableReplicas: 4 }), { text: 'deployment "web" successfully rolled out\n', done: true }],
    ['progress deadline exceeded', d({ conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] }), { error: 'error: deployment "web" exceeded its progress deadline' }],
  ];
  for (const [name, dep, want] of cases) it(name, () => expect(deploymentRolloutStatus(dep)).toEqual(want));
});

describe('rollout history table', () => {
  it('revisions in order with change-cause or <none>, aligned like tabwriter (padding 2)', () => {
    const rs = (rev: string, cause?: string): ReplicaSet => ({ metadata: { annotations: { 'deployment.kubernetes.io/revision': rev, ...(cause ? { 'kubernetes.io/change-cause': cause } : {}) } } });
    expect(historyTable([rs('10', 'kubectl set image'), rs('2')])).toBe('REVISION  CHANGE-CAUSE\n2         <none>\n10        kubectl set image\n');
  });
});

describe('workload arguments', () => {
  it('TYPE/NAME or TYPE NAME, then the remaining arguments', () => {
    expect(splitTypeName(['deployment/web', 'web=nginx'])).toEqual({ resource: 'deployment', name: 'web', rest: ['web=nginx'] });
    expect(splitTypeName(['deploy', 'web', 'web=nginx'])).toEqual({ resource: 'deploy', name: 'web', rest: ['web=nginx'] });
    expect(splitTypeName(['deploy'])).toEqual({ resource: 'deploy', name: undefined, rest: [] });
    expect(splitTypeName([])).toEqual({ resource: undefined, name: undefined, rest: [] });
  });
});
