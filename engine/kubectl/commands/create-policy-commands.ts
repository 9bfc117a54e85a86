// `kubectl create namespace|configmap|secret generic` as subcommands of `create`, with their flags.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create.go → NewCmdCreate's AddCommand list and
// create_secret.go → NewCmdCreateSecret (a group holding `generic`).
// Left out: `create secret docker-registry|tls`, --dry-run, -o, --append-hash on these commands.
import { arrayFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import type { KubectlCommand } from './command.ts';
import { createConfigMapCommand, createNamespaceCommand, createSecretGenericCommand } from './create-policy-objects.ts';
import { parsedArgsCommand } from './legacy-argv.ts';

const sources = [arrayFlag('from-literal'), sliceFlag('from-file')];

export const createPolicySubcommands: readonly KubectlCommand[] = [
  { ...parsedArgsCommand('namespace', [], createNamespaceCommand), aliases: ['ns'] },
  { ...parsedArgsCommand('configmap', sources, createConfigMapCommand), aliases: ['cm'] },
  {
    name: 'secret', flags: [], runnable: false,
    subcommands: [parsedArgsCommand('generic', [...sources, stringFlag('type')], createSecretGenericCommand)],
  },
];
