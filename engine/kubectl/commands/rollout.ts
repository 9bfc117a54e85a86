// `kubectl rollout status|history|undo|pause|resume|restart` and `kubectl set image|resources` as
// registry commands (a group each), with the flags each declares.
// Models staging/src/k8s.io/kubectl/pkg/cmd/rollout/rollout.go → NewCmdRollout and
// pkg/cmd/set/set.go → NewCmdSet (groups that only dispatch to subcommands).
// Left out: --selector, -f, --dry-run and -o on these commands.
import { boolFlag, intFlag, stringFlag } from '../command-line/flag-spec.ts';
import type { KubectlCommand } from './command.ts';
import { argvCommand } from './legacy-argv.ts';
import { rolloutHistory } from './rollout-history.ts';
import { rolloutPause, rolloutResume } from './rollout-pause.ts';
import { rolloutRestart } from './rollout-restart.ts';
import { rolloutStatus } from './rollout-status.ts';
import { rolloutUndo } from './rollout-undo.ts';
import { setImage } from './set-image.ts';
import { setResources } from './set-resources.ts';

export const rolloutCommand: KubectlCommand = {
  name: 'rollout',
  flags: [],
  runnable: false,
  subcommands: [
    argvCommand('status', [stringFlag('timeout', undefined, '0s'), { ...boolFlag('watch', 'w'), defaultValue: 'true' }, intFlag('revision', 0)], rolloutStatus),
    argvCommand('history', [intFlag('revision', 0)], rolloutHistory),
    argvCommand('undo', [intFlag('to-revision', 0)], rolloutUndo),
    argvCommand('pause', [], rolloutPause),
    argvCommand('resume', [], rolloutResume),
    argvCommand('restart', [], rolloutRestart),
  ],
};

export const setCommand: KubectlCommand = {
  name: 'set',
  flags: [],
  runnable: false,
  subcommands: [
    argvCommand('image', [], setImage),
    argvCommand('resources', [stringFlag('limits'), stringFlag('requests'), stringFlag('containers', 'c', '*')], setResources),
  ],
};
