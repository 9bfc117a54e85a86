// Conditions about Events: an Event with this reason exists (optionally for one involved
// object), as `kubectl get events` lists them. Over a window its first moment is the first
// occurrence, so "the first FailedScheduling event" and "a FailedScheduling event" mean the
// same; repeats that only bump count (client-go/tools/record/events_cache.go) change nothing.
import type { Event } from 'kubernetes-types/core/v1';
import type { ConditionDefinition } from './condition.ts';

const KINDS: Record<string, string> = {
  pod: 'Pod', deployment: 'Deployment', replicaset: 'ReplicaSet', 'replica set': 'ReplicaSet', node: 'Node', service: 'Service',
  statefulset: 'StatefulSet', job: 'Job',
};

export const eventConditions: ConditionDefinition[] = [
  {
    pattern: /^(?:the first |the |an? )?"([^"]+)" event(?: (?:for|of|on) (?:the )?(pod|deployment|replicaset|replica set|node|service|statefulset|job) "([^"]+)")?(?: (?:came|happened|occurred|was recorded|is recorded|has been recorded))?$/,
    example: 'the first "FailedScheduling" event for pod "big" was recorded',
    evaluate(state, [reason = '', kind = '', name = '']) {
      const matching = state.list<Event>('events').filter((e) => e.reason === reason
        && (!kind || (e.involvedObject.kind === KINDS[kind] && e.involvedObject.name === name)));
      const first = matching[0];
      const subject = kind ? ` for ${kind} "${name}"` : '';
      const objects = matching.map((e) => `${e.involvedObject.kind ?? ''}/${e.involvedObject.namespace ? `${e.involvedObject.namespace}/` : ''}${e.involvedObject.name ?? ''}`);
      return {
        holds: first !== undefined,
        observed: first ? `${matching.length} "${reason}" event${matching.length === 1 ? '' : 's'}${subject}` : `no "${reason}" event${subject}`,
        objects: kind ? [`${KINDS[kind] ?? kind}/default/${name}`] : objects,
      };
    },
  },
];
