// metadata.generateName → name, as staging/src/k8s.io/apiserver/pkg/storage/names/generate.go
// (simpleNameGenerator): the prefix cut to 58 characters plus 5 random characters from
// `bcdfghjklmnpqrstvwxz2456789`. The simulator draws from the seeded generator and, unlike the
// real registry (which returns a retryable AlreadyExists), retries on a collision.
// TODO(apimachinery): use engine/apimachinery/generate-name.ts once it lands.
import type { SeededRandom } from '../random/seeded-random.ts';

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
const MAX_PREFIX = 58;

export function generateObjectName(prefix: string, random: SeededRandom, taken: (name: string) => boolean): string {
  const base = prefix.length > MAX_PREFIX ? prefix.slice(0, MAX_PREFIX) : prefix;
  for (;;) {
    const name = base + random.string(5, ALPHANUMS);
    if (!taken(name)) return name;
  }
}
