// Reading a response header from webRequest's header list (the clock check's `Date`).

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
