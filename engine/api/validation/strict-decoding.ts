// Strict decoding of a manifest against the Go types of its kind, as the API server does with
// fieldValidation=Strict (kubectl's default). Models sigs.k8s.io/json's decoder
// (internal/golang/encoding/json/decode.go → object, literalStore, saveError, saveStrictError),
// runtime.strictDecodingError (staging/src/k8s.io/apimachinery/pkg/runtime/error.go) and
// transformDecodeError (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/rest.go). Error order:
// a custom unmarshaler's error (IntOrString, Quantity, Time) aborts at once; otherwise the first
// type mismatch wins; only a clean decode reports the (deduplicated, at most 100) unknown fields.
import { goQuote } from '../../apimachinery/go-quote.ts';
import { goTypeName } from './go-type-names.ts';
import { base64Error, rfc3339Error } from './go-scalars.ts';
import { getModel, type ModelType } from './openapi-models.ts';
import { modelNameFor, splitApiVersion } from './kind-models.ts';
import { quantityError } from './quantity-syntax.ts';
import { isJsonObject } from '../../apimachinery/object.ts';

export type DecodeError =
  | { reason: 'unknown-field'; message: string; fields: string[] }
  | { reason: 'type'; message: string };

/** Where the decoder is: the strict path (`spec.limits[0]`) and Go's error context. */
interface At { strict: string; struct: string; stack: string[] }

class Abort { constructor(readonly message: string) {} }

const MAX_STRICT_ERRORS = 100;

class Decoder {
  saved: string | undefined;
  unknown: string[] = [];

  typeError(at: At, value: string, goType: string): string {
    if (at.struct === '' && at.stack.length === 0) return `json: cannot unmarshal ${value} into Go value of type ${goType}`;
    return `json: cannot unmarshal ${value} into Go struct field ${at.struct}.${at.stack.join('.')} of type ${goType}`;
  }

  save(message: string): void {
    this.saved ??= message;
  }

  unknownField(path: string): void {
    if (this.unknown.length < MAX_STRICT_ERRORS && !this.unknown.includes(path)) this.unknown.push(path);
  }

  value(v: unknown, type: ModelType, at: At, goType: string): void {
    if (v === null || v === undefined) return;
    switch (type.kind) {
      case 'any': return;
      case 'string': return this.scalar(typeof v === 'string', v, at, goType);
      case 'bool': return this.scalar(typeof v === 'boolean', v, at, goType);
      case 'float64': return this.scalar(typeof v === 'number', v, at, goType);
      case 'int32': case 'int64': return this.integer(v, type.kind, at, goType);
      case 'bytes': return this.bytes(v, at, goType);
      case 'intstr': return this.intOrString(v, at);
      case 'quantity': return this.quantity(v);
      case 'time': case 'microtime': return this.time(v, at);
      case 'array': return this.array(v, type.elem, at, goType);
      case 'map': return this.map(v, type.elem, at, goType);
      case 'model': return this.model(v, type.name, at, goType);
    }
  }

  scalar(ok: boolean, v: unknown, at: At, goType: string): void {
    if (!ok) this.save(this.typeError(at, describe(v), goType));
  }

  integer(v: unknown, kind: 'int32' | 'int64', at: At, goType: string): void {
    if (typeof v !== 'number') return this.save(this.typeError(at, describe(v), goType));
    const limit = kind === 'int32' ? 2 ** 31 : 2 ** 63;
    if (!Number.isInteger(v) || v >= limit || v < -limit) this.save(this.typeError(at, `number ${String(v)}`, goType));
  }

  bytes(v: unknown, at: At, goType: string): void {
    if (Array.isArray(v)) return;
    if (typeof v !== 'string') return this.save(this.typeError(at, describe(v), goType));
    const err = base64Error(v);
    if (err !== undefined) this.save(err);
  }

