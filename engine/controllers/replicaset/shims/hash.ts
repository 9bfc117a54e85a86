// 32-bit FNV-1a and Kubernetes' SafeEncodeString until engine/apimachinery/fnv.ts and
// safe-encode.ts land. Models hash/fnv New32a and staging/src/k8s.io/apimachinery/pkg/util/rand/rand.go
// → SafeEncodeString (alphabet without vowels and 0/1/3; index = code point mod 27).
// TODO(apimachinery): switch to the shared fnv.ts / safe-encode.ts.
const FNV32_OFFSET = 0x811c9dc5;
const FNV32_PRIME = 0x01000193;

export class Fnv32a {
  private h = FNV32_OFFSET;
  write(bytes: Uint8Array): void {
    for (const b of bytes) this.h = Math.imul(this.h ^ b, FNV32_PRIME) >>> 0;
  }
  writeString(s: string): void { this.write(new TextEncoder().encode(s)); }
  sum32(): number { return this.h >>> 0; }
}

export const SAFE_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += SAFE_ALPHANUMS[(ch.codePointAt(0) ?? 0) % SAFE_ALPHANUMS.length];
  return out;
}
