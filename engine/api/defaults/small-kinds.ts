// Defaults of the kinds that have one or two: Secret type Opaque, PersistentVolumeClaim
// volumeMode Filesystem and status.phase Pending, PersistentVolume reclaim policy Retain /
// volumeMode Filesystem / phase Pending, Endpoints port protocol TCP, Node allocatable from
// capacity. Models pkg/apis/core/v1/defaults.go → SetDefaults_Secret, SetDefaults_PersistentVolumeClaim(Spec),
// SetDefaults_PersistentVolume, SetDefaults_Endpoints, SetDefaults_NodeStatus, plus Secret stringData
// folded into data as decoding does. ConfigMap's empty
// `data` map is omitted by Go's JSON encoder, so it is not materialised here.
import { Buffer } from 'node:buffer';
import type {
  Endpoints, Node, PersistentVolume, PersistentVolumeClaim, PersistentVolumeClaimStatus, PersistentVolumeStatus, Secret,
} from 'kubernetes-types/core/v1';

export function defaultSecret(s: Secret): void {
  s.type ||= 'Opaque';
  mergeStringData(s);
}

/**
 * `stringData` is write-only: decoding merges it into `data` (base64, overriding same keys) and
 * drops it (pkg/apis/core/v1/conversion.go → Convert_v1_Secret_To_core_Secret).
 */
function mergeStringData(s: Secret): void {
  if (!s.stringData) return;
  const data: Record<string, string> = { ...s.data };
  for (const [k, v] of Object.entries(s.stringData)) data[k] = Buffer.from(String(v), 'utf8').toString('base64');
  s.data = data;
  delete s.stringData;
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
