// The commands end to end over a bare API server: exact stdout, stderr and exit codes.
import { beforeEach, describe, it } from 'node:test';
import { expect } from 'expect';
import { KubectlHarness } from './testing/kubectl-harness.ts';

let h: KubectlHarness;

const deployment = (name: string, replicas: number, ns = 'default'): Record<string, unknown> => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, namespace: ns, labels: { app: name } },
  spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: 'nginx' }] } } },
});
const configMap = (name: string, ns = 'default'): Record<string, unknown> =>
  ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns, labels: { team: 'a' } }, data: { k: 'v' } });

beforeEach(() => { h = new KubectlHarness(); });

describe('kubectl get', () => {
  // Each kind's table is flushed before the next (get.go: w.Flush(); w.SetRememberedWidths(nil)),
  // so column widths are per table.
  it('prints one table per kind with a blank line between them and kind-qualified names', () => {
    h.create('deployments', deployment('web', 2));
    h.create('configmaps', configMap('settings'));
    h.clock.advance(65_000);
    const r = h.run('kubectl get deploy,cm');
    expect(r).toEqual({ exitCode: 0, stderr: '', stdout: [
      'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE',
      'deployment.apps/web   0/2     0            0           65s',
      '',
      'NAME                 DATA   AGE',
      'configmap/settings   1      65s',
      '',
    ].join('\n') });
  });

  it('says where nothing was found, on stderr', () => {
    expect(h.run('kubectl get pods')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    expect(h.run('kubectl get pods -n other')).toEqual({ stdout: '', stderr: 'No resources found in other namespace.\n', exitCode: 0 });
    expect(h.run('kubectl get pods -A')).toEqual({ stdout: '', stderr: 'No resources found\n', exitCode: 0 });
    expect(h.run('kubectl get nodes')).toEqual({ stdout: '', stderr: 'No resources found\n', exitCode: 0 });
  });

  it('prints a single named object as itself and several as a List', () => {
    h.create('configmaps', configMap('a'));
    expect(h.run('kubectl get cm a -o jsonpath={.kind}').stdout).toBe('ConfigMap');
    expect(h.run('kubectl get cm -o jsonpath={.kind}').stdout).toBe('List');
    expect(h.run('kubectl get cm a -o yaml').stdout).toContain('kind: ConfigMap\nmetadata:\n');
    expect(h.run('kubectl get cm -o json').stdout).toMatch(/^\{\n {4}"apiVersion": "v1",\n {4}"items": \[/);
  });

  it('prints the objects it found, then the errors for those it did not', () => {
    h.create('configmaps', configMap('a'));
    expect(h.run('kubectl get cm a missing -o name')).toEqual({
      stdout: 'configmap/a\n', stderr: 'Error from server (NotFound): configmaps "missing" not found\n', exitCode: 1,
    });
    expect(h.run('kubectl get cm missing --ignore-not-found')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('refuses a name across all namespaces and a missing resource type', () => {
    expect(h.run('kubectl get cm a -A').stderr).toBe('error: a resource cannot be retrieved by name across all namespaces\n');
    expect(h.run('kubectl get').stderr).toBe('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n'
      + 'error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n'
      + "See 'kubectl get -h' for help and examples\n");
  });

  it('reports jsonpath template errors like kubectl', () => {
    h.create('configmaps', configMap('a'));
    expect(h.run("kubectl get cm a -o jsonpath='{.data'")).toEqual({ stdout: '', exitCode: 1, stderr: 'error: error parsing jsonpath {.data, unclosed action\n' });
  });

  it('prints custom columns', () => {
    h.create('configmaps', configMap('a'));
    expect(h.run('kubectl get cm -o custom-columns=NAME:.metadata.name,TEAM:.metadata.labels.team,X:.nothing').stdout)
      .toBe('NAME   TEAM   X\na      a      <none>\n');
  });
});

describe('kubectl apply and create', () => {
  const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n';

  it('stores the last-applied configuration as kubectl does', () => {
    h.files.set('cm.yaml', manifest);
    expect(h.run('kubectl apply -f cm.yaml').stdout).toBe('configmap/a created\n');
    expect(h.run("kubectl get cm a -o jsonpath='{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'").stdout)
      .toBe('{"apiVersion":"v1","data":{"k":"v"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"a","namespace":"default"}}\n');
  });

  it('removes fields the previous apply set and this one dropped', () => {
    h.files.set('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n  old: x\n');
    h.run('kubectl apply -f cm.yaml');
    h.files.set('cm.yaml', manifest);
    expect(h.run('kubectl apply -f cm.yaml').stdout).toBe('configmap/a configured\n');
    expect(h.run('kubectl get cm a -o jsonpath={.data}').stdout).toBe('{"k":"v"}');
  });

  it('applies with --dry-run without changing anything', () => {
    h.files.set('cm.yaml', manifest);
    expect(h.run('kubectl apply -f cm.yaml --dry-run=client').stdout).toBe('configmap/a created (dry run)\n');
    expect(h.run('kubectl apply -f cm.yaml --dry-run=server').stdout).toBe('configmap/a created (server dry run)\n');
    expect(h.run('kubectl get cm a').exitCode).toBe(1);
    expect(h.run('kubectl apply -f cm.yaml --dry-run=maybe').stderr).toBe('error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n');
  });

  it('refuses a namespace that contradicts -n, and unknown kinds', () => {
    h.files.set('ns.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: other\n');
    expect(h.run('kubectl apply -f ns.yaml -n default').stderr).toBe(
      "error: the namespace from the provided object \"other\" does not match the namespace \"default\". You must pass '--namespace=other' to perform this operation.\n");
    h.files.set('bad.yaml', 'apiVersion: v1\nkind: Widget\nmetadata:\n  name: w\n');
    expect(h.run('kubectl apply -f bad.yaml').stderr).toBe(
      'error: resource mapping not found for name: "w" namespace: "" from "bad.yaml": no matches for kind "Widget" in version "v1"\nensure CRDs are installed first\n');
  });

  it('create names the file when the object exists', () => {
    h.files.set('cm.yaml', manifest);
    expect(h.run('kubectl create -f cm.yaml').stdout).toBe('configmap/a created\n');
    expect(h.run('kubectl create -f cm.yaml')).toEqual({ stdout: '', exitCode: 1,
      stderr: 'Error from server (AlreadyExists): error when creating "cm.yaml": configmaps "a" already exists\n' });
  });
});

describe('kubectl delete', () => {
  it('deletes by name, by selector and with --all', () => {
    h.create('configmaps', configMap('a'));
    h.create('configmaps', configMap('b'));
    h.create('configmaps', configMap('c'));
    expect(h.run('kubectl delete cm a').stdout).toBe('configmap "a" deleted\n');
    expect(h.run('kubectl delete cm -l team=a').stdout).toBe('configmap "b" deleted\nconfigmap "c" deleted\n');
    expect(h.run('kubectl delete cm --all').stdout).toBe('No resources found\n');
  });

  it('reports missing objects after deleting the others', () => {
    h.create('deployments', deployment('web', 1));
    expect(h.run('kubectl delete deployment nope web')).toEqual({
      stdout: 'deployment.apps "web" deleted\n', stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', exitCode: 1,
    });
  });

  it('needs a name, a selector or --all', () => {
    expect(h.run('kubectl delete cm').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(h.run('kubectl delete').stderr).toContain('error: You must provide one or more resources by argument or filename.\n');
    expect(h.run('kubectl delete cm a --cascade=sideways').stderr).toBe('error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan".\n');
  });
});

describe('kubectl label, annotate and scale', () => {
  it('labels, notices absent labels and refuses silent overwrites', () => {
    h.create('configmaps', configMap('a'));
    expect(h.run('kubectl label cm a team=b').stderr).toBe("error: 'team' already has a value (a), and --overwrite is false\n");
    expect(h.run('kubectl label cm a team=a').stdout).toBe('configmap/a not labeled\n');
    expect(h.run('kubectl label cm a ghost-').stdout).toBe('label "ghost" not found.\nconfigmap/a not labeled\n');
    expect(h.run('kubectl label cm a').stderr).toBe('error: at least one label update is required\n');
    expect(h.run('kubectl label cm a x=1 b').stderr).toBe('error: all resources must be specified before label changes: b\n');
  });

  it('annotates and lets the same value through without --overwrite', () => {
    h.create('configmaps', configMap('a'));
    expect(h.run('kubectl annotate cm a note=x').stdout).toBe('configmap/a annotated\n');
    expect(h.run('kubectl annotate cm a note=x').stdout).toBe('configmap/a annotated\n');
    expect(h.run('kubectl annotate cm a note=y --overwrite').stdout).toBe('configmap/a annotated\n');
    expect(h.run('kubectl get cm a -o jsonpath={.metadata.annotations.note}').stdout).toBe('y');
  });

  it('scales with and without a precondition', () => {
    h.create('deployments', deployment('web', 1));
    expect(h.run('kubectl scale deploy/web --replicas=4').stdout).toBe('deployment.apps/web scaled\n');
    expect(h.run('kubectl scale deploy/web --replicas=2 --current-replicas=3').stderr).toBe('error: Expected replicas to be 3, was 4\n');
    expect(h.run('kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('4');
  });
});

describe('kubectl api-resources and api-versions', () => {
  it('lists group versions sorted', () => {
    expect(h.run('kubectl api-versions').stdout.split('\n').slice(0, 3)).toEqual(['apps/v1', 'autoscaling/v2', 'batch/v1']);
  });
  it('prints the resource table sorted by group', () => {
    const lines = h.run('kubectl api-resources').stdout.split('\n');
    expect(lines[0]).toBe('NAME                       SHORTNAMES   APIVERSION               NAMESPACED   KIND');
    expect(lines[1]).toBe('bindings                                v1                       true         Binding');
    expect(lines).toContain('deployments                deploy       apps/v1                  true         Deployment');
    expect(lines).toContain('events                     ev           events.k8s.io/v1         true         Event');
    expect(h.run('kubectl api-resources --namespaced=false -o name').stdout.split('\n')).toContain('nodes');
  });
});

describe('kubectl get --sort-by', () => {
  it('orders by a field, naturally, with objects lacking it first', () => {
    h.create('configmaps', { ...configMap('pod-10'), data: { rank: '2' } });
    h.create('configmaps', { ...configMap('pod-2'), data: { rank: '10' } });
    h.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'plain', namespace: 'default' } });
    expect(h.run('kubectl get cm --sort-by=.metadata.name -o name').stdout).toBe('configmap/plain\nconfigmap/pod-2\nconfigmap/pod-10\n');
    expect(h.run('kubectl get cm --sort-by={.data.rank} -o name').stdout).toBe('configmap/plain\nconfigmap/pod-10\nconfigmap/pod-2\n');
  });
});

describe('kubectl get -f and -o jsonpath-as-json', () => {
  it('gets the objects a manifest names', () => {
    h.create('configmaps', configMap('a'));
    h.files.set('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n');
    expect(h.run('kubectl get -f cm.yaml -o name').stdout).toBe('configmap/a\n');
  });
  it('prints each result set as an indented JSON array', () => {
    h.create('configmaps', configMap('a'));
    h.create('configmaps', configMap('b'));
    expect(h.run("kubectl get cm -o jsonpath-as-json='{.items[*].metadata.name}'").stdout).toBe('[\n    "a",\n    "b"\n]\n');
  });
});

describe('kubectl apply over an object created without apply', () => {
  it('warns about the missing annotation and patches it in', () => {
    h.create('configmaps', configMap('a'));
    h.files.set('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n    team: a\ndata:\n  k: v\n');
    expect(h.run('kubectl apply -f cm.yaml')).toEqual({ exitCode: 0, stdout: 'configmap/a configured\n', stderr:
      'Warning: resource configmaps/a is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. '
      + 'kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. '
      + 'The missing annotation will be patched automatically.\n' });
    expect(h.run('kubectl apply -f cm.yaml')).toEqual({ exitCode: 0, stdout: 'configmap/a unchanged\n', stderr: '' });
  });
});
