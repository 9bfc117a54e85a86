// Defaulting hook of the request pipeline: fills in the fields the API server defaults
// (pkg/apis/*/v1/defaults.go, SetDefaults_*), one file per kind, registered in defaulters.ts.
// The pipeline calls this on a fresh copy of the request object, before mutating admission.
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ResourceType } from '../registry.ts';
import { applyDefaultsForKind } from './defaulters.ts';

export function applyDefaults(type: ResourceType, obj: KubeObject): void {
  applyDefaultsForKind(type.kind, obj);
}
