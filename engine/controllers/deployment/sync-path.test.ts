import { describe, it } from 'node:test';
import { expect } from 'expect';
import { chooseSyncPath } from './sync-path.ts';
import { deployment, replicaSet } from './test-fixtures.ts';

describe('syncDeployment decision order', () => {
  const rs = (desired: number) => replicaSet('web-a', { replicas: 2, annotations: { 'deployment.kubernetes.io/desired-replicas': String(desired) } });
  const cases: [string, () => ReturnType<typeof chooseSyncPath>, string][] = [
    ['empty selector', () => { const d = deployment('web'); d.spec!.selector = {}; return chooseSyncPath(d, undefined, []); }, 'selecting-all'],
    ['being deleted', () => { const d = deployment('web'); d.metadata = { ...d.metadata, deletionTimestamp: 'x' }; return chooseSyncPath(d, undefined, []); }, 'status-only'],
    ['paused wins over scaling', () => chooseSyncPath(deployment('web', { replicas: 5, paused: true }), rs(2), []), 'paused-sync'],
    ['legacy rollback annotation', () => { const d = deployment('web'); d.metadata!.annotations = { 'deprecated.deployment.rollback.to': '1' }; return chooseSyncPath(d, undefined, []); }, 'rollback'],
    ['desired-replicas differs: scaling event', () => chooseSyncPath(deployment('web', { replicas: 5 }), rs(2), []), 'scale'],
    ['Recreate', () => chooseSyncPath(deployment('web', { replicas: 2, strategy: 'Recreate' }), rs(2), []), 'recreate'],
    ['RollingUpdate', () => chooseSyncPath(deployment('web', { replicas: 2 }), rs(2), []), 'rolling'],
  ];
  for (const [name, run, want] of cases) it(name, () => expect(run()).toBe(want));
});
