// Defaulting owned by the policy/config work: LimitRange Container items (max -> default ->
// defaultRequest <- min) and Secrets (type Opaque, stringData merged into base64 data).
// Models pkg/apis/core/v1/defaults.go (SetDefaults_LimitRangeItem, SetDefaults_Secret) and
// pkg/apis/core/v1/conversion.go (stringData). Called from applyDefaults in ./index.ts.
import type { LimitRange, Secret } from 'kubernetes-types/core/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ResourceType } from '../registry.ts';
import { defaultLimitRange } from '../admission/limit-ranger/limit-range-defaults.ts';
import { defaultSecret } from '../config-objects/secret-string-data.ts';

/** Mutates `obj` in place (the pipeline passes its own working copy). */
export function applyPolicyDefaults(type: ResourceType, obj: KubeObject): void {
  if (type.group !== '') return;
  if (type.resource === 'limitranges') Object.assign(obj, defaultLimitRange(obj as unknown as LimitRange));
  if (type.resource === 'secrets') {
    const out = defaultSecret(obj as unknown as Secret) as unknown as KubeObject;
    delete obj['stringData'];
    Object.assign(obj, out);
  }
}
