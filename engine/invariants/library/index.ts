// The invariant library every scenario checks by default, one line per invariant.
import type { Invariant } from '../invariant.ts';
import { boundPodNodeExists, ownerReferencesResolve } from './references.ts';
import { resourceVersionIncreases } from './resource-versions.ts';
import { uniquePodIPs, uniqueServiceAddresses } from './unique-addresses.ts';
import { quotaStatusMatchesUsage } from './quota-usage.ts';
import { quotaUsedWithinHard } from './quota-within-hard.ts';
import { nodeRequestsWithinAllocatable } from './node-capacity.ts';
import { endpointsMatchReadyPods } from './endpoints-match-pods.ts';
import { replicaSetOwnsReplicas, rolloutAvailabilityBound, rolloutSurgeBound } from './workloads.ts';

export const invariantLibrary: readonly Invariant[] = [
  resourceVersionIncreases,
  uniquePodIPs,
  uniqueServiceAddresses,
  rolloutSurgeBound,
  rolloutAvailabilityBound,
  replicaSetOwnsReplicas,
  boundPodNodeExists,
  ownerReferencesResolve,
  quotaStatusMatchesUsage,
  quotaUsedWithinHard,
  nodeRequestsWithinAllocatable,
  endpointsMatchReadyPods,
];

export function findInvariant(name: string): Invariant | undefined {
  return invariantLibrary.find((i) => i.name === name);
}
