// Which objects a failing step involved, for the failure attachment of the After hook: objects it
// names ("the deployment "web"", "pod/api", a label selector "app=web", the manifests of its doc
// string), else the objects written or evented while it ran, else since the last action step,
// else the objects the scenario's own steps wrote (kubectl, kubespec);
// each with its owners (ownerReferences upward) and what it owns (downward, down to the pods), in
// that order, capped. Kubernetes has no such notion; this is a reading aid, chosen deterministically.
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../engine/apimachinery/object.ts';
import { findResource, RESOURCES, type ResourceType } from '../../engine/api/registry.ts';

export interface Found {
  type: ResourceType;
  object: KubeObject;
}

/** What a journal line says about an object (engine/journal/journal.ts entries). */
export interface JournalRef {
  component: string;
  verb: string;
  kind?: string | undefined;
  namespace?: string | undefined;
  name?: string | undefined;
}

export interface Ref {
  kind?: string | undefined;
  namespace?: string | undefined;
  name?: string;
  selector?: Record<string, string>;
}

/** Kinds that only ever come along when a step names them (heartbeats, bookkeeping, events). */
const NOISE = new Set(['Event', 'Lease', 'Node', 'Namespace', 'ServiceAccount', 'Endpoints', 'EndpointSlice', 'ControllerRevision', 'IPAddress']);

const DNS_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const SELECTOR = /^[\w./-]+=[\w.-]*(,[\w./-]+=[\w.-]*)*$/;

/** Every object the store holds, one entry per resource plural (the preferred group). */
export function storeObjects(list: (resource: string) => KubeObject[]): Found[] {
  const seen = new Set<string>();
  const out: Found[] = [];
  for (const type of RESOURCES) {
    if (seen.has(type.resource) || type.resource === 'bindings') continue;
    seen.add(type.resource);
    for (const object of list(type.resource)) out.push({ type, object });
  }
  return out;
}

/** Quoted names, `kind/name` words and label selectors of a step's text. */
export function refsInText(text: string): Ref[] {
  const refs: Ref[] = [];
  for (const m of text.matchAll(/(?:([A-Za-z][\w.-]*)\s+)?"([^"]+)"/g)) {
    const [, word, value = ''] = m;
    const slashed = [...value.matchAll(/(?:^|\s)([a-z][a-z0-9.]*)\/([a-z0-9][a-z0-9.-]*)/g)];
    if (slashed.length > 0) for (const [, kind = '', name = ''] of slashed) refs.push({ kind: findResource(kind)?.kind, name });
    else if (DNS_NAME.test(value)) refs.push({ kind: word ? findResource(word)?.kind : undefined, name: value });
    else if (SELECTOR.test(value)) refs.push({ selector: Object.fromEntries(value.split(',').map((kv) => kv.split('=') as [string, string])) });
  }
  return refs;
}

/** The objects of a doc string that holds manifests (anything unreadable is ignored). */
export function refsInDocString(docString: string | undefined): Ref[] {
  if (docString === undefined) return [];
  const refs: Ref[] = [];
  for (const doc of parseAllDocuments(docString)) {
    if (doc.errors.length > 0) continue;
    const value = doc.toJS({ maxAliasCount: 100 }) as Partial<KubeObject> & { items?: Partial<KubeObject>[] } | null;
    for (const o of value?.kind?.endsWith('List') ? (value.items ?? []) : [value]) {
      if (o?.kind && o.metadata?.name) refs.push({ kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name });
    }
  }
  return refs;
}

/** The clients the scenario's steps write through (steps/ and the in-process kubectl). */
const STEP_CLIENTS = new Set(['kubectl', 'kubespec']);

/**
 * Objects a journal window wrote or recorded events for, first appearance first, without NOISE
 * kinds and the API server's own writes; with `stepsOnly`, only what the scenario's own steps wrote.
 */
export function refsInJournal(entries: readonly JournalRef[], stepsOnly = false): Ref[] {
  const keys = new Set<string>();
  const refs: Ref[] = [];
  for (const e of entries) {
    if (!e.kind || !e.name || NOISE.has(e.kind) || !['create', 'update', 'patch', 'event'].includes(e.verb)) continue;
    if (stepsOnly && (!STEP_CLIENTS.has(e.component) || e.verb === 'event')) continue;
    if (e.component === 'kube-apiserver') continue; // its own writes: the bootstrap objects, IP allocations
    const key = `${e.kind}/${e.namespace ?? ''}/${e.name}`;
    if (!keys.has(key)) { keys.add(key); refs.push({ kind: e.kind, namespace: e.namespace, name: e.name }); }
  }
  return refs;
}

/** The objects a ref stands for: by kind and name when that kind has one, else by name in any kind. */
export function resolveRef(ref: Ref, objects: readonly Found[]): Found[] {
  const inNs = (f: Found): boolean => ref.namespace === undefined || (f.object.metadata.namespace ?? '') === ref.namespace;
  if (ref.selector) {
    const selector = ref.selector;
    return objects.filter((f) => !NOISE.has(f.type.kind) && Object.entries(selector).every(([k, v]) => f.object.metadata.labels?.[k] === v));
  }
  const named = objects.filter((f) => f.object.metadata.name === ref.name && inNs(f));
  const ofKind = named.filter((f) => f.type.kind === ref.kind);
  return ofKind.length > 0 ? ofKind : named.filter((f) => !NOISE.has(f.type.kind));
}

/** Seeds in order, each followed by its owners (top first) and dependents; without duplicates. */
export function involvedObjects(seeds: readonly Found[], objects: readonly Found[]): Found[] {
  const byUid = new Map(objects.map((f) => [f.object.metadata.uid ?? '', f]));
  const children = new Map<string, Found[]>();
  for (const f of objects) {
    for (const ref of f.object.metadata.ownerReferences ?? []) children.set(ref.uid, [...(children.get(ref.uid) ?? []), f]);
  }
  const out: Found[] = [];
  const taken = new Set<string>();
  const take = (f: Found): void => {
    const uid = f.object.metadata.uid ?? `${f.type.kind}/${f.object.metadata.namespace ?? ''}/${f.object.metadata.name ?? ''}`;
    if (!taken.has(uid)) { taken.add(uid); out.push(f); }
  };
  for (const seed of seeds) {
    for (const owner of ownersOf(seed, byUid).reverse()) take(owner);
    take(seed);
    for (const dependent of dependentsOf(seed, children)) take(dependent);
  }
  return out;
}

function ownersOf(f: Found, byUid: Map<string, Found>): Found[] {
  const owners: Found[] = [];
  let current: Found | undefined = f;
  while (current && owners.length < 8) {
    const refs: NonNullable<KubeObject['metadata']['ownerReferences']> = current.object.metadata.ownerReferences ?? [];
    const ref = refs.find((r) => r.controller === true) ?? refs[0];
    current = ref ? byUid.get(ref.uid) : undefined;
    if (current) owners.push(current);
  }
  return owners;
}

function dependentsOf(f: Found, children: Map<string, Found[]>): Found[] {
  const out: Found[] = [];
  const queue = [f];
  while (queue.length > 0 && out.length < 200) {
    const next = queue.shift() as Found;
    const kids = [...(children.get(next.object.metadata.uid ?? '') ?? [])].sort(byKindAndName);
    for (const kid of kids) if (!out.includes(kid)) { out.push(kid); queue.push(kid); }
  }
  return out;
}

function byKindAndName(a: Found, b: Found): number {
  return a.type.kind.localeCompare(b.type.kind) || (a.object.metadata.name ?? '').localeCompare(b.object.metadata.name ?? '');
}
