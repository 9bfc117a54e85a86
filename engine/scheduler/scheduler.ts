// The scheduler component — minimal first slice: binds each unscheduled pod to the node with
// the fewest pods (ties by name) through the Binding subresource.
// TODO(scheduler): the scheduling framework replaces the insides; keep `startScheduler(ctx)`.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { ControllerContext } from '../controllers/runner/controller.ts';
import { WorkQueue } from '../controllers/runner/work-queue.ts';
import { splitMetaKey } from '../apimachinery/object.ts';

export function startScheduler(ctx: ControllerContext): void {
  const pods = ctx.informers.informer<Pod>('pods');
  const nodes = ctx.informers.informer<Node>('nodes');
  const queue = new WorkQueue(ctx, (key) => {
    const { namespace, name } = splitMetaKey(key);
    const pod = pods.get(namespace, name);
    if (!pod || pod.spec?.nodeName || pod.metadata.deletionTimestamp) return;
    const counts = new Map<string, number>();
    for (const p of pods.list()) if (p.spec?.nodeName) counts.set(p.spec.nodeName, (counts.get(p.spec.nodeName) ?? 0) + 1);
    const [best] = nodes.list().sort((a, b) => (counts.get(a.metadata.name ?? '') ?? 0) - (counts.get(b.metadata.name ?? '') ?? 0));
    if (!best) throw new Error('no nodes available to schedule pods');
    const nodeName = best.metadata.name ?? '';
    ctx.client.bind(namespace ?? 'default', name, nodeName);
    ctx.recorder.event(pod, 'Normal', 'Scheduled', `Successfully assigned ${namespace ?? 'default'}/${name} to ${nodeName}`);
  });
  pods.addHandler({ add: (p) => !p.spec?.nodeName && queue.add(`${p.metadata.namespace ?? ''}/${p.metadata.name ?? ''}`) });
  nodes.addHandler({ add: () => { for (const p of pods.list()) if (!p.spec?.nodeName) queue.add(`${p.metadata.namespace ?? ''}/${p.metadata.name ?? ''}`); } });
}
