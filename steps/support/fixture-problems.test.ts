// Tests the rule that tells broken fixtures (grader errors) from a submission's own mistakes:
// only the feature author's files count, only when the command reading them failed, and the
// error class name is the exception type the reports look for. Runs kubectl on a real cluster.
import { test } from 'node:test';
import { expect } from 'expect';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '../../engine/cluster.ts';
import { FIXTURE_ERROR_TYPE } from '../../reports/model/failure-state.ts';
import { FixtureError, FixtureLedger, loadFixture } from './fixture-problems.ts';
import { readProjectFile } from './project-files.ts';

const root = mkdtempSync(join(tmpdir(), 'kubespec-fixtures-'));
mkdirSync(join(root, 'project', 'fixtures'), { recursive: true });
mkdirSync(join(root, 'student'));
const BROKEN = 'apiVersion: v1\nkind: ConfigMap\nmetadata: [\n';
const GOOD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n';
writeFileSync(join(root, 'project', 'fixtures', 'broken.yaml'), BROKEN);
writeFileSync(join(root, 'project', 'fixtures', 'notes.txt'), BROKEN);
writeFileSync(join(root, 'student', 'broken.yaml'), BROKEN);
writeFileSync(join(root, 'student', 'cm.yaml'), GOOD);
process.env.KUBESPEC_PROJECT_ROOT = join(root, 'project');
process.env.KUBESPEC_SUBMISSION_ROOT = join(root, 'student');

function kubectl(line: string): { exitCode: number; problems: string[]; counted: string[] } {
  const ledger = new FixtureLedger();
  const cluster = new Cluster({ seed: 1, readFile: (path) => ledger.read(path) });
  const { result, problems } = ledger.run(() => cluster.kubectl(line));
  return { exitCode: result.exitCode, problems, counted: ledger.counted };
}

test('FixtureError is the exception type the reports treat as a grader error', () => {
  const error = new FixtureError('x');
  expect([error.constructor.name, error.name]).toEqual([FIXTURE_ERROR_TYPE, FIXTURE_ERROR_TYPE]);
});

test('a missing or malformed file of the author is a broken fixture when the command fails on it', () => {
  expect(kubectl('apply -f fixtures/none.yaml')).toEqual({ exitCode: 1, problems: ['broken fixture: the path "fixtures/none.yaml" does not exist'], counted: ['broken fixture: the path "fixtures/none.yaml" does not exist'] });
  expect(kubectl('apply -f fixtures/broken.yaml').problems).toEqual([
    'broken fixture: error parsing fixtures/broken.yaml: error converting YAML to JSON: yaml: line 4: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ]);
});

test('the submission\'s own missing or malformed files are not broken fixtures', () => {
  expect(kubectl('apply -f $submission/none.yaml')).toEqual({ exitCode: 1, problems: [], counted: [] });
  expect(kubectl("apply -f '${submission}/broken.yaml'")).toEqual({ exitCode: 1, problems: [], counted: [] });
  expect(kubectl('apply -f ${submission}/cm.yaml')).toEqual({ exitCode: 0, problems: [], counted: [] });
});

test('a command that succeeds counts nothing, and files that are not manifests are not parsed', () => {
  expect(kubectl('create configmap notes --from-file=fixtures/notes.txt')).toEqual({ exitCode: 0, problems: [], counted: [] });
  expect(kubectl('create configmap notes --from-file=fixtures/broken.yaml')).toEqual({ exitCode: 0, problems: [], counted: [] });
});

test('both spellings of the placeholder read the submission; neither root can be left', () => {
  expect(readProjectFile('${submission}/cm.yaml')).toBe(GOOD);
  expect(readProjectFile('$submission/cm.yaml')).toBe(GOOD);
  expect(() => readProjectFile('${submission}/../project/fixtures/broken.yaml'))
    .toThrow(`the path "\${submission}/../project/fixtures/broken.yaml" is outside the submission folder; fixture paths must stay inside ${join(root, 'student')}`);
  expect(() => readProjectFile('../student/cm.yaml')).toThrow('the path "../student/cm.yaml" is outside the project root');
});

test('loadFixture: a catalogue of the author that fails to load is a FixtureError, the submission\'s a plain error', () => {
  const fail = (): never => { throw new Error('line 2: images must be a list'); };
  expect(() => loadFixture('fixtures/broken.yaml', fail)).toThrow(new FixtureError('broken fixture: line 2: images must be a list'));
  let thrown: unknown;
  try { loadFixture('${submission}/cm.yaml', fail); } catch (error) { thrown = error; }
  expect([(thrown as Error).constructor.name, (thrown as Error).message]).toEqual(['Error', 'line 2: images must be a list']);
});
