// Conditions about Nodes: the status of one of their conditions (Ready, MemoryPressure...) as the
// kubelet or the node lifecycle controller left it, and the taints they carry (written
// `key[=value]:Effect`, as `kubectl describe node` lists them).
import type { Node, Taint } from 'kubernetes-types/core/v1';
import type { ConditionDefinition } from './condition.ts';

export const formatTaint = (t: Taint): string => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;

/** The node's taints in order, joined by ", "; `<none>` when it has none. */
export const taintList = (node: Node | undefined): string => (node?.spec?.taints ?? []).map(formatTaint).join(', ') || '<none>';

const nodeObjects = (name: string): string[] => [`Node/${name}`];

export const nodeConditions: ConditionDefinition[] = [
  {
    pattern: /^the (\w+) condition of node "([^"]+)" (?:is|was) (True|False|Unknown)$/,
    example: 'the Ready condition of node "node-2" is Unknown',
    evaluate(state, [type = '', name = '', status = '']) {
      const node = state.get<Node>('nodes', undefined, name);
      const c = node?.status?.conditions?.find((x) => x.type === type);
      return { holds: c?.status === status, observed: node ? (c ? `${type} ${c.status}` : `no ${type} condition`) : 'no such node', objects: nodeObjects(name) };
    },
  },
  {
    pattern: /^the taints of node "([^"]+)" (?:are|were) "([^"]*)"$/,
    example: 'the taints of node "node-2" are "<none>"',
    evaluate(state, [name = '', want = '']) {
      const node = state.get<Node>('nodes', undefined, name);
      const taints = taintList(node);
      return { holds: node !== undefined && taints === want, observed: node ? `taints ${taints}` : 'no such node', objects: nodeObjects(name) };
    },
  },
  {
    pattern: /^node "([^"]+)" (?:has|had) the taint "([^"]+)"$/,
    example: 'node "node-2" has the taint "node.kubernetes.io/unreachable:NoExecute"',
    evaluate(state, [name = '', taint = '']) {
      const node = state.get<Node>('nodes', undefined, name);
      const taints = (node?.spec?.taints ?? []).map(formatTaint);
      return { holds: taints.includes(taint), observed: node ? (taints.length > 0 ? `taints ${taints.join(', ')}` : 'no taints') : 'no such node', objects: nodeObjects(name) };
    },
  },
];
