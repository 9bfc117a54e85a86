// The base of errors that are a request's outcome rather than a fault: API Status errors (a
// quota refusal, a conflict, a not-found), admission denials and storage errors. In Kubernetes
// they are values sent back over HTTP (apimachinery/pkg/api/errors.StatusError carries no stack),
// and controllers meet them all the time (every refused pod create of a ReplicaSet held back by a
// quota). So they are built without capturing a stack trace, which would cost more than the rest
// of the request: V8 walks the caller frames (about 5 µs at the depth a controller's create runs)
// for a trace nobody reads. Their `stack` is just "Name: message".
export class StatusValueError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}
