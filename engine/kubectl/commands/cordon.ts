// `kubectl cordon NODE` / `kubectl uncordon NODE`: sets or clears spec.unschedulable.
// Models staging/src/k8s.io/kubectl/pkg/cmd/drain/drain.go → RunCordonOrUncordon (prints
// `node/NAME cordoned`, `uncordoned`, or `already cordoned|uncordoned` when nothing changes) and
// pkg/drain/cordon.go → CordonHelper.PatchOrReplace (a strategic merge patch of spec.unschedulable).
// Left out: --selector, --dry-run.
import type { Node } from 'kubernetes-types/core/v1.js';
import type { Invocation, KubectlCommand, Output } from './command.ts';
import { KubectlError } from './command.ts';

function runCordon(inv: Invocation, out: Output, desired: boolean): void {
  const verb = desired ? 'cordon' : 'uncordon';
  if (inv.args.length === 0) throw new KubectlError('error: USAGE: ' + verb + ' NODE [flags]\nSee \'kubectl ' + verb + ' -h\' for help and examples');
  for (const arg of inv.args) {
    const name = arg.replace(/^(nodes?|no)\//, '');
    const node = inv.kube.client.get<Node>('nodes', '', name);
    if ((node.spec?.unschedulable ?? false) === desired) {
      out.print(`node/${name} already ${verb}ed\n`);
      continue;
    }
    inv.kube.client.patch('nodes', '', name, 'strategic', { spec: { unschedulable: desired ? true : null } });
    out.print(`node/${name} ${verb}ed\n`);
  }
}

export const cordonCommand: KubectlCommand = { name: 'cordon', flags: [], run: (inv, out) => runCordon(inv, out, true) };
export const uncordonCommand: KubectlCommand = { name: 'uncordon', flags: [], run: (inv, out) => runCordon(inv, out, false) };
