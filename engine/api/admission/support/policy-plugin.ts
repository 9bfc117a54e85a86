// The shape of one policy admission plugin: a name, an optional mutating `admit` and an optional
// validating `validate`, both pure over (attributes, read-only view). Models the admission.Interface
// split into MutationInterface/ValidationInterface (staging/src/k8s.io/apiserver/pkg/admission/interfaces.go).
// Plugins throw AdmissionDenial to reject; only ResourceQuota reports side effects (charged quotas).
import type { ResourceQuota } from 'kubernetes-types/core/v1.js';
import type { PolicyAttributes, PolicyView } from './attributes.ts';

export interface PolicyOutcome {
  /** Quotas whose status.used must be written (with optimistic concurrency) before the object is stored. */
  quotaStatusUpdates?: ResourceQuota[];
}

export interface PolicyPlugin {
  readonly name: string;
  admit?(attrs: PolicyAttributes, view: PolicyView): void;
  validate?(attrs: PolicyAttributes, view: PolicyView): PolicyOutcome | void;
}
