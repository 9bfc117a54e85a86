// Golden test of the whole scheduler core: seeded varied workloads (golden-workload.ts) run through
// SchedulerCore with cluster events in between (pods bound and confirmed, deleted, preempted; nodes
// cordoned, relabelled, added; back-off and leftover flushes), and through ScheduleAlgorithm with
// every feasible node's score recorded. The transcript (chosen node, FitError message, events,
// nominations, scores) must equal scheduling-golden.txt byte for byte: optimisations of the
// scheduler may not change a single decision. UPDATE_GOLDEN=1 rewrites the file.
import { describe, it } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'expect';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import { hashSeed, SeededRandom } from '../random/seeded-random.ts';
import { buildSnapshot } from './framework/snapshot.ts';
import { defaultProfile } from './plugins/index.ts';
import { ScheduleAlgorithm, unschedulableMessage } from './schedule-one.ts';
import { SchedulerCore } from './scheduler-core.ts';
import { goldenNode, goldenPod } from './golden-workload.ts';

const GOLDEN = new URL('./scheduling-golden.txt', import.meta.url);
const name = (p: Pod): string => p.metadata?.name ?? '';
const nodeName = (i: number): string => `node-${String(i).padStart(3, '0')}`;
const PDBS: PodDisruptionBudget[] = [{
  metadata: { name: 'db', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'db' } } },
  status: { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1, expectedPods: 1 },
}];

interface Scenario { seed: number; nodes: number; pods: number }

/** Runs one workload through SchedulerCore, emulating what the API and the watches feed back. */
function runCore(s: Scenario): string[] {
  const r = new SeededRandom(s.seed);
  const log: string[] = [];
  const bound = new Map<string, Pod>();
  const effects: Array<() => void> = [];
  let nowMs = 0;
  const core: SchedulerCore = new SchedulerCore({
    bind: (pod, node) => { bound.set(name(pod), { ...pod, spec: { ...pod.spec!, nodeName: node } }); effects.push(() => core.cache.updatePod(bound.get(name(pod))!)); },
    scheduled: (_pod, _node, message) => log.push(`Scheduled ${message}`),
    failed: (pod, message, nominated) => {
      log.push(`FailedScheduling ${name(pod)}${nominated === undefined ? '' : ` nominated=${nominated}`}: ${message}`);
      if (nominated === undefined) return;
      const status = { ...pod.status };
      if (nominated === null) delete status.nominatedNodeName;
      else status.nominatedNodeName = nominated;
      effects.push(() => core.queue.update({ ...pod, status }, nowMs));
    },
    preemptVictim: (victim, preemptor, node) => {
      log.push(`Preempted ${name(victim)} by ${name(preemptor)} on ${node}`);
      effects.push(() => { bound.delete(name(victim)); core.cache.removePod(victim); core.onClusterEvent('Pod/Delete', nowMs); });
    },
    clearNomination: (pod) => log.push(`clear nomination of ${name(pod)}`),
    pdbs: () => PDBS,
  });
  const nodes: Node[] = [];
  for (let i = 0; i < s.nodes; i++) { nodes.push(goldenNode(r, nodeName(i))); core.cache.addNode(nodes[i]!); }
  const names = nodes.map((n) => n.metadata?.name ?? '');
  let created = 0;
  const cycle = (): void => {
    const result = core.scheduleOne(nowMs);
    if (result !== 'idle') log.push(`cycle ${result}`);
    for (const effect of effects.splice(0)) effect();
  };
  while (created < s.pods) {
    for (let k = r.int(4); k > 0 && created < s.pods; k--) core.queue.add(goldenPod(r, `p-${created++}`, names), nowMs);
    for (let k = r.intBetween(1, 2); k > 0; k--) cycle();
    clusterEvent(r, core, nodes, bound, nowMs, log);
    nowMs += 250;
    core.queue.flushBackoffQCompleted(nowMs);
  }
  for (let round = 0; round < 40 && core.queue.sizes().active + core.queue.sizes().backoff > 0; round++) {
    while (core.queue.sizes().active > 0) cycle();
    nowMs += 11_000;
    core.queue.flushBackoffQCompleted(nowMs);
    core.queue.flushUnschedulablePodsLeftover(nowMs);
  }
  log.push(`end queue ${JSON.stringify(core.queue.sizes())} bound ${bound.size}`);
  return log;
}

