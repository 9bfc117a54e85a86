// Turning `get`'s arguments into what to fetch: `pods`, `pods web api`, `deploy,svc`, `pod/web svc/web`,
// `all` (the "all" category), each type resolved through the API registry.
// Models staging/src/k8s.io/cli-runtime/pkg/resource/builder.go → ResourceTypeOrNameArgs,
// replaceAliases ("all" → the category), mappingFor ("the server doesn't have a resource type"),
// Builder.Singular, and staging/src/k8s.io/kubectl/pkg/cmd/get/get.go → MultipleTypesRequested.
// Left out: TYPE.VERSION.GROUP spellings with a version, and URL/file arguments.
import { RESOURCES, findResource, type ResourceType } from '../../api/registry.ts';
import { KubectlError } from '../commands/command.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

export interface ResourceRequest {
  type: ResourceType;
  /** Names to get; empty means "list them all". */
  names: string[];
}

export interface ResourceArgs {
  requests: ResourceRequest[];
  /** One object named explicitly: printed as itself rather than as a List. */
  singleItem: boolean;
  /** Several types (or `all`): tables name objects `kind.group/name`. */
  multipleTypes: boolean;
}

export function resolveType(name: string): ResourceType {
  const type = findResource(name);
  if (!type) throw new KubectlError(`the server doesn't have a resource type ${goQuote(name.split('.')[0] ?? name)}`);
  return type;
}

/** The resources of a category, in discovery order (the registry lists them that way). */
export function categoryTypes(category: string): ResourceType[] {
  const seen = new Set<string>();
  return RESOURCES.filter((t) => t.categories.includes(category) && !seen.has(t.resource) && seen.add(t.resource) !== undefined);
}

function typesOf(text: string): ResourceType[] {
  return text.split(',').filter((t) => t !== '').flatMap((t) => (t === 'all' ? categoryTypes('all') : [resolveType(t)]));
}

export function parseResourceArgs(args: string[]): ResourceArgs {
  if (args.length === 0) throw new KubectlError('Required resource not specified.');
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) {
      throw new KubectlError("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
    }
    const requests = args.map((a) => {
      const slash = a.indexOf('/');
      const name = a.slice(slash + 1);
      if (name === '') throw new KubectlError(`arguments in resource/name form must have a single resource and name`);
      return { type: resolveType(a.slice(0, slash)), names: [name] };
    });
    const kinds = new Set(requests.map((r) => r.type.resource));
    return { requests, singleItem: requests.length === 1, multipleTypes: kinds.size > 1 };
  }
  const [typeText = '', ...names] = args;
  const types = typesOf(typeText);
  const requests = types.map((type) => ({ type, names }));
  return {
    requests,
    singleItem: types.length === 1 && names.length === 1 && !typeText.includes(','),
    multipleTypes: typeText === 'all' || typeText.split(',').length > 1,
  };
}
