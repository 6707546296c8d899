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
