// One seeded generator per scenario, forked per component: `fork(name)` derives an independent
// stream from (seed, name), so adding a component or a draw in one component never shifts
// another's sequence. Backed by pure-rand's xoroshiro128+. Kubernetes uses crypto/math rand
// for names, UIDs, IPs and ports; the simulator draws them all from here.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

type Generator = ReturnType<typeof xoroshiro128plus>;

/** 32-bit FNV-1a, used to derive seeds from names. */
export function hashSeed(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h | 0;
}

export class SeededRandom {
  private readonly rng: Generator;

  constructor(readonly seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
  }

  /** An independent generator for a named component. */
  fork(name: string): SeededRandom {
    return new SeededRandom(hashSeed(name, this.seed >>> 0));
  }

  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    if (maxExclusive <= 1) return 0;
    return uniformInt(this.rng, 0, maxExclusive - 1);
  }

  intBetween(lo: number, hiInclusive: number): number {
    return lo + this.int(hiInclusive - lo + 1);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /**
   * Made in one piece from char codes, not built with `+=`: V8 keeps a `+=` chain as a tree of
   * cons strings (32 bytes a character), and the names, uids and container IDs made here live as
   * long as their objects (`join` is flat too, but slower).
   */
  string(length: number, alphabet: string): string {
    const codes = new Array<number>(length);
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(this.int(alphabet.length));
    return String.fromCharCode.apply(null, codes);
  }

  /** An RFC 4122 version-4 shaped UUID, as the API server assigns to metadata.uid. */
  uuid(): string {
    const hex = '0123456789abcdef';
    const h = (n: number): string => this.string(n, hex);
    // Joined into one flat string (a template literal of nine parts is a tree of cons strings).
    return [h(8), '-', h(4), '-4', h(3), '-', hex[8 + this.int(4)], h(3), '-', h(12)].join('');
  }
}
