// `kubectl label TYPE NAME k=v k2- [--overwrite]`: prints `pod/web labeled`, `unlabeled` or
// `not labeled`; changing an existing value needs --overwrite.
// Models staging/src/k8s.io/kubectl/pkg/cmd/label/label.go → validateNoOverwrites
// ("'app' already has a value (web), and --overwrite is false"), updateDataChangeMsg and the
// `label "x" not found.` notice for removing an absent label.
// Left out: --list, --local.
import { jsonEqual } from '../../apimachinery/object.ts';
import { boolFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { jsonLength, runMetadataUpdate } from '../support/metadata-update.ts';
import type { KubectlCommand } from './command.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

export const labelCommand: KubectlCommand = {
  name: 'label',
  flags: [boolFlag('overwrite'), boolFlag('all'), boolFlag('all-namespaces', 'A'), stringFlag('selector', 'l'),
    sliceFlag('filename', 'f'), stringFlag('resource-version'), stringFlag('output', 'o'), boolFlag('local'), boolFlag('list'),
    { name: 'dry-run', kind: 'string', defaultValue: 'none', noOptDefVal: 'unchanged' }, stringFlag('field-selector')],
  run(inv, out) {
    runMetadataUpdate(inv, out, {
      field: 'labels',
      pairType: 'label',
      overwriteError(current, set) {
        for (const [k, v] of set) {
          if (k in current && current[k] !== v) return `'${k}' already has a value (${current[k] ?? ''}), and --overwrite is false`;
        }
        return undefined;
      },
      operation(before, after, overwrite) {
        if (jsonEqual(before, after)) return 'not labeled';
        return !overwrite && jsonLength(after) < jsonLength(before) ? 'unlabeled' : 'labeled';
      },
      missingKeyNotice: (key) => `label ${goQuote(key)} not found.\n`,
    });
  },
};
