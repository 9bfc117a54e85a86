// The ReplicaSet object a Deployment creates for its current template.
// Models pkg/controller/deployment/sync.go → getNewReplicaSet (creation branch): name
// `<deployment>-<hash>`, pod-template-hash added to template labels, RS labels and selector,
// controller ownerReference, minReadySeconds, revision and replicas annotations, initial size.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { OwnerReference } from 'kubernetes-types/meta/v1.js';
import { maxSurge } from './fenceposts.ts';
import { computeHash } from './pod-template-hash.ts';
import { POD_TEMPLATE_HASH_LABEL } from './replica-sets.ts';
import { type Revision, setNewReplicaSetAnnotations } from './revision.ts';
import { clone } from '../../apimachinery/object.ts';

export function deploymentControllerRef(d: Deployment): OwnerReference {
  return { apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata?.name ?? '', uid: d.metadata?.uid ?? '', controller: true, blockOwnerDeletion: true };
}

/** The RS to create, without replicas decided yet (the caller sets NewRSNewReplicas). */
export function buildNewReplicaSet(d: Deployment, newRevision: Revision): ReplicaSet {
  const hash = computeHash(d.spec?.template, d.status?.collisionCount);
  const template = clone(d.spec?.template ?? {});
  template.metadata ??= {};
  template.metadata.labels = { ...(template.metadata.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const selector = clone(d.spec?.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const rs: ReplicaSet = {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata?.name ?? ''}-${hash}`,
      namespace: d.metadata?.namespace ?? 'default',
      ownerReferences: [deploymentControllerRef(d)],
      labels: { ...template.metadata.labels },
    },
    spec: { replicas: 0, minReadySeconds: d.spec?.minReadySeconds ?? 0, selector, template },
  };
  setNewReplicaSetAnnotations(d, rs, newRevision, false, maxSurge(d));
  return rs;
}
