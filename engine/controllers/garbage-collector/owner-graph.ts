// The garbage collector's view of ownership: object uid → id (`resource/namespace/name`), and
// owner uid → dependents. Models pkg/controller/garbagecollector/graph.go (node, owners,
// dependents) without virtual nodes: an owner not in the graph is simply looked up live.
import type { OwnerReference } from 'kubernetes-types/meta/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import { findResource } from '../../api/registry.ts';
import { isDeletingDependents } from './decide.ts';

export type NodeId = string;

interface Node {
  id: NodeId;
  owners: string[];
  /** The stored ownerReferences the edges were built from (stored objects share unchanged parts). */
  refs: readonly OwnerReference[] | undefined;
  deletingDependents: boolean;
}

export class OwnerGraph {
  private readonly nodes = new Map<string, Node>();
  private readonly dependents = new Map<string, Set<string>>();

  upsert(resource: string, o: KubeObject): NodeId {
    const uid = o.metadata.uid ?? '';
    const prev = this.nodes.get(uid);
    // An update that leaves the ownerReferences alone (most: status writes) changes no edge, as
    // graph_builder.go → processGraphChanges only rewires on referencesDiffs.
    if (prev !== undefined && prev.refs === o.metadata.ownerReferences) {
      prev.deletingDependents = isDeletingDependents(o.metadata);
      return prev.id;
    }
    const id = `${resource}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
    for (const owner of prev?.owners ?? []) this.dependents.get(owner)?.delete(uid);
    const owners = (o.metadata.ownerReferences ?? []).map((r) => r.uid);
    for (const owner of owners) {
      let set = this.dependents.get(owner);
      if (!set) { set = new Set(); this.dependents.set(owner, set); }
      set.add(uid);
    }
    this.nodes.set(uid, { id, owners, refs: o.metadata.ownerReferences, deletingDependents: isDeletingDependents(o.metadata) });
    return id;
  }

  remove(uid: string): void {
    const node = this.nodes.get(uid);
    for (const owner of node?.owners ?? []) this.dependents.get(owner)?.delete(uid);
    this.nodes.delete(uid);
  }

  hasUid(uid: string): boolean { return this.nodes.has(uid); }
  isDeletingDependents(uid: string): boolean { return this.nodes.get(uid)?.deletingDependents ?? false; }
  byUid(uid: string): NodeId | undefined { return this.nodes.get(uid)?.id; }

  /** Dependents' ids in sorted order (deterministic processing). */
  dependentsOf(uid: string): NodeId[] {
    return [...(this.dependents.get(uid) ?? [])].map((d) => this.nodes.get(d)?.id).filter((x): x is NodeId => x !== undefined).sort();
  }

  idOf(resource: string | undefined, o: KubeObject): NodeId | undefined {
    if (resource !== undefined) return `${resource}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;
    const type = findResource(o.kind);
    return type ? `${type.resource}/${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}` : undefined;
  }
}
