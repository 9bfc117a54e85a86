// Name and label syntax checks returning Kubernetes' exact error strings.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (v1.33) → IsDNS1123Label,
// IsDNS1123Subdomain, IsDNS1035Label, IsQualifiedName, IsValidLabelValue, RegexError, MaxLenError,
// EmptyError. (Newer releases moved these to api/validate/content and say "bytes"; v1.33 says
// "characters".) Each function returns a list of messages; an empty list means valid.
// Left out: wildcard subdomains, env var names, port names, percent strings.

export function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

export function emptyError(): string {
  return 'must be non-empty';
}

/** RegexError: note the doubled space Kubernetes prints between examples ("'a',  or 'b'"). */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  const shown = examples.map((e) => `'${e}', `).join(' or ');
  return `${msg} (e.g. ${shown}regex used for validation is '${fmt}')`;
}

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export const DNS1035_LABEL_MAX_LENGTH = 63;
export const QUALIFIED_NAME_MAX_LENGTH = 63;
export const LABEL_VALUE_MAX_LENGTH = 63;

const anchored = (fmt: string): RegExp => new RegExp(`^${fmt}$`);
const dns1123LabelRe = anchored(DNS1123_LABEL_FMT);
const dns1123SubdomainRe = anchored(DNS1123_SUBDOMAIN_FMT);
const dns1035LabelRe = anchored(DNS1035_LABEL_FMT);
const qualifiedNameRe = anchored(QUALIFIED_NAME_FMT);
const labelValueRe = anchored(LABEL_VALUE_FMT);

export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1123_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1123LabelRe.test(value)) {
    // A valid subdomain that is not a valid label (length already checked) must contain dots.
    if (dns1123SubdomainRe.test(value)) errs.push('must not contain dots');
    else errs.push(regexError(DNS1123_LABEL_MSG, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
  }
  return errs;
}

export function isDNS1123Subdomain(value: string): string[] {
  // The common case, a valid name of every object and Event written, costs one regex test and no
  // list (irregexp beats a char-code scan on names this long: measured 70 ns against 130 ns).
  if (value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && dns1123SubdomainRe.test(value)) return [];
  const errs: string[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainRe.test(value)) errs.push(regexError(DNS1123_SUBDOMAIN_MSG, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errs;
}

export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > DNS1035_LABEL_MAX_LENGTH) errs.push(maxLenError(DNS1035_LABEL_MAX_LENGTH));
  if (!dns1035LabelRe.test(value)) errs.push(regexError(DNS1035_LABEL_MSG, DNS1035_LABEL_FMT, 'my-name', 'abc-123'));
  return errs;
}

/** IsQualifiedName: label keys and annotation keys, `[prefix/]name`. */
export function isQualifiedName(value: string): string[] {
  // The common case, a valid key, answers without splitting or the regex.
  if (isValidQualifiedNameFast(value)) return [];
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0] ?? '';
  } else if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) errs.push(`prefix part ${emptyError()}`);
    else errs.push(...isDNS1123Subdomain(prefix).map((m) => `prefix part ${m}`));
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}` +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (name.length === 0) errs.push(`name part ${emptyError()}`);
  else if (name.length > QUALIFIED_NAME_MAX_LENGTH) errs.push(`name part ${maxLenError(QUALIFIED_NAME_MAX_LENGTH)}`);
  if (!qualifiedNameRe.test(name)) {
    errs.push(`name part ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  }
  return errs;
}

export function isValidLabelValue(value: string): string[] {
  if (value === '' || (value.length <= LABEL_VALUE_MAX_LENGTH && scansAsQualifiedName(value))) return [];
  const errs: string[] = [];
  if (value.length > LABEL_VALUE_MAX_LENGTH) errs.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!labelValueRe.test(value)) errs.push(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

/**
 * The qualified-name regex (`([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`) as a scan of char codes:
 * non-empty, letters, digits, '-', '_' and '.', starting and ending with a letter or digit. A
 * property test holds it equal to the regex.
 */
export function scansAsQualifiedName(value: string): boolean {
  const n = value.length;
  if (n === 0 || !isAlnum(value.charCodeAt(0)) || !isAlnum(value.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = value.charCodeAt(i);
    if (!isAlnum(c) && c !== 45 && c !== 95 && c !== 46) return false;
  }
  return true;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * A valid `[prefix/]name` answered in one pass: a short unprefixed key by the scan (faster than
 * the regex on keys this short), a prefixed one by a single regex of subdomain, '/' and qualified
 * name (neither part may hold a '/', so it matches exactly when the split checks pass), with the
 * length limits of both parts.
 */
function isValidQualifiedNameFast(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return value.length <= QUALIFIED_NAME_MAX_LENGTH && scansAsQualifiedName(value);
  if (validPrefixedKeys.has(value)) return true;
  const valid = slash <= DNS1123_SUBDOMAIN_MAX_LENGTH && value.length - slash - 1 <= QUALIFIED_NAME_MAX_LENGTH && prefixedQualifiedNameRe.test(value);
  if (valid && validPrefixedKeys.size < VALID_PREFIXED_KEYS_MAX) validPrefixedKeys.add(value);
  return valid;
}

const prefixedQualifiedNameRe = anchored(`(?:${DNS1123_SUBDOMAIN_FMT})/(?:${QUALIFIED_NAME_FMT})`);

/**
 * Prefixed keys already found valid. A cluster uses few of them (`node.kubernetes.io/not-ready`
 * on every pod's tolerations, `kubernetes.io/hostname`, `app.kubernetes.io/name`), and each is
 * checked on every write that carries it; the set answers in a hash lookup what the regex answers
 * in 150–250 ns. Bounded: past the limit, new keys are checked by the regex every time.
 */
const validPrefixedKeys = new Set<string>();
const VALID_PREFIXED_KEYS_MAX = 1024;
