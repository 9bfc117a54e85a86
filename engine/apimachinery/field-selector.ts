// Field selectors: "metadata.name=web,status.phase!=Running", matched through a field getter.
// Models staging/src/k8s.io/apimachinery/pkg/fields/selector.go → ParseSelector (splitTerms,
// splitTerm, UnescapeValue, the hasTerm/notHasTerm/andTerm String forms) with its error wording.
// Like upstream there is no whitespace trimming and terms are sorted by their raw text.
// Left out: TransformFunc and per-resource field label conversion ("field label not supported"),
// which belong to the API registry.

export type FieldGetter = (field: string) => string | undefined;

export interface FieldRequirement {
  readonly field: string;
  readonly operator: '=' | '!=';
  readonly value: string;
}

export class FieldSelectorError extends Error {
  override readonly name = 'FieldSelectorError';
}

// Checked in this order at each position, so "a==b" splits on "==" rather than leaving "=b".
const TERM_OPERATORS = ['!=', '==', '='] as const;

export class FieldSelector {
  private constructor(readonly requirements: readonly FieldRequirement[]) {}

  static everything(): FieldSelector {
    return new FieldSelector([]);
  }

  /** fields.ParseSelector; throws FieldSelectorError. */
  static parse(selector: string): FieldSelector {
    const parts = splitTerms(selector).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const reqs: FieldRequirement[] = [];
    for (const part of parts) {
      if (part === '') continue;
      const split = splitTerm(part);
      if (!split) throw new FieldSelectorError(`invalid selector: '${selector}'; can't understand '${part}'`);
      const [field, op, rhs] = split;
      reqs.push({ field, operator: op === '!=' ? '!=' : '=', value: unescapeValue(rhs) });
    }
    return new FieldSelector(reqs);
  }

  /** fields.SelectorFromSet: field=value terms. */
  static fromSet(set: Readonly<Record<string, string>>): FieldSelector {
    return new FieldSelector(Object.entries(set).map(([field, value]) => ({ field, operator: '=', value })));
  }

  /** A missing field reads as "" (Fields.Get), so "spec.nodeName=" selects unscheduled pods. */
  matches(get: FieldGetter): boolean {
    return this.requirements.every((r) => ((get(r.field) ?? '') === r.value) === (r.operator === '='));
  }

  isEmpty(): boolean {
    return this.requirements.length === 0;
  }

  /** RequiresExactMatch: the value an "=" term demands of field, if any. */
  requiresExactMatch(field: string): string | undefined {
    return this.requirements.find((r) => r.field === field && r.operator === '=')?.value;
  }

  toString(): string {
    return this.requirements.map((r) => `${r.field}${r.operator}${escapeValue(r.value)}`).join(',');
  }
}

export function parseFieldSelector(selector: string): FieldSelector {
  return FieldSelector.parse(selector);
}

/** A getter reading dotted paths ("status.phase", "spec.nodeName") from a plain object. */
export function objectFieldGetter(obj: unknown): FieldGetter {
  return (field) => {
    let cur: unknown = obj;
    for (const part of field.split('.')) {
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
    }
    if (cur === undefined || cur === null) return undefined;
    return typeof cur === 'string' ? cur : String(cur);
  };
}

/** EscapeValue: backslash-escape '\', ',' and '='. */
export function escapeValue(s: string): string {
  return s.replace(/[\\,=]/g, (c) => `\\${c}`);
}

/** UnescapeValue, with upstream's errors (an unescaped rune is printed as its code point). */
export function unescapeValue(s: string): string {
  if (!/[\\,=]/.test(s)) return s;
  let out = '';
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') {
        throw new FieldSelectorError(`invalid field selector: invalid escape sequence: \\${c}`);
      }
      out += c;
      inSlash = false;
    } else if (c === '\\') {
      inSlash = true;
    } else if (c === ',' || c === '=') {
      throw new FieldSelectorError(`invalid field selector: unescaped character in value: ${c.codePointAt(0)}`);
    } else {
      out += c;
    }
  }
  if (inSlash) throw new FieldSelectorError('invalid field selector: invalid escape sequence: \\');
  return out;
}

/** splitTerms: split on commas not preceded by a backslash (the backslash is kept). */
function splitTerms(selector: string): string[] {
  if (selector.length === 0) return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (inSlash) inSlash = false;
    else if (c === '\\') inSlash = true;
    else if (c === ',') {
      terms.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(selector.slice(start));
  return terms;
}

/** splitTerm: the first operator occurrence splits lhs from rhs; no escaping in the lhs. */
function splitTerm(term: string): [string, string, string] | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of TERM_OPERATORS) {
      if (term.startsWith(op, i)) return [term.slice(0, i), op, term.slice(i + op.length)];
    }
  }
  return undefined;
}
