// Parsing flags out of a command's words, interspersed with positional arguments, exactly as
// spf13/pflag does for kubectl: --name=value, --name value, -n value, -nvalue, -n=value, grouped
// bool shorthands (-it), NoOptDefVal flags that never take the next word, "--" ending flags.
// Models github.com/spf13/pflag flag.go → FlagSet.parseArgs, parseLongArg, parseShortArg,
// parseSingleShortArg, FlagSet.Set (the "invalid argument" wording) and the bool/int/slice Set methods.
// Left out: flag-name normalisation (`_` → `-` with a warning) and ParseErrorsWhitelist.
import type { FlagSpec } from './flag-spec.ts';
import { ParsedFlags } from './parsed-flags.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

export class FlagError extends Error {}
/** -h / --help was given. */
export class HelpRequested extends Error {}

const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]*|0[bB][01]+|[1-9][0-9]*)$/;

/** The typed Value.Set of a flag: the stored text, or a strconv error message. */
function convert(spec: FlagSpec, value: string): string {
  switch (spec.kind) {
    case 'bool':
      if (TRUE_WORDS.has(value)) return 'true';
      if (FALSE_WORDS.has(value)) return 'false';
      throw new Error(`strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`);
    case 'int': {
      if (!GO_INT.test(value.replaceAll('_', ''))) throw new Error(`strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`);
      const plain = value.replaceAll('_', '');
      const sign = plain.startsWith('-') ? -1 : 1;
      const digits = plain.replace(/^[-+]/, '').replace(/^0([0-7]+)$/, '0o$1');
      const n = sign * Number(digits);
      if (!Number.isSafeInteger(n)) throw new Error(`strconv.ParseInt: parsing ${goQuote(value)}: value out of range`);
      return String(n);
    }
    default:
      return value;
  }
}

export interface FlagParseResult {
  flags: ParsedFlags;
  positional: string[];
}

/** pflag's FlagSet.Parse over the given flag definitions. Throws FlagError or HelpRequested. */
export function parseFlags(words: string[], specs: FlagSpec[]): FlagParseResult {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.shorthand).map((s) => [s.shorthand as string, s]));
  const values = new Map<string, string[]>();
  const positional: string[] = [];

  const set = (spec: FlagSpec, value: string): void => {
    let stored: string;
    try {
      stored = convert(spec, value);
    } catch (e) {
      const flagName = spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;
      throw new FlagError(`invalid argument ${goQuote(value)} for ${goQuote(flagName)} flag: ${(e as Error).message}`);
    }
    const list = values.get(spec.name) ?? [];
    if (spec.kind === 'stringSlice') list.push(...(stored === '' ? [] : stored.split(',')));
    else list.push(stored);
    values.set(spec.name, list);
  };

  let rest = [...words];
  while (rest.length > 0) {
    const s = rest.shift() as string;
    if (s.length < 2 || !s.startsWith('-')) { positional.push(s); continue; }
    if (s === '--') { positional.push(...rest); break; }
    rest = s.startsWith('--') ? parseLong(s, rest) : parseShort(s, rest);
  }
  return { flags: new ParsedFlags(byName, values), positional };

  function parseLong(s: string, args: string[]): string[] {
    const body = s.slice(2);
    if (body === '' || body.startsWith('-') || body.startsWith('=')) throw new FlagError(`bad flag syntax: ${s}`);
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const spec = byName.get(name);
    if (!spec) {
      if (name === 'help') throw new HelpRequested();
      throw new FlagError(`unknown flag: --${name}`);
    }
    const noOpt = spec.kind === 'bool' ? 'true' : spec.noOptDefVal;
    if (eq >= 0) set(spec, body.slice(eq + 1));
    else if (noOpt !== undefined) set(spec, noOpt);
    else if (args.length > 0) set(spec, args.shift() as string);
    else throw new FlagError(`flag needs an argument: ${s}`);
    return args;
  }

  function parseShort(s: string, args: string[]): string[] {
    let shorthands = s.slice(1);
    while (shorthands.length > 0) {
      const c = shorthands[0] as string;
      const spec = byShort.get(c);
      if (!spec) {
        if (c === 'h') throw new HelpRequested();
        throw new FlagError(`unknown shorthand flag: '${c}' in -${shorthands}`);
      }
      const noOpt = spec.kind === 'bool' ? 'true' : spec.noOptDefVal;
      if (shorthands.length > 2 && shorthands[1] === '=') { set(spec, shorthands.slice(2)); shorthands = ''; }
      else if (noOpt !== undefined) { set(spec, noOpt); shorthands = shorthands.slice(1); }
      else if (shorthands.length > 1) { set(spec, shorthands.slice(1)); shorthands = ''; }
      else if (args.length > 0) { set(spec, args.shift() as string); shorthands = ''; }
      else throw new FlagError(`flag needs an argument: '${c}' in -${shorthands}`);
    }
    return args;
  }
}
