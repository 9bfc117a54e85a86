// Pod phase from container statuses: pkg/kubelet/kubelet_pods.go → getPhase (v1.33), for
// regular init containers and app containers. Restartable (sidecar) init containers are not
// counted as blocking once running, as with SidecarContainers on; their own rules are left out.
import type { ContainerStatus, PodSpec } from 'kubernetes-types/core/v1';

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

export function podPhase(spec: PodSpec, init: ContainerStatus[], app: ContainerStatus[], podIsTerminal = false): PodPhase {
  const restartPolicy = spec.restartPolicy ?? 'Always';
  let pendingInit = 0;
  let failedInit = 0;
  for (const c of spec.initContainers ?? []) {
    const s = init.find((x) => x.name === c.name);
    if (c.restartPolicy === 'Always') { if (!s?.state?.running) pendingInit++; continue; }
    if (s?.state?.terminated) { if (s.state.terminated.exitCode !== 0) failedInit++; continue; }
    if (s?.state?.waiting && s.lastState?.terminated) { if (s.lastState.terminated.exitCode !== 0) failedInit++; continue; }
    pendingInit++;
  }
  let unknown = 0, running = 0, waiting = 0, stopped = 0, succeeded = 0;
  for (const c of spec.containers) {
    const s = app.find((x) => x.name === c.name);
    if (s?.state?.running) running++;
    else if (s?.state?.terminated) { stopped++; if (s.state.terminated.exitCode === 0) succeeded++; }
    else if (s?.state?.waiting) { if (s.lastState?.terminated) stopped++; else waiting++; }
    else unknown++;
  }
  if (failedInit > 0 && restartPolicy === 'Never') return 'Failed';
  if (pendingInit > 0 || waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (stopped === spec.containers.length) {
    if (podIsTerminal) return succeeded === stopped ? 'Succeeded' : 'Failed';
    if (restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}
