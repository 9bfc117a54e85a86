// What kubespec's After hook attaches to a failed scenario (steps/support/failure-state.ts) and
// the read model picks out of the message stream by file name: the cluster state as
// `kubectl get all -A -o wide` prints it at the failure, and the objects the failing step involved
// as `kubectl get -o yaml` prints them. Attachments, not engine internals, so `kubespec report
// --from DIR` re-renders them. Also the exception type of a broken fixture (a grader error).
import type { Attachment } from '@cucumber/messages';

export const CLUSTER_STATE_FILE = 'kubectl-get-all-A-o-wide.txt';
export const OBJECTS_FILE = 'objects-involved.yaml';
/**
 * `text/yaml` (an alias RFC 9512 lists for application/yaml) because Cucumber's own HTML report
 * shows text/* attachments inline and offers anything else only as a download.
 */
export const YAML_MEDIA_TYPE = 'text/yaml';
/** The class name of steps/support/fixture-problems.ts FixtureError; cucumber-js records it as exception.type. */
export const FIXTURE_ERROR_TYPE = 'FixtureError';

export interface FailureState {
  /** `kubectl get all -A -o wide` at the failure. */
  clusterState: string | undefined;
  /** The objects the failing step involved, their owners and what they own, as YAML documents. */
  objectsYaml: string | undefined;
}

export const FAILURE_STATE_FILES: readonly string[] = [CLUSTER_STATE_FILE, OBJECTS_FILE];

/** The failure state among a test case's attachments; undefined when the hook attached none. */
export function failureState(attachments: readonly Attachment[]): FailureState | undefined {
  const text = (file: string): string | undefined => {
    const a = attachments.find((x) => x.fileName === file);
    return a === undefined ? undefined : attachmentText(a);
  };
  const state = { clusterState: text(CLUSTER_STATE_FILE), objectsYaml: text(OBJECTS_FILE) };
  return state.clusterState === undefined && state.objectsYaml === undefined ? undefined : state;
}

export function attachmentText(a: Attachment): string {
  return a.contentEncoding === 'BASE64' ? Buffer.from(a.body, 'base64').toString('utf8') : a.body;
}
