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

describe('expose errors and introspection', () => {
  it('wraps a pod without labels as kubectl does and keeps a declared UDP protocol', () => {
    h.create('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } });
    h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'bare', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    expect(h.run('kubectl expose pod bare --port=80')).toEqual({ exitCode: 1, stdout: '',
      stderr: 'error: couldn\'t retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed\n' });
    h.create('pods', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'dns', namespace: 'default', labels: { app: 'dns' } },
      spec: { containers: [{ name: 'c', image: 'coredns', ports: [{ containerPort: 53, protocol: 'UDP' }, { containerPort: 9153 }] }] } });
    expect(h.run('kubectl expose pod dns').stdout).toBe('service/dns exposed\n');
    expect(svc('dns')).toMatchObject({ spec: { ports: [{ name: 'port-1', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'port-2', port: 9153, protocol: 'TCP', targetPort: 9153 }] } });
  });
});

describe('describeServiceText', () => {
  it('prints NodePort, LoadBalancer Ingress with its ipMode and at most 3 endpoints', async () => {
    const { describeServiceText } = await import('./describe-service.ts');
    const text = describeServiceText({
      metadata: { name: 'lb', namespace: 'default' },
      spec: { type: 'LoadBalancer', selector: { app: 'lb' }, clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'], ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4'],
        ports: [{ port: 80, targetPort: 'http', protocol: 'TCP', nodePort: 30200 }], sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster' },
      status: { loadBalancer: { ingress: [{ ip: '172.18.255.200', ipMode: 'VIP' }] } },
    }, [{ addressType: 'IPv4', metadata: { name: 'lb-x' }, ports: [{ name: '', port: 8080 }],
      endpoints: ['10.244.1.2', '10.244.1.3', '10.244.2.2', '10.244.2.3', '10.244.2.4'].map((ip, i) => ({ addresses: [ip], conditions: { ready: i !== 4 } })) }]);
    expect(text).toBe([
      'Name:\tlb', 'Namespace:\tdefault', 'Labels:\t<none>', 'Annotations:\t<none>', 'Selector:\tapp=lb', 'Type:\tLoadBalancer',
      'IP Family Policy:\tSingleStack', 'IP Families:\tIPv4', 'IP:\t10.96.0.20', 'IPs:\t10.96.0.20', 'LoadBalancer Ingress:\t172.18.255.200 (VIP)',
      'Port:\t<unset>\t80/TCP', 'TargetPort:\thttp/TCP', 'NodePort:\t<unset>\t30200/TCP', 'Endpoints:\t10.244.1.2:8080,10.244.1.3:8080,10.244.2.2:8080 + 1 more...',
      'Session Affinity:\tNone', 'External Traffic Policy:\tCluster', 'Internal Traffic Policy:\tCluster', '',
    ].join('\n'));
  });
});
