// Conditions about Deployments and their pods (status fields as pkg/controller/deployment/
// sync.go → calculateStatus writes them; pod availability as IsPodAvailable).
import type { ClusterState } from '../cluster-state.ts';
import { objectName } from '../invariant.ts';
import { findDeployment, isPodActive, isPodAvailable, isPodReady, podsOfDeployment, replicaSetsOf } from '../workload-queries.ts';
import type { ConditionDefinition, ConditionResult } from './condition.ts';

const missing = (name: string): ConditionResult => ({ holds: false, observed: `deployment "${name}" does not exist`, objects: [`Deployment/default/${name}`] });

/** The Deployment, its ReplicaSets and their pods, as `Kind/namespace/name`. */
export function deploymentObjects(state: ClusterState, name: string): string[] {
  const d = findDeployment(state, name);
  if (!d) return [`Deployment/default/${name}`];
  return [objectName('Deployment', d), ...replicaSetsOf(state, d).map((rs) => objectName('ReplicaSet', rs)), ...podsOfDeployment(state, d).map((p) => objectName('Pod', p))];
}

function podCounts(state: ClusterState, name: string): { active: number; available: number; ready: number } | undefined {
  const d = findDeployment(state, name);
  if (!d) return undefined;
  const pods = podsOfDeployment(state, d).filter(isPodActive);
  const minReady = d.spec?.minReadySeconds ?? 0;
  return {
    active: pods.length,
    ready: pods.filter(isPodReady).length,
    available: pods.filter((p) => isPodAvailable(p, minReady, state.nowMs)).length,
  };
}

export const workloadConditions: ConditionDefinition[] = [
  {
    pattern: /^the deployment "([^"]+)" (?:has|had|reached) (\d+) (available|ready|updated|unavailable) replicas?$/,
    example: 'the deployment "web" has 4 available replicas',
    evaluate(state, [name = '', n = '0', field = 'available']) {
      const d = findDeployment(state, name);
      if (!d) return missing(name);
      const status = (d.status ?? {}) as Record<string, number | undefined>;
      const value = status[`${field}Replicas`] ?? 0;
      return { holds: value === Number(n), observed: `${value} ${field} replicas`, objects: deploymentObjects(state, name) };
    },
  },
  {
    pattern: /^the deployment "([^"]+)" (?:is|was) rolled out$/,
    example: 'the deployment "web" is rolled out',
    evaluate(state, [name = '']) {
      const d = findDeployment(state, name);
      if (!d) return missing(name);
      const want = d.spec?.replicas ?? 1;
      const s = d.status ?? {};
      const holds = (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) && s.updatedReplicas === want
        && (s.replicas ?? 0) === want && (s.availableReplicas ?? 0) === want;
      return { holds, observed: `${s.updatedReplicas ?? 0} updated, ${s.replicas ?? 0} total, ${s.availableReplicas ?? 0} available of ${want}`, objects: deploymentObjects(state, name) };
    },
  },
  {
    pattern: /^at least (\d+) pods? of deployment "([^"]+)" (?:are|were|is|was) (available|ready)(?: and at most (\d+) (?:exist|existed))?$/,
    example: 'at least 3 pods of deployment "web" are available and at most 5 exist',
    evaluate(state, [min = '0', name = '', what = 'available', max]) {
      const c = podCounts(state, name);
      if (!c) return missing(name);
      const have = what === 'ready' ? c.ready : c.available;
      const holds = have >= Number(min) && (!max || c.active <= Number(max));
      return { holds, observed: `${have} ${what}, ${c.active} existing`, objects: deploymentObjects(state, name) };
    },
  },
  {
    pattern: /^at most (\d+) pods? of deployment "([^"]+)" (?:exist|existed)$/,
    example: 'at most 5 pods of deployment "web" exist',
    evaluate(state, [max = '0', name = '']) {
      // No Deployment, no pods: "at most" holds, so the phrase works as a property from the start.
      const c = podCounts(state, name);
      if (!c) return { ...missing(name), holds: true };
      return { holds: c.active <= Number(max), observed: `${c.active} existing`, objects: deploymentObjects(state, name) };
    },
  },
  {
    pattern: /^(\d+) pods? of deployment "([^"]+)" (?:are|were|is|was) (running|ready|available)$/,
    example: '4 pods of deployment "web" are ready',
    evaluate(state, [n = '0', name = '', what = 'ready']) {
      const d = findDeployment(state, name);
      if (!d) return missing(name);
      const pods = podsOfDeployment(state, d).filter(isPodActive);
      const count = what === 'running' ? pods.filter((p) => p.status?.phase === 'Running').length
        : what === 'ready' ? pods.filter(isPodReady).length
          : pods.filter((p) => isPodAvailable(p, d.spec?.minReadySeconds ?? 0, state.nowMs)).length;
      return { holds: count === Number(n), observed: `${count} ${what}`, objects: deploymentObjects(state, name) };
    },
  },
];
