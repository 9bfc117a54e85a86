// Conditions about single pods and Services' endpoints (ready addresses as
// pkg/controller/endpoint/endpoints_controller.go → syncService lists them).
import type { Endpoints, Pod } from 'kubernetes-types/core/v1';
import type { ConditionDefinition } from './condition.ts';

const podObjects = (name: string): string[] => [`Pod/default/${name}`];

export const podConditions: ConditionDefinition[] = [
  {
    pattern: /^pod "([^"]+)" (?:is|was) scheduled on "([^"]+)"$/,
    example: 'pod "web-0" is scheduled on "node-2"',
    evaluate(state, [name = '', node = '']) {
      const pod = state.get<Pod>('pods', 'default', name);
      const on = pod?.spec?.nodeName;
      return { holds: on === node, observed: pod ? (on ? `scheduled on "${on}"` : 'not scheduled') : 'no such pod', objects: podObjects(name) };
    },
  },
  {
    pattern: /^pod "([^"]+)" (?:is|was) (Pending|Running|Succeeded|Failed|Unknown)$/,
    example: 'pod "web" is Running',
    evaluate(state, [name = '', phase = '']) {
      const pod = state.get<Pod>('pods', 'default', name);
      return { holds: pod?.status?.phase === phase, observed: pod ? `phase ${pod.status?.phase ?? 'unset'}` : 'no such pod', objects: podObjects(name) };
    },
  },
  {
    pattern: /^pod "([^"]+)" (?:is|was) ready$/,
    example: 'pod "web" is ready',
    evaluate(state, [name = '']) {
      const pod = state.get<Pod>('pods', 'default', name);
      const ready = (pod?.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
      return { holds: ready, observed: pod ? (ready ? 'ready' : 'not ready') : 'no such pod', objects: podObjects(name) };
    },
  },
  {
    pattern: /^the service "([^"]+)" (?:has|had|reached) (\d+) ready endpoints?$/,
    example: 'the service "web" has 3 ready endpoints',
    evaluate(state, [name = '', n = '0']) {
      const ep = state.get<Endpoints>('endpoints', 'default', name);
      const ready = (ep?.subsets ?? []).reduce((sum, s) => sum + (s.addresses?.length ?? 0), 0);
      return { holds: ready === Number(n), observed: ep ? `${ready} ready endpoints` : 'no Endpoints object', objects: [`Service/default/${name}`, `Endpoints/default/${name}`] };
    },
  },
];
