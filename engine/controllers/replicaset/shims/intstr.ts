// Minimal IntOrString scaling until engine/apimachinery/intstr.ts lands.
// Models staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr.go → GetScaledValueFromIntOrPercent.
// TODO(apimachinery): replace with the shared intstr.ts; this copy only covers what controllers need.
export type IntOrString = number | string;

/** An int is used as is; "N%" is N·total/100 rounded up or down; anything else throws like Go. */
export function getScaledValueFromIntOrPercent(value: IntOrString | undefined, total: number, roundUp: boolean): number {
  if (value === undefined) return 0; // callers pass intstrutil.ValueOrDefault(nil, 0) for nil
  if (typeof value === 'number') return value;
  if (!value.endsWith('%')) throw new Error('invalid value for IntOrString: invalid type: string is not a percentage');
  const digits = value.slice(0, -1);
  if (!/^[+-]?\d+$/.test(digits)) {
    throw new Error(`invalid value for IntOrString: invalid value "${value}": strconv.Atoi: parsing "${digits}": invalid syntax`);
  }
  const percent = Number(digits);
  const scaled = (percent * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}
