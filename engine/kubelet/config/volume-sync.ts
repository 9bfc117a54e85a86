// Puts a container's configMap/secret/projected volume files into its simulated filesystem at
// start, and refreshes them while it runs. Upstream the kubelet re-syncs every running pod each
// syncFrequency (1m) and the volume manager rewrites the files from the Watch-based cache
// (pkg/kubelet/volumemanager, pkg/volume/util/atomic_writer.go); here the refresh is a timer every
// CONFIG_VOLUME_SYNC_MS (60s) from the container's start, with no jitter, so a changed ConfigMap
// shows in the files at most 60s later. Env never changes after start.
import type { Pod, Container } from 'kubernetes-types/core/v1';
import type { ConfigSource } from '../../api/config-objects/container-env.ts';
import type { SimFs } from '../shell/sim-fs.ts';
import { configMountPaths, volumeFiles } from './volume-files.ts';

export const CONFIG_VOLUME_SYNC_MS = 60_000;

/** Rewrites every config mount of the container: old files go, the current data is written. */
export function syncConfigVolumes(fs: SimFs, pod: Pod, container: Container, source: ConfigSource): void {
  for (const mountPath of configMountPaths(pod, container)) { fs.removeTree(mountPath); fs.mkdirs(mountPath); }
  for (const [path, content] of volumeFiles(pod, container, source)) {
    fs.mkdirs(path.slice(0, path.lastIndexOf('/')) || '/');
    fs.write(path, content);
  }
}
