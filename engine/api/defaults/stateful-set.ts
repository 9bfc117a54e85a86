// StatefulSet defaults: podManagementPolicy OrderedReady, updateStrategy RollingUpdate with
// partition 0, PVC retention policy Retain/Retain (StatefulSetAutoDeletePVC is GA), replicas 1,
// revisionHistoryLimit 10, template PodSpec defaults, volumeClaimTemplates volumeMode Filesystem.
// Models pkg/apis/apps/v1/defaults.go → SetDefaults_StatefulSet (partition only defaulted when a
// rollingUpdate block exists or the type was defaulted, exactly as upstream).
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaimStatus } from 'kubernetes-types/core/v1';
import { defaultPodTemplate } from './pod-template.ts';

export function defaultStatefulSet(ss: StatefulSet): void {
  const spec = (ss.spec ??= { selector: {}, template: {}, serviceName: '' });
  spec.podManagementPolicy ||= 'OrderedReady';
  const strategy = (spec.updateStrategy ??= {});
  if (!strategy.type) {
    strategy.type = 'RollingUpdate';
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate) strategy.rollingUpdate.partition ??= 0;
  const retention = (spec.persistentVolumeClaimRetentionPolicy ??= {});
  retention.whenDeleted ||= 'Retain';
  retention.whenScaled ||= 'Retain';
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= 10;
  defaultPodTemplate(spec.template);
  for (const claim of spec.volumeClaimTemplates ?? []) {
    if (claim.spec) claim.spec.volumeMode ??= 'Filesystem';
    const writable = claim as { status?: PersistentVolumeClaimStatus };
    (writable.status ??= {}).phase ||= 'Pending';
  }
}
