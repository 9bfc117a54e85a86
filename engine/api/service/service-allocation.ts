// ClusterIP and NodePort allocation for Services, as the service REST storage does it
// (pkg/registry/core/service/storage/alloc.go → allocateCreate / allocateUpdate / releaseForDelete;
// ipallocator and portallocator). The service CIDR is kubeadm's default 10.96.0.0/12 (the first
// address, 10.96.0.1, goes to default/kubernetes); NodePorts come from 30000-32767.
// Leaves out dual-stack (IPv4 only) and the ServiceCIDR/IPAddress objects.
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../apimachinery/object.ts';
import type { SeededRandom } from '../../random/seeded-random.ts';
import { invalid, type FieldCause } from '../errors.ts';
import { addressAt, offsetOf, parseCidr } from './cidr.ts';
import { RangeAllocator } from './range-allocator.ts';

export const SERVICE_CIDR = '10.96.0.0/12';
export const NODE_PORT_BASE = 30000;
export const NODE_PORT_SIZE = 2768;

type Svc = KubeObject & { spec?: Service['spec'] };

const needsNodePorts = (s: Svc): boolean => s.spec?.type === 'NodePort'
  || (s.spec?.type === 'LoadBalancer' && s.spec.allocateLoadBalancerNodePorts !== false);
const needsClusterIP = (s: Svc): boolean => s.spec?.type !== 'ExternalName' && s.spec?.clusterIP !== 'None';

export class ServiceAllocation {
  private readonly cidr = parseCidr(SERVICE_CIDR);
  private readonly ips: RangeAllocator;
  private readonly ports: RangeAllocator;

  constructor(random: SeededRandom) {
    // Static bands: ipallocator min(max(16, size/16), 256); portallocator min(max(16, size/32), 128).
    this.ips = new RangeAllocator(this.cidr.usable, Math.min(Math.max(16, Math.floor(this.cidr.usable / 16)), 256), random.fork('clusterip'));
    this.ports = new RangeAllocator(NODE_PORT_SIZE, Math.min(Math.max(16, Math.floor(NODE_PORT_SIZE / 32)), 128), random.fork('nodeport'));
  }

  /** Fills in spec.clusterIP(s) and nodePorts of a new Service, or throws Invalid. */
  allocateCreate(obj: KubeObject): void {
    const svc = obj as Svc;
    const spec = (svc.spec ??= {});
    const claimed: (() => void)[] = [];
    try {
      if (needsClusterIP(svc)) this.claimIP(svc, claimed);
      else if (spec.clusterIP === 'None') spec.clusterIPs = ['None'];
      if (needsNodePorts(svc)) (spec.ports ?? []).forEach((p, i) => this.claimPort(svc, p, i, claimed));
      defaultIPFamilies(svc);
    } catch (e) {
      for (const undo of claimed) undo();
      throw e;
    }
  }

  /** Keeps what the old Service had, allocating or releasing node ports when the type changes. */
  allocateUpdate(obj: KubeObject, oldObj: KubeObject): void {
    const svc = obj as Svc;
    const old = oldObj as Svc;
    const spec = (svc.spec ??= {});
    if (needsClusterIP(old) && needsClusterIP(svc)) {
      spec.clusterIP ??= old.spec?.clusterIP ?? '';
      spec.clusterIPs ??= old.spec?.clusterIPs ?? [];
    } else if (needsClusterIP(svc)) this.claimIP(svc, []);
    else if (needsClusterIP(old)) this.releaseIP(old);
    const oldPorts = new Set(needsNodePorts(old) ? (old.spec?.ports ?? []).map((p) => p.nodePort ?? 0) : []);
    if (needsNodePorts(svc)) {
      (spec.ports ?? []).forEach((p, i) => {
        const previous = old.spec?.ports?.find((o) => o.port === p.port && (o.protocol ?? 'TCP') === (p.protocol ?? 'TCP'))?.nodePort;
        if (p.nodePort === undefined && previous !== undefined && oldPorts.has(previous)) p.nodePort = previous;
        if (p.nodePort !== undefined && oldPorts.has(p.nodePort)) oldPorts.delete(p.nodePort);
        else this.claimPort(svc, p, i, []);
      });
    } else for (const p of spec.ports ?? []) delete p.nodePort;
    for (const port of oldPorts) this.ports.release(port - NODE_PORT_BASE);
    if (spec.type !== 'ExternalName') {
      if (old.spec?.ipFamilyPolicy) spec.ipFamilyPolicy ??= old.spec.ipFamilyPolicy;
      if (old.spec?.ipFamilies) spec.ipFamilies ??= old.spec.ipFamilies;
    }
    defaultIPFamilies(svc);
  }

