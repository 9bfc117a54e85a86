// The kubectl entry point: parse the command line, run the command, print errors as kubectl does.
// Models staging/src/k8s.io/kubectl/pkg/cmd/cmd.go → NewKubectlCommand (the command tree) and
// cmd/kubectl/kubectl.go → main (cli.RunNoErrOutput + cmdutil.CheckErr: exit code 1 on error).
// Left out: plugins, kubeconfig and contexts (there is one in-process cluster).
import { parseCommandLine } from './command-line.ts';
import { Output, type KubectlCommand } from './commands/command.ts';
import { COMMANDS } from './commands/index.ts';
import type { KubectlContext, KubectlResult } from './kubectl-context.ts';
import { errorText } from './support/check-err.ts';

export function runKubectl(ctx: KubectlContext, commandLine: string): KubectlResult {
  const parsed = parseCommandLine<KubectlCommand>(commandLine, COMMANDS);
  if (parsed.kind === 'error') return { stdout: '', stderr: parsed.message, exitCode: 1 };
  if (parsed.kind === 'help') return { stdout: parsed.text, stderr: '', exitCode: 0 };
  const command = parsed.path[parsed.path.length - 1];
  const out = new Output();
  try {
    command?.run?.({
      kube: ctx, args: parsed.args, flags: parsed.flags, commandPath: parsed.commandPath,
      namespace: parsed.flags.string('namespace') || 'default', namespaceExplicit: parsed.flags.changed('namespace'),
    }, out);
  } catch (e) {
    out.warn(errorText(e));
    out.exitCode = 1;
  }
  return { stdout: out.out, stderr: out.err, exitCode: out.exitCode };
}