/** Occasionally: delete a bound pod, cordon/uncordon or relabel a node, or add one. */
function clusterEvent(r: SeededRandom, core: SchedulerCore, nodes: Node[], bound: Map<string, Pod>, nowMs: number, log: string[]): void {
  const roll = r.int(100);
  if (roll < 10 && bound.size > 0) {
    const victim = r.pick([...bound.keys()]);
    log.push(`delete ${victim}`);
    core.cache.removePod(bound.get(victim)!);
    bound.delete(victim);
    core.onClusterEvent('Pod/Delete', nowMs);
  } else if (roll < 14) {
    const i = r.int(nodes.length);
    const old = nodes[i]!;
    const node: Node = { ...old, spec: { ...old.spec, unschedulable: !old.spec?.unschedulable } };
    nodes[i] = node;
    log.push(`cordon ${node.metadata?.name} ${String(node.spec?.unschedulable)}`);
    core.cache.updateNode(node);
    core.onClusterEvent('Node/UpdateNodeUnschedulable', nowMs);
  } else if (roll < 17) {
    const i = r.int(nodes.length);
    const old = nodes[i]!;
    const node: Node = { ...old, metadata: { ...old.metadata, labels: { ...old.metadata?.labels, zone: r.pick(['a', 'b', 'c']) } } };
    nodes[i] = node;
    log.push(`relabel ${node.metadata?.name} zone=${node.metadata?.labels?.['zone']}`);
    core.cache.updateNode(node);
    core.onClusterEvent('Node/UpdateNodeLabel', nowMs);
  } else if (roll < 18) {
    const node = goldenNode(r, `extra-${nodes.length}`);
    nodes.push(node);
    log.push(`add ${node.metadata?.name}`);
    core.cache.addNode(node);
    core.onClusterEvent('Node/Add', nowMs);
  }
}

/** Scores of every feasible node for pods over a fixed snapshot (no assumption between pods). */
function runScores(s: Scenario): string[] {
  const r = new SeededRandom(s.seed);
  const nodes = Array.from({ length: s.nodes }, (_, i) => goldenNode(r, nodeName(i)));
  const names = nodes.map((n) => n.metadata?.name ?? '');
  const placed = Array.from({ length: s.nodes }, (_, i) => {
    const pod = goldenPod(r, `e-${i}`, names);
    return { ...pod, spec: { ...pod.spec!, nodeName: r.pick(names) } };
  });
  const snapshot = buildSnapshot(nodes, placed);
  const algorithm = new ScheduleAlgorithm(defaultProfile, 0, true);
  const log: string[] = [];
  for (let i = 0; i < s.pods; i++) {
    const pod = goldenPod(r, `p-${i}`, names);
    const result = algorithm.schedulePod(pod, snapshot);
    if (result.kind === 'scheduled') {
      const scores = result.scores.map((x) => `${x.name}=${x.score}`).join(',');
      log.push(`${name(pod)} -> ${result.suggestedHost} evaluated=${result.evaluatedNodes} feasible=${result.feasibleNodes} scores#${hashSeed(scores) >>> 0}`);
    } else if (result.kind === 'unschedulable') {
      log.push(`${name(pod)} x ${unschedulableMessage(result)} plugins=${[...result.diagnosis.unschedulablePlugins].sort().join(',')}`);
    } else {
      log.push(`${name(pod)} x ${result.message}`);
    }
  }
  return log;
}

const SCENARIOS: Array<{ title: string; run: () => string[] }> = [
  { title: 'core, 60 nodes (all evaluated), 500 pods', run: () => runCore({ seed: 1, nodes: 60, pods: 500 }) },
  { title: 'core, 300 nodes (rotating start index), 700 pods', run: () => runCore({ seed: 2, nodes: 300, pods: 700 }) },
  { title: 'core, 1200 nodes, 400 pods', run: () => runCore({ seed: 3, nodes: 1200, pods: 400 }) },
  { title: 'scores, 80 nodes, 300 pods', run: () => runScores({ seed: 4, nodes: 80, pods: 300 }) },
  { title: 'scores, 700 nodes, 200 pods', run: () => runScores({ seed: 5, nodes: 700, pods: 200 }) },
];

function transcript(): string {
  return SCENARIOS.map((s) => [`## ${s.title}`, ...s.run()].join('\n')).join('\n') + '\n';
}

describe('scheduling golden transcript', () => {
  it('every decision, message and score equals scheduling-golden.txt', () => {
    const actual = transcript();
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, actual);
    const golden = readFileSync(GOLDEN, 'utf8').split('\n');
    const lines = actual.split('\n');
    const firstDiff = lines.findIndex((line, i) => line !== golden[i]);
    expect({ line: firstDiff, actual: lines[firstDiff], golden: golden[firstDiff] }).toEqual({ line: -1, actual: undefined, golden: undefined });
    expect(lines.length).toBe(golden.length);
  });
});
