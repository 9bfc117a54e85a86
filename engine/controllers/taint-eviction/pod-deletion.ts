// What happens when a pod's time on a NoExecute-tainted node is up: taint_eviction.go →
// deletePodHandler (a Normal TaintManagerEviction "Marking for deletion Pod %s" event, then up to
// 5 attempts of addConditionAndDeletePod: read the pod, add DisruptionTarget True, reason
// DeletionByTaintManager, "Taint manager: deleting due to NoExecute taint" through a status
// write, then delete it with its own grace period) and the cancellation event
// ("Cancelling deletion of Pod %s"). Events refer to the pod by namespace and name only.
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { ApiClient } from '../../client/api-client.ts';
import type { EventRecorder } from '../../client/event-recorder.ts';
import { formatTimestamp } from '../../clock/timestamp.ts';
import { updatePodCondition } from '../node-lifecycle/pod-condition.ts';

const RETRIES = 5;

const podRef = (namespace: string, name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { namespace, name } });

export function splitPodKey(key: string): { namespace: string; name: string } {
  const i = key.indexOf('/');
  return { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

export function emitPodDeletionEvent(recorder: EventRecorder, key: string): void {
  const { namespace, name } = splitPodKey(key);
  recorder.event(podRef(namespace, name), 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${key}`);
}

export function emitCancelPodDeletionEvent(recorder: EventRecorder, key: string): void {
  const { namespace, name } = splitPodKey(key);
  recorder.event(podRef(namespace, name), 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${key}`);
}

/** deletePodHandler for the pod `namespace/name`; false when every attempt failed. */
export function deletePodForTaint(client: ApiClient, recorder: EventRecorder, key: string, nowMs: number): boolean {
  emitPodDeletionEvent(recorder, key);
  const { namespace, name } = splitPodKey(key);
  for (let i = 0; i < RETRIES; i++) {
    try {
      addConditionAndDeletePod(client, namespace, name, nowMs);
      return true;
    } catch {
      // "time.Sleep(10 * time.Millisecond)" and try again.
    }
  }
  return false;
}

function addConditionAndDeletePod(client: ApiClient, namespace: string, name: string, nowMs: number): void {
  const pod = client.get<Pod>('pods', namespace, name);
  const { status, changed } = updatePodCondition(pod.status ?? {}, {
    type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint',
  }, formatTimestamp(nowMs));
  // utilpod.PatchPodStatus sends the condition as a status patch; writing the read pod's status
  // back stores the same thing (with lastProbeTime null, as the API serialises a zero time).
  if (changed) client.updateStatus('pods', { ...pod, status });
  client.delete('pods', namespace, name);
}
