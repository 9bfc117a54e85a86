// The failure attachments of kubespec's After hook (read back by reports/model/failure-state.ts):
// `kubectl get all -A -o wide` at the failure and the objects the failing step involved
// (support/involved-objects.ts) as `kubectl get -o yaml` prints them, capped in count and size.
// kubectl runs read-only here, without running work that is due, so the state is exactly what
// the failing step left behind. Leaves out objects beyond the cap (a closing comment counts them).
import { ApiClient } from '../../engine/client/api-client.ts';
import type { Cluster } from '../../engine/cluster.ts';
import { runKubectl } from '../../engine/kubectl/kubectl.ts';
import type { KubectlResult } from '../../engine/kubectl/kubectl-context.ts';
import { CLUSTER_STATE_FILE, OBJECTS_FILE, YAML_MEDIA_TYPE } from '../../reports/model/failure-state.ts';
import { involvedObjects, refsInDocString, refsInJournal, refsInText, resolveRef, storeObjects, type Found, type Ref } from './involved-objects.ts';
import type { FailedStep, KubespecWorld } from './world.ts';

export const MAX_OBJECTS = 15;
export const MAX_YAML_BYTES = 64 * 1024;

export function attachFailureState(world: KubespecWorld): void {
  try {
    const all = inspect(world.cluster, 'get all -A -o wide');
    world.attach(all.stdout || all.stderr, { mediaType: 'text/plain', fileName: CLUSTER_STATE_FILE });
    world.attach(involvedYaml(world.cluster, world.failedStep), { mediaType: YAML_MEDIA_TYPE, fileName: OBJECTS_FILE });
  } catch (error) {
    world.attach(`the cluster state at the failure could not be captured: ${(error as Error).message}`, 'text/plain');
  }
}

/** kubectl against the cluster without advancing it or running due work; reads only. */
export function inspect(cluster: Cluster, commandLine: string): KubectlResult {
  return runKubectl({
    client: new ApiClient(cluster.api, 'kubectl'),
    nowMs: () => cluster.clock.nowMs(),
    readFile: (path) => { throw new Error(`the path "${path}" does not exist`); },
    waitFor: (done) => done(),
  }, commandLine);
}

export function involvedYaml(cluster: Cluster, failed: FailedStep | undefined): string {
  const objects = storeObjects((resource) => cluster.store.list(resource).items);
  const journal = cluster.journal.entries();
  const candidates: [string, () => Ref[]][] = [
    ['named by the failing step', () => (failed ? [...refsInText(failed.text), ...refsInDocString(failed.docString)] : [])],
    ['written while the failing step ran', () => (failed ? refsInJournal(journal.slice(failed.journalFrom)) : [])],
    ['written since the last action step', () => (failed ? refsInJournal(journal.slice(failed.actionJournalFrom)) : [])],
    ["written by the scenario's steps", () => refsInJournal(journal, true)],
  ];
  const step = failed ? ` at the failing step ${JSON.stringify(failed.text)}` : '';
  for (const [how, refs] of candidates) {
    const seeds = refs().flatMap((ref) => resolveRef(ref, objects));
    if (seeds.length === 0) continue;
    const head = `# Objects ${how}, with their owners and what they own, at t=${cluster.clock.nowMs()}ms${step}`;
    return renderCapped(cluster, head, involvedObjects(seeds, objects));
  }
  return `# No objects involved${step}: it names none that exist, and the scenario wrote none\n`;
}

function renderCapped(cluster: Cluster, head: string, involved: readonly Found[]): string {
  const docs: string[] = [];
  let bytes = head.length;
  for (const f of involved.slice(0, MAX_OBJECTS)) {
    const doc = inspect(cluster, getCommand(f)).stdout;
    if (docs.length > 0 && bytes + doc.length > MAX_YAML_BYTES) break;
    docs.push(doc);
    bytes += doc.length + 4;
  }
  const left = involved.length - docs.length;
  const tail = left > 0 ? `# ${left} more involved object(s) left out (at most ${MAX_OBJECTS} objects and ${MAX_YAML_BYTES / 1024} KiB are attached)\n` : '';
  return `${head}\n${docs.join('---\n')}${tail}`;
}

function getCommand({ type, object }: Found): string {
  const resource = type.group ? `${type.resource}.${type.group}` : type.resource;
  const ns = type.namespaced ? ` -n '${object.metadata.namespace ?? 'default'}'` : '';
  return `get ${resource} '${object.metadata.name ?? ''}'${ns} -o yaml`;
}
