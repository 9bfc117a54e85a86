// The three LimitRange checks for one resource: min, max (and the PVC max-on-request), and
// maxLimitRequestRatio, with Kubernetes' exact messages (two spaces before "No", `%f` ratio).
// Models plugin/pkg/admission/limitranger/admission.go (minConstraint, maxConstraint,
// maxRequestConstraint, limitRequestRatioConstraint, requestLimitEnforcedValues).
import { formatQuantity, milliValue, parseQuantity, unitValue } from '../support/quantity.ts';
import type { Quantity } from '../support/quantity.ts';
import type { Usage } from '../support/resource-list.ts';

/** resource.MaxMilliValue: values above it are compared in whole units, not milli-units. */
const MAX_MILLI_VALUE = 9223372036854775n;

/** requestLimitEnforcedValues: milli-units when all three fit, else whole units (both rounded up). */
function comparable(...qs: Array<Quantity | undefined>): bigint[] {
  const fitsMilli = qs.every((q) => q === undefined || unitValue(q) <= MAX_MILLI_VALUE);
  return qs.map((q) => (q === undefined ? 0n : fitsMilli ? milliValue(q) : unitValue(q)));
}

export function minConstraint(limitType: string, resource: string, enforcedText: string, requests: Usage, limits: Usage): string | undefined {
  const enforced = parseQuantity(enforcedText);
  const req = requests[resource]; const lim = limits[resource];
  const [r = 0n, l = 0n, e = 0n] = comparable(req, lim, enforced);
  const head = `minimum ${resource} usage per ${limitType} is ${formatQuantity(enforced)}`;
  if (!req) return `${head}.  No request is specified`;
  if (r < e) return `${head}, but request is ${formatQuantity(req)}`;
  if (lim && l < e) return `${head}, but limit is ${formatQuantity(lim)}`;
  return undefined;
}

export function maxConstraint(limitType: string, resource: string, enforcedText: string, requests: Usage, limits: Usage): string | undefined {
  const enforced = parseQuantity(enforcedText);
  const req = requests[resource]; const lim = limits[resource];
  const [r = 0n, l = 0n, e = 0n] = comparable(req, lim, enforced);
  const head = `maximum ${resource} usage per ${limitType} is ${formatQuantity(enforced)}`;
  if (!lim) return `${head}.  No limit is specified`;
  if (l > e) return `${head}, but limit is ${formatQuantity(lim)}`;
  if (req && r > e) return `${head}, but request is ${formatQuantity(req)}`;
  return undefined;
}

/** PersistentVolumeClaim max: enforced against the request (a PVC has no limits). */
export function maxRequestConstraint(limitType: string, resource: string, enforcedText: string, requests: Usage): string | undefined {
  const enforced = parseQuantity(enforcedText);
  const req = requests[resource];
  const [r = 0n, e = 0n] = comparable(req, enforced);
  const head = `maximum ${resource} usage per ${limitType} is ${formatQuantity(enforced)}`;
  if (!req) return `${head}.  No request is specified`;
  if (r > e) return `${head}, but request is ${formatQuantity(req)}`;
  return undefined;
}

export function limitRequestRatioConstraint(limitType: string, resource: string, enforcedText: string, requests: Usage, limits: Usage): string | undefined {
  const enforced = parseQuantity(enforcedText);
  const req = requests[resource]; const lim = limits[resource];
  const [r = 0n, l = 0n] = comparable(req, lim);
  const head = `${resource} max limit to request ratio per ${limitType} is ${formatQuantity(enforced)}`;
  if (!req || r === 0n) return `${head}, but no request is specified or request is 0`;
  if (!lim || l === 0n) return `${head}, but no limit is specified or limit is 0`;
  // Worked example: limit 2 cpu, request 500m -> ratio 4.000000; compared as 4000 against the
  // enforced ratio in milli-units (enforced 3 -> 3000) when it fits, exactly as upstream does.
  const observed = Number(l) / Number(r);
  const fits = unitValue(enforced) <= MAX_MILLI_VALUE;
  const observedCompared = fits ? observed * 1000 : observed;
  const max = Number(fits ? milliValue(enforced) : unitValue(enforced));
  if (observedCompared > max) return `${head}, but provided ratio is ${observed.toFixed(6)}`;
  return undefined;
}
