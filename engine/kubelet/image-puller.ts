// Ensures a container's image is on the node before it is created: pkg/kubelet/images/
// image_manager.go → EnsureImageExists. Pull policy (Always / IfNotPresent / Never, defaulted
// from the tag by the API server), the InvalidImageName check, pull duration and size from the
// behaviour catalogue, and pull back-off (ErrImagePull, then ImagePullBackOff while in back-off).
// Pulls are serialized per node (serializeImagePulls defaults to true, pkg/kubelet/images/
// puller.go → serialImagePuller): a pull waits for the one before it, hence `including waiting`.
import type { ContainerRecord } from './container-record.ts';
import { msg } from './kubelet-events.ts';
import type { PodWorker } from './pod-worker.ts';

/** A pull of an image whose layers are already on the node only resolves the manifest. */
export const CACHED_PULL_MS = 200;

/** The PLEG relist period: how soon the pod is synced again after a failed pull. */
const RESYNC_AFTER_PULL_ERROR_MS = 1000;

export function ensureImage(w: PodWorker, r: ContainerRecord, next: () => void): void {
  const rt = w.rt;
  const image = r.container.image ?? '';
  const resolved = rt.catalogue.resolve(image);
  if (resolved.kind === 'invalid') {
    rt.event(w.pod, 'Warning', 'InspectFailed', resolved.message, r);
    rt.event(w.pod, 'Warning', 'Failed', msg.error('InvalidImageName'), r);
    return fail(w, r, 'InvalidImageName', resolved.message);
  }
  const { ref, behaviour } = resolved;
  const policy = r.container.imagePullPolicy ?? (ref.tag === undefined || ref.tag === 'latest' ? 'Always' : 'IfNotPresent');
  const present = rt.images.has(ref.pullName);
  if (policy === 'Never' || (policy === 'IfNotPresent' && present)) {
    if (!present) {
      const text = `Container image "${image}" is not present with pull policy of Never`;
      rt.event(w.pod, 'Warning', 'ErrImageNeverPull', text, r);
      return fail(w, r, 'ErrImageNeverPull', text);
    }
    rt.event(w.pod, 'Normal', 'Pulled', msg.present(image), r);
    r.imageID = imageID(ref.repository, ref.pullName);
    return next();
  }
  const backoffKey = `${w.uid}_${ref.pullName}`;
  const now = rt.clock.nowMs();
  if (rt.imageBackoff.isInBackOffSinceUpdate(backoffKey, now)) {
    rt.event(w.pod, 'Normal', 'BackOff', msg.pullBackOff(image), r);
    rt.event(w.pod, 'Warning', 'Failed', msg.error('ImagePullBackOff'), r);
    fail(w, r, 'ImagePullBackOff', msg.pullBackOff(image));
    r.timers.push(rt.clock.schedule(rt.imageBackoff.windowEndMs(backoffKey) - now, rt.owner, () => w.requestSync(), 'timer'));
    return;
  }
  rt.event(w.pod, 'Normal', 'Pulling', msg.pulling(image), r);
  const beginMs = Math.max(now, rt.pullQueue.freeAtMs);
  const layersAt = rt.pullQueue.pulledAtMs.get(ref.pullName);
  const cached = rt.images.has(ref.pullName) || (layersAt !== undefined && layersAt <= beginMs);
  const durationMs = cached ? CACHED_PULL_MS : rt.random.intBetween(behaviour.pull.duration.minMs, behaviour.pull.duration.maxMs);
  rt.pullQueue.freeAtMs = beginMs + durationMs;
  if (!cached && !rt.unpullable.has(ref.pullName) && !behaviour.pull.error) rt.pullQueue.pulledAtMs.set(ref.pullName, beginMs + durationMs);
  const totalMs = beginMs + durationMs - now;
  r.timers.push(rt.clock.schedule(totalMs, rt.owner, () => {
    if (behaviour.pull.error === 'ErrImagePull' || rt.unpullable.has(ref.pullName) || rt.unpullable.has(image)) {
      const detail = behaviour.pull.message ?? msg.pullNotFound(ref.pullName);
      const failedAt = rt.clock.nowMs();
      rt.imageBackoff.next(backoffKey, failedAt, failedAt);
      rt.event(w.pod, 'Warning', 'Failed', msg.pullFailed(image, detail), r);
      rt.event(w.pod, 'Warning', 'Failed', msg.error('ErrImagePull'), r);
      fail(w, r, 'ErrImagePull', msg.pullFailed(image, detail));
      w.requestSync(RESYNC_AFTER_PULL_ERROR_MS, 'timer');
      return;
    }
    rt.images.add(ref.pullName);
    rt.event(w.pod, 'Normal', 'Pulled', msg.pulled(image, durationMs, totalMs, behaviour.pull.sizeBytes), r);
    r.imageID = imageID(ref.repository, ref.pullName);
    next();
  }, 'work'));
}

function fail(w: PodWorker, r: ContainerRecord, reason: string, message: string): void {
  r.busy = false;
  r.waiting = { reason, message };
  w.requestStatus();
}

/** Image IDs by repository and pull name: each pulled container keeps one, and they are few. */
const imageIDs = new Map<string, string>();

/** A deterministic stand-in for the image digest: `docker.io/library/nginx@sha256:<64 hex>`. */
function imageID(repository: string, pullName: string): string {
  const key = `${repository}\u0000${pullName}`;
  let id = imageIDs.get(key);
  if (id === undefined) imageIDs.set(key, (id = computeImageID(repository, pullName)));
  return id;
}

function computeImageID(repository: string, pullName: string): string {
  let h = 0x811c9dc5;
  for (const ch of pullName) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const hex = h.toString(16).padStart(8, '0').repeat(8);
  const full = repository.includes('.') || repository.startsWith('localhost') ? repository : `docker.io/${repository.includes('/') ? '' : 'library/'}${repository}`;
  return `${full}@sha256:${hex}`;
}
