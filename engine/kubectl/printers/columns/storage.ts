// Tables of persistentvolumes and persistentvolumeclaims.
// Models pkg/printers/internalversion/printers.go → printPersistentVolume, printPersistentVolumeClaim
// and pkg/apis/core/helper → GetAccessModesAsString (RWO, ROX, RWX, RWOP), GetPersistentVolumeClass,
// GetPersistentVolumeClaimClass (the beta storage-class annotation wins over storageClassName).
// Left out: quantity canonicalisation (capacities are printed as stored).
import type { PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1.js';
import { as } from '../object-like.ts';
import { AGE, NAME, type TableHandler } from '../table-handler.ts';
import { timestampSince } from '../timestamp.ts';

const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
const MODES: Array<[string, string]> = [
  ['ReadWriteOnce', 'RWO'], ['ReadOnlyMany', 'ROX'], ['ReadWriteMany', 'RWX'], ['ReadWriteOncePod', 'RWOP'],
];

export function accessModesText(modes: string[] | undefined): string {
  const present = new Set(modes ?? []);
  return MODES.filter(([m]) => present.has(m)).map(([, short]) => short).join(',');
}

export const persistentVolumesTable: TableHandler = {
  kind: 'PersistentVolume',
  columns: [NAME, { name: 'Capacity' }, { name: 'Access Modes' }, { name: 'Reclaim Policy' }, { name: 'Status' },
    { name: 'Claim' }, { name: 'StorageClass' }, { name: 'VolumeAttributesClass' }, { name: 'Reason' }, AGE,
    { name: 'VolumeMode', priority: 1 }],
  row(obj, ctx) {
    const pv = as<PersistentVolume>(obj);
    const claim = pv.spec?.claimRef ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name ?? ''}` : '';
    const phase = pv.metadata?.deletionTimestamp !== undefined ? 'Terminating' : pv.status?.phase ?? '';
    const storageClass = pv.metadata?.annotations?.[BETA_STORAGE_CLASS] ?? pv.spec?.storageClassName ?? '';
    return [pv.metadata?.name ?? '', String(pv.spec?.capacity?.['storage'] ?? '0'), accessModesText(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '', phase, claim, storageClass,
      pv.spec?.volumeAttributesClassName ?? '<unset>', pv.status?.reason ?? '',
      timestampSince(pv.metadata?.creationTimestamp, ctx.nowMs), pv.spec?.volumeMode ?? '<unset>'];
  },
};

export const persistentVolumeClaimsTable: TableHandler = {
  kind: 'PersistentVolumeClaim',
  columns: [NAME, { name: 'Status' }, { name: 'Volume' }, { name: 'Capacity' }, { name: 'Access Modes' },
    { name: 'StorageClass' }, { name: 'VolumeAttributesClass' }, AGE, { name: 'VolumeMode', priority: 1 }],
  row(obj, ctx) {
    const pvc = as<PersistentVolumeClaim>(obj);
    const phase = pvc.metadata?.deletionTimestamp !== undefined ? 'Terminating' : pvc.status?.phase ?? '';
    const bound = (pvc.spec?.volumeName ?? '') !== '';
    const storageClass = pvc.metadata?.annotations?.[BETA_STORAGE_CLASS] ?? pvc.spec?.storageClassName ?? '';
    return [pvc.metadata?.name ?? '', phase, pvc.spec?.volumeName ?? '',
      bound ? String(pvc.status?.capacity?.['storage'] ?? '0') : '', bound ? accessModesText(pvc.status?.accessModes) : '',
      storageClass, pvc.spec?.volumeAttributesClassName ?? '<unset>',
      timestampSince(pvc.metadata?.creationTimestamp, ctx.nowMs), pvc.spec?.volumeMode ?? '<unset>'];
  },
};
