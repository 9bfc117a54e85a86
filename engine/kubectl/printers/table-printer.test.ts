// Golden tables as kubectl 1.32 prints them (columns from pkg/printers/internalversion/printers.go,
// alignment from tabwriter minwidth 6 / padding 3).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { KubeObjectLike } from './object-like.ts';
import { printTable } from './table-printer.ts';

const NOW_MS = 10 * 60_000; // 00:10:00 virtual
const created = '2025-01-01T00:05:00Z'; // AGE 5m

const pod = (name: string, node: string, ip: string, labels: Record<string, string> = { app: 'web' }): KubeObjectLike => ({
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name, namespace: 'default', creationTimestamp: created, labels },
  spec: { nodeName: node, containers: [{ name: 'web', image: 'nginx' }] },
  status: { phase: 'Running', podIPs: [{ ip }], containerStatuses: [{ name: 'web', ready: true, restartCount: 0, image: 'nginx', imageID: '', state: { running: {} } }] },
});

const pods = [pod('web-7d9f-x2k7q', 'node-1', '10.244.1.5'), pod('web-7d9f-b8m4z', 'node-2', '10.244.2.7')];

const deployment: KubeObjectLike = {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', creationTimestamp: created },
  spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } } },
  status: { replicas: 3, readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
};

describe('printTable', () => {
  it('pods', () => {
    expect(printTable(pods, 'Pod', { nowMs: NOW_MS })).toBe([
      'NAME             READY   STATUS    RESTARTS   AGE',
      'web-7d9f-x2k7q   1/1     Running   0          5m',
      'web-7d9f-b8m4z   1/1     Running   0          5m',
      '',
    ].join('\n'));
  });

  it('pods -o wide', () => {
    expect(printTable(pods.slice(0, 1), 'Pod', { nowMs: NOW_MS, wide: true })).toBe([
      'NAME             READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES',
      'web-7d9f-x2k7q   1/1     Running   0          5m    10.244.1.5   node-1   <none>           <none>',
      '',
    ].join('\n'));
  });

  it('pods -A --show-labels', () => {
    expect(printTable(pods.slice(0, 1), 'Pod', { nowMs: NOW_MS, withNamespace: true, showLabels: true })).toBe([
      'NAMESPACE   NAME             READY   STATUS    RESTARTS   AGE   LABELS',
      'default     web-7d9f-x2k7q   1/1     Running   0          5m    app=web',
      '',
    ].join('\n'));
  });

  it('pods -L app', () => {
    expect(printTable([pod('a', 'n', '1.2.3.4', {})], 'Pod', { nowMs: NOW_MS, labelColumns: ['app'] })).toBe([
      'NAME   READY   STATUS    RESTARTS   AGE   APP',
      'a      1/1     Running   0          5m    ',
      '',
    ].join('\n'));
  });

  it('deployments', () => {
    expect(printTable([deployment], 'Deployment', { nowMs: NOW_MS })).toBe([
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE',
      'web    2/3     3            2           5m',
      '',
    ].join('\n'));
  });

  it('deployments -o wide with kind prefix', () => {
    expect(printTable([deployment], 'Deployment', { nowMs: NOW_MS, wide: true, withKind: true })).toBe([
      'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR',
      'deployment.apps/web   2/3     3            2           5m    web          nginx:1.25   app=web',
      '',
    ].join('\n'));
  });

  it('services', () => {
    const svc: KubeObjectLike = {
      apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' },
      spec: { type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP', targetPort: 6443 }] },
    };
    const np: KubeObjectLike = {
      apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default', creationTimestamp: created },
      spec: { type: 'NodePort', clusterIPs: ['10.96.12.34'], selector: { app: 'web' }, ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }] },
    };
    expect(printTable([svc, np], 'Service', { nowMs: NOW_MS })).toBe([
      'NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE',
      'kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        10m',
      'web          NodePort    10.96.12.34   <none>        80:30080/TCP   5m',
      '',
    ].join('\n'));
  });

  it('nodes', () => {
    const node = (name: string, ready: string, labels: Record<string, string>): KubeObjectLike => ({
      apiVersion: 'v1', kind: 'Node', metadata: { name, creationTimestamp: '2025-01-01T00:00:00Z', labels },
      spec: name === 'node-3' ? { unschedulable: true } : {},
      status: { conditions: [{ type: 'Ready', status: ready }], nodeInfo: { kubeletVersion: 'v1.33.0' } },
    });
    expect(printTable([node('node-1', 'True', { 'node-role.kubernetes.io/control-plane': '' }), node('node-2', 'Unknown', {}), node('node-3', 'True', {})], 'Node', { nowMs: NOW_MS })).toBe([
      'NAME     STATUS                     ROLES           AGE   VERSION',
      'node-1   Ready                      control-plane   10m   v1.33.0',
      'node-2   NotReady                   <none>          10m   v1.33.0',
      'node-3   Ready,SchedulingDisabled   <none>          10m   v1.33.0',
      '',
    ].join('\n'));
  });

  it('events, first line of the message only', () => {
    const ev: KubeObjectLike = {
      apiVersion: 'v1', kind: 'Event', metadata: { name: 'web.1', namespace: 'default' },
      involvedObject: { kind: 'Pod', name: 'web-x', namespace: 'default' }, reason: 'Scheduled', type: 'Normal',
      message: 'Successfully assigned default/web-x to node-1\nsecond line', firstTimestamp: '2025-01-01T00:09:30Z',
      lastTimestamp: '2025-01-01T00:09:30Z', count: 1, source: { component: 'default-scheduler' },
    };
    expect(printTable([ev], 'Event', { nowMs: NOW_MS })).toBe([
      'LAST SEEN   TYPE     REASON      OBJECT      MESSAGE',
      '30s         Normal   Scheduled   pod/web-x   Successfully assigned default/web-x to node-1...',
      '',
    ].join('\n'));
  });

  it('jobs and cronjobs', () => {
    const job: KubeObjectLike = {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi', creationTimestamp: created },
      spec: { completions: 1, template: { spec: { containers: [] } } },
      status: { succeeded: 1, startTime: created, completionTime: '2025-01-01T00:05:12Z', conditions: [{ type: 'Complete', status: 'True' }] },
    };
    expect(printTable([job], 'Job', { nowMs: NOW_MS })).toBe('NAME   STATUS     COMPLETIONS   DURATION   AGE\npi     Complete   1/1           12s        5m\n');
    const cj: KubeObjectLike = {
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hello', creationTimestamp: created },
      spec: { schedule: '*/1 * * * *', suspend: false, jobTemplate: { spec: { template: { spec: { containers: [] } } } } },
    };
    expect(printTable([cj], 'CronJob', { nowMs: NOW_MS })).toBe(
      'NAME    SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\nhello   */1 * * * *   <none>     False     0        <none>          5m\n');
  });

  it('a kind without its own columns prints NAME AGE', () => {
    expect(printTable([{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', creationTimestamp: created } }], 'Widget', { nowMs: NOW_MS }))
      .toBe('NAME   AGE\nw      5m\n');
  });

  it('no headers', () => {
    expect(printTable([deployment], 'Deployment', { nowMs: NOW_MS, noHeaders: true })).toBe('web   2/3   3     2     5m\n');
  });
});
