// Whose server a host is, read from the URL's host name alone: a device on the person's own
// network, a site inside an organisation, a program on this computer, or a public site. The name
// decides, never the address it resolved to: a public name can resolve to a private address (split
// DNS, DNS rebinding), and the extension never sees the resolved address on every path anyway.

export type HostScope = 'public' | 'home-device' | 'organisation' | 'this-computer';

/**
 * Name suffixes that only ever mean the local network: `.local` (multicast DNS, RFC 6762), `.lan`
 * (a long-standing home-router default, never delegated), `.home.arpa` (home networks, RFC 8375).
 */
const HOME_SUFFIXES = ['local', 'lan', 'home.arpa'];
/**
 * Suffixes for names that resolve only inside an organisation's network: `.internal` (reserved
 * for private use by ICANN in 2024), `.corp` (which ICANN deferred indefinitely in 2014 because of
 * its wide private use), and `.intranet`, used the same way.
 */
const ORGANISATION_SUFFIXES = ['internal', 'corp', 'intranet'];

/** Lowercase, without IPv6 brackets or trailing dots (a trailing dot is the same name, RFC 1034 §3.1). */
function normalize(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  while (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

const hasSuffix = (name: string, suffixes: readonly string[]): boolean => suffixes.some((s) => name === s || name.endsWith(`.${s}`));

/** The four bytes of a dotted-quad IPv4 address, or null. */
function ipv4Bytes(h: string): number[] | null {
  const parts = h.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function ipv4Scope([a = 0, b = 0]: readonly number[]): HostScope {
  if (a === 127 || (a === 0 && b === 0)) return 'this-computer'; // loopback (RFC 1122), 0.0.0.0 reaches this machine
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'home-device'; // RFC 1918
  if (a === 169 && b === 254) return 'home-device'; // link-local (RFC 3927)
  // Shared address space (RFC 6598): carrier-grade NAT and overlay networks such as Tailscale
  // number devices here; it is never a public site, and a device there is one's own.
  if (a === 100 && b >= 64 && b <= 127) return 'home-device';
  return 'public';
}

/**
 * An IPv6 address as `URL.hostname` writes it (RFC 5952: lowercase, no leading zeros, the longest
 * run of zero groups as `::`, an IPv4-mapped address in hex), or null for anything else.
 */
function ipv6Scope(h: string): HostScope | null {
  if (!/^[0-9a-f:]*:[0-9a-f:]*$/.test(h)) return null;
  if (h === '::1' || h === '::') return 'this-computer'; // loopback, unspecified
  const mapped = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(h); // ::ffff:a.b.c.d: the IPv4 address decides
  if (mapped) {
    const high = parseInt(mapped[1] ?? '0', 16);
    return ipv4Scope([high >> 8, high & 0xff]);
  }
  // link-local fe80::/10 (RFC 4291), unique local fc00::/7 (RFC 4193)
  return /^(fe[89ab]|f[cd][0-9a-f])[0-9a-f]:/.test(h) ? 'home-device' : 'public';
}

/** The scope of a URL's host (`URL.hostname`: IDNs in punycode, IPv6 possibly in brackets). */
export function hostScope(host: string): HostScope {
  const h = normalize(host);
  if (h === '') return 'public';
  const v4 = ipv4Bytes(h);
  if (v4) return ipv4Scope(v4);
  const v6 = ipv6Scope(h);
  if (v6) return v6;
  if (h.includes(':')) return 'public';
  // RFC 6761 §6.3: localhost and every name under it is this computer.
  if (hasSuffix(h, ['localhost'])) return 'this-computer';
  if (hasSuffix(h, HOME_SUFFIXES)) return 'home-device';
  // A single-label name only works through the network's own DNS search list: an intranet name.
  if (hasSuffix(h, ORGANISATION_SUFFIXES) || !h.includes('.')) return 'organisation';
  return 'public';
}
