// Tests the step reference rendering in each format, sorted and filtered.
import { test } from 'node:test';
import { expect } from 'expect';
import { renderStepReference, type StepEntry } from './step-reference.ts';

const ENTRIES: StepEntry[] = [
  { pattern: 'the deployment {string} has {int} available replicas', description: 'Waits until availableReplicas equals N.',
    example: 'Then the deployment "web" has 4 available replicas', file: 'steps/workloads.steps.ts' },
  { pattern: 'a cluster with {int} nodes', description: 'Starts a cluster.', example: 'Given a cluster with 3 nodes',
    file: 'steps/cluster.steps.ts' },
];

test('text groups by file, sorted', () => {
  expect(renderStepReference(ENTRIES, 'text')).toBe([
    'steps/cluster.steps.ts',
    '  a cluster with {int} nodes', '      Starts a cluster.', '      e.g. Given a cluster with 3 nodes', '',
    'steps/workloads.steps.ts',
    '  the deployment {string} has {int} available replicas', '      Waits until availableReplicas equals N.',
    '      e.g. Then the deployment "web" has 4 available replicas', '',
  ].join('\n'));
});

test('markdown and filter', () => {
  expect(renderStepReference(ENTRIES, 'markdown', 'cluster with')).toBe(
    '## steps/cluster.steps.ts\n\n- **`a cluster with {int} nodes`** — Starts a cluster.\n  Example: `Given a cluster with 3 nodes`\n');
  expect(renderStepReference(ENTRIES, 'text', 'nothing matches')).toBe('No steps found.\n');
});

test('json keeps every field', () => {
  expect(JSON.parse(renderStepReference(ENTRIES, 'json'))).toEqual([ENTRIES[1], ENTRIES[0]]);
});

test('multi-line examples stay indented (text) and fenced (markdown)', () => {
  const table: StepEntry = { pattern: 'nodes:', description: 'Nodes from a table.', example: 'Given nodes:\n  | name |\n  | n1 |', file: 'steps/c.steps.ts' };
  expect(renderStepReference([table], 'text')).toBe(
    'steps/c.steps.ts\n  nodes:\n      Nodes from a table.\n      e.g. Given nodes:\n             | name |\n             | n1 |\n');
  expect(renderStepReference([table], 'markdown')).toBe(
    '## steps/c.steps.ts\n\n- **`nodes:`** — Nodes from a table.\n  Example:\n\n  ```gherkin\n  Given nodes:\n    | name |\n    | n1 |\n  ```\n');
});
