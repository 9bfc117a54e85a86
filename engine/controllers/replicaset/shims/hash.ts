// 32-bit FNV-1a and SafeEncodeString for the controllers: adapters over engine/apimachinery/fnv.ts
// and safe-encode.ts (hash/fnv New32a; staging/src/k8s.io/apimachinery/pkg/util/rand/rand.go →
// SafeEncodeString). `write` is kept as the name controllers already call.
import { Fnv32a as SharedFnv32a } from '../../../apimachinery/fnv.ts';

export { safeEncodeString } from '../../../apimachinery/safe-encode.ts';
export { ALPHANUMS as SAFE_ALPHANUMS } from '../../../apimachinery/generate-name.ts';

export class Fnv32a extends SharedFnv32a {
  write(bytes: Uint8Array): void {
    this.writeBytes(bytes);
  }
}
