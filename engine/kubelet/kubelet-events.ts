// The kubelet's event reasons and messages, worded as Kubernetes writes them:
// pkg/kubelet/images/image_manager.go (Pulling, Pulled, BackOff, Failed, InspectFailed),
// pkg/kubelet/kuberuntime/kuberuntime_container.go (Created, Started, Killing, Failed),
// pkg/kubelet/kuberuntime/kuberuntime_manager.go → doBackOff (BackOff), prober.go (Unhealthy).
import { formatGoDuration } from './behaviour/duration.ts';

export const msg = {
  pulling: (image: string) => `Pulling image "${image}"`,
  pulled: (image: string, pullMs: number, totalMs: number, bytes: number) =>
    `Successfully pulled image "${image}" in ${formatGoDuration(pullMs)} (${formatGoDuration(totalMs)} including waiting). Image size: ${bytes} bytes.`,
  present: (image: string) => `Container image "${image}" already present on machine`,
  pullFailed: (image: string, detail: string) => `Failed to pull image "${image}": ${detail}`,
  pullNotFound: (pullName: string) => {
    const full = pullName.includes('/') && /[.:]/.test(pullName.split('/')[0] ?? '') ? pullName : `docker.io/${pullName.includes('/') ? '' : 'library/'}${pullName}`;
    return `rpc error: code = NotFound desc = failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found`;
  },
  pullBackOff: (image: string) => `Back-off pulling image "${image}"`,
  error: (reason: string) => `Error: ${reason}`,
  created: (name: string) => `Created container: ${name}`,
  started: (name: string) => `Started container ${name}`,
  stopping: (name: string) => `Stopping container ${name}`,
  probeKill: (name: string, probe: 'liveness' | 'startup', restarts: boolean) =>
    `Container ${name} failed ${probe} probe${restarts ? ', will be restarted' : ''}`,
  unhealthy: (probe: string, output: string) => `${probe} probe failed: ${output}`,
  probeErrored: (probe: string, error: string) => `${probe} probe errored and resulted in unknown state: ${error}`,
  backOff: (name: string, pod: string) => `Back-off restarting failed container ${name} in pod ${pod}`,
  crashLoop: (ms: number, name: string, pod: string) => `back-off ${formatGoDuration(ms)} restarting failed container=${name} pod=${pod}`,
};

/** Field paths (involvedObject.fieldPath) by container name: the Events of every pod's `app`
 * container share one string. */
const fieldPaths = [new Map<string, string>(), new Map<string, string>()] as const;

export function containerFieldPath(init: boolean, name: string): string {
  const paths = fieldPaths[init ? 1 : 0];
  let path = paths.get(name);
  if (path === undefined) paths.set(name, (path = `spec.${init ? 'initContainers' : 'containers'}{${name}}`));
  return path;
}
