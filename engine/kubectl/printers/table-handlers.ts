// The registry of table definitions by Kind, one line per kind, and the default NAME AGE table.
// Models pkg/printers/internalversion/printers.go → AddHandlers (which kinds have their own
// columns) and the server's default table for everything else (NAME, AGE).
// Left out: kinds outside the simulated API (RBAC, storage classes, CSRs, ...): they get NAME AGE.
import { AGE, NAME, type TableHandler } from './table-handler.ts';
import { timestampSince } from './timestamp.ts';
import { cronJobsTable, jobsTable } from './columns/batch.ts';
import { controllerRevisionsTable, eventsTable, leasesTable, namespacesTable, nodesTable, priorityClassesTable } from './columns/cluster.ts';
import { configMapsTable, limitRangesTable, resourceQuotasTable, secretsTable, serviceAccountsTable } from './columns/config.ts';
import { endpointSlicesTable, endpointsTable, ingressesTable, servicesTable } from './columns/networking.ts';
import { podsTable } from './columns/pods.ts';
import { horizontalPodAutoscalersTable, podDisruptionBudgetsTable } from './columns/policy.ts';
import { persistentVolumeClaimsTable, persistentVolumesTable } from './columns/storage.ts';
import { daemonSetsTable, deploymentsTable, replicaSetsTable, replicationControllersTable, statefulSetsTable } from './columns/workloads.ts';

const HANDLERS: TableHandler[] = [
  podsTable,
  deploymentsTable,
  replicaSetsTable,
  replicationControllersTable,
  daemonSetsTable,
  statefulSetsTable,
  jobsTable,
  cronJobsTable,
  servicesTable,
  endpointsTable,
  endpointSlicesTable,
  ingressesTable,
  nodesTable,
  namespacesTable,
  eventsTable,
  leasesTable,
  priorityClassesTable,
  controllerRevisionsTable,
  configMapsTable,
  secretsTable,
  serviceAccountsTable,
  resourceQuotasTable,
  limitRangesTable,
  persistentVolumesTable,
  persistentVolumeClaimsTable,
  podDisruptionBudgetsTable,
  horizontalPodAutoscalersTable,
];

const BY_KIND = new Map(HANDLERS.map((h) => [h.kind, h]));

/** The default table of objects without their own columns. */
export function defaultTable(kind: string): TableHandler {
  return {
    kind,
    columns: [NAME, AGE],
    row: (obj, ctx) => [obj.metadata?.name ?? '', timestampSince(obj.metadata?.creationTimestamp, ctx.nowMs)],
  };
}

export function tableHandlerFor(kind: string): TableHandler {
  return BY_KIND.get(kind) ?? defaultTable(kind);
}
