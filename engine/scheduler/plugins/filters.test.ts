// Table tests for the filter side of every default plugin: named cases, exact status codes and reasons.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import { filterOne } from '../framework/plugin-helpers.ts';
import type { FilterPlugin } from '../framework/interfaces.ts';
import { newNodeInfo } from '../framework/node-info.ts';
import type { Status } from '../framework/status.ts';
import { makeNode, makePod, type NodeSpecLite, type PodSpecLite } from '../test-fixtures.ts';
import { nodeAffinity } from './node-affinity.ts';
import { nodeName } from './node-name.ts';
import { nodePorts } from './node-ports.ts';
import { nodeResourcesFit } from './node-resources-fit.ts';
import { nodeUnschedulable } from './node-unschedulable.ts';
import { taintToleration } from './taint-toleration.ts';

interface Case { name: string; pod: PodSpecLite; node?: NodeSpecLite; existing?: PodSpecLite[]; want: Pick<Status, 'code' | 'reasons'> }

const OK = { code: 'Success', reasons: [] } as const;
const CP_TAINT = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const };

function run(plugin: FilterPlugin, cases: Case[]): void {
  describe(plugin.name, () => {
    for (const c of cases) {
      it(c.name, () => {
        const node = makeNode('node-1', c.node ?? {});
        const info = newNodeInfo(node, (c.existing ?? []).map((p, i) => makePod(`existing-${i}`, { ...p, nodeName: 'node-1' })));
        const got = filterOne(plugin, makePod('web', c.pod), info);
        expect({ code: got.code, reasons: got.reasons }).toEqual(c.want);
      });
    }
  });
}

run(nodeUnschedulable, [
  { name: 'schedulable node accepts any pod', pod: {}, want: OK },
  { name: 'cordoned node rejects a pod', pod: {}, node: { unschedulable: true },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) were unschedulable'] } },
  { name: 'cordoned node accepts a pod tolerating the unschedulable taint', node: { unschedulable: true },
    pod: { tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] }, want: OK },
]);

run(nodeName, [
  { name: 'no nodeName fits', pod: {}, want: OK },
  { name: 'matching nodeName fits', pod: { nodeName: 'node-1' }, want: OK },
  { name: 'other nodeName does not fit', pod: { nodeName: 'node-2' },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ["node(s) didn't match the requested node name"] } },
]);

run(taintToleration, [
  { name: 'untainted node', pod: {}, want: OK },
  { name: 'control-plane taint with empty value', pod: {}, node: { taints: [CP_TAINT] },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'] } },
  { name: 'NoExecute taint with value', pod: {}, node: { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {dedicated: gpu}'] } },
  { name: 'PreferNoSchedule taint does not filter', pod: {}, node: { taints: [{ key: 'soft', effect: 'PreferNoSchedule' }] }, want: OK },
  { name: 'Equal toleration with matching value', node: { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] },
    pod: { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }] }, want: OK },
  { name: 'Equal toleration with another value', node: { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] },
    pod: { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'cpu', effect: 'NoSchedule' }] },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {dedicated: gpu}'] } },
  { name: 'Exists toleration without key tolerates everything', node: { taints: [CP_TAINT] },
    pod: { tolerations: [{ operator: 'Exists' }] }, want: OK },
  { name: 'toleration for another effect does not help', node: { taints: [CP_TAINT] },
    pod: { tolerations: [{ key: CP_TAINT.key, operator: 'Exists', effect: 'NoExecute' }] },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }'] } },
  { name: 'first untolerated taint is reported', pod: { tolerations: [{ key: 'a', operator: 'Exists' }] },
    node: { taints: [{ key: 'a', effect: 'NoSchedule' }, { key: 'b', value: '1', effect: 'NoSchedule' }, { key: 'c', effect: 'NoSchedule' }] },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['node(s) had untolerated taint {b: 1}'] } },
]);

