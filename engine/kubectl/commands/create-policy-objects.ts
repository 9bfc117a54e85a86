// `kubectl create namespace NAME`, `kubectl create configmap NAME --from-literal=k=v --from-file=[k=]path`
// and `kubectl create secret generic NAME --from-literal=k=v --from-file=[k=]path [--type=T]`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create_namespace.go, create_configmap.go,
// create_secret.go (output `<kind>/<name> created`; literal must be `key=value`).
// Left out: --dry-run, -o, --append-hash, --from-env-file.
import { arrayFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { KubectlError, type Invocation, type KubectlCommand } from './command.ts';

const sources = [arrayFlag('from-literal'), sliceFlag('from-file')];

function nameOf(inv: Invocation): string {
  const name = inv.args[0];
  if (!name) throw new KubectlError('exactly one NAME is required, got 0');
  return name;
}

/** Literal and file sources in command-line order of kind (literals, then files). */
function collectData(inv: Invocation): Record<string, string> {
  const data: Record<string, string> = {};
  for (const literal of inv.flags.strings('from-literal')) {
    const eq = literal.indexOf('=');
    if (eq <= 0) throw new KubectlError(`invalid literal source ${literal}, expected key=value`);
    data[literal.slice(0, eq)] = literal.slice(eq + 1);
  }
  for (const source of inv.flags.strings('from-file')) {
    const eq = source.indexOf('=');
    const path = eq > 0 ? source.slice(eq + 1) : source;
    const key = eq > 0 ? source.slice(0, eq) : path.split('/').at(-1) ?? path;
    data[key] = inv.kube.readFile(path);
  }
  return data;
}

export const createNamespaceCommand: KubectlCommand = {
  name: 'namespace',
  aliases: ['ns'],
  flags: [],
  run(inv, out) {
    const name = nameOf(inv);
    inv.kube.client.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    out.print(`namespace/${name} created\n`);
  },
};

export const createConfigMapCommand: KubectlCommand = {
  name: 'configmap',
  aliases: ['cm'],
  flags: sources,
  run(inv, out) {
    const name = nameOf(inv);
    const data = collectData(inv);
    inv.kube.client.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: inv.namespace }, data });
    out.print(`configmap/${name} created\n`);
  },
};

export const createSecretGenericCommand: KubectlCommand = {
  name: 'generic',
  flags: [...sources, stringFlag('type')],
  run(inv, out) {
    const name = nameOf(inv);
    const encoded = Object.fromEntries(Object.entries(collectData(inv)).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]));
    const type = inv.flags.string('type');
    inv.kube.client.create('secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: inv.namespace }, data: encoded, ...(type ? { type } : {}) });
    out.print(`secret/${name} created\n`);
  },
};
