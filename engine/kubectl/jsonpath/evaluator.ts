// Evaluation of a parsed JSONPath template against a JSON value.
// Models staging/src/k8s.io/client-go/util/jsonpath/jsonpath.go → FindResults, walk, evalField,
// evalArray, evalFilter, evalWildcard, evalRecursive, evalUnion, evalIdentifier. `undefined` stands
// for Go's invalid reflect.Value (the nil data a range with no items walks its body with).
// Deterministic choice: Go visits map entries in random order for `*` and `..`; we visit keys sorted.
// Left out: struct field lookup by json tag (the input here is always unstructured JSON).
import type { JsonPathNode, ListNode } from './ast.ts';
import { compare } from './compare.ts';
import { isJsonObject } from '../../apimachinery/object.ts';
import { goPrint, goTypeName } from './go-format.ts';
import { goSortedKeys } from '../../apimachinery/go-string-order.ts';

type Walked = [values: unknown[], error: string | undefined];

interface RangeState {
  beginRange: number;
  inRange: number;
  endRange: number;
  lastEndNode: number;
  allowMissingKeys: boolean;
}

/** The result sets of a template, one per top-level node (FindResults). Throws Error on failure. */
export function findResults(root: ListNode, data: unknown, allowMissingKeys: boolean): unknown[][] {
  const st: RangeState = { beginRange: 0, inRange: 0, endRange: 0, lastEndNode: -1, allowMissingKeys };
  return findFrom(root.nodes, 0, data, st);
}

function findFrom(nodes: JsonPathNode[], from: number, data: unknown, st: RangeState): unknown[][] {
  const cur = [data];
  const full: unknown[][] = [];
  for (let i = from; i < nodes.length; i++) {
    const [results, err] = walk(cur, nodes[i] as JsonPathNode, st);
    if (err !== undefined) throw new Error(err);
    // An end node breaks the current block.
    if (st.endRange > 0 && st.endRange <= st.inRange) {
      st.endRange--;
      st.lastEndNode = i;
      break;
    }
    // A range node runs the rest of the template once per result; an empty range still walks it
    // once (with no data) so that the position advances to its end node.
    if (st.beginRange > 0) {
      st.beginRange--;
      st.inRange++;
      if (results.length > 0) for (const value of results) full.push(...findFrom(nodes, i + 1, value, st));
      else findFrom(nodes, i + 1, undefined, st);
      st.inRange--;
      // Fast forward past the most recent end node.
      for (let k = i + 1; k < nodes.length; k++) if (k === st.lastEndNode) { i = k; break; }
      continue;
    }
    full.push(results);
  }
  return full;
}

function walk(input: unknown[], node: JsonPathNode, st: RangeState): Walked {
  switch (node.kind) {
    case 'list': return evalList(input, node, st);
    case 'text': return [[node.text], undefined];
    case 'field': return evalField(input, node.name, st);
    case 'array': return evalArray(input, node);
    case 'filter': return evalFilter(input, node, st);
    case 'int': case 'float': case 'bool': return [input.map(() => node.value), undefined];
    case 'wildcard': return [input.flatMap((v) => children(v)), undefined];
    case 'recursive': return [evalRecursive(input), undefined];
    case 'union': return evalUnion(input, node.nodes, st);
    case 'identifier': return evalIdentifier(input, node.name, st);
  }
}

function evalList(input: unknown[], node: ListNode, st: RangeState): Walked {
  let cur = input;
  for (const n of node.nodes) {
    const [values, err] = walk(cur, n, st);
    cur = values;
    if (err !== undefined) return [cur, err];
  }
  return [cur, undefined];
}

function evalIdentifier(input: unknown[], name: string, st: RangeState): Walked {
  if (name === 'range') { st.beginRange++; return [input, undefined]; }
  if (name === 'end') {
    if (st.inRange > 0) { st.endRange++; return [[], undefined]; }
    return [[], 'not in range, nothing to end'];
  }
  return [input, `unrecognized identifier ${name}`];
}

function evalField(input: unknown[], name: string, st: RangeState): Walked {
  if (input.length === 0) return [[], undefined];
  const results: unknown[] = [];
  for (const v of input) {
    if (isJsonObject(v) && Object.prototype.hasOwnProperty.call(v, name)) results.push(v[name]);
  }
  if (results.length === 0 && !st.allowMissingKeys) return [[], `${name} is not found`];
  return [results, undefined];
}

function evalArray(input: unknown[], node: Extract<JsonPathNode, { kind: 'array' }>): Walked {
  const result: unknown[] = [];
  for (const value of input) {
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) return [input, `${goTypeName(value)} is not array or slice`];
    const len = value.length;
    const [p0, p1, p2] = node.params;
    let start = p0.known ? p0.value : 0;
    if (start < 0) start += len;
    let end = p1.known ? p1.value : len;
    if (end < 0 || (end === 0 && p1.derived)) end += len;
    if (end === start) return [result, undefined]; // zero elements requested: allowed through
    if (start >= len || start < 0) return [input, `array index out of bounds: index ${start}, length ${len}`];
    if (end > len || end < 0) return [input, `array index out of bounds: index ${end - 1}, length ${len}`];
    if (start > end) return [input, `starting index ${start} is greater than ending index ${end}`];
    let step = 1;
    if (p2.known) {
      if (p2.value <= 0) return [input, 'step must be > 0'];
      step = p2.value;
    }
    for (let i = start; i < end; i += step) result.push(value[i]);
  }
  return [result, undefined];
}

function evalUnion(input: unknown[], lists: ListNode[], st: RangeState): Walked {
  const result: unknown[] = [];
  for (const list of lists) {
    const [values, err] = evalList(input, list, st);
    if (err !== undefined) return [input, err];
    result.push(...values);
  }
  return [result, undefined];
}

/** The elements a wildcard yields: map values, array items, a string's UTF-8 bytes. */
function children(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isJsonObject(v)) return goSortedKeys(v).map((k) => v[k]);
  if (typeof v === 'string') return [...new TextEncoder().encode(v)];
  return [];
}

function evalRecursive(input: unknown[]): unknown[] {
  const result: unknown[] = [];
  for (const value of input) {
    if (value === null || value === undefined) continue;
    const kids = children(value);
    if (kids.length !== 0) result.push(value, ...evalRecursive(kids));
  }
  return result;
}

function evalFilter(input: unknown[], node: Extract<JsonPathNode, { kind: 'filter' }>, st: RangeState): Walked {
  const results: unknown[] = [];
  for (const value of input) {
    if (!Array.isArray(value)) {
      const shown = value === undefined ? '<invalid reflect.Value>' : goPrint(value);
      return [input, `${shown} is not array or slice and cannot be filtered`];
    }
    for (const item of value) {
      const [lefts, lerr] = evalList([item], node.left, st);
      if (node.operator === 'exists') { if (lefts.length > 0) results.push(item); continue; }
      if (lerr !== undefined) return [input, lerr];
      if (lefts.length === 0) continue;
      if (lefts.length > 1) return [input, 'can only compare one element at a time'];
      const [rights, rerr] = evalList([item], node.right, st);
      if (rerr !== undefined) return [input, rerr];
      if (rights.length === 0) continue;
      if (rights.length > 1) return [input, 'can only compare one element at a time'];
      try {
        if (compare(node.operator, lefts[0], rights[0])) results.push(item);
      } catch (e) {
        return [results, (e as Error).message];
      }
    }
  }
  return [results, undefined];
}
