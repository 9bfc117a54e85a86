// Where the kubelet reads ConfigMaps and Secrets from: its own shared informers (the Watch-based
// configMapManager / secretManager of pkg/kubelet/configmap/configmap_manager.go and
// pkg/kubelet/secret/secret_manager.go). Leaves out the per-pod registration of references (the
// kubelet here watches every namespace) and the TTL cache strategy.
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1';
import type { ConfigSource } from '../../api/config-objects/container-env.ts';

export interface NamedLookup<T> { get(namespace: string, name: string): T | undefined }

export function informerConfigSource(configMaps: NamedLookup<ConfigMap>, secrets: NamedLookup<Secret>): ConfigSource {
  return {
    configMap: (namespace, name) => configMaps.get(namespace, name),
    secret: (namespace, name) => secrets.get(namespace, name),
  };
}
