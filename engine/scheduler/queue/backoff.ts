// Per-pod back-off for pods that failed scheduling.
// Models: pkg/scheduler/backend/queue/scheduling_queue.go → calculateBackoffDuration, getBackoffTime;
// defaults podInitialBackoffSeconds 1, podMaxBackoffSeconds 10 (apis/config/v1/defaults.go).
// Worked example: attempts 1 → 1s, 2 → 2s, 3 → 4s, 4 → 8s, 5+ → 10s.

export const DEFAULT_INITIAL_BACKOFF_MS = 1000;
export const DEFAULT_MAX_BACKOFF_MS = 10_000;

export function calculateBackoffDurationMs(attempts: number, initialMs = DEFAULT_INITIAL_BACKOFF_MS, maxMs = DEFAULT_MAX_BACKOFF_MS): number {
  let durationMs = initialMs;
  for (let i = 1; i < attempts; i++) {
    if (durationMs > maxMs - durationMs) return maxMs;
    durationMs += durationMs;
  }
  return durationMs;
}
