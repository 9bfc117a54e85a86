// Field paths as field.Path renders them: `spec.containers[0].name`, `metadata.labels[app]`.
// Models staging/src/k8s.io/apimachinery/pkg/util/validation/field/path.go (Child, Index, Key,
// String). Paths are immutable strings wrapped in a tiny value type; nothing else is modelled.

export class FieldPath {
  private constructor(private readonly text: string) {}

  static root(name: string): FieldPath {
    return new FieldPath(name);
  }

  child(name: string): FieldPath {
    return new FieldPath(this.text === '' ? name : `${this.text}.${name}`);
  }

  index(i: number): FieldPath {
    return new FieldPath(`${this.text}[${i}]`);
  }

  key(k: string): FieldPath {
    return new FieldPath(`${this.text}[${k}]`);
  }

  toString(): string {
    return this.text;
  }
}

export const path = (...names: string[]): FieldPath => {
  let p = FieldPath.root(names[0] ?? '');
  for (const n of names.slice(1)) p = p.child(n);
  return p;
};
