// Pod conditions the kubelet owns: PodReadyToStartContainers, Initialized, ContainersReady and
// Ready, from pkg/kubelet/status/generate.go → GeneratePodInitializedCondition,
// GenerateContainersReadyCondition, GeneratePodReadyCondition (reasons ContainersNotInitialized,
// ContainersNotReady, PodCompleted; messages `containers with unready status: [a b]` in Go's
// slice rendering). lastTransitionTime is kept while a condition's status is unchanged.
// Conditions the kubelet does not own (PodScheduled, DisruptionTarget...) are carried over, as
// pkg/kubelet/status/status_manager.go → mergePodStatus keeps them. Leaves out readiness gates.
import type { ContainerStatus, PodCondition, PodSpec } from 'kubernetes-types/core/v1';
import type { PodPhase } from './pod-phase.ts';

type Cond = { status: 'True' | 'False'; reason?: string; message?: string };

const goList = (names: string[]): string => `[${names.join(' ')}]`;

function initialized(spec: PodSpec, init: ContainerStatus[], phase: PodPhase): Cond {
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (const c of spec.initContainers ?? []) {
    const s = init.find((x) => x.name === c.name);
    if (s === undefined) unknown.push(c.name);
    else if (c.restartPolicy === 'Always' ? !s.started : !(s.state?.terminated?.exitCode === 0)) incomplete.push(c.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return { status: 'True', reason: 'PodCompleted' };
  const parts = [...(unknown.length ? [`containers with unknown status: ${goList(unknown)}`] : []),
    ...(incomplete.length ? [`containers with incomplete status: ${goList(incomplete)}`] : [])];
  return parts.length === 0 ? { status: 'True' } : { status: 'False', reason: 'ContainersNotInitialized', message: parts.join(', ') };
}

function containersReady(spec: PodSpec, app: ContainerStatus[], phase: PodPhase): Cond {
  const unknown: string[] = [];
  const unready: string[] = [];
  for (const c of spec.containers) {
    const s = app.find((x) => x.name === c.name);
    if (s === undefined) unknown.push(c.name);
    else if (!s.ready) unready.push(c.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return { status: 'False', reason: 'PodCompleted' };
  const parts = [...(unknown.length ? [`containers with unknown status: ${goList(unknown)}`] : []),
    ...(unready.length ? [`containers with unready status: ${goList(unready)}`] : [])];
  return parts.length === 0 ? { status: 'True' } : { status: 'False', reason: 'ContainersNotReady', message: parts.join(', ') };
}

export interface ConditionInput {
  spec: PodSpec;
  init: ContainerStatus[];
  app: ContainerStatus[];
  phase: PodPhase;
  sandboxReady: boolean;
  previous: PodCondition[];
  now: string;
}

/** kubetypes.PodConditionsByKubelet (the in-place resize conditions aside). */
const KUBELET_OWNED = new Set(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady']);

/** The pod's conditions in kubelet order, then the ones it does not own, in their previous order. */
export function podConditions(input: ConditionInput): PodCondition[] {
  const ready = containersReady(input.spec, input.app, input.phase);
  const computed: [string, Cond][] = [
    ['PodReadyToStartContainers', { status: input.sandboxReady ? 'True' : 'False' }],
    ['Initialized', initialized(input.spec, input.init, input.phase)],
    ['Ready', ready],
    ['ContainersReady', ready],
  ];
  const out = computed.map(([type, c]) => withTransition(type, c, input.previous, input.now));
  return [...out, ...input.previous.filter((c) => !KUBELET_OWNED.has(c.type))];
}

function withTransition(type: string, c: Cond, previous: PodCondition[], now: string): PodCondition {
  const old = previous.find((p) => p.type === type);
  const cond: PodCondition = { type, status: c.status, lastProbeTime: null as unknown as string,
    lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime ?? now : now };
  if (c.reason !== undefined) cond.reason = c.reason;
  if (c.message !== undefined) cond.message = c.message;
  return cond;
}
