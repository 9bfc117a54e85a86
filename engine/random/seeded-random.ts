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

  /**
   * An RFC 4122 version-4 shaped UUID, as the API server assigns to metadata.uid: 8-4-4-4-12 hex
   * digits, the third group starting with 4, the fourth with 8-b. Drawn digit by digit in that
   * order, into one char-code buffer made into one flat string (every object and Event has one).
   */
  uuid(): string {
    const codes = new Array<number>(36);
    let at = this.hexDigits(codes, 0, 8);
    codes[at++] = DASH;
    at = this.hexDigits(codes, at, 4);
    codes[at++] = DASH;
    codes[at++] = FOUR;
    at = this.hexDigits(codes, at, 3);
    codes[at++] = DASH;
    codes[at++] = HEX.charCodeAt(8 + (this.rng.next() & 3));
    at = this.hexDigits(codes, at, 3);
    codes[at++] = DASH;
    this.hexDigits(codes, at, 12);
    return String.fromCharCode.apply(null, codes);
  }

  /**
   * Draws `n` hex digits into `codes` from `at`; returns the position after them. A digit is the
   * low four bits of one draw: exactly what `int(16)` returns (pure-rand's uniformIntInternal
   * computes (next() + 2^31) % 16 and never rejects, as 16 divides 2^32), without its three calls.
   */
  private hexDigits(codes: number[], at: number, n: number): number {
    for (let i = 0; i < n; i++) codes[at++] = HEX_CODES[this.rng.next() & 15]!;
    return at;
  }
}

const HEX = '0123456789abcdef';
const HEX_CODES = Array.from(HEX, (c) => c.charCodeAt(0));
const DASH = 45; // '-'
const FOUR = 52; // '4'
