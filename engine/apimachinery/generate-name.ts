// metadata.generateName → name: the prefix, truncated to 58 characters, plus 5 random characters
// from "bcdfghjklmnpqrstvwxz2456789" (no vowels, no 0/1/3). Models
// staging/src/k8s.io/apiserver/pkg/storage/names/generate.go → simpleNameGenerator.GenerateName
// and staging/src/k8s.io/apimachinery/pkg/util/rand/rand.go → String. Randomness is injected
// (the core's SeededRandom provides string(n, alphabet)); name-conflict retries are the registry's.

export const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
export const MAX_NAME_LENGTH = 63;
export const RANDOM_LENGTH = 5;
export const MAX_GENERATED_NAME_LENGTH = MAX_NAME_LENGTH - RANDOM_LENGTH;

export interface NameRandom {
  string(n: number, alphabet: string): string;
}

export function generateName(prefix: string, random: NameRandom): string {
  const base = prefix.length > MAX_GENERATED_NAME_LENGTH ? prefix.slice(0, MAX_GENERATED_NAME_LENGTH) : prefix;
  return `${base}${random.string(RANDOM_LENGTH, ALPHANUMS)}`;
}
