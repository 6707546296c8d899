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

/** The eight 16-bit groups of an IPv6 address (an embedded dotted quad allowed at the end), or null. */
function ipv6Groups(h: string): number[] | null {
  if (!h.includes(':') || !/^[0-9a-f:.]+$/.test(h)) return null;
  const halves = h.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const piece of part.split(':')) {
      if (piece.includes('.')) {
        const v4 = ipv4Bytes(piece);
        if (!v4) return null;
        out.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) out.push(parseInt(piece, 16));
      else return null;
    }
    return out;
  };
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<number>(missing).fill(0), ...tail];
}

function ipv6Scope(g: readonly number[]): HostScope {
  const first = g[0] ?? 0;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(7) && (g[7] ?? 0) <= 1) return 'this-computer'; // ::1 loopback, :: unspecified
  // IPv4-mapped (::ffff:a.b.c.d): the IPv4 address decides.
  if (zeroUpTo(5) && g[5] === 0xffff) return ipv4Scope([(g[6] ?? 0) >> 8, (g[6] ?? 0) & 0xff]);
  if ((first & 0xffc0) === 0xfe80) return 'home-device'; // link-local fe80::/10 (RFC 4291)
  if ((first & 0xfe00) === 0xfc00) return 'home-device'; // unique local fc00::/7 (RFC 4193)
  return 'public';
}

/** The scope of a URL's host (`URL.hostname`: IDNs in punycode, IPv6 possibly in brackets). */
export function hostScope(host: string): HostScope {
  const h = normalize(host);
  if (h === '') return 'public';
  const v4 = ipv4Bytes(h);
  if (v4) return ipv4Scope(v4);
  const v6 = ipv6Groups(h);
  if (v6) return ipv6Scope(v6);
  if (h.includes(':')) return 'public';
  // RFC 6761 §6.3: localhost and every name under it is this computer.
  if (hasSuffix(h, ['localhost'])) return 'this-computer';
  if (hasSuffix(h, HOME_SUFFIXES)) return 'home-device';
  // A single-label name only works through the network's own DNS search list: an intranet name.
  if (hasSuffix(h, ORGANISATION_SUFFIXES) || !h.includes('.')) return 'organisation';
  return 'public';
}
