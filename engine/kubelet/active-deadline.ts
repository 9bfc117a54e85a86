// spec.activeDeadlineSeconds: pkg/kubelet/active_deadline.go → ShouldEvict. Once the pod has
// been active on the node (since status.startTime) longer than the deadline, the kubelet records
// a Normal `DeadlineExceeded` event, kills every container and reports the pod Failed with reason
// DeadlineExceeded and message `Pod was active on the node longer than the specified deadline`.
// The deadline may be added or shortened while the pod runs; each change re-arms the timer.
import type { TaskHandle } from '../clock/virtual-clock.ts';
import type { PodWorker } from './pod-worker.ts';

export const DEADLINE_REASON = 'DeadlineExceeded';
export const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';

export class ActiveDeadline {
  private handle: TaskHandle | undefined;
  private armedFor: number | undefined;

  constructor(private readonly w: PodWorker, private readonly onExceeded: () => void) {}

  /** Arms (or re-arms) the timer for the pod's current activeDeadlineSeconds. */
  update(): void {
    const seconds = this.w.pod.spec?.activeDeadlineSeconds;
    if (seconds === undefined || seconds === this.armedFor) return;
    this.cancel();
    this.armedFor = seconds;
    const dueMs = this.w.startTimeMs + seconds * 1000;
    this.handle = this.w.rt.clock.schedule(Math.max(0, dueMs - this.w.rt.clock.nowMs()), this.w.rt.owner, () => this.onExceeded(), 'timer');
  }

  /** Arms the timer afresh (after cancel(), when the kubelet restarts). */
  rearm(): void {
    this.armedFor = undefined;
    this.update();
  }

  cancel(): void {
    this.w.rt.clock.cancel(this.handle);
    this.handle = undefined;
  }
}
