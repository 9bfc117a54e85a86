// Slow-start batching of pod creations: batches of 1, 2, 4, ... so a failing create (quota,
// admission) costs one call instead of hundreds. Models pkg/controller/replicaset/replica_set.go
// → slowStartBatch and the constants BurstReplicas (500) and SlowStartInitialBatchSize (1) of
// pkg/controller/controller_utils.go. Go runs a batch in parallel; here the calls of a batch run
// in order, all of them, and the first error of the batch is the one returned.
export const BURST_REPLICAS = 500;
export const SLOW_START_INITIAL_BATCH_SIZE = 1;

export interface SlowStartResult { successes: number; error: Error | undefined }

/** Batch sizes for `count` items: each is min(2·previous, remaining). */
export function slowStartBatchSizes(count: number, initialBatchSize = SLOW_START_INITIAL_BATCH_SIZE): number[] {
  const sizes: number[] = [];
  let remaining = count;
  for (let size = Math.min(remaining, initialBatchSize); size > 0; size = Math.min(2 * size, remaining)) {
    sizes.push(size);
    remaining -= size;
  }
  return sizes;
}

/** Runs `fn` `count` times in growing batches; stops after the first batch with a failure. */
export function slowStartBatch(count: number, initialBatchSize: number, fn: () => Error | undefined): SlowStartResult {
  let successes = 0;
  for (const size of slowStartBatchSizes(count, initialBatchSize)) {
    let firstError: Error | undefined;
    for (let i = 0; i < size; i++) {
      const err = fn();
      if (err === undefined) successes++;
      else firstError ??= err;
    }
    if (firstError !== undefined) return { successes, error: firstError };
  }
  return { successes, error: undefined };
}
