// The journal excerpt of a failure: up to the write of the failing revision, about the objects
// involved or what the scenario did, millisecond times, heartbeats left out.
import { test } from 'node:test';
import { expect } from 'expect';
import { Journal } from '../../engine/journal/journal.ts';
import { journalExcerpt } from './journal-excerpt.ts';

function journal(): Journal {
  let now = 0;
  const j = new Journal(() => now, 'x.feature:1');
  j.record({ component: 'kubelet/node-1', verb: 'update', kind: 'Lease', namespace: 'kube-node-lease', name: 'node-1', rv: '5' });
  j.record({ component: 'kubectl', verb: 'update', kind: 'Pod', namespace: 'default', name: 'web', rv: '6' });
  now = 1250;
  j.record({ component: 'endpoint-controller', verb: 'update', kind: 'Endpoints', namespace: 'default', name: 'web', rv: '7' });
  j.record({ component: 'kubespec', verb: 'step', message: 'the cluster settles' });
  j.record({ component: 'replicaset-controller', verb: 'event', kind: 'ReplicaSet', namespace: 'default', name: 'api', reason: 'SuccessfulCreate', message: 'Created pod: api-1' });
  j.record({ component: 'endpoint-controller', verb: 'update', kind: 'Endpoints', namespace: 'default', name: 'web', rv: '9' });
  return j;
}

test('lines about the objects and the scenario\'s own writes, up to the failing revision', () => {
  expect(journalExcerpt(journal().entries(), { uptoRevision: 7, objects: ['Endpoints/default/web'] })).toEqual([
    '  2025-01-01T00:00:00.000Z kubectl update Pod/web rv=6',
    '  2025-01-01T00:00:01.250Z endpoint-controller update Endpoints/web rv=7',
  ]);
});

test('without relevant lines: the last lines before the moment, no heartbeats, no steps; the limit keeps the latest', () => {
  expect(journalExcerpt(journal().entries(), { objects: ['Pod/default/other'], from: 2, limit: 2 })).toEqual([
    '  2025-01-01T00:00:01.250Z replicaset-controller event ReplicaSet/api SuccessfulCreate Created pod: api-1',
    '  2025-01-01T00:00:01.250Z endpoint-controller update Endpoints/web rv=9',
  ]);
  expect(journalExcerpt(journal().entries(), { uptoRevision: 5 })).toEqual([]);
});
