// PodSpec validation: containers and init containers, restartPolicy, dnsPolicy, nodeSelector,
// serviceAccountName, activeDeadlineSeconds, hostname/subdomain, preemptionPolicy, tolerations'
// operators and effects. Models pkg/apis/core/validation/validation.go → ValidatePodSpec,
// validateRestartPolicy, validateDNSPolicy, ValidateTolerations (order as upstream). Volumes,
// affinity, topology spread and security contexts are left out.
import type { PodSpec, Toleration } from 'kubernetes-types/core/v1';
import { forbidden, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import type { FieldPath } from './field-path.ts';
import { validateContainers, validateInitContainers } from './container.ts';
import { validateLabels } from './labels.ts';
import { inclusiveRangeError, isDNS1123Label, isDNS1123Subdomain, isQualifiedName } from './name-validation.ts';

const MAX_INT32 = 2147483647;
const TAINT_EFFECTS: readonly string[] = ['NoExecute', 'NoSchedule', 'PreferNoSchedule'];

function validateEnum(value: string | undefined, allowed: string[], p: FieldPath): FieldErrorList {
  if (!value) return [required(p)];
  return allowed.includes(value) ? [] : [notSupported(p, value, allowed)];
}

function validateTolerations(tolerations: Toleration[] | undefined, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  (tolerations ?? []).forEach((t, i) => {
    const tp = p.index(i);
    if (t.key) for (const m of isQualifiedName(t.key)) errs.push(invalid(tp.child('key'), t.key, m));
    if (!t.key && t.operator !== 'Exists') errs.push(invalid(tp.child('operator'), t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errs.push(invalid(tp.child('effect'), t.effect ?? '', 'effect must be \'NoExecute\' when `tolerationSeconds` is set'));
    }
    if (t.operator === 'Exists' && t.value) errs.push(invalid(tp.child('operator'), t.value, 'value must be empty when `operator` is \'Exists\''));
    else if (t.operator !== undefined && t.operator !== '' && t.operator !== 'Equal' && t.operator !== 'Exists') {
      errs.push(notSupported(tp.child('operator'), t.operator, ['Equal', 'Exists']));
    }
    if (t.effect && !TAINT_EFFECTS.includes(t.effect)) errs.push(notSupported(tp.child('effect'), t.effect, [...TAINT_EFFECTS]));
  });
  return errs;
}

export function validatePodSpec(spec: PodSpec | undefined, p: FieldPath): FieldErrorList {
  const s: Partial<PodSpec> = spec ?? {};
  const errs: FieldErrorList = [];
  errs.push(...validateContainers(s.containers, p.child('containers')));
  errs.push(...validateInitContainers(s.initContainers, s.containers, p.child('initContainers')));
  errs.push(...validateEnum(s.restartPolicy, ['Always', 'OnFailure', 'Never'], p.child('restartPolicy')));
  errs.push(...validateEnum(s.dnsPolicy, ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'], p.child('dnsPolicy')));
  errs.push(...validateLabels(s.nodeSelector, p.child('nodeSelector')));
  if (s.serviceAccountName) {
    errs.push(...isDNS1123Subdomain(s.serviceAccountName).map((m) => invalid(p.child('serviceAccountName'), s.serviceAccountName, m)));
  }
  if (s.nodeName) errs.push(...isDNS1123Subdomain(s.nodeName).map((m) => invalid(p.child('nodeName'), s.nodeName, m)));
  const deadline = s.activeDeadlineSeconds;
  if (deadline !== undefined && (deadline < 1 || deadline > MAX_INT32)) {
    errs.push(invalid(p.child('activeDeadlineSeconds'), deadline, inclusiveRangeError(1, MAX_INT32)));
  }
  if (s.hostname) errs.push(...isDNS1123Label(s.hostname).map((m) => invalid(p.child('hostname'), s.hostname, m)));
  if (s.subdomain) errs.push(...isDNS1123Label(s.subdomain).map((m) => invalid(p.child('subdomain'), s.subdomain, m)));
  errs.push(...validateTolerations(s.tolerations, p.child('tolerations')));
  if (s.preemptionPolicy !== undefined && !['Never', 'PreemptLowerPriority'].includes(s.preemptionPolicy)) {
    errs.push(notSupported(p.child('preemptionPolicy'), s.preemptionPolicy, ['Never', 'PreemptLowerPriority']));
  }
  if (s.hostNetwork && s.hostUsers === false) errs.push(forbidden(p.child('hostUsers'), 'when `hostNetwork` is true, `hostUsers` must be true'));
  return errs;
}
