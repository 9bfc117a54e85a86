// Steps that build the cluster and move virtual time.
import type { DataTable } from '@cucumber/cucumber';
import { defineStep } from './support/define.ts';
import { nodeFromRow } from './support/node-table.ts';
import type { KubespecWorld } from './support/world.ts';

defineStep({
  pattern: 'a cluster with {int} node(s)',
  description: 'Nodes node-1 … node-N, Ready, each with 4 CPU, 16Gi memory and room for 110 pods.',
  example: 'Given a cluster with 3 nodes',
}, function (this: KubespecWorld, count: number) {
  for (let i = 1; i <= count; i++) this.cluster.addNode({ name: `node-${i}` });
});

defineStep({
  pattern: 'a cluster with nodes:',
  description: 'Nodes from a table with columns name, cpu, memory, pods, labels (k=v,k2=v2) and taints (key=value:Effect,...); absent columns take the defaults.',
  example: 'Given a cluster with nodes:\n  | name   | cpu | memory | labels        | taints                 |\n  | node-1 | 2   | 8Gi    | disk=ssd      |                        |\n  | node-2 | 4   | 16Gi   |               | dedicated=db:NoSchedule |',
}, function (this: KubespecWorld, table: DataTable) {
  for (const row of table.hashes()) this.cluster.addNode(nodeFromRow(row));
});

defineStep({
  pattern: 'kube-controller-manager runs with --controllers={string}',
  description: 'Chooses the controllers that run, as the flag does: a comma-separated list of names (`deployment-controller`, `replicaset-controller`, `garbage-collector-controller`, ...), `*` for all, `-name` to leave one out; must come before the cluster is built.',
  example: 'Given kube-controller-manager runs with --controllers="*,-garbage-collector-controller"',
}, function (this: KubespecWorld, list: string) {
  if (this.hasCluster()) throw new Error('"kube-controller-manager runs with --controllers=..." must come before the cluster is built (before "Given a cluster with ...")');
  // pflag's StringSlice: comma-separated values, none trimmed; an empty flag is an empty list.
  this.controllers = list === '' ? [] : list.split(',');
});

for (const flag of ['enable', 'disable'] as const) {
  defineStep({
    pattern: `kube-apiserver runs with --${flag}-admission-plugins={string}`,
    description: flag === 'disable'
      ? 'Turns admission plugins off, as the flag does: a comma-separated list of plugin names (`ResourceQuota`, `LimitRanger`, `ServiceAccount`, `Priority`, `DefaultTolerationSeconds`, `NamespaceLifecycle`, ...); the rest of the default chain still runs, in its order; must come before the cluster is built.'
      : 'Turns admission plugins on beyond the default set, as the flag does; a plugin kubespec does not simulate is refused; must come before the cluster is built.',
    example: `Given kube-apiserver runs with --${flag}-admission-plugins="${flag === 'disable' ? 'ResourceQuota' : 'LimitRanger'}"`,
  }, function (this: KubespecWorld, list: string) {
    if (this.hasCluster()) throw new Error(`"kube-apiserver runs with --${flag}-admission-plugins=..." must come before the cluster is built (before "Given a cluster with ...")`);
    // pflag's StringSlice, as for --controllers.
    this.admissionPlugins[flag] = list === '' ? [] : list.split(',');
  });
}

defineStep({
  pattern: 'the cluster settles',
  description: 'Advances virtual time until no controller, scheduler or kubelet work is pending (heartbeats, probes and back-off retries do not count), within 10 minutes of virtual time; fails naming what is still changing.',
  example: 'When the cluster settles',
}, function (this: KubespecWorld) {
  this.cluster.settle();
});

defineStep({
  pattern: '{duration} pass(es)',
  description: 'Advances virtual time by the duration, running everything that falls due on the way.',
  example: 'When 30 seconds pass',
}, function (this: KubespecWorld, durationMs: number) {
  this.cluster.advance(durationMs);
});
