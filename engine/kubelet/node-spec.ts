// The shape of a simulated node as a scenario describes it (`Given a cluster with nodes:`),
// with kubespec's documented defaults: 4 CPU, 16Gi memory, 110 pods, 100Gi ephemeral storage.
export interface TaintSpec {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface NodeSpec {
  name: string;
  cpu?: string;
  memory?: string;
  pods?: number;
  ephemeralStorage?: string;
  labels?: Record<string, string>;
  taints?: TaintSpec[];
  /** Extra capacity such as `example.com/gpu: 2`. */
  extendedResources?: Record<string, string>;
}

export const NODE_DEFAULTS = { cpu: '4', memory: '16Gi', pods: 110, ephemeralStorage: '100Gi' } as const;
