// Rollback to an earlier revision: the template swap `kubectl rollout undo` performs.
// kubectl-side logic (not the controller's): lives here because engine/kubectl may not import
// engine/controllers; the revision/skip-list constants are restated from deployment_util.go.
// Models staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollback.go → DeploymentRollbacker.Rollback,
// deploymentRevision, getDeploymentPatch (template without pod-template-hash + RS annotations
// except the skip list). Pure: returns the patch or the kubectl error text.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import { clone } from '../../apimachinery/object.ts';

const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const ANNOTATIONS_TO_SKIP: ReadonlySet<string> = new Set([
  'kubectl.kubernetes.io/last-applied-configuration', REVISION_ANNOTATION, 'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas', 'deployment.kubernetes.io/max-replicas', 'deprecated.deployment.rollback.to',
]);

function revisionOf(rs: ReplicaSet): number | undefined {
  const v = rs.metadata?.annotations?.[REVISION_ANNOTATION];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** Semantic.DeepEqual-like: key order ignored, empty collections equal to absent ones. */
function canonical(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : `[${value.map((v) => canonical(v) ?? 'nil').join(',')}]`;
  if (typeof value !== 'object') return JSON.stringify(value);
  const parts = Object.keys(value).sort().flatMap((k) => {
    const c = canonical((value as Record<string, unknown>)[k]);
    return c === undefined ? [] : [`${JSON.stringify(k)}:${c}`];
  });
  return parts.length === 0 ? undefined : `{${parts.join(',')}}`;
}

// Not engine/apimachinery/object.ts jsonEqual: this comparison also treats empty arrays and objects
// as absent (nil and empty compare equal, as apiequality.Semantic.DeepEqual does).
function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  const strip = (t: PodTemplateSpec | undefined) => {
    const c = clone(t ?? {});
    if (c.metadata?.labels) delete c.metadata.labels[POD_TEMPLATE_HASH_LABEL];
    return canonical(c);
  };
  return strip(a) === strip(b);
}

export type RollbackOutcome =
  | { kind: 'error'; message: string }
  | { kind: 'skipped'; message: string }
  | { kind: 'patch'; patch: object[] }; // a JSON patch, as getDeploymentPatch sends

/** The RS of `toRevision` (0 = the previous one, the second-highest revision). */
export function deploymentRevision(d: Deployment, rss: readonly ReplicaSet[], toRevision: number): ReplicaSet | { error: string } {
  let latest: ReplicaSet | undefined, previous: ReplicaSet | undefined;
  for (const rs of rss) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latest === undefined || v > (revisionOf(latest) ?? 0)) { previous = latest; latest = rs; }
      else if (previous === undefined || v > (revisionOf(previous) ?? 0)) previous = rs;
    } else if (v === toRevision) return rs;
  }
  if (toRevision > 0) return { error: `unable to find specified revision ${toRevision} in history` };
  if (previous === undefined) return { error: `no rollout history found for deployment "${d.metadata?.name ?? ''}"` };
  return previous;
}

export function planRollback(d: Deployment, rss: readonly ReplicaSet[], toRevision: number): RollbackOutcome {
  // Rollback checks in this order: a negative revision, the revision lookup, then paused.
  if (toRevision < 0) return { kind: 'error', message: `unable to find specified revision ${toRevision} in history` };
  const target = deploymentRevision(d, rss, toRevision);
  if ('error' in target) return { kind: 'error', message: target.error };
  if (d.spec?.paused) {
    return { kind: 'error', message: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" };
  }
  if (equalIgnoreHash(d.spec?.template, target.spec?.template)) {
    // kubectl prints the requested number, so a default undo says "revision 0"
    return { kind: 'skipped', message: `skipped rollback (current template already matches revision ${toRevision})` };
  }
  const template = clone(target.spec?.template ?? {});
  if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  // The Deployment keeps its own skip-list annotations and takes every other one from the RS.
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata?.annotations ?? {})) if (ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(target.metadata?.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  return { kind: 'patch', patch: [
    { op: 'replace', path: '/spec/template', value: template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ] };
}
