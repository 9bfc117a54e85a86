// `kubectl describe deployment|replicaset|replicationcontroller|pod|service|node NAME` (TYPE/NAME too):
// the describers of describe-deployment.ts, describe-replicaset.ts, describe-replication-controller.ts,
// describe-pod.ts, describe-service.ts and describe-node.ts.
// Returns false for other kinds (or no name) so the general describe command can handle them.
// Models staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go (one object by name; errors as
// `Error from server (NotFound): deployments.apps "x" not found`).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { ReplicationController, Service } from 'kubernetes-types/core/v1.js';
import type { Invocation, Output } from './command.ts';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { describePod } from './describe-pod.ts';
import { describeDeployment } from './describe-deployment.ts';
import { describeReplicaSet } from './describe-replicaset.ts';
import { describeReplicationController } from './describe-replication-controller.ts';
import { describeService } from './describe-service.ts';
import { describeNode } from './describe-node.ts';
import type { Node } from 'kubernetes-types/core/v1.js';
import { splitTypeName } from './rollout-args.ts';

const KINDS: Record<string, 'deployments' | 'replicasets' | 'replicationcontrollers' | 'pods' | 'services' | 'nodes'> = {
  node: 'nodes', nodes: 'nodes', no: 'nodes',
  service: 'services', services: 'services', svc: 'services',
  deployment: 'deployments', deployments: 'deployments', deploy: 'deployments', 'deployment.apps': 'deployments',
  replicaset: 'replicasets', replicasets: 'replicasets', rs: 'replicasets', 'replicaset.apps': 'replicasets',
  replicationcontroller: 'replicationcontrollers', replicationcontrollers: 'replicationcontrollers', rc: 'replicationcontrollers',
  pod: 'pods', pods: 'pods', po: 'pods',
};

/** Describes the object `TYPE NAME` / `TYPE/NAME` names; a NotFound is thrown for CheckErr to print. */
export function describeWorkload(inv: Invocation, out: Output): boolean {
  const { resource: type, name } = splitTypeName(inv.args);
  const resource = KINDS[type ?? ''];
  if (resource === undefined || !name) return false;
  const { client } = inv.kube;
  const ns = inv.namespace;
  if (resource === 'nodes') out.print(describeNode(inv.kube, client.get<Node>('nodes', '', name)));
  else if (resource === 'pods') out.print(describePod(inv.kube, client.get<Pod>('pods', ns, name)));
  else if (resource === 'services') out.print(describeService(inv.kube, client.get<Service>('services', ns, name)));
  else if (resource === 'deployments') out.print(describeDeployment(inv.kube, client.get<Deployment>('deployments', ns, name)));
  else if (resource === 'replicationcontrollers') out.print(describeReplicationController(inv.kube, client.get<ReplicationController>('replicationcontrollers', ns, name)));
  else out.print(describeReplicaSet(inv.kube, client.get<ReplicaSet>('replicasets', ns, name)));
  return true;
}
