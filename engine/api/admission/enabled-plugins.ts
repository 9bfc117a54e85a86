// kube-apiserver's `--enable-admission-plugins` and `--disable-admission-plugins`: which admission
// plugins run. The default-on set, less the disabled names, plus the enabled ones, always in
// AllOrderedPlugins order whatever order the flags give. Models
// staging/src/k8s.io/apiserver/pkg/server/options/admission.go (enabledPluginNames, Validate) over
// pkg/kubeapiserver/options/plugins.go (AllOrderedPlugins, DefaultOffAdmissionPlugins) as of 1.33.
// Of the registered plugins this simulation implements six (admission/index.ts); turning one of
// the others off changes nothing here, turning one on is refused, since its behaviour is not built.
import { aggregate } from '../../apimachinery/field-error.ts';

/** AllOrderedPlugins in 1.33: every registered plugin, in execution order. */
export const ALL_ORDERED_PLUGINS: readonly string[] = [
  'AlwaysAdmit', 'NamespaceAutoProvision', 'NamespaceLifecycle', 'NamespaceExists', 'LimitPodHardAntiAffinityTopology',
  'LimitRanger', 'ServiceAccount', 'NodeRestriction', 'TaintNodesByCondition', 'AlwaysPullImages', 'ImagePolicyWebhook',
  'PodSecurity', 'PodNodeSelector', 'Priority', 'DefaultTolerationSeconds', 'PodTolerationRestriction', 'EventRateLimit',
  'ExtendedResourceToleration', 'DefaultStorageClass', 'StorageObjectInUseProtection', 'OwnerReferencesPermissionEnforcement',
  'PersistentVolumeClaimResize', 'RuntimeClass', 'CertificateApproval', 'CertificateSigning', 'ClusterTrustBundleAttest',
  'CertificateSubjectRestriction', 'DefaultIngressClass', 'DenyServiceExternalIPs', 'PodTopologyLabels',
  'MutatingAdmissionPolicy', 'MutatingAdmissionWebhook', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionWebhook',
  'ResourceQuota', 'AlwaysDeny',
];

/** The defaultOnPlugins of DefaultOffAdmissionPlugins: what runs without either flag. */
export const DEFAULT_ON_PLUGINS: ReadonlySet<string> = new Set([
  'NamespaceLifecycle', 'LimitRanger', 'ServiceAccount', 'DefaultStorageClass', 'PersistentVolumeClaimResize',
  'DefaultTolerationSeconds', 'MutatingAdmissionWebhook', 'ValidatingAdmissionWebhook', 'ResourceQuota',
  'StorageObjectInUseProtection', 'Priority', 'TaintNodesByCondition', 'RuntimeClass', 'CertificateApproval',
  'CertificateSigning', 'ClusterTrustBundleAttest', 'CertificateSubjectRestriction', 'DefaultIngressClass', 'PodSecurity',
  'PodTopologyLabels', 'MutatingAdmissionPolicy', 'ValidatingAdmissionPolicy',
]);

export interface AdmissionFlags {
  enable?: readonly string[] | undefined;
  disable?: readonly string[] | undefined;
}

/** The flags' errors as utilerrors.NewAggregate prints them (apimachinery/field-error.ts → aggregate). */
export class AdmissionFlagsError extends Error {}

/**
 * The names of the plugins that run, in AllOrderedPlugins order. Refuses what Validate refuses,
 * with its words: `disable-admission-plugins plugin "X" is unknown`, and names given to both flags
 * (`[X] in enable-admission-plugins and disable-admission-plugins overlapped`).
 */
export function enabledAdmissionPlugins(flags: AdmissionFlags = {}): string[] {
  const enable = flags.enable ?? [];
  const disable = flags.disable ?? [];
  const registered = new Set(ALL_ORDERED_PLUGINS);
  const errs: string[] = [];
  for (const name of enable) if (!registered.has(name)) errs.push(`enable-admission-plugins plugin "${name}" is unknown`);
  for (const name of disable) if (!registered.has(name)) errs.push(`disable-admission-plugins plugin "${name}" is unknown`);
  const both = [...new Set(enable)].filter((n) => disable.includes(n)).sort();
  if (both.length > 0) errs.push(`[${both.join(' ')}] in enable-admission-plugins and disable-admission-plugins overlapped`);
  if (errs.length > 0) throw new AdmissionFlagsError(aggregate(errs));
  // enabledPluginNames: default-off plus disabled, less enabled, is what does not run.
  const off = new Set([...ALL_ORDERED_PLUGINS.filter((n) => !DEFAULT_ON_PLUGINS.has(n)), ...disable]);
  for (const name of enable) off.delete(name);
  return ALL_ORDERED_PLUGINS.filter((n) => !off.has(n));
}
