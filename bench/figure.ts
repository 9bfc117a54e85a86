// Printing a benchmark figure: `name  value unit  (floor: ≥ x)`, one per line, so figures can
// be compared across runs. A figure under its floor is marked, but benches never fail a build.
export function figure(name: string, value: number, unit: string, floor?: { atLeast?: number; atMost?: number }): void {
  const shown = value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
  let note = '';
  if (floor?.atLeast !== undefined) note = `  (floor ≥ ${floor.atLeast.toLocaleString('en-US')}${value < floor.atLeast ? ', BELOW FLOOR' : ''})`;
  if (floor?.atMost !== undefined) note = `  (floor ≤ ${floor.atMost.toLocaleString('en-US')}${value > floor.atMost ? ', ABOVE FLOOR' : ''})`;
  console.log(`${name.padEnd(48)} ${shown.padStart(12)} ${unit}${note}`);
}

/** Wall-clock milliseconds of `fn` (benchmarks may read the real clock; the engine may not). */
export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
