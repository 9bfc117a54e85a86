// The List kubectl prints for several objects with -o yaml/json/jsonpath.
// Models staging/src/k8s.io/kubectl/pkg/cmd/get/get.go → GetOptions.Run (non-table output): the
// items wrapped in {apiVersion: v1, kind: List, items, metadata: {resourceVersion: ""}}.
// Left out: nothing.
import type { KubeObjectLike } from './object-like.ts';

export function asList(items: KubeObjectLike[]): KubeObjectLike {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
