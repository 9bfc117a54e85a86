// `kubectl get --sort-by=<jsonpath>`: objects ordered by the first value the path finds; objects
// without one come first; strings in natural order ("pod-2" < "pod-10"), numbers by value,
// RFC3339 timestamps therefore chronologically. Stable for equal keys.
// Models staging/src/k8s.io/kubectl/pkg/cmd/get/sorter.go → RuntimeSort.Less / isLess and
// github.com/fvbommel/sortorder → NaturalLess.
// Left out: resource.Quantity comparison of quantity strings ("500m" vs "1").
import { findResults } from '../jsonpath/evaluator.ts';
import { parseJsonPath } from '../jsonpath/parser.ts';
import { relaxedJsonPath } from '../printers/custom-columns.ts';
import { KubectlError } from '../commands/command.ts';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** sortorder.NaturalLess: digit runs compare by value, everything else byte by byte. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (isDigit(a[i]) && isDigit(b[j])) {
      let ie = i;
      let je = j;
      while (isDigit(a[ie])) ie++;
      while (isDigit(b[je])) je++;
      const an = a.slice(i, ie).replace(/^0+/, '');
      const bn = b.slice(j, je).replace(/^0+/, '');
      if (an.length !== bn.length) return an.length < bn.length;
      if (an !== bn) return an < bn;
      if (ie - i !== je - j) return ie - i < je - j;
      i = ie;
      j = je;
      continue;
    }
    if (a[i] !== b[j]) return (a[i] as string) < (b[j] as string);
    i++;
    j++;
  }
  return a.length - i < b.length - j;
}

function less(x: unknown, y: unknown): boolean {
  if (typeof x === 'number' && typeof y === 'number') return x < y;
  if (typeof x === 'string' && typeof y === 'string') return naturalLess(x, y);
  if (x === null) return y !== null;
  if (typeof x === 'boolean' && typeof y === 'boolean') return !x && y;
  return false;
}

export function sortObjects<T>(objs: T[], sortBy: string): T[] {
  let root;
  try {
    root = parseJsonPath(relaxedJsonPath(sortBy));
  } catch (e) {
    throw new KubectlError(`couldn't parse jsonpath ${sortBy}: ${(e as Error).message}`);
  }
  const key = (o: T): { found: boolean; value: unknown } => {
    const values = findResults(root, o, true)[0] ?? [];
    return values.length === 0 ? { found: false, value: undefined } : { found: true, value: values[0] };
  };
  const keyed = objs.map((o, i) => ({ o, i, k: key(o) }));
  keyed.sort((a, b) => {
    if (!a.k.found || !b.k.found) return a.k.found === b.k.found ? a.i - b.i : a.k.found ? 1 : -1;
    if (less(a.k.value, b.k.value)) return -1;
    if (less(b.k.value, a.k.value)) return 1;
    return a.i - b.i;
  });
  return keyed.map((k) => k.o);
}
