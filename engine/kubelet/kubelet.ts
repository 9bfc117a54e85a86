// The kubelet of one simulated node — minimal first slice: registers its Node, watches the pods
// bound to it and reports them Running and Ready with a pod IP from the node's podCIDR.
// TODO(kubelet): the pod-health work replaces the insides (runtime, probes, restarts,
// termination, events); keep the constructor and start/stop signatures.
import type { Pod } from 'kubernetes-types/core/v1';
import { formatTimestamp } from '../clock/timestamp.ts';
import type { ControllerContext } from '../controllers/runner/controller.ts';
import { nodeObject } from './node-registration.ts';
import type { NodeSpec } from './node-spec.ts';

export class Kubelet {
  private nextIp = 2;

  constructor(private readonly ctx: ControllerContext, readonly spec: NodeSpec, private readonly index: number) {}

  start(): void {
    this.ctx.client.create('nodes', nodeObject(this.spec, this.index, this.ctx.clock.nowMs()));
    const pods = this.ctx.informers.informer<Pod>('pods', { fieldSelector: `spec.nodeName=${this.spec.name}` });
    pods.addHandler({ add: (p) => this.sync(p), update: (_o, p) => this.sync(p) });
    this.ctx.informers.start();
  }

  stop(): void {
    this.ctx.informers.stop();
  }

  private sync(pod: Pod): void {
    const name = pod.metadata?.name ?? '';
    const namespace = pod.metadata?.namespace ?? 'default';
    if (pod.metadata?.deletionTimestamp) {
      if (pod.status?.podIP) this.ctx.network.detach(pod.status.podIP);
      this.ctx.client.delete('pods', namespace, name, { gracePeriodSeconds: 0 });
      return;
    }
    if (pod.status?.phase === 'Running') return;
    const now = formatTimestamp(this.ctx.clock.nowMs());
    const cond = (type: string) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: now });
    const ip = `10.244.${this.index}.${this.nextIp++}`;
    // First slice: every port answers HTTP 200 with the pod's name.
    this.ctx.network.attach(ip, (req) => ({ kind: 'http', status: 200, body: name, servedBy: `${namespace}/${name}:${req.port}` }));
    this.ctx.client.updateStatus('pods', {
      ...pod,
      status: {
        ...pod.status, phase: 'Running', hostIP: `172.18.0.${this.index + 2}`, podIP: ip, podIPs: [{ ip }], startTime: now,
        conditions: [cond('PodReadyToStartContainers'), cond('Initialized'), cond('Ready'), cond('ContainersReady'), cond('PodScheduled')],
        containerStatuses: (pod.spec?.containers ?? []).map((c) => ({
          name: c.name, image: c.image ?? '', imageID: '', ready: true, restartCount: 0, started: true,
          state: { running: { startedAt: now } }, containerID: `containerd://${name}-${c.name}`,
        })),
      },
    } as unknown as Pod);
  }
}
