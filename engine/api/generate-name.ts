// metadata.generateName → name, as staging/src/k8s.io/apiserver/pkg/storage/names/generate.go
// (simpleNameGenerator, modelled in engine/apimachinery/generate-name.ts): the prefix cut to 58
// characters plus 5 random characters from `bcdfghjklmnpqrstvwxz2456789`. The simulator draws
// from the seeded generator and, unlike the real registry (which returns a retryable
// AlreadyExists), retries on a collision.
import { generateName } from '../apimachinery/generate-name.ts';
import type { SeededRandom } from '../random/seeded-random.ts';

export function generateObjectName(prefix: string, random: SeededRandom, taken: (name: string) => boolean): string {
  for (;;) {
    const name = generateName(prefix, random);
    if (!taken(name)) return name;
  }
}
