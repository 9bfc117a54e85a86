// One zone's queue of nodes waiting for their NoExecute taint:
// pkg/controller/nodelifecycle/scheduler/rate_limited_queue.go → RateLimitedTimedQueue over a
// UniqueQueue. A node is added once until Remove is called (a processed node stays in the set, so
// it is not tainted twice); Try hands the due nodes to the action while the limiter gives tokens
// (a token is spent before the due time is checked, as upstream); a failed action retries after
// its wait. SwapLimiter keeps an exhausted bucket exhausted. Equal due times go in insertion order
// (upstream's heap leaves that order open).
import { EVICTION_RATE_LIMITER_BURST } from './config.ts';
import { NEVER_LIMITER, TokenBucket, type RateLimiter } from './token-bucket.ts';

export interface TimedValue {
  value: string;
  uid: string;
  addedAtMs: number;
  processAtMs: number;
}

/** The action's verdict: done, or retry after `waitMs`. */
export type ActionResult = { ok: true } | { ok: false; waitMs: number };

interface Entry extends TimedValue { seq: number }

export class RateLimitedTimedQueue {
  private queue: Entry[] = [];
  private readonly set = new Set<string>();
  private seq = 0;

  constructor(private limiter: RateLimiter) {}

  get qps(): number { return this.limiter.qps; }
  get length(): number { return this.queue.length; }

  /** Adds the value unless it was added before and not removed; true when added. */
  add(value: string, uid: string, nowMs: number): boolean {
    if (this.set.has(value)) return false;
    this.set.add(value);
    this.push({ value, uid, addedAtMs: nowMs, processAtMs: nowMs, seq: ++this.seq });
    return true;
  }

  /** Forgets the value so it may be added again; true when it had been added. */
  remove(value: string): boolean {
    if (!this.set.delete(value)) return false;
    this.queue = this.queue.filter((e) => e.value !== value);
    return true;
  }

  try(nowMs: number, action: (v: TimedValue) => ActionResult): void {
    for (let head = this.queue[0]; head; head = this.queue[0]) {
      if (!this.limiter.tryAccept(nowMs)) break;
      if (nowMs < head.processAtMs) break;
      const result = action(head);
      this.queue = this.queue.filter((e) => e !== head);
      if (!result.ok) this.push({ ...head, processAtMs: nowMs + result.waitMs });
    }
  }

  swapLimiter(qps: number, nowMs: number): void {
    if (this.limiter.qps === qps) return;
    const next: RateLimiter = qps <= 0 ? NEVER_LIMITER : new TokenBucket(qps, EVICTION_RATE_LIMITER_BURST, nowMs);
    // "If we're currently waiting on limiter, we drain the new one" (burst 1).
    if (qps > 0 && !this.limiter.tryAccept(nowMs)) next.tryAccept(nowMs);
    this.limiter = next;
  }

  /** When a Try could next act: the next token, if anything is queued and the limiter ever accepts. */
  nextTryMs(nowMs: number): number | undefined {
    return this.queue.length === 0 ? undefined : this.limiter.readyAtMs(nowMs);
  }

  private push(entry: Entry): void {
    const i = this.queue.findIndex((e) => e.processAtMs > entry.processAtMs || (e.processAtMs === entry.processAtMs && e.seq > entry.seq));
    if (i < 0) this.queue.push(entry);
    else this.queue.splice(i, 0, entry);
  }
}
