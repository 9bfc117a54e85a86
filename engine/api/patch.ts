// The three patch types of PATCH requests: JSON merge patch (RFC 7386), strategic merge patch
// for the common list merge keys (k8s.io/apimachinery/pkg/util/strategicpatch: lists of
// containers/volumes/env/ports... merge by key, `$patch: delete` and `$retainKeys` aside),
// and JSON patch (RFC 6902, via fast-json-patch). Leaves out $setElementOrder and
// $deleteFromPrimitiveList directives.
import jsonpatch, { type Operation } from 'fast-json-patch';
import { clone } from '../apimachinery/object.ts';
import { badRequest } from './errors.ts';

export type PatchType = 'merge' | 'strategic' | 'json';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merge keys of the list fields strategic merge patch merges element-wise (patchMergeKey tags). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name', initContainers: 'name', ephemeralContainers: 'name', volumes: 'name',
  env: 'name', volumeMounts: 'mountPath', volumeDevices: 'devicePath', imagePullSecrets: 'name',
  ports: 'containerPort', conditions: 'type', ownerReferences: 'uid', hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey', finalizers: '', resourceClaims: 'name',
};

export function applyPatch(target: Json, type: PatchType, patch: Json): Json {
  switch (type) {
    case 'merge':
      return mergePatch(target, patch, false);
    case 'strategic':
      return mergePatch(target, patch, true);
    case 'json':
      if (!Array.isArray(patch)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
      try {
        return jsonpatch.applyPatch(clone(target), patch as Operation[], true, false).newDocument;
      } catch (e) {
        throw badRequest(`the server rejected our request due to an error in our request: ${(e as Error).message}`);
      }
  }
}

function mergePatch(target: Json, patch: Json, strategic: boolean, field = ''): Json {
  if (!isObject(patch)) {
    return strategic && Array.isArray(patch) && Array.isArray(target) ? mergeList(field, target, patch) : clone(patch);
  }
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) continue;
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value, strategic, key);
  }
  return out;
}

function mergeList(field: string, target: Json[], patch: Json[]): Json[] {
  const key = MERGE_KEYS[field];
  if (key === undefined) return clone(patch);
  if (key === '') return [...target, ...patch.filter((p) => !target.includes(p))]; // set-like primitive lists
  const out = target.map(clone);
  for (const item of patch) {
    if (!isObject(item)) continue;
    const at = out.findIndex((t) => isObject(t) && t[key] === item[key]);
    if (item.$patch === 'delete') {
      if (at >= 0) out.splice(at, 1);
    } else if (at >= 0) out[at] = mergePatch(out[at], item, true);
    else out.push(mergePatch({}, item, true));
  }
  return out;
}
