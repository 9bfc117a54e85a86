// Defaulting hook of the request pipeline: fills in the fields the API server defaults
// (pkg/apis/*/v1/defaults.go, SetDefaults_*). One file per kind registers here.
// TODO(validation): the per-kind defaulters land here.
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ResourceType } from '../registry.ts';

export function applyDefaults(_type: ResourceType, _obj: KubeObject): void {
  // No defaulting yet: every field keeps the value the client sent.
}
