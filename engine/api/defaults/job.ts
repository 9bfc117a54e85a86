// Job defaults (reference §8.4): completions and parallelism 1 when both are unset (parallelism 1
// when only it is), backoffLimit 6 (MaxInt32 with backoffLimitPerIndex), object labels from the
// template when empty, completionMode NonIndexed, suspend false, podFailurePolicy onPodConditions
// status True, podReplacementPolicy TerminatingOrFailed (Failed with a podFailurePolicy), template
// PodSpec defaults. Models pkg/apis/batch/v1/defaults.go → SetDefaults_Job. The generated selector
// and controller-uid labels are the registry's (pkg/registry/batch/job/strategy.go), not here.
import type { Job } from 'kubernetes-types/batch/v1';
import { defaultPodTemplate } from './pod-template.ts';

const MAX_INT32 = 2147483647;

export function defaultJob(job: Job): void {
  const spec = (job.spec ??= { template: {} });
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= spec.backoffLimitPerIndex !== undefined ? MAX_INT32 : 6;
  const labels = spec.template.metadata?.labels;
  const meta = (job.metadata ??= {});
  if (labels && (!meta.labels || Object.keys(meta.labels).length === 0)) meta.labels = { ...labels };
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  for (const rule of spec.podFailurePolicy?.rules ?? []) {
    for (const pattern of rule.onPodConditions ?? []) pattern.status ||= 'True';
  }
  spec.podReplacementPolicy ??= spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  defaultPodTemplate(spec.template);
}
