// The EndpointSlice controller (pkg/controller/endpointslice/endpointslice_controller.go,
// staging/src/k8s.io/endpointslice/reconciler.go): keeps a Service's slices equal to the
// desired content, reusing existing slices in order, creating new ones with generateName
// `<service>-`, deleting leftovers, and writing nothing when nothing changed.
// Leaves out the placeholder slice and topology hints.
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Node } from 'kubernetes-types/core/v1';
import { jsonEqual, splitMetaKey } from '../../apimachinery/object.ts';
import type { ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { watchServicesAndPods } from '../endpoints/endpoints-controller.ts';
import { managesEndpoints, selects } from '../endpoints/service-pods.ts';
import { desiredSlices } from './desired-slices.ts';

const SERVICE_NAME = 'kubernetes.io/service-name';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const CONTROLLER = 'endpointslice-controller.k8s.io';

export const endpointSliceController: ControllerDefinition = {
  name: 'endpointslice-controller',
  start(ctx) {
    const queue = new WorkQueue(ctx, (key) => sync(key));
    const { services, pods } = watchServicesAndPods(ctx, queue);
    const nodes = ctx.informers.informer<Node>('nodes');
    const slices = ctx.informers.informer<EndpointSlice>('endpointslices');
    const sync = (key: string): void => {
      const { namespace, name } = splitMetaKey(key);
      const svc = services.get(namespace, name);
      const existing = slices.list(namespace, (s) => s.metadata.labels?.[SERVICE_NAME] === name && s.metadata.labels?.[MANAGED_BY] === CONTROLLER);
      if (!svc || !managesEndpoints(svc)) {
        for (const s of existing) ctx.client.delete('endpointslices', namespace, s.metadata.name ?? '');
        return;
      }
      const wanted = desiredSlices(svc, pods.list(namespace, (p) => selects(svc, p)), (n) => nodes.get(undefined, n));
      const labels = { ...svc.metadata.labels, [SERVICE_NAME]: name, [MANAGED_BY]: CONTROLLER };
      const owner = { apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata.uid ?? '', controller: true, blockOwnerDeletion: true };
      wanted.forEach((content, i) => {
        const current = existing[i];
        const body: EndpointSlice = {
          apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', addressType: 'IPv4', endpoints: content.endpoints, ports: content.ports,
          metadata: { namespace: namespace ?? 'default', labels, ownerReferences: [owner], ...(current ? { name: current.metadata.name ?? '', resourceVersion: current.metadata.resourceVersion ?? '' } : { generateName: `${name}-` }) },
        };
        if (!current) ctx.client.create('endpointslices', body);
        else if (!jsonEqual(current.endpoints, body.endpoints) || !jsonEqual(current.ports, body.ports) || !jsonEqual(current.metadata.labels, labels)) {
          ctx.client.update('endpointslices', { ...current, ...body, metadata: { ...current.metadata, labels } });
        }
      });
      for (const extra of existing.slice(wanted.length)) ctx.client.delete('endpointslices', namespace, extra.metadata.name ?? '');
    };
  },
};
