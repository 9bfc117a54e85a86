// Defaulting hook of the request pipeline: fills in the fields the API server defaults
// (pkg/apis/*/v1/defaults.go, SetDefaults_*). One file per kind registers here.
// TODO(validation): the per-kind defaulters land here.
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ResourceType } from '../registry.ts';
import { applyPolicyDefaults } from './policy-defaults.ts';

export function applyDefaults(type: ResourceType, obj: KubeObject): void {
  applyPolicyDefaults(type, obj);
}
