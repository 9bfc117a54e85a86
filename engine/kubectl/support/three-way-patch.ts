// The patch `kubectl apply` sends when the object exists: what the manifest sets that differs from
// the live object, plus nulls for fields the previous apply set and this manifest dropped.
// Models staging/src/k8s.io/apimachinery/pkg/util/strategicpatch/patch.go →
// CreateThreeWayMergePatch in spirit, as a JSON merge patch: fields the server defaulted (absent
// from the manifest) never count as changes, and a changed list is sent whole.
// Known limitation: a changed list replaces the live one (strategic merge would merge by key), so
// server-filled fields inside its items (a Service port's nodePort) are re-defaulted.
import { isJsonObject } from '../../apimachinery/object.ts';

/** Whether everything `modified` sets is already so in `current`. */
export function isSubset(modified: unknown, current: unknown): boolean {
  if (isJsonObject(modified)) {
    if (!isJsonObject(current)) return Object.keys(modified).length === 0 && current === undefined;
    return Object.entries(modified).every(([k, v]) => isSubset(v, current[k]));
  }
  if (Array.isArray(modified)) {
    return Array.isArray(current) && modified.length === current.length && modified.every((v, i) => isSubset(v, current[i]));
  }
  if (modified === null) return current === null || current === undefined;
  return modified === current;
}

/** The merge patch, or undefined when nothing would change. */
export function threeWayPatch(original: unknown, modified: unknown, current: unknown): Record<string, unknown> | undefined {
  if (!isJsonObject(modified)) return undefined;
  const cur = isJsonObject(current) ? current : {};
  const orig = isJsonObject(original) ? original : {};
  const patch: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(modified)) {
    if (isJsonObject(v) && isJsonObject(cur[k])) {
      const sub = threeWayPatch(orig[k], v, cur[k]);
      if (sub !== undefined) patch[k] = sub;
    } else if (!isSubset(v, cur[k])) {
      patch[k] = v;
    }
  }
  for (const k of Object.keys(orig)) {
    if (!(k in modified) && k in cur) patch[k] = null;
  }
  return Object.keys(patch).length === 0 ? undefined : patch;
}
