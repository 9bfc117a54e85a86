// SharedInformerFactory (client-go/informers/factory.go): one informer per resource per
// component, started together. Components ask for informers while they set up, then `start`.
import type { KubeObject } from '../apimachinery/object.ts';
import type { ListOptions } from '../api/list-options.ts';
import type { ApiClient } from './api-client.ts';
import { Informer } from './informer.ts';

export class InformerFactory {
  private readonly informers = new Map<string, Informer>();
  private started = false;

  constructor(private readonly client: ApiClient) {}

  /** The shared informer for a resource: `informer<Pod>('pods')` caches `Stored<Pod>` objects. */
  informer<T extends object = KubeObject>(resource: string, selection: ListOptions = {}): Informer<T & KubeObject> {
    const key = `${resource}?${selection.namespace ?? ''}&${selection.labelSelector ?? ''}&${selection.fieldSelector ?? ''}`;
    let inf = this.informers.get(key);
    if (!inf) {
      inf = new Informer(this.client, resource, selection);
      this.informers.set(key, inf);
      if (this.started) inf.start();
    }
    return inf as unknown as Informer<T & KubeObject>;
  }

  start(): void {
    this.started = true;
    for (const inf of this.informers.values()) inf.start();
  }

  stop(): void {
    for (const inf of this.informers.values()) inf.stop();
  }
}
