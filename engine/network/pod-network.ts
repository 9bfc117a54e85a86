// The simulated pod network: the flat, routable pod IP space of the Kubernetes network model
// (every pod reaches every pod IP). A kubelet attaches each running pod's IP with a handler that
// answers connections as the pod's containers would; the service proxy and the request steps
// dial addresses through it. No packets, latency or policies: a connection either reaches a
// handler or is refused. Layer 4 (beside engine/client): components share it, never each other.
export interface NetworkRequest {
  port: number;
  protocol: 'TCP' | 'UDP';
  /** HTTP path, when the request is HTTP. */
  path?: string;
  /** Source IP (a pod IP, a node IP or an outside client's). */
  from: string;
}

export type NetworkResponse =
  | { kind: 'http'; status: number; body: string; servedBy: string }
  | { kind: 'refused'; reason: string };

export type PodHandler = (req: NetworkRequest) => NetworkResponse;

export class PodNetwork {
  private readonly handlers = new Map<string, PodHandler>();

  attach(ip: string, handler: PodHandler): void {
    this.handlers.set(ip, handler);
  }

  detach(ip: string): void {
    this.handlers.delete(ip);
  }

  dial(ip: string, req: NetworkRequest): NetworkResponse {
    const handler = this.handlers.get(ip);
    if (!handler) return { kind: 'refused', reason: `dial tcp ${ip}:${req.port}: connect: no route to host` };
    return handler(req);
  }
}
