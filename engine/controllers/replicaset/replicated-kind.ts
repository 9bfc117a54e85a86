// What differs between a ReplicaSet and a ReplicationController for the shared sync: resource,
// kind, apiVersion, and how the selector is written (LabelSelector vs. a plain label map).
// Models pkg/controller/replication (an adapter over the ReplicaSet controller in Kubernetes too).
import type { LabelSelector } from 'kubernetes-types/meta/v1.js';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import type { ReplicaSetStatus } from 'kubernetes-types/apps/v1.js';

export interface ReplicatedLike {
  apiVersion?: string; kind?: string;
  metadata?: { name?: string; namespace?: string; uid?: string; generation?: number; deletionTimestamp?: string; resourceVersion?: string; ownerReferences?: { uid: string; controller?: boolean }[] };
  spec?: { replicas?: number; minReadySeconds?: number; selector?: unknown; template?: PodTemplateSpec };
  status?: ReplicaSetStatus;
}

export interface ReplicatedKind {
  resource: 'replicasets' | 'replicationcontrollers';
  kind: 'ReplicaSet' | 'ReplicationController';
  apiVersion: 'apps/v1' | 'v1';
  componentName: string;
  selectorOf(obj: ReplicatedLike): LabelSelector | undefined;
}

export const REPLICA_SET_KIND: ReplicatedKind = {
  resource: 'replicasets', kind: 'ReplicaSet', apiVersion: 'apps/v1', componentName: 'replicaset-controller',
  selectorOf: (obj) => obj.spec?.selector as LabelSelector | undefined,
};

export const REPLICATION_CONTROLLER_KIND: ReplicatedKind = {
  resource: 'replicationcontrollers', kind: 'ReplicationController', apiVersion: 'v1', componentName: 'replication-controller',
  // An RC selector is a label map; absent means "the template's labels" (defaulted by the API).
  selectorOf: (obj) => ({ matchLabels: (obj.spec?.selector as Record<string, string> | undefined) ?? obj.spec?.template?.metadata?.labels ?? {} }),
};
