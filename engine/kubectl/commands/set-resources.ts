// `kubectl set resources deployment/NAME [-c CONTAINER] --limits=cpu=200m,memory=512Mi --requests=...`:
// patches container resource requirements. Models staging/src/k8s.io/kubectl/pkg/cmd/set/set_resources.go →
// SetResourcesOptions.Run ("resource requirements updated"; `*` by default = every container).
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { KubectlError, type Invocation, type Output } from './command.ts';
import { deploymentTarget } from './rollout-args.ts';

function parseList(text: string): Record<string, string> | undefined {
  if (!text) return undefined;
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [k, v] = part.split('=', 2);
    if (!k || !v) throw new KubectlError(`invalid resource specification: ${part}`);
    out[k] = v;
  }
  return out;
}

export function setResources(inv: Invocation, out: Output): void {
  const { namespace, name } = deploymentTarget(inv, 'set resources');
  const limits = parseList(inv.flags.string('limits'));
  const requests = parseList(inv.flags.string('requests'));
  if (!limits && !requests) throw new KubectlError('you must specify an update to requests or limits (in the form of --requests/--limits)');
  const selector = inv.flags.string('containers');
  const d = inv.kube.client.get<Deployment>('deployments', namespace, name);
  const hits = (d.spec?.template?.spec?.containers ?? []).filter((c) => selector === '*' || c.name === selector);
  if (hits.length === 0) throw new KubectlError(`unable to find container named ${selector}`);
  const containers = hits.map((c) => ({
    name: c.name,
    resources: { ...(limits ? { limits: { ...(c.resources?.limits ?? {}), ...limits } } : {}), ...(requests ? { requests: { ...(c.resources?.requests ?? {}), ...requests } } : {}) },
  }));
  inv.kube.client.patch('deployments', namespace, name, 'strategic', { spec: { template: { spec: { containers } } } });
  out.print(`deployment.apps/${name} resource requirements updated\n`);
}
