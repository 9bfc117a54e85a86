// The declaration of one command-line flag, as kubectl registers them with spf13/pflag:
// a long name, an optional one-letter shorthand, a type, a default, and NoOptDefVal (the value a
// flag takes when given without `=value`, e.g. --dry-run → "unchanged", --cascade → "background").
// Models github.com/spf13/pflag flag.go → Flag (Name, Shorthand, Value type, DefValue, NoOptDefVal).
// Left out: deprecation and hidden flags, annotations used by shell completion.

export type FlagKind = 'bool' | 'string' | 'int' | 'stringSlice' | 'stringArray';

export interface FlagSpec {
  name: string;
  shorthand?: string;
  kind: FlagKind;
  /** DefValue as a string ("false", "-1", "none"); absent means the type's zero value. */
  defaultValue?: string;
  noOptDefVal?: string;
}

export const boolFlag = (name: string, shorthand?: string): FlagSpec =>
  (shorthand ? { name, shorthand, kind: 'bool' } : { name, kind: 'bool' });
export const stringFlag = (name: string, shorthand?: string, defaultValue?: string): FlagSpec => ({
  name, kind: 'string', ...(shorthand ? { shorthand } : {}), ...(defaultValue !== undefined ? { defaultValue } : {}),
});
export const intFlag = (name: string, defaultValue: number, shorthand?: string): FlagSpec => ({
  name, kind: 'int', defaultValue: String(defaultValue), ...(shorthand ? { shorthand } : {}),
});
export const sliceFlag = (name: string, shorthand?: string): FlagSpec =>
  (shorthand ? { name, shorthand, kind: 'stringSlice' } : { name, kind: 'stringSlice' });
export const arrayFlag = (name: string, shorthand?: string): FlagSpec =>
  (shorthand ? { name, shorthand, kind: 'stringArray' } : { name, kind: 'stringArray' });
