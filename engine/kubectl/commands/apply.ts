// `kubectl apply -f FILE`: create what is missing ("created"), patch what differs ("configured"),
// leave the rest ("unchanged"), keeping the last-applied-configuration annotation; -o name prints
// names only; --dry-run=client|server. Errors for one object do not stop the others.
// Models staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go → ApplyOptions.Run / applyOneObject
// (client-side apply; warningNoLastAppliedConfigAnnotation for objects made without it) and patcher.go → Patcher.Patch (three-way patch; "{}" means unchanged).
// Left out: --server-side, --prune, --force, --overwrite=false conflict detection, -k.
import { isStatusError } from '../../api/errors.ts';
import type { KubeObject } from '../../apimachinery/object.ts';
import { boolFlag, sliceFlag, stringFlag } from '../command-line/flag-spec.ts';
import { printName } from '../printers/name-printer.ts';
import { formatResourceName } from '../printers/resource-name.ts';
import { errorText } from '../support/check-err.ts';
import { dryRunStrategy, dryRunSuffix, type DryRun } from '../support/dry-run.ts';
import { LAST_APPLIED, lastApplied, withLastApplied } from '../support/last-applied.ts';
import { readManifests, type ManifestInfo } from '../support/manifest-input.ts';
import { addSourceToErr } from '../support/source-error.ts';
import { threeWayPatch } from '../support/three-way-patch.ts';
import { KubectlError, type Invocation, type KubectlCommand, type Output } from './command.ts';
import { goQuote } from '../../apimachinery/go-quote.ts';

export const applyCommand: KubectlCommand = {
  name: 'apply',
  flags: [sliceFlag('filename', 'f'), stringFlag('output', 'o'), { name: 'dry-run', kind: 'string', defaultValue: 'none', noOptDefVal: 'unchanged' },
    boolFlag('server-side'), boolFlag('force'), stringFlag('validate', undefined, 'strict'), boolFlag('recursive', 'R'),
    stringFlag('field-manager', undefined, 'kubectl-client-side-apply'), stringFlag('selector', 'l')],
  run(inv, out) {
    const dryRun = dryRunStrategy(inv, out);
    const output = inv.flags.string('output');
    if (output !== '' && output !== 'name') throw new KubectlError(`output format ${goQuote(output)} is not supported by kubespec's apply (use -o name)`);
    const errors: unknown[] = [];
    for (const info of readManifests(inv)) {
      try {
        const operation = applyOne(inv, out, info, dryRun);
        out.print(output === 'name' ? printName(info.object) : `${formatResourceName(info.object.kind, info.object.apiVersion, info.object.metadata.name ?? '')} ${operation}${dryRunSuffix(dryRun)}\n`);
      } catch (e) {
        errors.push(e);
      }
    }
    reportErrors(out, errors);
  },
};

/** Prints every error but the last, which is thrown so CheckErr prints it and exits 1. */
export function reportErrors(out: Output, errors: unknown[]): void {
  const last = errors.pop();
  for (const e of errors) out.warn(errorText(e));
  if (last !== undefined) throw last;
}

const missingAnnotationWarning = (resource: string, name: string): string =>
  `Warning: resource ${resource}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. `
  + 'kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. '
  + 'The missing annotation will be patched automatically.\n';

function applyOne(inv: Invocation, out: Output, info: ManifestInfo, dryRun: DryRun): 'created' | 'configured' | 'unchanged' {
  const client = inv.kube.client;
  const { type, object, source, namespace } = info;
  const name = object.metadata.name ?? '';
  if (name === '' && object.metadata.generateName) throw new KubectlError(`from ${object.metadata.generateName}: cannot use generate name with apply`);
  const modified = withLastApplied(object);
  let current: KubeObject | undefined;
  try {
    current = client.get(type.resource, namespace, name);
  } catch (e) {
    if (!isStatusError(e, 'NotFound')) throw addSourceToErr('retrieving current configuration of', source, e);
  }
  if (current === undefined) {
    if (dryRun !== 'client') {
      try {
        client.create(type.resource, modified, { dryRun: dryRun === 'server' });
      } catch (e) {
        throw addSourceToErr('creating', source, e);
      }
    }
    return 'created';
  }
  if (current.metadata.annotations?.[LAST_APPLIED] === undefined) out.warn(missingAnnotationWarning(type.resource, name));
  const patch = threeWayPatch(lastApplied(current), modified, current);
  if (patch === undefined) return 'unchanged';
  if (dryRun !== 'client') {
    try {
      client.patch(type.resource, namespace, name, 'merge', patch, { dryRun: dryRun === 'server' });
    } catch (e) {
      throw addSourceToErr('patching', source, e);
    }
  }
  return 'configured';
}
