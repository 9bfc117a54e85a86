// IPv4 CIDR arithmetic for the service range: parse `10.96.0.0/12`, turn an address into its
// offset in the range and back. The network and broadcast addresses are never handed out
// (pkg/registry/core/service/ipallocator/bitmap.go → NewAllocatorCIDRRange: size − 2).
export interface Cidr {
  base: number;
  bits: number;
  /** Number of usable addresses (network and broadcast excluded). */
  usable: number;
}

export function parseIPv4(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export function formatIPv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

export function parseCidr(text: string): Cidr {
  const [ip = '', bits = ''] = text.split('/');
  const base = parseIPv4(ip);
  if (base === undefined || !/^\d+$/.test(bits)) throw new Error(`invalid CIDR ${text}`);
  return { base, bits: Number(bits), usable: 2 ** (32 - Number(bits)) - 2 };
}

/** Offset 0 is the first usable address (base + 1). */
export function addressAt(cidr: Cidr, offset: number): string {
  return formatIPv4(cidr.base + 1 + offset);
}

export function offsetOf(cidr: Cidr, ip: string): number | undefined {
  const n = parseIPv4(ip);
  if (n === undefined) return undefined;
  const offset = n - cidr.base - 1;
  return offset >= 0 && offset < cidr.usable ? offset : undefined;
}
