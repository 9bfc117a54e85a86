// How Go prints the type a JSON value failed to decode into (`reflect.Type.String()`), for
// `json: cannot unmarshal ... of type int32` messages. Model classes map to their Go package-
// qualified names (`V1Container` → `v1.Container`, `CoreV1Event` → `v1.Event`). Typed string
// fields (`v1.RestartPolicy`) are listed for the common kinds only; others print as `string`.
import type { ModelType } from './openapi-models.ts';

const PACKAGE = /^(?:[A-Z][a-z]+)?(V\d+(?:alpha\d+|beta\d+)?)([A-Z].*)$/;

/** `V1beta1CronJob` → `v1beta1.CronJob`; `CoreV1Event` → `v1.Event`. */
export function goModelName(model: string): string {
  const m = PACKAGE.exec(model);
  return m ? `${(m[1] ?? '').toLowerCase()}.${m[2] ?? ''}` : model;
}

/** Named string types of k8s.io/api, keyed `Model.jsonField`. */
const TYPED_STRINGS: Record<string, string> = {
  'V1Container.imagePullPolicy': 'v1.PullPolicy',
  'V1Container.terminationMessagePolicy': 'v1.TerminationMessagePolicy',
  'V1ContainerPort.protocol': 'v1.Protocol',
  'V1ServicePort.protocol': 'v1.Protocol',
  'V1PodSpec.restartPolicy': 'v1.RestartPolicy',
  'V1PodSpec.dnsPolicy': 'v1.DNSPolicy',
  'V1PodSpec.preemptionPolicy': 'v1.PreemptionPolicy',
  'V1ServiceSpec.type': 'v1.ServiceType',
  'V1ServiceSpec.sessionAffinity': 'v1.ServiceAffinity',
  'V1ServiceSpec.externalTrafficPolicy': 'v1.ServiceExternalTrafficPolicy',
  'V1ServiceSpec.internalTrafficPolicy': 'v1.ServiceInternalTrafficPolicy',
  'V1Secret.type': 'v1.SecretType',
  'V1LimitRangeItem.type': 'v1.LimitType',
  'V1DeploymentStrategy.type': 'v1.DeploymentStrategyType',
  'V1DaemonSetUpdateStrategy.type': 'v1.DaemonSetUpdateStrategyType',
  'V1StatefulSetUpdateStrategy.type': 'v1.StatefulSetUpdateStrategyType',
  'V1StatefulSetSpec.podManagementPolicy': 'v1.PodManagementPolicyType',
  'V1JobSpec.completionMode': 'v1.CompletionMode',
  'V1JobSpec.podReplacementPolicy': 'v1.PodReplacementPolicy',
  'V1CronJobSpec.concurrencyPolicy': 'v1.ConcurrencyPolicy',
  'V1Toleration.operator': 'v1.TolerationOperator',
  'V1Toleration.effect': 'v1.TaintEffect',
  'V1Taint.effect': 'v1.TaintEffect',
  'V1NamespaceStatus.phase': 'v1.NamespacePhase',
  'V1PodStatus.phase': 'v1.PodPhase',
  'V1HTTPGetAction.scheme': 'v1.URIScheme',
};

/** The Go type a field has, as reflect prints it; `owner.json` selects typed strings. */
export function goTypeName(type: ModelType, owner?: string, json?: string): string {
  switch (type.kind) {
    case 'string': return (owner !== undefined && TYPED_STRINGS[`${owner}.${json ?? ''}`]) || 'string';
    case 'bool': return 'bool';
    case 'int32': return 'int32';
    case 'int64': return 'int64';
    case 'float64': return 'float64';
    case 'bytes': return '[]uint8';
    case 'any': return 'interface {}';
    case 'time': return 'v1.Time';
    case 'microtime': return 'v1.MicroTime';
    case 'intstr': return 'intstr.IntOrString';
    case 'quantity': return 'resource.Quantity';
    case 'array': return `[]${goTypeName(type.elem)}`;
    case 'map': return type.elem.kind === 'quantity' ? 'v1.ResourceList' : `map[string]${goTypeName(type.elem)}`;
    case 'model': return goModelName(type.name);
  }
}
