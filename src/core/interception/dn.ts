// Parsing a distinguished-name string (Firefox's `securityInfo.certificates[].issuer`, which NSS
// prints like `CN=Kaspersky Anti-Virus Personal Root Certificate,O=AO Kaspersky Lab`) into the
// issuer names interception matching needs. Pure; never throws.
//
// Accepted syntax, the union of what NSS (RFC 1485 style) and RFC 4514 produce:
//   - RDNs separated by `,` (or `;`, RFC 1779), multi-valued RDNs joined by `+`;
//   - whitespace around separators and `=` is ignored;
//   - attribute types by name (`CN`, `O`, case-insensitive) or OID (`2.5.4.3`, `OID.2.5.4.10`);
//   - values plain with backslash escapes (`\,` `\+` `\"` `\\` `\=` `\<` `\>` `\;` `\#` `\ `),
//     `\HH` hex escapes (UTF-8 bytes), quoted (`"AO Kaspersky Lab, Inc."`, where `\"` and `\\`
//     are escaped; NSS quotes rather than escapes), or `#hex` BER (kept as written: it is never
//     a CN or O a product's regex could match);
//   - unescaped trailing spaces of a plain value are dropped (RFC 4514).
// Anything else (no `=`, an unterminated quote, junk after a quoted value) makes the whole DN
// unparsable: a half-parsed name must not be matched.

/** DN strings longer than this are refused outright (real issuer DNs are a few hundred characters). */
export const MAX_DN_LENGTH = 4096;
/** At most this many attributes are read. */
export const MAX_DN_ATTRIBUTES = 64;

interface DnAttribute {
  /** Upper-cased short name (`CN`, `O`, `OU`, `C`, …) or the dotted OID for types without one. */
  type: string;
  value: string;
}

export interface IssuerNames {
  /**
   * The common name Chromium would match: the first CN in the certificate's DER order. NSS and
   * RFC 4514 print RDNs in reverse (most specific first), so that is the last CN in the string.
   */
  commonName?: string;
  /** The first organization in the string. */
  organization?: string;
  /** Every CN, in string order. */
  commonNames?: readonly string[];
  /** Every O, in string order (Chromium matches any of them). */
  organizations?: readonly string[];
}

interface ParsedDn extends IssuerNames {
  commonNames: string[];
  organizations: string[];
  attributes: DnAttribute[];
}

const OID_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'E',
};
/** Long names some printers use. */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  COMMONNAME: 'CN',
  ORGANIZATIONNAME: 'O',
  ORGANIZATIONALUNITNAME: 'OU',
  EMAILADDRESS: 'E',
};

const utf8 = new TextDecoder('utf-8', { fatal: false });
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isSeparator = (c: string | undefined) => c === ',' || c === ';' || c === '+';
const hexValue = (c: string | undefined) => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);

function normalizeType(raw: string): string | undefined {
  let t = raw.trim().toUpperCase();
  if (t.startsWith('OID.')) t = t.slice(4);
  if (/^\d+(\.\d+)+$/.test(t)) return OID_NAMES[t] ?? t;
  if (!/^[A-Z][A-Z0-9-]*$/.test(t)) return undefined;
  return NAME_ALIASES[t] ?? t;
}

/** Parse a DN string; undefined if it is too long or malformed. An empty string is an empty DN. */
export function parseDistinguishedName(dn: string): ParsedDn | undefined {
  if (typeof dn !== 'string' || dn.length > MAX_DN_LENGTH) return undefined;
  const n = dn.length;
  let i = 0;
  const attributes: DnAttribute[] = [];
  const skipSpaces = () => {
    while (i < n && isSpace(dn[i])) i++;
  };

  skipSpaces();
  while (i < n) {
    // Attribute type, up to '='.
    const typeStart = i;
    while (i < n && dn[i] !== '=' && !isSeparator(dn[i]) && dn[i] !== '"' && dn[i] !== '\\') i++;
    if (dn[i] !== '=') return undefined;
    const type = normalizeType(dn.slice(typeStart, i));
    if (type === undefined) return undefined;
    i++;
    skipSpaces();

    // Value.
    let value = '';
    let bytes: number[] = [];
    const flush = () => {
      if (bytes.length > 0) {
        value += utf8.decode(new Uint8Array(bytes));
        bytes = [];
      }
    };
    /** Reads an escape at dn[i] === '\\'; false on a dangling backslash. */
    const escape = (): boolean => {
      const hi = hexValue(dn[i + 1]);
      const lo = hexValue(dn[i + 2]);
      if (hi >= 0 && lo >= 0) {
        bytes.push(hi * 16 + lo);
        i += 3;
        return true;
      }
      const c = dn[i + 1];
      if (c === undefined) return false;
      flush();
      value += c;
      i += 2;
      return true;
    };

    if (dn[i] === '"') {
      i++;
      let closed = false;
      while (i < n) {
        const c = dn[i] as string;
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === '\\') {
          if (!escape()) return undefined;
        } else {
          flush();
          value += c;
          i++;
        }
      }
      if (!closed) return undefined;
      flush();
      skipSpaces();
      if (i < n && !isSeparator(dn[i])) return undefined;
    } else {
      // Plain (or #hex, kept verbatim). Unescaped spaces at the end are counted so they can be
      // dropped; they are literal characters appended after any pending bytes were decoded.
      let trailingSpaces = 0;
      while (i < n && !isSeparator(dn[i])) {
        const c = dn[i] as string;
        if (c === '\\') {
          if (!escape()) return undefined;
          trailingSpaces = 0;
        } else {
          flush();
          value += c;
          i++;
          trailingSpaces = isSpace(c) ? trailingSpaces + 1 : 0;
        }
      }
      flush();
      value = value.slice(0, value.length - trailingSpaces);
    }

    attributes.push({ type, value });
    if (attributes.length > MAX_DN_ATTRIBUTES) return undefined;
    if (i < n) {
      i++; // the separator
      skipSpaces();
      if (i >= n) return undefined; // trailing separator: nothing after it
    }
  }

  const commonNames = attributes.filter((a) => a.type === 'CN').map((a) => a.value);
  const organizations = attributes.filter((a) => a.type === 'O').map((a) => a.value);
  const result: ParsedDn = { commonNames, organizations, attributes };
  const cn = commonNames[commonNames.length - 1];
  if (cn !== undefined) result.commonName = cn;
  const o = organizations[0];
  if (o !== undefined) result.organization = o;
  return result;
}
