// `kubectl describe TYPE NAME` (or TYPE/NAME): one command dispatching by kind to the describers —
// deployment, replicaset, pod, service (describe-workload.ts), quota/resourcequota and
// limits/limitrange (describe-policy-objects.ts).
// Models staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go → NewCmdDescribe / DescribeOptions.Run.
// Left out: -l, -f, --all-namespaces, --show-events, describing every object of a workload kind.
import type { KubectlCommand } from './command.ts';
import { KubectlError } from './command.ts';
import { describePolicyCommands } from './describe-policy-objects.ts';
import { describeWorkload } from './describe-workload.ts';
import { invocationArgv, invocationParsedArgs, writeResult } from './legacy-argv.ts';

const POLICY = new Map(describePolicyCommands.map((c) => [c.words[1] ?? '', c]));

export const describeCommand: KubectlCommand = {
  name: 'describe',
  flags: [],
  run(inv, out) {
    const [first = '', ...rest] = inv.args;
    const slash = first.indexOf('/');
    const type = slash >= 0 ? first.slice(0, slash) : first;
    const policy = POLICY.get(type);
    if (policy) {
      const positional = slash >= 0 ? [first.slice(slash + 1), ...rest] : rest;
      writeResult(policy.run(inv.kube, invocationParsedArgs(inv, [], positional)), out);
      return;
    }
    const workload = describeWorkload(inv.kube, invocationArgv(inv, []));
    if (workload) { writeResult(workload, out); return; }
    if (type === '') throw new KubectlError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
    throw new KubectlError(`the server doesn't have a resource type "${type}"`);
  },
};
