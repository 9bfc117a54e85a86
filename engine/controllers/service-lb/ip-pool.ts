// The simulated load balancer's address pool: 172.18.255.200–172.18.255.250 (what kind's docs give
// MetalLB on the default docker network), handed out first free, in address order.
// Models MetalLB's IPAddressPool allocation in the small (MetalLB also prefers the lowest free
// address); the cloud provider's own pool is opaque in k8s.io/cloud-provider.
// Left out: several pools, IPv6, spec.loadBalancerIP requests, address sharing keys.

export const POOL_FIRST = '172.18.255.200';
export const POOL_LAST = '172.18.255.250';
const PREFIX = '172.18.255.';
const FIRST = 200;
const LAST = 250;

export function inPool(ip: string): boolean {
  if (!ip.startsWith(PREFIX)) return false;
  const last = Number(ip.slice(PREFIX.length));
  return /^\d+$/.test(ip.slice(PREFIX.length)) && last >= FIRST && last <= LAST;
}

/** The lowest pool address not in `used`, or undefined when the pool is exhausted. */
export function firstFree(used: ReadonlySet<string>): string | undefined {
  for (let i = FIRST; i <= LAST; i++) if (!used.has(`${PREFIX}${i}`)) return `${PREFIX}${i}`;
  return undefined;
}
