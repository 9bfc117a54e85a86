// ImageLocality: prefer nodes that already hold the pod's images, scaled by how widely spread they are.
// Models: pkg/scheduler/framework/plugins/imagelocality/image_locality.go → Score, sumImageScores,
// scaledImageScore (size × nodesWithImage / totalNodes), calculatePriority (clamp to
// [23Mi, 1000Mi × containers], map linearly to 0–100), normalizedImageName (":latest" if untagged). Weight 1.
import type { Pod } from 'kubernetes-types/core/v1';
import { MAX_NODE_SCORE, type ScorePlugin } from '../framework/interfaces.ts';
import type { NodeInfo } from '../framework/node-info.ts';

export const NAME = 'ImageLocality';
export const WEIGHT = 1;
const MB = 1024 * 1024;
export const MIN_THRESHOLD = 23 * MB;
export const MAX_CONTAINER_THRESHOLD = 1000 * MB;

export function normalizedImageName(name: string): string {
  return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

export function calculatePriority(sumScores: number, numContainers: number): number {
  const maxThreshold = MAX_CONTAINER_THRESHOLD * numContainers;
  const clamped = Math.min(Math.max(sumScores, MIN_THRESHOLD), maxThreshold);
  return Math.trunc((MAX_NODE_SCORE * (clamped - MIN_THRESHOLD)) / (maxThreshold - MIN_THRESHOLD));
}

function podImages(pod: Pod): string[] {
  const images: string[] = [];
  for (const c of pod.spec?.initContainers ?? []) images.push(normalizedImageName(c.image ?? ''));
  for (const c of pod.spec?.containers ?? []) images.push(normalizedImageName(c.image ?? ''));
  return images;
}

function numContainers(pod: Pod): number {
  return (pod.spec?.initContainers?.length ?? 0) + (pod.spec?.containers?.length ?? 0);
}

/** sumImageScores + calculatePriority for pre-normalized image names. */
function scoreImages(images: readonly string[], nodeInfo: NodeInfo, totalNumNodes: number): number {
  let sum = 0;
  if (nodeInfo.imageStates.size > 0 && totalNumNodes > 0) {
    for (const image of images) {
      const state = nodeInfo.imageStates.get(image);
      if (state) sum += Math.trunc(state.size * (state.numNodes / totalNumNodes));
    }
  }
  return calculatePriority(sum, images.length);
}

export function imageLocalityScore(pod: Pod, nodeInfo: NodeInfo, totalNumNodes: number): number {
  return scoreImages(podImages(pod), nodeInfo, totalNumNodes);
}

export const imageLocality: ScorePlugin = {
  name: NAME,
  weight: WEIGHT,
  events: ['Node/Add'],
  preScore(_state, pod, snapshot) {
    // A node without image states scores as if it held none of the images.
    if (snapshot.flagged.hasImages === 0) return calculatePriority(0, numContainers(pod));
    const images = podImages(pod);
    const zero = calculatePriority(0, images.length);
    const numAllNodes = snapshot.size;
    return (nodes, rows, count, totals, weight) => {
      const hasImages = nodes.hasImages;
      for (let k = 0; k < count; k++) {
        const r = rows[k]!;
        totals[k]! += weight * (hasImages[r] === 0 ? zero : scoreImages(images, nodes.infos[r]!, numAllNodes));
      }
    };
  },
};
