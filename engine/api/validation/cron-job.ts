// CronJob validation: name at most 52 characters (the controller appends an 11-character
// suffix to Job names), schedule required and parseable, concurrencyPolicy values, history
// limits and startingDeadlineSeconds ≥ 0, and the job template's pod restartPolicy
// OnFailure/Never. Models pkg/apis/batch/validation/validation.go → ValidateCronJobCreate,
// validateCronJobSpec, validateScheduleFormat, validateConcurrencyPolicy. Time zones are not checked.
import type { CronJob, CronJobSpec } from 'kubernetes-types/batch/v1';
import { invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { cronScheduleError } from './cron-schedule.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validatePodTemplateSpec } from './pod-template.ts';

/** DNS1035LabelMaxLength (63) − 11: room for `-<unix minutes>` on the Jobs it creates. */
const MAX_CRONJOB_NAME = 52;

function validateCronJobSpec(spec: CronJobSpec | undefined, p: FieldPath): FieldErrorList {
  const s = spec ?? ({} as Partial<CronJobSpec>);
  const errs: FieldErrorList = [];
  if (!s.schedule) errs.push(required(p.child('schedule')));
  else {
    const err = cronScheduleError(s.schedule);
    if (err !== undefined) errs.push(invalid(p.child('schedule'), s.schedule, err));
  }
  errs.push(...validateNonnegative(s.startingDeadlineSeconds, p.child('startingDeadlineSeconds')));
  const policy = s.concurrencyPolicy ?? '';
  if (!policy) errs.push(required(p.child('concurrencyPolicy')));
  else if (!['Allow', 'Forbid', 'Replace'].includes(policy)) errs.push(notSupported(p.child('concurrencyPolicy'), policy, ['Allow', 'Forbid', 'Replace']));
  const tp = p.child('jobTemplate').child('spec').child('template');
  const template = s.jobTemplate?.spec?.template;
  errs.push(...validatePodTemplateSpec(template, tp));
  const restart = template?.spec?.restartPolicy;
  if (restart !== 'OnFailure' && restart !== 'Never') errs.push(notSupported(tp.child('spec').child('restartPolicy'), restart ?? '', ['OnFailure', 'Never']));
  errs.push(...validateNonnegative(s.successfulJobsHistoryLimit, p.child('successfulJobsHistoryLimit')));
  errs.push(...validateNonnegative(s.failedJobsHistoryLimit, p.child('failedJobsHistoryLimit')));
  return errs;
}

export function validateCronJob(cj: CronJob): FieldErrorList {
  const errs = validateObjectMeta(cj.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  const name = cj.metadata?.name ?? '';
  if (name.length > MAX_CRONJOB_NAME) errs.push(invalid(path('metadata', 'name'), name, `must be no more than ${MAX_CRONJOB_NAME} characters`));
  errs.push(...validateCronJobSpec(cj.spec, path('spec')));
  return errs;
}

export function validateCronJobUpdate(cj: CronJob, old: CronJob): FieldErrorList {
  const errs = validateObjectMetaUpdate(cj.metadata, old.metadata);
  errs.push(...validateCronJobSpec(cj.spec, path('spec')));
  return errs;
}
