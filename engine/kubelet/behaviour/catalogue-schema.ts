// The behaviour catalogue's schema: reads one YAML document (kind BehaviourCatalogue, a list of
// `images` entries) into ContainerBehaviour values, filling left-out fields from BASE_BEHAVIOUR.
// Every problem is reported as `file:line:col: field.path: message`; nothing is half-loaded.
// See fixtures/behaviours/catalogue.yaml for the documented format.
import { parseDurationMs, parseQuantityBytes } from './duration.ts';
import { BASE_BEHAVIOUR } from './types.ts';
import type { BehaviourChange, ContainerBehaviour, DurationSpec, GrpcServing, HttpAnswer, LogLine, PortBehaviour } from './types.ts';
import { YamlChecker } from './yaml-checker.ts';

const ENTRY_FIELDS = ['match', 'pull', 'start', 'ports', 'ready', 'exit', 'memory', 'files', 'logs', 'changes', 'shell', 'command'] as const;
const CHANGE_FIELDS = ['from', 'http', 'port', 'listening', 'grpc', 'exit', 'memory', 'create', 'remove'] as const;
const GRPC: readonly GrpcServing[] = ['SERVING', 'NOT_SERVING', 'UNKNOWN', 'SERVICE_UNKNOWN'];

export interface CatalogueReadResult { entries: ContainerBehaviour[]; errors: string[] }

export function readCatalogue(file: string, text: string): CatalogueReadResult {
  const c = new YamlChecker(file, text);
  if (c.errors.length > 0) return { entries: [], errors: c.errors };
  const root = c.map(c.doc.contents, '(document)', ['kind', 'images']);
  if (root === undefined) return { entries: [], errors: c.errors };
  if (root.has('kind')) c.oneOf(root.get('kind'), 'kind', ['BehaviourCatalogue']);
  const entries = c.seq(root.get('images'), 'images').map((n, i) => readEntry(c, n, `images[${i}]`));
  return c.errors.length > 0 ? { entries: [], errors: byPosition(c.errors) } : { entries, errors: [] };
}

/** Errors in document order (line, then column), whatever order the checks ran in. */
function byPosition(errors: string[]): string[] {
  const pos = (e: string): [number, number] => {
    const m = /:(\d+):(\d+): /.exec(e);
    return [Number(m?.[1] ?? 0), Number(m?.[2] ?? 0)];
  };
  return [...errors].sort((a, b) => pos(a)[0] - pos(b)[0] || pos(a)[1] - pos(b)[1]);
}

function readEntry(c: YamlChecker, node: unknown, path: string): ContainerBehaviour {
  const b: ContainerBehaviour = { ...BASE_BEHAVIOUR, match: '', source: { file: c.file, line: c.lineOf(node) } };
  const m = c.map(node, path, ENTRY_FIELDS);
  if (m === undefined) return b;
  const match = c.string(m.get('match'), `${path}.match`);
  if (match !== undefined) b.match = checkPattern(c, m.get('match'), `${path}.match`, match);
  const get = (k: string): unknown => m.get(k);
  if (m.has('pull')) readPull(c, get('pull'), `${path}.pull`, b);
  if (m.has('start')) b.start = duration(c, get('start'), `${path}.start`) ?? b.start;
  if (m.has('ports')) b.ports = c.seq(get('ports'), `${path}.ports`).map((p, i) => readPort(c, p, `${path}.ports[${i}]`));
  if (m.has('ready')) b.readyAfterMs = fixedDuration(c, get('ready'), `${path}.ready`) ?? 0;
  if (m.has('exit')) readExit(c, get('exit'), `${path}.exit`, b);
  if (m.has('memory')) b.memoryBytes = quantity(c, get('memory'), `${path}.memory`) ?? b.memoryBytes;
  if (m.has('files')) b.files = strings(c, get('files'), `${path}.files`);
  if (m.has('logs')) b.logs = c.seq(get('logs'), `${path}.logs`).map((l, i) => readLog(c, l, `${path}.logs[${i}]`));
  if (m.has('changes')) b.changes = readChanges(c, get('changes'), `${path}.changes`);
  if (m.has('shell')) b.shell = c.bool(get('shell'), `${path}.shell`) ?? false;
  if (m.has('command')) b.defaultCommand = strings(c, get('command'), `${path}.command`);
  return b;
}

function checkPattern(c: YamlChecker, node: unknown, path: string, match: string): string {
  if (match === 'default') return match;
  if (!/^[a-z0-9][a-z0-9._\-/:]*(:(\*|[\w][\w.-]*))$/.test(match)) {
    c.error(node, path, `expected "default", "<image>:<tag>" or "<image>:*", got ${JSON.stringify(match)}`);
  }
  return match;
}

function readPull(c: YamlChecker, node: unknown, path: string, b: ContainerBehaviour): void {
  const m = c.map(node, path, ['duration', 'size', 'error', 'message']);
  if (m === undefined) return;
  const pull = { ...b.pull };
  if (m.has('duration')) pull.duration = duration(c, m.get('duration'), `${path}.duration`) ?? pull.duration;
  if (m.has('size')) pull.sizeBytes = quantity(c, m.get('size'), `${path}.size`) ?? pull.sizeBytes;
  if (m.has('error')) {
    const e = c.oneOf(m.get('error'), `${path}.error`, ['ErrImagePull', 'InvalidImageName'] as const);
    if (e !== undefined) pull.error = e;
  }
  if (m.has('message')) {
    const s = c.string(m.get('message'), `${path}.message`);
    if (s !== undefined) pull.message = s;
  }
  b.pull = pull;
}

