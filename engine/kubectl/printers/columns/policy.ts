// Tables of poddisruptionbudgets and horizontalpodautoscalers.
// Models pkg/printers/internalversion/printers.go → printPodDisruptionBudget (N/A when unset) and
// printHorizontalPodAutoscaler with formatHPAMetrics (resource metrics "cpu: 40%/80%",
// "<unknown>" before the first status, "+ N more..." after three; "<none>" without metrics).
// Left out: Pods/Object/External metric targets print "<unknown>/<target>" only approximately.
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { HorizontalPodAutoscaler, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2.js';
import { as } from '../object-like.ts';
import { AGE, NAME, type TableHandler } from '../table-handler.ts';
import { timestampSince } from '../timestamp.ts';

export const podDisruptionBudgetsTable: TableHandler = {
  kind: 'PodDisruptionBudget',
  columns: [NAME, { name: 'Min Available' }, { name: 'Max Unavailable' }, { name: 'Allowed Disruptions' }, AGE],
  row(obj, ctx) {
    const pdb = as<PodDisruptionBudget>(obj);
    const text = (v: number | string | undefined): string => (v === undefined ? 'N/A' : String(v));
    return [pdb.metadata?.name ?? '', text(pdb.spec?.minAvailable), text(pdb.spec?.maxUnavailable),
      pdb.status?.disruptionsAllowed ?? 0, timestampSince(pdb.metadata?.creationTimestamp, ctx.nowMs)];
  },
};

function resourceMetric(spec: MetricSpec, current: MetricStatus | undefined): string {
  const r = spec.resource ?? spec.containerResource;
  const cur = current?.resource ?? current?.containerResource;
  if (!r) return '<unknown>/<unknown>';
  const name = r.name;
  if (r.target.averageValue !== undefined) {
    return `${name}: ${cur?.current.averageValue !== undefined ? String(cur.current.averageValue) : '<unknown>'}/${String(r.target.averageValue)}`;
  }
  const currentText = cur?.current.averageUtilization !== undefined ? `${cur.current.averageUtilization}%` : '<unknown>';
  return `${name}: ${currentText}/${r.target.averageUtilization ?? 0}%`;
}

/** formatHPAMetrics. */
export function formatHPAMetrics(specs: MetricSpec[] | undefined, statuses: MetricStatus[] | undefined): string {
  const list = specs ?? [];
  if (list.length === 0) return '<none>';
  const shown = list.slice(0, 3).map((spec, i) => {
    const status = statuses?.[i];
    if (spec.type === 'Resource' || spec.type === 'ContainerResource') return resourceMetric(spec, status);
    return '<unknown>/<unknown>';
  });
  const ret = shown.join(', ');
  return list.length > 3 ? `${ret} + ${list.length - 3} more...` : ret;
}

export const horizontalPodAutoscalersTable: TableHandler = {
  kind: 'HorizontalPodAutoscaler',
  columns: [NAME, { name: 'Reference' }, { name: 'Targets' }, { name: 'MinPods' }, { name: 'MaxPods' },
    { name: 'Replicas' }, AGE],
  row(obj, ctx) {
    const hpa = as<HorizontalPodAutoscaler>(obj);
    const ref = hpa.spec?.scaleTargetRef;
    return [hpa.metadata?.name ?? '', `${ref?.kind ?? ''}/${ref?.name ?? ''}`,
      formatHPAMetrics(hpa.spec?.metrics, hpa.status?.currentMetrics),
      hpa.spec?.minReplicas !== undefined ? String(hpa.spec.minReplicas) : '<unset>', hpa.spec?.maxReplicas ?? 0,
      hpa.status?.currentReplicas ?? 0, timestampSince(hpa.metadata?.creationTimestamp, ctx.nowMs)];
  },
};
