// An invariant: a named rule over the cluster state that must hold either after every single
// write ('always') or whenever the cluster has settled ('settled', for rules that controllers
// only restore eventually, like Endpoints matching ready pods). `check` returns violations.
import type { StoreEvent } from '../store/object-store.ts';
import type { ClusterState } from './cluster-state.ts';

export interface Violation {
  invariant: string;
  message: string;
  /** Objects involved, `kind/namespace/name`. */
  objects: string[];
}

export interface Invariant {
  name: string;
  description: string;
  mode: 'always' | 'settled';
  /** Resources whose writes can break it ('always' invariants run only on those writes). */
  resources: readonly string[];
  check(state: ClusterState, event?: StoreEvent): Violation[];
}

export const objectName = (kind: string, o: { metadata?: { namespace?: string; name?: string } }): string =>
  `${kind}/${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name ?? ''}`;
