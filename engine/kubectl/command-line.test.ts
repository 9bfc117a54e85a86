// Command-line parsing: shell quoting, pflag syntax, kubectl's errors for unknown commands and flags.
import { describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { parseCommandLine, splitCommandLine, type CommandSpec } from './command-line.ts';
import { arrayFlag, boolFlag, intFlag, sliceFlag, stringFlag } from './command-line/flag-spec.ts';

const root: CommandSpec[] = [
  { name: 'get', flags: [stringFlag('output', 'o'), stringFlag('selector', 'l'), boolFlag('all-namespaces', 'A'), boolFlag('show-labels')] },
  { name: 'scale', flags: [intFlag('replicas', -1)] },
  { name: 'delete', flags: [sliceFlag('filename', 'f'), { name: 'cascade', kind: 'string', defaultValue: 'background', noOptDefVal: 'background' },
    intFlag('grace-period', -1), boolFlag('all')] },
  { name: 'apply', flags: [sliceFlag('filename', 'f'), { name: 'dry-run', kind: 'string', defaultValue: 'none', noOptDefVal: 'unchanged' }] },
  { name: 'create', flags: [sliceFlag('filename', 'f')], subcommands: [{ name: 'deployment', aliases: ['deploy'], flags: [arrayFlag('image'), intFlag('port', -1)] }] },
  { name: 'rollout', flags: [], runnable: false, subcommands: [{ name: 'status', flags: [] }] },
];

function parsed(line: string) {
  const r = parseCommandLine(line, root);
  if (r.kind !== 'command') throw new Error(`expected a command, got ${JSON.stringify(r)}`);
  return r;
}

describe('splitCommandLine', () => {
  it('keeps a single-quoted jsonpath template as one word', () => {
    expect(splitCommandLine("kubectl get pods -o jsonpath='{.items[*].metadata.name}'"))
      .toEqual(['get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}']);
  });
  it('handles double quotes and escapes', () => {
    expect(splitCommandLine('kubectl annotate pod web note="hello world" x\\ y')).toEqual(['annotate', 'pod', 'web', 'note=hello world', 'x y']);
  });
  it('keeps $VAR literally', () => {
    expect(splitCommandLine('kubectl get pods -o jsonpath="{$.kind}"')).toEqual(['get', 'pods', '-o', 'jsonpath={$.kind}']);
  });
  it('refuses pipes', () => {
    expect(() => splitCommandLine('kubectl get pods | grep web')).toThrow('shell operator "|" is not supported');
  });
  it('round-trips words quoted for a shell', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => !s.includes('\0')), { minLength: 1 }), (words) => {
      const line = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
      expect(splitCommandLine(`kubectl ${line}`)).toEqual(words);
    }));
  });
});

describe('parseCommandLine', () => {
  it('finds the command after global flags and reads interspersed flags', () => {
    const r = parsed('kubectl -n kube-system get pods -l app=web --show-labels -o wide');
    expect(r.path.map((c) => c.name)).toEqual(['get']);
    expect(r.args).toEqual(['pods']);
    expect(r.flags.string('namespace')).toBe('kube-system');
    expect(r.flags.string('selector')).toBe('app=web');
    expect(r.flags.bool('show-labels')).toBe(true);
    expect(r.flags.string('output')).toBe('wide');
  });
  it('reads -ojson, -o=json, --output=json and grouped bool shorthands', () => {
    expect(parsed('get pods -ojson').flags.string('output')).toBe('json');
    expect(parsed('get pods -o=yaml').flags.string('output')).toBe('yaml');
    expect(parsed('get pods --output=name').flags.string('output')).toBe('name');
    const r = parsed('get pods -Ao wide');
    expect([r.flags.bool('all-namespaces'), r.flags.string('output')]).toEqual([true, 'wide']);
  });
  it('repeats and comma-splits -f', () => {
    expect(parsed('delete -f a.yaml -f b.yaml,c.yaml').flags.strings('filename')).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });
  it('gives NoOptDefVal flags their implicit value without consuming the next word', () => {
    const r = parsed('apply --dry-run -f x.yaml');
    expect([r.flags.string('dry-run'), r.flags.strings('filename')]).toEqual(['unchanged', ['x.yaml']]);
    expect(parsed('apply -f x.yaml').flags.string('dry-run')).toBe('none');
    expect(parsed('apply --dry-run=client -f x.yaml').flags.string('dry-run')).toBe('client');
    expect(parsed('delete pod x --cascade').flags.string('cascade')).toBe('background');
  });
  it('parses ints, including negative values', () => {
    expect(parsed('scale deploy/web --replicas=3').flags.int('replicas')).toBe(3);
    expect(parsed('delete pod x --grace-period -1').flags.int('grace-period')).toBe(-1);
    expect(parsed('scale deploy/web').flags.int('replicas')).toBe(-1);
    expect(parsed('scale deploy/web').flags.changed('replicas')).toBe(false);
  });
  it('finds subcommands by name and alias', () => {
    const r = parsed('kubectl create deploy web --image=nginx --image=busybox --port 80');
    expect(r.path.map((c) => c.name)).toEqual(['create', 'deployment']);
    expect(r.args).toEqual(['web']);
    expect(r.flags.strings('image')).toEqual(['nginx', 'busybox']);
    expect(r.commandPath).toBe('kubectl create deployment');
  });
  it('"--" ends the flags', () => {
    expect(parsed('get -- -o').args).toEqual(['-o']);
  });

  const errors: Array<[string, string, string]> = [
    ['unknown command', 'kubectl foo', 'error: unknown command "foo" for "kubectl"\n'],
    ['unknown command with a suggestion', 'kubectl gett pods', 'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tget\n'],
    ['unknown flag', 'kubectl get pods --bogus', "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n"],
    ['unknown shorthand', 'kubectl get pods -z', "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n"],
    ['missing value', 'kubectl get pods -n', "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"],
    ['missing long value', 'kubectl get pods --selector', "error: flag needs an argument: --selector\nSee 'kubectl get --help' for usage.\n"],
    ['bad int', 'kubectl scale deploy/web --replicas=x',
      'error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl scale --help\' for usage.\n'],
    ['bad bool', 'kubectl get pods --show-labels=maybe',
      'error: invalid argument "maybe" for "--show-labels" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n'],
    ['unknown subcommand of a group', 'kubectl rollout foo', "error: unknown command \"foo\"\nSee 'kubectl rollout -h' for help and examples\n"],
  ];
  for (const [name, line, message] of errors) {
    it(`error: ${name}`, () => expect(parseCommandLine(line, root)).toEqual({ kind: 'error', message }));
  }
  it('-h asks for help', () => {
    expect(parseCommandLine('kubectl get -h', root).kind).toBe('help');
  });
});
