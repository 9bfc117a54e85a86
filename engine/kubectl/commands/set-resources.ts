// `kubectl set resources deployment/NAME [-c CONTAINER] --limits=cpu=200m,memory=512Mi --requests=...`:
// patches container resource requirements. Models staging/src/k8s.io/kubectl/pkg/cmd/set/set_resources.go →
// SetResourcesOptions.Run ("resource requirements updated"; `*` by default = every container).
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import { fail, ok, parseWorkloadArgs, requireDeployment } from './rollout-args.ts';

function parseList(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined;
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [k, v] = part.split('=', 2);
    if (!k || !v) throw new Error(`invalid resource specification: ${part}`);
    out[k] = v;
  }
  return out;
}

export function setResources(ctx: KubectlContext, argv: readonly string[]): KubectlResult {
  const args = parseWorkloadArgs(argv, ['limits', 'requests', 'c', 'containers']);
  const bad = requireDeployment(args, 'set resources');
  if (bad) return bad;
  let limits: Record<string, string> | undefined, requests: Record<string, string> | undefined;
  try { limits = parseList(args.flags.get('limits')); requests = parseList(args.flags.get('requests')); }
  catch (e) { return fail(`error: ${(e as Error).message}`); }
  if (!limits && !requests) return fail('error: you must specify an update to requests or limits (in the form of --requests/--limits)');
  const selector = args.flags.get('c') ?? args.flags.get('containers') ?? '*';
  const name = args.name ?? '';
  const d = ctx.client.get<Deployment>('deployments', args.namespace, name);
  const hits = (d.spec?.template?.spec?.containers ?? []).filter((c) => selector === '*' || c.name === selector);
  if (hits.length === 0) return fail(`error: unable to find container named ${selector}`);
  const containers = hits.map((c) => ({
    name: c.name,
    resources: { ...(limits ? { limits: { ...(c.resources?.limits ?? {}), ...limits } } : {}), ...(requests ? { requests: { ...(c.resources?.requests ?? {}), ...requests } } : {}) },
  }));
  ctx.client.patch('deployments', args.namespace, name, 'strategic', { spec: { template: { spec: { containers } } } });
  return ok(`deployment.apps/${name} resource requirements updated\n`);
}
