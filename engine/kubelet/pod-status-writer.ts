// Writes a pod's status from its worker (pkg/kubelet/kubelet_pods.go → generateAPIPodStatus;
// pkg/kubelet/status/status_manager.go → syncPod): phase, conditions, IPs, startTime, QoS class,
// init and app container statuses. Reads the pod fresh and writes through the status
// subresource; once the phase is terminal the worker stops (containers are not restarted).
import type { Pod, PodStatus } from 'kubernetes-types/core/v1';
import { formatTimestamp } from '../clock/timestamp.ts';
import { containerStatus } from './container-record.ts';
import { podConditions } from './pod-conditions.ts';
import { podPhase } from './pod-phase.ts';
import type { PodWorker } from './pod-worker.ts';
import { computePodQOS } from '../api/pod/pod-qos.ts';

export function writePodStatus(w: PodWorker): void {
  if (w.rt.stopped) return;
  const ns = w.pod.metadata?.namespace ?? 'default';
  const name = w.pod.metadata?.name ?? '';
  let current: Pod;
  try {
    current = w.rt.client.get<Pod>('pods', ns, name);
  } catch {
    return;
  }
  const spec = current.spec ?? { containers: [] };
  const initPending = w.init.some((r) => !(r.terminated?.exitCode === 0));
  const init = w.init.map((r) => containerStatus(r, 'PodInitializing'));
  const app = w.app.map((r) => containerStatus(r, initPending && w.init.length > 0 ? 'PodInitializing' : 'ContainerCreating'));
  const phase = w.failure ? 'Failed' : podPhase(spec, init, app, w.terminal);
  if (phase === 'Succeeded' || phase === 'Failed') w.terminal = true;
  const now = formatTimestamp(w.rt.clock.nowMs());
  const status: PodStatus = {
    ...current.status,
    phase,
    conditions: podConditions({ spec, init, app, phase, sandboxReady: w.sandboxReady && !w.terminal, previous: current.status?.conditions ?? [], now }),
    hostIP: w.rt.hostIP, hostIPs: [{ ip: w.rt.hostIP }],
    startTime: formatTimestamp(w.startTimeMs),
    // GetPodQOS: the class the API server stored at creation.
    qosClass: current.status?.qosClass ?? computePodQOS(spec),
    containerStatuses: app,
  };
  if (w.init.length > 0) status.initContainerStatuses = init;
  if (w.failure) { status.reason = w.failure.reason; status.message = w.failure.message; }
  if (w.podIP !== undefined) { status.podIP = w.podIP; status.podIPs = [{ ip: w.podIP }]; }
  if (w.terminal) w.releaseTimers();
  try {
    w.rt.client.updateStatus('pods', { ...current, status });
  } catch {
    // The pod was deleted or changed meanwhile: the next change writes again.
  }
}
