// A quota evaluator: which resource names it can charge, which scopes an object matches, what an
// object uses, and the per-object constraints a quota imposes. Models
// staging/src/k8s.io/apiserver/pkg/quota/v1/interfaces.go (Evaluator) and generic/evaluator.go (Matches).
// Usage is computed at a virtual instant (`nowMs`) because a pod stuck terminating stops counting.
import type { ResourceQuota, ScopedResourceSelectorRequirement } from 'kubernetes-types/core/v1.js';
import type { AdmissionOperation, PolicyObject } from '../support/attributes.ts';
import type { Usage } from '../support/resource-list.ts';

export interface QuotaEvaluator {
  /** Lowercase plural and API group this evaluator charges (`pods`, ''). */
  readonly resource: string;
  readonly group: string;
  handles(operation: AdmissionOperation, subresource: string): boolean;
  /** The subset of `names` this evaluator knows how to charge. */
  matchingResources(names: readonly string[]): string[];
  /** Whether the object matches one scope requirement of a quota (objects without scopes never do). */
  matchesScope(requirement: ScopedResourceSelectorRequirement, obj: PolicyObject): boolean;
  /** An error detail (`must specify ...`) when the object fails the quota's constraints. */
  constraints(required: readonly string[], obj: PolicyObject): string | undefined;
  usage(obj: PolicyObject, nowMs: number): Usage;
}

/** spec.scopes (as Exists requirements) followed by spec.scopeSelector.matchExpressions. */
export function scopeSelectorsOf(quota: ResourceQuota): ScopedResourceSelectorRequirement[] {
  const fromScopes = (quota.spec?.scopes ?? []).map((scopeName) => ({ scopeName, operator: 'Exists' }));
  return [...fromScopes, ...(quota.spec?.scopeSelector?.matchExpressions ?? [])];
}

export function hardResourceNames(quota: ResourceQuota): string[] {
  return Object.keys(quota.status?.hard ?? {}).sort();
}

/** generic.Matches: the quota tracks something this evaluator charges, and every scope matches. */
export function quotaMatches(evaluator: QuotaEvaluator, quota: ResourceQuota, obj: PolicyObject): boolean {
  if (evaluator.matchingResources(hardResourceNames(quota)).length === 0) return false;
  return scopeSelectorsOf(quota).every((req) => evaluator.matchesScope(req, obj));
}

/** Evaluators without scope support (generic.MatchesNoScopeFunc). */
export function matchesNoScope(): boolean {
  return false;
}
