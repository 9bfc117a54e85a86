// Naming the manifest an API error came from.
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go → AddSourceToErr: a Status error keeps
// its reason and gets the message `error when <verb> "<file>": <message>`; other errors are wrapped
// the same way. (Invalid errors still print from their details, so the file is not shown there.)
// Left out: nothing.
import { StatusError, isStatusError } from '../../api/errors.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

export function addSourceToErr(verb: string, source: string, e: unknown): unknown {
  if (!source) return e;
  if (isStatusError(e)) {
    const wrapped = new StatusError(e.reason, e.code, `error when ${verb} ${goQuote(source)}: ${e.message}`);
    Object.assign(wrapped.status, { details: e.status.details });
    if (!e.status.details) delete wrapped.status.details;
    return wrapped;
  }
  return new Error(`error when ${verb} ${goQuote(source)}: ${e instanceof Error ? e.message : String(e)}`);
}
