// `kind.group/name` as kubectl prints it for -o name, `get` of several kinds and controller columns.
// Models staging/src/k8s.io/cli-runtime/pkg/printers/name.go → NamePrinter.PrintObj and
// staging/src/k8s.io/kubectl/pkg/... printers.FormatResourceName (strings.ToLower(GroupKind.String())).
// Left out: printing a kind without a name (never happens for stored objects).

/** The API group of an apiVersion ("apps/v1" → "apps", "v1" → ""). */
export function groupOf(apiVersion: string | undefined): string {
  const v = apiVersion ?? '';
  const slash = v.indexOf('/');
  return slash < 0 ? '' : v.slice(0, slash);
}

/** "deployment.apps", "pod": lower-cased GroupKind.String(). */
export function groupKindLower(kind: string, apiVersion: string | undefined): string {
  const group = groupOf(apiVersion);
  return (group ? `${kind}.${group}` : kind).toLowerCase();
}

/** "deployment.apps/web". */
export function formatResourceName(kind: string, apiVersion: string | undefined, name: string): string {
  return `${groupKindLower(kind, apiVersion)}/${name}`;
}
