// claimPods and calculateStatus's counts in one walk over a ReplicaSet's claimable pods: adopt
// matching orphans, release owned pods that stopped matching, count the claimed ones. Models
// pkg/controller/replicaset/replica_set.go → claimPods (PodControllerRefManager.ClaimPods over
// the active pods, controller.FilterActivePods) and replica_set_utils.go → calculateStatus.
// Each pod's facts come from the memo when the stored object is the one the last sync saw.
import type { Pod } from 'kubernetes-types/core/v1.js';
import { adoptPatch, decideClaimMatching, releasePatch, type ControllerIdentity } from './controller-ref.ts';
import { ACTIVE, decisionOf, FULLY_LABELED, READY, withDecision, type OwnerPodFacts } from './pod-facts.ts';
import { isPodActive, isPodAvailable, isPodReady } from './pod-util.ts';
import { statusReason, type ClientPort } from './ports.ts';
import { labelsContain, selectorMatcher, type Labels } from './shims/label-selector.ts';
import type { ReplicatedKind, ReplicatedLike } from './replicated-kind.ts';
import type { PodTally } from './status.ts';

export interface ClaimDeps { kind: ReplicatedKind; client: ClientPort; nowMs(): number }

export interface Claimed { pods: Pod[]; tally: PodTally }

interface Judge { who: ControllerIdentity; matches: (labels: Labels | undefined) => boolean; templateLabels: Labels | undefined }

/** What calculateStatus counts of a claimed pod. */
function statusFacts(judge: Judge, pod: Pod): number {
  return (labelsContain(pod.metadata?.labels, judge.templateLabels) ? FULLY_LABELED : 0) | (isPodReady(pod) ? READY : 0);
}

/** A pod's facts: inactive pods are neither claimed nor counted, so only ACTIVE matters for them. */
function factsOf(judge: Judge, pod: Pod): number {
  if (!isPodActive(pod)) return 0;
  return withDecision(ACTIVE | statusFacts(judge, pod), decideClaimMatching(judge.who, judge.matches(pod.metadata?.labels), pod).kind);
}

export function claimPods(deps: ClaimDeps, rs: ReplicatedLike, who: ControllerIdentity, claimable: readonly Pod[], facts: OwnerPodFacts): Claimed {
  const judge: Judge = { who, matches: selectorMatcher(deps.kind.selectorOf(rs) ?? {}), templateLabels: rs.spec?.template?.metadata?.labels };
  const minReadySeconds = rs.spec?.minReadySeconds ?? 0;
  const nowMs = deps.nowMs();
  const pods: Pod[] = [];
  const tally: PodTally = { fullyLabeled: 0, ready: 0, available: 0 };
  const count = (pod: Pod, bits: number): void => {
    pods.push(pod);
    if ((bits & FULLY_LABELED) !== 0) tally.fullyLabeled++;
    if ((bits & READY) === 0) return;
    tally.ready++;
    if (minReadySeconds === 0 || isPodAvailable(pod, minReadySeconds, nowMs)) tally.available++;
  };
  facts.begin();
  for (const pod of claimable) {
    let bits = facts.lookup(pod);
    if (bits < 0) bits = factsOf(judge, pod);
    facts.record(pod, bits);
    if ((bits & ACTIVE) === 0) continue;
    const decision = decisionOf(bits);
    if (decision === 'owned') { count(pod, bits); continue; }
    if (decision === 'ignore') continue;
    const ns = pod.metadata?.namespace, podName = pod.metadata?.name ?? '', uid = pod.metadata?.uid ?? '';
    try {
      if (decision === 'adopt') {
        const adopted = deps.client.patch<Pod>('pods', ns, podName, 'strategic', adoptPatch(who, uid));
        count(adopted, statusFacts(judge, adopted));
      } else deps.client.patch('pods', ns, podName, 'strategic', releasePatch(who, uid));
    } catch (e) {
      if (statusReason(e) !== 'NotFound') throw e;
    }
  }
  facts.end();
  return { pods, tally };
}
