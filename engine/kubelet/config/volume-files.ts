// The files a container sees through its configMap, secret and projected volumes: for each
// volumeMount, `<mountPath>/<key>` (or `<mountPath>/<items[].path>`) holding the value, as the
// atomic writer of pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go and
// pkg/volume/projected/projected.go → collectData lays them out. Secret data is decoded.
// Leaves out defaultMode/mode, subPath, the ..data symlink dance, binaryData, downwardAPI and
// serviceAccountToken sources. A missing source yields no files; volumeSetUpError names a missing
// non-optional configMap/secret source (the kubelet then holds the pod with FailedMount).
import type { Container, KeyToPath, Pod, Volume } from 'kubernetes-types/core/v1';
import type { ConfigSource } from '../../api/config-objects/container-env.ts';
import { decodeSecretValue } from '../../api/config-objects/secret-string-data.ts';

/** Absolute file path → content, in mount order. */
export type VolumeFiles = Map<string, string>;

export function volumeFiles(pod: Pod, container: Container, source: ConfigSource): VolumeFiles {
  const files: VolumeFiles = new Map();
  const namespace = pod.metadata?.namespace ?? 'default';
  for (const mount of container.volumeMounts ?? []) {
    const volume = (pod.spec?.volumes ?? []).find((v) => v.name === mount.name);
    if (!volume) continue;
    for (const [path, value] of volumeData(volume, namespace, source)) files.set(`${mount.mountPath.replace(/\/$/, '')}/${path}`, value);
  }
  return files;
}

/** The mount paths of a container that hold configMap, secret or projected volumes. */
export function configMountPaths(pod: Pod, container: Container): string[] {
  const kinds = new Set((pod.spec?.volumes ?? []).filter((v) => v.configMap ?? v.secret ?? v.projected).map((v) => v.name));
  return (container.volumeMounts ?? []).filter((m) => kinds.has(m.name)).map((m) => m.mountPath);
}

function volumeData(volume: Volume, namespace: string, source: ConfigSource): [string, string][] {
  if (volume.configMap) return project(source.configMap(namespace, volume.configMap.name ?? '')?.data, volume.configMap.items);
  if (volume.secret) return project(decoded(source.secret(namespace, volume.secret.secretName ?? '')?.data), volume.secret.items);
  const out: [string, string][] = [];
  for (const s of volume.projected?.sources ?? []) {
    if (s.configMap) out.push(...project(source.configMap(namespace, s.configMap.name ?? '')?.data, s.configMap.items));
    if (s.secret) out.push(...project(decoded(source.secret(namespace, s.secret.name ?? '')?.data), s.secret.items));
  }
  return out;
}

/** All keys by name, or only the listed items at their paths (a listed key that is absent is skipped). */
function project(data: Record<string, string> | undefined, items: KeyToPath[] | undefined): [string, string][] {
  if (!data) return [];
  if (!items || items.length === 0) return Object.entries(data);
  return items.filter((i) => data[i.key] !== undefined).map((i) => [i.path, data[i.key] ?? '']);
}

function decoded(data: Record<string, string> | undefined): Record<string, string> | undefined {
  return data === undefined ? undefined : Object.fromEntries(Object.entries(data).map(([k, v]) => [k, decodeSecretValue(v)]));
}

/**
 * The SetUp error of the first configMap or secret volume whose object is missing and not optional
 * (pkg/volume/configmap/configmap.go, pkg/volume/secret/secret.go → SetUpAt), worded as the
 * operation executor reports it. Projected volumes are not checked: the ServiceAccount admission's
 * kube-api-access volume needs kube-root-ca.crt, which nothing publishes yet.
 */
export function volumeSetUpError(pod: Pod, source: ConfigSource): string | undefined {
  const namespace = pod.metadata?.namespace ?? 'default';
  for (const v of pod.spec?.volumes ?? []) {
    const cm = v.configMap;
    if (cm && !cm.optional && !source.configMap(namespace, cm.name ?? '')) return setUpFailed(v.name, `configmap "${cm.name ?? ''}" not found`);
    const sec = v.secret;
    if (sec && !sec.optional && !source.secret(namespace, sec.secretName ?? '')) return setUpFailed(v.name, `secret "${sec.secretName ?? ''}" not found`);
  }
  return undefined;
}

function setUpFailed(volume: string, reason: string): string {
  return `MountVolume.SetUp failed for volume "${volume}" : ${reason}`;
}
