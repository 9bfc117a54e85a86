// The kubectl.kubernetes.io/last-applied-configuration annotation client-side apply keeps.
// Models staging/src/k8s.io/kubectl/pkg/util/apply.go → GetModifiedConfiguration: the object is
// encoded without the annotation (annotations become {} when there were none) as compact JSON with
// sorted keys and a trailing newline (json.Encoder), and that text is stored as the annotation.
// Left out: --save-config on other commands.
import type { KubeObject } from '../../apimachinery/object.ts';
import { goJsonMarshal } from '../../apimachinery/go-json-encode.ts';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The object with its last-applied annotation set, as apply sends it. */
export function withLastApplied(obj: KubeObject): KubeObject {
  const annotations = { ...(obj.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  const bare: KubeObject = { ...obj, metadata: { ...obj.metadata, annotations } };
  const encoded = `${goJsonMarshal(bare)}\n`;
  return { ...bare, metadata: { ...bare.metadata, annotations: { ...annotations, [LAST_APPLIED]: encoded } } };
}

/** The configuration recorded by the last apply, if any. */
export function lastApplied(obj: KubeObject): unknown {
  const text = obj.metadata.annotations?.[LAST_APPLIED];
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
