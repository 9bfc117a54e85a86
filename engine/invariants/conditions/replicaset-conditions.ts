// Conditions about a Deployment's new and old ReplicaSets, judged in each state on its own: the
// new one is the oldest ReplicaSet whose pod template equals the Deployment's (ignoring
// pod-template-hash), every other one it controls is old (pkg/controller/deployment/util/
// deployment_util.go → FindNewReplicaSet, FindOldReplicaSets). "replicas" is spec.replicas, the
// DESIRED column of `kubectl get rs`; several old ReplicaSets are summed. A state with no old
// (or no new) ReplicaSet does not satisfy the condition.
import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import { findNewReplicaSet, findOldReplicaSets } from '../../controllers/deployment/replica-sets.ts';
import { objectName } from '../invariant.ts';
import { findDeployment, replicaSetsOf } from '../workload-queries.ts';
import type { ConditionDefinition } from './condition.ts';

const FIELDS: Record<string, (rs: ReplicaSet) => number> = {
  '': (rs) => rs.spec?.replicas ?? 1,
  ready: (rs) => rs.status?.readyReplicas ?? 0,
  available: (rs) => rs.status?.availableReplicas ?? 0,
};

export const replicaSetConditions: ConditionDefinition[] = [
  {
    pattern: /^the (old|new) (?:ReplicaSets?|replica sets?) of deployment "([^"]+)" (?:has|have|had|reached) (\d+) (?:(ready|available) )?replicas?$/,
    example: 'the old ReplicaSet of deployment "web" has 0 replicas',
    evaluate(state, [which = 'old', name = '', n = '0', field = '']) {
      const d = findDeployment(state, name);
      if (!d) return { holds: false, observed: `deployment "${name}" does not exist`, objects: [`Deployment/default/${name}`] };
      const all = replicaSetsOf(state, d);
      const newRS = findNewReplicaSet(d, all);
      const chosen = which === 'new' ? (newRS ? [newRS] : []) : findOldReplicaSets(d, all);
      const objects = [objectName('Deployment', d), ...chosen.map((rs) => objectName('ReplicaSet', rs))];
      if (chosen.length === 0) return { holds: false, observed: `no ${which} ReplicaSet`, objects };
      const value = chosen.reduce((sum, rs) => sum + (FIELDS[field] ?? FIELDS['']!)(rs), 0);
      const label = `${field ? `${field} ` : ''}replicas`;
      return { holds: value === Number(n), observed: `${value} ${label} (${chosen.map((rs) => rs.metadata?.name ?? '').join(', ')})`, objects };
    },
  },
];
