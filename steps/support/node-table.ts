// Reads the `Given a cluster with nodes:` table: columns name, cpu, memory, pods, labels
// (`k=v,k2=v2`) and taints (`key=value:Effect,...`); absent columns take the node defaults.
import type { NodeSpec, TaintSpec } from '../../engine/kubelet/node-spec.ts';

const EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

export function nodeFromRow(row: Record<string, string>): NodeSpec {
  const name = row.name?.trim();
  if (!name) throw new Error('every row of the nodes table needs a name');
  const spec: NodeSpec = { name };
  if (row.cpu?.trim()) spec.cpu = row.cpu.trim();
  if (row.memory?.trim()) spec.memory = row.memory.trim();
  if (row.pods?.trim()) spec.pods = Number(row.pods.trim());
  if (row.labels?.trim()) spec.labels = parseLabels(row.labels);
  if (row.taints?.trim()) spec.taints = row.taints.split(',').map((t) => parseTaint(t.trim()));
  return spec;
}

export function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const i = pair.indexOf('=');
    if (i < 0) throw new Error(`label "${pair}" is not of the form key=value`);
    labels[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return labels;
}

/** `key=value:Effect` or `key:Effect`, as `kubectl taint` writes taints. */
export function parseTaint(text: string): TaintSpec {
  const m = /^([^=:]+)(?:=([^:]*))?:(\w+)$/.exec(text);
  if (!m || !EFFECTS.has(m[3]!)) throw new Error(`invalid taint spec: ${text}`);
  const taint: TaintSpec = { key: m[1]!, effect: m[3] as TaintSpec['effect'] };
  if (m[2] !== undefined) taint.value = m[2];
  return taint;
}
