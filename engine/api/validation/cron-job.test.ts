import { describe, it } from 'node:test';
import { expect } from 'expect';
import type { CronJob } from 'kubernetes-types/batch/v1';
import { errorString } from './field-error.ts';
import { validateCronJob, validateCronJobUpdate } from './cron-job.ts';

const cronJob = (schedule: string, timeZone?: string): CronJob => ({
  apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'nightly', namespace: 'default' },
  spec: {
    schedule, ...(timeZone !== undefined ? { timeZone } : {}), concurrencyPolicy: 'Allow',
    jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'work', image: 'busybox:1.36', imagePullPolicy: 'IfNotPresent', terminationMessagePolicy: 'File' }] } } } },
  },
});
const messages = (errs: ReturnType<typeof validateCronJob>): string[] => errs.map(errorString).filter((m) => m.startsWith('spec.schedule') || m.startsWith('spec.timeZone'));

describe('CronJob schedule and time zone (validateScheduleFormat, validateTimeZone)', () => {
  it('accepts an IANA time zone, an alias among them', () => {
    expect(messages(validateCronJob(cronJob('0 3 * * *', 'Europe/Paris')))).toEqual([]);
    expect(messages(validateCronJob(cronJob('0 3 * * *', 'US/Eastern')))).toEqual([]);
  });

  it('refuses TZ= and CRON_TZ= in the schedule on create', () => {
    expect(messages(validateCronJob(cronJob('TZ=UTC 0 3 * * *')))).toEqual([
      'spec.schedule: Invalid value: "TZ=UTC 0 3 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']);
  });

  it('lets an update keep a TZ its old schedule had, but not beside spec.timeZone', () => {
    const old = cronJob('TZ=UTC 0 3 * * *');
    expect(messages(validateCronJobUpdate(cronJob('TZ=UTC 0 4 * * *'), old))).toEqual([]);
    expect(messages(validateCronJobUpdate(cronJob('TZ=UTC 0 4 * * *', 'UTC'), old))).toEqual([
      'spec.schedule: Invalid value: "TZ=UTC 0 4 * * *": cannot use both timeZone field and TZ or CRON_TZ in schedule']);
  });

  const zones: Array<[string, string[]]> = [
    ['', ['spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string']],
    ['Europe/Pariss', ['spec.timeZone: Invalid value: "Europe/Pariss": unknown time zone Europe/Pariss']],
    ['Europe/../Paris', ['spec.timeZone: Invalid value: "Europe/../Paris": unknown time zone Europe/../Paris']],
    ['America/Argentina_Buenos_Aires', ['spec.timeZone: Invalid value: "America/Argentina_Buenos_Aires": unknown time zone America/Argentina_Buenos_Aires']],
    ['local', ['spec.timeZone: Invalid value: "local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones',
      'spec.timeZone: Invalid value: "local": unknown time zone local']],
    ['Local', ['spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones']],
  ];
  for (const [zone, expected] of zones) it(`timeZone ${JSON.stringify(zone)}`, () => expect(messages(validateCronJob(cronJob('0 3 * * *', zone)))).toEqual(expected));

  it('checks the time zone only when an update changes it', () => {
    expect(messages(validateCronJobUpdate(cronJob('0 4 * * *', 'Mars/Olympus'), cronJob('0 3 * * *', 'Mars/Olympus')))).toEqual([]);
  });
});
