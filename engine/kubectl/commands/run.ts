// `kubectl run NAME --image=IMG [--restart=Always|OnFailure|Never] [--labels=k=v,...] [--port=N]
// [--env=K=V] [--command] [-- ARGS...]`: creates one pod and prints `pod/NAME created`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/run/run.go → RunOptions.Run ("NAME is required for
// run", "--image is required", "invalid restart policy: X") and
// staging/src/k8s.io/kubectl/pkg/generate/versioned/run.go → BasicPod.Generate (labels default to
// run=NAME; one container named NAME; args after NAME are the container's args, or its command
// with --command). Left out: --attach, --rm, -i/-t, --expose, --overrides, --dry-run.
import { boolFlag, arrayFlag, stringFlag } from '../command-line/flag-spec.ts';
import { KubectlError, type KubectlCommand } from './command.ts';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

function parseLabels(text: string, name: string): Record<string, string> {
  if (!text) return { run: name };
  const labels: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const [k = '', v] = pair.split('=');
    if (v === undefined || k === '') throw new KubectlError(`error: invalid label spec: ${pair}`);
    labels[k] = v;
  }
  return labels;
}

export const runCommand: KubectlCommand = {
  name: 'run',
  flags: [stringFlag('image'), stringFlag('restart', undefined, 'Always'), stringFlag('labels', 'l'), stringFlag('port'),
    arrayFlag('env'), boolFlag('command'), stringFlag('image-pull-policy')],
  run(inv, out) {
    const [name, ...rest] = inv.args;
    if (!name) throw new KubectlError("error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
    const image = inv.flags.string('image');
    if (!image) throw new KubectlError("error: --image is required\nSee 'kubectl run -h' for help and examples");
    const restartPolicy = inv.flags.string('restart');
    if (!RESTART_POLICIES.includes(restartPolicy)) throw new KubectlError(`error: invalid restart policy: ${restartPolicy}`);
    const container: Record<string, unknown> = { name, image, resources: {} };
    if (rest.length > 0) container[inv.flags.bool('command') ? 'command' : 'args'] = rest;
    const port = inv.flags.string('port');
    if (port) container.ports = [{ containerPort: Number(port) }];
    const env = inv.flags.strings('env').map((e) => { const i = e.indexOf('='); return { name: e.slice(0, i), value: e.slice(i + 1) }; });
    if (env.length > 0) container.env = env;
    const pullPolicy = inv.flags.string('image-pull-policy');
    if (pullPolicy) container.imagePullPolicy = pullPolicy;
    inv.kube.client.create('pods', {
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name, namespace: inv.namespace, labels: parseLabels(inv.flags.string('labels'), name) },
      spec: { containers: [container], restartPolicy, dnsPolicy: 'ClusterFirst' },
    }, { namespace: inv.namespace });
    out.print(`pod/${name} created\n`);
  },
};
