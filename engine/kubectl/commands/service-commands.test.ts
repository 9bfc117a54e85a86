// expose, create service and describe service over a bare API server: exact output and errors.
import { beforeEach, describe, it } from 'node:test';
import { expect } from 'expect';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

let h: KubectlHarness;
const deployment = {
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
  spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 8080 }] }] } } },
};
const svc = (name: string): Record<string, unknown> => h.run(`kubectl get svc ${name} -o json`).stdout ? JSON.parse(h.run(`kubectl get svc ${name} -o json`).stdout) as Record<string, unknown> : {};

beforeEach(() => { h = new KubectlHarness(); });

describe('kubectl expose', () => {
  it('creates a Service selecting the deployment\'s matchLabels with the object\'s labels', () => {
    h.create('deployments', deployment);
    expect(h.run('kubectl expose deployment web --port=80 --target-port=8080')).toEqual({ exitCode: 0, stderr: '', stdout: 'service/web exposed\n' });
    expect(svc('web')).toMatchObject({ metadata: { labels: { app: 'web' } }, spec: { selector: { app: 'web' }, type: 'ClusterIP', ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }] } });
  });

  it('takes the port from the containers when --port is absent, and honours --name and --type', () => {
    h.create('deployments', deployment);
    expect(h.run('kubectl expose deploy/web --name=web-np --type=NodePort').stdout).toBe('service/web-np exposed\n');
    expect(svc('web-np')).toMatchObject({ spec: { type: 'NodePort', ports: [{ port: 8080, targetPort: 8080 }] } });
  });

  it('reports a missing object as the API server\'s NotFound', () => {
    expect(h.run('kubectl expose deployment nope --port=80')).toEqual({ exitCode: 1, stdout: '', stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n' });
  });
});

describe('kubectl create service', () => {
  it('names ports after --tcp and selects app=NAME', () => {
    expect(h.run('kubectl create service nodeport web --tcp=80:8080 --node-port=30123')).toEqual({ exitCode: 0, stderr: '', stdout: 'service/web created\n' });
    expect(svc('web')).toMatchObject({ metadata: { labels: { app: 'web' } }, spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ name: '80-8080', port: 80, targetPort: 8080, nodePort: 30123 }] } });
  });

  it('refuses a missing --tcp and a headless non-ClusterIP as kubectl does', () => {
    expect(h.run('kubectl create service clusterip web')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: at least one tcp port specifier must be provided\n' });
    expect(h.run('kubectl create service externalname db --external-name db.example.com').stdout).toBe('service/db created\n');
  });
});

describe('kubectl describe service', () => {
  it('prints kubectl 1.32\'s layout', () => {
    h.run('kubectl create service clusterip web --tcp=80:8080');
    const ip = (svc('web') as { spec: { clusterIP: string } }).spec.clusterIP;
    expect(h.run('kubectl describe service web')).toEqual({ exitCode: 0, stderr: '', stdout: [
      'Name:                     web',
      'Namespace:                default',
      'Labels:                   app=web',
      'Annotations:              <none>',
      'Selector:                 app=web',
      'Type:                     ClusterIP',
      'IP Family Policy:         SingleStack',
      'IP Families:              IPv4',
      `IP:                       ${ip}`,
      `IPs:                      ${ip}`,
      'Port:                     80-8080  80/TCP',
      'TargetPort:               8080/TCP',
      'Endpoints:                <none>',
      'Session Affinity:         None',
      'Internal Traffic Policy:  Cluster',
      'Events:                   <none>',
      '',
    ].join('\n') });
  });
});