function readPort(c: YamlChecker, node: unknown, path: string): PortBehaviour {
  const port: PortBehaviour = { port: 0, protocol: 'TCP' };
  const m = c.map(node, path, ['port', 'protocol', 'http', 'grpc']);
  if (m === undefined) return port;
  port.port = c.int(m.get('port'), `${path}.port`, 1, 65535) ?? 0;
  if (m.has('protocol')) port.protocol = c.oneOf(m.get('protocol'), `${path}.protocol`, ['TCP', 'UDP'] as const) ?? 'TCP';
  if (m.has('http')) port.http = httpAnswers(c, m.get('http'), `${path}.http`);
  if (m.has('grpc')) {
    const g = c.oneOf(m.get('grpc'), `${path}.grpc`, GRPC);
    if (g !== undefined) port.grpc = g;
  }
  return port;
}

function httpAnswers(c: YamlChecker, node: unknown, path: string): Record<string, HttpAnswer> {
  const out: Record<string, HttpAnswer> = {};
  const m = c.map(node, path, 'any');
  for (const [key, value] of m ?? []) {
    if (key !== '*' && !key.startsWith('/')) c.error(value, `${path}.${key}`, 'an HTTP path starts with "/" (or is "*" for every other path)');
    if (c.scalar(value) === 'timeout') out[key] = 'timeout';
    else out[key] = c.int(value, `${path}.${key}`, 100, 599) ?? 200;
  }
  return out;
}

function readExit(c: YamlChecker, node: unknown, path: string, b: ContainerBehaviour): void {
  const m = c.map(node, path, ['after', 'code']);
  if (m === undefined) return;
  const afterMs = fixedDuration(c, m.get('after'), `${path}.after`) ?? 0;
  const code = c.int(m.get('code'), `${path}.code`, 0, 255) ?? 0;
  b.exit = { afterMs, code };
}

function readLog(c: YamlChecker, node: unknown, path: string): LogLine {
  if (typeof c.scalar(node) === 'string') return { atMs: 0, line: String(c.scalar(node)) };
  const m = c.map(node, path, ['at', 'line']);
  const atMs = m?.has('at') ? fixedDuration(c, m.get('at'), `${path}.at`) ?? 0 : 0;
  return { atMs, line: m ? c.string(m.get('line'), `${path}.line`) ?? '' : '' };
}

function readChanges(c: YamlChecker, node: unknown, path: string): BehaviourChange[] {
  const changes = c.seq(node, path).map((n, i) => readChange(c, n, `${path}[${i}]`));
  // Stable sort: ties keep document order, so the script is totally ordered.
  return changes.map((ch, i) => ({ ch, i })).sort((a, b) => a.ch.fromMs - b.ch.fromMs || a.i - b.i).map((x) => x.ch);
}

function readChange(c: YamlChecker, node: unknown, path: string): BehaviourChange {
  const m = c.map(node, path, CHANGE_FIELDS);
  const ch: BehaviourChange = { fromMs: 0 };
  if (m === undefined) return ch;
  ch.fromMs = fixedDuration(c, m.get('from'), `${path}.from`) ?? 0;
  if (m.has('http')) ch.http = httpAnswers(c, m.get('http'), `${path}.http`);
  if (m.has('port')) ch.port = c.int(m.get('port'), `${path}.port`, 1, 65535) ?? 0;
  if (m.has('listening')) ch.listening = c.bool(m.get('listening'), `${path}.listening`) ?? true;
  if (m.has('grpc')) { const g = c.oneOf(m.get('grpc'), `${path}.grpc`, GRPC); if (g) ch.grpc = g; }
  if (m.has('exit')) ch.exitCode = c.int(m.get('exit'), `${path}.exit`, 0, 255) ?? 1;
  if (m.has('memory')) { const q = quantity(c, m.get('memory'), `${path}.memory`); if (q !== undefined) ch.memoryBytes = q; }
  if (m.has('create')) ch.createFiles = strings(c, m.get('create'), `${path}.create`);
  if (m.has('remove')) ch.removeFiles = strings(c, m.get('remove'), `${path}.remove`);
  return ch;
}

function strings(c: YamlChecker, node: unknown, path: string): string[] {
  return c.seq(node, path).map((n, i) => c.string(n, `${path}[${i}]`) ?? '');
}

function fixedDuration(c: YamlChecker, node: unknown, path: string): number | undefined {
  const d = duration(c, node, path);
  if (d !== undefined && d.minMs !== d.maxMs) c.error(node, path, 'a range is not allowed here; give one duration');
  return d?.minMs;
}

/** "2s" or a seeded range "1s..3s". */
function duration(c: YamlChecker, node: unknown, path: string): DurationSpec | undefined {
  const text = String(c.scalar(node) ?? '');
  const [lo, hi, extra] = text.split('..');
  const minMs = parseDurationMs(lo ?? '');
  const maxMs = hi === undefined ? minMs : parseDurationMs(hi);
  if (minMs === undefined || maxMs === undefined || extra !== undefined || maxMs < minMs) {
    c.error(node, path, `expected a duration such as 500ms, 2s, 1m30s or a range 1s..3s, got ${JSON.stringify(text)}`);
    return undefined;
  }
  return { minMs, maxMs };
}

function quantity(c: YamlChecker, node: unknown, path: string): number | undefined {
  const text = String(c.scalar(node) ?? '');
  const q = parseQuantityBytes(text);
  if (q === undefined) c.error(node, path, `expected a quantity such as 64Mi, 1Gi or 500M, got ${JSON.stringify(text)}`);
  return q;
}
