// `kubectl create deployment NAME --image=IMG [--image=IMG2] [--replicas=N] [--port=N]`: prints
// `deployment.apps/NAME created`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create_deployment.go →
// CreateDeploymentOptions.createDeployment (labels, selector and template labels app=NAME) and
// buildPodSpec (a container per image, named after the image's last path segment without tag or
// digest, `_` → `-`; --port on the first container). Left out: --dry-run, -o, the random suffix
// sanitizeAndUniquify adds to a repeated name (a repeated image fails validation here instead).
import { arrayFlag, intFlag } from '../command-line/flag-spec.ts';
import { KubectlError, type KubectlCommand } from './command.ts';

export function containerNameFor(image: string): string {
  const last = image.split('/').pop() ?? image;
  return (last.split(':')[0] ?? last).split('@')[0]?.replace(/_/g, '-') ?? last;
}

export const createDeploymentCommand: KubectlCommand = {
  name: 'deployment',
  aliases: ['deploy'],
  flags: [arrayFlag('image'), intFlag('replicas', 1, 'r'), intFlag('port', -1)],
  run(inv, out) {
    const name = inv.args[0];
    if (!name) throw new KubectlError("error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples");
    const images = inv.flags.strings('image');
    if (images.length === 0) throw new KubectlError('error: required flag(s) "image" not set');
    const labels = { app: name };
    const containers: Record<string, unknown>[] = images.map((image) => ({ name: containerNameFor(image), image, resources: {} }));
    const port = inv.flags.int('port');
    if (port >= 0 && containers[0]) containers[0].ports = [{ containerPort: port }];
    inv.kube.client.create('deployments', {
      apiVersion: 'apps/v1', kind: 'Deployment',
      metadata: { name, namespace: inv.namespace, labels },
      spec: { replicas: inv.flags.int('replicas'), selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers } } },
    }, { namespace: inv.namespace });
    out.print(`deployment.apps/${name} created\n`);
  },
};
