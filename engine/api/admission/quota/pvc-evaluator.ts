// Quota usage of a PersistentVolumeClaim: persistentvolumeclaims, count/persistentvolumeclaims,
// requests.storage and the per-StorageClass forms `<class>.storageclass.storage.k8s.io/...`.
// Models pkg/quota/v1/evaluator/core/persistent_volume_claims.go (Usage, MatchingResources).
// Leaves out the VolumeAttributesClass scope and status.allocatedResources (expansion recovery).
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import type { QuotaEvaluator } from './evaluator.ts';
import { matchesNoScope } from './evaluator.ts';
import { parseQuantity, quantityFromInt } from '../support/quantity.ts';
import type { Usage } from '../support/resource-list.ts';

const STORAGE_CLASS_SUFFIX = '.storageclass.storage.k8s.io/';
const PVC_RESOURCES = ['count/persistentvolumeclaims', 'persistentvolumeclaims', 'requests.storage'];

export const pvcEvaluator: QuotaEvaluator = {
  resource: 'persistentvolumeclaims',
  group: '',
  handles: (operation, subresource) => (operation === 'CREATE' || operation === 'UPDATE') && subresource === '',
  matchingResources: (input) => input.filter((n) => PVC_RESOURCES.includes(n) || isStorageClassResource(n)),
  matchesScope: matchesNoScope,
  constraints: () => undefined,
  usage: (obj) => pvcUsage(obj as PersistentVolumeClaim),
};

function isStorageClassResource(name: string): boolean {
  const i = name.indexOf(STORAGE_CLASS_SUFFIX);
  if (i <= 0) return false;
  const rest = name.slice(i + STORAGE_CLASS_SUFFIX.length);
  return rest === 'persistentvolumeclaims' || rest === 'requests.storage';
}

export function pvcUsage(pvc: PersistentVolumeClaim): Usage {
  const one = quantityFromInt(1);
  const usage: Usage = { 'count/persistentvolumeclaims': one, persistentvolumeclaims: one };
  const storageClass = pvc.spec?.storageClassName ?? pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
  if (storageClass !== '') usage[`${storageClass}${STORAGE_CLASS_SUFFIX}persistentvolumeclaims`] = one;
  const request = pvc.spec?.resources?.requests?.['storage'];
  if (request !== undefined) {
    const storage = parseQuantity(request);
    usage['requests.storage'] = storage;
    if (storageClass !== '') usage[`${storageClass}${STORAGE_CLASS_SUFFIX}requests.storage`] = storage;
  }
  return usage;
}
