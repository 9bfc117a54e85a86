// The ReplicaSets a Deployment controls, as kubectl finds them (deploymentutil.GetAllReplicaSets
// in staging/src/k8s.io/kubectl/pkg/util/deployment/deployment.go): same namespace, a controller
// ownerReference with the Deployment's UID.
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { KubectlContext } from '../kubectl-context.ts';

export function ownedReplicaSets(ctx: KubectlContext, d: Deployment): ReplicaSet[] {
  const uid = d.metadata?.uid;
  return ctx.client.list<ReplicaSet>('replicasets', { namespace: d.metadata?.namespace ?? 'default' }).items
    .filter((rs) => rs.metadata?.ownerReferences?.some((r) => r.controller === true && r.uid === uid));
}
