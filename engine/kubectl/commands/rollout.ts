// `kubectl rollout status|history|undo|pause|resume|restart` and `kubectl set image|resources` as
// registry commands (a group each), with the flags each declares.
// Models staging/src/k8s.io/kubectl/pkg/cmd/rollout/rollout.go → NewCmdRollout and
// pkg/cmd/set/set.go → NewCmdSet (groups that only dispatch to subcommands).
// Left out: --selector, -f, --dry-run and -o on these commands.
import { boolFlag, intFlag, stringFlag } from '../command-line/flag-spec.ts';
import type { KubectlCommand } from './command.ts';
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
    { name: 'status', flags: [stringFlag('timeout', undefined, '0s'), { ...boolFlag('watch', 'w'), defaultValue: 'true' }, intFlag('revision', 0)], run: rolloutStatus },
    { name: 'history', flags: [intFlag('revision', 0)], run: rolloutHistory },
    { name: 'undo', flags: [intFlag('to-revision', 0)], run: rolloutUndo },
    { name: 'pause', flags: [], run: rolloutPause },
    { name: 'resume', flags: [], run: rolloutResume },
    { name: 'restart', flags: [], run: rolloutRestart },
  ],
};

export const setCommand: KubectlCommand = {
  name: 'set',
  flags: [],
  runnable: false,
  subcommands: [
    { name: 'image', flags: [], run: setImage },
    { name: 'resources', flags: [stringFlag('limits'), stringFlag('requests'), stringFlag('containers', 'c', '*')], run: setResources },
  ],
};
