// A probe with the API defaults applied (pkg/apis/core/v1/defaults.go → SetDefaults_Probe,
// SetDefaults_HTTPGetAction): timeoutSeconds 1, periodSeconds 10, successThreshold 1,
// failureThreshold 3, initialDelaySeconds 0; httpGet path "/" and scheme HTTP. Plus the checks
// of pkg/apis/core/validation/validation.go → validateProbe / validateHandler, worded as there.
import type { Probe } from 'kubernetes-types/core/v1';

export type ProbeType = 'Liveness' | 'Readiness' | 'Startup';

export interface ProbeSpec {
  probe: Probe;
  initialDelayMs: number;
  periodMs: number;
  timeoutMs: number;
  successThreshold: number;
  failureThreshold: number;
  /** Probe-level terminationGracePeriodSeconds, which overrides the pod's on a liveness/startup kill. */
  terminationGracePeriodSeconds?: number;
}

export function probeSpec(probe: Probe): ProbeSpec {
  const spec: ProbeSpec = {
    probe,
    initialDelayMs: (probe.initialDelaySeconds ?? 0) * 1000,
    periodMs: (probe.periodSeconds ?? 10) * 1000,
    timeoutMs: (probe.timeoutSeconds ?? 1) * 1000,
    successThreshold: probe.successThreshold ?? 1,
    failureThreshold: probe.failureThreshold ?? 3,
  };
  if (probe.terminationGracePeriodSeconds !== undefined) spec.terminationGracePeriodSeconds = probe.terminationGracePeriodSeconds;
  return spec;
}

/** Field errors for one probe at `path` (e.g. `spec.containers[0].livenessProbe`). */
export function validateProbe(probe: Probe, type: ProbeType, path: string): string[] {
  const errors: string[] = [];
  const handlers = (['exec', 'httpGet', 'tcpSocket', 'grpc'] as const).filter((h) => probe[h] !== undefined);
  if (handlers.length === 0) errors.push(`${path}: Required value: must specify a handler type`);
  for (const h of handlers.slice(1)) errors.push(`${path}.${h}: Forbidden: may not specify more than 1 handler type`);
  if (type !== 'Readiness' && probe.successThreshold !== undefined && probe.successThreshold !== 1) {
    errors.push(`${path}.successThreshold: Invalid value: ${probe.successThreshold}: must be 1`);
  }
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
    const v = probe[f];
    if (v !== undefined && v < 0) errors.push(`${path}.${f}: Invalid value: ${v}: must be greater than or equal to 0`);
  }
  return errors;
}
