// Field paths as field.Path renders them: `spec.containers[0].name`, `metadata.labels[app]`.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/field/path.go (Child, Index, Key,
// String). As in Go, a path is a parent link and one segment; the text is built only when an
// error renders it (validators derive a path for every field they visit, and almost every object
// they visit is valid). Nothing else is modelled.

const CHILD = 0;
const INDEX = 1;
const KEY = 2;
type SegmentKind = typeof CHILD | typeof INDEX | typeof KEY;

export class FieldPath {
  private text: string | undefined;

  private constructor(private readonly parent: FieldPath | undefined, private readonly segment: string | number, private readonly kind: SegmentKind) {}

  static root(name: string): FieldPath {
    return new FieldPath(undefined, name, CHILD);
  }

  child(name: string): FieldPath {
    return new FieldPath(this, name, CHILD);
  }

  index(i: number): FieldPath {
    return new FieldPath(this, i, INDEX);
  }

  key(k: string): FieldPath {
    return new FieldPath(this, k, KEY);
  }

  /**
   * Path.String(): a named element is `.name` (no dot at the root), any other `[index]`. As in Go
   * an empty name is no name: `NewPath("")` renders `[]`, and a child of it `[].spec`.
   */
  toString(): string {
    if (this.text !== undefined) return this.text;
    const parent = this.parent === undefined ? '' : this.parent.toString();
    const seg = String(this.segment);
    let text: string;
    if (this.kind === CHILD && seg !== '') text = this.parent === undefined ? seg : `${parent}.${seg}`;
    else text = `${parent}[${seg}]`;
    return (this.text = text);
  }
}

export const path = (...names: string[]): FieldPath => {
  let p = FieldPath.root(names[0] ?? '');
  for (const n of names.slice(1)) p = p.child(n);
  return p;
};
