// `kubectl create namespace NAME`, `kubectl create configmap NAME --from-literal=k=v --from-file=[k=]path`
// and `kubectl create secret generic NAME --from-literal=k=v --from-file=[k=]path [--type=T]`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create_namespace.go, create_configmap.go,
// create_secret.go (output `<kind>/<name> created`; literal must be `key=value`).
import type { PolicyKubectlCommand, ParsedArgs } from './policy-command.ts';
import { fail, namespaceOf, ok } from './policy-command.ts';
import type { KubectlContext } from '../kubectl-context.ts';

export const createNamespaceCommand: PolicyKubectlCommand = {
  words: ['create', 'namespace'],
  run(ctx, args) {
    const name = args.positional[0];
    if (!name) return fail('error: exactly one NAME is required, got 0');
    ctx.client.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    return ok(`namespace/${name} created\n`);
  },
};

export const createConfigMapCommand: PolicyKubectlCommand = {
  words: ['create', 'configmap'],
  run(ctx, args) {
    const name = args.positional[0];
    if (!name) return fail('error: exactly one NAME is required, got 0');
    const data = collectData(ctx, args);
    if (typeof data === 'string') return fail(data);
    ctx.client.create('configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: namespaceOf(args) }, data });
    return ok(`configmap/${name} created\n`);
  },
};

export const createSecretGenericCommand: PolicyKubectlCommand = {
  words: ['create', 'secret', 'generic'],
  run(ctx, args) {
    const name = args.positional[0];
    if (!name) return fail('error: exactly one NAME is required, got 0');
    const data = collectData(ctx, args);
    if (typeof data === 'string') return fail(data);
    const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]));
    const type = args.flags.get('type')?.at(-1);
    ctx.client.create('secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: namespaceOf(args) }, data: encoded, ...(type ? { type } : {}) });
    return ok(`secret/${name} created\n`);
  },
};

/** Literal and file sources in command-line order of kind (literals, then files), or an error text. */
function collectData(ctx: KubectlContext, args: ParsedArgs): Record<string, string> | string {
  const data: Record<string, string> = {};
  for (const literal of args.flags.get('from-literal') ?? []) {
    const eq = literal.indexOf('=');
    if (eq <= 0) return `error: invalid literal source ${literal}, expected key=value`;
    data[literal.slice(0, eq)] = literal.slice(eq + 1);
  }
  for (const source of args.flags.get('from-file') ?? []) {
    const eq = source.indexOf('=');
    const path = eq > 0 ? source.slice(eq + 1) : source;
    const key = eq > 0 ? source.slice(0, eq) : path.split('/').at(-1) ?? path;
    data[key] = ctx.readFile(path);
  }
  return data;
}
