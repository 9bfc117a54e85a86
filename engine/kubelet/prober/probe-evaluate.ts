// Runs one probe against a container and renders the outcome as the kubelet's probers do:
// pkg/probe/http/http.go → DoHTTPProbe (`HTTP probe failed with statuscode: %d`, 200-399 pass),
// pkg/probe/tcp/tcp.go → DoTCPProbe (the dial error text), pkg/probe/exec/exec.go (combined
// output; pkg/kubelet/prober/prober.go: `command %q timed out`), pkg/probe/grpc/grpc.go
// (`service unhealthy (responded with %q)`). Named ports resolve against the container's ports.
// Leaves out redirects, HTTPS certificates and httpHeaders.
import { goQuote } from '../../apimachinery/go-quote.ts';
import type { Container, Probe } from 'kubernetes-types/core/v1';
import type { ProbeTarget } from './probe-target.ts';

export interface ProbeOutcome {
  result: 'Success' | 'Failure' | 'Unknown';
  output: string;
}

export function evaluateProbe(probe: Probe, container: Container, podIP: string, target: ProbeTarget): ProbeOutcome {
  const timeoutMs = (probe.timeoutSeconds ?? 1) * 1000;
  if (probe.exec) return execProbe(probe.exec.command ?? [], timeoutMs, target);
  if (probe.httpGet) {
    const port = resolvePort(probe.httpGet.port, container);
    if (typeof port === 'string') return { result: 'Unknown', output: port };
    const host = probe.httpGet.host ?? podIP;
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
    const path = probe.httpGet.path ?? '/';
    const url = `${scheme}://${joinHostPort(host, port)}${path.startsWith('/') || path === '' ? path : `/${path}`}`;
    const outcome = target.http(port, path === '' ? '/' : path);
    if (outcome.kind === 'refused') return { result: 'Failure', output: `Get "${url}": dial tcp ${joinHostPort(host, port)}: connect: connection refused` };
    if (outcome.answer === 'timeout') return { result: 'Failure', output: `Get "${url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)` };
    if (outcome.answer >= 200 && outcome.answer < 400) return { result: 'Success', output: '' };
    return { result: 'Failure', output: `HTTP probe failed with statuscode: ${outcome.answer}` };
  }
  if (probe.tcpSocket) {
    const port = resolvePort(probe.tcpSocket.port, container);
    if (typeof port === 'string') return { result: 'Unknown', output: port };
    const host = probe.tcpSocket.host ?? podIP;
    return target.tcp(port)
      ? { result: 'Success', output: '' }
      : { result: 'Failure', output: `dial tcp ${joinHostPort(host, port)}: connect: connection refused` };
  }
  if (probe.grpc) {
    const service = probe.grpc.service ?? '';
    const status = target.grpc(probe.grpc.port, service);
    if (status === 'refused') {
      return { result: 'Failure', output: `timeout: failed to connect service "${joinHostPort(podIP, probe.grpc.port)}" within ${probe.timeoutSeconds ?? 1}s: context deadline exceeded` };
    }
    return status === 'SERVING' ? { result: 'Success', output: '' } : { result: 'Failure', output: `service unhealthy (responded with "${status}")` };
  }
  return { result: 'Unknown', output: 'missing probe handler' };
}

function execProbe(command: string[], timeoutMs: number, target: ProbeTarget): ProbeOutcome {
  const r = target.exec(command, timeoutMs);
  if (r.timedOut) return { result: 'Failure', output: `command ${goQuote(command.join(' '))} timed out` };
  return { result: r.exitCode === 0 ? 'Success' : 'Failure', output: r.output };
}

/**
 * pkg/kubelet/prober/prober.go → ResolveContainerPort: a number, or a named port of the container;
 * an unknown name falls through to strconv.Atoi, whose error becomes the probe error.
 */
function resolvePort(port: number | string, container: Container): number | string {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  const found = (container.ports ?? []).find((p) => p.name === port);
  return found ? found.containerPort : `strconv.Atoi: parsing ${goQuote(port)}: invalid syntax`;
}

function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
