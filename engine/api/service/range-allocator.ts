// An allocator over a contiguous range of offsets with Kubernetes' two-band scheme
// (pkg/registry/core/service/allocator/bitmap.go → randomScanStrategyWithOffset): the range is
// split into a low "static" band of `offset` values, kept for explicit requests, and the rest;
// automatic allocation picks a random free value in the upper band first (scanning on from the
// random start, wrapping), then in the lower band. The random start comes from the seeded source.
import type { SeededRandom } from '../../random/seeded-random.ts';

export class RangeAllocator {
  private readonly used = new Set<number>();

  constructor(readonly size: number, private readonly offset: number, private readonly random: SeededRandom) {}

  isAllocated(i: number): boolean {
    return this.used.has(i);
  }

  /** Claims a specific value; false when it is taken. */
  allocate(i: number): boolean {
    if (this.used.has(i)) return false;
    this.used.add(i);
    return true;
  }

  /** Claims any free value, or undefined when the range is full. */
  allocateNext(): number | undefined {
    return this.scan(this.offset, this.size) ?? this.scan(0, this.offset);
  }

  release(i: number): void {
    this.used.delete(i);
  }

  private scan(from: number, to: number): number | undefined {
    const n = to - from;
    if (n <= 0) return undefined;
    const start = this.random.int(n);
    for (let k = 0; k < n; k++) {
      const i = from + ((start + k) % n);
      if (!this.used.has(i)) {
        this.used.add(i);
        return i;
      }
    }
    return undefined;
  }
}
