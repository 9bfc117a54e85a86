// rollout, set, describe and create namespace|configmap|secret over a bare API server: every flag
// and argument spelling they read (-n, TYPE/NAME and TYPE NAME, --timeout, --watch/-w,
// --revision, --to-revision, -c/--containers, --limits/--requests, --from-literal/--from-file,
// --type) with exact output and kubectl's errors.
import { beforeEach, describe, it } from 'node:test';
import { expect } from 'expect';
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1.js';
import { formatTimestamp } from '../../clock/timestamp.ts';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

let h: KubectlHarness;
const deployment = (namespace: string) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace },
  spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }, { name: 'log', image: 'busybox' }] } } },
});
const get = (namespace: string): Deployment => h.client.get<Deployment>('deployments', namespace, 'web');
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, stdout = '') => ({ stdout, stderr, exitCode: 1 });

beforeEach(() => {
  h = new KubectlHarness();
  h.create('deployments', deployment('default'));
  h.create('deployments', deployment('other'));
});

describe('kubectl rollout pause|resume|restart', () => {
  it('pause and resume by TYPE/NAME and TYPE NAME, in the namespace of -n', () => {
    expect(h.run('kubectl rollout pause deployment/web -n other')).toEqual(ok('deployment.apps/web paused\n'));
    expect(get('other').spec?.paused).toBe(true);
    expect(get('default').spec?.paused).toBeUndefined();
    expect(h.run('kubectl rollout pause deploy web --namespace=other')).toEqual(fail('error: deployments.apps "web" is already paused\n'));
    expect(h.run('kubectl rollout resume deployments.apps web -nother')).toEqual(ok('deployment.apps/web resumed\n'));
    expect(h.run('kubectl rollout resume deployment/web -n other')).toEqual(fail('error: deployments.apps "web" is not paused\n'));
  });

  it('restart stamps the template with the virtual now, and refuses a paused deployment', () => {
    h.clock.advance(90_000);
    expect(h.run('kubectl rollout restart deployment web')).toEqual(ok('deployment.apps/web restarted\n'));
    expect(get('default').spec?.template.metadata?.annotations).toEqual({ 'kubectl.kubernetes.io/restartedAt': formatTimestamp(90_000) });
    h.run('kubectl rollout pause deployment/web');
    expect(h.run('kubectl rollout restart deployment/web')).toEqual(fail('error: deployments.apps "web" can\'t restart paused deployment (run rollout resume first)\n'));
  });

  it('refuses a missing resource, a missing name and a kind other than deployments', () => {
    expect(h.run('kubectl rollout restart')).toEqual(fail('error: required resource not specified\n'));
    expect(h.run('kubectl rollout pause deployment')).toEqual(fail('error: resource(s) were provided, but no name was specified\n'));
    expect(h.run('kubectl rollout resume daemonset/agent')).toEqual(fail('error: rollout resume is not supported for resource type "daemonset" in this simulation\n'));
    expect(h.run('kubectl rollout pause deployment/nope')).toEqual(fail('Error from server (NotFound): deployments.apps "nope" not found\n'));
  });
});

describe('kubectl rollout status', () => {
  it('--watch=false and -w=false print the state once and succeed', () => {
    const waiting = 'Waiting for deployment spec update to be observed...\n';
    expect(h.run('kubectl rollout status deployment/web --watch=false')).toEqual(ok(waiting));
    expect(h.run('kubectl rollout status deploy web -n other -w=false')).toEqual(ok(waiting));
  });

  it('--timeout waits that long in virtual time, then times out', () => {
    const before = h.clock.nowMs();
    expect(h.run('kubectl rollout status deployment/web --timeout=5s'))
      .toEqual(fail('error: timed out waiting for the condition\n', 'Waiting for deployment spec update to be observed...\n'));
    expect(h.clock.nowMs() - before).toBe(5000);
    expect(h.run('kubectl rollout status deployment/web --timeout 2s').exitCode).toBe(1);
    expect(h.clock.nowMs() - before).toBe(7000);
  });

  it('reports a rolled-out deployment at once', () => {
    const d = get('default');
    h.client.updateStatus('deployments', { ...d, status: { observedGeneration: 1, replicas: 2, updatedReplicas: 2, availableReplicas: 2 } });
    expect(h.run('kubectl rollout status deployment/web')).toEqual(ok('deployment "web" successfully rolled out\n'));
  });
});

