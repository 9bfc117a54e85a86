// `kubectl logs POD [-c CONTAINER] [--previous]`: what the container wrote, one line each.
// Models staging/src/k8s.io/kubectl/pkg/cmd/logs/logs.go → LogsOptions.RunLogs (the default
// container and its `Defaulted container "a" out of: a, b` notice), pkg/registry/core/pod/strategy.go
// → LogLocation (`container x is not valid for pod y`, `pod y does not have a host assigned`) and
// pkg/kubelet/kubelet_pods.go → validateContainerLogStatus (the BadRequest texts below).
// Left out: --follow, --since, --tail, --timestamps, TYPE/NAME other than pod/NAME.
import type { Pod } from 'kubernetes-types/core/v1.js';
import { badRequest } from '../../api/errors.ts';
import { boolFlag, stringFlag } from '../command-line/flag-spec.ts';
import { KubectlError, type KubectlCommand } from './command.ts';

export const logsCommand: KubectlCommand = {
  name: 'logs',
  flags: [stringFlag('container', 'c'), boolFlag('previous', 'p'), boolFlag('all-containers')],
  run(inv, out) {
    const arg = inv.args[0];
    if (arg === undefined) throw new KubectlError('error: expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) after the command');
    const name = arg.replace(/^(pods?|po)\//, '');
    const pod = inv.kube.client.get<Pod>('pods', inv.namespace, name);
    const previous = inv.flags.bool('previous');
    const container = chooseContainer(pod, inv.flags.string('container'), (text) => out.warn(text));
    validateLogStatus(pod, container, previous);
    for (const line of inv.kube.logs?.(inv.namespace, name, container, previous) ?? []) out.print(`${line}\n`);
  },
};

/** The container named by -c, else the default-container annotation, else the first one. */
function chooseContainer(pod: Pod, requested: string, notice: (text: string) => void): string {
  const names = (pod.spec?.containers ?? []).map((c) => c.name);
  const name = pod.metadata?.name ?? '';
  if (requested) {
    const all = [...names, ...(pod.spec?.initContainers ?? []).map((c) => c.name), ...(pod.spec?.ephemeralContainers ?? []).map((c) => c.name)];
    if (!all.includes(requested)) throw badRequest(`container ${requested} is not valid for pod ${name}`);
    return requested;
  }
  const annotated = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && names.includes(annotated)) return annotated;
  if (names.length > 1) {
    const inits = (pod.spec?.initContainers ?? []).map((c) => `${c.name} (init)`);
    notice(`Defaulted container "${names[0] ?? ''}" out of: ${[...names, ...inits].join(', ')}\n`);
  }
  return names[0] ?? '';
}

/** pkg/kubelet/kubelet_pods.go → validateContainerLogStatus. */
export function validateLogStatus(pod: Pod, container: string, previous: boolean): void {
  const podName = pod.metadata?.name ?? '';
  if (!pod.spec?.nodeName) throw badRequest(`pod ${podName} does not have a host assigned`);
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const status = statuses.find((s) => s.name === container);
  if (!status) throw badRequest(`container "${container}" in pod "${podName}" is waiting to start: ContainerCreating`);
  if (previous) {
    if (!status.lastState?.terminated) throw badRequest(`previous terminated container "${container}" in pod "${podName}" not found`);
    return;
  }
  if (status.state?.running || status.state?.terminated) return;
  if (status.lastState?.terminated) return; // a restarting container serves its last run's log
  const reason = status.state?.waiting?.reason ?? '';
  if (reason === 'ErrImagePull' || reason === 'ImagePullBackOff') throw badRequest(`container "${container}" in pod "${podName}" is waiting to start: trying and failing to pull image`);
  if (reason === 'InvalidImageName') throw badRequest(`container "${container}" in pod "${podName}" is waiting to start: image can't be pulled`);
  throw badRequest(`container "${container}" in pod "${podName}" is waiting to start: ${reason || 'ContainerCreating'}`);
}
