// `kubectl api-resources`: NAME SHORTNAMES APIVERSION NAMESPACED KIND (+ wide: VERBS CATEGORIES),
// sorted by API group (stable, so discovery order within a group); -o name prints `name.group`;
// --namespaced, --api-group, --verbs and --sort-by=name|kind filter and order.
// Models staging/src/k8s.io/kubectl/pkg/cmd/apiresources/apiresources.go → APIResourceOptions.RunAPIResources,
// printContextHeaders, sortableResource.
// Left out: --cached, --categories filter.
import { RESOURCES, apiVersionOf, type ResourceType } from '../../api/registry.ts';
import { boolFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { tabwrite } from '../printers/tabwriter.ts';
import { KubectlError, type KubectlCommand } from './command.ts';

function sortKey(t: ResourceType, sortBy: string): string {
  return sortBy === 'name' ? t.resource : sortBy === 'kind' ? t.kind : t.group;
}

export const apiResourcesCommand: KubectlCommand = {
  name: 'api-resources',
  flags: [stringFlag('output', 'o'), boolFlag('no-headers'), { name: 'namespaced', kind: 'bool', defaultValue: 'true' },
    stringFlag('api-group'), sliceFlag('verbs'), stringFlag('sort-by'), boolFlag('cached'), sliceFlag('categories')],
  run(inv, out) {
    const output = inv.flags.string('output');
    if (output !== '' && output !== 'wide' && output !== 'name') {
      throw new KubectlError(`--output ${output} is not available`);
    }
    const sortBy = inv.flags.string('sort-by');
    if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') throw new KubectlError(`--sort-by accepts only name or kind`);
    let list = [...RESOURCES];
    if (inv.flags.changed('namespaced')) list = list.filter((t) => t.namespaced === inv.flags.bool('namespaced'));
    if (inv.flags.changed('api-group')) list = list.filter((t) => t.group === inv.flags.string('api-group'));
    const verbs = inv.flags.strings('verbs');
    if (verbs.length > 0) list = list.filter((t) => verbs.every((v) => t.verbs.includes(v)));
    list = list.map((t, i) => ({ t, i }))
      .sort((a, b) => (sortKey(a.t, sortBy) < sortKey(b.t, sortBy) ? -1 : sortKey(a.t, sortBy) > sortKey(b.t, sortBy) ? 1 : a.i - b.i))
      .map(({ t }) => t);
    if (output === 'name') {
      out.print(list.map((t) => `${t.group ? `${t.resource}.${t.group}` : t.resource}\n`).join(''));
      return;
    }
    const wide = output === 'wide';
    const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])];
    const rows = list.map((t) => [t.resource, t.shortNames.join(','), apiVersionOf(t), String(t.namespaced), t.kind,
      ...(wide ? [`[${t.verbs.join(' ')}]`, t.categories.join(',')] : [])]);
    out.print(tabwrite(inv.flags.bool('no-headers') ? rows : [header, ...rows]));
  },
};
