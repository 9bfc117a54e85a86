// Which generated model class describes a kind: apiVersion + kind → `V1Deployment`,
// `V2HorizontalPodAutoscaler`, `CoreV1Event` / `EventsV1Event`. The client names a model
// `<Group><Version><Kind>` only where two groups share a kind name, so the group-qualified name is
// tried first and the bare `<Version><Kind>` second. Kinds without a model (CRDs) give undefined.
import { hasModel } from './openapi-models.ts';

function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `apps/v1` → { group: 'apps', version: 'v1' }; `v1` → core. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export function modelNameFor(apiVersion: string, kind: string): string | undefined {
  const { group, version } = splitApiVersion(apiVersion);
  if (version === '' || kind === '') return undefined;
  const groupWord = group === '' ? 'Core' : pascal(group.split('.')[0] ?? '');
  const candidates = [`${groupWord}${pascal(version)}${kind}`, `${pascal(version)}${kind}`];
  return candidates.find(hasModel);
}
