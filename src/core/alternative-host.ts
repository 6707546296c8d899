// "Did you mean www.?": after a name mismatch, the other form of the failed host (`www.` added or
// removed) may serve a certificate that names it. Chrome checks the certificate's names for that
// form and offers it (components/security_interstitials/content/common_name_mismatch_handler.cc);
// the extension cannot read the failed certificate, so it asks the other form's origin instead.
//
// The rule, kept simple: only https, never an IP literal, and the bare form (without `www.`) must
// be a name of at least two labels that is not a registry such as `co.uk` (the same heuristic as
// `siteKey`), so `www`, `localhost`, `www.com` and `www.co.uk` get no other form. Any deeper name
// pairs too (`shop.example.com` ↔ `www.shop.example.com`): the other form always belongs to the
// same owner. A trailing dot stays where it was.
import { normalizeHost, siteKey } from './diagnose/util';

const WWW = 'www.';

/** Is `hostname` (as `URL` parses it) an IPv4 or IPv6 literal? A numeric last label is IPv4 to `URL`. */
const isIpLiteral = (hostname: string): boolean => hostname.startsWith('[') || /(^|\.)\d+\.?$/.test(hostname);

/** The other form of an https URL's host (`www.` added or removed), or null when there is none. */
export function otherHostForm(url: string): string | null {
  let hostname: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return null;
    hostname = u.hostname;
  } catch {
    return null;
  }
  if (hostname === '' || isIpLiteral(hostname)) return null;
  const hasWww = hostname.startsWith(WWW);
  const bare = hasWww ? hostname.slice(WWW.length) : hostname;
  const withWww = WWW + bare;
  // The site key of `www.` + a registry (`co.uk`) or a single label (`com`, `localhost`, `www`) is
  // that whole name: no site has such a bare form.
  if (siteKey(withWww) === normalizeHost(withWww)) return null;
  return hasWww ? bare : withWww;
}

/**
 * The failed URL with only its host changed to `host` (canonical, as `otherHostForm` gives it;
 * port, path, query and fragment kept), for the person to open; '' when either does not parse. User info is dropped: a password typed for
 * one name is not handed to another by the extension.
 */
export function alternativeUrl(failedUrl: string, host: string): string {
  try {
    const u = new URL(failedUrl);
    u.hostname = host;
    // The setter ignores or cuts a name it cannot take: only an exact, canonical name is used.
    if (u.hostname !== host) return '';
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return '';
  }
}
