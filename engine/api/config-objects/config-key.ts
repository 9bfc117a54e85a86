// Valid keys of ConfigMap data/binaryData and Secret data.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go (IsConfigMapKey,
// hasChDirPrefix, RegexError, MaxLenError) with its exact messages (note the two spaces before "or").

const KEY_PATTERN = /^[-._a-zA-Z0-9]+$/;
const MAX_KEY_LENGTH = 253;
const KEY_MESSAGE = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' " +
  "(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

export function configKeyErrors(key: string): string[] {
  const errors: string[] = [];
  if (key.length > MAX_KEY_LENGTH) errors.push(`must be no more than ${MAX_KEY_LENGTH} characters`);
  if (!KEY_PATTERN.test(key)) errors.push(KEY_MESSAGE);
  if (key === '.') errors.push("must not be '.'");
  else if (key === '..') errors.push("must not be '..'");
  else if (key.startsWith('..')) errors.push("must not start with '..'");
  return errors;
}
