// Validating half of LimitRanger: every Container-type item checked against each container and init
// container, Pod-type items against the pod's effective requests/limits, PVC items against the claim.
// Models plugin/pkg/admission/limitranger/admission.go (PodValidateLimitFunc,
// PersistentVolumeClaimValidateLimitFunc) with utilerrors.NewAggregate's `[a, b]` wording.
import type { LimitRange, LimitRangeItem, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1.js';
import { limitRequestRatioConstraint, maxConstraint, maxRequestConstraint, minConstraint } from './constraints.ts';
import { podLimits, podRequests } from '../support/pod-resources.ts';
import { aggregate } from '../../../apimachinery/field-error.ts';
import { parseResourceList } from '../support/resource-list.ts';
import type { Usage } from '../support/resource-list.ts';

/** The aggregate error text, or undefined when the pod satisfies the LimitRange. */
export function validatePodLimits(lr: LimitRange, pod: Pod): string | undefined {
  const errors: string[] = [];
  for (const item of lr.spec?.limits ?? []) {
    if (item.type === 'Container') {
      for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
        errors.push(...checkItem(item, parseResourceList(c.resources?.requests), parseResourceList(c.resources?.limits)));
      }
    } else if (item.type === 'Pod') {
      errors.push(...checkItem(item, podRequests(pod), podLimits(pod)));
    }
  }
  return aggregateOrNone(errors);
}

export function validatePvcLimits(lr: LimitRange, pvc: PersistentVolumeClaim): string | undefined {
  const errors: string[] = [];
  const requests = parseResourceList(pvc.spec?.resources?.requests);
  for (const item of lr.spec?.limits ?? []) {
    if (item.type !== 'PersistentVolumeClaim') continue;
    for (const [name, value] of sorted(item.min)) push(errors, minConstraint(item.type, name, value, requests, {}));
    for (const [name, value] of sorted(item.max)) push(errors, maxRequestConstraint(item.type, name, value, requests));
  }
  return aggregateOrNone(errors);
}

// Deterministic rule: Go ranges over min/max/ratio maps in random order; we use sorted names.
function checkItem(item: LimitRangeItem, requests: Usage, limits: Usage): string[] {
  const errors: string[] = [];
  const type = item.type;
  for (const [name, value] of sorted(item.min)) push(errors, minConstraint(type, name, value, requests, limits));
  for (const [name, value] of sorted(item.max)) push(errors, maxConstraint(type, name, value, requests, limits));
  for (const [name, value] of sorted(item.maxLimitRequestRatio)) push(errors, limitRequestRatioConstraint(type, name, value, requests, limits));
  return errors;
}

function sorted(list: Record<string, string> | undefined): Array<[string, string]> {
  return Object.entries(list ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function push(errors: string[], error: string | undefined): void {
  if (error !== undefined) errors.push(error);
}

/** utilerrors.NewAggregate(errors).Error(), or undefined when there is none (NewAggregate's nil). */
function aggregateOrNone(errors: readonly string[]): string | undefined {
  return errors.length === 0 ? undefined : aggregate(errors);
}
