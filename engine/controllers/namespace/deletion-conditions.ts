// The five namespace status conditions the namespace deleter maintains while a namespace terminates:
// failures and remaining content set True, otherwise the "ok" (False) variant with its reason/message.
// Models pkg/controller/namespace/deletion/status_condition_utils.go (ProcessContentTotals,
// makeDeleteContentCondition, updateConditions, newSuccessfulCondition). Discovery never fails here.
import type { NamespaceCondition } from 'kubernetes-types/core/v1.js';

type ConditionType = 'NamespaceDeletionDiscoveryFailure' | 'NamespaceDeletionGroupVersionParsingFailure'
  | 'NamespaceDeletionContentFailure' | 'NamespaceContentRemaining' | 'NamespaceFinalizersRemaining';

const CONDITION_TYPES: readonly ConditionType[] = [
  'NamespaceDeletionDiscoveryFailure', 'NamespaceDeletionGroupVersionParsingFailure',
  'NamespaceDeletionContentFailure', 'NamespaceContentRemaining', 'NamespaceFinalizersRemaining',
];
const OK: Record<ConditionType, [reason: string, message: string]> = {
  NamespaceDeletionDiscoveryFailure: ['ResourcesDiscovered', 'All resources successfully discovered'],
  NamespaceDeletionGroupVersionParsingFailure: ['ParsedGroupVersions', 'All legacy kube types successfully parsed'],
  NamespaceDeletionContentFailure: ['ContentDeleted', 'All content successfully deleted, may be waiting on finalization'],
  NamespaceContentRemaining: ['ContentRemoved', 'All content successfully removed'],
  NamespaceFinalizersRemaining: ['ContentRemoved', 'All content successfully removed'],
};

export interface ContentTotals {
  /** `pods` / `deployments.apps` -> instances still present. */
  remaining: ReadonlyMap<string, number>;
  /** finalizer name -> instances still carrying it. */
  finalizers: ReadonlyMap<string, number>;
  deleteErrors: readonly string[];
}

/** The failing conditions for these totals (absent types get their ok variant in `mergeConditions`). */
export function failingConditions(totals: ContentTotals, now: string): NamespaceCondition[] {
  const out: NamespaceCondition[] = [];
  const errors = [...totals.deleteErrors].sort();
  if (errors.length > 0) {
    out.push({ type: 'NamespaceDeletionContentFailure', status: 'True', lastTransitionTime: now, reason: 'ContentDeletionFailed',
      message: `Failed to delete all resource types, ${errors.length} remaining: ${errors.join(', ')}` });
  }
  // Upstream prints `<resource>.<group>`, so core resources read "pods." (trailing dot kept).
  const remaining = [...totals.remaining].filter(([, n]) => n > 0).map(([gr, n]) => `${withGroupDot(gr)} has ${n} resource instances`).sort();
  if (totals.remaining.size > 0) {
    out.push({ type: 'NamespaceContentRemaining', status: 'True', lastTransitionTime: now, reason: 'SomeResourcesRemain',
      message: `Some resources are remaining: ${remaining.join(', ')}` });
  }
  const byFinalizer = [...totals.finalizers].filter(([, n]) => n > 0).map(([f, n]) => `${f} in ${n} resource instances`).sort();
  if (totals.finalizers.size > 0) {
    out.push({ type: 'NamespaceFinalizersRemaining', status: 'True', lastTransitionTime: now, reason: 'SomeFinalizerRemain',
      message: `Some finalizers are remaining: ${byFinalizer.join(', ')}` });
  }
  return out;
}

function withGroupDot(groupResource: string): string {
  return groupResource.includes('.') ? groupResource : `${groupResource}.`;
}

/** updateConditions: every managed type present; lastTransitionTime moves only when status flips. */
export function mergeConditions(old: readonly NamespaceCondition[], failing: readonly NamespaceCondition[], now: string): { conditions: NamespaceCondition[]; changed: boolean } {
  const conditions = old.map((c) => ({ ...c }));
  let changed = false;
  for (const type of CONDITION_TYPES) {
    const [reason, message] = OK[type];
    const next = failing.find((c) => c.type === type) ?? { type, status: 'False', lastTransitionTime: now, reason, message };
    const current = conditions.find((c) => c.type === type);
    if (!current) { conditions.push(next); changed = true; continue; }
    if (current.status === next.status && current.reason === next.reason && current.message === next.message) continue;
    if (current.status !== next.status) current.lastTransitionTime = now;
    Object.assign(current, { status: next.status, reason: next.reason, message: next.message });
    changed = true;
  }
  return { conditions, changed };
}
