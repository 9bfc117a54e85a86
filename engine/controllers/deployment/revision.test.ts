import { describe, it } from 'node:test';
import { expect } from 'expect';
import { appendRevisionHistory, lastRevision, maxRevision, setDeploymentRevision, setNewReplicaSetAnnotations } from './revision.ts';
import { deployment, replicaSet } from './test-fixtures.ts';

describe('revisions', () => {
  const rss = [replicaSet('a', { replicas: 0, revision: 1 }), replicaSet('b', { replicas: 0, revision: 4 }), replicaSet('c', { replicas: 1, revision: 2 }), replicaSet('d', { replicas: 0, annotations: { 'deployment.kubernetes.io/revision': 'x' } })];
  it('MaxRevision and LastRevision skip unparsable values', () => {
    expect([maxRevision(rss), lastRevision(rss)]).toEqual([4n, 2n]);
  });
  it('new RS: copies annotations except the skip list, sets revision and replica annotations', () => {
    const d = deployment('web', { replicas: 10 });
    d.metadata!.annotations = {
      team: 'a', 'kubectl.kubernetes.io/last-applied-configuration': '{}', 'deployment.kubernetes.io/revision': '9',
      'deprecated.deployment.rollback.to': '1', 'kubernetes.io/change-cause': 'kubectl set image',
    };
    const rs = replicaSet('web-x', { replicas: 0 });
    expect(setNewReplicaSetAnnotations(d, rs, 5n, false, 3)).toBe(true);
    expect(rs.metadata?.annotations).toEqual({
      team: 'a', 'kubernetes.io/change-cause': 'kubectl set image', 'deployment.kubernetes.io/revision': '5',
      'deployment.kubernetes.io/desired-replicas': '10', 'deployment.kubernetes.io/max-replicas': '13',
    });
  });
  it('an old RS that becomes new again keeps its old revision in revision-history', () => {
    const rs = replicaSet('web-x', { replicas: 0, revision: 2, annotations: { 'deployment.kubernetes.io/revision-history': '1' } });
    setNewReplicaSetAnnotations(deployment('web'), rs, 5n, true, 1);
    expect(rs.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('5');
    expect(rs.metadata?.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1,2');
  });
  it('a higher existing revision is left alone and reports no change', () => {
    const rs = replicaSet('web-x', { replicas: 0, revision: 7 });
    expect(setNewReplicaSetAnnotations(deployment('web'), rs, 5n, true, 1)).toBe(false);
  });
  it('revision-history drops the oldest entries past the character limit', () => {
    expect(appendRevisionHistory('1,2,3', '4', 6)).toBe('2,3,4');
    expect(appendRevisionHistory(undefined, '4')).toBe('4');
    expect(appendRevisionHistory('1', '12345', 3)).toBeUndefined();
  });
  it('SetDeploymentRevision reports whether it changed anything', () => {
    const d = deployment('web');
    expect([setDeploymentRevision(d, '3'), setDeploymentRevision(d, '3')]).toEqual([true, false]);
  });
});

describe('int64 revisions', () => {
  it('a revision past 2^53 is incremented exactly (the RollingUpdateDeployment e2e uses one)', () => {
    const rs = replicaSet('web-x', { replicas: 0 });
    setNewReplicaSetAnnotations(deployment('web'), rs, maxRevision([replicaSet('old', { replicas: 1, annotations: { 'deployment.kubernetes.io/revision': '3546343826724305832' } })]) + 1n, false, 1);
    expect(rs.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('3546343826724305833');
  });
});
