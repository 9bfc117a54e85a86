// Admission plugin interface, as k8s.io/apiserver/pkg/admission/interfaces.go: a plugin may
// mutate (`admit`, run first for every plugin in order) and/or validate (`validate`, run after
// all mutations and after name generation). A plugin rejects a request by throwing StatusError.
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ResourceType } from '../registry.ts';
import type { PolicyAttributes, PolicyView } from './support/attributes.ts';

export type Operation = 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

/** Read access to current API state for plugins (their informers/listers, in Kubernetes). */
export interface AdmissionReader {
  get(resource: string, namespace: string | undefined, name: string): KubeObject | undefined;
  list(resource: string, namespace?: string): KubeObject[];
  /** A privileged write (e.g. ResourceQuota status charging), bypassing admission. */
  updateStatus(resource: string, obj: KubeObject): KubeObject;
  nowMs(): number;
}

export interface AdmissionAttributes {
  operation: Operation;
  type: ResourceType;
  subresource: string | undefined;
  namespace: string | undefined;
  /** The request name, else the object name, else the generateName prefix (§4.4). */
  name: string;
  object: KubeObject | undefined;
  oldObject: KubeObject | undefined;
  dryRun: boolean;
  reader: AdmissionReader;
  /**
   * The policy plugins' form of this request (policy-adapter.ts), built by the first of them a
   * phase reaches and reused by the rest; it goes with the attributes when the request ends.
   */
  policyRequest: { policy: PolicyAttributes; view: PolicyView } | undefined;
}

export interface AdmissionPlugin {
  name: string;
  admit?(attrs: AdmissionAttributes): void;
  validate?(attrs: AdmissionAttributes): void;
}
