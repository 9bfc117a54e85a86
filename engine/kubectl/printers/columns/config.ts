// Tables of configuration and policy objects in a namespace: configmaps, secrets, serviceaccounts,
// resourcequotas, limitranges.
// Models pkg/printers/internalversion/printers.go → printConfigMap (DATA = len(data)+len(binaryData)),
// printSecret, printServiceAccount (SECRETS count), printResourceQuota (REQUEST/LIMIT
// "pods: 1/10, requests.cpu: 500m/1", resources sorted by name) and printLimitRange (CREATED AT).
// Left out: quantity canonicalisation (stored quantities are printed as stored).
import type { ConfigMap, LimitRange, ResourceQuota, Secret, ServiceAccount } from 'kubernetes-types/core/v1.js';
import { as } from '../object-like.ts';
import { AGE, NAME, type TableHandler } from '../table-handler.ts';
import { timestampSince } from '../timestamp.ts';

export const configMapsTable: TableHandler = {
  kind: 'ConfigMap',
  columns: [NAME, { name: 'Data' }, AGE],
  row(obj, ctx) {
    const cm = as<ConfigMap>(obj);
    return [cm.metadata?.name ?? '', Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length,
      timestampSince(cm.metadata?.creationTimestamp, ctx.nowMs)];
  },
};

export const secretsTable: TableHandler = {
  kind: 'Secret',
  columns: [NAME, { name: 'Type' }, { name: 'Data' }, AGE],
  row(obj, ctx) {
    const s = as<Secret>(obj);
    return [s.metadata?.name ?? '', s.type ?? '', Object.keys(s.data ?? {}).length,
      timestampSince(s.metadata?.creationTimestamp, ctx.nowMs)];
  },
};

export const serviceAccountsTable: TableHandler = {
  kind: 'ServiceAccount',
  columns: [NAME, { name: 'Secrets' }, AGE],
  row(obj, ctx) {
    const sa = as<ServiceAccount>(obj);
    return [sa.metadata?.name ?? '', (sa.secrets ?? []).length, timestampSince(sa.metadata?.creationTimestamp, ctx.nowMs)];
  },
};

/** printResourceQuota's two cells: "limits.*" resources go to LIMIT, the rest to REQUEST. */
export function quotaCells(rq: ResourceQuota): [string, string] {
  const hard = rq.spec?.hard ?? {};
  const used = rq.status?.used ?? {};
  const request: string[] = [];
  const limit: string[] = [];
  for (const resource of Object.keys(hard).sort()) {
    const pieces = resource.split('.');
    const target = pieces.length > 1 && pieces[0] === 'limits' ? limit : request;
    target.push(`${resource}: ${String(used[resource] ?? '0')}/${String(hard[resource])}`);
  }
  return [request.join(', '), limit.join(', ')];
}

export const resourceQuotasTable: TableHandler = {
  kind: 'ResourceQuota',
  columns: [NAME, AGE, { name: 'Request' }, { name: 'Limit' }],
  row(obj, ctx) {
    const rq = as<ResourceQuota>(obj);
    return [rq.metadata?.name ?? '', timestampSince(rq.metadata?.creationTimestamp, ctx.nowMs), ...quotaCells(rq)];
  },
};

export const limitRangesTable: TableHandler = {
  kind: 'LimitRange',
  columns: [NAME, { name: 'Created At' }],
  row(obj) {
    const lr = as<LimitRange>(obj);
    return [lr.metadata?.name ?? '', lr.metadata?.creationTimestamp ?? '0001-01-01T00:00:00Z'];
  },
};
