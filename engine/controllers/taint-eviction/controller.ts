// The taint eviction controller (pkg/controller/tainteviction/taint_eviction.go): it remembers
// each node's NoExecute taints (handleNodeUpdate) and decides for every pod on a tainted node
// (processPodOnNode): a pod not tolerating all of them is deleted at once; one tolerating them is
// deleted after the shortest tolerationSeconds of the tolerations used (never when none sets it);
// the deletion is cancelled, with an event, when the taints go or the pod goes. Node and pod
// changes share one queue, in arrival order (upstream hashes them onto 8 workers, nodes first).
import type { Node, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import { jsonEqual } from '../../apimachinery/object.ts';
import type { ControllerContext, ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { addPodNodeNameIndexer, POD_NODE_NAME_INDEX } from '../runner/pod-node-name-index.ts';
import { deletePodForTaint, emitCancelPodDeletionEvent } from './pod-deletion.ts';
import { TimedWorkerQueue } from './timed-worker-queue.ts';
import { getMatchingTolerations, getMinTolerationTimeMs, noExecuteTaints } from './tolerations.ts';

export const taintEvictionController: ControllerDefinition = {
  name: 'taint-eviction-controller',
  start: (ctx) => { startTaintEvictionController(ctx); },
};

const podKey = (p: Pod): string => `${p.metadata?.namespace ?? ''}/${p.metadata?.name ?? ''}`;

export function startTaintEvictionController(ctx: ControllerContext): TimedWorkerQueue {
  const pods = ctx.informers.informer<Pod>('pods');
  addPodNodeNameIndexer(pods);
  const nodes = ctx.informers.informer<Node>('nodes');
  const taintedNodes = new Map<string, Taint[]>();
  const evictions = new TimedWorkerQueue(ctx.clock, ctx.name, (key) => { deletePodForTaint(ctx.client, ctx.recorder, key, ctx.clock.nowMs()); });
  const cancelWithEvent = (key: string): void => { if (evictions.cancelWork(key)) emitCancelPodDeletionEvent(ctx.recorder, key); };

  const processPodOnNode = (key: string, tolerations: readonly Toleration[], taints: readonly Taint[]): void => {
    const nowMs = ctx.clock.nowMs();
    if (taints.length === 0) cancelWithEvent(key);
    const { allTolerated, used } = getMatchingTolerations(taints, tolerations);
    if (!allTolerated) {
      // Cancel whatever was scheduled: the pod goes right away.
      cancelWithEvent(key);
      evictions.addWork(key, nowMs, nowMs);
      return;
    }
    const minMs = getMinTolerationTimeMs(used);
    if (minMs < 0) { cancelWithEvent(key); return; }
    // A deletion already scheduled keeps its time: upstream replaces it only when it was created
    // after time.Now(), which cannot happen.
    if (evictions.getWorker(key)) return;
    evictions.addWork(key, nowMs, nowMs + minMs);
  };

  const handleNodeUpdate = (name: string): void => {
    const node = nodes.get(undefined, name);
    if (!node) { taintedNodes.delete(name); return; }
    const taints = noExecuteTaints(node.spec?.taints);
    if (taints.length === 0) taintedNodes.delete(name);
    else taintedNodes.set(name, taints);
    const onNode = pods.byIndex(POD_NODE_NAME_INDEX, name);
    // "All taints were removed from the node. Cancelling all evictions..."
    if (taints.length === 0) { for (const p of onNode) cancelWithEvent(podKey(p)); return; }
    for (const p of onNode) processPodOnNode(podKey(p), p.spec?.tolerations ?? [], taints);
  };

  const handlePodUpdate = (namespace: string, name: string, nodeName: string): void => {
    const key = `${namespace}/${name}`;
    const pod = pods.get(namespace, name);
    if (!pod) { cancelWithEvent(key); return; }
    if ((pod.spec?.nodeName ?? '') !== nodeName || nodeName === '') return;
    const taints = taintedNodes.get(nodeName);
    if (taints) processPodOnNode(key, pod.spec?.tolerations ?? [], taints);
  };

  const queue = new WorkQueue(ctx, (item) => {
    const [kind, a = '', b = '', c = ''] = JSON.parse(item) as string[];
    if (kind === 'node') handleNodeUpdate(a);
    else handlePodUpdate(a, b, c);
  });
  nodes.addHandler({
    add: (n) => queue.add(JSON.stringify(['node', n.metadata.name ?? ''])),
    update: (o, n) => { if (!jsonEqual(noExecuteTaints(o.spec?.taints), noExecuteTaints(n.spec?.taints))) queue.add(JSON.stringify(['node', n.metadata.name ?? ''])); },
    delete: (n) => queue.add(JSON.stringify(['node', n.metadata.name ?? ''])),
  });
  const podUpdated = (old: Pod | undefined, pod: Pod): void => {
    if (old && jsonEqual(old.spec?.tolerations ?? [], pod.spec?.tolerations ?? []) && old.spec?.nodeName === pod.spec?.nodeName) return;
    // An item for a pod on no node is a no-op when handled (handlePodUpdate returns for an empty
    // node name, and a pod never bound has no eviction to cancel), so it is not queued: every
    // pod's create would otherwise cost a queue item and a drain.
    const nodeName = pod.spec?.nodeName ?? '';
    if (nodeName === '') return;
    queue.add(JSON.stringify(['pod', pod.metadata?.namespace ?? '', pod.metadata?.name ?? '', nodeName]));
  };
  pods.addHandler({ add: (p) => podUpdated(undefined, p), update: (o, p) => podUpdated(o, p), delete: (p) => podUpdated(undefined, p) });
  return evictions;
}
