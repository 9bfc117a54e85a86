// Timelines over virtual time computed from one scenario's journal lines: API writes per kind,
// events by type, replicas per Deployment/StatefulSet when the journal carries `detail` with
// replica counts, and the detail charts (pods by phase, endpoints, restarts).
// Each chart is step-shaped: the value after every entry at that instant.
import type { JournalEntry } from '../model/journal.ts';
import { endpointsChart, podPhaseChart, quotaChart, restartsChart } from './detail-charts.ts';

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface Chart {
  id: string;
  title: string;
  /** Virtual instants in ms, ascending and distinct. */
  xMs: number[];
  series: ChartSeries[];
}

const WRITE_VERBS = new Set(['create', 'update', 'patch', 'delete']);
const REPLICA_FIELDS = ['replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas'] as const;

/** Every chart that has data for this scenario, in a fixed order. */
export function scenarioCharts(idPrefix: string, journal: readonly JournalEntry[]): Chart[] {
  const charts = [
    cumulativeChart(`${idPrefix}-writes`, 'API writes per kind (cumulative)', journal,
      (e) => (WRITE_VERBS.has(e.verb) && e.kind ? e.kind : undefined)),
    cumulativeChart(`${idPrefix}-events`, 'Events by type (cumulative)', journal,
      (e) => (e.verb === 'event' ? (e.type ?? 'Normal') : undefined)),
    ...deploymentCharts(idPrefix, journal),
    podPhaseChart(`${idPrefix}-pods`, journal),
    endpointsChart(`${idPrefix}-endpoints`, journal),
    restartsChart(`${idPrefix}-restarts`, journal),
    quotaChart(`${idPrefix}-quota`, journal),
  ];
  // A chart needs two instants to show change; a scenario that all happens at t=0 gets none.
  return charts.filter((chart) => chart.series.length > 0 && chart.xMs.length >= 2);
}

/** Counts entries per label over time; labels sorted so output does not depend on map order. */
export function cumulativeChart(
  id: string, title: string, journal: readonly JournalEntry[], labelOf: (e: JournalEntry) => string | undefined,
): Chart {
  const xMs = instants(journal);
  const labels = [...new Set(journal.map(labelOf).filter((l): l is string => l !== undefined))].sort();
  const counts = new Map(labels.map((l) => [l, 0]));
  const values = new Map(labels.map((l) => [l, [] as number[]]));
  let cursor = 0;
  for (const x of xMs) {
    for (; cursor < journal.length && (journal[cursor]?.t ?? 0) <= x; cursor++) {
      const label = labelOf(journal[cursor] as JournalEntry);
      if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    for (const label of labels) values.get(label)?.push(counts.get(label) ?? 0);
  }
  return { id, title, xMs, series: labels.map((label) => ({ label, values: values.get(label) ?? [] })) };
}

const REPLICATED = new Set(['Deployment', 'StatefulSet']);

/** One chart per Deployment or StatefulSet whose journal lines carry numeric replica counts in `detail`. */
export function deploymentCharts(idPrefix: string, journal: readonly JournalEntry[]): Chart[] {
  const byName = new Map<string, JournalEntry[]>();
  for (const e of journal) {
    if (!e.kind || !REPLICATED.has(e.kind) || !e.detail || !REPLICA_FIELDS.some((f) => typeof e.detail?.[f] === 'number')) continue;
    const key = `${e.kind} ${e.namespace ?? 'default'}/${e.name ?? ''}`;
    const lines = byName.get(key);
    if (lines) lines.push(e);
    else byName.set(key, [e]);
  }
  return [...byName.keys()].sort().map((key, i) => replicaChart(`${idPrefix}-deploy-${i}`, key, byName.get(key) ?? [], journal));
}

function replicaChart(id: string, key: string, lines: JournalEntry[], journal: readonly JournalEntry[]): Chart {
  const xMs = instants(journal);
  const fields = REPLICA_FIELDS.filter((f) => lines.some((e) => typeof e.detail?.[f] === 'number'));
  const current = new Map(fields.map((f) => [f, 0]));
  const series = fields.map((f) => ({ label: f, values: [] as number[] }));
  let cursor = 0;
  for (const x of xMs) {
    for (; cursor < lines.length && (lines[cursor]?.t ?? 0) <= x; cursor++) {
      for (const f of fields) {
        const value = lines[cursor]?.detail?.[f];
        if (typeof value === 'number') current.set(f, value);
      }
    }
    series.forEach((s, i) => s.values.push(current.get(fields[i] ?? 'replicas') ?? 0));
  }
  return { id, title: `${key}: replicas`, xMs, series };
}

/** Distinct virtual instants of the journal, ascending. */
export function instants(journal: readonly JournalEntry[]): number[] {
  return [...new Set(journal.map((e) => e.t))].sort((a, b) => a - b);
}
