// The kubectl entry point — minimal first slice (`apply -f`, `create -f`, `get KIND [NAME] -o name`).
// TODO(kubectl): the full command set replaces the insides; keep `runKubectl(ctx, commandLine)`.
import { parse } from 'shell-quote';
import { isStatusError } from '../api/errors.ts';
import { findResource, groupResource } from '../api/registry.ts';
import { parseManifests } from '../client/manifests.ts';
import type { KubectlContext, KubectlResult } from './kubectl-context.ts';

export function runKubectl(ctx: KubectlContext, commandLine: string): KubectlResult {
  const args = parse(commandLine).map(String);
  if (args[0] === 'kubectl') args.shift();
  try {
    if ((args[0] === 'apply' || args[0] === 'create') && args[1] === '-f' && args[2]) return apply(ctx, args[0], args[2]);
    if (args[0] === 'get' && args[1]) return get(ctx, args[1], args[2]?.startsWith('-') ? undefined : args[2], listFlags(args.slice(2)));
    return { stdout: '', stderr: `error: unknown command "${args[0] ?? ''}" for "kubectl"\n`, exitCode: 1 };
  } catch (e) {
    const msg = isStatusError(e) ? `Error from server (${e.reason}): ${e.message}` : `error: ${(e as Error).message}`;
    return { stdout: '', stderr: `${msg}\n`, exitCode: 1 };
  }
}

function apply(ctx: KubectlContext, verb: string, file: string): KubectlResult {
  let out = '';
  for (const { object } of parseManifests(ctx.readFile(file), file)) {
    const type = findResource(object.kind);
    if (!type) throw new Error(`resource mapping not found for kind "${object.kind}"`);
    ctx.client.create(type.resource, object);
    out += `${type.kind.toLowerCase()}${type.group ? `.${type.group}` : ''}/${object.metadata.name ?? ''} created\n`;
  }
  void verb;
  return { stdout: out, stderr: '', exitCode: 0 };
}

interface ListFlags { labelSelector?: string; fieldSelector?: string }

/** `-l X`, `-lX`, `-l=X`, `--selector[=]X`, `--field-selector[=]X` as pflag reads them. */
function listFlags(args: string[]): ListFlags {
  const flags: ListFlags = {};
  for (let i = 0; i < args.length; i++) {
    const m = /^(-l|--selector|--field-selector)(?:=?(.+))?$/.exec(args[i] ?? '');
    if (!m) continue;
    const value = m[2] ?? args[++i] ?? '';
    if (m[1] === '--field-selector') flags.fieldSelector = value;
    else flags.labelSelector = value;
  }
  return flags;
}

function get(ctx: KubectlContext, kind: string, name: string | undefined, flags: ListFlags): KubectlResult {
  const type = findResource(kind);
  if (!type) return { stdout: '', stderr: `error: the server doesn't have a resource type "${kind}"\n`, exitCode: 1 };
  const items = name ? [ctx.client.get(type.resource, 'default', name)] : ctx.client.list(type.resource, { namespace: 'default', ...flags }).items;
  const prefix = groupResource(type).replace(/^([a-z]+)s(\.|$)/, (_m, s: string, dot: string) => `${s}${dot}`);
  return { stdout: items.map((o) => `${prefix}/${o.metadata.name ?? ''}\n`).join(''), stderr: '', exitCode: 0 };
}
