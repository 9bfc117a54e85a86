// `kubectl describe TYPE [NAME]` (or TYPE/NAME): one command dispatching by kind to the describers —
// deployment, replicaset, replicationcontroller, pod, service, node (describe-workload.ts),
// quota/resourcequota and limits/limitrange (describe-policy-objects.ts).
// Models staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go → NewCmdDescribe / DescribeOptions.Run.
// Left out: -l, -f, --all-namespaces, --show-events.
import type { KubectlCommand } from './command.ts';
import { KubectlError } from './command.ts';
import { POLICY_DESCRIBERS } from './describe-policy-objects.ts';
import { describeWorkload } from './describe-workload.ts';
import { splitTypeName } from './rollout-args.ts';

export const describeCommand: KubectlCommand = {
  name: 'describe',
  flags: [],
  run(inv, out) {
    const { resource: type = '', name } = splitTypeName(inv.args);
    const policy = POLICY_DESCRIBERS.get(type);
    if (policy) { policy(inv, out, name); return; }
    if (describeWorkload(inv, out)) return;
    if (type === '') throw new KubectlError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
    throw new KubectlError(`the server doesn't have a resource type "${type}"`);
  },
};
