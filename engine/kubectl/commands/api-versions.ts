// `kubectl api-versions`: every group/version the server serves, one per line, sorted.
// Models staging/src/k8s.io/kubectl/pkg/cmd/apiresources/apiversions.go → APIVersionsOptions.RunAPIVersions
// (discovery.GroupVersions, sort.Strings).
// Left out: nothing.
import { RESOURCES, apiVersionOf } from '../../api/registry.ts';
import type { KubectlCommand } from './command.ts';

export const apiVersionsCommand: KubectlCommand = {
  name: 'api-versions',
  flags: [],
  run(_inv, out) {
    const versions = [...new Set(RESOURCES.map(apiVersionOf))].sort();
    out.print(versions.map((v) => `${v}\n`).join(''));
  },
};
