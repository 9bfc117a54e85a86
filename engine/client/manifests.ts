// Reading manifests as kubectl does (k8s.io/cli-runtime/pkg/resource: multi-document YAML or
// JSON, `kind: List` flattened into its items), remembering the file and line each object
// starts on so every error can point at it. Errors are worded like kubectl's.
import { LineCounter, parseAllDocuments, isMap, isSeq, type Document } from 'yaml';
import { clone, deepFreeze, type KubeObject } from '../apimachinery/object.ts';
import { LruCache } from './lru-cache.ts';

export interface ManifestObject {
  object: KubeObject;
  file: string;
  line: number;
}

export class ManifestError extends Error {
  constructor(message: string, readonly file: string, readonly line: number) {
    super(message);
  }
}

/**
 * Texts parsed before, with their objects and lines (a suite applies the same manifests in many
 * scenarios; YAML parsing was a tenth of a small scenario's time). Only successful parses are
 * kept, so every error is produced afresh with its own file name. Callers get copies.
 */
const parsedTexts = new LruCache<readonly { object: KubeObject; line: number }[]>(256);

/** Parses YAML text into objects; `file` names the source in errors. */
export function parseManifests(text: string, file: string): ManifestObject[] {
  let parsed = parsedTexts.get(text);
  if (parsed === undefined) {
    parsed = parseFresh(text, file).map(({ object, line }) => ({ object: deepFreeze(object), line }));
    parsedTexts.set(text, parsed);
  }
  return parsed.map(({ object, line }) => ({ object: clone(object), file, line }));
}

function parseFresh(text: string, file: string): ManifestObject[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true });
  const out: ManifestObject[] = [];
  for (const doc of docs as Document[]) {
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line ?? 1;
      throw new ManifestError(`error parsing ${file}: error converting YAML to JSON: yaml: line ${line}: ${yamlReason(first.message)}`, file, line);
    }
    if (doc.contents === null) continue;
    const line = doc.contents.range ? lines.linePos(doc.contents.range[0]).line : 1;
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new ManifestError(`error validating "${file}": error validating data: invalid object to validate`, file, line);
    }
    out.push(...flattenList(value as KubeObject, doc, lines, file, line));
  }
  return out;
}

function flattenList(obj: KubeObject, doc: Document, lines: LineCounter, file: string, line: number): ManifestObject[] {
  checkTypeMeta(obj, file, line);
  if (obj.kind !== 'List' && !obj.kind.endsWith('List')) return [{ object: obj, file, line }];
  const itemsNode = isMap(doc.contents) ? doc.contents.get('items', true) : undefined;
  const items = (obj as { items?: KubeObject[] }).items ?? [];
  return items.map((item, i) => {
    const node = isSeq(itemsNode) ? itemsNode.items[i] : undefined;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const itemLine = range ? lines.linePos(range[0]).line : line;
    checkTypeMeta(item, file, itemLine);
    return { object: item, file, line: itemLine };
  });
}

function checkTypeMeta(obj: KubeObject, file: string, line: number): void {
  const missing = [obj.apiVersion ? '' : 'apiVersion not set', obj.kind ? '' : 'kind not set'].filter(Boolean);
  if (missing.length > 0) {
    throw new ManifestError(`error validating "${file}": error validating data: [${missing.join(', ')}]; if you choose to ignore these errors, turn validation off with --validate=false`, file, line);
  }
  obj.metadata ??= {};
}

/** The yaml package's message without its position suffix, closer to go-yaml's phrasing. */
function yamlReason(message: string): string {
  return message.split(' at line ')[0]!.replace(/\.$/, '');
}
