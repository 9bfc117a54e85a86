// What a probe can observe of a running container at one instant: HTTP answers, TCP accept,
// gRPC health status and exec. Implemented by the simulated container (runtime); a plain object
// in tests. Kept apart so the prober stays pure.
import type { GrpcServing, HttpAnswer } from '../behaviour/types.ts';
import type { ExecResult } from '../shell/shell-process.ts';

export type HttpOutcome = { kind: 'answer'; answer: HttpAnswer } | { kind: 'refused' };

export interface ProbeTarget {
  http(port: number, path: string): HttpOutcome;
  tcp(port: number): boolean;
  grpc(port: number, service: string): GrpcServing | 'refused';
  exec(command: string[], timeoutMs: number): ExecResult;
}
