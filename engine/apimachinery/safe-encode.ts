// SafeEncodeString and the pod-template-hash built from it.
// Models staging/src/k8s.io/apimachinery/pkg/util/rand/rand.go → SafeEncodeString (each character
// mapped to "bcdfghjklmnpqrstvwxz2456789"[code point mod 27], so no vowels can spell words) and
// pkg/controller/controller_utils.go → ComputeHash: FNV-1a over the printed template, then, when
// collisionCount is set, 8 bytes holding it little-endian (uint32 then four zero bytes), then the
// decimal of the uint32 hash encoded. Left out: producing the printed template (callers pass it).
import { ALPHANUMS } from './generate-name.ts';
import { Fnv32a } from './fnv.ts';

export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += ALPHANUMS[(ch.codePointAt(0) ?? 0) % ALPHANUMS.length] ?? '';
  return out;
}

/** pod-template-hash for an already printed template and an optional status.collisionCount. */
export function computeHash(printedTemplate: string, collisionCount?: number): string {
  const h = new Fnv32a().writeString(printedTemplate);
  if (collisionCount !== undefined) {
    const buf = new Uint8Array(8);
    new DataView(buf.buffer).setUint32(0, collisionCount >>> 0, true);
    h.writeBytes(buf);
  }
  return safeEncodeString(String(h.sum32()));
}
