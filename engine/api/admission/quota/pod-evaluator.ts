// Quota for pods: usage (count/pods always; pods and compute only while quota-relevant), scopes,
// and the "must specify" constraint. Models pkg/quota/v1/evaluator/core/pods.go (PodUsageFunc,
// podComputeUsageHelper, QuotaV1Pod, podMatchesScopeFunc, Constraints, MatchingResources).
// Charged on create only (1.33 moved in-place resize to the resize subresource, not modelled).
import type { Pod, ResourceRequirements, ScopedResourceSelectorRequirement } from 'kubernetes-types/core/v1.js';
import type { QuotaEvaluator } from './evaluator.ts';
import { parseTimestamp } from '../../../clock/timestamp.ts';
import { podLimits, podQosClass, podRequests } from '../support/pod-resources.ts';
import { quantityFromInt } from '../support/quantity.ts';
import { addUsage, parseResourceList, prettyPrintResourceNames } from '../support/resource-list.ts';
import type { Usage } from '../support/resource-list.ts';
import type { PolicyObject } from '../support/attributes.ts';

const POD_RESOURCES = [
  'count/pods', 'pods', 'cpu', 'memory', 'ephemeral-storage',
  'requests.cpu', 'requests.memory', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage',
];
/** Resources whose quota forces every container to declare them (the "backward compatibility" rule). */
const CONSTRAINED = ['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'];

export const podEvaluator: QuotaEvaluator = {
  resource: 'pods',
  group: '',
  handles: (operation, subresource) => operation === 'CREATE' && subresource === '',
  matchingResources: (input) => input.filter((n) => POD_RESOURCES.includes(n) || n.startsWith('hugepages-') || n.startsWith('requests.hugepages-') || isExtendedForQuota(n)),
  matchesScope: (req, obj) => podMatchesScope(req, obj as Pod),
  constraints: (required, obj) => podConstraints(required, obj as Pod),
  usage: (obj, nowMs) => podUsage(obj as Pod, nowMs),
};

/** `requests.example.com/gpu`: an extended resource (domain-qualified, not kubernetes.io). */
function isExtendedForQuota(name: string): boolean {
  if (!name.startsWith('requests.')) return false;
  const rest = name.slice('requests.'.length);
  return rest.includes('/') && !rest.startsWith('kubernetes.io/') && !rest.includes('.kubernetes.io/') && !rest.startsWith('hugepages-');
}

/** QuotaV1Pod: terminal pods, and pods past deletionTimestamp + grace, are not charged compute. */
export function isQuotaRelevant(pod: Pod, nowMs: number): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  const deletion = pod.metadata?.deletionTimestamp;
  const grace = pod.metadata?.deletionGracePeriodSeconds;
  const deletionMs = deletion !== undefined ? parseTimestamp(deletion) : undefined;
  if (deletionMs !== undefined && grace !== undefined && nowMs > deletionMs + grace * 1000) return false;
  return true;
}

/** podComputeUsageHelper: `pods`=1 plus cpu/memory/ephemeral-storage requests (both spellings) and limits. */
export function computeUsage(requests: Usage, limits: Usage): Usage {
  const usage: Usage = { pods: quantityFromInt(1) };
  for (const r of ['cpu', 'memory', 'ephemeral-storage']) {
    const req = requests[r];
    if (req) { usage[r] = req; usage[`requests.${r}`] = req; }
    const lim = limits[r];
    if (lim) usage[`limits.${r}`] = lim;
  }
  for (const [name, q] of Object.entries(requests)) {
    if (name.startsWith('hugepages-')) { usage[name] = q; usage[`requests.${name}`] = q; }
    else if (name.includes('/') && !name.includes('kubernetes.io/')) usage[`requests.${name}`] = q;
  }
  return usage;
}

export function podUsage(pod: Pod, nowMs: number): Usage {
  const count: Usage = { 'count/pods': quantityFromInt(1) };
  if (!isQuotaRelevant(pod, nowMs)) return count;
  return addUsage(count, computeUsage(podRequests(pod), podLimits(pod)));
}

function podMatchesScope(req: ScopedResourceSelectorRequirement, pod: Pod): boolean {
  const terminating = pod.spec?.activeDeadlineSeconds !== undefined && pod.spec.activeDeadlineSeconds >= 0;
  switch (req.scopeName) {
    case 'Terminating': return terminating;
    case 'NotTerminating': return !terminating;
    case 'BestEffort': return podQosClass(pod) === 'BestEffort';
    case 'NotBestEffort': return podQosClass(pod) !== 'BestEffort';
    case 'PriorityClass': return priorityClassMatches(req, pod.spec?.priorityClassName ?? '');
    case 'CrossNamespacePodAffinity': return usesCrossNamespaceAffinity(pod);
    default: return false;
  }
}

/** Exists needs a non-empty class; otherwise a label-selector match of {PriorityClass: <name>}. */
function priorityClassMatches(req: ScopedResourceSelectorRequirement, className: string): boolean {
  const values = req.values ?? [];
  switch (req.operator) {
    case 'Exists': return className !== '';
    case 'DoesNotExist': return false;
    case 'In': return values.includes(className);
    case 'NotIn': return !values.includes(className);
    default: return false;
  }
}

function usesCrossNamespaceAffinity(pod: Pod): boolean {
  const a = pod.spec?.affinity;
  const terms = [
    ...(a?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
    ...(a?.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => w.podAffinityTerm),
    ...(a?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []),
    ...(a?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => w.podAffinityTerm),
  ];
  return terms.some((t) => (t.namespaces ?? []).length > 0 || t.namespaceSelector !== undefined);
}

/** Constraints: `must specify limits.cpu for: app; requests.memory for: app,sidecar` (sorted). */
export function podConstraints(required: readonly string[], pod: Pod): string | undefined {
  const requiredSet = required.filter((r) => CONSTRAINED.includes(r));
  if (requiredSet.length === 0) return undefined;
  const missing = new Map<string, Set<string>>();
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  for (const c of containers) {
    const declared = declaredResources(c.resources);
    for (const r of requiredSet) if (!declared.has(r)) missing.set(r, (missing.get(r) ?? new Set()).add(c.name));
  }
  if (missing.size === 0) return undefined;
  const parts = [...missing].map(([r, names]) => `${r} for: ${prettyPrintResourceNames(names)}`).sort();
  return `must specify ${parts.join('; ')}`;
}

function declaredResources(resources: ResourceRequirements | undefined): Set<string> {
  const usage = computeUsage(parseResourceList(resources?.requests), parseResourceList(resources?.limits));
  return new Set(Object.keys(usage));
}

export function isPod(obj: PolicyObject): obj is PolicyObject & Pod {
  return obj.kind === 'Pod' || (obj as Pod).spec?.containers !== undefined;
}
