// `kubectl expose (TYPE NAME | TYPE/NAME) --port=N [--target-port=N|name] [--type=T] [--name=X]
// [--protocol=P]`: a Service selecting what the object selects, printed as `service/web exposed`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/expose/expose.go → ExposeServiceOptions.RunExpose
// (MapBasedSelectorForObject, ProtocolsForObject/PortsForObject introspection when --port is
// absent, labels copied from the object, targetPort defaulting to the port, ports named port-1..
// when several). Left out: -f, --selector/--labels overrides, --external-ip, --cluster-ip,
// --session-affinity, --load-balancer-ip, matchExpressions selectors (kubectl refuses them too).
import type { ServicePort } from 'kubernetes-types/core/v1.js';
import type { KubeObject } from '../../apimachinery/object.ts';
import { findResource } from '../../api/registry.ts';
import { stringFlag } from '../command-line/flag-spec.ts';
import { KubectlError, type KubectlCommand } from './command.ts';

const EXPOSABLE: Record<string, string> = {
  Deployment: 'deployments', ReplicaSet: 'replicasets', ReplicationController: 'replicationcontrollers', Pod: 'pods', Service: 'services',
};

interface ContainerPortLike { containerPort?: number; protocol?: string }
type Spec = { selector?: Record<string, string> & { matchLabels?: Record<string, string>; matchExpressions?: unknown[] }; template?: { spec?: { containers?: { ports?: ContainerPortLike[] }[] } }; containers?: { ports?: ContainerPortLike[] }[]; ports?: ServicePort[] };

/** MapBasedSelectorForObject: pods' labels, a Service's or RC's selector, a Deployment's/RS's matchLabels. */
export function selectorFor(obj: KubeObject): Record<string, string> {
  const spec = (obj as { spec?: Spec }).spec ?? {};
  if (obj.kind === 'Pod') {
    const labels = obj.metadata.labels ?? {};
    if (Object.keys(labels).length === 0) throw new KubectlError(`the pod has no labels and cannot be exposed`);
    return { ...labels };
  }
  if (obj.kind === 'Service' || obj.kind === 'ReplicationController') {
    if (!spec.selector || Object.keys(spec.selector).length === 0) throw new KubectlError(`the ${obj.kind === 'Service' ? 'service' : 'replication controller'} has no pod selector set`);
    return { ...spec.selector };
  }
  if ((spec.selector?.matchExpressions ?? []).length > 0) {
    throw new KubectlError(`couldn't convert expressions - "${JSON.stringify(spec.selector?.matchExpressions)}" to map-based selector format`);
  }
  return { ...(spec.selector?.matchLabels ?? {}) };
}

/** PortsForObject/ProtocolsForObject: the containers' ports (a Service's own ports). */
export function introspectedPorts(obj: KubeObject): { port: number; protocol: string }[] {
  const spec = (obj as { spec?: Spec }).spec ?? {};
  if (obj.kind === 'Service') return (spec.ports ?? []).map((p) => ({ port: p.port, protocol: p.protocol ?? 'TCP' }));
  const containers = obj.kind === 'Pod' ? spec.containers : spec.template?.spec?.containers;
  return (containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => ({ port: p.containerPort ?? 0, protocol: p.protocol ?? 'TCP' })));
}

export function servicePorts(obj: KubeObject, port: string, targetPort: string, protocol: string): ServicePort[] {
  const declared = introspectedPorts(obj);
  // ProtocolsForObject is consulted even for --port: a declared port keeps its protocol.
  const protocolOf = (n: number): string => declared.find((d) => d.port === n)?.protocol ?? 'TCP';
  const ports = port ? port.split(',').map((p) => ({ port: Number(p), protocol: protocolOf(Number(p)) })) : declared;
  if (ports.length === 0) throw new KubectlError(`couldn't find port via --port flag or introspection`);
  return ports.map((p, i) => {
    const target = targetPort === '' ? p.port : /^\d+$/.test(targetPort) ? Number(targetPort) : targetPort;
    return { ...(ports.length > 1 ? { name: `port-${i + 1}` } : {}), port: p.port, protocol: protocol || p.protocol, targetPort: target };
  });
}

const DNS1035_LABEL_MAX = 63;

function introspectedSelector(obj: KubeObject): Record<string, string> {
  try {
    return selectorFor(obj);
  } catch (e) {
    throw new KubectlError(`couldn't retrieve selectors via --selector flag or introspection: ${(e as Error).message}`);
  }
}

export const exposeCommand: KubectlCommand = {
  name: 'expose',
  flags: [stringFlag('port'), stringFlag('target-port'), stringFlag('type'), stringFlag('name'), stringFlag('protocol'),
    stringFlag('output', 'o')],
  run(inv, out) {
    const words = inv.args[0]?.includes('/') ? inv.args[0].split('/', 2) : inv.args.slice(0, 2);
    const [resourceWord, name] = words;
    if (!resourceWord || !name) throw new KubectlError(`You must provide one or more resources by argument or filename.`);
    const type = findResource(resourceWord);
    if (!type) throw new KubectlError(`the server doesn't have a resource type "${resourceWord}"`);
    const obj = inv.kube.client.get<KubeObject>(type.resource, inv.namespace, name);
    if (!EXPOSABLE[obj.kind]) throw new KubectlError(`cannot expose a ${obj.kind}`);
    const svcType = inv.flags.string('type');
    const svc = {
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: inv.flags.string('name') || name.slice(0, DNS1035_LABEL_MAX), namespace: inv.namespace, ...(obj.metadata.labels ? { labels: { ...obj.metadata.labels } } : {}) },
      spec: {
        ports: servicePorts(obj, inv.flags.string('port'), inv.flags.string('target-port'), inv.flags.string('protocol')),
        selector: introspectedSelector(obj), ...(svcType ? { type: svcType } : {}),
      },
    };
    inv.kube.client.create('services', svc, { namespace: inv.namespace });
    out.print(inv.flags.string('output') === 'name' ? `service/${svc.metadata.name}\n` : `service/${svc.metadata.name} exposed\n`);
  },
};
