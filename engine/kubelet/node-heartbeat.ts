// The kubelet's heartbeats: the node Lease in kube-node-lease renewed every 10s
// (pkg/kubelet/nodelease → controller.go; renewInterval = 0.25 × leaseDurationSeconds 40) and the
// Node's conditions re-posted every nodeStatusReportFrequency (5m) when nothing changed
// (pkg/kubelet/kubelet_node_status.go → updateNodeStatus), its own conditions computed afresh
// (a condition someone else set Unknown turns back, with a new lastTransitionTime). Both are
// timers; they stop with the kubelet and resume, with an immediate renewal and post, when it restarts.
import type { Node } from 'kubernetes-types/core/v1';
import type { ApiClient } from '../client/api-client.ts';
import { formatTimestamp } from '../clock/timestamp.ts';
import type { TaskHandle, VirtualClock } from '../clock/virtual-clock.ts';
import { KUBELET_NODE_CONDITIONS } from './node-registration.ts';

export const LEASE_DURATION_SECONDS = 40;
export const LEASE_RENEW_MS = 10_000;
export const NODE_STATUS_REPORT_MS = 300_000;

/** metav1.MicroTime: RFC3339 with microseconds. */
const microTime = (ms: number): string => formatTimestamp(ms).replace(/Z$/, `.${String((ms % 1000) * 1000).padStart(6, '0')}Z`);

export class NodeHeartbeat {
  private handles: TaskHandle[] = [];

  constructor(private readonly client: ApiClient, private readonly clock: VirtualClock, private readonly nodeName: string, private readonly owner: string) {}

  start(): void {
    this.client.create('leases', {
      apiVersion: 'coordination.k8s.io/v1', kind: 'Lease',
      metadata: { name: this.nodeName, namespace: 'kube-node-lease' },
      spec: { holderIdentity: this.nodeName, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: microTime(this.clock.nowMs()) },
    });
    this.startTimers();
  }

  /** A restarted kubelet renews its Lease and posts its status at once, then on its periods again. */
  resume(): void {
    this.renewLease();
    this.postNodeStatus();
    this.startTimers();
  }

  private startTimers(): void {
    this.every(LEASE_RENEW_MS, () => this.renewLease());
    this.every(NODE_STATUS_REPORT_MS, () => this.postNodeStatus());
  }

  stop(): void {
    for (const h of this.handles) this.clock.cancel(h);
    this.handles = [];
  }

  private every(periodMs: number, run: () => void): void {
    const tick = (): void => { run(); this.handles.push(this.clock.schedule(periodMs, this.owner, tick, 'timer')); };
    this.handles.push(this.clock.schedule(periodMs, this.owner, tick, 'timer'));
  }

  private renewLease(): void {
    try {
      const lease = this.client.get<{ spec?: Record<string, unknown> } & Record<string, unknown>>('leases', 'kube-node-lease', this.nodeName);
      this.client.update('leases', { ...lease, spec: { ...lease.spec, renewTime: microTime(this.clock.nowMs()) } });
    } catch {
      // The Lease was deleted: recreated on the next kubelet start in Kubernetes; left out here.
    }
  }

  private postNodeStatus(): void {
    try {
      const node = this.client.get<Node>('nodes', undefined, this.nodeName);
      const now = formatTimestamp(this.clock.nowMs());
      const conditions = (node.status?.conditions ?? []).map((c) => {
        const own = KUBELET_NODE_CONDITIONS.find((k) => k.type === c.type);
        if (!own) return c;
        return { ...c, ...own, lastHeartbeatTime: now, lastTransitionTime: c.status === own.status ? c.lastTransitionTime : now };
      });
      this.client.updateStatus('nodes', { ...node, status: { ...node.status, conditions } });
    } catch {
      // The Node was deleted: nothing to report.
    }
  }
}
