// Fetching what a `get`/`delete`/`label` asked for: named objects in argument order, or lists
// filtered by -l/--field-selector in one namespace or all (-A). Not-found names are collected,
// not thrown, so the others still print (kubectl aggregates the errors and prints them last).
// Models staging/src/k8s.io/cli-runtime/pkg/resource/builder.go → Builder.Do with
// ContinueOnError, visitor.go → Info (namespace, name, mapping, object).
// Left out: chunked lists (--chunk-size) and server-side tables.
import type { KubeObject } from '../../apimachinery/object.ts';
import { apiVersionOf, type ResourceType } from '../../api/registry.ts';
import type { ApiClient } from '../../client/api-client.ts';
import type { ResourceRequest } from './resource-args.ts';

export interface Fetched {
  type: ResourceType;
  objects: KubeObject[];
}

export interface FetchOptions {
  namespace: string;
  allNamespaces: boolean;
  labelSelector: string;
  fieldSelector: string;
}

/** The list items carry apiVersion/kind like the objects kubectl decodes. */
function withTypeMeta(type: ResourceType, obj: KubeObject): KubeObject {
  return obj.apiVersion && obj.kind ? obj : { ...obj, apiVersion: apiVersionOf(type), kind: type.kind };
}

export function fetchRequests(client: ApiClient, requests: ResourceRequest[], opts: FetchOptions, errors: unknown[]): Fetched[] {
  const out: Fetched[] = [];
  for (const { type, names } of requests) {
    const namespace = type.namespaced ? opts.namespace : undefined;
    if (names.length > 0) {
      const objects: KubeObject[] = [];
      for (const name of names) {
        try {
          objects.push(withTypeMeta(type, client.get(type.resource, namespace, name)));
        } catch (e) {
          errors.push(e);
        }
      }
      out.push({ type, objects });
      continue;
    }
    const list = client.list(type.resource, {
      ...(opts.allNamespaces || !type.namespaced ? {} : { namespace: opts.namespace }),
      ...(opts.labelSelector ? { labelSelector: opts.labelSelector } : {}),
      ...(opts.fieldSelector ? { fieldSelector: opts.fieldSelector } : {}),
    });
    out.push({ type, objects: list.items.map((o) => withTypeMeta(type, o)) });
  }
  return out;
}
