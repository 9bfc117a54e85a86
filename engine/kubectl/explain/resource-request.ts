// From `kubectl explain`'s argument to a group-version-resource and a field path:
// `deployments.apps.spec.strategy` → apps/v1 deployments + [spec, strategy]; `deploy.spec` and
// `pods.spec.containers` likewise; with --api-version only the first dotted word names the resource.
// Models staging/src/k8s.io/kubectl/pkg/explain/explain.go → SplitAndParseResourceRequest,
// SplitAndParseResourceRequestWithMatchingPrefix, and the RESTMapper's ResourcesFor (plural,
// singular or short name, case-insensitive, in discovery priority order).
// Left out: resources the registry does not serve.
import { RESOURCES, type ResourceType } from '../../api/registry.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

export interface ResourceRequest {
  type: ResourceType;
  fieldPath: string[];
}

/** A NoResourceMatchError: kubectl prints `the server doesn't have a resource type "x"` for it. */
export class NoResourceMatch extends Error {
  constructor(readonly resource: string) {
    super(`the server doesn't have a resource type ${goQuote(resource)}`);
  }
}

function resourcesFor(name: string): ResourceType[] {
  const lower = name.toLowerCase();
  const found = RESOURCES.filter((t) => t.resource === lower || t.singular === lower || t.shortNames.includes(lower));
  if (found.length === 0) throw new NoResourceMatch(name);
  return found;
}

const groupResourceOf = (t: ResourceType): string => (t.group ? `${t.resource}.${t.group}` : t.resource);

/** The default: the first type whose `resource.group` prefixes the argument, else the preferred one. */
export function splitWithMatchingPrefix(arg: string): ResourceRequest {
  const text = arg.endsWith('.') ? arg.slice(0, -1) : arg;
  const dotParts = text.split('.');
  const types = resourcesFor(dotParts[0] ?? '');
  for (const type of types) {
    const gr = groupResourceOf(type);
    if (!text.startsWith(gr)) continue;
    const suffix = text.slice(gr.length);
    return { type, fieldPath: suffix.length > 0 ? suffix.slice(1).split('.') : [] };
  }
  return { type: types[0] as ResourceType, fieldPath: dotParts.slice(1) };
}

/** With --api-version: the first dotted word is the resource, the rest the field path. */
export function splitDotNotation(arg: string): ResourceRequest {
  const [resource = '', ...fieldPath] = (arg.endsWith('.') ? arg.slice(0, -1) : arg).split('.');
  return { type: resourcesFor(resource)[0] as ResourceType, fieldPath };
}
