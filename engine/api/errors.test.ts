// NewInvalid's message: the causes as errs.ToAggregate() prints them.
import { test } from 'node:test';
import { expect } from 'expect';
import { invalid } from './errors.ts';

const cause = (field: string, message: string) => ({ type: 'FieldValueRequired', field, message });
const apps = { group: 'apps', kind: 'Deployment' };

test('one cause bare, several bracketed, a repeated message once, none without a colon', () => {
  expect(invalid(apps, 'web', [cause('spec.selector', 'spec.selector: Required value')]).message)
    .toBe('Deployment.apps "web" is invalid: spec.selector: Required value');
  expect(invalid({ group: '', kind: 'Secret' }, 's', [cause('data[a]', 'data[a]: Required value'), cause('data[b]', 'data[b]: Required value')]).message)
    .toBe('Secret "s" is invalid: [data[a]: Required value, data[b]: Required value]');
  const twice = invalid(apps, 'web', [cause('x', 'x: Required value'), cause('x', 'x: Required value')]);
  expect(twice.message).toBe('Deployment.apps "web" is invalid: x: Required value');
  expect(twice.status.details?.causes).toHaveLength(2);
  expect(invalid(apps, 'web', []).message).toBe('Deployment.apps "web" is invalid');
});
