// Reading the few response headers the evidence needs from webRequest's header list.

export interface HttpHeader {
  name: string;
  value?: string;
}

/** The first value of header `lowerName` (already lowercase), or undefined. */
export function headerValue(headers: readonly HttpHeader[] | undefined, lowerName: string): string | undefined {
  if (!headers) return undefined;
  for (const h of headers) if (h.name.length === lowerName.length && h.name.toLowerCase() === lowerName) return h.value;
  return undefined;
}

/** `Age` in seconds: undefined when absent, NaN when present but not a non-negative integer. */
export function parseAge(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  return /^\d{1,10}$/.test(v) ? Number(v) : NaN;
}

/**
 * The hostname of an http(s) URL without building a URL object (this runs for every response):
 * lowercase, IPv6 in brackets as URL.hostname gives it, '' for anything else.
 */
export function fastHost(url: string): string {
  const m = /^https?:\/\/(?:[^@/?#]*@)?(\[[0-9a-fA-F:.]+\]|[^:/?#]+)/i.exec(url);
  return m?.[1] ? m[1].toLowerCase() : '';
}
