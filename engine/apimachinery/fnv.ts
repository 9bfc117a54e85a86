// 32-bit FNV-1a, the hash behind pod-template-hash and controller revision names.
// Models Go's hash/fnv → New32a (offset basis 2166136261, prime 16777619) as used by
// pkg/controller/controller_utils.go → ComputeHash. Strings are hashed as UTF-8 bytes, as Go
// writes them. Left out: the spew deep-printer that produces the bytes ComputeHash feeds in.

const OFFSET_BASIS = 0x811c9dc5;
const PRIME = 0x01000193;
const encoder = new TextEncoder();

export class Fnv32a {
  private hash = OFFSET_BASIS;

  writeBytes(bytes: Uint8Array): this {
    for (const b of bytes) this.hash = Math.imul(this.hash ^ b, PRIME) >>> 0;
    return this;
  }

  writeString(s: string): this {
    return this.writeBytes(encoder.encode(s));
  }

  /** The hash as an unsigned 32-bit integer. */
  sum32(): number {
    return this.hash >>> 0;
  }
}

export function fnv32a(input: string | Uint8Array): number {
  const h = new Fnv32a();
  return typeof input === 'string' ? h.writeString(input).sum32() : h.writeBytes(input).sum32();
}
