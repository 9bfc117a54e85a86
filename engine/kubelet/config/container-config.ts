// The config-dependent part of pkg/kubelet/kuberuntime/kuberuntime_container.go →
// generateContainerConfig: the container's environment from makeEnvironmentVariables
// (pkg/kubelet/kubelet_pods.go; resolved by engine/api/config-objects/container-env.ts). A failure
// is CreateContainerConfigError with the kubelet's message; skipped envFrom keys give the
// InvalidEnvironmentVariableNames warning. Leaves out fieldRef, resourceFieldRef and $(VAR) expansion.
import type { Container } from 'kubernetes-types/core/v1';
import { resolveContainerEnv } from '../../api/config-objects/container-env.ts';
import type { ConfigSource } from '../../api/config-objects/container-env.ts';

export const CREATE_CONTAINER_CONFIG_ERROR = 'CreateContainerConfigError';

export type ContainerConfig =
  | { ok: true; env: Map<string, string>; warnings: string[] }
  | { ok: false; message: string };

export function generateContainerConfig(container: Container, namespace: string, source: ConfigSource): ContainerConfig {
  const r = resolveContainerEnv(container, namespace, source);
  if (!r.ok) return { ok: false, message: r.message };
  const env = new Map(Object.entries(r.env));
  if (r.skippedKeys.length === 0) return { ok: true, env, warnings: [] };
  return { ok: true, env, warnings: skippedMessages(container, namespace, source) };
}

/**
 * kubelet_pods.go: one event per envFrom source that had keys skipped, keys sorted. Each source is
 * resolved on its own so its skipped keys can be named with it.
 */
function skippedMessages(container: Container, namespace: string, source: ConfigSource): string[] {
  const out: string[] = [];
  for (const from of container.envFrom ?? []) {
    const r = resolveContainerEnv({ name: container.name, envFrom: [from] }, namespace, source);
    if (!r.ok || r.skippedKeys.length === 0) continue;
    const kind = from.secretRef ? 'secret' : 'configMap';
    const name = from.secretRef?.name ?? from.configMapRef?.name ?? '';
    out.push(`Keys [${[...r.skippedKeys].sort().join(', ')}] from the EnvFrom ${kind} ${namespace}/${name} were skipped since they are considered invalid environment variable names.`);
  }
  return out;
}
