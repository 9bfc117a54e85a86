// What kubectl runs against: a client bound to `kubectl` (strict field validation), the virtual
// now (for AGE columns), a file reader confined to the project (for -f), and a way to wait in
// virtual time (for `rollout status`, `wait`), and a container's log lines from its node's kubelet
// (for `logs`). The composition root provides it.
import type { ApiClient } from '../client/api-client.ts';

export interface KubectlContext {
  client: ApiClient;
  nowMs(): number;
  /** Reads a file named on the command line; throws an Error with kubectl's wording if missing. */
  readFile(path: string): string;
  /** Advances virtual time until `done()` holds or `timeoutMs` passes; returns whether it held. */
  waitFor(done: () => boolean, timeoutMs: number): boolean;
  /** What a container wrote (its node's kubelet answers); absent when no kubelet serves logs. */
  logs?(namespace: string, pod: string, container: string, previous: boolean): string[];
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}
