// Charts from the status numbers the journal carries in `detail` (engine/api/journal-detail.ts):
// pods by phase and readiness, ready endpoints per Service, restarts per pod (only when a pod
// restarted), quota used as a percentage of hard. Each samples the latest `detail` of every object
// at each virtual instant; a delete removes the object. Leaves out LimitRanges.
import type { JournalEntry } from '../model/journal.ts';
import type { Chart } from './timeline.ts';
import { instants } from './timeline.ts';
import { parseQuantity } from './quantity.ts';

type State = Map<string, Record<string, unknown>>;

/** Replays one kind's `detail` per object and samples `read(state)` after each instant. */
export function sampleDetail(
  id: string, title: string, kind: string, journal: readonly JournalEntry[], read: (state: State) => Map<string, number>,
): Chart {
  const xMs = instants(journal);
  const state: State = new Map();
  const samples: Map<string, number>[] = [];
  let cursor = 0;
  for (const x of xMs) {
    for (; cursor < journal.length && (journal[cursor]?.t ?? 0) <= x; cursor++) {
      const e = journal[cursor] as JournalEntry;
      if (e.kind !== kind || !e.name) continue;
      const key = `${e.namespace ?? ''}/${e.name}`;
      if (e.verb === 'delete') state.delete(key);
      else if (e.detail) state.set(key, e.detail);
    }
    samples.push(read(state));
  }
  const labels = [...new Set(samples.flatMap((s) => [...s.keys()]))].sort();
  return { id, title, xMs, series: labels.map((label) => ({ label, values: samples.map((s) => s.get(label) ?? 0) })) };
}

export function podPhaseChart(id: string, journal: readonly JournalEntry[]): Chart {
  return sampleDetail(id, 'Pods by phase', 'Pod', journal, (state) => {
    const counts = new Map<string, number>();
    for (const d of state.values()) {
      const phase = typeof d['phase'] === 'string' ? d['phase'] : 'Unknown';
      const label = d['terminating'] === true ? 'Terminating' : phase === 'Running' ? (d['ready'] === true ? 'Running (ready)' : 'Running (not ready)') : phase;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return counts;
  });
}

export function endpointsChart(id: string, journal: readonly JournalEntry[]): Chart {
  return sampleDetail(id, 'Ready endpoints per Service', 'Endpoints', journal, (state) =>
    new Map([...state].map(([key, d]) => [key.replace(/^default\//, ''), typeof d['ready'] === 'number' ? d['ready'] : 0])));
}

export function restartsChart(id: string, journal: readonly JournalEntry[]): Chart {
  const chart = sampleDetail(id, 'Container restarts per pod', 'Pod', journal, (state) =>
    new Map([...state].map(([key, d]) => [key.replace(/^default\//, ''), typeof d['restarts'] === 'number' ? d['restarts'] : 0])));
  return { ...chart, series: chart.series.filter((s) => s.values.some((v) => v > 0)) };
}

/** Per ResourceQuota and resource: used as a percentage of hard (so CPU and pods share an axis). */
export function quotaChart(id: string, journal: readonly JournalEntry[]): Chart {
  return sampleDetail(id, 'Quota used (% of hard)', 'ResourceQuota', journal, (state) => {
    const percent = new Map<string, number>();
    for (const [key, d] of state) {
      const hard = (d['hard'] ?? {}) as Record<string, unknown>;
      const used = (d['used'] ?? {}) as Record<string, unknown>;
      for (const resource of Object.keys(hard)) {
        const h = parseQuantity(hard[resource]);
        const u = parseQuantity(used[resource]) ?? 0;
        if (h !== undefined && h > 0) percent.set(`${key.replace(/^default\//, '')} ${resource}`, Math.round((u / h) * 1000) / 10);
      }
    }
    return percent;
  });
}
