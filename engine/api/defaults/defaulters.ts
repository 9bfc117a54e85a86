// The defaulter of every kind, keyed by kind: `applyDefaultsForKind(kind, obj)` mutates the
// object it is given (the pipeline passes a fresh copy). Models the scheme's
// AddTypeDefaultingFunc registrations (pkg/apis/*/v1/zz_generated.defaults.go → RegisterDefaults).
// Kinds without upstream defaulting (ConfigMap, PodDisruptionBudget, ResourceQuota ...) are absent.
/** Structurally the core's KubeObject (engine/apimachinery/object.ts), which lands with the core. */
type KubeObject = { apiVersion: string; kind: string; [field: string]: unknown };
import { defaultCronJob } from './cron-job.ts';
import { defaultDaemonSet } from './daemon-set.ts';
import { defaultDeployment } from './deployment.ts';
import { defaultHorizontalPodAutoscaler } from './horizontal-pod-autoscaler.ts';
import { defaultJob } from './job.ts';
import { defaultLimitRange } from './limit-range.ts';
import { defaultNamespace } from './namespace.ts';
import { defaultPod } from './pod.ts';
import { defaultPodTemplate } from './pod-template.ts';
import { defaultReplicaSet } from './replica-set.ts';
import { defaultReplicationController } from './replication-controller.ts';
import { defaultService } from './service.ts';
import {
  defaultEndpoints, defaultNode, defaultPersistentVolume, defaultPersistentVolumeClaim, defaultSecret,
} from './small-kinds.ts';
import { defaultStatefulSet } from './stateful-set.ts';

type Defaulter = (obj: never) => void;

const DEFAULTERS: Readonly<Record<string, Defaulter>> = {
  Pod: defaultPod,
  PodTemplate: (obj: { template?: Parameters<typeof defaultPodTemplate>[0] }) => defaultPodTemplate(obj.template),
  Deployment: defaultDeployment,
  ReplicaSet: defaultReplicaSet,
  ReplicationController: defaultReplicationController,
  DaemonSet: defaultDaemonSet,
  StatefulSet: defaultStatefulSet,
  Job: defaultJob,
  CronJob: defaultCronJob,
  Service: defaultService,
  Namespace: defaultNamespace,
  LimitRange: defaultLimitRange,
  Secret: defaultSecret,
  PersistentVolumeClaim: defaultPersistentVolumeClaim,
  PersistentVolume: defaultPersistentVolume,
  Endpoints: defaultEndpoints,
  Node: defaultNode,
  HorizontalPodAutoscaler: defaultHorizontalPodAutoscaler,
};

export function hasDefaulter(kind: string): boolean {
  return kind in DEFAULTERS;
}

/** Applies the API server's defaults for `kind` to `obj` in place. autoscaling/v1 HPAs are skipped. */
export function applyDefaultsForKind(kind: string, obj: KubeObject): void {
  if (kind === 'HorizontalPodAutoscaler' && obj.apiVersion !== 'autoscaling/v2') return;
  const defaulter = DEFAULTERS[kind];
  if (defaulter) (defaulter as (o: KubeObject) => void)(obj);
}
