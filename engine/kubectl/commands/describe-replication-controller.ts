// `kubectl describe replicationcontroller NAME` (rc), worded and aligned as kubectl 1.32 prints it.
// Models staging/src/k8s.io/kubectl/pkg/describe/describe.go → ReplicationControllerDescriber.Describe
// and describeReplicationController: the selector is a plain label map (labels.FormatLabels), no
// Controlled By line, Pods Status by phase of the pods it controls (getPodStatusForController).
import type { Pod, ReplicationController } from 'kubernetes-types/core/v1.js';
import type { KubectlContext } from '../kubectl-context.ts';
import { eventsFor } from './describe-deployment.ts';
import { annotationsBlock, conditionsBlock, labelsBlock, podTemplateBlock, withEvents } from './describe-sections.ts';

/** labels.FormatLabels: `k=v` pairs sorted by key, comma-joined; `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels?.[k] ?? ''}`).join(',');
}

export function describeReplicationController(ctx: KubectlContext, rc: ReplicationController): string {
  const ns = rc.metadata?.namespace ?? 'default';
  const pods = ctx.client.list<Pod>('pods', { namespace: ns }).items
    .filter((p) => p.metadata?.ownerReferences?.some((r) => r.controller === true && r.uid === rc.metadata?.uid));
  const count = (phase: string): number => pods.filter((p) => (p.status?.phase ?? 'Pending') === phase).length;
  let text = `Name:\t${rc.metadata?.name ?? ''}\nNamespace:\t${ns}\nSelector:\t${formatLabels(rc.spec?.selector)}\n`;
  text += labelsBlock('Labels', rc.metadata?.labels) + annotationsBlock('Annotations', rc.metadata?.annotations);
  text += `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec?.replicas ?? 1} desired\n`;
  text += `Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed\n`;
  text += podTemplateBlock(rc.spec?.template) + conditionsBlock(rc.status?.conditions);
  const events = eventsFor(ctx, rc.metadata?.uid, ns);
  return withEvents(text, events, ctx.nowMs());
}
