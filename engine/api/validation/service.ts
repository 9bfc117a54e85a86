// Service validation: name a DNS-1035 label, ports required unless headless or ExternalName,
// per-port name/port/protocol/targetPort, duplicate (protocol, port) pairs, duplicate node ports,
// nodePort forbidden for ClusterIP, externalName required for ExternalName, selector labels,
// sessionAffinity and type values; clusterIP may not change on update. Models
// pkg/apis/core/validation/validation.go → ValidateService, validateServicePort,
// ValidateServiceUpdate. IP family and allocation checks belong to the allocator.
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, goValue, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';
import { type FieldPath, path } from './field-path.ts';
import { validateLabels } from './labels.ts';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortNum, nameIsDNS1035Label } from './name-validation.ts';
import { validateObjectMeta, validateObjectMetaUpdate } from './object-meta.ts';
import { validatePortNumOrName } from './probe.ts';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const KUBELET_PORT = 10250;

const clusterIP = (svc: Service): string | undefined => svc.spec?.clusterIPs?.[0] ?? svc.spec?.clusterIP;
const isHeadless = (svc: Service): boolean => (svc.spec?.type ?? 'ClusterIP') === 'ClusterIP' && clusterIP(svc) === 'None';

/** %#v of the internal core.ServicePort key used in the duplicate-port error. */
function goServicePortKey(port: ServicePort): string {
  return `core.ServicePort{Name:"", Protocol:${goQuote(port.protocol ?? '')}, AppProtocol:(*string)(nil), Port:${port.port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;
}

function validateServicePort(port: ServicePort, requireName: boolean, names: Set<string>, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  if (requireName && !port.name) errs.push(required(p.child('name')));
  else if (port.name) {
    errs.push(...isDNS1123Label(port.name).map((m) => invalid(p.child('name'), port.name, m)));
    if (names.has(port.name)) errs.push(duplicate(p.child('name'), port.name));
    else names.add(port.name);
  }
  errs.push(...isValidPortNum(port.port).map((m) => invalid(p.child('port'), port.port, m)));
  if (!port.protocol) errs.push(required(p.child('protocol')));
  else if (!PROTOCOLS.includes(port.protocol)) errs.push(notSupported(p.child('protocol'), port.protocol, PROTOCOLS));
  errs.push(...validatePortNumOrName(port.targetPort, p.child('targetPort')));
  return errs;
}

export function validateService(svc: Service): FieldErrorList {
  const errs = validateObjectMeta(svc.metadata, { namespaced: true, nameFn: nameIsDNS1035Label });
  const spec = svc.spec ?? {};
  const sp = path('spec');
  const ports = spec.ports ?? [];
  const type = spec.type ?? '';
  if (ports.length === 0 && !isHeadless(svc) && type !== 'ExternalName') errs.push(required(sp.child('ports')));
  if (type === 'LoadBalancer' || type === 'NodePort') {
    if (clusterIP(svc) === 'None') errs.push(invalid(sp.child('clusterIPs').index(0), 'None', `may not be set to 'None' for ${type} services`));
    if (type === 'LoadBalancer') ports.forEach((port, i) => { if (port.port === KUBELET_PORT) errs.push(invalid(sp.child('ports').index(i), port.port, `may not expose port ${KUBELET_PORT} externally since it is used by kubelet`)); });
  }
  if (type === 'ExternalName') {
    const cname = (spec.externalName ?? '').replace(/\.$/, '');
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => invalid(sp.child('externalName'), cname, m)));
    else errs.push(required(sp.child('externalName')));
  }
  const names = new Set<string>();
  ports.forEach((port, i) => errs.push(...validateServicePort(port, ports.length > 1, names, sp.child('ports').index(i))));
  errs.push(...validateLabels(spec.selector, sp.child('selector')));
  const affinity = spec.sessionAffinity ?? '';
  if (!affinity) errs.push(required(sp.child('sessionAffinity')));
  else if (affinity !== 'ClientIP' && affinity !== 'None') errs.push(notSupported(sp.child('sessionAffinity'), affinity, ['ClientIP', 'None']));
  if (affinity === 'None' && spec.sessionAffinityConfig) errs.push(forbidden(sp.child('sessionAffinityConfig'), 'must not be set when session affinity is None'));
  if (!type) errs.push(required(sp.child('type')));
  else if (!TYPES.includes(type)) errs.push(notSupported(sp.child('type'), type, TYPES));
  if (type === 'ClusterIP') ports.forEach((port, i) => { if (port.nodePort) errs.push(forbidden(sp.child('ports').index(i).child('nodePort'), "may not be used when `type` is 'ClusterIP'")); });
  const nodePorts = new Set<string>();
  ports.forEach((port, i) => {
    if (!port.nodePort) return;
    const key = `${port.protocol ?? ''}/${port.nodePort}`;
    if (nodePorts.has(key)) errs.push(duplicate(sp.child('ports').index(i).child('nodePort'), port.nodePort));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((port, i) => {
    const key = `${port.protocol ?? ''}/${port.port}`;
    if (seen.has(key)) errs.push(duplicate(sp.child('ports').index(i), goValue(goServicePortKey(port))));
    seen.add(key);
  });
  return errs;
}

export function validateServiceUpdate(svc: Service, old: Service): FieldErrorList {
  const errs = validateObjectMetaUpdate(svc.metadata, old.metadata);
  const before = clusterIP(old);
  const after = clusterIP(svc);
  const needsIP = (s: Service): boolean => (s.spec?.type ?? 'ClusterIP') !== 'ExternalName';
  if (needsIP(old) && needsIP(svc) && before && after && before !== after) {
    errs.push(invalid(path('spec', 'clusterIPs').index(0), goValue(`[]string{${(svc.spec?.clusterIPs ?? [after]).map(goQuote).join(', ')}}`), 'may not change once set'));
  }
  errs.push(...validateService(svc).filter((e) => !e.field.startsWith('metadata.')));
  return errs;
}
