// Validation of one container and of a container list: name (DNS-1123 label, unique), image,
// ports, imagePullPolicy, terminationMessagePolicy, resources, probes.
// Models pkg/apis/core/validation/validation.go → validateContainers, validateContainerCommon,
// validateContainerPorts, validatePullPolicy; init containers get the common checks and must not
// carry liveness/readiness/startup probes unless restartable. Env, volume mounts and security
// contexts are left out.
import type { Container, ContainerPort } from 'kubernetes-types/core/v1';
import { duplicate, forbidden, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import type { FieldPath } from './field-path.ts';
import { isDNS1123Label, isValidPortName, isValidPortNum } from './name-validation.ts';
import { validateLivenessOrStartupProbe, validateProbe } from './probe.ts';
import { validateResourceRequirements } from './resources.ts';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

function validatePorts(ports: ContainerPort[] | undefined, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  const names = new Set<string>();
  (ports ?? []).forEach((port, i) => {
    const ip = p.index(i);
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length > 0) errs.push(...msgs.map((m) => invalid(ip.child('name'), port.name, m)));
      else if (names.has(port.name)) errs.push(duplicate(ip.child('name'), port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(ip.child('containerPort')));
    else errs.push(...isValidPortNum(port.containerPort).map((m) => invalid(ip.child('containerPort'), port.containerPort, m)));
    if (port.hostPort) errs.push(...isValidPortNum(port.hostPort).map((m) => invalid(ip.child('hostPort'), port.hostPort, m)));
    if (!port.protocol) errs.push(required(ip.child('protocol')));
    else if (!PROTOCOLS.includes(port.protocol)) errs.push(notSupported(ip.child('protocol'), port.protocol, PROTOCOLS));
  });
  return errs;
}

function validateEnum(value: string | undefined, allowed: string[], p: FieldPath): FieldErrorList {
  if (!value) return [required(p)];
  return allowed.includes(value) ? [] : [notSupported(p, value, allowed)];
}

export function validateContainerCommon(c: Container, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  if (!c.name) errs.push(required(p.child('name')));
  else errs.push(...isDNS1123Label(c.name).map((m) => invalid(p.child('name'), c.name, m)));
  if (!c.image) errs.push(required(p.child('image')));
  errs.push(...validateEnum(c.terminationMessagePolicy, ['File', 'FallbackToLogsOnError'], p.child('terminationMessagePolicy')));
  errs.push(...validatePorts(c.ports, p.child('ports')));
  errs.push(...validateEnum(c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never'], p.child('imagePullPolicy')));
  errs.push(...validateResourceRequirements(c.resources, p.child('resources')));
  return errs;
}

export function validateContainers(containers: Container[] | undefined, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  if (!containers || containers.length === 0) errs.push(required(p));
  const names = new Set<string>();
  (containers ?? []).forEach((c, i) => {
    const cp = p.index(i);
    errs.push(...validateContainerCommon(c, cp));
    if (names.has(c.name)) errs.push(duplicate(cp.child('name'), c.name));
    else names.add(c.name);
    errs.push(...validateLivenessOrStartupProbe(c.livenessProbe, cp.child('livenessProbe')));
    errs.push(...validateProbe(c.readinessProbe, cp.child('readinessProbe')));
    errs.push(...validateLivenessOrStartupProbe(c.startupProbe, cp.child('startupProbe')));
  });
  return errs;
}

/** Init containers: unique among themselves and the regular containers; probes only when restartable. */
export function validateInitContainers(inits: Container[] | undefined, regular: Container[] | undefined, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  const names = new Set((regular ?? []).map((c) => c.name));
  (inits ?? []).forEach((c, i) => {
    const cp = p.index(i);
    errs.push(...validateContainerCommon(c, cp));
    if (names.has(c.name)) errs.push(duplicate(cp.child('name'), c.name));
    else names.add(c.name);
    const restartable = c.restartPolicy === 'Always';
    if (c.restartPolicy !== undefined && !restartable) errs.push(notSupported(cp.child('restartPolicy'), c.restartPolicy, ['Always']));
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
      if (c[probe] && !restartable) errs.push(forbidden(cp.child(probe), 'may not be set for init containers without restartPolicy=Always'));
    }
    if (restartable) {
      errs.push(...validateLivenessOrStartupProbe(c.livenessProbe, cp.child('livenessProbe')));
      errs.push(...validateProbe(c.readinessProbe, cp.child('readinessProbe')));
      errs.push(...validateLivenessOrStartupProbe(c.startupProbe, cp.child('startupProbe')));
    }
  });
  return errs;
}
