// Tables of the replica-managing workloads: deployments, replicasets, replicationcontrollers,
// daemonsets, statefulsets.
// Models pkg/printers/internalversion/printers.go → printDeployment, printReplicaSet,
// printReplicationController, printDaemonSet, printStatefulSet (and their column definitions).
// Left out: nothing in these rows; jobs and cronjobs live in batch.ts.
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { ReplicationController } from 'kubernetes-types/core/v1.js';
import { formatLabels, formatLabelSelector } from '../labels.ts';
import { as } from '../object-like.ts';
import { AGE, NAME, type Column, type TableHandler } from '../table-handler.ts';
import { timestampSince } from '../timestamp.ts';
import { containerCells } from './containers.ts';

const WIDE_TEMPLATE: Column[] = [{ name: 'Containers', priority: 1 }, { name: 'Images', priority: 1 }];
const WIDE_SELECTOR: Column[] = [...WIDE_TEMPLATE, { name: 'Selector', priority: 1 }];

export const deploymentsTable: TableHandler = {
  kind: 'Deployment',
  columns: [NAME, { name: 'Ready' }, { name: 'Up-to-date' }, { name: 'Available' }, AGE, ...WIDE_SELECTOR],
  row(obj, ctx) {
    const d = as<Deployment>(obj);
    const s = d.status ?? {};
    return [d.metadata?.name ?? '', `${s.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`, s.updatedReplicas ?? 0,
      s.availableReplicas ?? 0, timestampSince(d.metadata?.creationTimestamp, ctx.nowMs),
      ...containerCells(d.spec?.template.spec?.containers), formatLabelSelector(d.spec?.selector)];
  },
};

export const replicaSetsTable: TableHandler = {
  kind: 'ReplicaSet',
  columns: [NAME, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, AGE, ...WIDE_SELECTOR],
  row(obj, ctx) {
    const rs = as<ReplicaSet>(obj);
    return [rs.metadata?.name ?? '', rs.spec?.replicas ?? 0, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0,
      timestampSince(rs.metadata?.creationTimestamp, ctx.nowMs),
      ...containerCells(rs.spec?.template?.spec?.containers), formatLabelSelector(rs.spec?.selector)];
  },
};

export const replicationControllersTable: TableHandler = {
  kind: 'ReplicationController',
  columns: [NAME, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, AGE, ...WIDE_SELECTOR],
  row(obj, ctx) {
    const rc = as<ReplicationController>(obj);
    return [rc.metadata?.name ?? '', rc.spec?.replicas ?? 0, rc.status?.replicas ?? 0, rc.status?.readyReplicas ?? 0,
      timestampSince(rc.metadata?.creationTimestamp, ctx.nowMs),
      ...containerCells(rc.spec?.template?.spec?.containers), formatLabels(rc.spec?.selector)];
  },
};

export const daemonSetsTable: TableHandler = {
  kind: 'DaemonSet',
  columns: [NAME, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, { name: 'Up-to-date' },
    { name: 'Available' }, { name: 'Node Selector' }, AGE, ...WIDE_SELECTOR],
  row(obj, ctx) {
    const ds = as<DaemonSet>(obj);
    const s = ds.status;
    return [ds.metadata?.name ?? '', s?.desiredNumberScheduled ?? 0, s?.currentNumberScheduled ?? 0, s?.numberReady ?? 0,
      s?.updatedNumberScheduled ?? 0, s?.numberAvailable ?? 0, formatLabels(ds.spec?.template.spec?.nodeSelector),
      timestampSince(ds.metadata?.creationTimestamp, ctx.nowMs),
      ...containerCells(ds.spec?.template.spec?.containers), formatLabelSelector(ds.spec?.selector)];
  },
};

export const statefulSetsTable: TableHandler = {
  kind: 'StatefulSet',
  columns: [NAME, { name: 'Ready' }, AGE, ...WIDE_TEMPLATE],
  row(obj, ctx) {
    const ss = as<StatefulSet>(obj);
    return [ss.metadata?.name ?? '', `${ss.status?.readyReplicas ?? 0}/${ss.spec?.replicas ?? 0}`,
      timestampSince(ss.metadata?.creationTimestamp, ctx.nowMs), ...containerCells(ss.spec?.template.spec?.containers)];
  },
};
