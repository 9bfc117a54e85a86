// kube-controller-manager's `--controllers` flag: which controllers run. A list of names, `*` for
// every controller on by default, `-name` to turn one off; the first entry naming a controller
// wins, and without `*` only the named ones run. The default is `["*"]`.
// Models IsControllerEnabled in staging/src/k8s.io/controller-manager/app/helper.go, with the
// names of cmd/kube-controller-manager/names/controller_names.go. Leaves out the controllers
// disabled by default upstream (bootstrap-signer, token-cleaner): this simulation runs none of them.
import type { ControllerDefinition } from './runner/controller.ts';

/** A controller under its `--controllers` name (which is not always its client's or events' name). */
export interface NamedController {
  readonly name: string;
  /** The names it had before 1.28 (each newXControllerDescriptor's `aliases`), still accepted. */
  readonly aliases: readonly string[];
  readonly definition: ControllerDefinition;
}

export const DEFAULT_CONTROLLERS: readonly string[] = ['*'];

/** IsControllerEnabled: an explicit `name` or `-name` decides; else `*` turns it on. */
export function isControllerEnabled(name: string, controllers: readonly string[]): boolean {
  let hasStar = false;
  for (const ctrl of controllers) {
    if (ctrl === name) return true;
    if (ctrl === `-${name}`) return false;
    if (ctrl === '*') hasStar = true;
  }
  return hasStar;
}

/**
 * The controllers that run, in start order. Aliases become canonical names first, keeping a
 * leading `-` (GenericControllerManagerConfigurationOptions.ApplyTo); a name that is neither `*`
 * nor known is refused with Validate's message, which quotes it without the `-`
 * (staging/src/k8s.io/controller-manager/options/generic.go).
 */
export function enabledControllers(all: readonly NamedController[], controllers: readonly string[]): ControllerDefinition[] {
  const canonical = new Map<string, string>();
  for (const c of all) {
    canonical.set(c.name, c.name);
    for (const alias of c.aliases) canonical.set(alias, c.name);
  }
  const resolved = controllers.map((ctrl) => {
    if (ctrl === '*') return ctrl;
    const off = ctrl.startsWith('-');
    const given = off ? ctrl.slice(1) : ctrl;
    const name = canonical.get(given);
    if (name === undefined) throw new Error(`"${given}" is not in the list of known controllers`);
    return off ? `-${name}` : name;
  });
  return all.filter((c) => isControllerEnabled(c.name, resolved)).map((c) => c.definition);
}
