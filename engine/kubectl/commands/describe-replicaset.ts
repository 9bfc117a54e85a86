// `kubectl describe replicaset NAME`, worded and aligned as kubectl 1.32 prints it.
// Models staging/src/k8s.io/kubectl/pkg/describe/describe.go → ReplicaSetDescriber.Describe
// (Controlled By, `current / desired`, Pods Status by phase via getPodStatusForController).
import type { ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Pod } from 'kubernetes-types/core/v1.js';
import type { KubectlContext } from '../kubectl-context.ts';
import { eventsFor } from './describe-deployment.ts';
import { annotationsBlock, conditionsBlock, formatLabelSelector, labelsBlock, podTemplateBlock, withEvents } from './describe-sections.ts';

export function describeReplicaSet(ctx: KubectlContext, rs: ReplicaSet): string {
  const ns = rs.metadata?.namespace ?? 'default';
  const controller = rs.metadata?.ownerReferences?.find((r) => r.controller === true);
  const pods = ctx.client.list<Pod>('pods', { namespace: ns }).items
    .filter((p) => p.metadata?.ownerReferences?.some((r) => r.controller === true && r.uid === rs.metadata?.uid));
  const count = (phase: string): number => pods.filter((p) => (p.status?.phase ?? 'Pending') === phase).length;
  let text = `Name:\t${rs.metadata?.name ?? ''}\nNamespace:\t${ns}\nSelector:\t${formatLabelSelector(rs.spec?.selector)}\n`;
  text += labelsBlock('Labels', rs.metadata?.labels) + annotationsBlock('Annotations', rs.metadata?.annotations);
  if (controller) text += `Controlled By:\t${controller.kind}/${controller.name}\n`;
  text += `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`;
  text += `Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed\n`;
  text += podTemplateBlock(rs.spec?.template) + conditionsBlock(rs.status?.conditions);
  const events = eventsFor(ctx, rs.metadata?.uid, ns);
  return withEvents(text, events, ctx.nowMs());
}
