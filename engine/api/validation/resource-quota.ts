// ResourceQuota validation: every `spec.hard` name is a standard quota resource (or qualified,
// e.g. `count/deployments.apps`), quantities non-negative and whole numbers for object counts,
// scopes from the supported set. Models pkg/apis/core/validation/validation.go →
// ValidateResourceQuota, ValidateResourceQuotaSpec, ValidateResourceQuotaResourceName,
// ValidateResourceQuantityValue, validateResourceQuotaScopes (scopeSelector is left out).
import type { ResourceQuota } from 'kubernetes-types/core/v1';
import { goValue, invalid, type FieldErrorList } from './field-error.ts';
import { path } from './field-path.ts';
import { isQualifiedName, nameIsDNSSubdomain } from './name-validation.ts';
import { IS_NEGATIVE_ERROR_MSG, validateObjectMeta } from './object-meta.ts';
import { isNegativeQuantity, isWholeQuantity } from './quantity-value.ts';

const INTEGER_RESOURCES = ['pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps',
  'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers'];
const STANDARD_QUOTA = new Set([...INTEGER_RESOURCES, 'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory',
  'requests.storage', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory', 'limits.ephemeral-storage']);
const SCOPES = ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass', 'CrossNamespacePodAffinity'];

const isStandardQuotaName = (n: string): boolean => STANDARD_QUOTA.has(n) || n.startsWith('hugepages-') || n.startsWith('requests.hugepages-');
const isIntegerResource = (n: string): boolean => INTEGER_RESOURCES.includes(n) || n.startsWith('count/');

export function validateResourceQuota(rq: ResourceQuota): FieldErrorList {
  const errs = validateObjectMeta(rq.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  const hardPath = path('spec', 'hard');
  const hard: Record<string, string | number> = rq.spec?.hard ?? {};
  for (const name of Object.keys(hard).sort()) {
    const q = hard[name] ?? '';
    const p = hardPath.key(name);
    errs.push(...isQualifiedName(name).map((m) => invalid(p, name, m)));
    if (!name.includes('/') && !isStandardQuotaName(name)) errs.push(invalid(p, name, 'must be a standard resource for quota'));
    if (isNegativeQuantity(q)) errs.push(invalid(p, String(q), IS_NEGATIVE_ERROR_MSG));
    if (isIntegerResource(name) && !isWholeQuantity(q)) errs.push(invalid(p, String(q), 'must be an integer'));
  }
  const scopes = rq.spec?.scopes ?? [];
  if (scopes.some((s) => !SCOPES.includes(s))) errs.push(invalid(path('spec', 'scopes'), goValue(`[]core.ResourceQuotaScope{${scopes.map((s) => `"${s}"`).join(', ')}}`), 'unsupported scope'));
  return errs;
}
