// Defaults of a PodSpec wherever it appears (Pod, and the template of every workload):
// dnsPolicy ClusterFirst, restartPolicy Always, securityContext {}, terminationGracePeriodSeconds
// 30, schedulerName default-scheduler, then every container and volume. Models
// pkg/apis/core/v1/defaults.go → SetDefaults_PodSpec, SetDefaults_Volume and the volume-source
// defaulters (Secret/ConfigMap/DownwardAPI/Projected defaultMode 0644, HostPath type "").
import type { PodSpec, Volume } from 'kubernetes-types/core/v1';
import { defaultContainer } from './container.ts';

/** 0644: v1.SecretVolumeSourceDefaultMode and its ConfigMap/DownwardAPI/Projected siblings. */
const DEFAULT_MODE = 0o644;
const VOLUME_SOURCES = ['awsElasticBlockStore', 'azureDisk', 'azureFile', 'cephfs', 'cinder', 'configMap', 'csi',
  'downwardAPI', 'emptyDir', 'ephemeral', 'fc', 'flexVolume', 'flocker', 'gcePersistentDisk', 'gitRepo', 'glusterfs',
  'hostPath', 'image', 'iscsi', 'nfs', 'persistentVolumeClaim', 'photonPersistentDisk', 'portworxVolume', 'projected',
  'quobyte', 'rbd', 'scaleIO', 'secret', 'storageos', 'vsphereVolume'] as const;

export function defaultVolume(v: Volume): void {
  const sources = v as unknown as Record<string, unknown>;
  if (!VOLUME_SOURCES.some((s) => sources[s] !== undefined)) v.emptyDir = {};
  if (v.secret) v.secret.defaultMode ??= DEFAULT_MODE;
  if (v.configMap) v.configMap.defaultMode ??= DEFAULT_MODE;
  if (v.downwardAPI) {
    v.downwardAPI.defaultMode ??= DEFAULT_MODE;
    for (const item of v.downwardAPI.items ?? []) if (item.fieldRef) item.fieldRef.apiVersion ||= 'v1';
  }
  if (v.projected) {
    v.projected.defaultMode ??= DEFAULT_MODE;
    for (const source of v.projected.sources ?? []) {
      for (const item of source.downwardAPI?.items ?? []) if (item.fieldRef) item.fieldRef.apiVersion ||= 'v1';
      if (source.serviceAccountToken) source.serviceAccountToken.expirationSeconds ??= 3600;
    }
  }
  if (v.hostPath) v.hostPath.type ??= '';
  const claimSpec = v.ephemeral?.volumeClaimTemplate?.spec;
  if (claimSpec) claimSpec.volumeMode ??= 'Filesystem';
}

/**
 * spec.serviceAccount, the deprecated alias of serviceAccountName (pkg/apis/core/v1/conversion.go):
 * decoding takes it when serviceAccountName is empty (Convert_v1_PodSpec_To_core_PodSpec), and
 * encoding writes it back from serviceAccountName (Convert_core_PodSpec_To_v1_PodSpec), so a stored
 * spec carries both or neither. A name the ServiceAccount admission plugin sets later gets its
 * alias in the pod strategy (strategy.ts → prepareForCreate).
 */
export function aliasServiceAccount(spec: PodSpec): void {
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  else delete spec.serviceAccount;
}

export function defaultPodSpec(spec: PodSpec): void {
  aliasServiceAccount(spec);
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  for (const v of spec.volumes ?? []) defaultVolume(v);
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) defaultContainer(c);
  for (const c of spec.ephemeralContainers ?? []) defaultContainer(c as Parameters<typeof defaultContainer>[0]);
}
