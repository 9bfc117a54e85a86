// Container behaviour as data: what a simulated image does once the kubelet pulls and starts it.
// In the spirit of KWOK's Stage resources (kubernetes-sigs/kwok pkg/apis/v1alpha1/stage_types.go:
// selector, delay, next state), but keyed by image reference, seeded (duration ranges are drawn
// from the component's SeededRandom) and totally ordered (changes sorted by `fromMs`, ties by
// position in the document). Times are relative to the container's start.
export type HttpAnswer = number | 'timeout';
export type GrpcServing = 'SERVING' | 'NOT_SERVING' | 'UNKNOWN' | 'SERVICE_UNKNOWN';
export type PullError = 'ErrImagePull' | 'InvalidImageName';

/** A duration, fixed or drawn uniformly (seeded) from [minMs, maxMs]. */
export interface DurationSpec { minMs: number; maxMs: number }

export interface SourceRef { file: string; line: number }

export interface PortBehaviour {
  port: number;
  protocol: 'TCP' | 'UDP';
  /** path → status code (or 'timeout'); the key '*' answers every other path. */
  http?: Record<string, HttpAnswer>;
  grpc?: GrpcServing;
}

export interface PullBehaviour {
  duration: DurationSpec;
  sizeBytes: number;
  error?: PullError;
  /** The runtime's error text for ErrImagePull (after `Failed to pull image %q: `). */
  message?: string;
}

/** A scripted change, effective from `fromMs` after the container started. */
export interface BehaviourChange {
  fromMs: number;
  /** Path answers to override; `port` restricts them to one port. */
  http?: Record<string, HttpAnswer>;
  port?: number;
  listening?: boolean;
  grpc?: GrpcServing;
  exitCode?: number;
  memoryBytes?: number;
  createFiles?: string[];
  removeFiles?: string[];
}

export interface LogLine { atMs: number; line: string }

export interface ContainerBehaviour {
  /** The catalogue pattern that matched: `nginx:1.25`, `nginx:*` or `default`. */
  match: string;
  source: SourceRef;
  pull: PullBehaviour;
  start: DurationSpec;
  ports: PortBehaviour[];
  /** Ports accept connections from this long after start ("ready after 5s"). */
  readyAfterMs: number;
  exit?: { afterMs: number; code: number };
  memoryBytes: number;
  files: string[];
  logs: LogLine[];
  changes: BehaviourChange[];
  /** The image is a shell image: command/args run in engine/kubelet/shell. */
  shell: boolean;
  /** Entrypoint + cmd when the pod gives none (busybox: ["sh"]). */
  defaultCommand: string[];
}

/** Values for every field an entry leaves out: pulled in 1s, 10 MB, starts in 100ms, runs forever. */
export const BASE_BEHAVIOUR: Omit<ContainerBehaviour, 'match' | 'source'> = {
  pull: { duration: { minMs: 1000, maxMs: 1000 }, sizeBytes: 10_000_000 },
  start: { minMs: 100, maxMs: 100 },
  ports: [],
  readyAfterMs: 0,
  memoryBytes: 8 * 1024 * 1024,
  files: [],
  logs: [],
  changes: [],
  shell: false,
  defaultCommand: [],
};
