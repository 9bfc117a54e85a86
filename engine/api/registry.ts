// The API resource registry: which kinds the server serves, under which group/version, plural,
// singular and short names, scope, subresources and categories — what `kubectl api-resources`
// prints. Names and short names as the 1.33 discovery documents list them
// (pkg/registry/*/rest/storage_*.go, each resource's ShortNames()/Categories()).
export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  resource: string;
  singular: string;
  shortNames: readonly string[];
  namespaced: boolean;
  subresources: readonly string[];
  categories: readonly string[];
  verbs: readonly string[];
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;

function r(group: string, version: string, kind: string, resource: string, namespaced: boolean,
  shortNames: string[] = [], subresources: string[] = [], categories: string[] = []): ResourceType {
  return { group, version, kind, resource, singular: kind.toLowerCase(), shortNames, namespaced, subresources, categories, verbs: ALL_VERBS };
}

export const RESOURCES: readonly ResourceType[] = [
  r('', 'v1', 'Binding', 'bindings', true),
  r('', 'v1', 'ConfigMap', 'configmaps', true, ['cm']),
  r('', 'v1', 'Endpoints', 'endpoints', true, ['ep']),
  r('', 'v1', 'Event', 'events', true, ['ev']),
  r('', 'v1', 'LimitRange', 'limitranges', true, ['limits']),
  r('', 'v1', 'Namespace', 'namespaces', false, ['ns'], ['status', 'finalize']),
  r('', 'v1', 'Node', 'nodes', false, ['no'], ['status']),
  r('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true, ['pvc'], ['status']),
  r('', 'v1', 'PersistentVolume', 'persistentvolumes', false, ['pv'], ['status']),
  r('', 'v1', 'Pod', 'pods', true, ['po'], ['status', 'binding', 'eviction', 'log'], ['all']),
  r('', 'v1', 'PodTemplate', 'podtemplates', true),
  r('', 'v1', 'ReplicationController', 'replicationcontrollers', true, ['rc'], ['status', 'scale'], ['all']),
  r('', 'v1', 'ResourceQuota', 'resourcequotas', true, ['quota'], ['status']),
  r('', 'v1', 'Secret', 'secrets', true),
  r('', 'v1', 'ServiceAccount', 'serviceaccounts', true, ['sa']),
  r('', 'v1', 'Service', 'services', true, ['svc'], ['status'], ['all']),
  r('apps', 'v1', 'ControllerRevision', 'controllerrevisions', true),
  r('apps', 'v1', 'DaemonSet', 'daemonsets', true, ['ds'], ['status'], ['all']),
  r('apps', 'v1', 'Deployment', 'deployments', true, ['deploy'], ['status', 'scale'], ['all']),
  r('apps', 'v1', 'ReplicaSet', 'replicasets', true, ['rs'], ['status', 'scale'], ['all']),
  r('apps', 'v1', 'StatefulSet', 'statefulsets', true, ['sts'], ['status', 'scale'], ['all']),
  r('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true, ['hpa'], ['status'], ['all']),
  r('batch', 'v1', 'CronJob', 'cronjobs', true, ['cj'], ['status'], ['all']),
  r('batch', 'v1', 'Job', 'jobs', true, [], ['status'], ['all']),
  r('coordination.k8s.io', 'v1', 'Lease', 'leases', true),
  r('discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices', true),
  r('events.k8s.io', 'v1', 'Event', 'events', true, ['ev']),
  r('networking.k8s.io', 'v1', 'Ingress', 'ingresses', true, ['ing'], ['status']),
  r('networking.k8s.io', 'v1', 'IPAddress', 'ipaddresses', false, ['ip']),
  r('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true, ['pdb'], ['status']),
  r('scheduling.k8s.io', 'v1', 'PriorityClass', 'priorityclasses', false, ['pc']),
  r('node.k8s.io', 'v1', 'RuntimeClass', 'runtimeclasses', false),
];

/** The resources a client addresses by plural: the first (preferred) entry per plural wins. */
const byResource = new Map<string, ResourceType>();
for (const t of RESOURCES) if (!byResource.has(t.resource)) byResource.set(t.resource, t);

export function apiVersionOf(t: ResourceType): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}

/** `deployments.apps`, `pods`: the group-qualified resource used in error messages. */
export function groupResource(t: ResourceType): string {
  return t.group ? `${t.resource}.${t.group}` : t.resource;
}

/** `Deployment.apps`, `Pod`: the group-qualified kind used in Invalid errors. */
export function groupKind(t: ResourceType): string {
  return t.group ? `${t.kind}.${t.group}` : t.kind;
}

export function resourceByPlural(resource: string): ResourceType | undefined {
  return byResource.get(resource);
}

/** The resource for an apiVersion + kind, as the REST mapper resolves a manifest. */
export function resourceForKind(apiVersion: string, kind: string): ResourceType | undefined {
  return RESOURCES.find((t) => apiVersionOf(t) === apiVersion && t.kind === kind);
}

/** Kinds known under any version: tells "unknown version" apart from "unknown kind". */
export function resourcesForKindName(kind: string): ResourceType[] {
  return RESOURCES.filter((t) => t.kind === kind);
}

/**
 * Resolves what a user typed (`po`, `pods`, `pod`, `Pod`, `deployments.apps`, `deploy.apps`)
 * as kubectl's RESTMapper does; the preferred (first) version wins.
 */
export function findResource(name: string): ResourceType | undefined {
  const [base = '', ...rest] = name.split('.');
  const group = rest.join('.');
  const lower = base.toLowerCase();
  return RESOURCES.find((t) => (rest.length === 0 || t.group === group)
    && (t.resource === lower || t.singular === lower || t.shortNames.includes(lower) || t.kind.toLowerCase() === lower));
}
