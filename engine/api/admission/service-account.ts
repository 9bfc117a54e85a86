// ServiceAccount: pods get `serviceAccountName: default` when unset, must name an existing
// ServiceAccount, get the projected `kube-api-access-<xxxxx>` token volume mounted in every container
// (unless automount is off) and inherit the account's imagePullSecrets.
// Models plugin/pkg/admission/serviceaccount/admission.go (Admit, Validate, mountServiceAccountToken,
// TokenVolumeSource, shouldAutomount). Leaves out mirror pods and mountable-secrets enforcement.
import type { Container, Pod, ServiceAccount, Volume } from 'kubernetes-types/core/v1.js';
import { deepFreeze } from '../../apimachinery/object.ts';
import type { PolicyAttributes, PolicyView } from './support/attributes.ts';
import type { PolicyPlugin } from './support/policy-plugin.ts';
import { forbidden } from './support/admission-denial.ts';
import { mutablePodSpec } from './support/pod-spec.ts';

export const DEFAULT_SERVICE_ACCOUNT = 'default';
export const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const VOLUME_PREFIX = 'kube-api-access-';

export const serviceAccountAdmission: PolicyPlugin = {
  name: 'ServiceAccount',
  admit(attrs, view) {
    if (!handles(attrs)) return;
    const pod = attrs.object as Pod;
    const spec = mutablePodSpec(pod);
    spec.serviceAccountName ||= DEFAULT_SERVICE_ACCOUNT;
    const sa = lookup(attrs, view, spec.serviceAccountName);
    if (shouldAutomount(sa, pod)) mountToken(pod, view);
    if ((spec.imagePullSecrets ?? []).length === 0 && (sa.imagePullSecrets ?? []).length > 0) {
      spec.imagePullSecrets = (sa.imagePullSecrets ?? []).map((s) => ({ name: s.name ?? '' }));
    }
  },
  validate(attrs, view) {
    if (!handles(attrs)) return;
    const pod = attrs.object as Pod;
    const name = pod.spec?.serviceAccountName ?? '';
    if (name === '') throw forbidden(attrs, `no service account specified for pod ${attrs.namespace}/${pod.metadata?.name ?? ''}`);
    lookup(attrs, view, name);
  },
};

function handles(attrs: PolicyAttributes): boolean {
  return attrs.resource === 'pods' && attrs.group === '' && attrs.subresource === '' && attrs.operation === 'CREATE' && attrs.object !== undefined;
}

function lookup(attrs: PolicyAttributes, view: PolicyView, name: string): ServiceAccount {
  const sa = view.getServiceAccount(attrs.namespace, name);
  if (!sa) throw forbidden(attrs, `error looking up service account ${attrs.namespace}/${name}: serviceaccount "${name}" not found`);
  return sa;
}

/** The pod's automountServiceAccountToken wins, then the account's, else true. */
function shouldAutomount(sa: ServiceAccount, pod: Pod): boolean {
  return pod.spec?.automountServiceAccountToken ?? sa.automountServiceAccountToken ?? true;
}

function mountToken(pod: Pod, view: PolicyView): void {
  const spec = pod.spec ?? { containers: [] };
  const existing = (spec.volumes ?? []).find((v) => v.name.startsWith(VOLUME_PREFIX));
  const volumeName = existing?.name ?? VOLUME_PREFIX + view.randomSuffix();
  let needsVolume = false;
  const mountInto = (c: Container): void => {
    if ((c.volumeMounts ?? []).some((m) => m.mountPath === TOKEN_MOUNT_PATH)) return;
    c.volumeMounts = [...(c.volumeMounts ?? []), { name: volumeName, readOnly: true, mountPath: TOKEN_MOUNT_PATH }];
    needsVolume = true;
  };
  (spec.initContainers ?? []).forEach(mountInto);
  spec.containers.forEach(mountInto);
  if (!existing && needsVolume) spec.volumes = [...(spec.volumes ?? []), tokenVolume(volumeName)];
}

/** TokenVolumeSource: bound token (3607 s), the cluster CA bundle and the namespace. */
export function tokenVolume(name: string): Volume {
  return { name, projected: TOKEN_PROJECTION };
}

// The same for every pod: one frozen value shared by all of them (stored objects are frozen
// anyway, and a changed copy of a pod is built by cloning).
const TOKEN_PROJECTION = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
    { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
  ],
}) as NonNullable<Volume['projected']>;