const AFFINITY_MISS = { code: 'UnschedulableAndUnresolvable', reasons: ["node(s) didn't match Pod's node affinity/selector"] } as const;
const required = (terms: object[]) => ({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } });
run(nodeAffinity, [
  { name: 'no selector fits', pod: {}, want: OK },
  { name: 'nodeSelector matches', pod: { nodeSelector: { disk: 'ssd' } }, node: { labels: { disk: 'ssd' } }, want: OK },
  { name: 'nodeSelector value differs', pod: { nodeSelector: { disk: 'ssd' } }, node: { labels: { disk: 'hdd' } }, want: AFFINITY_MISS },
  { name: 'nodeSelector label missing', pod: { nodeSelector: { disk: 'ssd' } }, want: AFFINITY_MISS },
  { name: 'In matches', pod: { affinity: required([{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'b'] }] }]) },
    node: { labels: { zone: 'b' } }, want: OK },
  { name: 'NotIn matches an absent label', pod: { affinity: required([{ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }]) }, want: OK },
  { name: 'DoesNotExist fails on a present label', pod: { affinity: required([{ matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }]) },
    node: { labels: { zone: 'a' } }, want: AFFINITY_MISS },
  { name: 'Gt compares integers', pod: { affinity: required([{ matchExpressions: [{ key: 'gen', operator: 'Gt', values: ['3'] }] }]) },
    node: { labels: { gen: '4' } }, want: OK },
  { name: 'Lt with a non-integer label fails', pod: { affinity: required([{ matchExpressions: [{ key: 'gen', operator: 'Lt', values: ['3'] }] }]) },
    node: { labels: { gen: 'x' } }, want: AFFINITY_MISS },
  { name: 'terms are ORed', node: { labels: { zone: 'c' } },
    pod: { affinity: required([{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, { matchExpressions: [{ key: 'zone', operator: 'In', values: ['c'] }] }]) }, want: OK },
  { name: 'empty term matches nothing', pod: { affinity: required([{}]) }, want: AFFINITY_MISS },
  { name: 'matchFields on metadata.name', pod: { affinity: required([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] }]) }, want: OK },
  { name: 'matchFields on another name', pod: { affinity: required([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-9'] }] }]) }, want: AFFINITY_MISS },
  { name: 'nodeSelector and affinity are ANDed', node: { labels: { zone: 'a' } },
    pod: { nodeSelector: { disk: 'ssd' }, affinity: required([{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }]) }, want: AFFINITY_MISS },
]);

const PORTS_MISS = { code: 'Unschedulable', reasons: ["node(s) didn't have free ports for the requested pod ports"] } as const;
run(nodePorts, [
  { name: 'no host ports', pod: {}, existing: [{ hostPort: 8080 }], want: OK },
  { name: 'free host port', pod: { hostPort: 8080 }, existing: [{ hostPort: 9090 }], want: OK },
  { name: 'host port in use', pod: { hostPort: 8080 }, existing: [{ hostPort: 8080 }], want: PORTS_MISS },
]);

run(nodeResourcesFit, [
  { name: 'fits in an empty node', pod: { cpu: '1', memory: '1Gi' }, want: OK },
  { name: 'best-effort pod only counts pods', pod: {}, node: { cpu: '0', memory: '0' }, want: OK },
  { name: 'insufficient cpu is resolvable by preemption', pod: { cpu: '2' }, node: { cpu: '4' }, existing: [{ cpu: '3' }],
    want: { code: 'Unschedulable', reasons: ['Insufficient cpu'] } },
  { name: 'request over the whole allocatable is unresolvable', pod: { cpu: '8' }, node: { cpu: '4' },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['Insufficient cpu'] } },
  { name: 'cpu and memory both reported', pod: { cpu: '2', memory: '6Gi' }, existing: [{ cpu: '3', memory: '4Gi' }],
    want: { code: 'Unschedulable', reasons: ['Insufficient cpu', 'Insufficient memory'] } },
  { name: 'ephemeral-storage', pod: { ephemeral: '2Gi' }, node: { ephemeral: '1Gi' },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['Insufficient ephemeral-storage'] } },
  { name: 'extended resource missing on the node', pod: { extended: { 'nvidia.com/gpu': '1' } },
    want: { code: 'UnschedulableAndUnresolvable', reasons: ['Insufficient nvidia.com/gpu'] } },
  { name: 'extended resource available', pod: { extended: { 'nvidia.com/gpu': '1' } }, node: { extended: { 'nvidia.com/gpu': '2' } }, want: OK },
  { name: 'too many pods', pod: { cpu: '100m' }, node: { pods: 1 }, existing: [{}],
    want: { code: 'Unschedulable', reasons: ['Too many pods'] } },
  { name: 'exactly full still fits', pod: { cpu: '1' }, node: { cpu: '4' }, existing: [{ cpu: '3' }], want: OK },
  { name: 'requests without stand-ins: best-effort pods take no cpu', pod: { cpu: '4' }, node: { cpu: '4' }, existing: [{}, {}], want: OK },
]);
