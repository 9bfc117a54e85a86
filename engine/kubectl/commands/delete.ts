// `kubectl delete`: by name, TYPE/NAME, -f, -l or --all; prints `pod "web" deleted` (or
// `force deleted`, `(dry run)`), then waits until the objects are gone (--wait, default true);
// --cascade=background|foreground|orphan, --grace-period, --now, --force, --ignore-not-found.
// Models staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go → DeleteOptions.Complete/Validate/
// RunDelete/DeleteResult/PrintObj and delete_flags.go → GetCascadingStrategy.
// Left out: --raw, --interactive; waiting is bounded by --timeout (default: 1h of virtual time).
import { isStatusError } from '../../api/errors.ts';
import type { PropagationPolicy } from '../../api/deletion.ts';
import { boolFlag, intFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { groupKindLower } from '../printers/resource-name.ts';
import { apiVersionOf } from '../../api/registry.ts';
import { errorText } from '../support/check-err.ts';
import { dryRunStrategy, dryRunSuffix } from '../support/dry-run.ts';
import { selectTargets, type Target } from '../support/selected-objects.ts';
import { parseGoDuration } from '../support/go-duration.ts';
import { KubectlError, type Invocation, type KubectlCommand, type Output } from './command.ts';

const DEFAULT_WAIT_MS = 3_600_000;

function cascade(inv: Invocation, out: Output): PropagationPolicy {
  const value = inv.flags.string('cascade');
  switch (value) {
    case 'background': return 'Background';
    case 'foreground': return 'Foreground';
    case 'orphan': return 'Orphan';
    case 'true':
      out.warn('warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.\n');
      return 'Background';
    case 'false':
      out.warn('warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n');
      return 'Orphan';
    default:
      throw new KubectlError(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan".`);
  }
}

function gracePeriod(inv: Invocation, out: Output): number {
  let grace = inv.flags.int('grace-period');
  if (inv.flags.bool('now')) {
    if (grace !== -1) throw new KubectlError('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  if (inv.flags.bool('force')) {
    out.warn('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    if (grace < 0) grace = 0;
  } else if (grace === 0) {
    // To preserve backwards compatibility, --grace-period=0 without --force means 1 (delete.go).
    grace = 1;
  }
  return grace;
}

export const deleteCommand: KubectlCommand = {
  name: 'delete',
  flags: [sliceFlag('filename', 'f'), stringFlag('selector', 'l'), boolFlag('all'), boolFlag('all-namespaces', 'A'),
    { name: 'cascade', kind: 'string', defaultValue: 'background', noOptDefVal: 'background' }, intFlag('grace-period', -1),
    boolFlag('now'), boolFlag('force'), boolFlag('ignore-not-found'), { name: 'wait', kind: 'bool', defaultValue: 'true' },
    stringFlag('timeout', undefined, '0s'), stringFlag('output', 'o'), stringFlag('field-selector'),
    { name: 'dry-run', kind: 'string', defaultValue: 'none', noOptDefVal: 'unchanged' }, boolFlag('recursive', 'R')],
  run(inv, out) {
    const propagationPolicy = cascade(inv, out);
    const grace = gracePeriod(inv, out);
    const dryRun = dryRunStrategy(inv, out);
    const { targets, listed } = selectTargets(inv, inv.args);
    const client = inv.kube.client;
    const deleted: Target[] = [];
    const errors: unknown[] = [];
    for (const t of targets) {
      try {
        client.delete(t.type.resource, t.namespace, t.name, {
          propagationPolicy, ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}), ...(dryRun !== 'none' ? { dryRun: true } : {}),
        });
      } catch (e) {
        if (!(inv.flags.bool('ignore-not-found') && isStatusError(e, 'NotFound'))) errors.push(e);
        continue;
      }
      deleted.push(t);
      const kind = groupKindLower(t.type.kind, apiVersionOf(t.type));
      if (inv.flags.string('output') === 'name') out.print(`${kind}/${t.name}\n`);
      else out.print(`${kind} "${t.name}" ${grace === 0 ? 'force deleted' : 'deleted'}${dryRunSuffix(dryRun)}\n`);
    }
    if (listed && targets.length === 0 && errors.length === 0) out.print('No resources found\n');
    if (inv.flags.bool('wait') && dryRun === 'none' && deleted.length > 0) waitForDeletion(inv, deleted);
    const last = errors.pop();
    for (const e of errors) out.warn(errorText(e));
    if (last !== undefined) throw last;
  },
};

/** delete.go → DeleteResult's wait: until every deleted object is gone (or the timeout passes). */
function waitForDeletion(inv: Invocation, deleted: Target[]): void {
  const gone = (t: Target): boolean => {
    try {
      inv.kube.client.get(t.type.resource, t.namespace, t.name);
      return false;
    } catch (e) {
      return isStatusError(e, 'NotFound');
    }
  };
  const timeoutMs = parseGoDuration(inv.flags.string('timeout')) || DEFAULT_WAIT_MS;
  if (!inv.kube.waitFor(() => deleted.every(gone), timeoutMs)) {
    const first = deleted.find((t) => !gone(t));
    if (first) throw new KubectlError(`timed out waiting for the condition on ${first.type.resource}/${first.name}`);
  }
}
