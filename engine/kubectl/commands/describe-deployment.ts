// `kubectl describe deployment NAME`, worded and aligned as kubectl 1.32 prints it.
// Models staging/src/k8s.io/kubectl/pkg/describe/describe.go → DeploymentDescriber.Describe and
// printReplicaSetsByLabels (`name (status/spec replicas created)`), CreationTimestamp in RFC1123Z.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Event } from 'kubernetes-types/core/v1.js';
import type { KubectlContext } from '../kubectl-context.ts';
import { formatRfc1123z } from './describe-time.ts';
import { annotationsBlock, conditionsBlock, formatLabelSelector, labelsBlock, podTemplateBlock, withEvents } from './describe-sections.ts';
import { ownedReplicaSets } from './rollout-replica-sets.ts';

const rsList = (rss: readonly ReplicaSet[]): string =>
  rss.map((rs) => `${rs.metadata?.name ?? ''} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 1} replicas created)`).join(', ') || '<none>';

/** The new RS as kubectl finds it: the oldest whose template equals the Deployment's (hash label aside). */
function splitReplicaSets(d: Deployment, rss: readonly ReplicaSet[]): { newRS: ReplicaSet | undefined; old: ReplicaSet[] } {
  const strip = (t: unknown): string => JSON.stringify(t, (k, v: unknown) => (k === 'pod-template-hash' ? undefined : v));
  const sorted = [...rss].sort((a, b) => (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? '') || (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''));
  const newRS = sorted.find((rs) => strip(rs.spec?.template) === strip(d.spec?.template));
  return { newRS, old: sorted.filter((rs) => rs !== newRS && (rs.spec?.replicas ?? 1) > 0) };
}

export function eventsFor(ctx: KubectlContext, uid: string | undefined, namespace: string): Event[] {
  return ctx.client.list<Event>('events', { namespace }).items.filter((e) => e.involvedObject.uid === uid);
}

export function describeDeployment(ctx: KubectlContext, d: Deployment): string {
  const s = d.status ?? {};
  const strategy = d.spec?.strategy;
  let text = `Name:\t${d.metadata?.name ?? ''}\nNamespace:\t${d.metadata?.namespace ?? ''}\n`;
  text += `CreationTimestamp:\t${formatRfc1123z(d.metadata?.creationTimestamp)}\n`;
  text += labelsBlock('Labels', d.metadata?.labels) + annotationsBlock('Annotations', d.metadata?.annotations);
  text += `Selector:\t${formatLabelSelector(d.spec?.selector)}\n`;
  text += `Replicas:\t${d.spec?.replicas ?? 1} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable\n`;
  text += `StrategyType:\t${strategy?.type ?? 'RollingUpdate'}\nMinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}\n`;
  // The API defaults RollingUpdate to 25%/25%; shown from the defaults until the defaulter lands.
  if ((strategy?.type ?? 'RollingUpdate') === 'RollingUpdate') {
    text += `RollingUpdateStrategy:\t${String(strategy?.rollingUpdate?.maxUnavailable ?? '25%')} max unavailable, ${String(strategy?.rollingUpdate?.maxSurge ?? '25%')} max surge\n`;
  }
  text += podTemplateBlock(d.spec?.template) + conditionsBlock(s.conditions);
  // kubectl lists old ReplicaSets via FindOldReplicaSets' "required" set (those with pods) and the new one.
  const { newRS, old } = splitReplicaSets(d, ownedReplicaSets(ctx, d));
  text += `OldReplicaSets:\t${rsList(old)}\nNewReplicaSet:\t${rsList(newRS ? [newRS] : [])}\n`;
  const events = eventsFor(ctx, d.metadata?.uid, d.metadata?.namespace ?? 'default');
  return withEvents(text, events, ctx.nowMs());
}
