// The pod-template-hash label value that names a Deployment's ReplicaSets.
// Models pkg/controller/controller_utils.go → ComputeHash: FNV-1a 32 over a deep print of the
// template, then (if collisionCount is set) 8 bytes holding it little-endian, then SafeEncodeString
// of the decimal Sum32. Deviation: the deep print is canonical-print.ts, not spew (see there).
import type { PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import { Fnv32a, safeEncodeString } from '../replicaset/shims/hash.ts';
import { canonicalPrint } from './canonical-print.ts';

export function computeHash(template: PodTemplateSpec | undefined, collisionCount: number | undefined): string {
  const hasher = new Fnv32a();
  hasher.writeString(canonicalPrint(template ?? {}));
  if (collisionCount !== undefined) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(0, collisionCount >>> 0, true);
    hasher.write(bytes);
  }
  return safeEncodeString(String(hasher.sum32()));
}
