// Validation hook of the request pipeline (pkg/apis/*/validation): field errors for an object,
// and the decoding checks (type mismatches, then unknown fields) for requests made with
// fieldValidation=Strict. Per-kind validators are registered in validate.ts; the decoder walks the
// client-node OpenAPI models (strict-decoding.ts).
import type { KubeObject } from '../../apimachinery/object.ts';
import type { FieldCause } from '../errors.ts';
import type { ResourceType } from '../registry.ts';
import { errorString } from './field-error.ts';
import { strictDecode } from './strict-decoding.ts';
import { validate } from './validate.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

/**
 * Field errors as the core's causes. The core's `invalid()` joins cause messages into the
 * aggregate, so each message is the full `field: body` text (field.Error.Error()); duplicates are
 * dropped here as ErrorList.ToAggregate does. (Kubernetes' own Status causes carry only the body.)
 */
export function validateObject(type: ResourceType, obj: KubeObject, old?: KubeObject): FieldCause[] {
  const errors = validate(type.kind, obj, old);
  const causes: FieldCause[] = [];
  if (errors.length === 0) return causes;
  const seen = new Set<string>();
  for (const e of errors) {
    const message = errorString(e);
    if (seen.has(message)) continue;
    seen.add(message);
    causes.push({ type: e.type, field: e.field, message });
  }
  return causes;
}

/** Unknown-field errors, each worded `unknown field "spec.x"`. */
export function strictDecodingErrors(obj: KubeObject): string[] {
  const err = strictDecode(obj);
  return err?.reason === 'unknown-field' ? err.fields.map((f) => `unknown field ${goQuote(f)}`) : [];
}

/**
 * The decoder's own error when a value has the wrong JSON type or does not parse (`json: cannot
 * unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`, a bad
 * quantity, bad base64); these win over unknown fields, as in the real decoder.
 */
export function decodingError(obj: KubeObject): string | undefined {
  const err = strictDecode(obj);
  return err?.reason === 'type' ? err.message : undefined;
}

/**
 * Why a request with fieldValidation=Strict cannot be decoded, worded as the API server's
 * BadRequest (`Deployment in version "v1" cannot be handled as a Deployment: ...`): a type
 * error first, else every unknown field; undefined when it decodes.
 */
export function strictDecodingFailure(type: ResourceType, obj: KubeObject): string | undefined {
  const prefix = `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: `;
  const decodeError = decodingError(obj);
  if (decodeError) return prefix + decodeError;
  const errors = strictDecodingErrors(obj);
  return errors.length === 0 ? undefined : `${prefix}strict decoding error: ${errors.join(', ')}`;
}
