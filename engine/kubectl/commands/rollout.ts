// The workload commands this area contributes to kubectl, by command words, for the kubectl
// command registry to dispatch to: `rollout status|history|undo|pause|resume|restart`,
// `set image|resources`, `describe deployment|replicaset`. Each takes the words after its name.
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import { describeWorkload } from './describe-workload.ts';
import { fail } from './rollout-args.ts';
import { rolloutHistory } from './rollout-history.ts';
import { rolloutPause, rolloutResume } from './rollout-pause.ts';
import { rolloutRestart } from './rollout-restart.ts';
import { rolloutStatus } from './rollout-status.ts';
import { rolloutUndo } from './rollout-undo.ts';
import { setImage } from './set-image.ts';
import { setResources } from './set-resources.ts';

export type WorkloadCommand = (ctx: KubectlContext, argv: readonly string[]) => KubectlResult;

export const rolloutSubcommands: Record<string, WorkloadCommand> = {
  status: rolloutStatus, history: rolloutHistory, undo: rolloutUndo, pause: rolloutPause, resume: rolloutResume, restart: rolloutRestart,
};
export const setSubcommands: Record<string, WorkloadCommand> = { image: setImage, resources: setResources };

/** Dispatches `rollout …` and `set …`; undefined when the command is not one of ours. */
export function runWorkloadCommand(ctx: KubectlContext, argv: readonly string[]): KubectlResult | undefined {
  const [verb, sub = '', ...rest] = argv;
  if (verb === 'rollout') return (rolloutSubcommands[sub] ?? (() => fail(`error: unknown command "${sub}" for "kubectl rollout"`)))(ctx, rest);
  if (verb === 'set') return (setSubcommands[sub] ?? (() => fail(`error: unknown command "${sub}" for "kubectl set"`)))(ctx, rest);
  if (verb === 'describe') return describeWorkload(ctx, argv.slice(1));
  return undefined;
}
