// Builders and readers the policy/config steps share: pods with given requests, quota specs from
// `name=qty,...` text, a refusal captured from a direct API call, and resource lists printed as
// `name=qty,...` (sorted) for exact comparisons. Steps stay one to five lines over these.
import type { KubeObject } from '../../engine/apimachinery/object.ts';
import { isStatusError } from '../../engine/api/errors.ts';
import type { KubespecWorld } from './world.ts';

export function parseList(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const i = part.indexOf('=');
    out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

export function printList(list: Record<string, unknown> | undefined): string {
  return Object.keys(list ?? {}).sort().map((k) => `${k}=${String(list?.[k])}`).join(',');
}

export function podWithRequests(name: string, namespace: string, requests?: { cpu: string; memory: string }): KubeObject {
  const resources = requests ? { requests, limits: requests } : {};
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace }, spec: { containers: [{ name: 'app', image: 'nginx', resources }] } };
}

/** Runs a write as a client would; a refusal is remembered as the last command's error output. */
export function attempt(world: KubespecWorld, write: () => unknown): void {
  try {
    write();
    world.lastCommand = { stdout: '', stderr: '', exitCode: 0 };
  } catch (e) {
    if (!isStatusError(e)) throw e;
    world.lastCommand = { stdout: '', stderr: `Error from server (${e.reason}): ${e.message}\n`, exitCode: 1 };
  }
}

export function get<T = KubeObject>(world: KubespecWorld, resource: string, namespace: string | undefined, name: string): T {
  return world.cluster.client.get<T>(resource, namespace, name);
}

export function exists(world: KubespecWorld, resource: string, namespace: string | undefined, name: string): boolean {
  try { get(world, resource, namespace, name); return true; } catch (e) { if (isStatusError(e, 'NotFound')) return false; throw e; }
}