describe('kubectl rollout history|undo', () => {
  it('history without ReplicaSets, with --revision=0, --revision=N and a negative revision', () => {
    expect(h.run('kubectl rollout history deployment/web -n other')).toEqual(ok('deployment.apps/web \nNo rollout history found.\n'));
    expect(h.run('kubectl rollout history deployment/web --revision=0')).toEqual(ok('deployment.apps/web \nNo rollout history found.\n'));
    expect(h.run('kubectl rollout history deployment/web --revision=2')).toEqual(ok('deployment.apps/web with revision #2\nNo rollout history found.\n'));
    expect(h.run('kubectl rollout history deployment/web --revision=-1')).toEqual(fail('error: revision must be a positive integer: -1\n'));
  });

  it('undo with and without --to-revision when there is no history', () => {
    expect(h.run('kubectl rollout undo deployment/web')).toEqual(fail('error: no rollout history found for deployment "web"\n'));
    expect(h.run('kubectl rollout undo deployment web -n other --to-revision=3')).toEqual(fail('error: unable to find specified revision 3 in history\n'));
    expect(h.run('kubectl rollout undo deployment/web --to-revision=x').stderr)
      .toBe('error: invalid argument "x" for "--to-revision" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl rollout undo --help\' for usage.\n');
  });
});

describe('kubectl set image|resources', () => {
  it('set image changes the named container, or every one with *, and prints nothing when nothing changes', () => {
    expect(h.run('kubectl set image deployment/web web=nginx:1.28 -n other')).toEqual(ok('deployment.apps/web image updated\n'));
    expect(get('other').spec?.template.spec?.containers.map((c) => c.image)).toEqual(['nginx:1.28', 'busybox']);
    expect(h.run('kubectl set image deployment/web web=nginx:1.28 -n other')).toEqual(ok(''));
    expect(h.run('kubectl set image deploy web *=alpine')).toEqual(ok('deployment.apps/web image updated\n'));
    expect(get('default').spec?.template.spec?.containers.map((c) => c.image)).toEqual(['alpine', 'alpine']);
  });

  it('set image refuses no update, an empty image and an unknown container', () => {
    expect(h.run('kubectl set image deployment/web')).toEqual(fail('error: at least one image update is required\n'));
    expect(h.run('kubectl set image deployment/web web=')).toEqual(fail('error: at least one image update is required\n'));
    expect(h.run('kubectl set image deployment/web db=postgres')).toEqual(fail('error: unable to find container named "db"\n'));
  });

  it('set resources with -c, --containers and the default of every container', () => {
    expect(h.run('kubectl set resources deployment/web -c web --limits=cpu=200m,memory=512Mi')).toEqual(ok('deployment.apps/web resource requirements updated\n'));
    expect(get('default').spec?.template.spec?.containers.map((c) => c.resources ?? {})).toEqual([{ limits: { cpu: '200m', memory: '512Mi' } }, {}]);
    expect(h.run('kubectl set resources deployment web --containers=log --requests cpu=50m -n other').stdout).toBe('deployment.apps/web resource requirements updated\n');
    expect(get('other').spec?.template.spec?.containers.map((c) => c.resources ?? {})).toEqual([{}, { requests: { cpu: '50m' } }]);
    h.run('kubectl set resources deployment/web --requests=memory=64Mi');
    expect(get('default').spec?.template.spec?.containers.map((c) => c.resources?.requests)).toEqual([{ memory: '64Mi' }, { memory: '64Mi' }]);
  });

  it('set resources refuses no update, a malformed one and an unknown container', () => {
    expect(h.run('kubectl set resources deployment/web')).toEqual(fail('error: you must specify an update to requests or limits (in the form of --requests/--limits)\n'));
    expect(h.run('kubectl set resources deployment/web --limits=cpu')).toEqual(fail('error: invalid resource specification: cpu\n'));
    expect(h.run('kubectl set resources deployment/web -c=nope --limits=cpu=1')).toEqual(fail('error: unable to find container named nope\n'));
  });
});

