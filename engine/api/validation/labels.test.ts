// Label and annotation map validation: errors come in sorted key order whatever the map's order,
// and the valid-map fast path answers exactly when the full sorted walk finds nothing.
import { test } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { invalid, type FieldErrorList } from './field-error.ts';
import { path } from './field-path.ts';
import { validateAnnotations, validateLabels } from './labels.ts';
import { isQualifiedName, isValidLabelValue } from './name-validation.ts';

const LABELS = path('metadata', 'labels');

/** The walk ValidateLabels makes (keys sorted here, as Go's map order is random). */
function referenceLabels(labels: Record<string, string>): FieldErrorList {
  const errs: FieldErrorList = [];
  for (const k of Object.keys(labels).sort()) {
    for (const m of isQualifiedName(k)) errs.push(invalid(LABELS, k, m));
    for (const m of isValidLabelValue(labels[k]!)) errs.push(invalid(LABELS, labels[k]!, m));
  }
  return errs;
}

const part = fc.constantFrom('app', 'App', 'tier', 'example.com/team', '-bad', 'a b', '', 'x'.repeat(64), 'k8s.io/', 'web_1', 'a/b/c');

const QUALIFIED = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

test('bad keys and values are reported in sorted key order, whatever order the map has', () => {
  const errs = validateLabels({ 'z z': 'ok', app: 'my app', 'a/b/c': 'v' }, LABELS);
  expect(errs.map((e) => [e.field, e.message])).toEqual([
    ['metadata.labels', `Invalid value: "a/b/c": a qualified name ${QUALIFIED} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`],
    ['metadata.labels', "Invalid value: \"my app\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"],
    ['metadata.labels', `Invalid value: "z z": name part ${QUALIFIED}`],
  ]);
});

test('validateLabels equals the full sorted walk for any map, valid or not', () => {
  fc.assert(fc.property(fc.dictionary(part, part, { maxKeys: 6 }), (labels) => {
    expect(validateLabels(labels, LABELS)).toEqual(referenceLabels(labels));
  }), { numRuns: 500 });
});

test('annotations: keys are checked lower-cased and in sorted order; values are free text', () => {
  expect(validateAnnotations({ 'Example.com/Owner': 'any text at all', note: 'x y' }, path('metadata', 'annotations'))).toEqual([]);
  const errs = validateAnnotations({ 'b b': '1', 'a a': '2' }, path('metadata', 'annotations'));
  expect(errs.map((e) => e.message)).toEqual([`Invalid value: "a a": name part ${QUALIFIED}`, `Invalid value: "b b": name part ${QUALIFIED}`]);
});

test('annotations over 256 KiB in all are too long', () => {
  const errs = validateAnnotations({ big: 'x'.repeat(256 * 1024) }, path('metadata', 'annotations'));
  expect(errs.map((e) => e.message)).toEqual(['Too long: must have at most 262144 bytes']);
});
