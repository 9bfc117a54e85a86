// The kube-scheduler component: informers feed the cache and the queue; one scheduling cycle per
// pod runs as a clock 'work' task; back-off expiries are 'work' tasks, the 30 s leftover flush a 'timer'.
// Models: pkg/scheduler/scheduler.go → Run, eventhandlers.go → addAllEventHandlers (assigned pods to
// the cache, unassigned pods of this scheduler to the queue, node changes as cluster events) and
// backend/queue/scheduling_queue.go → Run (flushBackoffQCompleted every 1 s, leftover flush every 30 s).
// Deviation: back-off expiries fire at the exact expiry instead of on the 1 s ticker.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { TaskHandle } from '../clock/virtual-clock.ts';
import type { ControllerContext } from '../controllers/runner/controller.ts';
import { apiActions } from './api-actions.ts';
import { nodeUpdateEvents } from './cluster-events.ts';
import { DEFAULT_SCHEDULER_NAME } from './plugins/index.ts';
import { SchedulerCore } from './scheduler-core.ts';

const OWNER = DEFAULT_SCHEDULER_NAME;
const LEFTOVER_FLUSH_INTERVAL_MS = 30_000;

function isAssigned(pod: Pod): boolean {
  return Boolean(pod.spec?.nodeName);
}

/** SchedulingGates PreEnqueue (plugins/schedulinggates): a gated pod waits outside the queue. */
function isGated(pod: Pod): boolean {
  return (pod.spec?.schedulingGates?.length ?? 0) > 0;
}

function isResponsibleFor(pod: Pod): boolean {
  return (pod.spec?.schedulerName ?? DEFAULT_SCHEDULER_NAME) === DEFAULT_SCHEDULER_NAME;
}

export function startScheduler(ctx: ControllerContext): SchedulerCore {
  const pods = ctx.informers.informer<Pod>('pods');
  const nodes = ctx.informers.informer<Node>('nodes');
  const pdbs = ctx.informers.informer<PodDisruptionBudget>('poddisruptionbudgets');
  const core = new SchedulerCore(apiActions(ctx, () => pdbs.list()));
  const now = () => ctx.clock.nowMs();

  let cycleTask: TaskHandle | undefined;
  let backoffTask: { handle: TaskHandle; dueMs: number } | undefined;

  const ensureBackoffTimer = (): void => {
    const due = core.queue.nextBackoffExpiryMs();
    if (due === undefined || (backoffTask && backoffTask.dueMs <= due)) return;
    if (backoffTask) ctx.clock.cancel(backoffTask.handle);
    const handle = ctx.clock.schedule(Math.max(0, due - now()), OWNER, () => {
      backoffTask = undefined;
      core.queue.flushBackoffQCompleted(now());
      kick();
    }, 'work');
    backoffTask = { handle, dueMs: due };
  };

  const kick = (): void => {
    ensureBackoffTimer();
    if (cycleTask || core.queue.activeCount === 0) return;
    cycleTask = ctx.clock.schedule(0, OWNER, () => {
      cycleTask = undefined;
      // Scheduling cycles run back to back while pods wait in activeQ; bindings go out as they
      // are decided (schedule_one.go runs the binding cycle asynchronously).
      while (core.queue.activeCount > 0) core.scheduleOne(now());
      kick();
    }, 'work');
  };

  const onClusterEvent = (event: Parameters<SchedulerCore['onClusterEvent']>[0]): void => {
    core.onClusterEvent(event, now());
    kick();
  };

  pods.addHandler({
    add(pod) {
      if (isAssigned(pod)) { core.cache.addPod(pod); return; }
      if (!isResponsibleFor(pod) || pod.metadata?.deletionTimestamp || isGated(pod)) return;
      core.queue.add(pod, now());
      kick();
    },
    update(oldPod, pod) {
      if (isAssigned(pod)) {
        if (!isAssigned(oldPod)) core.queue.delete(pod);
        core.cache.updatePod(pod);
        return;
      }
      if (!isResponsibleFor(pod)) return;
      if (pod.metadata?.deletionTimestamp || isGated(pod)) { core.queue.delete(pod); core.nominator.delete(pod); return; }
      core.queue.update(pod, now());
      kick();
    },
    delete(pod) {
      core.nominator.delete(pod);
      if (isAssigned(pod) || core.cache.nodeOf(pod)) {
        core.cache.removePod(pod);
        onClusterEvent('Pod/Delete');
      } else {
        core.queue.delete(pod);
      }
    },
  });
  nodes.addHandler({
    add(node) { core.cache.addNode(node); onClusterEvent('Node/Add'); },
    update(oldNode, node) {
      core.cache.updateNode(node);
      for (const event of nodeUpdateEvents(oldNode, node)) onClusterEvent(event);
    },
    delete(node) { core.cache.removeNode(node); },
  });

  const flushLeftover = (): void => {
    if (core.queue.flushUnschedulablePodsLeftover(now()) > 0) kick();
    ctx.clock.schedule(LEFTOVER_FLUSH_INTERVAL_MS, OWNER, flushLeftover, 'timer');
  };
  ctx.clock.schedule(LEFTOVER_FLUSH_INTERVAL_MS, OWNER, flushLeftover, 'timer');
  return core;
}
