// The security products and gateways Handshake Doctor names, as a person knows them (the name
// `data-product` carries and the headline shows), and where each runs: `device` software the person
// can reconfigure themselves, or a `gateway` on the network (a firewall or web filter run by an
// organization). Kept apart from the issuer patterns (product-issuers.ts) so the pages that only
// word the steps do not carry the patterns.

export const PRODUCTS = {
  Avast: 'device',
  AVG: 'device',
  Bitdefender: 'device',
  ESET: 'device',
  Kaspersky: 'device',
  Norton: 'device',
  'Blue Coat': 'gateway',
  'Cisco Umbrella': 'gateway',
  ContentKeeper: 'gateway',
  Cyberoam: 'gateway',
  Forcepoint: 'gateway',
  FortiGate: 'gateway',
  'McAfee Web Gateway': 'gateway',
  NetSpark: 'gateway',
  Smoothwall: 'gateway',
  SonicWall: 'gateway',
  Sophos: 'gateway',
  'Trend Micro': 'gateway',
  Zscaler: 'gateway',
} as const;

export type ProductName = keyof typeof PRODUCTS;

/** Where a named product runs; undefined for names not in PRODUCTS (an extension, Chromium's own names). */
export const productPlacement = (name: string): 'device' | 'gateway' | undefined =>
  Object.hasOwn(PRODUCTS, name) ? PRODUCTS[name as ProductName] : undefined;

/** Longest product or extension name shown (Chrome caps an extension's manifest name at 75 characters). */
export const MAX_PRODUCT_NAME = 80;

/**
 * A product or extension name as it may be shown and stored: control, format and bidi-override
 * characters dropped (a hostile extension name must not reorder or hide the text around it), runs
 * of white space made one space, at most MAX_PRODUCT_NAME code points. Markup needs no escaping
 * here: every surface renders names as text nodes or attribute values.
 */
export function productName(raw: string): string {
  const clean = raw
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...clean].slice(0, MAX_PRODUCT_NAME).join('').trim();
}