  release(obj: KubeObject): void {
    const svc = obj as Svc;
    if (needsClusterIP(svc)) this.releaseIP(svc);
    if (needsNodePorts(svc)) for (const p of svc.spec?.ports ?? []) if (p.nodePort) this.ports.release(p.nodePort - NODE_PORT_BASE);
  }

  /** The first address of the range, for default/kubernetes. */
  firstAddress(): string {
    return addressAt(this.cidr, 0);
  }

  private claimIP(svc: Svc, claimed: (() => void)[]): void {
    const spec = svc.spec!;
    const requested = spec.clusterIP || spec.clusterIPs?.[0];
    let offset: number | undefined;
    if (requested) {
      offset = offsetOf(this.cidr, requested);
      if (offset === undefined) throw this.ipError(svc, requested, `the provided IP (${requested}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`);
      if (!this.ips.allocate(offset)) throw this.ipError(svc, requested, 'provided IP is already allocated');
    } else {
      offset = this.ips.allocateNext();
      if (offset === undefined) throw invalid({ group: '', kind: 'Service' }, svc.metadata.name ?? '', [{ type: 'FieldValueInvalid', field: 'spec.clusterIPs', message: 'spec.clusterIPs: Internal error: failed to allocate a serviceIP: range is full' }]);
    }
    const at = offset;
    claimed.push(() => this.ips.release(at));
    spec.clusterIP = addressAt(this.cidr, at);
    spec.clusterIPs = [spec.clusterIP];
  }

  private releaseIP(svc: Svc): void {
    const offset = svc.spec?.clusterIP ? offsetOf(this.cidr, svc.spec.clusterIP) : undefined;
    if (offset !== undefined) this.ips.release(offset);
  }

  private claimPort(svc: Svc, port: ServicePort, index: number, claimed: (() => void)[]): void {
    if (port.nodePort !== undefined) {
      const i = port.nodePort - NODE_PORT_BASE;
      if (i < 0 || i >= NODE_PORT_SIZE) throw this.portError(svc, index, port.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_BASE}-${NODE_PORT_BASE + NODE_PORT_SIZE - 1}`);
      if (!this.ports.allocate(i)) throw this.portError(svc, index, port.nodePort, 'provided port is already allocated');
      claimed.push(() => this.ports.release(i));
      return;
    }
    const i = this.ports.allocateNext();
    if (i === undefined) throw invalid({ group: '', kind: 'Service' }, svc.metadata.name ?? '', [{ type: 'FieldValueInvalid', field: `spec.ports[${index}].nodePort`, message: `spec.ports[${index}].nodePort: Internal error: failed to allocate a nodePort: range is full` }]);
    claimed.push(() => this.ports.release(i));
    port.nodePort = NODE_PORT_BASE + i;
  }

  private ipError(svc: Svc, ip: string, why: string): Error {
    const cause: FieldCause = { type: 'FieldValueInvalid', field: 'spec.clusterIPs', message: `spec.clusterIPs: Invalid value: []string{"${ip}"}: failed to allocate IP ${ip}: ${why}` };
    return invalid({ group: '', kind: 'Service' }, svc.metadata.name ?? '', [cause]);
  }

  private portError(svc: Svc, index: number, port: number, why: string): Error {
    const field = `spec.ports[${index}].nodePort`;
    return invalid({ group: '', kind: 'Service' }, svc.metadata.name ?? '', [{ type: 'FieldValueInvalid', field, message: `${field}: Invalid value: ${port}: ${why}` }]);
  }
}

/** The single-stack IPv4 cluster's IP family fields for every Service but ExternalName
 * (pkg/registry/core/service/storage/alloc.go → initIPFamilyFields). */
function defaultIPFamilies(svc: Svc): void {
  const spec = (svc.spec ??= {});
  if (spec.type === 'ExternalName') return;
  spec.ipFamilyPolicy ??= 'SingleStack';
  spec.ipFamilies ??= ['IPv4'];
}
