// Reading a Chromium net log (`--log-net-log=<file> --net-log-capture-mode=Default`) for
// e2e/chromium/network-privacy.spec.ts: every URL request (with who started it), every host a
// stream, socket, security-state or resolver event names, every address a socket connected to.
import { readFileSync } from 'node:fs';

interface NetRequest {
  url: string;
  /** `chrome-extension://<id>`, a page's origin, or `not an origin` (typed navigations, the browser's own services). */
  initiator: string;
  isolationKey: string;
}

export interface NetLogDestinations {
  requests: NetRequest[];
  /** Hosts named by stream jobs, socket groups, HSTS checks and resolver requests. */
  hosts: Set<string>;
  /** Addresses TCP/UDP sockets connected to. */
  connected: Set<string>;
  events: number;
}

/** Schemes that never leave the browser. */
const INTERNAL_SCHEMES = /^(chrome-extension|chrome|chrome-error|chrome-untrusted|devtools|data|blob|about|filesystem):/i;

/**
 * Chromium's own background services, which it contacts whatever any extension does (and the
 * catch-all resolver rule sends nowhere: each lookup is answered ~NOTFOUND). Allowed only for
 * requests the extension did not start; none is a host of the default probe list.
 */
const BROWSER_OWN_HOSTS: Readonly<Record<string, string>> = {
  'accounts.google.com': 'sign-in state (ListAccounts)',
  'update.googleapis.com': 'component and extension update checks',
  'connectivitycheck.gstatic.com': 'network connectivity check (generate_204)',
  'clients2.google.com': 'component and extension update checks',
};
/** Chromium's IPv4/IPv6 reachability probe: a UDP "connect" to Google Public DNS that sends nothing. */
const BROWSER_OWN_ADDRESSES: readonly string[] = ['8.8.8.8', '2001:4860:4860::8888'];

/** Parses the file; a log cut short (the browser killed) is closed up and read as far as it goes. */
export function readNetLog(path: string): NetLogDestinations {
  const text = readFileSync(path, 'utf8').trim();
  let log: { constants?: { logEventTypes?: Record<string, number> }; events?: { type: number; params?: Record<string, unknown> }[] };
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.replace(/,\s*$/, '')}]}`);
  }
  const name = new Map(Object.entries(log.constants?.logEventTypes ?? {}).map(([k, v]) => [v, k]));
  const out: NetLogDestinations = { requests: [], hosts: new Set(), connected: new Set(), events: log.events?.length ?? 0 };
  for (const event of log.events ?? []) {
    const type = name.get(event.type) ?? '';
    const p = event.params ?? {};
    const str = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
    if (type === 'URL_REQUEST_START_JOB' || str('url')) {
      const url = str('url');
      if (url) out.requests.push({ url, initiator: str('initiator') ?? '', isolationKey: str('network_isolation_key') ?? '' });
    }
    for (const key of ['destination', 'logical_destination', 'host', 'group_id', 'group_name', 'proxy_server', 'server']) {
      const value = str(key);
      if (value) out.hosts.add(hostPart(value));
    }
    if (/CONNECT/.test(type)) {
      const addresses = [str('address'), ...(Array.isArray(p.address_list) ? (p.address_list as string[]) : [])].filter(
        (a): a is string => !!a,
      );
      for (const address of addresses) out.connected.add(address.replace(/:\d+$/, '').replace(/^\[|\]$/g, ''));
    }
  }
  return out;
}

/** `https://a.hd.test:443`, `pm/https://a.hd.test <https://hd.test same_site>`, `ssl/a.hd.test:443` → `a.hd.test`. */
function hostPart(value: string): string {
  const v = value
    .trim()
    .split(/\s/)[0]!
    .replace(/^([a-z]+\/)+(?=[a-z][a-z0-9+.-]*:\/\/)/i, '')
    .replace(/^ssl\//i, '');
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return new URL(v).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    /* fall through */
  }
  return v
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
}

function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  // `.test` is reserved (RFC 6761): the harness's names, mapped to 127.0.0.1, never a public host.
  return ['', 'localhost', '127.0.0.1', '::1', '~notfound'].includes(h) || h === 'test' || h.endsWith('.test');
}

const hostOfUrl = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return undefined;
  }
};

/** Everything in the log that names a destination off this machine, other than the browser's own services. */
export function offMachine(d: NetLogDestinations, extensionOrigin: string): string[] {
  const bad: string[] = [];
  for (const r of d.requests) {
    if (INTERNAL_SCHEMES.test(r.url)) continue;
    const host = hostOfUrl(r.url);
    if (host === undefined || isLocalHost(host)) continue;
    const byExtension = r.initiator === extensionOrigin || r.isolationKey.includes(extensionOrigin);
    if (byExtension || !(host in BROWSER_OWN_HOSTS)) bad.push(`request ${r.url} (initiator ${r.initiator})`);
  }
  for (const host of d.hosts)
    if (!isLocalHost(host) && !INTERNAL_SCHEMES.test(host) && !(host in BROWSER_OWN_HOSTS) && !host.startsWith('chrome-extension'))
      bad.push(`host ${host}`);
  for (const address of d.connected)
    if (!/^(127\.|::1$)/.test(address) && !BROWSER_OWN_ADDRESSES.includes(address)) bad.push(`connect ${address}`);
  return bad;
}