describe('kubectl describe', () => {
  beforeEach(() => {
    h.create('resourcequotas', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'other' }, spec: { hard: { pods: '4' } } });
    h.create('limitranges', { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr', namespace: 'other' }, spec: { limits: [{ type: 'Container', max: { cpu: '1' } }] } });
  });

  it('quota and limits by name, by TYPE/NAME, or every one in the namespace of -n', () => {
    const quota = 'Name:       q\nNamespace:  other\nResource    Used  Hard\n--------    ----  ----\n';
    expect(h.run('kubectl describe quota q -n other')).toEqual(ok(quota));
    expect(h.run('kubectl describe resourcequota/q --namespace other')).toEqual(ok(quota));
    expect(h.run('kubectl describe resourcequotas -n other')).toEqual(ok(quota));
    expect(h.run('kubectl describe limits -n other').stdout).toBe([
      'Name:       lr', 'Namespace:  other',
      'Type        Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio',
      '----        --------  ---  ---  ---------------  -------------  -----------------------',
      'Container   cpu       -    1    1                1              -', ''].join('\n'));
    expect(h.run('kubectl describe quota')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
  });

  it('workloads by TYPE NAME and TYPE/NAME in the namespace of -n; kubectl\'s errors otherwise', () => {
    expect(h.run('kubectl describe deployment web -n other').stdout).toMatch(/^Name: +web\nNamespace: +other\n/);
    expect(h.run('kubectl describe deploy/web').stdout).toMatch(/^Name: +web\nNamespace: +default\n/);
    expect(h.run('kubectl describe pod nope -n other')).toEqual(fail('Error from server (NotFound): pods "nope" not found\n'));
    expect(h.run('kubectl describe widgets x')).toEqual(fail('error: the server doesn\'t have a resource type "widgets"\n'));
    expect(h.run('kubectl describe')).toEqual(fail('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'));
  });
});

describe('kubectl create namespace|configmap|secret generic', () => {
  it('namespace (and its alias ns) needs exactly one name', () => {
    expect(h.run('kubectl create namespace team-a')).toEqual(ok('namespace/team-a created\n'));
    expect(h.run('kubectl create ns')).toEqual(fail('error: exactly one NAME is required, got 0\n'));
  });

  it('configmap from repeated literals and files, in the namespace of -n', () => {
    h.files.set('conf/app.properties', 'color=blue\n');
    expect(h.run('kubectl create configmap settings --from-literal=a=1 --from-literal b=x=y --from-file=conf/app.properties --from-file=k=conf/app.properties -n other'))
      .toEqual(ok('configmap/settings created\n'));
    expect(h.client.get<ConfigMap>('configmaps', 'other', 'settings').data).toEqual({ a: '1', b: 'x=y', 'app.properties': 'color=blue\n', k: 'color=blue\n' });
    expect(h.run('kubectl create cm bad --from-literal=novalue')).toEqual(fail('error: invalid literal source novalue, expected key=value\n'));
    expect(h.run('kubectl create configmap')).toEqual(fail('error: exactly one NAME is required, got 0\n'));
  });

  it('secret generic base64-encodes its data and takes --type', () => {
    expect(h.run('kubectl create secret generic creds --from-literal=username=admin --type=kubernetes.io/basic-auth')).toEqual(ok('secret/creds created\n'));
    expect(h.client.get<Secret>('secrets', 'default', 'creds')).toMatchObject({ type: 'kubernetes.io/basic-auth', data: { username: 'YWRtaW4=' } });
    // The type is validated: basic-auth needs a username or a password key (ValidateSecret).
    expect(h.run('kubectl create secret generic other --from-literal=user=admin --type=kubernetes.io/basic-auth'))
      .toEqual(fail('The Secret "other" is invalid: \n* data[username]: Required value\n* data[password]: Required value\n'));
    expect(h.run('kubectl create secret generic plain --from-literal=a=b -n other').stdout).toBe('secret/plain created\n');
    expect(h.client.get<Secret>('secrets', 'other', 'plain').type).toBe('Opaque');
  });
});
