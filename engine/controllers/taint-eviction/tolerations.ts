// Which tolerations let a pod stay on a node with NoExecute taints, and for how long:
// staging/src/k8s.io/api/core/v1/toleration.go → ToleratesTaint (an empty effect or key matches
// any; Exists ignores the value; "" means Equal), pkg/apis/core/v1/helper/helpers.go →
// GetMatchingTolerations (every taint needs a toleration; the first matching one counts) and
// pkg/controller/tainteviction/taint_eviction.go → getMinTolerationTime.
import type { Taint, Toleration } from 'kubernetes-types/core/v1';

export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  const operator = toleration.operator ?? '';
  if (operator === 'Exists') return true;
  if (operator === '' || operator === 'Equal') return (toleration.value ?? '') === (taint.value ?? '');
  return false;
}

/** Whether all taints are tolerated, and the toleration used for each. */
export function getMatchingTolerations(taints: readonly Taint[], tolerations: readonly Toleration[]): { allTolerated: boolean; used: Toleration[] } {
  const used: Toleration[] = [];
  for (const taint of taints) {
    const match = tolerations.find((t) => toleratesTaint(t, taint));
    if (!match) return { allTolerated: false, used: [] };
    used.push(match);
  }
  return { allTolerated: true, used };
}

/**
 * The shortest tolerationSeconds among the tolerations, in ms: 0 for no tolerations or any
 * tolerationSeconds ≤ 0 (evict at once), -1 when none sets it (tolerated forever).
 */
export function getMinTolerationTimeMs(tolerations: readonly Toleration[]): number {
  if (tolerations.length === 0) return 0;
  let min = Infinity;
  for (const t of tolerations) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
    if (t.tolerationSeconds <= 0) return 0;
    if (t.tolerationSeconds < min) min = t.tolerationSeconds;
  }
  return min === Infinity ? -1 : min * 1000;
}

export function noExecuteTaints(taints: readonly Taint[] | undefined): Taint[] {
  return (taints ?? []).filter((t) => t.effect === 'NoExecute');
}
