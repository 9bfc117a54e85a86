// HorizontalPodAutoscaler (autoscaling/v2) defaults: minReplicas 1; no metrics → CPU utilization
// 80%; when `behavior` is present, every unset field of scaleUp (stabilization 0, selectPolicy
// Max, policies Pods 4/15s and Percent 100/15s) and scaleDown (selectPolicy Max, policies Percent
// 100/15s, stabilization left unset) is filled. Models pkg/apis/autoscaling/v2/defaults.go →
// SetDefaults_HorizontalPodAutoscaler, GenerateHPAScaleUpRules/ScaleDownRules. PodDisruptionBudget
// has no defaulting in policy/v1 (pkg/apis/policy/v1 has no defaults.go), so it has no file.
import type { HorizontalPodAutoscaler, HPAScalingRules } from 'kubernetes-types/autoscaling/v2';
import { clone } from '../../apimachinery/object.ts';

const SCALE_UP: HPAScalingRules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }],
};
const SCALE_DOWN: HPAScalingRules = { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };

function rules(from: HPAScalingRules | undefined, defaults: HPAScalingRules): HPAScalingRules {
  const to: HPAScalingRules = clone(defaults);
  if (from?.selectPolicy !== undefined) to.selectPolicy = from.selectPolicy;
  if (from?.stabilizationWindowSeconds !== undefined) to.stabilizationWindowSeconds = from.stabilizationWindowSeconds;
  if (from?.policies !== undefined) to.policies = from.policies;
  return { ...from, ...to };
}

export function defaultHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler): void {
  const spec = (hpa.spec ??= { maxReplicas: 0, scaleTargetRef: { kind: '', name: '' } });
  spec.minReplicas ??= 1;
  if (!spec.metrics || spec.metrics.length === 0) {
    spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }];
  }
  if (spec.behavior) {
    spec.behavior.scaleUp = rules(spec.behavior.scaleUp, SCALE_UP);
    spec.behavior.scaleDown = rules(spec.behavior.scaleDown, SCALE_DOWN);
  }
}
