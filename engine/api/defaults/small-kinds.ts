// Defaults of the kinds that have one or two: Secret type Opaque, PersistentVolumeClaim
// volumeMode Filesystem and status.phase Pending, PersistentVolume reclaim policy Retain /
// volumeMode Filesystem / phase Pending, Endpoints port protocol TCP, Node allocatable from
// capacity. Models pkg/apis/core/v1/defaults.go → SetDefaults_Secret, SetDefaults_PersistentVolumeClaim(Spec),
// SetDefaults_PersistentVolume, SetDefaults_Endpoints, SetDefaults_NodeStatus. ConfigMap's empty
// `data` map is omitted by Go's JSON encoder, so it is not materialised here.
import type {
  Endpoints, Node, PersistentVolume, PersistentVolumeClaim, PersistentVolumeClaimStatus, PersistentVolumeStatus, Secret,
} from 'kubernetes-types/core/v1';

export function defaultSecret(s: Secret): void {
  s.type ||= 'Opaque';
}

export function defaultPersistentVolumeClaim(pvc: PersistentVolumeClaim): void {
  (pvc.spec ??= {}).volumeMode ??= 'Filesystem';
  const writable = pvc as { status?: PersistentVolumeClaimStatus };
  (writable.status ??= {}).phase ||= 'Pending';
}

export function defaultPersistentVolume(pv: PersistentVolume): void {
  const spec = (pv.spec ??= {});
  spec.persistentVolumeReclaimPolicy ||= 'Retain';
  spec.volumeMode ??= 'Filesystem';
  if (spec.hostPath) spec.hostPath.type ??= '';
  const writable = pv as { status?: PersistentVolumeStatus };
  (writable.status ??= {}).phase ||= 'Pending';
}

export function defaultEndpoints(ep: Endpoints): void {
  for (const subset of ep.subsets ?? []) for (const port of subset.ports ?? []) port.protocol ||= 'TCP';
}

export function defaultNode(node: Node): void {
  const status = node.status;
  if (status?.capacity && !status.allocatable) status.allocatable = { ...status.capacity };
}
