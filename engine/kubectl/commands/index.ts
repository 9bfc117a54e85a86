// The registry of kubectl commands, one line per command (add yours here).
// Models staging/src/k8s.io/kubectl/pkg/cmd/cmd.go → NewKubectlCommand's command groups.
// Left out: every command not listed.
import type { KubectlCommand } from './command.ts';
import { applyCommand } from './apply.ts';
import { createCommand } from './create.ts';
import { getCommand } from './get.ts';

export const COMMANDS: readonly KubectlCommand[] = [
  applyCommand,
  createCommand,
  getCommand,
];
