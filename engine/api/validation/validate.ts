// The validation entry point: `validate(kind, obj, old?)` runs the kind's create or update
// validation and returns Kubernetes' field errors in upstream order. Models each registry
// strategy's Validate / ValidateUpdate (pkg/registry/<group>/<kind>/strategy.go). Kinds without
// a dedicated validator get ObjectMeta validation only (name a DNS-1123 subdomain). Job creation
// first generates its selector on `obj`, as the Job strategy's Validate does.
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { ConfigMap, LimitRange, Namespace, Pod, ReplicationController, ResourceQuota, Secret, Service } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { FieldErrorList } from './field-error.ts';
import { validateCronJob, validateCronJobUpdate } from './cron-job.ts';
import { validateConfigMap, validateConfigMapUpdate } from './config-map.ts';
import { validateSecret, validateSecretUpdate } from './secret.ts';
import { validateDaemonSet, validateDaemonSetUpdate } from './daemon-set.ts';
import { validateDeployment, validateDeploymentUpdate } from './deployment.ts';
import { validateHorizontalPodAutoscaler, validateHorizontalPodAutoscalerUpdate } from './horizontal-pod-autoscaler.ts';
import { generateJobSelector, validateJob, validateJobUpdate } from './job.ts';
import { validateLimitRange } from './limit-range.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNamespace, validateNamespaceUpdate } from './namespace.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validatePod, validatePodUpdate } from './pod.ts';
import { validatePodDisruptionBudget, validatePodDisruptionBudgetUpdate } from './pod-disruption-budget.ts';
import { validateReplicaSet, validateReplicaSetUpdate } from './replica-set.ts';
import { validateReplicationController, validateReplicationControllerUpdate } from './replication-controller.ts';
import { validateResourceQuota } from './resource-quota.ts';
import { validateService, validateServiceUpdate } from './service.ts';
import { validateStatefulSet, validateStatefulSetUpdate } from './stateful-set.ts';

/** Structurally the core's KubeObject (engine/apimachinery/object.ts). */
export interface ValidatedObject { apiVersion: string; kind: string; metadata?: ObjectMeta; [field: string]: unknown }

interface KindValidator {
  create: (obj: never) => FieldErrorList;
  update: (obj: never, old: never) => FieldErrorList;
}

const v = <T>(create: (o: T) => FieldErrorList, update: (o: T, old: T) => FieldErrorList): KindValidator =>
  ({ create, update } as unknown as KindValidator);

/** Create-time checks re-run on update, for kinds whose upstream update validates the full object. */
const withMetaUpdate = <T extends { metadata?: ObjectMeta }>(create: (o: T) => FieldErrorList) =>
  (o: T, old: T): FieldErrorList => [...validateObjectMetaUpdate(o.metadata, old.metadata), ...create(o).filter((e) => !e.field.startsWith('metadata.'))];

const VALIDATORS: Readonly<Record<string, KindValidator>> = {
  Pod: v<Pod>(validatePod, validatePodUpdate),
  Deployment: v<Deployment>(validateDeployment, validateDeploymentUpdate),
  ReplicaSet: v<ReplicaSet>(validateReplicaSet, validateReplicaSetUpdate),
  ReplicationController: v<ReplicationController>(validateReplicationController, validateReplicationControllerUpdate),
  DaemonSet: v<DaemonSet>(validateDaemonSet, validateDaemonSetUpdate),
  StatefulSet: v<StatefulSet>(validateStatefulSet, validateStatefulSetUpdate),
  Job: v<Job>(validateJob, validateJobUpdate),
  CronJob: v<CronJob>(validateCronJob, validateCronJobUpdate),
  Service: v<Service>(validateService, validateServiceUpdate),
  ConfigMap: v<ConfigMap>(validateConfigMap, validateConfigMapUpdate),
  Secret: v<Secret>(validateSecret, validateSecretUpdate),
  ResourceQuota: v<ResourceQuota>(validateResourceQuota, withMetaUpdate(validateResourceQuota)),
  LimitRange: v<LimitRange>(validateLimitRange, withMetaUpdate(validateLimitRange)),
  Namespace: v<Namespace>(validateNamespace, validateNamespaceUpdate),
  PodDisruptionBudget: v<PodDisruptionBudget>(validatePodDisruptionBudget, validatePodDisruptionBudgetUpdate),
  HorizontalPodAutoscaler: v<HorizontalPodAutoscaler>(validateHorizontalPodAutoscaler, validateHorizontalPodAutoscalerUpdate),
};

/** Built-in cluster-scoped kinds (no metadata.namespace). */
const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'PersistentVolume', 'PriorityClass', 'StorageClass', 'ClusterRole',
  'ClusterRoleBinding', 'CustomResourceDefinition', 'APIService', 'CSIDriver', 'CSINode', 'RuntimeClass', 'IngressClass',
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'VolumeAttachment', 'CertificateSigningRequest']);

/** The metadata rules of a kind with no validator of its own (Events, Leases, ...). */
const NAMESPACED_META_RULES = { namespaced: true, nameFn: nameIsDNSSubdomain } as const;
const CLUSTER_META_RULES = { namespaced: false, nameFn: nameIsDNSSubdomain } as const;

export function isClusterScopedKind(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** Field errors for creating (no `old`) or updating `obj` of `kind`; empty when valid. */
export function validate(kind: string, obj: ValidatedObject, old?: ValidatedObject): FieldErrorList {
  const validator = VALIDATORS[kind];
  if (!validator) {
    if (old) return validateObjectMetaUpdate(obj.metadata, old.metadata);
    return validateObjectMeta(obj.metadata, CLUSTER_SCOPED.has(kind) ? CLUSTER_META_RULES : NAMESPACED_META_RULES);
  }
  if (old) return (validator.update as (o: ValidatedObject, p: ValidatedObject) => FieldErrorList)(obj, old);
  if (kind === 'Job') generateJobSelector(obj as unknown as Job);
  return (validator.create as (o: ValidatedObject) => FieldErrorList)(obj);
}