  /** intstr.IntOrString.UnmarshalJSON: strings as is, anything else json.Unmarshal'd into int32. */
  intOrString(v: unknown, at: At): void {
    if (typeof v === 'string') return;
    if (typeof v === 'number' && Number.isInteger(v) && v < 2 ** 31 && v >= -(2 ** 31)) return;
    const value = typeof v === 'number' ? `number ${String(v)}` : describe(v);
    throw new Abort(this.typeError(at, value, 'int32'));
  }

  /** resource.Quantity.UnmarshalJSON: a string or bare literal through ParseQuantity. */
  quantity(v: unknown): void {
    const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : JSON.stringify(v);
    const err = quantityError(text);
    if (err !== undefined) throw new Abort(err);
  }

  /** metav1.Time.UnmarshalJSON: json.Unmarshal into a string, then time.Parse(RFC3339). */
  time(v: unknown, at: At): void {
    if (typeof v !== 'string') throw new Abort(this.typeError(at, describe(v), 'string'));
    const err = rfc3339Error(v);
    if (err !== undefined) throw new Abort(err);
  }

  array(v: unknown, elem: ModelType, at: At, goType: string): void {
    if (!Array.isArray(v)) return this.save(this.typeError(at, describe(v), goType));
    const elemGo = goTypeName(elem);
    v.forEach((item, i) => this.value(item, elem, { ...at, strict: `${at.strict}[${i}]` }, elemGo));
  }

  map(v: unknown, elem: ModelType, at: At, goType: string): void {
    if (!isJsonObject(v)) return this.save(this.typeError(at, describe(v), goType));
    const elemGo = goTypeName(elem);
    for (const [k, item] of Object.entries(v)) this.value(item, elem, { ...at, strict: join(at.strict, k) }, elemGo);
  }

  model(v: unknown, name: string, at: At, goType: string): void {
    const model = getModel(name);
    if (model === undefined) return;
    if (!isJsonObject(v)) return this.save(this.typeError(at, describe(v), goType));
    const struct = goType.slice(goType.indexOf('.') + 1);
    for (const [k, item] of Object.entries(v)) {
      const attr = model.attributes.get(k);
      const strict = join(at.strict, k);
      if (attr === undefined) { this.unknownField(strict); continue; }
      const next: At = { strict, struct, stack: [...at.stack, k] };
      this.value(item, attr.type, next, goTypeName(attr.type, name, k));
    }
  }
}

const join = (base: string, key: string): string => (base === '' ? key : `${base}.${key}`);

/** How encoding/json names a JSON value in UnmarshalTypeError.Value. */
function describe(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return 'object';
}

/**
 * Decodes `obj` (a manifest as parsed from YAML/JSON) strictly. Undefined when it decodes
 * cleanly or when the kind has no model (CRDs, unknown kinds: the registry reports those).
 */
export function strictDecode(obj: unknown): DecodeError | undefined {
  if (!isJsonObject(obj) || typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') return undefined;
  const modelName = modelNameFor(obj.apiVersion, obj.kind);
  if (modelName === undefined) return undefined;
  const d = new Decoder();
  try {
    d.model(obj, modelName, { strict: '', struct: '', stack: [] }, goTypeName({ kind: 'model', name: modelName }));
  } catch (e) {
    if (e instanceof Abort) return { reason: 'type', message: e.message };
    throw e;
  }
  if (d.saved !== undefined) return { reason: 'type', message: d.saved };
  if (d.unknown.length === 0) return undefined;
  const message = `strict decoding error: ${d.unknown.map((f) => `unknown field ${goQuote(f)}`).join(', ')}`;
  return { reason: 'unknown-field', message, fields: d.unknown };
}

/** transformDecodeError's wrapping: `LimitRange in version "v1" cannot be handled as a LimitRange: <err>`. */
export function decodeErrorMessage(apiVersion: string, kind: string, error: DecodeError): string {
  return `${kind} in version ${goQuote(splitApiVersion(apiVersion).version)} cannot be handled as a ${kind}: ${error.message}`;
}
