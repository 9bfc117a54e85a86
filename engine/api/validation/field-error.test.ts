// field.Error rendering (types, quoting, Stringer values, paths) and the ToAggregate rules:
// one error bare, several bracketed, duplicates dropped.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import {
  aggregateMessage, duplicate, errorString, forbidden, goValue, immutable, invalid,
  notSupported, required, tooLong, tooMany,
} from './field-error.ts';
import { path } from './field-path.ts';

describe('field errors render like field/errors.go', () => {
  const cases: Array<[string, ReturnType<typeof invalid>, string]> = [
    ['invalid number', invalid('spec.replicas', -1, 'must be greater than or equal to 0'), 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    ['invalid string is quoted', invalid('metadata.name', 'Web', 'bad'), 'metadata.name: Invalid value: "Web": bad'],
    ['required without detail', required('spec.containers'), 'spec.containers: Required value'],
    ['required with detail', required('metadata.name', 'name or generateName is required'), 'metadata.name: Required value: name or generateName is required'],
    ['unsupported lists quoted values', notSupported('spec.containers[0].imagePullPolicy', 'Foo', ['Always', 'IfNotPresent', 'Never']),
      'spec.containers[0].imagePullPolicy: Unsupported value: "Foo": supported values: "Always", "IfNotPresent", "Never"'],
    ['duplicate', duplicate('spec.ports[1]', goValue('core.ServicePort{Name:"http"}')), 'spec.ports[1]: Duplicate value: core.ServicePort{Name:"http"}'],
    ['forbidden hides the value', forbidden('spec', 'updates are forbidden'), 'spec: Forbidden: updates are forbidden'],
    ['too long hides the value', tooLong('metadata.annotations', 'x', 262144), 'metadata.annotations: Too long: must have at most 262144 bytes'],
    ['too many shows the count', tooMany('spec.containers', 3, 2), 'spec.containers: Too many: 3: must have at most 2 items'],
    ['immutable', immutable('spec.selector', goValue('v1.LabelSelector{}')), 'spec.selector: Invalid value: v1.LabelSelector{}: field is immutable'],
    ['null value', invalid('spec.x', null, 'bad'), 'spec.x: Invalid value: null: bad'],
    ['path builder', invalid(path('spec', 'containers').index(0).child('name'), 'A', 'x'), 'spec.containers[0].name: Invalid value: "A": x'],
    ['path key', invalid(path('metadata', 'labels').key('a b'), 'a b', 'x'), 'metadata.labels[a b]: Invalid value: "a b": x'],
  ];
  for (const [name, err, want] of cases) it(name, () => expect(errorString(err)).toBe(want));

  it('message is the body a Status cause carries', () => {
    const e = invalid('spec.replicas', -1, 'must be greater than or equal to 0');
    expect(e).toEqual({ type: 'FieldValueInvalid', field: 'spec.replicas', detail: 'must be greater than or equal to 0', message: 'Invalid value: -1: must be greater than or equal to 0' });
  });
});

describe('aggregateMessage', () => {
  const a = required('a');
  const b = required('b');
  it('one error is bare', () => expect(aggregateMessage([a])).toBe('a: Required value'));
  it('several are bracketed', () => expect(aggregateMessage([a, b])).toBe('[a: Required value, b: Required value]'));
  it('duplicates are dropped', () => expect(aggregateMessage([a, a])).toBe('a: Required value'));
  it('none is empty', () => expect(aggregateMessage([])).toBe(''));
  it('dedup never grows the list (property)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c')), (names) => {
      const msg = aggregateMessage(names.map((n) => required(n)));
      const distinct = new Set(names).size;
      if (distinct === 0) return msg === '';
      if (distinct === 1) return !msg.startsWith('[');
      return msg.split(', ').length === distinct;
    }));
  });
});
