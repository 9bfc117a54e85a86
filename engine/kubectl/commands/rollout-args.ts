// The small argument grammar the workload commands share: `TYPE/NAME` or `TYPE NAME`, `-n NS`,
// `--flag=value` / `--flag value`, and kubectl's errors for a missing or unsupported resource.
// Models staging/src/k8s.io/kubectl/pkg/cmd/rollout/*.go Complete (resource builder) in the
// small: only deployments are rollout-able here (daemonsets/statefulsets are left out).
import type { KubectlResult } from '../kubectl-context.ts';

export interface WorkloadArgs {
  namespace: string;
  resource: string | undefined;
  name: string | undefined;
  positional: string[];
  flags: Map<string, string>;
}

const DEPLOYMENT_WORDS = new Set(['deployment', 'deployments', 'deploy', 'deployment.apps', 'deployments.apps']);

export function parseWorkloadArgs(argv: readonly string[], valueFlags: readonly string[] = []): WorkloadArgs {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  let namespace = 'default';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-n' || a === '--namespace') { namespace = argv[++i] ?? namespace; continue; }
    if (a.startsWith('--namespace=')) { namespace = a.slice(12); continue; }
    if (a.startsWith('-n') && a.length > 2 && !a.startsWith('--')) { namespace = a.slice(2); continue; }
    if (a.startsWith('--') || (a.startsWith('-') && a.length > 1)) {
      const body = a.replace(/^--?/, '');
      const eq = body.indexOf('=');
      if (eq >= 0) flags.set(body.slice(0, eq), body.slice(eq + 1));
      else if (valueFlags.includes(body)) flags.set(body, argv[++i] ?? '');
      else flags.set(body, 'true');
      continue;
    }
    positional.push(a);
  }
  let resource: string | undefined, name: string | undefined;
  const first = positional.shift();
  if (first?.includes('/')) [resource, name] = first.split('/', 2) as [string, string];
  else if (first !== undefined) { resource = first; name = positional.shift(); }
  return { namespace, resource, name, positional, flags };
}

export const ok = (stdout: string): KubectlResult => ({ stdout, stderr: '', exitCode: 0 });
export const fail = (message: string): KubectlResult => ({ stdout: '', stderr: `${message}\n`, exitCode: 1 });

/** Checks the resource is a deployment with a name; returns kubectl's error otherwise. */
export function requireDeployment(args: WorkloadArgs, command: string): KubectlResult | undefined {
  if (args.resource === undefined) {
    return fail(`error: required resource not specified`);
  }
  if (!DEPLOYMENT_WORDS.has(args.resource)) return fail(`error: ${command} is not supported for resource type "${args.resource}" in this simulation`);
  if (!args.name) return fail(`error: resource(s) were provided, but no name was specified`);
  return undefined;
}
