// A label selector: parsed from its string form or from a metav1.LabelSelector, matched against
// labels and printed like Kubernetes. Models staging/src/k8s.io/apimachinery/pkg/labels/selector.go
// (Parse, Everything, Nothing, internalSelector.Matches/String/Empty/Add, SelectorFromSet) and
// pkg/apis/meta/v1/helpers.go → LabelSelectorAsSelector (nil → Nothing, empty → Everything).
// Left out: RequiresExactMatch, ValidatedSetSelector, DeepCopy (selectors are immutable here).
import {
  compareStrings, LabelSelectorError, newRequirement, requirementMatches, requirementToString,
  type Labels, type Operator, type Requirement,
} from './label-requirement.ts';
import { parseRequirements } from './label-selector-parse.ts';
import { goQuote } from './go-quote.ts';

export { LabelSelectorError } from './label-requirement.ts';
export type { Labels, Operator, Requirement } from './label-requirement.ts';

const EXPRESSION_OPERATORS: Readonly<Record<string, Operator>> = {
  In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!',
};

/** The metav1.LabelSelector shape (structurally compatible with kubernetes-types' LabelSelector). */
export interface LabelSelectorSpec {
  matchLabels?: { [key: string]: string } | undefined;
  matchExpressions?: ReadonlyArray<{ key: string; operator: string; values?: string[] | undefined }> | undefined;
}

export class LabelSelector {
  private static readonly EVERYTHING = new LabelSelector([], false);
  private static readonly NOTHING = new LabelSelector([], true);

  private constructor(
    readonly requirements: readonly Requirement[],
    /** True only for Nothing(): matches no labels at all. */
    readonly matchesNothing: boolean,
  ) {}

  /** labels.Everything(): no requirements, matches every label set. */
  static everything(): LabelSelector {
    return LabelSelector.EVERYTHING;
  }

  /** labels.Nothing(): matches nothing and prints as "". */
  static nothing(): LabelSelector {
    return LabelSelector.NOTHING;
  }

  /** labels.Parse; throws LabelSelectorError with Kubernetes' message. "" is Everything. */
  static parse(text: string): LabelSelector {
    return new LabelSelector(parseRequirements(text), false);
  }

  /** labels.SelectorFromSet: key=value for each entry; empty or missing set is Everything. */
  static fromSet(set: Labels | undefined): LabelSelector {
    const reqs = Object.entries(set ?? {}).map(([key, value]): Requirement => ({ key, operator: '=', values: [value] }));
    return new LabelSelector(sortByKey(reqs), false);
  }

  /** metav1.LabelSelectorAsSelector: undefined/null → Nothing; no terms → Everything. */
  static fromSpec(spec: LabelSelectorSpec | null | undefined): LabelSelector {
    if (spec === undefined || spec === null) return LabelSelector.NOTHING;
    const matchLabels = Object.entries(spec.matchLabels ?? {});
    const expressions = spec.matchExpressions ?? [];
    if (matchLabels.length + expressions.length === 0) return LabelSelector.EVERYTHING;
    const reqs = matchLabels.map(([key, value]) => newRequirement(key, '=', [value]));
    for (const expr of expressions) {
      const op = EXPRESSION_OPERATORS[expr.operator];
      if (!op) throw new LabelSelectorError(`${goQuote(expr.operator)} is not a valid label selector operator`);
      reqs.push(newRequirement(expr.key, op, expr.values ?? []));
    }
    return new LabelSelector(sortByKey(reqs), false);
  }

  /** Selector.Add: a new selector with the extra requirements, re-sorted by key. */
  add(...reqs: Requirement[]): LabelSelector {
    if (this.matchesNothing) return this;
    return new LabelSelector(sortByKey([...this.requirements, ...reqs]), false);
  }

  matches(labels: Labels | undefined): boolean {
    if (this.matchesNothing) return false;
    const ls = labels ?? {};
    for (const r of this.requirements) if (!requirementMatches(r, ls)) return false;
    return true;
  }

  /** Empty(): true when the selector does not restrict anything (Everything). */
  isEmpty(): boolean {
    return !this.matchesNothing && this.requirements.length === 0;
  }

  /** String(): requirements joined by ",", in key order; "" for Everything and Nothing. */
  toString(): string {
    return this.requirements.map(requirementToString).join(',');
  }
}

function sortByKey(reqs: Requirement[]): Requirement[] {
  return reqs.sort((a, b) => compareStrings(a.key, b.key));
}


/** Parse a selector string; convenience for callers that only need to match. */
export function parseLabelSelector(text: string): LabelSelector {
  return LabelSelector.parse(text);
}

/**
 * Selectors converted from frozen (stored) specs, keyed by the spec object: a stored object never
 * changes, so neither does its selector. Controllers convert the same selector at every sync.
 */
const convertedSpecs = new WeakMap<object, LabelSelector | LabelSelectorError>();

/** LabelSelectorAsSelector for a spec selector (memoized for frozen specs). */
export function labelSelectorAsSelector(spec: LabelSelectorSpec | null | undefined): LabelSelector {
  if (spec === undefined || spec === null || !Object.isFrozen(spec)) return LabelSelector.fromSpec(spec);
  let converted = convertedSpecs.get(spec);
  if (converted === undefined) {
    try {
      converted = LabelSelector.fromSpec(spec);
    } catch (e) {
      if (!(e instanceof LabelSelectorError)) throw e;
      converted = e;
    }
    convertedSpecs.set(spec, converted);
  }
  if (converted instanceof LabelSelectorError) throw new LabelSelectorError(converted.message);
  return converted;
}
