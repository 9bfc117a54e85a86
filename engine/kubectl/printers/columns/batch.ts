// Tables of jobs and cronjobs.
// Models pkg/printers/internalversion/printers.go → printJob (STATUS: Complete, Failed, Terminating,
// Suspended, FailureTarget, SuccessCriteriaMet, Running; COMPLETIONS "1/3" or "0/1 of 2"; DURATION) and
// printCronJob (TIMEZONE, SUSPEND via printBoolPtr, ACTIVE, LAST SCHEDULE).
// Left out: nothing in these rows.
import type { CronJob, Job } from 'kubernetes-types/batch/v1.js';
import { formatLabelSelector } from '../labels.ts';
import { humanDuration } from '../../../apimachinery/human-duration.ts';
import { as } from '../object-like.ts';
import { AGE, NAME, type Column, type TableHandler } from '../table-handler.ts';
import { timestampMs, timestampSince } from '../timestamp.ts';
import { containerCells } from './containers.ts';

const WIDE: Column[] = [{ name: 'Containers', priority: 1 }, { name: 'Images', priority: 1 }, { name: 'Selector', priority: 1 }];

const hasCondition = (job: Job, type: string): boolean =>
  (job.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');

function jobStatus(job: Job): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp !== undefined) return 'Terminating';
  if (hasCondition(job, 'Suspended')) return 'Suspended';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  if (hasCondition(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

function completions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec?.completions !== undefined && job.spec.completions !== null) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(job: Job, nowMs: number): string {
  const start = timestampMs(job.status?.startTime);
  if (start === undefined) return '';
  const end = timestampMs(job.status?.completionTime);
  return humanDuration((end ?? nowMs) - start);
}

export const jobsTable: TableHandler = {
  kind: 'Job',
  columns: [NAME, { name: 'Status' }, { name: 'Completions' }, { name: 'Duration' }, AGE, ...WIDE],
  row(obj, ctx) {
    const job = as<Job>(obj);
    return [job.metadata?.name ?? '', jobStatus(job), completions(job), jobDuration(job, ctx.nowMs),
      timestampSince(job.metadata?.creationTimestamp, ctx.nowMs),
      ...containerCells(job.spec?.template.spec?.containers), formatLabelSelector(job.spec?.selector)];
  },
};

/** printers.go → printBoolPtr. */
const printBoolPtr = (v: boolean | undefined): string => (v === undefined ? '<unset>' : v ? 'True' : 'False');

export const cronJobsTable: TableHandler = {
  kind: 'CronJob',
  columns: [NAME, { name: 'Schedule' }, { name: 'Timezone' }, { name: 'Suspend' }, { name: 'Active' },
    { name: 'Last Schedule' }, AGE, ...WIDE],
  row(obj, ctx) {
    const cj = as<CronJob>(obj);
    const last = cj.status?.lastScheduleTime ? timestampSince(cj.status.lastScheduleTime, ctx.nowMs) : '<none>';
    const jobSpec = cj.spec?.jobTemplate.spec;
    return [cj.metadata?.name ?? '', cj.spec?.schedule ?? '', cj.spec?.timeZone ?? '<none>', printBoolPtr(cj.spec?.suspend),
      (cj.status?.active ?? []).length, last, timestampSince(cj.metadata?.creationTimestamp, ctx.nowMs),
      ...containerCells(jobSpec?.template.spec?.containers), formatLabelSelector(jobSpec?.selector)];
  },
};
