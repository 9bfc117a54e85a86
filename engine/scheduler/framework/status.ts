// The result of running a plugin: a code, the reasons (each a histogram entry of the FitError) and the plugin.
// Models: pkg/scheduler/framework/interface.go → Status, Code (Success, Error, Unschedulable,
// UnschedulableAndUnresolvable, Skip), Status.Reasons / Message.
// Leaves out: Wait, Pending and the wrapped Go error.

export type Code = 'Success' | 'Error' | 'Unschedulable' | 'UnschedulableAndUnresolvable' | 'Skip';

export interface Status {
  code: Code;
  reasons: readonly string[];
  plugin?: string;
}

export const SUCCESS: Status = Object.freeze({ code: 'Success', reasons: [] }) as Status;

export function unschedulable(plugin: string, ...reasons: string[]): Status {
  return { code: 'Unschedulable', reasons, plugin };
}

export function unresolvable(plugin: string, ...reasons: string[]): Status {
  return { code: 'UnschedulableAndUnresolvable', reasons, plugin };
}

export function isSuccess(status: Status): boolean {
  return status.code === 'Success' || status.code === 'Skip';
}

/** Status.Message: the reasons joined with ", ". */
export function statusMessage(status: Status): string {
  return status.reasons.join(', ');
}
