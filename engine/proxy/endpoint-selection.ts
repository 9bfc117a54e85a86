// Which endpoint a proxied connection goes to (pkg/proxy/topology.go → CategorizeEndpoints;
// iptables mode's random `statistic` rules): ready endpoints, or — when none is ready —
// serving terminating ones (ProxyTerminatingEndpoints); with a Local traffic policy only those
// on the node the traffic arrives at; ClientIP session affinity sticks a client to its
// endpoint for timeoutSeconds (default 10800). The random pick uses the seeded source; round
// robin (ipvs `rr`) is available as an option.
import type { Service } from 'kubernetes-types/core/v1';
import type { Endpoint } from 'kubernetes-types/discovery/v1';
import type { SeededRandom } from '../random/seeded-random.ts';

export type BalancingMode = 'random' | 'round-robin';

export interface Candidate {
  ip: string;
  port: number;
  node: string | undefined;
  pod: string;
}

export function usableEndpoints(all: readonly { endpoint: Endpoint; port: number }[], localNode: string | undefined): Candidate[] {
  const toCandidate = ({ endpoint, port }: { endpoint: Endpoint; port: number }): Candidate => ({
    ip: endpoint.addresses[0] ?? '', port, node: endpoint.nodeName, pod: endpoint.targetRef?.name ?? '',
  });
  const local = localNode === undefined ? all : all.filter((e) => e.endpoint.nodeName === localNode);
  const ready = local.filter((e) => e.endpoint.conditions?.ready !== false);
  if (ready.length > 0) return ready.map(toCandidate);
  return local.filter((e) => e.endpoint.conditions?.serving === true && e.endpoint.conditions.terminating === true).map(toCandidate);
}

export class EndpointPicker {
  private readonly affinity = new Map<string, { ip: string; untilMs: number }>();
  private readonly cursor = new Map<string, number>();

  constructor(private readonly random: SeededRandom, private readonly mode: BalancingMode = 'random') {}

  pick(service: Service, candidates: Candidate[], clientIP: string, nowMs: number): Candidate {
    const key = `${service.metadata?.namespace ?? ''}/${service.metadata?.name ?? ''}`;
    if (service.spec?.sessionAffinity === 'ClientIP') {
      const sticky = this.affinity.get(`${key}|${clientIP}`);
      const hit = sticky && sticky.untilMs > nowMs ? candidates.find((c) => c.ip === sticky.ip) : undefined;
      const chosen = hit ?? this.choose(key, candidates);
      const timeoutS = service.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800;
      this.affinity.set(`${key}|${clientIP}`, { ip: chosen.ip, untilMs: nowMs + timeoutS * 1000 });
      return chosen;
    }
    return this.choose(key, candidates);
  }

  private choose(key: string, candidates: Candidate[]): Candidate {
    if (this.mode === 'round-robin') {
      const i = (this.cursor.get(key) ?? 0) % candidates.length;
      this.cursor.set(key, i + 1);
      return candidates[i]!;
    }
    return this.random.pick(candidates);
  }
}
