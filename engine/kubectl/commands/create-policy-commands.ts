// `kubectl create namespace|configmap|secret generic` as subcommands of `create`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/create/create.go → NewCmdCreate's AddCommand list and
// create_secret.go → NewCmdCreateSecret (a group holding `generic`).
// Left out: `create secret docker-registry|tls`.
import type { KubectlCommand } from './command.ts';
import { createConfigMapCommand, createNamespaceCommand, createSecretGenericCommand } from './create-policy-objects.ts';

export const createPolicySubcommands: readonly KubectlCommand[] = [
  createNamespaceCommand,
  createConfigMapCommand,
  { name: 'secret', flags: [], runnable: false, subcommands: [createSecretGenericCommand] },
];
