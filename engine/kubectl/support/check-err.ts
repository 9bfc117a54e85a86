// How kubectl prints an error before exiting 1.
// Models staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go → CheckErr / checkErr (Invalid errors
// as "The Kind "name" is invalid: field: message", one cause per "* " line when several),
// StandardErrorMessage ("Error from server (Reason): message") and fatal (one trailing newline).
// Left out: Unauthorized, URL errors and exec exit codes (no network, no plugins).
import { isStatusError } from '../../api/errors.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

function withNewline(msg: string): string {
  return msg.endsWith('\n') ? msg : `${msg}\n`;
}

/** MultilineError(prefix, causes). */
function multiline(prefix: string, causes: string[]): string {
  const unique = [...new Set(causes)];
  if (unique.length === 1) return `${prefix}${unique[0] ?? ''}\n`;
  return `${prefix}\n${unique.map((c) => `* ${c}\n`).join('')}`;
}

/** The text kubectl writes to stderr for an error. */
export function errorText(e: unknown): string {
  if (isStatusError(e, 'Invalid')) {
    const details = e.status.details;
    if (!details) return withNewline('The request is invalid');
    const s = details.kind || details.name ? `The ${details.kind ?? ''} ${goQuote(details.name ?? '')} is invalid` : 'The request is invalid';
    const causes = (details.causes ?? []).map((c) => {
      const message = c.message ?? '';
      const field = c.field ?? '';
      return field && !message.startsWith(`${field}: `) ? `${field}: ${message}` : message;
    });
    return causes.length > 0 ? multiline(`${s}: `, causes) : withNewline(s);
  }
  if (isStatusError(e)) return withNewline(`Error from server (${e.reason}): ${e.message}`);
  const msg = e instanceof Error ? e.message : String(e);
  return withNewline(msg.startsWith('error: ') ? msg : `error: ${msg}`);
}
