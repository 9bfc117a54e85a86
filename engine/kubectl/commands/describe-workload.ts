// `kubectl describe TYPE [NAME...]` (TYPE/NAME too) for deployments, replicasets,
// replicationcontrollers, pods, services and nodes: the describers of describe-deployment.ts,
// describe-replicaset.ts, describe-replication-controller.ts, describe-pod.ts, describe-service.ts and
// describe-node.ts. Returns false for other kinds so the general describe command can handle them.
// Models staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go → DescribeOptions.Run (no name:
// every object of the type, outputs joined by a blank line, `No resources found in %s namespace.`
// when there is none; errors as `Error from server (NotFound): ...`) and DescribeMatchingResources
// (`TYPE NAME` with no such object describes the objects whose name starts with NAME).
import type { KubeObject } from '../../apimachinery/object.ts';
import { isStatusError } from '../../api/errors.ts';
import type { KubectlContext } from '../kubectl-context.ts';
import type { Invocation, Output } from './command.ts';
import { reportErrors } from './apply.ts';
import { describeDeployment } from './describe-deployment.ts';
import { describeNode } from './describe-node.ts';
import { describePod } from './describe-pod.ts';
import { describeReplicaSet } from './describe-replicaset.ts';
import { describeReplicationController } from './describe-replication-controller.ts';
import { describeService } from './describe-service.ts';
import { splitTypeName } from './rollout-args.ts';

type Describer = (ctx: KubectlContext, obj: never) => string;
interface Kind { resource: string; namespaced: boolean; describe: Describer }

const NODES: Kind = { resource: 'nodes', namespaced: false, describe: describeNode as Describer };
const SERVICES: Kind = { resource: 'services', namespaced: true, describe: describeService as Describer };
const DEPLOYMENTS: Kind = { resource: 'deployments', namespaced: true, describe: describeDeployment as Describer };
const REPLICA_SETS: Kind = { resource: 'replicasets', namespaced: true, describe: describeReplicaSet as Describer };
const RCS: Kind = { resource: 'replicationcontrollers', namespaced: true, describe: describeReplicationController as Describer };
const PODS: Kind = { resource: 'pods', namespaced: true, describe: describePod as Describer };

const KINDS: Record<string, Kind> = {
  node: NODES, nodes: NODES, no: NODES,
  service: SERVICES, services: SERVICES, svc: SERVICES,
  deployment: DEPLOYMENTS, deployments: DEPLOYMENTS, deploy: DEPLOYMENTS, 'deployment.apps': DEPLOYMENTS,
  replicaset: REPLICA_SETS, replicasets: REPLICA_SETS, rs: REPLICA_SETS, 'replicaset.apps': REPLICA_SETS,
  replicationcontroller: RCS, replicationcontrollers: RCS, rc: RCS,
  pod: PODS, pods: PODS, po: PODS,
};

function listed(ctx: KubectlContext, kind: Kind, namespace: string): KubeObject[] {
  const items = ctx.client.list<KubeObject>(kind.resource, kind.namespaced ? { namespace } : {}).items;
  return [...items].sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));
}

/** Describes what `TYPE [NAME...]` / `TYPE/NAME` names; errors are printed as CheckErr would. */
export function describeWorkload(inv: Invocation, out: Output): boolean {
  const { resource: type, name, rest } = splitTypeName(inv.args);
  const kind = KINDS[type ?? ''];
  if (kind === undefined) return false;
  const describe = (o: KubeObject): string => kind.describe(inv.kube, o as never);
  if (name === undefined) {
    const all = listed(inv.kube, kind, inv.namespace);
    if (all.length === 0) out.warn(`No resources found in ${inv.namespace} namespace.\n`);
    else out.print(all.map(describe).join('\n\n'));
    return true;
  }
  const names = [name, ...rest];
  const outputs: string[] = [];
  const errors: unknown[] = [];
  for (const n of names) {
    try {
      outputs.push(describe(inv.kube.client.get<KubeObject>(kind.resource, kind.namespaced ? inv.namespace : '', n)));
    } catch (e) {
      errors.push(e);
    }
  }
  // `kubectl describe TYPE NAME` (two arguments) falls back to the objects named NAME*.
  const typeThenName = names.length === 1 && !(inv.args[0] ?? '').includes('/');
  if (typeThenName && errors.some((e) => isStatusError(e, 'NotFound'))) {
    const matching = listed(inv.kube, kind, inv.namespace).filter((o) => (o.metadata.name ?? '').startsWith(name));
    if (matching.length > 0) { out.print(matching.map((o) => `${describe(o)}\n`).join('')); return true; }
  }
  out.print(outputs.join('\n\n'));
  reportErrors(out, errors);
  return true;
}
