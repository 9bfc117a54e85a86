// Per-key exponential back-off as client-go's flowcontrol.Backoff without jitter
// (staging/src/k8s.io/client-go/util/flowcontrol/backoff.go → Next, IsInBackOffSince), used by
// the kubelet for CrashLoopBackOff (pkg/kubelet/kuberuntime/kuberuntime_manager.go → doBackOff:
// 10s doubling to 300s, keyed per container, measured from the container's finishedAt) and for
// image pulls (pkg/kubelet/images/image_manager.go: 10s to 300s). An entry expires when the event
// is more than 600s after its last update (v1.33 HasExpiredFunc), so a quiet container starts over.
export const CONTAINER_BACKOFF = { initialMs: 10_000, maxMs: 300_000, expireMs: 600_000 } as const;
export const IMAGE_PULL_BACKOFF = { initialMs: 10_000, maxMs: 300_000, expireMs: 600_000 } as const;

export interface BackoffPolicy { initialMs: number; maxMs: number; expireMs: number }

interface Entry { backoffMs: number; lastUpdateMs: number }

export class Backoff {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly policy: BackoffPolicy) {}

  /** The current back-off window for `key` (0 when none). */
  get(key: string): number {
    return this.entries.get(key)?.backoffMs ?? 0;
  }

  /** True while `nowMs − eventMs` is inside the current window (and the entry has not expired). */
  isInBackOffSince(key: string, eventMs: number, nowMs: number): boolean {
    const e = this.entries.get(key);
    if (e === undefined || this.hasExpired(eventMs, e)) return false;
    return nowMs - eventMs < e.backoffMs;
  }

  /** True while `nowMs` is inside the window that began at the last update (IsInBackOffSinceUpdate). */
  isInBackOffSinceUpdate(key: string, nowMs: number): boolean {
    const e = this.entries.get(key);
    if (e === undefined || this.hasExpired(nowMs, e)) return false;
    return nowMs - e.lastUpdateMs < e.backoffMs;
  }

  /** When the window that began at the last update ends. */
  windowEndMs(key: string): number {
    const e = this.entries.get(key);
    return e === undefined ? 0 : e.lastUpdateMs + e.backoffMs;
  }

  /** Records another failure: starts at the initial window, else doubles up to the cap. */
  next(key: string, eventMs: number, nowMs: number): void {
    const e = this.entries.get(key);
    const backoffMs = e === undefined || this.hasExpired(eventMs, e) ? this.policy.initialMs : Math.min(e.backoffMs * 2, this.policy.maxMs);
    this.entries.set(key, { backoffMs, lastUpdateMs: nowMs });
  }

  /** When the window that started at `eventMs` ends. */
  retryAtMs(key: string, eventMs: number): number {
    return eventMs + this.get(key);
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private hasExpired(eventMs: number, e: Entry): boolean {
    return eventMs - e.lastUpdateMs > this.policy.expireMs;
  }
}
