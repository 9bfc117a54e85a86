// Tests for the behaviour catalogue: the built-in file, lookup precedence, schema errors.
import { test } from 'node:test';
import { expect } from 'expect';
import { BehaviourCatalogue, CatalogueError } from './catalogue.ts';
import { builtinCatalogue } from './builtin-catalogue.ts';

const behaviourOf = (c: BehaviourCatalogue, image: string): string => {
  const r = c.resolve(image);
  return r.kind === 'resolved' ? r.behaviour.match : `invalid: ${r.message}`;
};

test('the built-in catalogue loads and covers the common images', () => {
  const c = builtinCatalogue();
  for (const image of ['nginx:1.25', 'busybox', 'alpine:3.20', 'redis:7', 'mysql:8.0', 'postgres:16', 'httpd:2.4',
    'registry.k8s.io/pause:3.10', 'registry.k8s.io/e2e-test-images/agnhost:2.52']) {
    expect(c.knows(image)).toBe(true);
  }
  expect(behaviourOf(c, 'docker.io/library/nginx:1.27')).toBe('nginx:*');
  expect(behaviourOf(c, 'example.com/team/app:v3')).toBe('default');
});

test('later layers win, exact before wildcard, default last', () => {
  const c = builtinCatalogue().fork().addYaml('scenario.yaml', [
    'images:',
    '  - match: nginx:1.25',
    '    exit: { after: 5s, code: 1 }',
    '  - match: default',
    '    start: 1s',
  ].join('\n'));
  expect(behaviourOf(c, 'nginx:1.25')).toBe('nginx:1.25');
  expect(behaviourOf(c, 'nginx:1.26')).toBe('nginx:*');
  expect(behaviourOf(c, 'unknown:1')).toBe('default');
  const r = c.resolve('unknown:1');
  expect(r.kind === 'resolved' && r.behaviour.source).toEqual({ file: 'scenario.yaml', line: 4 });
  expect(behaviourOf(builtinCatalogue(), 'nginx:1.25')).toBe('nginx:*');
});

test('scripted changes are ordered by time, ties in document order', () => {
  const c = new BehaviourCatalogue().addYaml('s.yaml', [
    'images:',
    '  - match: app:*',
    '    changes:',
    '      - { from: 60s, http: { /healthz: 500 } }',
    '      - { from: 10s, listening: false }',
    '      - { from: 10s, listening: true }',
  ].join('\n'));
  const r = c.resolve('app:1');
  expect(r.kind === 'resolved' && r.behaviour.changes).toEqual([
    { fromMs: 10_000, listening: false }, { fromMs: 10_000, listening: true }, { fromMs: 60_000, http: { '/healthz': 500 } },
  ]);
});

test('invalid image references resolve to InvalidImageName', () => {
  expect(builtinCatalogue().resolve('Nginx')).toMatchObject({ kind: 'invalid' });
});

test('bad documents name file, line, column and field', () => {
  const bad = [
    'images:',
    '  - match: nginx:*',
    '    pull: { duration: 2x, size: lots }',
    '    ports:',
    '      - port: 70000',
    '        http: { healthz: 200 }',
    '    restartz: true',
    '  - match: Not An Image',
    '    exit: { after: 1s..2s, code: 1 }',
  ].join('\n');
  let error: unknown;
  try { new BehaviourCatalogue().addYaml('bad.yaml', bad); } catch (e) { error = e; }
  expect(error).toBeInstanceOf(CatalogueError);
  expect((error as CatalogueError).errors).toEqual([
    'bad.yaml:3:23: images[0].pull.duration: expected a duration such as 500ms, 2s, 1m30s or a range 1s..3s, got "2x"',
    'bad.yaml:3:33: images[0].pull.size: expected a quantity such as 64Mi, 1Gi or 500M, got "lots"',
    'bad.yaml:5:15: images[0].ports[0].port: expected an integer from 1 to 65535, got 70000',
    'bad.yaml:6:26: images[0].ports[0].http.healthz: an HTTP path starts with "/" (or is "*" for every other path)',
    'bad.yaml:7:5: images[0].restartz: unknown field (allowed: match, pull, start, ports, ready, exit, memory, files, logs, changes, shell, command)',
    'bad.yaml:8:12: images[1].match: expected "default", "<image>:<tag>" or "<image>:*", got "Not An Image"',
    'bad.yaml:9:20: images[1].exit.after: a range is not allowed here; give one duration',
  ]);
});

test('YAML syntax errors carry the position too', () => {
  expect(() => new BehaviourCatalogue().addYaml('x.yaml', 'images:\n  - match: [unclosed\n')).toThrow(/x\.yaml:\d+:\d+: /);
  expect(() => new BehaviourCatalogue().addYaml('x.yaml', 'images: 3\n')).toThrow('x.yaml:1:9: images: expected a list, got 3');
});
