// CronJob validation: name at most 52 characters (the controller appends an 11-character
// suffix to Job names), schedule required and parseable, concurrencyPolicy values, history
// limits and startingDeadlineSeconds ≥ 0, and the job template's pod restartPolicy
// OnFailure/Never. Models pkg/apis/batch/validation/validation.go → ValidateCronJobCreate,
// validateCronJobSpec, validateScheduleFormat (TZ= and CRON_TZ= in a schedule refused unless the old
// schedule had one), validateTimeZone (checked when it changes), validateConcurrencyPolicy.
import type { CronJob, CronJobSpec } from 'kubernetes-types/batch/v1';
import { invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { loadLocationError } from '../../apimachinery/time-zone.ts';
import { cronScheduleError } from './cron-schedule.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validatePodTemplateSpec } from './pod-template.ts';

/** DNS1035LabelMaxLength (63) − 11: room for `-<unix minutes>` on the Jobs it creates. */
const MAX_CRONJOB_NAME = 52;

/** validTimeZoneCharacters: one name component (IANA's naming rules, digits and + tolerated). */
const TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

function validateScheduleFormat(schedule: string, allowTZInSchedule: boolean, timeZone: string | undefined, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  const err = cronScheduleError(schedule);
  if (err !== undefined) errs.push(invalid(p, schedule, err));
  if (allowTZInSchedule && schedule.includes('TZ') && timeZone !== undefined) {
    errs.push(invalid(p, schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
  } else if (!allowTZInSchedule && schedule.includes('TZ')) {
    errs.push(invalid(p, schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  return errs;
}

function validateTimeZone(timeZone: string | undefined, p: FieldPath): FieldErrorList {
  if (timeZone === undefined) return [];
  if (timeZone === '') return [invalid(p, timeZone, 'timeZone must be nil or non-empty string')];
  for (const part of timeZone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !TIME_ZONE_PART.test(part)) return [invalid(p, timeZone, `unknown time zone ${timeZone}`)];
  }
  const errs: FieldErrorList = [];
  if (timeZone.toLowerCase() === 'local') errs.push(invalid(p, timeZone, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  const bad = loadLocationError(timeZone);
  if (bad !== undefined) errs.push(invalid(p, timeZone, bad));
  return errs;
}

function validateCronJobSpec(spec: CronJobSpec | undefined, old: CronJobSpec | undefined, p: FieldPath): FieldErrorList {
  const s = spec ?? ({} as Partial<CronJobSpec>);
  const errs: FieldErrorList = [];
  if (!s.schedule) errs.push(required(p.child('schedule')));
  else errs.push(...validateScheduleFormat(s.schedule, old?.schedule?.includes('TZ') ?? false, s.timeZone ?? undefined, p.child('schedule')));
  errs.push(...validateNonnegative(s.startingDeadlineSeconds, p.child('startingDeadlineSeconds')));
  if (old === undefined || old.timeZone !== s.timeZone) errs.push(...validateTimeZone(s.timeZone ?? undefined, p.child('timeZone')));
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
  errs.push(...validateCronJobSpec(cj.spec, undefined, path('spec')));
  return errs;
}

export function validateCronJobUpdate(cj: CronJob, old: CronJob): FieldErrorList {
  const errs = validateObjectMetaUpdate(cj.metadata, old.metadata);
  errs.push(...validateCronJobSpec(cj.spec, old.spec, path('spec')));
  return errs;
}
