// The registry of kubectl commands, one line per command (add yours here).
// Models staging/src/k8s.io/kubectl/pkg/cmd/cmd.go → NewKubectlCommand's command groups.
// To add a command: one file exporting a KubectlCommand (command.ts) with its flags (flag-spec.ts)
// and run(inv, out); throw to fail (support/check-err.ts prints it); subcommands go in `subcommands`.
// Left out: every command not listed.
import type { KubectlCommand } from './command.ts';
import { annotateCommand } from './annotate.ts';
import { apiResourcesCommand } from './api-resources.ts';
import { apiVersionsCommand } from './api-versions.ts';
import { applyCommand } from './apply.ts';
import { cordonCommand, uncordonCommand } from './cordon.ts';
import { createCommand } from './create.ts';
import { createServiceCommand } from './create-service.ts';
import { createPolicySubcommands } from './create-policy-commands.ts';
import { describeCommand } from './describe.ts';
import { deleteCommand } from './delete.ts';
import { explainCommand } from './explain.ts';
import { exposeCommand } from './expose.ts';
import { getCommand } from './get.ts';
import { labelCommand } from './label.ts';
import { logsCommand } from './logs.ts';
import { rolloutCommand, setCommand } from './rollout.ts';
import { runCommand } from './run.ts';
import { scaleCommand } from './scale.ts';

export const COMMANDS: readonly KubectlCommand[] = [
  annotateCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  applyCommand,
  cordonCommand,
  { ...createCommand, subcommands: [...(createCommand.subcommands ?? []), createServiceCommand, ...createPolicySubcommands] },
  deleteCommand,
  describeCommand,
  explainCommand,
  exposeCommand,
  getCommand,
  labelCommand,
  logsCommand,
  rolloutCommand,
  runCommand,
  scaleCommand,
  setCommand,
  uncordonCommand,
];
