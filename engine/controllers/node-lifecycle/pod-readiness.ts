// Pods of a node that stopped being Ready are marked not ready, as
// pkg/controller/util/node/controller_utils.go → MarkPodsNotReady does: each pod's Ready
// condition is set False (reason and message kept) through UpdateStatus, then a Warning
// `NodeNotReady` "Node is not ready" event is recorded on the pod (also when the write failed for
// another reason than NotFound). Pods already not ready are left alone.
import type { Pod } from 'kubernetes-types/core/v1';
import { clone, type KubeObject } from '../../apimachinery/object.ts';
import { isStatusError } from '../../api/errors.ts';
import type { ApiClient } from '../../client/api-client.ts';
import type { EventRecorder } from '../../client/event-recorder.ts';
import { formatTimestamp } from '../../clock/timestamp.ts';
import { updatePodCondition } from './pod-condition.ts';

/** The errors of the writes that failed (NotFound aside); empty when every pod was handled. */
export function markPodsNotReady(client: ApiClient, recorder: EventRecorder, pods: readonly Pod[], nodeName: string, nowMs: number): Error[] {
  const errors: Error[] = [];
  for (const original of pods) {
    if (original.spec?.nodeName !== nodeName) continue;
    const ready = original.status?.conditions?.find((c) => c.type === 'Ready');
    if (!ready) continue;
    const { status, changed } = updatePodCondition(original.status ?? {}, { ...ready, status: 'False' }, formatTimestamp(nowMs));
    if (!changed) continue;
    const pod: Pod = { ...clone(original), status };
    try {
      client.updateStatus('pods', pod);
    } catch (e) {
      if (isStatusError(e, 'NotFound')) continue;
      errors.push(e as Error);
    }
    recorder.event(pod as KubeObject, 'Warning', 'NodeNotReady', 'Node is not ready');
  }
  return errors;
}
