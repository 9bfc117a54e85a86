// Probe and lifecycle-handler validation: exactly one handler (exec, httpGet, tcpSocket, grpc),
// each handler's fields, non-negative timings; liveness and startup probes need successThreshold 1.
// Models pkg/apis/core/validation/validation.go → validateProbe, validateHandler,
// validateExecAction, validateHTTPGetAction, ValidatePortNumOrName, validateLivenessProbe,
// validateStartupProbe. HTTP header name checks are left out.
import type { HTTPGetAction, Probe } from 'kubernetes-types/core/v1';
import { forbidden, invalid, notSupported, required, type FieldErrorList } from './field-error.ts';
import type { FieldPath } from './field-path.ts';
import { isValidPortName, isValidPortNum } from './name-validation.ts';
import { validateNonnegative } from './object-meta.ts';

export function validatePortNumOrName(port: number | string | undefined, p: FieldPath): FieldErrorList {
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(p, port, m));
  const n = port ?? 0;
  return isValidPortNum(n).map((m) => invalid(p, n, m));
}

function validateHTTPGet(action: HTTPGetAction, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  if (!action.path) errs.push(required(p.child('path')));
  errs.push(...validatePortNumOrName(action.port, p.child('port')));
  if (action.scheme !== 'HTTP' && action.scheme !== 'HTTPS') errs.push(notSupported(p.child('scheme'), action.scheme ?? '', ['HTTP', 'HTTPS']));
  return errs;
}

type Handler = Pick<Probe, 'exec' | 'httpGet' | 'tcpSocket' | 'grpc'>;

export function validateHandler(h: Handler, p: FieldPath): FieldErrorList {
  const errs: FieldErrorList = [];
  let count = 0;
  const one = (name: string, present: boolean, check: () => FieldErrorList): void => {
    if (!present) return;
    if (count > 0) { errs.push(forbidden(p.child(name), 'may not specify more than 1 handler type')); return; }
    count++;
    errs.push(...check());
  };
  one('exec', h.exec !== undefined, () => ((h.exec?.command?.length ?? 0) === 0 ? [required(p.child('exec').child('command'))] : []));
  one('httpGet', h.httpGet !== undefined, () => (h.httpGet ? validateHTTPGet(h.httpGet, p.child('httpGet')) : []));
  one('tcpSocket', h.tcpSocket !== undefined, () => validatePortNumOrName(h.tcpSocket?.port, p.child('tcpSocket').child('port')));
  one('grpc', h.grpc !== undefined, () => isValidPortNum(h.grpc?.port ?? 0).map((m) => invalid(p.child('grpc').child('port'), h.grpc?.port ?? 0, m)));
  if (count === 0) errs.push(required(p, 'must specify a handler type'));
  return errs;
}

export function validateProbe(probe: Probe | undefined, p: FieldPath): FieldErrorList {
  if (!probe) return [];
  const errs = validateHandler(probe, p);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    errs.push(...validateNonnegative(probe[f], p.child(f)));
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (grace !== undefined && grace <= 0) errs.push(invalid(p.child('terminationGracePeriodSeconds'), grace, 'must be greater than 0'));
  return errs;
}

/** Liveness and startup probes: the common checks plus successThreshold must be 1. */
export function validateLivenessOrStartupProbe(probe: Probe | undefined, p: FieldPath): FieldErrorList {
  if (!probe) return [];
  const errs = validateProbe(probe, p);
  const st = probe.successThreshold ?? 0;
  if (st !== 1) errs.push(invalid(p.child('successThreshold'), st, 'must be 1'));
  return errs;
}
