// `kubectl create -f FILE`: create every object ("<kind>/<name> created"); an existing object is an
// AlreadyExists error naming the file. Subcommands (`create deployment`, `create namespace`, ...)
// are added by other files as `subcommands`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create.go → CreateOptions.RunCreate
// (--save-config adds the last-applied annotation; --dry-run; -o name).
// Left out: --edit, --raw, --windows-line-endings.
import { boolFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { printName } from '../printers/name-printer.ts';
import { formatResourceName } from '../printers/resource-name.ts';
import { dryRunStrategy, dryRunSuffix } from '../support/dry-run.ts';
import { withLastApplied } from '../support/last-applied.ts';
import { readManifests } from '../support/manifest-input.ts';
import { addSourceToErr } from '../support/source-error.ts';
import { reportErrors } from './apply.ts';
import type { KubectlCommand } from './command.ts';
import { createDeploymentCommand } from './create-deployment.ts';

export const createCommand: KubectlCommand = {
  name: 'create',
  flags: [sliceFlag('filename', 'f'), stringFlag('output', 'o'), { name: 'dry-run', kind: 'string', defaultValue: 'none', noOptDefVal: 'unchanged' },
    boolFlag('save-config'), stringFlag('validate', undefined, 'strict'), boolFlag('recursive', 'R'), stringFlag('selector', 'l')],
  subcommands: [createDeploymentCommand],
  run(inv, out) {
    const dryRun = dryRunStrategy(inv, out);
    const errors: unknown[] = [];
    for (const info of readManifests(inv)) {
      try {
        const obj = inv.flags.bool('save-config') ? withLastApplied(info.object) : info.object;
        if (dryRun !== 'client') inv.kube.client.create(info.type.resource, obj, { dryRun: dryRun === 'server' });
        out.print(inv.flags.string('output') === 'name' ? printName(obj)
          : `${formatResourceName(obj.kind, obj.apiVersion, obj.metadata.name ?? '')} created${dryRunSuffix(dryRun)}\n`);
      } catch (e) {
        errors.push(addSourceToErr('creating', info.source, e));
      }
    }
    reportErrors(out, errors);
  },
};
