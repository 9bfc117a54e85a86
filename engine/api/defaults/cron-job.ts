// CronJob defaults (reference §8.4): concurrencyPolicy Allow, suspend false,
// successfulJobsHistoryLimit 3, failedJobsHistoryLimit 1, and the PodSpec defaults of the job
// template's pod template (the JobSpec itself is not defaulted inside a CronJob).
// Models pkg/apis/batch/v1/defaults.go → SetDefaults_CronJob and SetObjectDefaults_CronJob.
import type { CronJob } from 'kubernetes-types/batch/v1';
import { defaultPodTemplate } from './pod-template.ts';

export function defaultCronJob(cj: CronJob): void {
  const spec = (cj.spec ??= { schedule: '', jobTemplate: {} });
  spec.concurrencyPolicy ||= 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  defaultPodTemplate(spec.jobTemplate?.spec?.template);
}
