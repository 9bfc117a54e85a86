// Event reasons and messages of the pod-creating controllers.
// Models pkg/controller/controller_utils.go → RealPodControl.createPods / DeletePod
// (SuccessfulCreatePodReason, FailedCreatePodReason, SuccessfulDeletePodReason, FailedDeletePodReason).
export const SUCCESSFUL_CREATE = 'SuccessfulCreate';
export const FAILED_CREATE = 'FailedCreate';
export const SUCCESSFUL_DELETE = 'SuccessfulDelete';
export const FAILED_DELETE = 'FailedDelete';

export type PodEvent = { type: 'Normal' | 'Warning'; reason: string; message: string };

export const createdPodEvent = (podName: string): PodEvent =>
  ({ type: 'Normal', reason: SUCCESSFUL_CREATE, message: `Created pod: ${podName}` });
export const failedCreateEvent = (errorText: string): PodEvent =>
  ({ type: 'Warning', reason: FAILED_CREATE, message: `Error creating: ${errorText}` });
export const deletedPodEvent = (podName: string): PodEvent =>
  ({ type: 'Normal', reason: SUCCESSFUL_DELETE, message: `Deleted pod: ${podName}` });
export const failedDeleteEvent = (errorText: string): PodEvent =>
  ({ type: 'Warning', reason: FAILED_DELETE, message: `Error deleting: ${errorText}` });
