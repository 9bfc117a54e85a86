// `kubectl annotate TYPE NAME k=v k2- [--overwrite]`: prints `pod/web annotated`; changing an
// existing value needs --overwrite (kubernetes.io/change-cause may always be overwritten).
// Models staging/src/k8s.io/kubectl/pkg/cmd/annotate/annotate.go → validateNoAnnotationOverwrites
// ("--overwrite is false but found the following declared annotation(s): 'k' already has a value (v)").
// Left out: --list, --local.
import { boolFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { runMetadataUpdate } from '../support/metadata-update.ts';
import type { KubectlCommand } from './command.ts';

const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export const annotateCommand: KubectlCommand = {
  name: 'annotate',
  flags: [boolFlag('overwrite'), boolFlag('all'), boolFlag('all-namespaces', 'A'), stringFlag('selector', 'l'),
    sliceFlag('filename', 'f'), stringFlag('resource-version'), stringFlag('output', 'o'), boolFlag('local'), boolFlag('list'),
    { name: 'dry-run', kind: 'string', defaultValue: 'none', noOptDefVal: 'unchanged' }, stringFlag('field-selector')],
  run(inv, out) {
    runMetadataUpdate(inv, out, {
      field: 'annotations',
      pairType: 'annotation',
      overwriteError(current, set) {
        const found = [...set].filter(([k, v]) => k !== CHANGE_CAUSE && k in current && current[k] !== v)
          .map(([k]) => `'${k}' already has a value (${current[k] ?? ''})`);
        return found.length > 0 ? `--overwrite is false but found the following declared annotation(s): ${found.join('; ')}` : undefined;
      },
      operation: () => 'annotated',
    });
  },
};
