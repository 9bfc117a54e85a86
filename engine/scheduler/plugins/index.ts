// The default profile's filter and score plugins, in upstream order, with their weights.
// Models: pkg/scheduler/apis/config/v1/default_plugins.go → getDefaultPlugins (v1.33).
// Leaves out: volume plugins, PodTopologySpread, InterPodAffinity and DynamicResources (pods here
// have no volumes, spread constraints or pod affinity yet). SchedulingGates is a PreEnqueue check in
// scheduler.ts (gated pods never enter the queue); PrioritySort is the queue's order.
import type { FilterPlugin, ScorePlugin } from '../framework/interfaces.ts';
import { balancedAllocation } from './balanced-allocation.ts';
import { imageLocality } from './image-locality.ts';
import { nodeAffinity } from './node-affinity.ts';
import { nodeName } from './node-name.ts';
import { nodePorts } from './node-ports.ts';
import { nodeResourcesFit } from './node-resources-fit.ts';
import { nodeUnschedulable } from './node-unschedulable.ts';
import { taintToleration } from './taint-toleration.ts';

export interface Profile {
  schedulerName: string;
  filters: readonly FilterPlugin[];
  scorers: readonly ScorePlugin[];
}

export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

export const defaultProfile: Profile = {
  schedulerName: DEFAULT_SCHEDULER_NAME,
  filters: [nodeUnschedulable, nodeName, taintToleration, nodeAffinity, nodePorts, nodeResourcesFit],
  scorers: [taintToleration, nodeAffinity, nodeResourcesFit, balancedAllocation, imageLocality],
};
