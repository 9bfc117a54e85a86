// `test` / `[` expressions as BusyBox evaluates them (coreutils/test.c), for the forms probe
// scripts use: -f -d -e -s on paths, -z -n on strings, = != on strings, -eq -ne -lt -le -gt -ge on
// integers, and a leading `!`. Returns the exit status: 0 true, 1 false, 2 for a bad expression.
// Leaves out -a / -o and parentheses.
import type { SimFs } from './sim-fs.ts';

export function evaluateTest(args: string[], fs: SimFs): number {
  if (args[0] === '!' && args.length > 1) {
    const inner = evaluateTest(args.slice(1), fs);
    return inner === 2 ? 2 : 1 - inner;
  }
  const truth = (b: boolean): number => (b ? 0 : 1);
  const [a, op, b] = args;
  if (args.length === 0) return 1;
  if (args.length === 1) return truth((a ?? '') !== '');
  if (args.length === 2) {
    const x = op ?? '';
    switch (a) {
      case '-f': return truth(fs.isFile(x));
      case '-d': return truth(fs.isDir(x));
      case '-e': return truth(fs.exists(x));
      case '-s': return truth((fs.read(x) ?? '').length > 0);
      case '-z': return truth(x === '');
      case '-n': return truth(x !== '');
      default: return 2;
    }
  }
  if (args.length === 3 && a !== undefined && b !== undefined) {
    if (op === '=' || op === '==') return truth(a === b);
    if (op === '!=') return truth(a !== b);
    const [x, y] = [Number(a), Number(b)];
    if (!Number.isInteger(x) || !Number.isInteger(y)) return 2;
    const cmp: Record<string, boolean> = { '-eq': x === y, '-ne': x !== y, '-lt': x < y, '-le': x <= y, '-gt': x > y, '-ge': x >= y };
    return op !== undefined && op in cmp ? truth(cmp[op] ?? false) : 2;
  }
  return 2;
}
