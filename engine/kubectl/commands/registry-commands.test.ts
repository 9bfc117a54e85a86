// rollout, set, describe and create namespace|configmap|secret generic through the command registry:
// kubectl's errors for unknown flags and subcommands, and flags given in either form.
import { beforeEach, describe, it } from 'node:test';
import { expect } from 'expect';
import { KubectlHarness } from '../testing/kubectl-harness.ts';

let h: KubectlHarness;
beforeEach(() => { h = new KubectlHarness(); });

describe('registry commands', () => {
  it('rejects an unknown flag of rollout status with kubectl\'s usage hint', () => {
    expect(h.run('kubectl rollout status deployment/web --bogus')).toEqual({ exitCode: 1, stdout: '',
      stderr: "error: unknown flag: --bogus\nSee 'kubectl rollout status --help' for usage.\n" });
  });

  it('rejects an unknown flag of set resources and of create configmap', () => {
    expect(h.run('kubectl set resources deploy/web --limit=cpu=1').stderr).toBe("error: unknown flag: --limit\nSee 'kubectl set resources --help' for usage.\n");
    expect(h.run('kubectl create configmap c --from-literals=a=b').stderr).toBe("error: unknown flag: --from-literals\nSee 'kubectl create configmap --help' for usage.\n");
  });

  it('names an unknown rollout subcommand', () => {
    expect(h.run('kubectl rollout frobnicate deploy/web')).toEqual({ exitCode: 1, stdout: '',
      stderr: "error: unknown command \"frobnicate deploy/web\"\nSee 'kubectl rollout -h' for help and examples\n" });
  });

  it('creates a namespace, a configmap with a comma in a literal and a typed secret', () => {
    expect(h.run('kubectl create namespace team-a')).toEqual({ exitCode: 0, stderr: '', stdout: 'namespace/team-a created\n' });
    expect(h.run('kubectl create configmap c -n team-a --from-literal=list=a,b --from-literal k=v').stdout).toBe('configmap/c created\n');
    expect(h.run('kubectl get configmap c -n team-a -o jsonpath={.data}').stdout).toBe('{"k":"v","list":"a,b"}');
    expect(h.run('kubectl create secret generic s --type=Opaque --from-literal=p=q').stdout).toBe('secret/s created\n');
  });

  it('describes with TYPE/NAME and reports an unknown type', () => {
    h.run('kubectl create configmap c');
    expect(h.run('kubectl describe widget x')).toEqual({ exitCode: 1, stdout: '', stderr: 'error: the server doesn\'t have a resource type "widget"\n' });
    expect(h.run('kubectl describe deployment/nope')).toEqual({ exitCode: 1, stdout: '',
      stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n' });
  });
});
