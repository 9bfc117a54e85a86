// Pods nominated to nodes by preemption: counted by later cycles so the freed room is not taken.
// Models: pkg/scheduler/backend/queue/nominator.go → AddNominatedPod, DeleteNominatedPodIfExists,
// NominatedPodsForNode (kept in nomination order).
import type { Pod } from 'kubernetes-types/core/v1';

function key(pod: Pod): string {
  return `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

const NONE: readonly Pod[] = Object.freeze([]);

export class Nominator {
  private readonly byPod = new Map<string, { pod: Pod; nodeName: string }>();
  private readonly byNode = new Map<string, Pod[]>();

  add(pod: Pod, nodeName: string): void {
    this.delete(pod);
    this.byPod.set(key(pod), { pod, nodeName });
    this.byNode.set(nodeName, [...(this.byNode.get(nodeName) ?? []), pod]);
  }

  delete(pod: Pod): void {
    if (this.byPod.size === 0) return;
    const k = key(pod);
    const entry = this.byPod.get(k);
    if (!entry) return;
    this.byPod.delete(k);
    const left = (this.byNode.get(entry.nodeName) ?? []).filter((p) => key(p) !== k);
    if (left.length > 0) this.byNode.set(entry.nodeName, left);
    else this.byNode.delete(entry.nodeName);
  }

  nominatedPodsForNode = Object.assign(
    (nodeName: string): readonly Pod[] => this.byNode.get(nodeName) ?? NONE,
    { isEmpty: (): boolean => this.byPod.size === 0 },
  );

  nodeOf(pod: Pod): string | undefined {
    return this.byPod.get(key(pod))?.nodeName;
  }
}
