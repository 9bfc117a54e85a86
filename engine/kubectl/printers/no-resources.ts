// The message `kubectl get` writes to stderr when nothing matched.
// Models staging/src/k8s.io/kubectl/pkg/cmd/get/get.go → GetOptions.Run: "No resources found in
// <ns> namespace." when every requested resource is namespaced and -A was not given, otherwise
// "No resources found". Left out: --ignore-not-found (prints nothing).

export function noResourcesFound(namespace: string, allResourcesNamespaced: boolean): string {
  return allResourcesNamespaced ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n';
}
