// Errors of the storage layer, as k8s.io/apiserver/pkg/storage/errors.go names them
// (KeyNotFound, KeyExists, ResourceVersionConflicts, Gone/"too old resource version").
// The API server turns them into Kubernetes Status errors with the right wording.
import { StatusValueError } from '../apimachinery/status-value-error.ts';

export type StoreErrorCode = 'NotFound' | 'AlreadyExists' | 'Conflict' | 'Gone';

export class StoreError extends StatusValueError {
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
  }
}
