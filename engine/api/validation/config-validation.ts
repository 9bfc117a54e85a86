// Validation owned by the policy/config work: ConfigMap and Secret rules turned into the pipeline's
// FieldCauses (reason FieldValue*, message `field: Type: detail`).
// Models pkg/apis/core/validation/validation.go (ValidateConfigMap[Update], ValidateSecret[Update])
// and metav1.CauseType names. Called from validateObject in ./index.ts.
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { FieldCause } from '../errors.ts';
import type { ResourceType } from '../registry.ts';
import { validateConfigMap, validateConfigMapUpdate } from '../config-objects/configmap-validation.ts';
import { validateSecret, validateSecretUpdate } from '../config-objects/secret-validation.ts';
import { formatFieldError } from '../config-objects/field-error.ts';
import type { FieldError } from '../config-objects/field-error.ts';

const CAUSE_TYPES: Record<FieldError['type'], string> = {
  'Required value': 'FieldValueRequired', 'Invalid value': 'FieldValueInvalid', Forbidden: 'FieldValueForbidden', 'Too long': 'FieldValueTooLong',
};

export function validateConfigObject(type: ResourceType, obj: KubeObject, old?: KubeObject): FieldCause[] {
  if (type.group !== '') return [];
  let errors: FieldError[] = [];
  if (type.resource === 'configmaps') {
    errors = old ? validateConfigMapUpdate(obj as unknown as ConfigMap, old as unknown as ConfigMap) : validateConfigMap(obj as unknown as ConfigMap);
  } else if (type.resource === 'secrets') {
    errors = old ? validateSecretUpdate(obj as unknown as Secret, old as unknown as Secret) : validateSecret(obj as unknown as Secret);
  }
  return errors.map((e) => ({ type: CAUSE_TYPES[e.type], field: e.field, message: formatFieldError(e) }));
}
