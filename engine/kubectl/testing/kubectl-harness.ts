// A bare API server (no controllers, scheduler or kubelets) with kubectl wired to it, for unit
// tests of the commands: objects are created directly, files come from a map, time is advanced by
// hand. Mirrors what engine/cluster.ts → Cluster.kubectl provides, without the composition root.
// Left out: everything that would make objects change by themselves.
import { ApiServer } from '../../api/api-server.ts';
import { ApiClient } from '../../client/api-client.ts';
import type { KubeObject } from '../../apimachinery/object.ts';
import { VirtualClock } from '../../clock/virtual-clock.ts';
import { Journal } from '../../journal/journal.ts';
import { SeededRandom } from '../../random/seeded-random.ts';
import { ObjectStore } from '../../store/object-store.ts';
import type { KubectlResult } from '../kubectl-context.ts';
import { runKubectl } from '../kubectl.ts';

export class KubectlHarness {
  readonly clock = new VirtualClock();
  readonly api = new ApiServer({ store: new ObjectStore(), clock: this.clock, random: new SeededRandom(7).fork('kube-apiserver'),
    journal: new Journal(() => this.clock.nowMs(), 'kubectl-test') });
  readonly client = new ApiClient(this.api, 'test');
  readonly files = new Map<string, string>();
  /** What `kubectl logs` returns, by "namespace/pod/container" (with "/previous" for --previous). */
  readonly logs = new Map<string, string[]>();

  constructor() {
    for (const name of ['default', 'kube-system', 'other']) this.create('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }

  create(resource: string, obj: Record<string, unknown>): KubeObject {
    return this.client.create(resource, obj as unknown as KubeObject);
  }

  run(commandLine: string): KubectlResult {
    return runKubectl({
      client: new ApiClient(this.api, 'kubectl', { fieldValidation: 'Strict' }),
      nowMs: () => this.clock.nowMs(),
      readFile: (path) => {
        const text = this.files.get(path);
        if (text === undefined) throw new Error(`the path "${path}" does not exist`);
        return text;
      },
      waitFor: (done, timeoutMs) => {
        const deadline = this.clock.nowMs() + timeoutMs;
        this.clock.runDue();
        while (!done() && this.clock.nowMs() < deadline) this.clock.advance(1000);
        return done();
      },
      logs: (namespace, pod, container, previous) => this.logs.get(`${namespace}/${pod}/${container}${previous ? '/previous' : ''}`) ?? [],
    }, commandLine);
  }
}
