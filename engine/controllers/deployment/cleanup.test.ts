import { describe, it } from 'node:test';
import { expect } from 'expect';
import { replicaSetsToCleanUp } from './cleanup.ts';
import { deployment, replicaSet } from './test-fixtures.ts';

describe('cleanupDeployment selection', () => {
  const names = (rss: { metadata?: { name?: string } }[]) => rss.map((r) => r.metadata?.name);
  it('deletes the oldest revisions beyond the limit, only when scaled down and observed', () => {
    const d = deployment('web', { revisionHistoryLimit: 1 });
    const old = [
      replicaSet('r3', { replicas: 0, revision: 3 }),
      replicaSet('r1', { replicas: 0, revision: 1 }),
      replicaSet('r2', { replicas: 0, statusReplicas: 1, revision: 2 }),
      replicaSet('r4', { replicas: 0, revision: 4 }),
    ];
    // 4 old, limit 1 -> consider r1, r2, r3; r2 still has a pod
    expect(names(replicaSetsToCleanUp(d, old))).toEqual(['r1', 'r3']);
  });
  it('skips unobserved generations and RSes being deleted', () => {
    const d = deployment('web', { revisionHistoryLimit: 0 });
    const stale = replicaSet('r1', { replicas: 0, revision: 1, generation: 2, observedGeneration: 1 });
    const going = replicaSet('r2', { replicas: 0, revision: 2 });
    going.metadata = { ...going.metadata, deletionTimestamp: '2025-01-01T00:00:00Z' };
    expect(names(replicaSetsToCleanUp(d, [stale, going]))).toEqual([]);
  });
  it('no limit, no cleanup', () => {
    expect(replicaSetsToCleanUp(deployment('web'), [replicaSet('r1', { replicas: 0, revision: 1 })])).toEqual([]);
  });
});
