// `kubectl set image deployment/NAME CONTAINER=IMAGE ...`: patches container images of the pod
// template (`*` matches every container). Models staging/src/k8s.io/kubectl/pkg/cmd/set/set_image.go →
// ImageOptions.Run: nothing printed when nothing changes; unknown container → error.
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { KubectlError, type Invocation, type Output } from './command.ts';
import { deploymentTarget } from './rollout-args.ts';

export function setImage(inv: Invocation, out: Output): void {
  const { namespace, name, rest } = deploymentTarget(inv, 'set image');
  const pairs = rest.map((p) => p.split('=', 2) as [string, string | undefined]);
  if (pairs.length === 0 || pairs.some(([, image]) => !image)) throw new KubectlError('at least one image update is required');
  const d = inv.kube.client.get<Deployment>('deployments', namespace, name);
  const spec = d.spec?.template?.spec;
  const containers = [...(spec?.initContainers ?? []).map((c) => ({ c, init: true })), ...(spec?.containers ?? []).map((c) => ({ c, init: false }))];
  const changes = { containers: [] as { name: string; image: string }[], initContainers: [] as { name: string; image: string }[] };
  for (const [container, image = ''] of pairs) {
    const hits = containers.filter(({ c }) => container === '*' || c.name === container);
    if (hits.length === 0) throw new KubectlError(`unable to find container named "${container}"`);
    for (const { c, init } of hits) if (c.image !== image) (init ? changes.initContainers : changes.containers).push({ name: c.name, image });
  }
  if (changes.containers.length === 0 && changes.initContainers.length === 0) return;
  const patch: Record<string, unknown> = {};
  if (changes.containers.length > 0) patch.containers = changes.containers;
  if (changes.initContainers.length > 0) patch.initContainers = changes.initContainers;
  inv.kube.client.patch('deployments', namespace, name, 'strategic', { spec: { template: { spec: patch } } });
  out.print(`deployment.apps/${name} image updated\n`);
}
