// The eviction rate limiters: client-go/util/flowcontrol → NewTokenBucketRateLimiter (a
// golang.org/x/time/rate Limiter that starts full with `burst` tokens and refills at `qps`;
// TryAccept takes a token if one is there and otherwise changes nothing) and
// NewFakeNeverRateLimiter (QPS 0, never accepts). Tokens are counted in whole milliseconds of
// refill (one token = 1000/qps ms) so the arithmetic is exact on the virtual clock.
export interface RateLimiter {
  readonly qps: number;
  tryAccept(nowMs: number): boolean;
  /** When the next token is there (now or later); undefined for a limiter that never accepts. */
  readyAtMs(nowMs: number): number | undefined;
}

export class TokenBucket implements RateLimiter {
  private readonly tokenMs: number;
  private creditMs: number;
  private lastMs: number;

  constructor(readonly qps: number, private readonly burst: number, nowMs: number) {
    this.tokenMs = Math.round(1000 / qps);
    this.creditMs = burst * this.tokenMs;
    this.lastMs = nowMs;
  }

  tryAccept(nowMs: number): boolean {
    this.refill(nowMs);
    if (this.creditMs < this.tokenMs) return false;
    this.creditMs -= this.tokenMs;
    return true;
  }

  readyAtMs(nowMs: number): number {
    this.refill(nowMs);
    return this.creditMs >= this.tokenMs ? nowMs : nowMs + this.tokenMs - this.creditMs;
  }

  private refill(nowMs: number): void {
    if (nowMs <= this.lastMs) return;
    this.creditMs = Math.min(this.burst * this.tokenMs, this.creditMs + nowMs - this.lastMs);
    this.lastMs = nowMs;
  }
}

export const NEVER_LIMITER: RateLimiter = { qps: 0, tryAccept: () => false, readyAtMs: () => undefined };
