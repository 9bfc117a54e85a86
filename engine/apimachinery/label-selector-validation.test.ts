import { test } from 'node:test';
import { expect } from 'expect';
import { validateLabels, validateLabelSelector } from './label-selector-validation.ts';

const VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

test('a valid selector has no errors; nil has none either', () => {
  expect(validateLabelSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['a'] }] }, 'spec.selector')).toEqual([]);
  expect(validateLabelSelector(undefined, 'spec.selector')).toEqual([]);
});

test('In without values is required; Exists with values is forbidden; unknown operators are invalid', () => {
  const errs = validateLabelSelector({
    matchExpressions: [
      { key: 'a', operator: 'In' },
      { key: 'b', operator: 'Exists', values: ['x'] },
      { key: 'c', operator: 'Gt', values: ['1'] },
    ],
  }, 'spec.selector');
  expect(errs).toEqual([
    { type: 'FieldValueRequired', field: 'spec.selector.matchExpressions[0].values',
      message: "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'" },
    { type: 'FieldValueForbidden', field: 'spec.selector.matchExpressions[1].values',
      message: "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'" },
    { type: 'FieldValueInvalid', field: 'spec.selector.matchExpressions[2].operator',
      message: 'spec.selector.matchExpressions[2].operator: Invalid value: "Gt": not a valid selector operator' },
  ]);
});

test('label maps report keys and values in key order', () => {
  expect(validateLabels({ z: '-bad', 'a b': 'ok' }, 'metadata.labels').map((e) => e.message)).toEqual([
    "metadata.labels: Invalid value: \"a b\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    `metadata.labels: Invalid value: "-bad": ${VALUE_MSG}`,
  ]);
  expect(validateLabelSelector({ matchExpressions: [{ key: 'k', operator: 'In', values: ['ok', '-no'] }] }, 's')[0]?.message).toBe(
    `s.matchExpressions[0].values[1]: Invalid value: "-no": ${VALUE_MSG}`,
  );
});
