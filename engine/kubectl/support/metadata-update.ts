// The shared core of `kubectl label` and `kubectl annotate`: for every selected object, check
// --overwrite, compute the new map, send a merge patch of metadata.<field>, and print
// `<kind>/<name> <operation>`.
// Models staging/src/k8s.io/kubectl/pkg/cmd/label/label.go → LabelOptions.RunLabel/labelFunc/
// validateNoOverwrites and annotate/annotate.go → AnnotateOptions.RunAnnotate/
// validateNoAnnotationOverwrites (both send jsonpatch.CreateMergePatch(old, new)).
// Left out: --list on annotate, --local (no server round trip), --field-selector.
import type { KubeObject } from '../../apimachinery/object.ts';
import { formatResourceName } from '../printers/resource-name.ts';
import { apiVersionOf } from '../../api/registry.ts';
import type { Invocation, Output } from '../commands/command.ts';
import { reportErrors } from '../commands/apply.ts';
import { goJsonMarshal } from '../../apimachinery/go-json-encode.ts';
import { dryRunStrategy, dryRunSuffix } from './dry-run.ts';
import { parsePairs, resourcesAndPairs } from './pairs.ts';
import { selectTargets } from './selected-objects.ts';
import { KubectlError } from '../commands/command.ts';

export interface MetadataUpdate {
  field: 'labels' | 'annotations';
  pairType: 'label' | 'annotation';
  /** The overwrite check: a message when a key would change without --overwrite. */
  overwriteError(current: Record<string, string>, set: Map<string, string>): string | undefined;
  /** The operation printed after the name, given the object before and after. */
  operation(before: KubeObject, after: KubeObject, overwrite: boolean): string;
  /** Printed (to stdout) for a removed key the object does not have. */
  missingKeyNotice?(key: string): string;
}

export function runMetadataUpdate(inv: Invocation, out: Output, u: MetadataUpdate): void {
  const { resources, pairs } = resourcesAndPairs(inv.args, u.pairType);
  const { set, remove } = parsePairs(pairs, u.pairType);
  if (set.size === 0 && remove.length === 0) throw new KubectlError(`at least one ${u.pairType} update is required`);
  const dryRun = dryRunStrategy(inv, out);
  const overwrite = inv.flags.bool('overwrite');
  const { targets } = selectTargets(inv, resources);
  const errors: unknown[] = [];
  for (const t of targets) {
    try {
      const before = inv.kube.client.get(t.type.resource, t.namespace, t.name);
      const current = { ...(before.metadata[u.field] ?? {}) };
      const problem = overwrite ? undefined : u.overwriteError(current, set);
      if (problem) throw new KubectlError(problem);
      const next: Record<string, string> = { ...current };
      for (const [k, v] of set) next[k] = v;
      for (const k of remove) {
        if (!(k in next) && u.missingKeyNotice) out.print(u.missingKeyNotice(k));
        delete next[k];
      }
      const after: KubeObject = { ...before, metadata: { ...before.metadata, [u.field]: next } };
      const patch: Record<string, string | null> = {};
      for (const [k, v] of set) patch[k] = v;
      for (const k of remove) patch[k] = null;
      if (dryRun !== 'client') {
        const rv = inv.flags.string('resource-version');
        inv.kube.client.patch(t.type.resource, t.namespace, t.name, 'merge',
          { metadata: { [u.field]: patch, ...(rv ? { resourceVersion: rv } : {}) } }, { dryRun: dryRun === 'server' });
      }
      out.print(`${formatResourceName(t.type.kind, apiVersionOf(t.type), t.name)} ${u.operation(before, after, overwrite)}${dryRunSuffix(dryRun)}\n`);
    } catch (e) {
      errors.push(e);
    }
  }
  reportErrors(out, errors);
}

/** The length of the object's JSON, which label.go compares to tell "labeled" from "unlabeled". */
export const jsonLength = (obj: KubeObject): number => goJsonMarshal(obj).length;
