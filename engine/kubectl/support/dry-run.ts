// --dry-run=none|client|server and the suffix printed after the operation.
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go → GetDryRunStrategy ("unchanged" from a
// bare --dry-run is client with a deprecation warning; anything else is an error) and
// PrintFlagsWithDryRunStrategy (" (dry run)", " (server dry run)").
// Left out: nothing.
import { KubectlError, type Invocation, type Output } from '../commands/command.ts';

export type DryRun = 'none' | 'client' | 'server';

export function dryRunStrategy(inv: Invocation, out: Output): DryRun {
  const value = inv.flags.string('dry-run') || 'none';
  switch (value) {
    case 'client': case 'server': case 'none': return value;
    case 'unchanged':
      // klog.Warning upstream; its header (wall time, pid, source line) cannot be reproduced, so only the message.
      out.warn('--dry-run is deprecated and can be replaced with --dry-run=client.\n');
      return 'client';
    default:
      throw new KubectlError(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
  }
}

export function dryRunSuffix(d: DryRun): string {
  return d === 'client' ? ' (dry run)' : d === 'server' ? ' (server dry run)' : '';
}
