// LimitRanger: defaults container requests/limits from the namespace's LimitRanges on pod create
// (mutating), then enforces min/max/ratio for pods and min/max for PVCs (validating).
// Models plugin/pkg/admission/limitranger/admission.go (Admit, Validate, SupportsAttributes,
// runLimitFunc: the first LimitRange that fails rejects). LimitRanges are taken in name order.
import type { LimitRange, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1.js';
import type { PolicyAttributes, PolicyView } from './support/attributes.ts';
import type { PolicyPlugin } from './support/policy-plugin.ts';
import { forbidden } from './support/admission-denial.ts';
import { mergePodDefaults } from './limit-ranger/merge-defaults.ts';
import { validatePodLimits, validatePvcLimits } from './limit-ranger/validate-limits.ts';

export const limitRanger: PolicyPlugin = {
  name: 'LimitRanger',
  admit(attrs, view) {
    if (!supports(attrs) || attrs.resource !== 'pods' || !attrs.object) return;
    for (const lr of limitRangesOf(attrs, view)) mergePodDefaults(attrs.object as Pod, lr);
  },
  validate(attrs, view) {
    if (!supports(attrs) || !attrs.object) return;
    if (attrs.oldObject?.metadata?.deletionTimestamp !== undefined) return;
    for (const lr of limitRangesOf(attrs, view)) {
      const error = attrs.resource === 'pods'
        ? validatePodLimits(lr, attrs.object as Pod)
        : validatePvcLimits(lr, attrs.object as PersistentVolumeClaim);
      if (error !== undefined) throw forbidden(attrs, error);
    }
  },
};

/** Pods on create, PVCs on create and update; never subresources. */
function supports(attrs: PolicyAttributes): boolean {
  if (attrs.subresource !== '' || attrs.group !== '') return false;
  if (attrs.resource === 'pods') return attrs.operation === 'CREATE';
  return attrs.resource === 'persistentvolumeclaims' && (attrs.operation === 'CREATE' || attrs.operation === 'UPDATE');
}

function limitRangesOf(attrs: PolicyAttributes, view: PolicyView): LimitRange[] {
  return [...view.listLimitRanges(attrs.namespace)].sort((a, b) => compareNames(a.metadata?.name, b.metadata?.name));
}

function compareNames(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
