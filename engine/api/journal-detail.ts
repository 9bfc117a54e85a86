// The few status numbers the journal carries per write so that assertions over time and the
// report's timelines can be computed from the journal alone (replicas of workloads, a pod's
// phase/readiness/node/restarts, a Service's endpoint counts and ready addresses), and recordWrite,
// which journals a committed write with them for the API server and its subresources alike. Not a
// Kubernetes concept; the addresses are spelled as kubectl's ENDPOINTS column spells them.
import type { KubeObject } from '../apimachinery/object.ts';
import type { Journal, JournalVerb } from '../journal/journal.ts';

type Detail = Record<string, unknown>;

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

export function journalDetail(obj: KubeObject): Detail | undefined {
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  const status = (obj.status ?? {}) as Record<string, unknown>;
  switch (obj.kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'ReplicationController':
      return {
        replicas: num(spec.replicas ?? 1), statusReplicas: num(status.replicas), updatedReplicas: num(status.updatedReplicas),
        readyReplicas: num(status.readyReplicas), availableReplicas: num(status.availableReplicas),
      };
    case 'Pod': {
      const conditions = (status.conditions ?? []) as { type: string; status: string }[];
      const statuses = (status.containerStatuses ?? []) as { restartCount?: number }[];
      return {
        phase: status.phase, node: spec.nodeName ?? null,
        ready: conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
        restarts: statuses.reduce((n, s) => n + num(s.restartCount), 0),
        terminating: obj.metadata.deletionTimestamp !== undefined,
      };
    }
    case 'Endpoints': {
      const subsets = (obj as { subsets?: EndpointSubset[] }).subsets ?? [];
      return {
        ready: subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0),
        notReady: subsets.reduce((n, s) => n + (s.notReadyAddresses?.length ?? 0), 0),
        addresses: subsets.flatMap(readyAddresses),
      };
    }
    case 'ResourceQuota':
      return { hard: status.hard ?? {}, used: status.used ?? {} };
    default:
      return undefined;
  }
}

interface EndpointSubset { addresses?: { ip: string }[]; notReadyAddresses?: unknown[]; ports?: { port: number }[] }

/**
 * Every ready address of a subset, per port as `ip:port` (`[ip]:port` for IPv6), or the bare IP
 * when the subset has no ports (headless): kubectl's formatEndpoints
 * (pkg/printers/internalversion/printers.go) without its three-address cut-off.
 */
function readyAddresses(subset: EndpointSubset): string[] {
  const ips = (subset.addresses ?? []).map((a) => a.ip);
  if (!subset.ports?.length) return ips;
  return subset.ports.flatMap((p) => ips.map((ip) => `${ip.includes(':') ? `[${ip}]` : ip}:${p.port}`));
}

/** Journals one committed write by `component`, with its detail. Events are left out: the recorder journals them as verb 'event'. */
export function recordWrite(journal: Journal, component: string, verb: JournalVerb, obj: KubeObject): void {
  if (obj.kind === 'Event') return;
  const detail = journalDetail(obj);
  journal.record({
    component, verb, kind: obj.kind, name: obj.metadata.name ?? '', rv: obj.metadata.resourceVersion ?? '',
    ...(obj.metadata.namespace !== undefined ? { namespace: obj.metadata.namespace } : {}),
    ...(detail ? { detail } : {}),
  });
}
