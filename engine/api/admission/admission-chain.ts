// The admission chain of one API server: every enabled plugin's mutating phase, in order, then
// (after defaulting, name generation and validation) every validating phase, each over the same
// kind of attributes record. Models k8s.io/apiserver/pkg/admission/chain.go → chainAdmissionHandler
// (Admit, then Validate) and attributes.go → NewAttributesRecord (the name is the request name,
// else the object's generateName, as the create handler fills it).
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ResourceType } from '../registry.ts';
import type { AdmissionAttributes, AdmissionPlugin, AdmissionReader, Operation } from './admission.ts';

/** What admission needs of the request beyond the objects. */
export interface AdmissionRequest {
  subresource?: string | undefined;
  dryRun?: boolean | undefined;
}

export class AdmissionChain {
  constructor(readonly plugins: readonly AdmissionPlugin[], private readonly reader: AdmissionReader) {}

  /** The mutating phase: each plugin's admit may change `obj` or reject by throwing. */
  admit(op: Operation, type: ResourceType, obj: KubeObject, old: KubeObject | undefined, request: AdmissionRequest): void {
    const attrs = this.attributes(op, type, obj, old, request);
    for (const p of this.plugins) p.admit?.(attrs);
  }

  /** The validating phase: each plugin's validate may reject by throwing. */
  validate(op: Operation, type: ResourceType, obj: KubeObject | undefined, old: KubeObject | undefined, request: AdmissionRequest): void {
    const attrs = this.attributes(op, type, obj, old, request);
    for (const p of this.plugins) p.validate?.(attrs);
  }

  private attributes(op: Operation, type: ResourceType, obj: KubeObject | undefined, old: KubeObject | undefined, request: AdmissionRequest): AdmissionAttributes {
    const meta = (obj ?? old)!.metadata;
    return {
      operation: op, type, subresource: request.subresource, namespace: meta.namespace,
      name: meta.name || meta.generateName || '', object: obj, oldObject: old, dryRun: request.dryRun === true,
      reader: this.reader, policyRequest: undefined,
    };
  }
}
