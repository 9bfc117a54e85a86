// The EndpointSlice mirroring controller (pkg/controller/endpointslicemirroring/
// endpointslicemirroring_controller.go → syncEndpoints, reconciler.go → reconcile): custom
// Endpoints of a Service without a selector are mirrored into EndpointSlices it owns (managed-by
// endpointslicemirroring-controller.k8s.io), kept equal on update and deleted with the Endpoints,
// when the Service is deleted or gains a selector, or when the Endpoints are labelled skip-mirror.
// Leaves out the leader-election annotation check and the mirroring events/metrics.
import type { Endpoints, Service } from 'kubernetes-types/core/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import { jsonEqual, metaKey, splitMetaKey } from '../../apimachinery/object.ts';
import type { ControllerDefinition } from '../runner/controller.ts';
import { WorkQueue } from '../runner/work-queue.ts';
import { MANAGED_BY, MIRRORING_CONTROLLER, SERVICE_NAME, mirroredLabels, mirroredSlices, shouldMirror } from './mirrored-slices.ts';

export const endpointSliceMirroringController: ControllerDefinition = {
  name: 'endpointslicemirroring-controller',
  start(ctx) {
    const queue = new WorkQueue(ctx, (key) => sync(key));
    const services = ctx.informers.informer<Service>('services');
    const endpoints = ctx.informers.informer<Endpoints>('endpoints');
    const slices = ctx.informers.informer<EndpointSlice>('endpointslices');
    const add = (o: Service | Endpoints): void => queue.add(metaKey(o as Parameters<typeof metaKey>[0]));
    services.addHandler({ add, update: (_o, s) => add(s), delete: add });
    endpoints.addHandler({ add, update: (_o, e) => add(e), delete: add });
    const sync = (key: string): void => {
      const { namespace, name } = splitMetaKey(key);
      const svc = services.get(namespace, name);
      const ep = endpoints.get(namespace, name);
      const existing = slices.list(namespace, (s) => s.metadata.labels?.[SERVICE_NAME] === name && s.metadata.labels?.[MANAGED_BY] === MIRRORING_CONTROLLER);
      const mirror = svc && !svc.spec?.selector && ep && shouldMirror(ep);
      const wanted = mirror ? mirroredSlices(ep) : [];
      const labels = ep ? mirroredLabels(ep, name) : {};
      const owner = svc ? [{ apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }] : [];
      wanted.forEach((content, i) => {
        const current = existing[i];
        const body: EndpointSlice = {
          apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', addressType: 'IPv4', endpoints: content.endpoints, ports: content.ports,
          metadata: { namespace: namespace ?? 'default', labels, ownerReferences: owner, ...(current ? { name: current.metadata.name ?? '', resourceVersion: current.metadata.resourceVersion ?? '' } : { generateName: `${name}-` }) },
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
