// `kubectl scale (TYPE NAME | TYPE/NAME | -f FILE) --replicas=N [--current-replicas=M]`: sets the
// scale subresource and prints `deployment.apps/web scaled`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/scale/scale.go → ScaleOptions.Validate ("The
// --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0") / RunScale and
// staging/src/k8s.io/kubectl/pkg/scale/scale.go → ScaleWithPreconditions ("Expected replicas to be
// %d, was %d").
// Left out: --timeout waiting for the new size (kubectl only waits for jobs and RCs with it).
import { apiVersionOf } from '../../api/registry.ts';
import { boolFlag, intFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { formatResourceName } from '../printers/resource-name.ts';
import { dryRunStrategy, dryRunSuffix } from '../support/dry-run.ts';
import { selectTargets } from '../support/selected-objects.ts';
import { reportErrors } from './apply.ts';
import { KubectlError, type KubectlCommand } from './command.ts';

export const scaleCommand: KubectlCommand = {
  name: 'scale',
  flags: [intFlag('replicas', -1), intFlag('current-replicas', -1), stringFlag('resource-version'), sliceFlag('filename', 'f'),
    stringFlag('selector', 'l'), boolFlag('all'), stringFlag('output', 'o'), stringFlag('timeout', undefined, '0s'),
    { name: 'dry-run', kind: 'string', defaultValue: 'none', noOptDefVal: 'unchanged' }, boolFlag('recursive', 'R')],
  run(inv, out) {
    const replicas = inv.flags.int('replicas');
    if (replicas < 0) throw new KubectlError('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    const dryRun = dryRunStrategy(inv, out);
    const { targets } = selectTargets(inv, inv.args);
    const expected = inv.flags.int('current-replicas');
    const errors: unknown[] = [];
    for (const t of targets) {
      try {
        const ns = t.namespace ?? '';
        if (expected >= 0) {
          const current = inv.kube.client.getScale(t.type.resource, ns, t.name).spec.replicas ?? 0;
          if (current !== expected) throw new KubectlError(`Expected replicas to be ${expected}, was ${current}`);
        }
        if (dryRun === 'none') inv.kube.client.updateScale(t.type.resource, ns, t.name, replicas);
        else inv.kube.client.getScale(t.type.resource, ns, t.name);
        out.print(`${formatResourceName(t.type.kind, apiVersionOf(t.type), t.name)} scaled${dryRunSuffix(dryRun)}\n`);
      } catch (e) {
        errors.push(e);
      }
    }
    reportErrors(out, errors);
  },
};
