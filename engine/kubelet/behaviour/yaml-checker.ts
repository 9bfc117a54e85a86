// A small typed reader over a `yaml` Document that reports errors with file, line, column and
// field path ("catalogue.yaml:12:7: images[2].pull.duration: ..."). The catalogue schema is
// written with it by hand instead of adding a schema dependency; it covers maps, sequences and
// scalars, unknown-field detection and typed scalar conversion.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';

export class YamlChecker {
  readonly errors: string[] = [];
  readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(readonly file: string, text: string) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
    for (const e of this.doc.errors) {
      const pos = this.lines.linePos(e.pos[0]);
      this.errors.push(`${file}:${pos.line}:${pos.col}: ${e.message.split('\n')[0] ?? ''}`);
    }
  }

  lineOf(node: unknown): number {
    const range = (node as Node | undefined)?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }

  error(node: unknown, path: string, message: string): void {
    const range = (node as Node | undefined)?.range;
    const pos = range ? this.lines.linePos(range[0]) : { line: 1, col: 1 };
    this.errors.push(`${this.file}:${pos.line}:${pos.col}: ${path}: ${message}`);
  }

  /** The map's entries as [key, valueNode]; reports keys outside `allowed` unless it is 'any'. */
  map(node: unknown, path: string, allowed: readonly string[] | 'any'): Map<string, unknown> | undefined {
    if (!isMap(node)) {
      this.error(node, path, `expected a mapping, got ${describe(node)}`);
      return undefined;
    }
    const out = new Map<string, unknown>();
    for (const pair of (node as YAMLMap).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (allowed !== 'any' && !allowed.includes(key)) {
        this.error(pair.key, `${path}.${key}`, `unknown field (allowed: ${allowed.join(', ')})`);
        continue;
      }
      out.set(key, pair.value);
    }
    return out;
  }

  seq(node: unknown, path: string): unknown[] {
    if (isSeq(node)) return node.items;
    this.error(node, path, `expected a list, got ${describe(node)}`);
    return [];
  }

  scalar(node: unknown): unknown {
    return isScalar(node) ? node.value : undefined;
  }

  string(node: unknown, path: string): string | undefined {
    const v = this.scalar(node);
    if (typeof v === 'string' && v.length > 0) return v;
    if (typeof v === 'number') return String(v);
    this.error(node, path, `expected a non-empty string, got ${describe(node)}`);
    return undefined;
  }

  int(node: unknown, path: string, min: number, max: number): number | undefined {
    const v = this.scalar(node);
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    this.error(node, path, `expected an integer from ${min} to ${max}, got ${describe(node)}`);
    return undefined;
  }

  bool(node: unknown, path: string): boolean | undefined {
    const v = this.scalar(node);
    if (typeof v === 'boolean') return v;
    this.error(node, path, `expected true or false, got ${describe(node)}`);
    return undefined;
  }

  oneOf<T extends string>(node: unknown, path: string, values: readonly T[]): T | undefined {
    const v = this.scalar(node);
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    this.error(node, path, `expected one of ${values.join(', ')}, got ${describe(node)}`);
    return undefined;
  }
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return JSON.stringify(node.value);
  return typeof node;
}
