// Tests the JUnit XML format against a golden file and exact fragments.
import { test } from 'node:test';
import { expect } from 'expect';
import { renderJunit } from './junit.ts';
import { fixtureModel } from './format/fixture-run.ts';
import { expectGolden } from './format/golden.ts';

test('matches the golden file in deterministic mode', () => {
  expectGolden(renderJunit(fixtureModel(), { deterministic: true }), 'junit.xml');
});

test('suite counts, failure type and message, grader error, file/line and points', () => {
  const xml = renderJunit(fixtureModel(), { deterministic: true });
  expect(xml).toContain('<testsuite name="Web deployment" tests="5" failures="2" errors="1" skipped="0" time="0.000" file="features/web.feature">');
  expect(xml).toContain('<testcase classname="Web deployment" name="Scale to 9" file="features/web.feature" line="22" time="0.000">');
  expect(xml).toContain('<failure type="Error" message="expected deployment &quot;web&quot; to have 9 available replicas, observed 3">');
  expect(xml).toContain('<error type="UndefinedStep" message="Undefined step: Then something nobody defined">');
  expect(xml).toContain('<property name="points" value="5"/>');
});

test('wall durations appear only without --deterministic', () => {
  expect(renderJunit(fixtureModel())).toMatch(/<testsuites name="kubespec" tests="5" failures="2" errors="1" skipped="0" time="0\.0\d[1-9]">/);
});
