// The ServiceAccounts every namespace must have (just `default`), and whether a namespace should get
// them: Active namespaces only. Models pkg/controller/serviceaccount/serviceaccounts_controller.go
// (syncNamespace, DefaultServiceAccountsControllerOptions). Token Secrets are not created (1.24+).
import type { Namespace, ServiceAccount } from 'kubernetes-types/core/v1.js';

export const DEFAULT_SERVICE_ACCOUNTS = ['default'];

/** ServiceAccounts to create in `ns`, given the names that already exist there. */
export function missingServiceAccounts(ns: Namespace, existing: readonly string[]): ServiceAccount[] {
  if (ns.status?.phase === 'Terminating' || ns.metadata?.deletionTimestamp !== undefined) return [];
  const namespace = ns.metadata?.name ?? '';
  return DEFAULT_SERVICE_ACCOUNTS.filter((name) => !existing.includes(name))
    .map((name) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } }));
}
