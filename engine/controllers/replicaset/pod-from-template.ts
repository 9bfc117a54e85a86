// The pod a ReplicaSet/ReplicationController creates from its template.
// Models pkg/controller/controller_utils.go → GetPodFromTemplate and getPodsPrefix: labels,
// annotations and finalizers from the template, generateName `<owner>-` (owner alone if the
// dash would make it invalid), one controller ownerReference, spec copied. Name is left to the API.
import type { Pod, PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import type { OwnerReference } from 'kubernetes-types/meta/v1.js';
import { clone } from '../../apimachinery/object.ts';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** `<name>-` unless that is not a valid name prefix (validation with a trailing char appended). */
export function podsPrefix(ownerName: string): string {
  const prefix = `${ownerName}-`;
  return DNS1123_SUBDOMAIN.test(`${prefix}a`) && prefix.length <= 253 ? prefix : ownerName;
}

export function podFromTemplate(template: PodTemplateSpec, namespace: string, ownerName: string, controllerRef: OwnerReference): Pod {
  const tm = template.metadata ?? {};
  const pod: Pod = {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { generateName: podsPrefix(ownerName), namespace, ownerReferences: [{ ...controllerRef }] },
    spec: clone(template.spec ?? { containers: [] }),
  };
  const meta = pod.metadata ?? {};
  if (tm.labels !== undefined) meta.labels = { ...tm.labels };
  if (tm.annotations !== undefined) meta.annotations = { ...tm.annotations };
  if (tm.finalizers !== undefined) meta.finalizers = [...tm.finalizers];
  return pod;
}
