// Name and key syntax checks, each returning Kubernetes' list of messages (empty when valid).
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go. The shared checks
// (IsDNS1123Subdomain, IsDNS1035Label, IsQualifiedName, IsValidLabelValue, RegexError, MaxLenError)
// come from engine/apimachinery/name-validation.ts; this file adds IsConfigMapKey, IsValidPortName,
// IsValidPortNum, InclusiveRangeError and generateName masking. isDNS1123Label stays local: the
// apimachinery one reports a valid subdomain as "must not contain dots", this one prints the regex.
import {
  isDNS1035Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, maxLenError, regexError,
} from '../../apimachinery/name-validation.ts';

export { isDNS1035Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, regexError };

export const inclusiveRangeError = (lo: number, hi: number): string => `must be between ${lo} and ${hi}, inclusive`;

function check(value: string, max: number, re: RegExp, fmt: string, msg: string, ...examples: string[]): string[] {
  const errs: string[] = [];
  if (value.length > max) errs.push(maxLenError(max));
  if (!re.test(value)) errs.push(regexError(msg, fmt, ...examples));
  return errs;
}

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_LABEL_RE = new RegExp(`^(?:${DNS1123_LABEL_FMT})$`);
const CONFIG_MAP_KEY_FMT = '[-._a-zA-Z0-9]+';
const CONFIG_MAP_KEY_MSG = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";
const CONFIG_MAP_KEY_RE = new RegExp(`^(?:${CONFIG_MAP_KEY_FMT})$`);

export const isDNS1123Label = (v: string): string[] =>
  check(v, 63, DNS1123_LABEL_RE, DNS1123_LABEL_FMT, DNS1123_LABEL_MSG, 'my-name', '123-abc');

export function isConfigMapKey(value: string): string[] {
  const errs = check(value, 253, CONFIG_MAP_KEY_RE, CONFIG_MAP_KEY_FMT, CONFIG_MAP_KEY_MSG, 'key.name', 'KEY_NAME', 'key-name');
  if (value === '.') errs.push("must not be '.'");
  else if (value === '..') errs.push("must not be '..'");
  else if (value.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (port.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.startsWith('-') || port.endsWith('-')) errs.push('must not begin or end with a hyphen');
  return errs;
}

export const isValidPortNum = (port: number): string[] => (port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)]);

/** apimachinery/pkg/api/validation → maskTrailingDash: a generateName prefix may end in '-'. */
const maskTrailingDash = (name: string): string => (name.length > 1 && name.endsWith('-') ? `${name.slice(0, -1)}a` : name);

export type NameValidator = (name: string, prefix: boolean) => string[];
export const nameIsDNSSubdomain: NameValidator = (name, prefix) => isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
export const nameIsDNSLabel: NameValidator = (name, prefix) => isDNS1123Label(prefix ? maskTrailingDash(name) : name);
export const nameIsDNS1035Label: NameValidator = (name, prefix) => isDNS1035Label(prefix ? maskTrailingDash(name) : name);
