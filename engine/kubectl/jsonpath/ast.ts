// The node types of kubectl's JSONPath template language.
// Models staging/src/k8s.io/client-go/util/jsonpath/node.go (NodeText, NodeList, NodeField, NodeArray,
// NodeFilter, NodeInt, NodeFloat, NodeBool, NodeWildcard, NodeRecursive, NodeUnion, NodeIdentifier)
// as a discriminated union. Left out: the String() debug renderings of the Go nodes.

export interface SliceParam {
  value: number;
  known: boolean;
  /** The end of `[n]` is derived as n+1 (parser.go → parseArray). */
  derived: boolean;
}

export type JsonPathNode =
  | { kind: 'text'; text: string }
  | { kind: 'list'; nodes: JsonPathNode[] }
  | { kind: 'field'; name: string }
  | { kind: 'array'; params: [SliceParam, SliceParam, SliceParam] }
  | { kind: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'wildcard' }
  | { kind: 'recursive' }
  | { kind: 'union'; nodes: ListNode[] }
  | { kind: 'identifier'; name: string };

export type ListNode = { kind: 'list'; nodes: JsonPathNode[] };

export function newList(): ListNode {
  return { kind: 'list', nodes: [] };
}
