// Job validation: the generated selector (strategy.Validate calls generateSelector first, adding
// `batch.kubernetes.io/job-name`, `job-name`, `batch.kubernetes.io/controller-uid`,
// `controller-uid` labels and selecting the controller-uid), non-negative counts, completionMode,
// Indexed needs completions, template restartPolicy OnFailure or Never; on update the selector and
// completions are immutable. Models pkg/registry/batch/job/strategy.go → Validate, generateSelector
// and pkg/apis/batch/validation/validation.go → ValidateJob, validateJobSpec, ValidateJobUpdate.
// Pod failure policies are left out; the template's %#v in the immutable error is abbreviated.
import type { Job, JobSpec } from 'kubernetes-types/batch/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { goValue, immutable, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import { type FieldPath, path } from './field-path.ts';
import { goLabelSelector, goMapStringString } from './go-render.ts';
import { selectorMatches, validateLabelSelector } from './labels.ts';
import { nameIsDNSSubdomain } from './name-validation.ts';
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validatePodTemplateSpec } from './pod-template.ts';
import { canonicalJson } from './canonical-json.ts';
import { clone } from '../../apimachinery/object.ts';

export const JOB_NAME_LABELS = ['job-name', 'batch.kubernetes.io/job-name'] as const;
export const CONTROLLER_UID_LABELS = ['controller-uid', 'batch.kubernetes.io/controller-uid'] as const;

/** generateSelector: mutates the Job as the strategy does, unless spec.manualSelector is true. */
export function generateJobSelector(job: Job): void {
  const spec = job.spec;
  if (!spec || spec.manualSelector === true) return;
  const template = spec.template;
  const meta = (template.metadata ??= {});
  const labels = (meta.labels ??= {});
  for (const l of JOB_NAME_LABELS) if (!(l in labels)) labels[l] = job.metadata?.name ?? '';
  for (const l of CONTROLLER_UID_LABELS) if (!(l in labels)) labels[l] = job.metadata?.uid ?? '';
  const selector = (spec.selector ??= {});
  const matchLabels = (selector.matchLabels ??= {});
  matchLabels['batch.kubernetes.io/controller-uid'] ??= job.metadata?.uid ?? '';
}

function validateJobSpec(spec: JobSpec | undefined, p: FieldPath): FieldErrorList {
  const s = spec ?? ({} as Partial<JobSpec>);
  const errs: FieldErrorList = [];
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished'] as const) {
    errs.push(...validateNonnegative(s[f], p.child(f)));
  }
  const mode = s.completionMode;
  if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') errs.push(notSupported(p.child('completionMode'), mode, ['NonIndexed', 'Indexed']));
  if (mode === 'Indexed' && s.completions === undefined) errs.push(required(p.child('completions'), 'when completion mode is Indexed'));
  if (!s.selector) errs.push(required(p.child('selector')));
  else errs.push(...validateLabelSelector(s.selector, p.child('selector')));
  const labels = s.template?.metadata?.labels;
  if (s.selector && !selectorMatches(s.selector, labels)) {
    errs.push(invalid(p.child('template').child('metadata').child('labels'), goValue(goMapStringString(labels)), '`selector` does not match template `labels`'));
  }
  errs.push(...validatePodTemplateSpec(s.template, p.child('template')));
  const restart = s.template?.spec?.restartPolicy;
  if (restart !== 'OnFailure' && restart !== 'Never') errs.push(notSupported(p.child('template').child('spec').child('restartPolicy'), restart ?? '', ['OnFailure', 'Never']));
  return errs;
}

/** ValidateGeneratedSelector: without manualSelector the selector must be exactly the generated one. */
function validateGeneratedSelector(job: Job): FieldErrorList {
  const spec = job.spec;
  if (!spec?.selector || spec.manualSelector === true) return [];
  const uid = job.metadata?.uid ?? '';
  const expected = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
  if (uid === '' || canonicalJson(spec.selector) === canonicalJson(expected)) return [];
  return [invalid(path('spec', 'selector'), goLabelSelector(spec.selector), '`selector` not auto-generated')];
}

export function validateJob(job: Job): FieldErrorList {
  const errs = validateObjectMeta(job.metadata, { namespaced: true, nameFn: nameIsDNSSubdomain });
  errs.push(...validateGeneratedSelector(job));
  errs.push(...validateJobSpec(job.spec, path('spec')));
  return errs;
}

/** A suspended Job that never started may change its pods' scheduling directives (KEP-2926). */
function schedulingFree(template: PodTemplateSpec | undefined): unknown {
  const t = clone(template ?? {});
  delete t.metadata?.labels;
  delete t.metadata?.annotations;
  if (t.spec) for (const k of ['nodeSelector', 'tolerations', 'affinity', 'schedulingGates'] as const) delete t.spec[k];
  return t;
}

/** validatePodTemplateUpdate: the template is immutable (%#v of the template is abbreviated here). */
function validatePodTemplateUpdate(job: Job, old: Job): FieldErrorList {
  const suspendedNeverStarted = old.spec?.suspend === true && old.status?.startTime === undefined;
  const pick = suspendedNeverStarted ? schedulingFree : (t: PodTemplateSpec | undefined): unknown => t;
  if (canonicalJson(pick(job.spec?.template)) === canonicalJson(pick(old.spec?.template))) return [];
  return [immutable(path('spec', 'template'), goValue('core.PodTemplateSpec{...}'))];
}

export function validateJobUpdate(job: Job, old: Job): FieldErrorList {
  const errs = validateObjectMetaUpdate(job.metadata, old.metadata);
  errs.push(...validateJobSpec(job.spec, path('spec')));
  if (canonicalJson(job.spec?.selector) !== canonicalJson(old.spec?.selector)) errs.push(immutable(path('spec', 'selector'), goLabelSelector(job.spec?.selector)));
  errs.push(...validatePodTemplateUpdate(job, old));
  const completions = job.spec?.completions;
  if (completions !== old.spec?.completions && job.spec?.completionMode !== 'Indexed') {
    errs.push(immutable(path('spec', 'completions'), completions ?? null));
  }
  return errs;
}
