// Runs a pure policy plugin inside the API server's admission chain: core attributes become
// PolicyAttributes, the AdmissionReader becomes the read-only PolicyView, an AdmissionDenial becomes
// a StatusError, and charged quotas are written through the privileged status write (not on dry
// runs). Models the plugin initializers of staging/src/k8s.io/apiserver/pkg/admission (listers+client).
import type { LimitRange, Namespace, ResourceQuota, ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import { StatusError } from '../errors.ts';
import type { AdmissionAttributes, AdmissionPlugin } from './admission.ts';
import type { PolicyAttributes, PolicyObject, PolicyView } from './support/attributes.ts';
import { AdmissionDenial } from './support/admission-denial.ts';
import type { PolicyPlugin } from './support/policy-plugin.ts';

/** Kubernetes' name alphabet (k8s.io/apimachinery/pkg/util/rand: no vowels, no confusable digits). */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function adaptPolicyPlugin(plugin: PolicyPlugin, opts: { validateDeletesInAdmit?: boolean } = {}): AdmissionPlugin {
  const run = (attrs: AdmissionAttributes, phase: 'admit' | 'validate'): void => {
    const fn = plugin[phase];
    if (!fn) return;
    const { policy, view } = policyRequest(attrs);
    const outcome = translate(plugin, fn, policy, view);
    if (!outcome || attrs.dryRun) return;
    for (const quota of outcome.quotaStatusUpdates ?? []) attrs.reader.updateStatus('resourcequotas', quota as unknown as KubeObject);
  };
  return {
    name: plugin.name,
    admit: (attrs) => run(attrs, 'admit'),
    // The server runs only validating admission for DELETE; NamespaceLifecycle's delete check is
    // a mutating-phase check upstream, so it is re-run here for deletes.
    validate: (attrs) => {
      if (opts.validateDeletesInAdmit && attrs.operation === 'DELETE') run(attrs, 'admit');
      run(attrs, 'validate');
    },
  };
}

/** Runs a plugin phase; an AdmissionDenial becomes the StatusError the server returns. */
function translate<A, V, T>(plugin: PolicyPlugin, fn: (this: PolicyPlugin, attrs: A, view: V) => T, attrs: A, view: V): T {
  try {
    return fn.call(plugin, attrs, view);
  } catch (e) {
    if (!(e instanceof AdmissionDenial)) throw e;
    const s = e.status;
    const reason = s.reason === 'InternalError' ? 'InternalError' : s.reason;
    throw new StatusError(reason, s.code, s.message, s.details);
  }
}

// The server builds one AdmissionAttributes per phase and hands it to every plugin in turn, so
// its policy form is built once per phase, not once per plugin, and kept in the attributes' own
// slot (a WeakMap keyed by them cost a hash insert and ephemeron work in every GC). The objects it
// refers to are shared, so mutations stay visible.
function policyRequest(attrs: AdmissionAttributes): { policy: PolicyAttributes; view: PolicyView } {
  return (attrs.policyRequest ??= { policy: policyAttributes(attrs), view: new ReaderPolicyView(attrs) });
}

export function policyAttributes(attrs: AdmissionAttributes): PolicyAttributes {
  return {
    operation: attrs.operation,
    resource: attrs.type.resource,
    group: attrs.type.group,
    subresource: attrs.subresource ?? '',
    namespace: attrs.type.namespaced ? attrs.namespace ?? '' : '',
    name: attrs.name,
    object: attrs.object as PolicyObject | undefined,
    oldObject: attrs.oldObject as PolicyObject | undefined,
  };
}

/**
 * The lister view over the request's reader. A class rather than an object of closures: it is
 * built for every plugin of every request, so it must cost one allocation.
 */
class ReaderPolicyView implements PolicyView {
  constructor(private readonly attrs: AdmissionAttributes) {}

  nowMs(): number { return this.attrs.reader.nowMs(); }
  getNamespace(name: string): Namespace | undefined { return this.attrs.reader.get('namespaces', undefined, name) as unknown as Namespace | undefined; }
  listLimitRanges(ns: string): LimitRange[] { return this.attrs.reader.list('limitranges', ns) as unknown as LimitRange[]; }
  listResourceQuotas(ns: string): ResourceQuota[] { return this.attrs.reader.list('resourcequotas', ns) as unknown as ResourceQuota[]; }
  getServiceAccount(ns: string, name: string): ServiceAccount | undefined {
    return this.attrs.reader.get('serviceaccounts', ns, name) as unknown as ServiceAccount | undefined;
  }
  listPriorityClasses(): PriorityClass[] { return this.attrs.reader.list('priorityclasses') as unknown as PriorityClass[]; }
  randomSuffix(): string { return suffixFromUid(this.attrs.object?.metadata.uid ?? this.attrs.name); }
}

/**
 * Deterministic rule: upstream draws `kube-api-access-xxxxx` from an unseeded generator; here the
 * five characters come from the object's uid, itself drawn from the seeded random at create.
 */
function suffixFromUid(uid: string): string {
  // Each character is drawn from a byte of the uid's first ten hex digits (dashes skipped), the
  // digits padded with '0' when the uid is shorter.
  let out = '';
  let byte = 0;
  let half = 0;
  for (let j = 0; j < uid.length && out.length < 5; j++) {
    const v = hexValue(uid.charCodeAt(j));
    if (v < 0) continue;
    byte = byte * 16 + v;
    if (++half === 2) { out += NAME_ALPHABET[byte % NAME_ALPHABET.length]; byte = 0; half = 0; }
  }
  if (half === 1 && out.length < 5) out += NAME_ALPHABET[(byte * 16) % NAME_ALPHABET.length];
  while (out.length < 5) out += NAME_ALPHABET[0];
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  return c >= 97 && c <= 102 ? c - 87 : -1;
}
