// `kubectl describe deployment|replicaset|pod|service|node NAME` (TYPE/NAME too): the describers of
// describe-deployment.ts, describe-replicaset.ts, describe-pod.ts and describe-service.ts.
// Returns undefined for other kinds so the general describe command can handle them.
// Models staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go (one object by name; errors as
// `Error from server (NotFound): deployments.apps "x" not found`).
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1.js';
import type { Service } from 'kubernetes-types/core/v1.js';
import { isStatusError } from '../../api/errors.ts';
import type { KubectlContext, KubectlResult } from '../kubectl-context.ts';
import type { Pod } from 'kubernetes-types/core/v1.js';
import { describePod } from './describe-pod.ts';
import { describeDeployment } from './describe-deployment.ts';
import { describeReplicaSet } from './describe-replicaset.ts';
import { describeService } from './describe-service.ts';
import { describeNode } from './describe-node.ts';
import type { Node } from 'kubernetes-types/core/v1.js';
import { ok, parseWorkloadArgs } from './rollout-args.ts';

const KINDS: Record<string, 'deployments' | 'replicasets' | 'pods' | 'services' | 'nodes'> = {
  node: 'nodes', nodes: 'nodes', no: 'nodes',
  service: 'services', services: 'services', svc: 'services',
  deployment: 'deployments', deployments: 'deployments', deploy: 'deployments', 'deployment.apps': 'deployments',
  replicaset: 'replicasets', replicasets: 'replicasets', rs: 'replicasets', 'replicaset.apps': 'replicasets',
  pod: 'pods', pods: 'pods', po: 'pods',
};

export function describeWorkload(ctx: KubectlContext, argv: readonly string[]): KubectlResult | undefined {
  const args = parseWorkloadArgs(argv);
  const resource = KINDS[args.resource ?? ''];
  if (resource === undefined || !args.name) return undefined;
  try {
    if (resource === 'nodes') return ok(describeNode(ctx, ctx.client.get<Node>('nodes', '', args.name)));
    if (resource === 'pods') return ok(describePod(ctx, ctx.client.get<Pod>('pods', args.namespace, args.name)));
    if (resource === 'services') return ok(describeService(ctx, ctx.client.get<Service>('services', args.namespace, args.name)));
    if (resource === 'deployments') return ok(describeDeployment(ctx, ctx.client.get<Deployment>('deployments', args.namespace, args.name)));
    return ok(describeReplicaSet(ctx, ctx.client.get<ReplicaSet>('replicasets', args.namespace, args.name)));
  } catch (e) {
    if (isStatusError(e)) return { stdout: '', stderr: `Error from server (${e.reason}): ${e.message}\n`, exitCode: 1 };
    throw e;
  }
}
