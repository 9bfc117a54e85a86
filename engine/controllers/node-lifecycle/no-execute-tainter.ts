// The per-zone NoExecute tainting of node_lifecycle_controller.go: zoneNoExecuteTainter (one
// rate-limited queue per zone, created at the eviction rate by addPodEvictorForNewZone),
// markNodeForTainting, markNodeAsReachable (both NoExecute taints removed, the node forgotten by
// its queue) and doNoExecuteTaintingPass (every NodeEvictionPeriod, each zone's due nodes get
// not-ready or unreachable as their Ready condition says, swapped against the other one).
// The 100 ms loop only runs while some queue can act: a pass that would find no token changes
// nothing, so passes are scheduled at the first 100 ms tick with a token. They are timers.
import type { Node } from 'kubernetes-types/core/v1';
import type { Stored } from '../../apimachinery/object.ts';
import type { TaskHandle } from '../../clock/virtual-clock.ts';
import type { Informer } from '../../client/informer.ts';
import type { ApiClient } from '../../client/api-client.ts';
import type { VirtualClock } from '../../clock/virtual-clock.ts';
import { EVICTION_RATE_LIMITER_BURST, NODE_EVICTION_PERIOD_MS } from './config.ts';
import { nodeCondition } from './conditions.ts';
import { RateLimitedTimedQueue, type ActionResult, type TimedValue } from './rate-limited-queue.ts';
import { removeTaintOffNode, swapNodeControllerTaint } from './taint-api.ts';
import { NOT_READY_TAINT, taintExists, UNREACHABLE_TAINT } from './taints.ts';
import { TokenBucket } from './token-bucket.ts';
import { zoneKey } from './zone-state.ts';

export interface TainterDeps {
  client: ApiClient;
  clock: VirtualClock;
  nodes: Informer<Stored<Node>>;
  owner: string;
  evictionLimiterQPS: number;
}

export class NoExecuteTainter {
  /** Zones in the order they appeared (upstream iterates a map). */
  readonly zones = new Map<string, RateLimitedTimedQueue>();
  private pass: { handle: TaskHandle; atMs: number } | undefined;

  constructor(private readonly deps: TainterDeps) {}

  hasZone(zone: string): boolean { return this.zones.has(zone); }

  addZone(zone: string): void {
    this.zones.set(zone, new RateLimitedTimedQueue(new TokenBucket(this.deps.evictionLimiterQPS, EVICTION_RATE_LIMITER_BURST, this.deps.clock.nowMs())));
  }

  swapLimiter(zone: string, qps: number): void {
    this.zones.get(zone)?.swapLimiter(qps, this.deps.clock.nowMs());
    this.schedule();
  }

  /** Queues the node for the taint its Ready status calls for; true when it was newly queued. */
  markNodeForTainting(node: Node, status: 'False' | 'Unknown'): boolean {
    const queue = this.zones.get(zoneKey(node));
    if (!queue) return false;
    const name = node.metadata?.name ?? '';
    if (!taintExists(node.spec?.taints, status === 'False' ? NOT_READY_TAINT : UNREACHABLE_TAINT)) queue.remove(name);
    const added = queue.add(name, node.metadata?.uid ?? '', this.deps.clock.nowMs());
    this.schedule();
    return added;
  }

  /** Removes both NoExecute taints (throws when a write fails); true when the node was queued. */
  markNodeAsReachable(node: Node): boolean {
    const name = node.metadata?.name ?? '';
    removeTaintOffNode(this.deps.client, name, node, [UNREACHABLE_TAINT]);
    removeTaintOffNode(this.deps.client, name, node, [NOT_READY_TAINT]);
    return this.zones.get(zoneKey(node))?.remove(name) ?? false;
  }

  private run(): void {
    this.pass = undefined;
    const nowMs = this.deps.clock.nowMs();
    for (const queue of this.zones.values()) queue.try(nowMs, (v) => this.taint(v, nowMs));
    this.schedule();
  }

  private taint(value: TimedValue, nowMs: number): ActionResult {
    const node = this.deps.nodes.get(undefined, value.value);
    if (!node) return { ok: true };
    const ready = nodeCondition(node.status, 'Ready');
    if (!ready) return { ok: false, waitMs: 50 };
    // "unreachable" and "not ready" mirror Ready Unknown and False, so they exclude each other.
    if (ready.status === 'False') return this.swap(node, nowMs, NOT_READY_TAINT, UNREACHABLE_TAINT);
    if (ready.status === 'Unknown') return this.swap(node, nowMs, UNREACHABLE_TAINT, NOT_READY_TAINT);
    return { ok: true };
  }

  private swap(node: Node, nowMs: number, add: typeof UNREACHABLE_TAINT, remove: typeof UNREACHABLE_TAINT): ActionResult {
    return swapNodeControllerTaint(this.deps.client, nowMs, [add], [remove], node) ? { ok: true } : { ok: false, waitMs: 0 };
  }

  /** (Re)schedules the next pass at the first 100 ms tick at which some queue has a token. */
  private schedule(): void {
    const nowMs = this.deps.clock.nowMs();
    let next: number | undefined;
    for (const queue of this.zones.values()) {
      const at = queue.nextTryMs(nowMs);
      if (at !== undefined && (next === undefined || at < next)) next = at;
    }
    const atMs = next === undefined ? undefined : Math.ceil(next / NODE_EVICTION_PERIOD_MS) * NODE_EVICTION_PERIOD_MS;
    if (this.pass && this.pass.atMs === atMs) return;
    this.deps.clock.cancel(this.pass?.handle);
    // At its instant the pass goes after the tasks already due then (a monitor pass that ticks at
    // the same time sees the taints of earlier passes; upstream's loops rarely meet on one instant).
    this.pass = atMs === undefined ? undefined
      : { atMs, handle: this.deps.clock.schedule(atMs - nowMs, this.deps.owner, () => this.deferRun(), 'timer') };
  }

  private deferRun(): void {
    if (!this.pass) return;
    this.pass.handle = this.deps.clock.schedule(0, this.deps.owner, () => this.run(), 'timer');
  }
}
