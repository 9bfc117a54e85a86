// How a pod answers on the pod network (engine/network/pod-network.ts): a connection to
// podIP:port reaches the first running container whose behaviour listens there; HTTP requests get
// the behaviour's status for the path (body: the pod's name, as agnhost's /hostname does).
// A pod whose containers declare no ports at all (unknown images: the catalogue's `default`)
// answers HTTP 200 on every port, so manifests with images kubespec knows nothing about still
// serve. Everything else is refused with the dial error Go would print.
import type { NetworkRequest, NetworkResponse, PodHandler } from '../network/pod-network.ts';
import type { PodWorker } from './pod-worker.ts';

export function podHandler(w: PodWorker, ip: string): PodHandler {
  return (req: NetworkRequest): NetworkResponse => {
    const name = w.pod.metadata?.name ?? '';
    const servedBy = `${w.pod.metadata?.namespace ?? 'default'}/${name}:${req.port}`;
    const refused = (reason = 'connection refused'): NetworkResponse => ({ kind: 'refused', reason: `dial tcp ${ip}:${req.port}: connect: ${reason}` });
    const running = [...w.init, ...w.app].filter((r) => r.running && r.instance);
    if (running.length === 0) return refused();
    if (running.every((r) => r.instance?.behaviour.ports.length === 0)) return { kind: 'http', status: 200, body: name, servedBy };
    for (const r of running) {
      const instance = r.instance;
      if (!instance || !instance.tcp(req.port)) continue;
      if (req.path === undefined) return { kind: 'http', status: 200, body: name, servedBy };
      const answer = instance.http(req.port, req.path);
      if (answer.kind === 'refused') return refused();
      if (answer.answer === 'timeout') return refused('i/o timeout');
      return { kind: 'http', status: answer.answer, body: name, servedBy };
    }
    return refused();
  };
}
