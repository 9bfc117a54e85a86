// Store write throughput with 3 watchers attached (issue: floor ≥ 100,000 writes/s on 2 cores):
// creates and updates of small ConfigMaps, each write fanned out to three watch handlers.
import type { KubeObject } from '../engine/apimachinery/object.ts';
import { ObjectStore } from '../engine/store/object-store.ts';
import { figure, timeMs } from './figure.ts';

const N = 200_000;
const store = new ObjectStore(50_000);
let delivered = 0;
for (let i = 0; i < 3; i++) store.watch('configmaps', 0, () => { delivered++; });
const objects: KubeObject[] = [];
for (let i = 0; i < N / 2; i++) objects.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}`, namespace: 'default' }, data: { n: String(i) } });

const ms = timeMs(() => {
  for (const o of objects) store.create('configmaps', o);
  for (const o of objects) store.update('configmaps', { ...o, data: { n: 'x' } });
});
figure('store writes with 3 watchers', (N / ms) * 1000, 'writes/s', { atLeast: 100_000 });
figure('store watch deliveries', delivered, 'events');
