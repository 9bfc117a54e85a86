// Property: every plugin's batch Filter and Score over a snapshot's rows, in any order, gives each
// node exactly what running it on that node alone gives (statuses, kept order, raw scores), over
// the golden test's varied nodes and pods. Guards the batch loops' shortcuts (table flags,
// last-value reuse in the resource scores, in-place compaction).
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { SeededRandom } from '../../random/seeded-random.ts';
import { goldenNode, goldenPod } from '../golden-workload.ts';
import { defaultProfile } from '../plugins/index.ts';
import { CycleState } from './cycle-state.ts';
import { scoreAll } from './plugin-helpers.ts';
import { Rejections } from './rejections.ts';
import { runFilterPlugins, runFilterPluginsOnBatch, runPreFilterPlugins } from './run-filters.ts';
import { buildSnapshot } from './snapshot.ts';
import { isSuccess } from './status.ts';

function workload(seed: number) {
  const r = new SeededRandom(seed);
  const nodes = Array.from({ length: 24 }, (_, i) => goldenNode(r, `n${i}`));
  const names = nodes.map((n) => n.metadata?.name ?? '');
  const placed = Array.from({ length: 30 }, (_, i) => {
    const pod = goldenPod(r, `e${i}`, names);
    return { ...pod, spec: { ...pod.spec!, nodeName: r.pick(names) } };
  });
  const pods = Array.from({ length: 20 }, (_, i) => goldenPod(r, `p${i}`, names));
  return { snapshot: buildSnapshot(nodes, placed), pods };
}

describe('batch Filter and Score plugins', () => {
  it('property: a batch over shuffled rows equals node-by-node filtering', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(fc.nat(), { minLength: 24, maxLength: 24 }), (seed, keys) => {
      const { snapshot, pods } = workload(seed);
      const order = snapshot.nodeInfos.map((n) => n.row).sort((a, b) => (keys[a]! - keys[b]!) || a - b);
      for (const pod of pods) {
        const pre = runPreFilterPlugins(defaultProfile.filters, new CycleState(), pod, snapshot.table);
        if (pre.kind === 'rejected') continue;
        const single = order.map((row) => runFilterPlugins(pre.filters, snapshot.table.infos[row]!));
        const rows = Int32Array.from(order);
        const rejected = new Rejections();
        const kept = runFilterPluginsOnBatch(pre.filters, snapshot.table, rows, 0, rows.length, rejected);
        expect(Array.from(rows.subarray(0, kept))).toEqual(order.filter((_, i) => isSuccess(single[i]!)));
        const byRow = new Map(Array.from({ length: rejected.size }, (_, i) => [rejected.row(i), rejected.status(i)]));
        expect(order.filter((_, i) => !isSuccess(single[i]!)).map((row) => byRow.get(row))).toEqual(single.filter((s) => !isSuccess(s)));
      }
    }), { seed: 3, numRuns: 40 });
  });

  it('property: a batch Score over shuffled rows equals scoring each node alone', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(fc.nat(), { minLength: 24, maxLength: 24 }), (seed, keys) => {
      const { snapshot, pods } = workload(seed);
      const nodes = [...snapshot.nodeInfos].sort((a, b) => (keys[a.row]! - keys[b.row]!) || a.row - b.row);
      for (const pod of pods) {
        for (const plugin of defaultProfile.scorers) {
          expect(scoreAll(plugin, pod, nodes)).toEqual(nodes.map((n) => scoreAll(plugin, pod, [n])[0]));
        }
      }
    }), { seed: 5, numRuns: 40 });
  });
});
