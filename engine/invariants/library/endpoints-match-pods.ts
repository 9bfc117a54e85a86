// Once the cluster settles, a Service's Endpoints list exactly the pods its selector matches that
// have an IP, are not terminal and are not terminating: the Ready ones as ready addresses (all of
// them with publishNotReadyAddresses), the others as not ready
// (pkg/controller/endpoint/endpoints_controller.go → syncService). Pods whose named target port
// they do not declare are left out for that port, so only pods serving at least one port count.
import type { Endpoints, Pod, Service } from 'kubernetes-types/core/v1';
import { isPodReady, managesEndpoints, resolveTargetPort, selects, shouldPodBeInEndpoints } from '../../controllers/endpoints/service-pods.ts';
import { objectName, type Invariant, type Violation } from '../invariant.ts';

const sorted = (ips: string[]): string => [...new Set(ips)].sort().join(',');

export const endpointsMatchReadyPods: Invariant = {
  name: 'endpoints-match-ready-pods', mode: 'settled', resources: ['endpoints', 'pods', 'services'],
  description: 'A settled Service\'s Endpoints hold exactly its selected, serving pods: ready ones as addresses, the rest as not-ready addresses.',
  check(state) {
    const out: Violation[] = [];
    for (const svc of state.list<Service>('services')) {
      if (!managesEndpoints(svc)) continue;
      const publish = svc.spec?.publishNotReadyAddresses === true;
      const headlessNoPorts = svc.spec?.clusterIP === 'None' && (svc.spec.ports ?? []).length === 0;
      const pods = state.list<Pod>('pods', svc.metadata.namespace).filter((p) => selects(svc, p) && shouldPodBeInEndpoints(p, publish)
        && (headlessNoPorts || (svc.spec?.ports ?? []).some((sp) => resolveTargetPort(p, sp) !== undefined)));
      const wantReady = sorted(pods.filter((p) => publish || isPodReady(p)).map((p) => p.status?.podIP ?? ''));
      const wantNotReady = sorted(pods.filter((p) => !publish && !isPodReady(p)).map((p) => p.status?.podIP ?? ''));
      const ep = state.get<Endpoints>('endpoints', svc.metadata.namespace, svc.metadata.name ?? '');
      const subsets = ep?.subsets ?? [];
      const haveReady = sorted(subsets.flatMap((s) => (s.addresses ?? []).map((a) => a.ip)));
      const haveNotReady = sorted(subsets.flatMap((s) => (s.notReadyAddresses ?? []).map((a) => a.ip)));
      if (haveReady !== wantReady || haveNotReady !== wantNotReady) {
        out.push({
          invariant: 'endpoints-match-ready-pods',
          message: `service ${svc.metadata.name ?? ''}: endpoints ready [${haveReady}] not ready [${haveNotReady}], pods ready [${wantReady}] not ready [${wantNotReady}]`,
          objects: [objectName('Service', svc), ...(ep ? [objectName('Endpoints', ep as { metadata?: { namespace?: string; name?: string } })] : [])],
        });
      }
    }
    return out;
  },
};
