import { describe, it } from 'node:test';
import { expect } from 'expect';
import { KubectlHarness } from '../testing/kubectl-harness.ts';
import { describeProbe, tolerationsBlock } from './describe-pod.ts';

describe('kubectl describe pod', () => {
  const probes: Array<[string, Record<string, unknown>, string]> = [
    ['http', { httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
      'http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3'],
    ['exec', { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 5, successThreshold: 1, failureThreshold: 3 },
      'exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3'],
    ['tcp', { tcpSocket: { port: 'http' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
      'tcp-socket :http delay=0s timeout=1s period=10s #success=1 #failure=3'],
  ];
  for (const [name, probe, text] of probes) it(`prints a ${name} probe as DescribeProbe does`, () => expect(describeProbe(probe)).toBe(text));

  it('prints tolerations sorted by key, op=Exists and for Ns', () => {
    expect(tolerationsBlock([{ key: 'b', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }, { key: 'a', value: 'x', effect: 'NoSchedule' }]))
      .toBe('Tolerations:\ta=x:NoSchedule\n\tb:NoExecute op=Exists for 300s\n');
    expect(tolerationsBlock([{ operator: 'Exists' }])).toBe('Tolerations:\top=Exists\n');
    expect(tolerationsBlock(undefined)).toBe('Tolerations:\t<none>\n');
  });

  it('describes a pending pod with no status and no events', () => {
    const h = new KubectlHarness();
    h.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } });
    h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
      spec: { automountServiceAccountToken: false, containers: [{ name: 'app', image: 'nginx', ports: [{ containerPort: 80 }] }] } });
    expect(h.run('describe pod web').stdout).toBe([
      'Name:             web',
      'Namespace:        default',
      'Priority:         0',
      'Service Account:  default',
      'Node:             <none>',
      'Labels:           app=web',
      'Annotations:      <none>',
      'Status:           Pending',
      'IP:               ',
      'IPs:              <none>',
      'Containers:',
      '  app:',
      '    Image:        nginx',
      '    Port:         80/TCP',
      '    Host Port:    0/TCP',
      '    Environment:  <none>',
      '    Mounts:       <none>',
      'Volumes:          <none>',
      'QoS Class:        BestEffort',
      'Node-Selectors:   <none>',
      'Tolerations:      node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
      '                  node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
      'Events:           <none>',
      '',
    ].join('\n'));
    expect(h.run('describe po ghost').stderr).toBe('Error from server (NotFound): pods "ghost" not found\n');
  });
});
