// The flags a command line set, read back by type: what a command's Complete/Validate step reads
// from cobra's FlagSet (GetBool, GetString, GetInt, GetStringSlice, Changed).
// Models github.com/spf13/pflag flag.go → FlagSet.Changed / Get*: an unset flag reads as its default.
// Left out: nothing.
import type { FlagSpec } from './flag-spec.ts';

export class ParsedFlags {
  constructor(private readonly specs: Map<string, FlagSpec>, private readonly values: Map<string, string[]>) {}

  /** Whether the flag was given on the command line (pflag's Changed). */
  changed(name: string): boolean {
    return this.values.has(name);
  }

  /** The last value given, or the default. */
  string(name: string): string {
    const given = this.values.get(name);
    return given?.[given.length - 1] ?? this.specs.get(name)?.defaultValue ?? '';
  }

  bool(name: string): boolean {
    return this.string(name) === 'true';
  }

  int(name: string): number {
    const text = this.string(name);
    return text === '' ? 0 : Number(text);
  }

  /** Every value of a repeatable flag (stringSlice values are already split on commas). */
  strings(name: string): string[] {
    return this.values.get(name) ?? [];
  }
}
