// Whether an exited container is started again: pkg/kubelet/container/helpers.go →
// ShouldContainerBeRestarted. Never → no; OnFailure → only after a non-zero exit; Always → yes.
// (The "pod is being deleted" and "container still running" cases are handled by the worker.)
export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export function shouldContainerBeRestarted(policy: string, exitCode: number): boolean {
  if (policy === 'Never') return false;
  if (policy === 'OnFailure') return exitCode !== 0;
  return true;
}
