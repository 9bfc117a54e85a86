// utilerrors aggregate.Error: distinct messages once, in order; one bare, several bracketed.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { aggregate } from './field-error.ts';

test('one message as is, several in brackets, a repeat once, none empty', () => {
  expect(aggregate(['a: Required value'])).toBe('a: Required value');
  expect(aggregate(['a', 'b'])).toBe('[a, b]');
  expect(aggregate(['a', 'b', 'a'])).toBe('[a, b]');
  expect(aggregate(['a', 'a'])).toBe('a');
  expect(aggregate([])).toBe('');
});

test('property: the text lists the distinct messages in first-seen order', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('x', 'y', 'z: w'), { minLength: 1, maxLength: 8 }), (msgs) => {
    const distinct = msgs.filter((m, i) => msgs.indexOf(m) === i);
    expect(aggregate(msgs)).toBe(distinct.length === 1 ? distinct[0] : `[${distinct.join(', ')}]`);
  }));
});
