// Splitting `label`/`annotate` arguments into resources and key=value / key- changes.
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go → GetResourcesAndPairs
// ("all resources must be specified before label changes: x") and ParsePairs
// ("invalid label format: x").
// Left out: nothing.
import { KubectlError } from '../commands/command.ts';

const isPair = (s: string): boolean => (s.includes('=') && !s.startsWith('=')) || (s.endsWith('-') && s !== '-');

export function resourcesAndPairs(args: string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    if (isPair(s)) pairs.push(s);
    else if (pairs.length > 0) throw new KubectlError(`all resources must be specified before ${pairType} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

export function parsePairs(pairs: string[], pairType: string): { set: Map<string, string>; remove: string[] } {
  const set = new Map<string, string>();
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq > 0) set.set(p.slice(0, eq), p.slice(eq + 1));
    else if (p.endsWith('-') && p !== '-') remove.push(p.slice(0, -1));
    else invalid.push(p);
  }
  if (invalid.length > 0) throw new KubectlError(`invalid ${pairType} format: ${invalid.join(', ')}`);
  return { set, remove };
}
