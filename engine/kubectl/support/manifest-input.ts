// The objects of -f files, each with its API resource and the namespace kubectl will use.
// Models staging/src/k8s.io/cli-runtime/pkg/resource/builder.go → FilenameParam + NamespaceParam
// (DefaultNamespace / RequireNamespace: objects without a namespace get -n's, a different explicit
// -n is an error) and mapper.go → infoForData ("resource mapping not found ... ensure CRDs are
// installed first"). Files are read through the context, never from disk directly.
// Left out: directories, URLs, -k (kustomize), --recursive.
import type { KubeObject } from '../../apimachinery/object.ts';
import { resourceForKind, type ResourceType } from '../../api/registry.ts';
import { parseManifests } from '../../client/manifests.ts';
import { KubectlError, type Invocation } from '../commands/command.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

export interface ManifestInfo {
  object: KubeObject;
  type: ResourceType;
  source: string;
  namespace: string | undefined;
}

export function readManifests(inv: Invocation): ManifestInfo[] {
  const files = inv.flags.strings('filename');
  if (files.length === 0) throw new KubectlError('must specify one of -f and -k');
  return files.flatMap((file) => parseManifests(inv.kube.readFile(file), file).map(({ object }) => infoFor(inv, object, file)));
}

function infoFor(inv: Invocation, object: KubeObject, source: string): ManifestInfo {
  const type = resourceForKind(object.apiVersion, object.kind);
  const name = object.metadata.name ?? '';
  if (!type) {
    throw new KubectlError(`resource mapping not found for name: ${goQuote(name)} namespace: ${goQuote(object.metadata.namespace ?? '')} from ${goQuote(source)}: no matches for kind ${goQuote(object.kind)} in version ${goQuote(object.apiVersion)}\nensure CRDs are installed first`);
  }
  if (!type.namespaced) return { object, type, source, namespace: undefined };
  const own = object.metadata.namespace;
  if (own && inv.namespaceExplicit && own !== inv.namespace) {
    throw new KubectlError(`the namespace from the provided object ${goQuote(own)} does not match the namespace ${goQuote(inv.namespace)}. You must pass '--namespace=${own}' to perform this operation.`);
  }
  const namespace = own || inv.namespace;
  return { object: { ...object, metadata: { ...object.metadata, namespace } }, type, source, namespace };
}
