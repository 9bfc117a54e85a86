// The target the workload commands share: `TYPE/NAME` or `TYPE NAME` (further arguments follow),
// in the namespace of -n, and kubectl's errors for a missing or unsupported resource.
// Models staging/src/k8s.io/kubectl/pkg/cmd/rollout/*.go Complete (resource builder) in the
// small: only deployments are rollout-able here (daemonsets/statefulsets are left out). For a kind
// kubectl itself cannot roll out (ReplicaSet, ReplicationController, Pod ...), status, history and
// undo give kubectl's words once the object is found (polymorphichelpers → StatusViewerFor,
// HistoryViewerFor, RollbackerFor).
import { findResource, type ResourceType } from '../../api/registry.ts';
import { KubectlError, type Invocation } from './command.ts';

export interface TypeName {
  resource: string | undefined;
  name: string | undefined;
  /** The arguments after TYPE/NAME or TYPE NAME. */
  rest: string[];
}

export interface WorkloadTarget {
  namespace: string;
  name: string;
  rest: string[];
}

const DEPLOYMENT_WORDS = new Set(['deployment', 'deployments', 'deploy', 'deployment.apps', 'deployments.apps']);

export function splitTypeName(args: readonly string[]): TypeName {
  const [first, ...rest] = args;
  if (first === undefined) return { resource: undefined, name: undefined, rest };
  if (first.includes('/')) {
    const [resource, name] = first.split('/', 2) as [string, string];
    return { resource, name, rest };
  }
  const [name, ...more] = rest;
  return { resource: first, name, rest: more };
}

/** Kinds kubectl can roll out but this simulation has no controller for. */
const SIMULATION_GAPS = new Set(['DaemonSet', 'StatefulSet']);

/** schema.GroupKind.String(): `Kind` for the core group, else `Kind.group`. */
const groupKind = (t: ResourceType): string => (t.group === '' ? t.kind : `${t.kind}.${t.group}`);

const NO_VIEWER: Record<string, (gk: string) => string> = {
  'rollout status': (gk) => `no status viewer has been implemented for ${gk}`,
  'rollout history': (gk) => `no history viewer has been implemented for "${gk}"`,
  'rollout undo': (gk) => `no rollbacker has been implemented for "${gk}"`,
};

function refuseKind(inv: Invocation, command: string, resource: string, name: string | undefined): never {
  const type = findResource(resource);
  const noViewer = NO_VIEWER[command];
  if (type === undefined || SIMULATION_GAPS.has(type.kind) || noViewer === undefined) {
    throw new KubectlError(`${command} is not supported for resource type "${resource}" in this simulation`);
  }
  if (!name) throw new KubectlError('resource(s) were provided, but no name was specified');
  inv.kube.client.get(type.resource, type.namespaced ? inv.namespace : '', name); // the builder's NotFound comes first
  throw new KubectlError(noViewer(groupKind(type)));
}

/** The deployment a rollout/set command names; kubectl's error otherwise. */
export function deploymentTarget(inv: Invocation, command: string): WorkloadTarget {
  const { resource, name, rest } = splitTypeName(inv.args);
  if (resource === undefined) throw new KubectlError('required resource not specified');
  if (!DEPLOYMENT_WORDS.has(resource)) refuseKind(inv, command, resource, name);
  if (!name) throw new KubectlError('resource(s) were provided, but no name was specified');
  return { namespace: inv.namespace, name, rest };
}
