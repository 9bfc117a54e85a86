// What a container's ConfigMap/Secret references resolve to, for the kubelet: envFrom first (with
// prefix; keys that are not valid env names are skipped), then env entries with configMapKeyRef /
// secretKeyRef; a missing object or key fails the container start with CreateContainerConfigError
// unless the reference is `optional: true`. Models pkg/kubelet/kubelet_pods.go
// (makeEnvironmentVariables) with its messages; leaves fieldRef/resourceFieldRef/$(VAR) to the kubelet.
// Open question: with RelaxedEnvironmentVariableValidation (beta, on since 1.32) the API server
// accepts any printable ASCII name but '='; whether the 1.33 kubelet still skips envFrom keys by the
// classic C_IDENTIFIER-like rule used here (ENV_NAME) was not confirmed against its source.
import type { ConfigMap, Container, Secret } from 'kubernetes-types/core/v1.js';
import { decodeSecretValue } from './secret-string-data.ts';

export interface ConfigSource {
  configMap(namespace: string, name: string): ConfigMap | undefined;
  secret(namespace: string, name: string): Secret | undefined;
}

export type EnvResolution =
  | { ok: true; env: Record<string, string>; skippedKeys: string[] }
  | { ok: false; reason: 'CreateContainerConfigError'; message: string };

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export function resolveContainerEnv(container: Container, namespace: string, source: ConfigSource): EnvResolution {
  const env: Record<string, string> = {};
  const skippedKeys: string[] = [];
  const failWith = (message: string): EnvResolution => ({ ok: false, reason: 'CreateContainerConfigError', message });
  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    const ref = from.configMapRef ?? from.secretRef;
    if (!ref) continue;
    const isSecret = from.secretRef !== undefined;
    const data = isSecret ? secretData(source.secret(namespace, ref.name ?? '')) : source.configMap(namespace, ref.name ?? '')?.data;
    if (data === undefined) {
      if (ref.optional) continue;
      return failWith(`${isSecret ? 'secret' : 'configmap'} "${ref.name ?? ''}" not found`);
    }
    for (const [key, value] of Object.entries(data)) {
      if (!ENV_NAME.test(prefix + key)) { skippedKeys.push(prefix + key); continue; }
      env[prefix + key] = value;
    }
  }
  for (const e of container.env ?? []) {
    const cmRef = e.valueFrom?.configMapKeyRef;
    const secRef = e.valueFrom?.secretKeyRef;
    if (cmRef) {
      const cm = source.configMap(namespace, cmRef.name ?? '');
      if (!cm) { if (cmRef.optional) continue; return failWith(`configmap "${cmRef.name ?? ''}" not found`); }
      const value = cm.data?.[cmRef.key];
      if (value === undefined) { if (cmRef.optional) continue; return failWith(`couldn't find key ${cmRef.key} in ConfigMap ${namespace}/${cmRef.name ?? ''}`); }
      env[e.name] = value;
    } else if (secRef) {
      const data = secretData(source.secret(namespace, secRef.name ?? ''));
      if (!data) { if (secRef.optional) continue; return failWith(`secret "${secRef.name ?? ''}" not found`); }
      const value = data[secRef.key];
      if (value === undefined) { if (secRef.optional) continue; return failWith(`couldn't find key ${secRef.key} in Secret ${namespace}/${secRef.name ?? ''}`); }
      env[e.name] = value;
    } else if (e.value !== undefined) {
      env[e.name] = e.value;
    }
  }
  return { ok: true, env, skippedKeys };
}

function secretData(secret: Secret | undefined): Record<string, string> | undefined {
  if (!secret) return undefined;
  return Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [k, decodeSecretValue(v)]));
}
