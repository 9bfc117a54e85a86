// IntOrString scaling for the controllers: a thin adapter over engine/apimachinery/intstr.ts
// (staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr.go → GetScaledValueFromIntOrPercent).
// The one difference kept from the earlier shim: an absent value counts as 0, because callers
// pass intstrutil.ValueOrDefault(nil, 0) for nil.
import { getScaledValueFromIntOrPercent as scaled, type IntOrString } from '../../../apimachinery/intstr.ts';

export type { IntOrString } from '../../../apimachinery/intstr.ts';

export function getScaledValueFromIntOrPercent(value: IntOrString | undefined, total: number, roundUp: boolean): number {
  return value === undefined ? 0 : scaled(value, total, roundUp);
}
