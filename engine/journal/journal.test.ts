import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { Journal, serializeEntry } from './journal.ts';

test('entries serialize with the fixed key order, absent fields left out', () => {
  const journal = new Journal(() => 1500, 'features/x.feature:3');
  journal.record({ component: 'kubectl', verb: 'create', kind: 'Pod', namespace: 'default', name: 'web', rv: '7', detail: { phase: 'Pending' } });
  expect(journal.toNdjson()).toBe('{"t":1500,"time":"2025-01-01T00:00:01Z","scenario":"features/x.feature:3","component":"kubectl","verb":"create","kind":"Pod","namespace":"default","name":"web","rv":"7","detail":{"phase":"Pending"}}\n');
});

test('property: a serialized entry is the JSON of its fields in key order', () => {
  const entry = fc.record({
    t: fc.nat(), time: fc.string(), scenario: fc.string(), component: fc.string(), verb: fc.constantFrom('create', 'event'),
    kind: fc.option(fc.string(), { nil: undefined }), name: fc.option(fc.string(), { nil: undefined }),
    message: fc.option(fc.string(), { nil: undefined }), detail: fc.option(fc.dictionary(fc.string(), fc.integer()), { nil: undefined }),
  });
  fc.assert(fc.property(entry, (e) => {
    const ordered: Record<string, unknown> = {};
    for (const k of ['t', 'time', 'scenario', 'component', 'verb', 'kind', 'namespace', 'name', 'rv', 'reason', 'message', 'type', 'detail'] as const) {
      if ((e as Record<string, unknown>)[k] !== undefined) ordered[k] = (e as Record<string, unknown>)[k];
    }
    expect(serializeEntry(e as never)).toBe(`${JSON.stringify(ordered)}\n`);
  }), { seed: 4 });
});
