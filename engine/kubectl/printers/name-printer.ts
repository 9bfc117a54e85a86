// kubectl's -o name: one `kind.group/name` line per object.
// Models staging/src/k8s.io/cli-runtime/pkg/printers/name.go → NamePrinter.PrintObj (lists are
// printed item by item; the "operation" suffix, e.g. " created", is added by the command).
// Left out: objects without a kind (never produced by the API server).
import type { KubeObjectLike } from './object-like.ts';
import { formatResourceName } from './resource-name.ts';

export function printName(obj: KubeObjectLike, operation = ''): string {
  const name = formatResourceName(obj.kind ?? '', obj.apiVersion, obj.metadata?.name ?? '');
  return `${name}${operation ? ` ${operation}` : ''}\n`;
}

export function printNames(objs: KubeObjectLike[]): string {
  return objs.map((o) => printName(o)).join('');
}
