// `kubectl rollout status deployment/NAME`: prints the rollout state each time the Deployment
// changes, waiting in virtual time until it is rolled out, timed out, or --timeout passes.
// Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go →
// DeploymentStatusViewer.Status and pkg/cmd/rollout/rollout_status.go (prints on every watch event).
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import { parseGoDurationMs } from './rollout-duration.ts';
import { KubectlError, type Invocation, type Output } from './command.ts';
import { deploymentTarget } from './rollout-args.ts';

/** Without --timeout kubectl waits forever; the simulation caps the wait at one virtual hour. */
const DEFAULT_WAIT_MS = 60 * 60 * 1000;

export type StatusStep = { text: string; done: boolean } | { error: string };

export function deploymentRolloutStatus(d: Deployment): StatusStep {
  const name = d.metadata?.name ?? '';
  const s = d.status ?? {};
  if ((d.metadata?.generation ?? 0) > (s.observedGeneration ?? 0)) return { text: 'Waiting for deployment spec update to be observed...\n', done: false };
  const progressing = s.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') return { error: `error: deployment "${name}" exceeded its progress deadline` };
  const replicas = d.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0, total = s.replicas ?? 0, available = s.availableReplicas ?? 0;
  if (updated < replicas) return { text: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...\n`, done: false };
  if (total > updated) return { text: `Waiting for deployment "${name}" rollout to finish: ${total - updated} old replicas are pending termination...\n`, done: false };
  if (available < updated) return { text: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`, done: false };
  return { text: `deployment "${name}" successfully rolled out\n`, done: true };
}

/** Prints each state the Deployment passes through; --watch=false prints the current one only. */
export function rolloutStatus(inv: Invocation, out: Output): void {
  const { namespace, name } = deploymentTarget(inv, 'rollout status');
  const watch = inv.flags.bool('watch');
  let lastRv: string | undefined;
  let error: string | undefined;
  let done = false;
  const observe = (): boolean => {
    const d = inv.kube.client.get<Deployment>('deployments', namespace, name);
    if (d.metadata?.resourceVersion === lastRv) return done || error !== undefined;
    lastRv = d.metadata?.resourceVersion;
    const step = deploymentRolloutStatus(d);
    if ('error' in step) { error = step.error; return true; }
    out.print(step.text);
    done = step.done;
    return done;
  };
  const timeoutText = inv.flags.string('timeout');
  const waitMs = timeoutText && timeoutText !== '0' && timeoutText !== '0s' ? parseGoDurationMs(timeoutText) : DEFAULT_WAIT_MS;
  observe();
  if (!done && error === undefined && watch) inv.kube.waitFor(observe, waitMs);
  if (error !== undefined) throw new KubectlError(error);
  if (!done && watch) throw new KubectlError('timed out waiting for the condition');
}
