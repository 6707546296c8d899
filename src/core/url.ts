// URL helpers that never throw on hostile input.

/** Hostname of an http(s) URL, or '' for anything else or anything unparsable. */
export function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : '';
  } catch {
    return '';
  }
}

/**
 * Whether `url` is an http(s) address, the only kind the extension opens from stored data: a
 * stored `javascript:`, `data:` or browser-page URL is shown as text, never opened.
 */
export const isWebUrl = (url: string): boolean => hostOf(url) !== '';

/** The URL without query string, fragment or credentials: what history and reports keep. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.search = '';
    u.hash = '';
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return '';
  }
}

/**
 * `https://host:port/` of an https URL (no user info, path, query or fragment; a default port
 * dropped; an IDN host in its punycode form, IPv6 in brackets), or '' for anything else. A TLS
 * handshake's outcome does not depend on the path, so the extension's probes ask the origin only:
 * a one-time link (a login token in the query) is never replayed.
 */
export function httpsOriginOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.host !== '' ? `https://${u.host}/` : '';
  } catch {
    return '';
  }
}
