import { describe, it } from 'node:test';
import { expect } from 'expect';
import { KubectlHarness } from '../testing/kubectl-harness.ts';
import { formatLabels } from './describe-replication-controller.ts';

describe('kubectl describe replicationcontroller', () => {
  it('FormatLabels sorts by key and says <none> when empty', () => {
    expect([formatLabels({ b: '2', a: '1' }), formatLabels({}), formatLabels(undefined)]).toEqual(['a=1,b=2', '<none>', '<none>']);
  });

  it('prints the map selector, replicas, pod template and the ReplicaFailure condition', () => {
    const h = new KubectlHarness();
    const rc = h.create('replicationcontrollers', { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 3, selector: { app: 'web', tier: 'fe' }, template: { metadata: { labels: { app: 'web', tier: 'fe' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } } });
    h.client.updateStatus('replicationcontrollers', { ...rc, status: { replicas: 2, conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'm' }] } });
    for (const rcWord of ['rc web', 'replicationcontroller/web', 'replicationcontrollers web']) {
      expect(h.run(`kubectl describe ${rcWord}`)).toEqual({ exitCode: 0, stderr: '', stdout: [
        'Name:         web',
        'Namespace:    default',
        'Selector:     app=web,tier=fe',
        'Labels:       app=web',
        '              tier=fe',
        'Annotations:  <none>',
        'Replicas:     2 current / 3 desired',
        'Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed',
        'Pod Template:',
        '  Labels:  app=web',
        '           tier=fe',
        '  Containers:',
        '   web:',
        '    Image:         nginx',
        '    Port:          <none>',
        '    Host Port:     <none>',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Conditions:',
        '  Type             Status  Reason',
        '  ----             ------  ------',
        '  ReplicaFailure   True    FailedCreate',
        'Events:            <none>',
        ''].join('\n') });
    }
  });

  it('a missing one is the API server\'s NotFound', () => {
    expect(new KubectlHarness().run('kubectl describe rc nope')).toEqual({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): replicationcontrollers "nope" not found\n' });
  });
});
