// DefaultTolerationSeconds: every pod tolerates node.kubernetes.io/not-ready and /unreachable
// NoExecute taints for 300 s unless it already tolerates them (an empty key or effect counts).
// Models plugin/pkg/admission/defaulttolerationseconds/admission.go (Admit); the 300 s are the
// defaults of --default-not-ready-toleration-seconds / --default-unreachable-toleration-seconds.
import type { Pod, Toleration } from 'kubernetes-types/core/v1.js';
import type { PolicyPlugin } from './support/policy-plugin.ts';
import { mutablePodSpec } from './support/pod-spec.ts';

export const DEFAULT_TOLERATION_SECONDS = 300;
const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

export const defaultTolerationSeconds: PolicyPlugin = {
  name: 'DefaultTolerationSeconds',
  admit(attrs) {
    if (attrs.resource !== 'pods' || attrs.group !== '' || attrs.subresource !== '') return;
    if ((attrs.operation !== 'CREATE' && attrs.operation !== 'UPDATE') || !attrs.object) return;
    const pod = attrs.object as Pod;
    const spec = mutablePodSpec(pod);
    const tolerations = spec.tolerations ?? [];
    const added = [NOT_READY, UNREACHABLE].filter((key) => !tolerations.some((t) => toleratesNoExecute(t, key)));
    if (added.length === 0) return;
    spec.tolerations = [...tolerations, ...added.map((key) => ({
      key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS,
    }))];
  },
};

function toleratesNoExecute(t: Toleration, key: string): boolean {
  return (t.key === key || (t.key ?? '') === '') && (t.effect === 'NoExecute' || (t.effect ?? '') === '');
}
